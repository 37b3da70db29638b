"""The learned trigger model: candidate words and their features, the gate, proposals, the shipped
weights (warta.article.event_trigger_model)."""

from __future__ import annotations

import pytest

from warta.article.event_trigger_model import (
    NONE,
    ArticleReader,
    TriggerModel,
    affix_shape,
    affixed,
    candidate_indices,
    features,
    gate_events,
    load_model,
    proposed_triggers,
    sentence_view,
    trigger_model_on,
    voice_of,
)
from warta.models import ActorRef, Entity, Event, Evidence, Mention

SENTENCE = 'Polisi tidak menangkap dua pemuda yang memukuli seorang sopir, kata Budi: "kami akan menyelidiki".'


def _view(text: str = SENTENCE, entities: list[Entity] | None = None, number: int = 3):
    return sentence_view(text, 0, len(text), number, entities or [], frozenset({"pukul"}))


def _index(view, word: str) -> int:
    return next(i for i, t in enumerate(view.tokens) if t.low == word)


def test_affix_shapes_and_voices():
    assert affix_shape("menangkap") == "me+none"
    assert affix_shape("memukuli") == "me+i"  # the nasal prefix swallows the root's "p"
    assert affix_shape("penangkapan") == "pe+an"
    assert affix_shape("dikirimkan") == "di+kan"
    assert affix_shape("rumah") == "bare"
    assert not affixed("rumah") and not affixed("seorang")
    assert voice_of("dikirimkan") == "passive"
    assert voice_of("berunding") == "intrans"
    assert voice_of("penangkapan") == "noun"
    assert voice_of("menyerang") == "active"


def test_candidates_are_lexicon_words_and_affixed_words():
    view = _view()
    words = {view.tokens[i].low for i in candidate_indices(view)}
    assert {"menangkap", "memukuli", "menyelidiki"} <= words
    assert not words & {"polisi", "dua", "sopir", "seorang", "kata"}


def test_features_read_root_lexicon_cues_and_quotes():
    view = _view()
    arrest = features(view, _index(view, "menangkap"))
    assert {"root=tangkap", "shape=me+none", "neg=True", "quote=False", "prev=tidak"} <= set(arrest)
    assert any(name.startswith("lex=") and name != "lex=none" for name in arrest)
    beating = features(view, _index(view, "memukuli"))
    assert "lead=True" in beating  # its root is in the article's first sentence
    probe = features(view, _index(view, "menyelidiki"))
    assert {"quote=True", "modal=True"} <= set(probe)


def test_entities_near_a_word_are_features():
    text = "Kapolri Tito menangkap Budi di Jakarta."
    people = [Entity(id="e1", name="Tito", type="PERSON", mentions=[Mention(article="a1", start=8, end=12,
                                                                             text="Tito")])]
    view = _view(text, people)
    names = features(view, _index(view, "menangkap"))
    assert "ent<PERSON" in names and "ent>" not in names


def _event(number: int, start: int, end: int, kind: str) -> Event:
    return Event(id=f"a1-v{number}", type=kind, source=ActorRef(name="Polisi"),
                 evidence=[Evidence(article="a1", start=start, end=end, sentence="")])


def test_gate_drops_an_unlikely_trigger_and_renumbers():
    text = "Polisi menangkap Budi. Warga membantu korban banjir."
    reader = ArticleReader(text, [(0, 22), (23, len(text))], [])
    arrest_at, help_at = text.index("menangkap"), text.index("membantu")
    coded = [(_event(1, 0, 22, "COERCE"), (arrest_at, arrest_at + 9)),
             (_event(2, 23, len(text), "AID"), (help_at, help_at + 8))]
    # a model that reads "menangkap" as no event and has no opinion on "membantu"
    model = TriggerModel({NONE: {"word=menangkap": 6.0}, "COERCE": {}, "AID": {}}, gate_below=0.1)
    kept = gate_events(coded, reader, model)
    assert [event.type for event, _ in kept] == ["AID"]
    assert kept[0][0].id == "a1-v1" and kept[0][1] == (help_at, help_at + 8)
    lenient = TriggerModel(model.weights, gate_below=0.0)
    assert gate_events(coded, reader, lenient) == coded


