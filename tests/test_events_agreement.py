"""Agreement between two event annotations (bench/gold/quotes-events-iaa): matching and figures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.bench.events_agreement import (
    AnnotatedEvent,
    compare_dirs,
    compare_document,
    default_b_dir,
    differences,
    metrics_of,
)
from warta.bench.quotes_events import GoldError, Tally


def event(start: int, type_: str, source: str | None, target: str | None, mode: str | None = None,
          negated: bool = False) -> AnnotatedEvent:
    return AnnotatedEvent(start, start + 40, type_, source, target, mode, negated, "asserted", "kata")


def figures(a: list[AnnotatedEvent], b: list[AnnotatedEvent]) -> dict[str, float | int]:
    tally = Tally()
    compare_document(a, b, tally)
    return metrics_of(tally)


def test_identical_annotations_agree_fully() -> None:
    a = [event(0, "REQUEST", "Joko Widodo", "TNI"), event(50, "CONSULT", "Retno Marsudi", "Wang Yi")]
    result = figures(a, list(a))
    assert result["event_f1"] == 1.0
    assert result["source_agreement"] == 1.0


def test_a_different_target_costs_event_f1_but_not_type_f1() -> None:
    a = [event(0, "REQUEST", "Joko Widodo", "Polri"), event(50, "AID", "Jepang", "korban banjir")]
    b = [event(0, "REQUEST", "Joko Widodo", "Kejaksaan"), event(50, "AID", "Jepang", "korban banjir")]
    result = figures(a, b)
    assert result["event_f1"] == 0.5
    assert result["type_f1"] == 1.0
    assert result["target_agreement"] == 0.5
    assert result["source_agreement"] == 1.0


def test_names_agree_by_shared_words_as_in_the_bench() -> None:
    a = [event(0, "SUPPORT", "Presiden Joko Widodo", "pemerintah Malaysia")]
    b = [event(0, "SUPPORT", "Joko Widodo", "Malaysia")]
    assert figures(a, b)["event_f1"] == 1.0


def test_events_in_other_sentences_never_match() -> None:
    a = [event(0, "ACCUSE", "Bambang", "Andi")]
    b = [event(100, "ACCUSE", "Bambang", "Andi")]
    result = figures(a, b)
    assert result["event_hits"] == 0
    assert result["type_f1"] == 0.0


def test_rival_events_of_one_type_pair_with_their_counterparts() -> None:
    """Two MOBILIZE events in one sentence: each pairs with the one naming the same force."""
    a = [event(0, "MOBILIZE", "TNI", None, mode="troops"), event(0, "MOBILIZE", "Polri", None, mode="police")]
    b = [event(0, "MOBILIZE", "Polri", None, mode="police"), event(0, "MOBILIZE", "TNI", None, mode="troops")]
    result = figures(a, b)
    assert result["mode_agreement"] == 1.0
    assert result["source_agreement"] == 1.0


def test_negation_disagreement_is_counted() -> None:
    a = [event(0, "REQUEST", "Pertamina", "BPKP", negated=True)]
    b = [event(0, "REQUEST", "Pertamina", "BPKP", negated=False)]
    result = figures(a, b)
    assert result["event_f1"] == 1.0
    assert result["negated_agreement"] == 0.0


@needs_shared_data
def test_second_annotation_scored_against_itself_agrees_fully() -> None:
    total, per_doc = compare_dirs(default_b_dir(), default_b_dir(), SHARED_DATA)
    assert len(per_doc) >= 12
    assert total["event_f1"] == 1.0
    assert total["a_events"] == total["b_events"] > 100


@needs_shared_data
def test_a_dropped_event_shows_in_figures_and_differences(tmp_path: Path) -> None:
    source = sorted(default_b_dir().glob("*.json"))[0]
    a_dir, b_dir = tmp_path / "a", tmp_path / "b"
    a_dir.mkdir()
    b_dir.mkdir()
    shutil.copy(source, a_dir / source.name)
    raw = json.loads(source.read_text(encoding="utf-8"))
    dropped = raw["events"].pop()
    (b_dir / source.name).write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    total, _ = compare_dirs(a_dir, b_dir, SHARED_DATA)
    assert total["event_hits"] == total["a_events"] - 1
    assert total["event_f1"] < 1.0
    lines = differences(a_dir / source.name, b_dir / source.name, SHARED_DATA)
    assert lines == [line for line in lines if line.startswith("A only")] and len(lines) == 1
    assert dropped["trigger"] in lines[0]


@needs_shared_data
def test_a_document_missing_from_a_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no annotation A"):
        compare_dirs(tmp_path, default_b_dir(), SHARED_DATA)
