"""Ingest stage: files → :class:`~riftwatch.models.Article` or typed rejections."""

from .dates import parse_datetime, parse_day
from .readers import MAPPABLE, SUPPORTED, iter_files, parse_columns, read_inputs, read_path
from .text import parse_text_article

__all__ = ["MAPPABLE", "SUPPORTED", "iter_files", "parse_columns", "parse_datetime", "parse_day",
           "parse_text_article", "read_inputs", "read_path"]
