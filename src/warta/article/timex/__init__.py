"""Time expressions: recognition and TIMEX3 normalisation for Indonesian and English news.

Public API::

    >>> from datetime import date
    >>> from warta.article.timex import normalize, find_timexes
    >>> normalize("bulan lalu", anchor=date(2022, 11, 15)).value
    '2022-10'
    >>> [(s.text, s.value) for s in find_timexes("Rapat digelar Senin (14/11/2022). Hari itu hujan.")]
    [('Senin (14/11/2022)', '2022-11-14'), ('Hari itu', '2022-11-14')]

The grammar lives in data files: ``resources/timex_words.tsv`` (word -> tag and meaning),
``resources/timex_rules.tsv`` (tag patterns), and the calendar names shared with the
publication-date finder in ``resources/time_words.tsv``. See ``docs/timex.md``.
"""

from __future__ import annotations

from warta.article.timex.finder import TimexSpan, find_timexes, normalize
from warta.article.timex.stage import timexes

__all__ = ["TimexSpan", "find_timexes", "normalize", "timexes"]
