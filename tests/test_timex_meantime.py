"""The MEANTIME English development scorer (warta.bench.timex_meantime)."""

from __future__ import annotations

import pytest

from warta.bench import timex_meantime

from .conftest import SHARED_DATA as DATA

needs_data = pytest.mark.skipif(
    not (DATA / timex_meantime.FOLDER).is_dir(), reason=f"MEANTIME English is not in {DATA}"
)


@needs_data
def test_documents_keep_their_marks_on_the_text() -> None:
    documents = timex_meantime.documents(DATA)
    assert len(documents) == 120
    for document, annotated_end in documents:
        title, date_line = document.text.split("\n\n")[:2]
        assert title and date_line[-4:].isdecimal()  # the date line ends with its year
        assert all(0 <= mark.start < mark.end <= annotated_end for mark in document.gold)
        assert all(document.text[mark.start : mark.end].strip() for mark in document.gold)


@needs_data
def test_every_date_line_is_read_with_its_anchor() -> None:
    for document, _ in timex_meantime.documents(DATA):
        date_line = document.text.split("\n\n")[1]
        assert document.dct.year == int(date_line[-4:])


@needs_data
def test_scores_stay_above_the_development_floor() -> None:
    metrics = timex_meantime.run(DATA)
    assert metrics["meantime_gold"] == 488
    assert float(metrics["meantime_relaxed_f1"]) >= 0.91
    assert float(metrics["meantime_value_accuracy"]) >= 0.87
