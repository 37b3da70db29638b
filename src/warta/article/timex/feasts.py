"""Days of the holidays whose date moves from year to year, and the Hijri calendar.

Indonesia's government fixes each year's Islamic feasts after its own moon sighting (sidang
isbat), which may fall a day after the Umm al-Qura calendar's date: the dated rows of
``timex_feasts.tsv`` are that authority and win wherever they exist. For the years the table
lacks (news written now, or long ago) the days are computed: the Islamic feasts from the Hijri
calendar (``hijridate``, Umm al-Qura, 1343-1500 H = 1924-2077), the feasts around Easter from
the Western computus (``dateutil.easter``), Imlek, Nyepi and Waisak from the lunisolar tables of
the ``holidays`` package (Indonesia's public holidays, where it lists them); Cap Go Meh 14 days after
Imlek, and Bali's Galungan and Kuningan by their exact 210-day cycle.

Everything is computed once per process (``feasts()`` is cached), never per sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from hijridate import Gregorian, Hijri

from warta.resources import read_tsv

# Islamic feasts: (Hijri month, day of month).
ISLAMIC = {
    "tahunbaruislam": (1, 1),  # 1 Muharram
    "asyura": (1, 10),  # 10 Muharram
    "maulid": (3, 12),  # 12 Rabiul Awal
    "isramikraj": (7, 27),  # 27 Rajab
    "nisfusyaban": (8, 15),  # 15 Syaban
    "awalramadan": (9, 1),  # 1 Ramadan
    "idulfitri": (10, 1),  # 1 Syawal
    "iduladha": (12, 10),  # 10 Zulhijah
}
# Feasts counted from Easter Sunday, in days.
EASTER = {"paskah": 0, "jumatagung": -2, "kenaikan": 39}
# The ``holidays`` package's names (English) of the lunisolar feasts in Indonesia.
LUNISOLAR = {"Lunar New Year": "imlek", "Day of Silence": "nyepi", "Vesak Day": "waisak"}

# Feasts a fixed number of days after another: Cap Go Meh closes the Imlek fortnight (15th day of
# the first Chinese month).
FOLLOWING = {"capgomeh": ("imlek", 14)}
# Bali's feasts of the 210-day Pawukon cycle: Galungan (Buda Kliwon Dungulan) and Kuningan ten days
# later. The cycle is exact, so one known Galungan dates them all: 28 February 2024.
PAWUKON_DAYS = 210
GALUNGAN = dt.date(2024, 2, 28)
PAWUKON = {"galungan": 0, "kuningan": 10}

HIJRI_YEARS = range(1343, 1501)  # what hijridate's Umm al-Qura tables cover
_GREGORIAN_YEARS = range(1924, 2101)  # Easter and the lunisolar feasts are computed for these
_MONTHS_IN_YEAR = 12
_SHORTEST_MONTH, _LONGEST_MONTH = 29, 30


@dataclass(frozen=True)
class Feast:
    """One year's day of a holiday whose date moves."""

    day: dt.date
    hijri: int | None  # the Hijri year of an Islamic feast
    computed: bool = False  # from a calendar, not a government-dated table row


@cache
def table() -> dict[str, tuple[Feast, ...]]:
    """The dated rows of ``timex_feasts.tsv``: each feast -> its days, in date order."""
    rows: dict[str, list[Feast]] = {}
    for row in read_tsv("timex_feasts.tsv"):
        hijri = int(row["hijri"]) if row["hijri"].isdecimal() else None
        rows.setdefault(row["feast"], []).append(Feast(dt.date.fromisoformat(row["date"]), hijri))
    return {name: tuple(sorted(days, key=lambda f: f.day)) for name, days in rows.items()}


@cache
def feasts() -> dict[str, tuple[Feast, ...]]:
    """Each movable holiday ("idulfitri", "imlek") -> its days, in date order: the table's rows,
    and computed days for the years (Hijri years, for the Islamic feasts) the table lacks."""
    rows = table()
    out: dict[str, list[Feast]] = {name: list(days) for name, days in rows.items()}
    for name, days in _computed().items():
        dated = rows.get(name, ())
        have = {f.hijri for f in dated} if name in ISLAMIC else {f.day.year for f in dated}
        fresh = [f for f in days if (f.hijri if name in ISLAMIC else f.day.year) not in have]
        out.setdefault(name, []).extend(fresh)
    for name, (base, shift) in FOLLOWING.items():  # Cap Go Meh from each Imlek, table or computed
        out[name] = [Feast(f.day + dt.timedelta(days=shift), f.hijri, f.computed) for f in out.get(base, [])]
    out.update(computed_pawukon())
    return {name: tuple(sorted(days, key=lambda f: f.day)) for name, days in out.items()}


