"""The quotes/events/stances gold set, its offsets tool and its scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.bench.quotes_events import (
    MIN_SPEED_SENTENCES,
    GoldDoc,
    GoldEvent,
    GoldQuote,
    GoldStance,
    Prediction,
    System,
    SystemInput,
    Tally,
    actor_agrees,
    document_text,
    fill_offsets,
    find_anchor,
    gold_dir,
    load_gold,
    main,
    metrics_of,
    names_match,
    positions_of,
    score_document,
    score_events,
    score_quotes,
    score_stances,
    sentences_per_second,
    speaker_agrees,
)
from warta.models import ActorRef, Claim, Event, Evidence, Location, Position, Quote

TEXT = 'Judul Berita\n\nMenlu Retno Marsudi bertemu Wang Yi di Bali. " Kami sepakat, " kata Retno.'


def quote(start: int, end: int, name: str | None = None, description: str | None = None,
          entity: str | None = None) -> Quote:
    return Quote(id="q", article="a1", start=start, end=end, text=TEXT[start:end], direct=True,
                 speaker=ActorRef(entity=entity, name=name, description=description))


def event(type_: str, source: str | None, target: str | None, start: int, end: int,
          date: str | None = None, location: str | None = None) -> Event:
    return Event(id="v", type=type_, source=ActorRef(name=source),
                 target=ActorRef(name=target) if target else None, date=date,
                 location=Location(name=location) if location else None,
                 evidence=[Evidence(article="a1", start=start, end=end, sentence=TEXT[start:end])])


# --------------------------------------------------------------------------- anchors


def test_find_anchor_counts_occurrences() -> None:
    assert find_anchor("aXbXc", "X") == 1
    assert find_anchor("aXbXc", "X", 2) == 3
    assert find_anchor("aXbXc", "X", 3) is None
    assert find_anchor("abc", "") is None


def test_fill_offsets_places_anchors_and_reports_problems() -> None:
    gold = {
        "quotes": [{"text": "Kami sepakat", "direct": True, "speaker_kind": "person", "speaker": "Retno"},
                   {"text": "tidak ada", "direct": True, "speaker_kind": "person", "speaker": "Retno"}],
        "events": [{"sentence": "Menlu Retno Marsudi bertemu Wang Yi di Bali.", "type": "CONSULT",
                    "modality": "asserted", "negated": False},
                   {"sentence": "Menlu", "type": "MEET", "modality": "asserted", "negated": False}],
        "stances": [{"sentence": "kata Retno", "stance": "agrees"}],
    }
    problems = fill_offsets(gold, TEXT)
    q = gold["quotes"][0]
    assert TEXT[q["start"]:q["end"]] == "Kami sepakat"
    e = gold["events"][0]
    assert TEXT[e["sentence_start"]:e["sentence_end"]].startswith("Menlu Retno")
    assert any("quotes[1]" in p and "tidak ada" in p for p in problems)
    assert any("events[1]" in p and "MEET" in p for p in problems)
    assert any("stances[0]" in p and "agrees" in p for p in problems)
    assert len(problems) == 3


def test_fill_offsets_checks_speaker_fields() -> None:
    def problems_of(kind: str, name: str | None, description: str | None) -> list[str]:
        gold = {"quotes": [{"text": "Kami sepakat", "direct": True, "speaker_kind": kind, "speaker": name,
                            "speaker_description": description}]}
        return fill_offsets(gold, TEXT)

    assert problems_of("person", "Retno Marsudi", None) == []
    assert problems_of("anonymous", None, "seorang sumber") == []
    assert problems_of("unknown", None, None) == []
    assert "needs a name" in problems_of("person", None, "menlu")[0]
    assert "both set" in problems_of("person", "Retno", "menlu")[0]
    assert "anonymous" in problems_of("anonymous", None, None)[0]
    assert "unknown" in problems_of("unknown", None, "sumber")[0]


# --------------------------------------------------------------------------- quotes


def test_quote_spans_match_at_half_overlap() -> None:
    start = TEXT.index("Kami")
    gold = [GoldQuote(start, start + len("Kami sepakat"), "Retno Marsudi", None, "person")]
    tally = Tally()
    score_quotes(gold, [quote(start, start + 12, "Retno Marsudi")], {}, tally)
    score_quotes(gold, [quote(start, start + 4, "Retno")], {}, tally)  # 4/12 overlap: no match
    score_quotes(gold, [quote(start - 2, start + 12, "Wang Yi")], {}, tally)  # matched, wrong speaker
    m = metrics_of(tally, "dev")
    assert (tally.get("quote_hits"), tally.get("quote_exact"), tally.get("speaker_right")) == (2, 1, 1)
    assert m["dev_quote_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["dev_quote_recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["dev_speaker_accuracy"] == 0.5
    assert m["dev_quote_exact_f1"] == pytest.approx(1 / 3, abs=1e-4)


def test_speaker_names_titles_aliases_and_anonymous_heads() -> None:
    named = GoldQuote(0, 1, "Retno Lestari Priansari Marsudi", None, "person")
    assert speaker_agrees(ActorRef(name="Menlu Retno"), named, {})
    assert not speaker_agrees(ActorRef(name="Menteri Luar Negeri"), named, {})
    assert speaker_agrees(ActorRef(entity="e1", name="Menlu"), named, {"e1": ["Retno Marsudi"]})
    anonymous = GoldQuote(0, 1, None, "seorang sumber di Kremlin", "anonymous")
    assert speaker_agrees(ActorRef(description="sumber itu"), anonymous, {})
    assert not speaker_agrees(ActorRef(description="pejabat Kremlin"), anonymous, {})
    assert not speaker_agrees(ActorRef(name="Peskov", description="sumber"), anonymous, {})
    unknown = GoldQuote(0, 1, None, None, "unknown")
    assert speaker_agrees(ActorRef(), unknown, {})
    assert not speaker_agrees(ActorRef(name="Retno"), unknown, {})


# --------------------------------------------------------------------------- events


def test_events_need_type_actors_and_the_same_sentence() -> None:
    s_start = TEXT.index("Menlu")
    s_end = TEXT.index("Bali.") + 5
    gold = [GoldEvent(s_start, s_end, "CONSULT", "Retno Marsudi", "Wang Yi", "2014-12-28", "Bali")]
    cases = [
        ([event("CONSULT", "Retno", "Wang Yi", s_start, s_end, "2014-12-28T10:00", "Bali")], (1, 1, 1, 1)),
        ([event("CONSULT", "Retno", None, s_start, s_end)], (0, 1, 0, 0)),  # None ≠ Wang Yi; date, place wrong
        ([event("CONSULT", "Retno", "Wang Yi", s_end + 1, len(TEXT))], (0, 0, 0, 0)),  # other sentence
        ([event("ASSAULT", "Retno", "Wang Yi", s_start, s_end)], (0, 0, 0, 0)),
    ]
    for pred, (hits, typed, dates, places) in cases:
        tally = Tally()
        score_events(gold, pred, {}, tally)
        counts = (tally.get("event_hits"), tally.get("event_type_hits"), tally.get("date_right"),
                  tally.get("location_right"))
        assert counts == (hits, typed, dates, places), pred


def test_event_none_target_matches_none() -> None:
    gold = [GoldEvent(0, 10, "MOBILIZE", "TNI Angkatan Laut", None, None, None)]
    tally = Tally()
    score_events(gold, [event("MOBILIZE", "TNI AL", None, 0, 10)], {}, tally)
    assert tally.get("event_hits") == 1
    assert tally.get("date_right") == tally.get("location_right") == 1


# --------------------------------------------------------------------------- stances


def test_stances_matched_by_sentence_and_holder() -> None:
    sentence = "Menlu Retno Marsudi bertemu Wang Yi di Bali."
    start = TEXT.index(sentence)
    gold = [GoldStance(start, start + len(sentence), "Retno Marsudi", "confirms")]
    claims = [Claim(id="c", statement="x", verdict="confirmed", positions=[
        Position(holder=ActorRef(name="Retno"), stance="denies", article="a1", evidence=sentence),
        Position(holder=ActorRef(name="Wang Yi"), stance="confirms", article="a1", evidence=sentence),
        Position(holder=ActorRef(name="Retno"), stance="confirms", article="a1", evidence="not in text"),
    ])]
    tally = Tally()
    score_stances(gold, positions_of(claims, TEXT, 0), {}, tally)
    assert (tally.get("pred_stances"), tally.get("stance_hits"), tally.get("stance_right")) == (3, 1, 0)


def test_predictions_in_the_headline_are_ignored() -> None:
    doc = GoldDoc("x", "kompas:f/x.tml", "2014-12-29", TEXT)
    assert doc.title_end == len("Judul Berita")
    pred = Prediction(quotes=[quote(0, 5, "Redaksi")], events=[event("AID", "A", "B", 0, 12)], claims=[],
                      entities=[])
    tally = Tally()
    score_document(doc, pred, tally)
    assert tally.get("pred_quotes") == tally.get("pred_events") == 0


# --------------------------------------------------------------------------- speed


def test_speed_repeats_texts_to_the_minimum() -> None:
    calls: list[str] = []

    def fake_quotes(text: str, *args: object, **kwargs: object) -> list[Quote]:
        calls.append(text)
        return []

    system = System(fake_quotes, lambda *a, **k: [], lambda *a, **k: [])
    given = SystemInput("A. B. C.", [(0, 2), (3, 5), (6, 8)], [], [])
    speed, counted = sentences_per_second(system, [given])
    assert counted >= MIN_SPEED_SENTENCES
    assert counted == 3 * len(calls)
    assert speed > 0


# --------------------------------------------------------------------------- the gold set itself


def _gold_files() -> list[Path]:
    return sorted(gold_dir().glob("*/*.json"))


@needs_shared_data
def test_every_anchor_resolves_to_its_stored_offsets() -> None:
    for path in _gold_files():
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = document_text(raw["doc"], SHARED_DATA)
        for q in raw["quotes"]:
            assert text[q["start"]:q["end"]] == q["text"], (path.name, q["text"])
        for item in raw["events"] + raw["stances"]:
            assert text[item["sentence_start"]:item["sentence_end"]] == item["sentence"], path.name
        assert fill_offsets(raw, text) == [], path.name


@needs_shared_data
def test_splits_are_disjoint_large_enough_and_a_third_is_test() -> None:
    splits = {split: load_gold(split, SHARED_DATA) for split in ("dev", "test")}
    ids = {split: {doc.doc_id for doc in docs} for split, docs in splits.items()}
    assert not ids["dev"] & ids["test"]
    total = len(ids["dev"]) + len(ids["test"])
    assert total >= 40
    assert sum(1 for i in ids["dev"] | ids["test"] if i.startswith("kompas:")) >= 39
    assert len(ids["test"]) * 3 >= total
    assert sum(len(doc.events) for doc in splits["test"]) >= 50


@needs_shared_data
def test_fix_offsets_cli_fails_loudly_on_a_missing_anchor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    bad = tmp_path / "bad.json"
    doc = "kompas:Kompas_test_gold/20141229-13195101.tml"
    good.write_text(json.dumps({"doc": doc, "quotes": [
        {"text": "ujar Retno", "direct": True, "speaker_kind": "unknown"}], "events": [], "stances": []}))
    bad.write_text(json.dumps({"doc": doc, "quotes": [
        {"text": "kata Jokowi", "direct": True, "speaker_kind": "unknown"}], "events": [], "stances": []}))
    assert main(["fix-offsets", str(good), "--data-dir", str(SHARED_DATA)]) == 0
    filled = json.loads(good.read_text())["quotes"][0]
    assert filled["end"] - filled["start"] == len("ujar Retno")
    before = bad.read_text()
    assert main(["fix-offsets", str(bad), "--data-dir", str(SHARED_DATA)]) == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "kata Jokowi" in err
    assert bad.read_text() == before


def test_entity_aliases_make_speakers_agree() -> None:
    aliases = {"e1": ["Badan SAR Nasional", "Basarnas"]}
    gold = GoldQuote(0, 1, "Badan SAR Nasional", None, "org")
    assert speaker_agrees(ActorRef(entity="e1", name="Basarnas"), gold, aliases)
    assert not speaker_agrees(ActorRef(name="Basarnas"), gold, {})


def test_names_match_on_content_words() -> None:
    assert names_match("Menlu Retno", "Retno Lestari Priansari Marsudi")
    assert names_match("TNI AL", "TNI Angkatan Laut")
    assert names_match("Pemerintah", "pemerintah")
    assert not names_match("pemerintah Iran", "pemerintah Indonesia")
    assert not names_match("Pemerintah", "Media pemerintah di Pyongyang")
    assert not names_match("Korea Utara", "Korea Selatan")
    assert not names_match("Joko Widodo Susilo", "Joko Santoso Wibowo")
    assert names_match("Joko Widodo", "Joko Santoso")  # half of the shorter name is shared


def test_names_of_initials_that_look_like_titles_still_match() -> None:
    assert names_match("DR", "DR")  # a person known by the initials DR, not the title dr.
    assert not names_match("DR", "AS")
    assert names_match("dr. Siti Rahma", "Siti Rahma")


def test_a_gold_kind_of_body_agrees_with_the_named_body_of_that_kind() -> None:
    polda = ActorRef(name="Polda Jawa Barat")
    assert actor_agrees(polda, "polisi", {})
    assert actor_agrees(polda, "pihak kepolisian", {})
    assert not actor_agrees(ActorRef(name="Kejaksaan Agung"), "polisi", {})
    # the name was given, so a predicted description does not stand for it
    assert not actor_agrees(ActorRef(description="polisi"), "Polsek Cibinong", {})
    assert not actor_agrees(polda, "lima polisi lalu lintas", {})


def test_polnear_brat_relations_and_scores() -> None:
    from warta.bench.quotes_events_polnear import _score, parse_ann

    ann = ("T1\tSource 0 3\tObama\nT2\tCue 4 8\tsaid\nT3\tContent 9 20;25 30\tx\n"
           "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
           "T4\tSource 40 42\the\nT5\tContent 50 60\ty\nE2\tContent:T5 Source:T4\n")
    gold = parse_ann(ann)
    assert [(a.start, a.end, a.source) for a in gold] == [(9, 30, "Obama"), (50, 60, "he")]
    tally = Tally()
    _score(gold, [(9, 30), (50, 58), (100, 110)], [["Barack Obama"], ["Biden"], []], tally)
    assert (tally.get("hits"), tally.get("predicted"), tally.get("gold")) == (2, 3, 2)
    assert (tally.get("source_scored"), tally.get("source_right")) == (1, 1)  # the pronoun is not scored


def test_missing_system_modules_give_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from warta.bench import quotes_events

    def missing(name: str) -> object:
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr(importlib, "import_module", missing)
    with pytest.raises(RuntimeError, match="issue 5"):
        quotes_events.load_system()


def test_locations_compare_place_words_not_kinds_of_place() -> None:
    def located(name: str) -> Event:
        return event("CONSULT", "A", None, 0, 5, location=name)

    from warta.bench.quotes_events import same_location

    assert same_location(located("Kantor Pusat Basarnas"), "Kantor Pusat Basarnas, Kemayoran")
    assert not same_location(located("Jakarta Pusat"), "Kantor Pusat Basarnas")
    assert not same_location(located("Bali"), None)
    assert same_location(event("CONSULT", "A", None, 0, 5), None)


def test_error_listing_names_each_kind_of_miss() -> None:
    from warta.bench.quotes_events_errors import document_errors

    k = TEXT.index("Kami")
    s_start, s_end = TEXT.index("Menlu"), TEXT.index("Bali.") + 5
    doc = GoldDoc("x", "indosum:x", None, TEXT,
                  quotes=[GoldQuote(k, k + 12, "Retno Marsudi", None, "person")],
                  events=[GoldEvent(s_start, s_end, "CONSULT", "Retno Marsudi", "Wang Yi", None, "Bali")])
    pred = Prediction(quotes=[quote(k, k + 12, "Wang Yi")],
                      events=[event("ACCUSE", "Retno", "Wang Yi", s_start, s_end)], claims=[], entities=[])
    kinds = sorted(line.split("\t")[0] for line in document_errors(doc, pred))
    assert kinds == ["extra event", "missed event", "speaker"]
