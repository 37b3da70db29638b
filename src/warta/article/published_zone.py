"""A publication time written without a zone ("Jumat, 21/04/2017 00:45").

The contract wants a datetime with an offset or a date. An Indonesian article's bare clock
time is read as WIB (UTC+07:00), the zone of Jakarta, where most national outlets sit and
whose time their pages print; the output says it was assumed (``W-META-103``), since an
outlet in Makassar or Jayapura may mean WITA or WIT. An Indonesian outlet's English edition
(Jakarta Globe, en.tempo.co) prints the same newsroom's clock, so its time is read as WIB
too. For any other article no zone can be assumed, so the time is dropped and the date kept
(``W-META-104``).
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
    if not isinstance(value, dt.datetime) or value.tzinfo is not None:
        return value, None
    if indonesian_outlet or detect_language(text)[0] == "id":
        return value.replace(tzinfo=WIB), Code.ZONE_ASSUMED.error(stage="meta")
    return value.date(), Code.TIME_DROPPED.error(stage="meta")
