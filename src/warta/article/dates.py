"""Publication dates: absolute dates in Indonesian and English news text.

Four entry points, each in a module of its own and importable from here:

- :func:`find_dates` lists every absolute calendar date a text mentions
  ("Jum'at, 07 Juli 2023 - 16:09 WIB", "Sabtu (22/10/2022)", "2022-11-08", ...):
  ``date_finder`` (its patterns in ``date_patterns``, clock times and zones in ``date_clock``);
- :func:`parse_date_line` decides whether a short line *is* a publication-date line: ``date_lines``;
- :func:`estimate_published` guesses when an undated article was written from the
  dates it mentions and the relative words next to them: ``date_estimate`` (the words
  next to a date in ``date_context``);
- :func:`html_published` dates an HTML page (htmldate first, Indonesian patterns after):
  ``html_dates``.

All vocabulary (month, weekday, zone, cue words) comes from ``resources/time_words.tsv``
(``date_words``) and is compiled into regular expressions once, at import.
"""

from __future__ import annotations

from warta.article.date_context import is_future_context, written_weekday
from warta.article.date_estimate import Estimate, estimate_published
from warta.article.date_finder import FoundDate, find_dates
from warta.article.date_lines import parse_date_line
from warta.article.date_words import WORDS
from warta.article.html_dates import html_published

__all__ = [
    "WORDS",
    "Estimate",
    "FoundDate",
    "estimate_published",
    "find_dates",
    "html_published",
    "is_future_context",
    "parse_date_line",
    "written_weekday",
]
