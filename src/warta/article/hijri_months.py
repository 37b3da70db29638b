"""Hijri months named as if they were names.

The months of the Islamic calendar are capitalised ("Ramadan", "Syawal", "Dzulhijjah") and the
model reads them as people or places; some are also given names ("Ramadhan Pohan"). A month is
written so:

    Bulan Ramadan, bulan suci Ramadhan            after the word for month
    selama Ramadan, usai Syawal, awal Muharram    after a word of time

Such a mention names a time, no actor (``timex_words.tsv`` lists the months, tag ``HMONTH``).
"""

from __future__ import annotations

from functools import cache

from warta.article.mentions import Found
from warta.article.tokens import fold
from warta.resources import read_tsv

# Words of time right before a month's name ("selama Ramadan", "bulan suci Ramadhan").
_TIME_BEFORE = frozenset({
    "bulan", "suci", "selama", "sepanjang", "usai", "sebelum", "sesudah", "setelah", "selepas", "menjelang",
    "jelang", "memasuki", "awal", "akhir", "pertengahan", "pada", "saat", "ketika", "pas", "hingga", "sampai",
    "tiap", "setiap",
})
_MONTH_WORD = "bulan"


@cache
def _months() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("timex_words.tsv") if row["tag"] == "HMONTH")


def names_hijri_month(mention: Found) -> bool:
    """The mention is a Hijri month after a word of time, or "Bulan" and a month."""
    if mention.ids:
        return False
    words = [fold(w) for w in mention.text.split()]
    if words[0] == _MONTH_WORD and len(words) > 1:
        return " ".join(words[1:]) in _months()
    return " ".join(words) in _months() and mention.before in _TIME_BEFORE
