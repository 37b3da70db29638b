"""A publication time written without a zone ("Jumat, 21/04/2017 00:45").

The contract wants a datetime with an offset or a date. An Indonesian article's bare clock
time is read as WIB (UTC+07:00), the zone of Jakarta, where most national outlets sit and
whose time their pages print; the output says it was assumed (``W-META-103``), since an
outlet in Makassar or Jayapura may mean WITA or WIT. An Indonesian outlet's English edition
(Jakarta Globe, en.tempo.co) prints the same newsroom's clock, so its time is read as WIB
too. For any other article no zone can be assumed, so the time is dropped and the date kept
(``W-META-104``). A time stated in UTC (epoch seconds, "Z") of such an article is shown in WIB.
"""

from __future__ import annotations

import datetime as dt

from warta.article.language import detect_language
from warta.errors import Code
from warta.models import ArticleError

WIB = dt.timezone(dt.timedelta(hours=7))


def zoned(value: dt.date | dt.datetime, text: str,
          indonesian_outlet: bool = False) -> tuple[dt.date | dt.datetime, ArticleError | None]:
    """``value`` with a zone, or as a date; and the warning that says which, if any."""
    if not isinstance(value, dt.datetime):
        return value, None
    if value.tzinfo is not None:
        return _local(value, text, indonesian_outlet), None
    if indonesian_outlet or detect_language(text)[0] == "id":
        return value.replace(tzinfo=WIB), Code.ZONE_ASSUMED.error(stage="meta")
    return value.date(), Code.TIME_DROPPED.error(stage="meta")


def _local(value: dt.datetime, text: str, indonesian_outlet: bool) -> dt.datetime:
    """A UTC instant (epoch seconds in a JSONL export, a page's "…Z") of an Indonesian article
    in WIB: the same instant, on the calendar day its readers saw, from which "kemarin" and
    "Jumat" count. Any other stated offset stays as written."""
    if value.utcoffset() != dt.timedelta(0):
        return value
    if indonesian_outlet or detect_language(text)[0] == "id":
        return value.astimezone(WIB)
    return value
