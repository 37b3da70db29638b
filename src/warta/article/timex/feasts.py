"""Days of the holidays whose date moves from year to year, and the Hijri calendar.

Indonesia's government fixes each year's Islamic feasts after its own moon sighting (sidang
isbat), which may fall a day after the Umm al-Qura calendar's date: the dated rows of
``timex_feasts.tsv`` are that authority and win wherever they exist. For the years the table
lacks (news written later, or long ago) the days are computed: the Islamic feasts from Indonesia's
Islamic calendar in the ``holidays`` package (the MABIMS sighting criteria Indonesia follows, with
the days Indonesia decreed where that package records them; 1924-2100), else from the Umm al-Qura
calendar (``hijridate``, 1343-1500 H = 1924-2077); the feasts around Easter from the Western
computus (``dateutil.easter``), Imlek, Nyepi and Waisak from the lunisolar tables of the ``holidays``
package (Indonesia's public holidays, where it lists them); Cap Go Meh 14 days after Imlek, and
Bali's Galungan and Kuningan by their exact 210-day cycle.

Everything is computed once per process (``feasts()`` is cached), never per sentence.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace
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
    out.update(counted_from(out))  # Asyura and Nisfu Syaban from the table's days where it has them
    for name, (base, shift) in FOLLOWING.items():  # Cap Go Meh from each Imlek, table or computed
        out[name] = [Feast(f.day + dt.timedelta(days=shift), f.hijri, f.computed) for f in out.get(base, [])]
    out.update(computed_pawukon())
    return {name: tuple(sorted(days, key=lambda f: f.day)) for name, days in out.items()}


def _computed() -> dict[str, list[Feast]]:
    out = {name: list(days) for name, days in computed_islamic().items()}
    out.update(computed_easter())
    out.update(computed_lunisolar())
    return out


@cache
def umm_al_qura_islamic() -> dict[str, list[Feast]]:
    """The Islamic feasts of every Hijri year hijridate covers, by the Umm al-Qura calendar."""
    return {
        name: [Feast(_umm_al_qura(year, month, day), year, True) for year in HIJRI_YEARS]
        for name, (month, day) in ISLAMIC.items()
    }


# The feasts Indonesia's Islamic calendar in ``holidays`` dates, by its method's name.
_INDONESIAN = {
    "idulfitri": "eid_al_fitr_dates", "iduladha": "eid_al_adha_dates",
    "tahunbaruislam": "hijri_new_year_dates", "maulid": "mawlid_dates",
    "isramikraj": "isra_and_miraj_dates", "awalramadan": "ramadan_beginning_dates",
}  # fmt: skip
# Feasts it does not date keep their Umm al-Qura distance from one it does in the same season:
# Asyura is nine days after 1 Muharram, Nisfu Syaban 15 or 16 days before 1 Ramadan.
_COUNTED_FROM = {"asyura": "tahunbaruislam", "nisfusyaban": "awalramadan"}
_SAME_FEAST_DAYS = 3  # an Indonesian day this near the Umm al-Qura day is the same year's feast


def computed_islamic() -> dict[str, list[Feast]]:
    """The Islamic feasts of every Hijri year, as Indonesia keeps them: the day of Indonesia's
    Islamic calendar in ``holidays`` where it has one near the Umm al-Qura day, else Umm al-Qura's
    (which falls a day before Indonesia's in about a third of the years)."""
    umm_al_qura = umm_al_qura_islamic()
    indonesian = _indonesian_days()
    out: dict[str, list[Feast]] = {}
    for name, days in umm_al_qura.items():
        if name in indonesian:
            out[name] = [_nearest_of(indonesian[name], feast) for feast in days]
    out.update(counted_from(out))
    return out


def counted_from(days: dict[str, list[Feast]]) -> dict[str, list[Feast]]:
    """The feasts of ``_COUNTED_FROM`` from the days of the feast each counts from, at their Umm
    al-Qura distance from it in the same Hijri year."""
    umm_al_qura = umm_al_qura_islamic()
    out = {}
    for name, base in _COUNTED_FROM.items():
        shifts = {f.hijri: f.day - b.day for f, b in zip(umm_al_qura[name], umm_al_qura[base], strict=True)}
        dated = [b for b in days.get(base, []) if b.hijri in shifts]
        out[name] = [replace(b, day=b.day + shifts[b.hijri], computed=True) for b in dated]
    return out


def _nearest_of(days: list[dt.date], feast: Feast) -> Feast:
    """``feast`` moved to the nearest of ``days`` (sorted) within a few days of it, if any."""
    at = bisect_left(days, feast.day)
    near = [d for d in days[max(0, at - 1) : at + 1] if abs((d - feast.day).days) <= _SAME_FEAST_DAYS]
    return replace(feast, day=min(near, key=lambda d: abs(d - feast.day))) if near else feast


def _indonesian_days() -> dict[str, list[dt.date]]:
    """Each feast ``_INDONESIAN`` names -> its days (sorted) by Indonesia's Islamic calendar in the
    ``holidays`` package; empty where the package has no such calendar (older releases)."""
    try:
        from holidays.countries.indonesia import IndonesiaIslamicHolidays
    except ImportError:  # pragma: no cover - the calendar moved or is missing: Umm al-Qura alone
        return {}
    calendar = IndonesiaIslamicHolidays()
    out: dict[str, list[dt.date]] = {}
    for name, method in _INDONESIAN.items():
        dated = getattr(calendar, method, None)
        if dated is not None:
            out[name] = sorted({day for year in _GREGORIAN_YEARS for day, _ in dated(year)})
    return out


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

# The Hijri months whose first day a feast dates: month -> the feast (its day of the month: ISLAMIC).
_MONTH_FEASTS = {1: "tahunbaruislam", 3: "maulid", 7: "isramikraj", 9: "awalramadan", 10: "idulfitri",
                 12: "iduladha"}  # fmt: skip


@cache
def month_start(year: int, month: int) -> dt.date | None:
    """The first day of Hijri month ``month`` of ``year``: from the day of a feast the month holds
    (a table row, Indonesia's date, else Indonesia's computed day), else Umm al-Qura. None outside
    hijridate's years."""
    feast = _MONTH_FEASTS.get(month)
    if feast is not None:  # the table's row, else Indonesia's computed day
        day = ISLAMIC[feast][1]
        for row in feasts().get(feast, ()):
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
