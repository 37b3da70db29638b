"""One time expression as the finder first reads it, before the day of a time of day is known.

``Found`` carries what the later steps need: the matched tokens, the rule and its reading, and
the state of the narrative (its date, what named it, whether that was a statement's day).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warta.article.timex.lexicon import Rule
from warta.article.timex.reading import Reading

# Rules whose expressions name a day by its date (not by a weekday or a deictic word).
NAMING_RULES = frozenset(
    {"date", "day-month", "month-day", "month-abbr-day", "weekday-month-day", "ordinal-of-month"}
)


@dataclass(frozen=True)
class Found:
    first: int  # token indices [first, last)
    last: int
    rule: Rule
    reading: Reading
    reference: dt.date | None  # the narrative date when it was read
    sentence: int
    reference_at: int = 0  # where in the text the narrative date was named
    reference_value: str | None = None  # the value of the expression that named it ("...TNI")
    reference_telling: bool = False  # whether it was the day of a statement ("kata X, Jumat (5/5)")
    telling: bool = False  # the day something was said or reported on (see finder._attribution)
