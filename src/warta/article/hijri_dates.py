"""Hijri dates written beside a Gregorian one on a date line ("2 Syawal 1438 H / 26 Juni 2017").

Indonesian outlets print the Islamic date next to the Gregorian one in Ramadan and around the
feasts. The publication date is the Gregorian one; the Hijri date is a second spelling of the
same day, so a date-line check cuts it out before judging what else the line holds. The month
names are the time expression tagger's (``resources/timex_words.tsv``, kind HMONTH), read here
so that both layers know the same spellings.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def _month_names() -> tuple[str, ...]:
    path = resources.files("warta").joinpath("resources", "timex_words.tsv")
    names = []
    for row in path.read_text(encoding="utf-8").splitlines():
        fields = row.split("\t")
        if len(fields) >= 3 and fields[0] == "id" and fields[1] == "HMONTH" and fields[2] != "bulan puasa":
            names.append(fields[2])
    # Longest first, so that "rabiul akhir" wins over a shorter spelling sharing its start.
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _hijri_date_re() -> re.Pattern[str]:
    months = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in _month_names())
    # The year needs its era mark ("1438 H", "1438 Hijriah"): a bare "1438" could be anything.
    era = r"(?:H\b\.?|Hijri(?:ah|yah|yyah)?\b)"
    return re.compile(rf"\b\d{{1,2}}\s+(?:{months})\s+\d{{3,4}}\s*{era}", re.IGNORECASE)


def without_hijri_dates(text: str) -> str:
    """``text`` with each full Hijri date (day, month, year and era mark) replaced by a space."""
    return _hijri_date_re().sub(" ", text)
