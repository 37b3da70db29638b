"""The precision report's classifier on a small gold and system output written for it."""

from __future__ import annotations

import pytest

from warta.bench.quotes_events_gold import GoldDoc, GoldEvent
from warta.bench.quotes_events_precision import (
    ACT_NOUN,
    ASSERTED,
    BODY_REPEAT,
    EXTRA,
    NEGATED,
    NOT_ASSERTED,
    QUOTED,
    Spurious,
    act_noun,
    classify,
    report,
)
from warta.models import ActorRef, Event, Evidence, Quote

# Six sentences; the gold codes events in the first two only. No headline (an IndoSum-style id).
_SENTENCES = (
    "Polisi menangkap Budi dan menahan Joko di pasar.",
    "Warga menyerang pos jaga itu.",
    "Kepala desa mengunjungi Camat Sari.",
    "Kepala desa mengunjungi Camat Sari lagi.",
    '"Kami akan membantu Camat Sari," kata Lurah Ani.',
    "Bantuan Lurah Ani untuk Camat Sari datang.",
)
_TEXT = " ".join(_SENTENCES)


def _span(i: int) -> tuple[int, int]:
    start = _TEXT.index(_SENTENCES[i])
    return start, start + len(_SENTENCES[i])


def _at(word: str, after: int = 0) -> tuple[int, int]:
    start = _TEXT.index(word, after)
    return start, start + len(word)


def _gold(i: int, kind: str, source: str | None, target: str | None) -> GoldEvent:
    start, end = _span(i)
    return GoldEvent(start, end, kind, source, target, None, None)


def _event(i: int, kind: str, source: str, target: str | None, word: str,
           **fields: object) -> tuple[Event, tuple[int, int]]:
    start, end = _span(i)
    event = Event(id=f"a1-v{i}", type=kind, source=ActorRef(description=source),
                  target=ActorRef(description=target) if target else None,
                  evidence=[Evidence(article="a1", start=start, end=end, sentence=_TEXT[start:end])],
                  **fields)  # type: ignore[arg-type]
    return event, _at(word, start)


_DOC = GoldDoc(name="devx-synthetic", doc_id="indosum-0000000000", dct=None, text=_TEXT, events=[
    _gold(0, "COERCE", "Polisi", "Budi"),
    _gold(1, "ASSAULT", "Warga", "pos jaga"),
])
_TRIGGERS = ["menangkap", "menyerang"]


def _kinds(coded: list[tuple[Event, tuple[int, int]]], quotes: list[Quote] | None = None) -> list[str]:
    return [x.kind for x in classify(_DOC, coded, quotes or [], {}, _TRIGGERS)]


def test_a_matched_event_is_not_listed() -> None:
    assert _kinds([_event(0, "COERCE", "Polisi", "Budi", "menangkap")]) == []


def test_wrong_sides_tell_the_side_and_whether_the_gold_trigger_is_under_it() -> None:
    kinds = _kinds([_event(1, "ASSAULT", "Warga", "Camat Sari", "menyerang")])
    assert kinds == ["wrong sides: target, same trigger"]
    kinds = _kinds([_event(0, "COERCE", "Polisi", "Joko", "menahan")])
    assert kinds == ["wrong sides: target, another trigger"]


def test_a_second_event_of_a_matched_type_is_one_too_many() -> None:
    coded = [_event(0, "COERCE", "Polisi", "Budi", "menangkap"), _event(0, "COERCE", "Polisi", "Joko", "menahan")]
    assert _kinds(coded) == [EXTRA]


def test_another_type_names_the_confusion() -> None:
    assert _kinds([_event(1, "PROTEST", "Warga", None, "menyerang")]) == [
        "other type: PROTEST -> ASSAULT, same trigger"]


@pytest.mark.parametrize(("coded", "kind"), [
    ([_event(2, "CONSULT", "Kepala desa", "Camat Sari", "mengunjungi")], ASSERTED),
    ([_event(2, "CONSULT", "Kepala desa", "Camat Sari", "mengunjungi", negated=True)], NEGATED),
    ([_event(2, "CONSULT", "Kepala desa", "Camat Sari", "mengunjungi", modality="planned")], NOT_ASSERTED),
    ([_event(5, "AID", "Lurah Ani", "Camat Sari", "Bantuan")], ACT_NOUN),
])
def test_no_gold_event_is_split_by_what_the_text_tells(coded: list[tuple[Event, tuple[int, int]]],
                                                         kind: str) -> None:
    assert _kinds(coded) == [kind]


def test_a_repeat_and_a_quoted_event_are_told_apart() -> None:
    first = _event(2, "CONSULT", "Kepala desa", "Camat Sari", "mengunjungi")
    again = _event(3, "CONSULT", "Kepala desa", "Camat Sari", "mengunjungi")
    assert _kinds([first, again]) == [ASSERTED, BODY_REPEAT]
    start, end = _at('"Kami akan membantu Camat Sari,"')
    quote = Quote(id="a1-q1", article="a1", start=start, end=end, text=_TEXT[start:end], direct=True,
                  speaker=ActorRef(description="Lurah Ani"))
    assert _kinds([_event(4, "AID", "Lurah Ani", "Camat Sari", "membantu")], [quote]) == [QUOTED]


def test_act_nouns_are_told_from_verbs() -> None:
    assert [act_noun(w) for w in ("penangkapan", "bantuan", "melakukan kunjungan", "pertemuan")] == [True] * 4
    assert [act_noun(w) for w in ("menangkap", "dikirimkan", "bertemu", "menyerukan")] == [False] * 4


def test_the_report_counts_held_out_documents_apart_without_detail() -> None:
    found = classify(_DOC, [_event(2, "CONSULT", "Kepala desa", "Camat Sari", "mengunjungi")], [], {}, _TRIGGERS)
    held = [Spurious(**{**x.__dict__, "doc": "devh-x"}) for x in found]
    text = "\n".join(report([*found, *held], ["devh-"], show=True))
    assert "## held out: 1 system events no gold event backs" in text
    assert "devh-x" not in text  # no held-out event is listed one by one
    assert "devx-synthetic" in text
