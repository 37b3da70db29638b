"""The side-loss report of the quotes-events dev split: how a wrong side's gold is classed, how a side
is judged, and the table's rows. Every sentence is invented."""

from __future__ import annotations

from warta.bench.quotes_events_gold import GoldDoc, GoldEvent
from warta.bench.quotes_events_sides import (
    KINDS,
    SideLosses,
    count_document,
    gold_side_kind,
    side_state,
    table,
)
from warta.models import ActorRef, Event, Evidence

_BEFORE = "Komisi Pemberantasan Korupsi memeriksa Bupati Andi Wirawan. "


def test_side_named_in_its_sentence() -> None:
    assert gold_side_kind("Andi Wirawan", "KPK menahan Andi Wirawan.", _BEFORE, []) == "named in the sentence"


def test_agent_after_oleh() -> None:
    kind = gold_side_kind("Polda Riau", "Dua pria ditangkap oleh Polda Riau.", "", [])
    assert kind == "agent of a passive"


def test_pronoun_and_generic_body_and_role() -> None:
    assert gold_side_kind("Andi Wirawan", "Ia lalu ditahan.", _BEFORE, []) == "pronoun's antecedent"
    body = gold_side_kind("Komisi Pemberantasan Korupsi", "Lembaga itu menahan tersangka.", _BEFORE, [])
    assert body == "generic body noun"
    assert gold_side_kind("Andi Wirawan", "Bupati itu ditahan.", _BEFORE, []) == "role-only mention"


def test_speaker_of_the_quote_and_unnamed_before() -> None:
    assert gold_side_kind("Rina Sari", '"Kita akan menggugat," ujarnya.', "", ["Rina Sari"]) == \
        "speaker of the quote"
    assert gold_side_kind("Badan Pusat", "Kemudian rapat digelar.", "", []) == "other"


def test_side_state_by_the_scorer() -> None:
    assert side_state(ActorRef(name="Andi Wirawan"), "Andi Wirawan", {}) == "right"
    assert side_state(None, "Andi Wirawan", {}) == "system null"
    assert side_state(ActorRef(name="Budi"), None, {}) == "gold null"
    assert side_state(ActorRef(name="Budi"), "Andi Wirawan", {}) == "other named"


def test_a_type_matched_event_with_a_wrong_target_is_counted() -> None:
    text = "KPK menahan Andi Wirawan di Jakarta."
    doc = GoldDoc(name="x", doc_id="x", dct=None, text=text,
                  events=[GoldEvent(0, len(text), "COERCE", "KPK", "Andi Wirawan", None, None)])
    evidence = Evidence(article="a1", start=0, end=len(text), sentence=text)
    event = Event(id="a1-v1", type="COERCE", source=ActorRef(name="KPK"), target=ActorRef(name="Jakarta"),
                  evidence=[evidence])
    losses = SideLosses()
    count_document(doc, [event], {}, losses)
    assert (losses.hits, losses.typed_only) == (0, 1)
    assert losses.sides[("target", "other named", "named in the sentence")] == 1
    assert losses.f1_bound() == 1.0
    rows = table(losses, SideLosses())
    assert len([row for row in rows if row.startswith("| ") and row.split(" |")[0][2:] in KINDS]) == len(KINDS)
