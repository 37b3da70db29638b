"""warta's store: analysed articles kept in one SQLite file (``warta ingest``, ``warta serve``)."""

from warta.store.report import IngestItem, IngestReport
from warta.store.store import Store

__all__ = ["IngestItem", "IngestReport", "Store"]
