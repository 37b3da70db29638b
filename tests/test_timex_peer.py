"""The recorded HeidelTime peer: a recording reads back as it was saved, and refuses stale texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.bench import timex
from warta.bench.timex import Document, Mark
from warta.bench.timex_peer import load_recording, recording_path, save_recording


def _doc(name: str, text: str) -> Document:
    return Document(name, text, dt.date(2023, 7, 7), gold=(Mark(0, 5, "DATE", "2023-07-06"),))


def test_a_recording_reads_back_the_marks_it_saved(tmp_path: Path) -> None:
    docs = [_doc("a", "Kamis kemarin hujan."), _doc("b", "Dua pekan lalu banjir.")]
    marks = [[Mark(0, 5, "DATE", "2023-07-06")], [Mark(0, 14, "DATE", None)]]
    path = tmp_path / "peer.json"
    save_recording(path, docs, marks)
    assert load_recording(path, docs) == marks


def test_a_changed_text_or_date_is_refused_not_scored(tmp_path: Path) -> None:
    docs = [_doc("a", "Kamis kemarin hujan.")]
    path = tmp_path / "peer.json"
    save_recording(path, docs, [[Mark(0, 5, "DATE", "2023-07-06")]])
    changed = [_doc("a", "Jumat kemarin hujan.")]
    assert isinstance(load_recording(path, changed), str)
    moved = [Document("a", docs[0].text, dt.date(2023, 7, 8), docs[0].gold)]
    assert "re-record" in str(load_recording(path, moved))
    assert "no recording" in str(load_recording(tmp_path / "absent.json", docs))


@needs_shared_data
def test_without_java_the_bench_scores_the_recorded_peer(monkeypatch: pytest.MonkeyPatch) -> None:
    assert recording_path().is_file()
    monkeypatch.setattr(timex, "heideltime_problem", lambda: "simulated: no Java here")
    metrics = timex._kompas(SHARED_DATA / "indotimex-kompas")
    assert str(metrics["heideltime_source"]).startswith("recorded")
    assert "heideltime_skipped" not in metrics
    # The comparison the issue asks for is computed over one shared set of gold expressions.
    shared = int(metrics["kompas_both_matched_gold"])
    assert 0 < shared <= int(metrics["heideltime_gold"])
    assert metrics["kompas_heideltime_value_accuracy_both_plus_20"] == pytest.approx(
        float(metrics["kompas_heideltime_value_accuracy_both"]) + 0.2, abs=1e-4)
