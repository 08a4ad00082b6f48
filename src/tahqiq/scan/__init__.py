"""Corpus scale: scan many texts in parallel into Parquet tables, query them with DuckDB.

* :func:`scan` — the tables of many texts as pandas DataFrames (``tahqiq scan`` on the command line);
* :func:`~tahqiq.scan.store.query` — SQL over a scan's folder (``tahqiq query``);
* :mod:`tahqiq.scan.cluster` — the same scan as Dask tasks on a cluster.
"""

from .run import scan, scan_to
from .store import query, read_tables
from .tables import TABLES

__all__ = ["TABLES", "query", "read_tables", "scan", "scan_to"]
