"""Recall round 11: the recall loss report's classifier on a small gold written for it, and the
traced coder that says why a trigger is dropped (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.article.sentences import split_sentences
from warta.bench.quotes_events_gold import GoldDoc, GoldEvent
from warta.bench.quotes_events_recall import (
    ABSENT,
    DROPPED,
    LEXICON_WORD,
    NOT_REACHED,
    ROOT_FORM,
    WRONG_SIDES,
    Drop,
    classify,
    drop_report,
    drops,
    lexicon_words,
    report,
)
from warta.bench.quotes_events_system import SystemInput
from warta.bench.quotes_events_trace import CODED, ArticleTrace, TriggerFate, traced_run
from warta.models import ActorRef, Event, Evidence

# Four sentences, each holding one gold event; no headline (an IndoSum-style id).
_SENTENCES = (
    "Polisi menangkap Budi di pasar.",
    "Warga menyerang pos jaga itu.",
    "Kepala desa mengunjungi Camat Sari.",
    "Petani bersepeda ke kota.",
)
_TEXT = " ".join(_SENTENCES)


def _span(i: int) -> tuple[int, int]:
    start = _TEXT.index(_SENTENCES[i])
    return start, start + len(_SENTENCES[i])


def _gold(i: int, kind: str, source: str | None, target: str | None) -> GoldEvent:
    start, end = _span(i)
    return GoldEvent(start, end, kind, source, target, None, None)


def _event(i: int, kind: str, source: str, target: str | None) -> Event:
    start, end = _span(i)
    return Event(id=f"a1-v{i}", type=kind, source=ActorRef(description=source),
                 target=ActorRef(description=target) if target else None,
                 evidence=[Evidence(article="a1", start=start, end=end, sentence=_TEXT[start:end])])


def _at(word: str) -> tuple[int, int]:
    start = _TEXT.index(word)
    return start, start + len(word)


_DOC = GoldDoc(name="devx-synthetic", doc_id="indosum-0000000000", dct=None, text=_TEXT, events=[
    _gold(0, "COERCE", "Polisi", "Budi"),
    _gold(1, "ASSAULT", "Warga", "pos jaga"),
    _gold(2, "CONSULT", "Kepala desa", "Camat Sari"),
    _gold(3, "PROTEST", "Petani", None),
])
_TRIGGERS = ["menangkap", "menyerang", "mengunjungi", "bersepeda"]


def _kinds(events: list[Event], trace: ArticleTrace) -> list[str]:
    return [loss.kind for loss in classify(_DOC, _TRIGGERS, events, trace, {})]


def test_a_right_event_is_no_loss_and_wrong_sides_are_counted() -> None:
    events = [_event(0, "COERCE", "Polisi", "Budi"), _event(1, "ASSAULT", "Warga", "Camat Sari")]
    kinds = _kinds(events, ArticleTrace())
    assert kinds[0] == f"{WRONG_SIDES}: target"  # the assault's target is wrong, its source right
    assert len(kinds) == 3  # the arrest matched


def test_another_type_in_the_sentence_names_the_confusion() -> None:
    kinds = _kinds([_event(0, "ACCUSE", "Polisi", "Budi")], ArticleTrace())
    assert kinds[0] == "other type: COERCE -> ACCUSE"


def test_a_skipped_sentence_is_not_reached() -> None:
    trace = ArticleTrace(skipped=[_span(0)])
    assert _kinds([], trace)[0] == NOT_REACHED


def test_a_dropped_trigger_names_the_rule_that_dropped_it() -> None:
    start, end = _at("menyerang")
    trace = ArticleTrace(fates=[TriggerFate(start, end, "ASSAULT", "statement")])
    assert _kinds([], trace)[1] == f"{DROPPED} statement"


def test_a_coded_trigger_with_no_event_left_is_read_off_the_lexicon() -> None:
    start, end = _at("menyerang")
    trace = ArticleTrace(fates=[TriggerFate(start, end, "ASSAULT", CODED)])
    assert "menyerang" in lexicon_words()
    assert _kinds([], trace)[1] == LEXICON_WORD


def test_a_word_outside_the_lexicon_is_absent_or_another_form_of_its_root() -> None:
    kinds = _kinds([], ArticleTrace())
    assert "bersepeda" not in lexicon_words()
    assert kinds[3] == ABSENT
    doc = GoldDoc(name="devx-form", doc_id="indosum-0000000001", dct=None, text="Pos itu terserang.",
                  events=[GoldEvent(0, 18, "ASSAULT", None, "pos", None, None)])
    assert "terserang" not in lexicon_words()
    assert classify(doc, ["terserang"], [], ArticleTrace(), {})[0].kind == ROOT_FORM


def test_the_report_counts_held_out_documents_apart_without_detail() -> None:
    losses = classify(_DOC, _TRIGGERS, [], ArticleTrace(), {})
    held = [loss.__class__(**{**loss.__dict__, "doc": "devh-x"}) for loss in losses]
    lines = report([*losses, *held], ["devh-"], show=True)
    text = "\n".join(lines)
    assert "## held out: 4 gold events not matched" in text
    assert "devh-x" not in text  # no held-out loss is listed one by one
    assert "## held out, in detail" not in text
    assert "devx-synthetic" in text


def test_drops_tell_gold_triggers_from_others() -> None:
    fates = [TriggerFate(*_at("menyerang"), "ASSAULT", "statement"),
             TriggerFate(*_at("pasar"), "CONSULT", "statement")]
    found = drops(_DOC, _TRIGGERS, ArticleTrace(fates=fates))
    assert [d.gold_type for d in found] == ["ASSAULT", None]
    lines = drop_report([*found, Drop("devh-x", "statement", "ASSAULT", "ASSAULT")], ["devh-"])
    assert lines[1].split() == ["2", "1", "1", "statement"]


@pytest.mark.parametrize(("text", "word", "fate"), [
    ("Polisi menangkap dua pencuri di pasar itu.", "menangkap", CODED),
    # a meeting named again with nothing told before it: no sides to copy
    ("Pertemuan itu berlangsung dua jam.", "Pertemuan", "named again, nothing before"),
])
def test_the_traced_coder_gives_each_trigger_its_fate(text: str, word: str, fate: str) -> None:
    trace = traced_run(SystemInput(text, split_sentences(text), [], []))
    start = text.index(word)
    assert [f.fate for f in trace.fates_over(start, start + len(word))] == [fate]


def test_the_traced_coder_leaves_the_coder_as_it_was() -> None:
    from warta.article import events as coder_module

    before = getattr(coder_module, "statement")  # noqa: B009 - a name the module imports, not exports
    text = "Warga menyerang pos jaga itu."
    traced_run(SystemInput(text, split_sentences(text), [], []))
    assert getattr(coder_module, "statement") is before  # noqa: B009


def _types(text: str) -> list[tuple[str, str | None]]:
    from warta.article.events import find_events

    return [(e.type, e.mode) for e in find_events(text, split_sentences(text), [], [], quotes=[])]


@pytest.mark.parametrize(("text", "expected"), [
    # a ruler's death sentence with no court in the article is an execution
    ("Pemimpin negeri itu menghukum mati seorang jenderal karena dianggap berkhianat.", ("ASSAULT", None)),
    ("Seorang menteri dihukum mati oleh rezim karena tertidur dalam rapat.", ("ASSAULT", None)),
    # a court's death sentence stays the verdict
    ("Majelis hakim menghukum mati terdakwa kasus narkoba itu.", ("ACCUSE", "disapprove")),
    ("Pengadilan Negeri Tangerang menggelar sidang. Terdakwa itu dihukum mati oleh majelis.",
     ("ACCUSE", "disapprove")),
    # a sentence to prison is no execution, court or not
    ("Pemimpin negeri itu menghukum seorang jenderal karena dianggap berkhianat.", ("ACCUSE", "disapprove")),
])
def test_a_death_sentence_outside_a_court_is_an_execution(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in _types(text)


def test_the_forms_probe_counts_other_forms_of_lexicon_roots() -> None:
    from warta.bench.quotes_events_forms import affix, probe, types_by_root
    from warta.bench.quotes_events_recall import root

    assert [affix(w) for w in ("terserang", "penyerangan", "diserang", "menyerang", "serangkan")] == [
        "ter-", "pe-an/per-an", "di-", "meN-", "bare/-kan/-i"]
    assert "ASSAULT" in types_by_root()[root("menyerang")]
    text = "Pos itu terserang pagi tadi. Kantor itu terserang juga."
    doc = GoldDoc(name="devx-forms", doc_id="indosum-0000000002", dct=None, text=text,
                  events=[GoldEvent(0, 28, "ASSAULT", None, "Pos", None, None)])
    assert probe(doc, ["terserang"]) == {("ter-", True): 1, ("ter-", False): 1}


@pytest.mark.parametrize("modal", ["Sebaiknya", "Hendaknya"])
def test_advice_in_a_quote_is_a_demand_on_the_one_advised(modal: str) -> None:
    from warta.article.events import find_events

    text = f'"{modal} para pedagang menutup kios sebelum malam," kata Lurah Anton.'
    events = find_events(text, split_sentences(text), [], [])  # the coder reads the quote itself
    asked = [(e.type, e.source.description, e.target.description if e.target else None) for e in events]
    assert ("REQUEST", "Lurah Anton", "para pedagang") in asked


def test_advice_said_of_oneself_or_outside_a_quote_is_none() -> None:
    from warta.article.events import find_events

    for text in ("Sebaiknya kita menutup kios sebelum malam.",
                 "Para pedagang sebaiknya menutup kios sebelum malam."):
        assert not [e for e in find_events(text, split_sentences(text), [], [], quotes=[]) if e.type == "REQUEST"]


@pytest.mark.parametrize(("source", "target", "side"), [
    ("Polisi", "pos jaga", "source"), ("Polisi", "Budi", "both"), ("Warga", "Budi", "target")])
def test_wrong_sides_say_which_side_is_wrong(source: str, target: str, side: str) -> None:
    kinds = _kinds([_event(0, "COERCE", "Polisi", "Budi"), _event(1, "ASSAULT", source, target)], ArticleTrace())
    assert kinds[0] == f"{WRONG_SIDES}: {side}"


def test_charged_as_a_suspect_is_an_arrest_but_the_unexpected_is_none() -> None:
    assert ("COERCE", "arrest") in _types("KPK menyebut Bupati Darmo disangka menerima suap proyek jalan.")
    assert ("COERCE", "arrest") in _types("Kepala dinas itu disangka melanggar Pasal 12 oleh penyidik KPK.")
    assert _types("Tak disangka, hujan turun deras di Bogor.") == []


def test_a_name_told_in_a_ruling_is_an_allegation_but_a_role_or_a_rumour_is_not() -> None:
    assert ("ACCUSE", "allege") in _types("Dalam putusan hakim, nama Bupati Darmo disebut oleh saksi Rudi.")
    assert ("ACCUSE", "allege") not in _types("Nama Bupati Darmo disebut sebagai calon gubernur oleh Partai Maju.")
    assert ("ACCUSE", "allege") not in _types("Dalam buku itu, nama Darmo disebut - sebut oleh penulis Rudi.")
