"""The story page's timeline says how each date was obtained, never a bare "undated"."""

from __future__ import annotations

from typing import Any

import lxml.html
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web_analysis import full_analysis
from warta.models import Analysis, TimelineEntry
from warta.web.pages import router
from warta.web.reader import AnalysisReader


def _analysis_with_doubtful_dates() -> Analysis:
    made = full_analysis()
    made.timeline += [
        TimelineEntry(date=None, events=["v1"], label="Tanggul dilaporkan retak", uncertain=True,
                      reported_by="2023-03-08T09:00:00+07:00", date_basis="reported"),
        TimelineEntry(date=None, events=["v2"], label="Warga mengungsi", uncertain=True, date_basis="unknown"),
        TimelineEntry(date="2023-03-05", events=["v2"], label="Hujan deras turun", uncertain=True,
                      window=["2023-03-04", "2023-03-06"], date_basis="estimated"),
    ]
    return made


def _timeline_rows(analysis: Analysis) -> list[Any]:
    app = FastAPI()
    app.include_router(router)
    app.state.reader = AnalysisReader(analysis)
    response = TestClient(app).get("/stories/s1")
    assert response.status_code == 200
    return list(lxml.html.fromstring(response.text).xpath("//table[@class='timeline']/tbody/tr"))


def _cells(row: Any) -> tuple[str, str]:
    return " ".join(row.xpath("string(th)").split()), " ".join(row.xpath("string(td[2])").split())


def test_undated_entries_show_the_report_day_or_say_the_date_is_unknown(validate: Any) -> None:
    analysis = _analysis_with_doubtful_dates()
    validate(analysis)
    cells = {_cells(row)[0]: _cells(row)[1] for row in _timeline_rows(analysis)}
    assert "dilaporkan ≤ 2023-03-08" in cells and "belum pasti" in cells["dilaporkan ≤ 2023-03-08"]
    assert "tanggal tidak diketahui" in cells and "belum pasti" in cells["tanggal tidak diketahui"]
    assert not any("tanpa tanggal" in date for date in cells)


def test_estimated_date_shows_its_window_and_stated_dates_stay_certain(validate: Any) -> None:
    analysis = _analysis_with_doubtful_dates()
    validate(analysis)
    cells = dict(_cells(row) for row in _timeline_rows(analysis))
    assert "2023-03-05 (perkiraan 2023-03-04 – 2023-03-06)" in cells
    assert "belum pasti" in cells["2023-03-05 (perkiraan 2023-03-04 – 2023-03-06)"]
    assert cells["2023-03-06"] == "pasti" and "belum pasti" not in cells["2023-03-07"]
