"""Live reports (timex 16): each entry is told at its own stamp, so no narrative day carries from
one entry into the next, and a clock time in an entry is measured against the entry's stamp."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from warta.api import analyze
from warta.article.timex import find_timexes

LIVE = """LANGSUNG: Hari Ketiga Kejuaraan Renang Antarprovinsi di Palembang
Rabu, 14 Maret 2018 09:00 WIB
Laporan langsung dari kolam renang Jakabaring.
10.10 WIB: Perenang putri Jawa Barat tiba di kolam untuk pemanasan setelah tersingkir pada Senin malam.
11.45 WIB: Final gaya bebas putra dijadwalkan berlangsung pukul 14.00 WIB.
13.20 WIB: Panitia menyebut lampu papan skor padam pukul 12.50 WIB dan sudah diperbaiki.
"""

ENTRIES = (
    "Tim voli tiba di gedung olahraga setelah kalah pada Selasa malam.\n\n"
    "Pelatih memimpin latihan ringan pukul 15.00 WIB."
)
ANCHOR = dt.date(2018, 3, 14)


def _values(text: str, entries: tuple[int, ...] = ()) -> dict[str, str | None]:
    return {s.text: s.value for s in find_timexes(text, ANCHOR, entries=entries)}


def test_a_day_of_one_entry_does_not_carry_into_the_next() -> None:
    second = ENTRIES.index("Pelatih")
    assert _values(ENTRIES, (0, second))["pukul 15.00 WIB"] == "2018-03-14T15:00"


def test_without_entries_the_narrative_day_carries_as_before() -> None:
    assert _values(ENTRIES)["pukul 15.00 WIB"] == "2018-03-13T15:00"


def test_the_day_named_inside_an_entry_still_dates_its_clock_times() -> None:
    text = "Tim voli kalah pada Selasa malam. Laga berakhir pukul 22.10 WIB."
    assert _values(text, (0,))["pukul 22.10 WIB"] == "2018-03-13T22:10"


def test_live_report_entries_in_the_pipeline(tmp_path: Path) -> None:
    page = tmp_path / "langsung.txt"
    page.write_text(LIVE, encoding="utf-8")
    values = {t.text: t.value for t in analyze([str(page)]).timexes}
    assert values["Senin malam"] == "2018-03-12TNI"
    # entries after the one that named Monday are on the live day, not on Monday
    assert values["pukul 14.00 WIB"] == "2018-03-14T14:00"
    # 12.50 is after the 09:00 publication but before its entry's 13.20 stamp: today, not yesterday
    assert values["pukul 12.50 WIB"] == "2018-03-14T12:50"
