"""Ingest stage: files → :class:`~riftwatch.models.Article` or typed rejections."""

from .dates import parse_datetime, parse_day
from .readers import MAPPABLE, SUPPORTED, iter_files, parse_columns, read_inputs, read_path
from .feeds import feed_kind, read_feed
from .text import parse_text_article
from .warc import WarcSummary, collect_summaries, read_warc
from .watch import Watcher, WatchPass

__all__ = ["MAPPABLE", "SUPPORTED", "WarcSummary", "WatchPass", "Watcher", "collect_summaries", "feed_kind",
           "iter_files", "parse_columns", "parse_datetime", "parse_day", "parse_text_article", "read_feed",
           "read_inputs", "read_path", "read_warc"]