def test_proposals_skip_lexicon_words_and_types_already_given():
    view = _view("Massa merusak kantor bupati dan merampok toko.")
    model = TriggerModel({NONE: {}, "ASSAULT": {"word=merampok": 9.0, "word=merusak": 9.0}}, propose_at=0.5)
    assert [view.tokens[m.first].low for m in view.triggers] == ["merusak"]  # the lexicon's ASSAULT
    # "merusak" is the lexicon's already, and ASSAULT is given by it: "merampok" is not proposed as one
    assert proposed_triggers(model, view, 0.5) == []
    plain = _view("Massa merampok toko di pasar.")
    assert plain.triggers == []
    got = proposed_triggers(TriggerModel({NONE: {}, "SEIZE": {"word=merampok": 9.0}}), plain, 0.5)
    assert [(plain.tokens[m.first].low, m.row.type, m.row.voice) for m in got] == [
        ("merampok", "SEIZE", "active")]
    assert proposed_triggers(TriggerModel({NONE: {"bias": 9.0}, "SEIZE": {}}), plain, 0.5) == []


def test_shipped_model_loads_and_scores_deterministically():
    model = load_model()
    assert NONE in model.weights and len(model.weights) > 5
    view = _view()
    names = features(view, _index(view, "memukuli"))
    first, second = model.probabilities(names), model.probabilities(names)
    assert first == second
    assert sum(first.values()) == pytest.approx(1.0)
    assert 0.0 <= model.gate_below < 1.0


def test_training_is_deterministic():
    pytest.importorskip("numpy")
    from warta.train.event_triggers import fit

    rows = [(["bias", "word=menyerang", "lex=ASSAULT"], "ASSAULT"), (["bias", "word=menyerang", "lex=ASSAULT"],
                                                                       "ASSAULT"),
            (["bias", "word=tersebut", "lex=none"], NONE), (["bias", "word=tersebut", "lex=none"], NONE)]
    first, second = fit(rows, steps=50), fit(rows, steps=50)
    assert first.weights == second.weights
    assert first.probabilities(["bias", "word=menyerang", "lex=ASSAULT"])["ASSAULT"] > 0.5


def test_off_by_default_and_switch(monkeypatch):
    monkeypatch.delenv("WARTA_EVENT_TRIGGER_MODEL", raising=False)
    assert not trigger_model_on()
    monkeypatch.setenv("WARTA_EVENT_TRIGGER_MODEL", "1")
    assert trigger_model_on()
    monkeypatch.setenv("WARTA_EVENT_TRIGGER_MODEL", "0")
    assert not trigger_model_on()


def test_rule_events_unchanged_without_a_proposer():
    from warta.article.events import rule_events

    text = "Polisi menangkap dua pencuri di Bandung. Massa menjarah toko di pasar."
    sentences = [(0, 40), (41, len(text))]
    plain = rule_events(text, sentences, [], [], "a1", "id", [])
    again = rule_events(text, sentences, [], [], "a1", "id", [], proposer=None)
    assert [(e.type, e.source, e.target) for e in plain.events] == [(e.type, e.source, e.target)
                                                                     for e in again.events]
    seen: list[int] = []

    def spy(tokens, triggers, number):
        seen.append(number)
        return triggers

    spied = rule_events(text, sentences, [], [], "a1", "id", [], proposer=spy)
    assert seen == [0, 1]
    assert [(e.type, e.source) for e in spied.events] == [(e.type, e.source) for e in plain.events]


def test_sweep_line_pools_the_held_out_folds() -> None:
    from warta.bench.quotes_events_matching import Tally
    from warta.train.event_triggers import _sweep_line

    first, second = Tally(), Tally()
    first.counts.update(event_hits=1, pred_events=2, gold_events=4, event_type_hits=2)
    second.counts.update(event_hits=3, pred_events=2, gold_events=4, event_type_hits=2)
    line = _sweep_line("gate", 0.1, [first, second])
    # pooled: 4 hits of 4 predicted and 8 gold -> P 1.0, R 0.5, F1 0.667; type hits 4 -> the same
    assert line == "- gate 0.1: event F1 0.667, type F1 0.667, predicted 4"
