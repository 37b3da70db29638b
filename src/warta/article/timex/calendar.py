"""Calendar arithmetic and TIMEX3 value strings (TimeML 1.2.1 / ISO 8601 forms).

Relative expressions keep the granularity they are said in: "bulan lalu" is a month
(2022-10), "pekan lalu" a week (2022-W44), "dua hari lalu" a day.
"""

from __future__ import annotations

import datetime as dt

# Units whose durations TimeML writes after "T" (PT2H), and their letters.
CLOCK_UNITS = {"HR": "H", "MIN": "M", "SEC": "S"}
# Smaller units a count below one is converted into: "setengah tahun" = P6M.
_SPLIT = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "HR"), "HR": (60, "MIN"),
          "MIN": (60, "SEC"), "DE": (10, "Y"), "CE": (100, "Y"), "WD": (8, "Y")}  # fmt: skip
# Units TimeML has no letter for, written in a smaller one: a windu is eight years ("dua windu" P16Y).
_IN_YEARS = {"WD": 8}
_HALF_MONTHS = 6
# How far ahead a month or day named without a year or a future cue may lie: "Januari" in a
# December oil report is next month's contract, "Maret" in December is the March just gone.
NEAR_FUTURE_MONTHS = 2


def day(value: dt.date) -> str:
    return value.isoformat()


def week(value: dt.date) -> str:
    year, number, _ = value.isocalendar()
    return f"{year}-W{number:02d}"


def _month_index(value: dt.date) -> int:
    return value.year * 12 + value.month - 1


def month_of(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def clock_delta(count: float, unit: str) -> dt.timedelta:
    """``count`` hours, minutes or seconds ("HR", "MIN", "SEC") as a time span."""
    seconds = {"HR": 3600, "MIN": 60, "SEC": 1}[unit]
    return dt.timedelta(seconds=count * seconds)


def shifted(anchor: dt.date, count: int, unit: str) -> str | None:
    """The ``unit`` that lies ``count`` units from the anchor's, at that unit's granularity."""
    if unit in _IN_YEARS:
        count, unit = count * _IN_YEARS[unit], "Y"
    if unit == "D":
        return day(anchor + dt.timedelta(days=count))
    if unit == "W":
        return week(anchor + dt.timedelta(weeks=count))
    if unit == "M":
        return month_of(_month_index(anchor) + count)
    if unit == "Y":
        return f"{anchor.year + count:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + count:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + count:02d}"
    if unit == "Q":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + count
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "H":
        index = anchor.year * 2 + (anchor.month - 1) // _HALF_MONTHS + count
        return f"{index // 2:04d}-H{index % 2 + 1}"
    if unit in CLOCK_UNITS:  # the anchor is a day: an hour ago is still (about) that day
        return day(anchor)
    return None


def _number(count: float) -> str:
    return str(int(count)) if float(count).is_integer() else f"{count:g}"


def whole(count: float, unit: str) -> tuple[float, str]:
    """A fractional count in the next smaller unit: 2.5 years ago is 30 months ago."""
    while not float(count).is_integer() and unit in _SPLIT:
        factor, unit = _SPLIT[unit]
        count *= factor
    return count, unit


def duration(count: float | None, unit: str) -> str:
    """P3D, PT2H, PXY (count None = unknown), P6M for "setengah tahun", P5.5Y for "5,5 tahun"."""
    if unit in _IN_YEARS:
        count, unit = (None if count is None else count * _IN_YEARS[unit]), "Y"
    while count is not None and count < 1 and unit in _SPLIT:
        factor, unit = _SPLIT[unit]
        count *= factor
    amount = "X" if count is None else _number(count)
    if unit == "H":  # a semester is half a year
        return f"P{amount}M" if count is None else f"P{_number(count * _HALF_MONTHS)}M"
    if unit in CLOCK_UNITS:
        return f"PT{amount}{CLOCK_UNITS[unit]}"
    return f"P{amount}{unit}"


def duration_parts(parts: list[tuple[float, str]]) -> str:
    """P3Y2M, PT2H30M, P1DT6H: (count, unit) pairs, units from larger to smaller, as one value."""
    dates = "".join(f"{_number(n)}{u}" for n, u in parts if u not in CLOCK_UNITS)
    times = "".join(f"{_number(n)}{CLOCK_UNITS[u]}" for n, u in parts if u in CLOCK_UNITS)
    return f"P{dates}" + (f"T{times}" if times else "")


def weekday_near(anchor: dt.date, weekday: int, direction: int, strict: bool) -> dt.date:
    """The ``weekday`` (ISO 1-7) nearest the anchor on its side: direction -1 back, +1 ahead.

    ``strict`` leaves the anchor day itself out ("Senin lalu" said on a Monday).
    """
    if direction < 0:
        back = (anchor.isoweekday() - weekday) % 7 or (7 if strict else 0)
        return anchor - dt.timedelta(days=back)
    ahead = (weekday - anchor.isoweekday()) % 7 or (7 if strict else 0)
    return anchor + dt.timedelta(days=ahead)


def month_near(anchor: dt.date, month: int, direction: int, strict: bool = False) -> str:
    """The month (YYYY-MM) ``month`` nearest the anchor: -1 on or before it, +1 on or after,
    0 whichever is closer, but no more than two months ahead (ties go to the past).
    ``strict`` leaves the anchor's own month out ("Desember lalu" said in December)."""
    here = _month_index(anchor)
    candidates = [(anchor.year + shift) * 12 + month - 1 for shift in (-1, 0, 1)]
    if direction < 0:
        return month_of(max(c for c in candidates if c < here or (c == here and not strict)))
    if direction > 0:
        return month_of(min(c for c in candidates if c > here or (c == here and not strict)))
    # News reports more than it announces: a month far ahead needs a future cue.
    near = [c for c in candidates if c - here <= NEAR_FUTURE_MONTHS]
    return month_of(min(near, key=lambda c: (abs(c - here), c > here)))


def day_near(anchor: dt.date, value: dt.date, direction: int) -> dt.date:
    """A year-less day moved to the year that puts it on the right side of, or nearest, the anchor."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(value.replace(year=year))
        except ValueError:  # 29 February
            continue
    if direction < 0:
        return max((o for o in options if o <= anchor), default=value)
    if direction > 0:
        return min((o for o in options if o >= anchor), default=value)
    near = [o for o in options if (o - anchor).days <= NEAR_FUTURE_MONTHS * 31] or options
    return min(near, key=lambda o: (abs(o - anchor), o > anchor))


def clock(text: str, meridiem: str = "") -> str | None:
    """"07.55" / "7:55:10" -> "T07:55" / "T07:55:10"; with "PM", 12-hour time is moved on."""
    parts = [int(p) for p in text.replace(":", ".").split(".")]
    hour, minute = parts[0], parts[1] if len(parts) > 1 else 0
    if meridiem == "PM" and hour < 12:
        hour += 12
    elif meridiem == "AM" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    seconds = f":{parts[2]:02d}" if len(parts) > 2 and parts[2] else ""
    return f"T{hour:02d}:{minute:02d}{seconds}"
