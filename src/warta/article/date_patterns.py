"""Regular expressions of absolute dates and the clock times after them, built from :data:`WORDS`."""

from __future__ import annotations

import re

from warta.article.date_words import WORDS, alternation

MONTH = alternation(WORDS.months)
WEEKDAY = alternation(WORDS.weekdays)
ZONE = alternation(WORDS.zones)

# Every date holds a number, so scanning starts at numbers (fast: a plain character class)
# and looks back a few characters for what may precede one: a weekday, "(", a month name.
NUMBER_RE = re.compile(r"(?<![\w./])\d")
LOOKBACK = 40
PREFIX_RE = re.compile(
    rf"(?:(?<!\w)(?P<wd>{WEEKDAY})\b\.?\s*,?\s*)?"
    rf"(?:(?P<op>\(\s*)|(?<!\w)(?P<m2>{MONTH})\b\.?\s+)?\Z",
    re.IGNORECASE,
)
# November 14, 2022 (the month came before the number)
MDY_RE = re.compile(r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})(?!\d)", re.IGNORECASE)
CORE_RE = re.compile(
    "|".join(
        (
            # 14 November 2022 / 14-Nov-2022 / 14 Nov. 2022
            rf"(?P<d1>\d{{1,2}})(?:\s*[-/]\s*|\s+)(?P<m1>{MONTH})\b\.?(?:\s*[-/,]\s*|\s+)"
            r"(?P<y1>\d{4})(?!\d)",
            # 8/11/2022, 08-11-2022, 08.11.2022 (day first, as Indonesian writes it)
            r"(?P<d3>\d{1,2})(?P<s3>[/.-])(?P<m3>\d{1,2})(?P=s3)(?P<y3>\d{4})(?!\d)",
            # 2022-11-08, 2022/11/08
            r"(?P<y4>\d{4})(?P<s4>[-/.])(?P<m4>\d{1,2})(?P=s4)(?P<d4>\d{1,2})(?!\d)",
            # (29/12/14) -- a two-digit year; like (8/11) it needs a weekday or parentheses
            r"(?P<d7>\d{1,2})/(?P<m7>\d{1,2})/(?P<y7>\d{2})(?![/\d])",
            # (8/11) -- year left to the reader; needs a weekday or parentheses around it
            r"(?P<d5>\d{1,2})/(?P<m5>\d{1,2})(?![/\d])",
            # 14 November -- year left to the reader
            rf"(?P<d6>\d{{1,2}})\s+(?P<m6>{MONTH})\b",
        )
    ),
    re.IGNORECASE,
)
CLOSE_RE = re.compile(r"\s*\)")
TIME_RE = re.compile(
    # a clock time on the same line only: a heading date ("Sabtu, 5 November 2016") is not the
    # day of the clock time that opens the next paragraph
    r"(?:[^\S\n]*[,|·•–—-][^\S\n]*|[^\S\n]+|T)(?:(?:pukul|jam|pk\.?|at)\s*)?"
    r"(?P<hh>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<ss>\d{2}))?(?!\d)"
    r"(?:\s*(?P<ap>[ap]\.?m)\b\.?)?"
    rf"(?:\s*(?P<tz>{ZONE}|Z)\b(?P<tzoff>[+-]\d{{1,2}}(?::?\d{{2}})?)?"
    r"|(?P<off>[+-]\d{2}:?\d{2}))?",
    re.IGNORECASE,
)

Groups = dict[str, str | None]
