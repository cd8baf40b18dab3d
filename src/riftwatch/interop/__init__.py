"""Interoperability with other event datasets: import GDELT 2.0 exports, export stored
events as GDELT rows, Parquet, JSONL or CSV."""

from .gdelt import (
    EXPORT_COLUMNS,
    EXPORT_FORMATS,
    GDELT_COLUMNS,
    GdeltRow,
    ImportReport,
    export_events,
    gdelt_event_id,
    import_gdelt,
    read_gdelt,
    to_event,
)

__all__ = ["EXPORT_COLUMNS", "EXPORT_FORMATS", "GDELT_COLUMNS", "GdeltRow", "ImportReport", "export_events",
           "gdelt_event_id", "import_gdelt", "read_gdelt", "to_event"]