def _computed() -> dict[str, list[Feast]]:
    out = {name: list(days) for name, days in computed_islamic().items()}
    out.update(computed_easter())
    out.update(computed_lunisolar())
    return out


def computed_islamic() -> dict[str, list[Feast]]:
    """The Islamic feasts of every Hijri year hijridate covers, by the Umm al-Qura calendar."""
    return {
        name: [Feast(_umm_al_qura(year, month, day), year, True) for year in HIJRI_YEARS]
        for name, (month, day) in ISLAMIC.items()
    }


def computed_easter() -> dict[str, list[Feast]]:
    """Jumat Agung, Paskah and Kenaikan Isa Almasih from the Western (Gregorian) Easter."""
    from dateutil.easter import easter  # imported on first use: most texts name no feast

    sundays = [easter(year) for year in _GREGORIAN_YEARS]
    return {
        name: [Feast(sunday + dt.timedelta(days=shift), None, True) for sunday in sundays]
        for name, shift in EASTER.items()
    }


def computed_lunisolar() -> dict[str, list[Feast]]:
    """Imlek, Nyepi and Waisak as the ``holidays`` package lists Indonesia's public holidays
    (Chinese, Balinese Saka and Buddhist lunisolar calendars); years it has none for are left out."""
    import holidays  # imported on first use: the package loads many countries' tables

    listed = holidays.country_holidays("ID", years=_GREGORIAN_YEARS, language="en_US")
    out: dict[str, list[Feast]] = {name: [] for name in LUNISOLAR.values()}
    for day, names in listed.items():
        for name in str(names).split("; "):  # two holidays on one day are listed together
            feast = LUNISOLAR.get(name.removesuffix(" (estimated)"))
            if feast is not None:
                out[feast].append(Feast(day, None, True))
    return out


def computed_pawukon() -> dict[str, list[Feast]]:
    """Galungan and Kuningan, every 210 days, over the years the other feasts are computed for."""
    first = dt.date(_GREGORIAN_YEARS[0], 1, 1)
    start = GALUNGAN - dt.timedelta(days=PAWUKON_DAYS * ((GALUNGAN - first).days // PAWUKON_DAYS))
    cycles = (dt.date(_GREGORIAN_YEARS[-1], 12, 31) - start).days // PAWUKON_DAYS + 1
    return {
        name: [Feast(start + dt.timedelta(days=PAWUKON_DAYS * n + shift), None, True) for n in range(cycles)]
        for name, shift in PAWUKON.items()
    }


def _umm_al_qura(year: int, month: int, day: int) -> dt.date:
    gregorian = Hijri(year, month, day).to_gregorian()
    return dt.date(gregorian.year, gregorian.month, gregorian.day)


# --------------------------------------------------------------------------- Hijri dates

# The first day of a Hijri month, as the table dates it: (feast, day of the month it falls on).
_MONTH_FEASTS = {1: "tahunbaruislam", 3: "maulid", 7: "isramikraj", 9: "awalramadan", 10: "idulfitri",
                 12: "iduladha"}  # fmt: skip


@cache
def month_start(year: int, month: int) -> dt.date | None:
    """The first day of Hijri month ``month`` of ``year``: from a table row where the month holds a
    dated feast (Indonesia's date), else Umm al-Qura. None outside hijridate's years."""
    feast = _MONTH_FEASTS.get(month)
    if feast is not None:
        day = ISLAMIC[feast][1]
        for row in table().get(feast, ()):
            if row.hijri == year:
                return row.day - dt.timedelta(days=day - 1)
    if year not in HIJRI_YEARS:
        return None
    return _umm_al_qura(year, month, 1)


@cache
def month_days(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """The first and last Gregorian day of a Hijri month. Where one end comes from the table and
    the other from Umm al-Qura the month is kept to 29 or 30 days."""
    first = month_start(year, month)
    following = (year + 1, 1) if month == _MONTHS_IN_YEAR else (year, month + 1)
    after = month_start(*following)
    if first is None or after is None:
        return None
    last = after - dt.timedelta(days=1)
    length = (last - first).days + 1
    if length > _LONGEST_MONTH:
        first = last - dt.timedelta(days=_LONGEST_MONTH - 1)
    elif length < _SHORTEST_MONTH:
        last = first + dt.timedelta(days=_SHORTEST_MONTH - 1)
    return first, last


def hijri_day(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date ("1 Ramadan 1447" -> 2026-02-18); None when the month
    has no such day or the year is out of range."""
    days = month_days(year, month)
    if days is None or not 1 <= day <= (days[1] - days[0]).days + 1:
        return None
    return days[0] + dt.timedelta(days=day - 1)


def hijri_year_of(day: dt.date) -> int | None:
    """The Hijri year (Umm al-Qura) a Gregorian day falls in; None outside hijridate's range."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except OverflowError:
        return None
