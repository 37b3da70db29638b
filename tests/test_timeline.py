"""The timeline: date order, granularity, citations, and dates that rest on an estimate."""

from __future__ import annotations

from typing import Any

import pytest

from warta.corpus.timeline import build_timeline, event_label
from warta.models import ActorRef, Analysis, Article, Entity, Event, Evidence, Location, Mention, Story, Timex

ENTITIES = [Entity(id="e1", name="William Burns", type="PERSON"),
            Entity(id="e2", name="Sergei Naryshkin", type="PERSON"),
            Entity(id="e3", name="Ankara", type="LOC")]
BURNS, NARYSHKIN = ActorRef(entity="e1", name="William Burns"), ActorRef(entity="e2", name="Sergei Naryshkin")


def article(aid: str, body: str, published: str | None = "2022-11-16", estimated: bool = False) -> Article:
    return Article(id=aid, source=f"{aid}.txt", sha256="0", language="id", body=body, published=published,
                   published_source="estimated" if estimated else "lead",
                   published_window=["2022-11-14", "2022-11-20"] if estimated else None)


def event(eid: str, art: Article, date: str | None, type_: str = "CONSULT", **extra: Any) -> Event:
    extra.setdefault("target", NARYSHKIN)
    return Event(id=eid, type=type_, source=BURNS, date=date,
                 evidence=[Evidence(article=art.id, start=0, end=len(art.body), sentence=art.body)], **extra)


def run(articles: list[Article], events: list[Event], timexes: list[Timex] | None = None) -> Analysis:
    return Analysis(warta_version="t", created="", articles=articles, entities=ENTITIES, events=events,
                    timexes=timexes or [])


A1 = article("a1", "Burns bertemu Naryshkin di Ankara pada Senin (14/11/2022).")
A2 = article("a2", "Pada November 2022 keduanya kembali berbicara lewat telepon.")
A3 = article("a3", "Sepanjang 2022 kedua kepala intelijen itu saling menuduh.")
A4 = article("a4", "Pekan ini mereka disebut sepakat melanjutkan pembicaraan.")


def test_entries_in_date_order_with_their_granularity(validate: Any) -> None:
    events = [event("v1", A2, "2022-11", mode="phone"), event("v2", A3, "2022", "ACCUSE"),
              event("v3", A1, "2022-11-14", location=Location(entity="e3", name="Ankara")),
              event("v4", A4, "2022-W46", "AGREE")]
    analysis = run([A1, A2, A3, A4], events)
    analysis.timeline = build_timeline(analysis)
    validate(analysis)
    assert [(t.date, t.granularity) for t in analysis.timeline] == [
        ("2022", "year"), ("2022-11", "month"), ("2022-11-14", "day"), ("2022-W46", "week")]
    assert not any(t.uncertain for t in analysis.timeline)


def test_events_of_one_date_share_an_entry_citing_articles_and_sentences() -> None:
    other = article("a5", "Naryshkin mengatakan Burns bertemu dengannya di Ankara, 14 November 2022.")
    analysis = run([A1, other], [event("v1", A1, "2022-11-14"), event("v2", other, "2022-11-14", "ACCUSE")])
    (entry,) = build_timeline(analysis)
    assert entry.events == ["v1", "v2"]
    assert entry.articles == ["a1", "a5"]
    assert [s.sentence for s in entry.sentences] == [A1.body, other.body]
    assert entry.label == "Burns bertemu Naryshkin; Burns menuduh Naryshkin"


def test_label_says_who_did_what_to_whom_and_where() -> None:
    met = event("v1", A1, "2022-11-14", location=Location(entity="e3", name="Ankara"))
    assert event_label(met, {e.id: e for e in ENTITIES}) == "Burns bertemu Naryshkin di Ankara"
    planned = event("v2", A1, None, "SANCTION", modality="planned", target=None)
    assert event_label(planned, {e.id: e for e in ENTITIES}) == "Burns akan menjatuhkan sanksi"
    denied = event("v3", A1, None, negated=True)
    assert event_label(denied, {e.id: e for e in ENTITIES}) == "Burns tidak bertemu Naryshkin"


def test_a_date_counted_from_an_estimated_publication_date_is_uncertain_with_its_window(validate: Any) -> None:
    undated = article("a1", "Kemarin Burns bertemu Naryshkin.", published="2022-11-17", estimated=True)
    timex = Timex(article="a1", start=0, end=7, text="Kemarin", type="DATE", value="2022-11-16",
                  anchor="estimated")
    analysis = run([undated, A4], [event("v1", undated, "2022-11-16"), event("v2", A4, "2022-W46", "AGREE")],
                   [timex])
    analysis.timeline = build_timeline(analysis)
    validate(analysis)
    first, second = analysis.timeline
    assert first.events == ["v1"] and first.date is None and first.uncertain
    assert first.window == ["2022-11-13", "2022-11-19"]  # the window moved back one day, like "kemarin"
    assert (second.date, second.uncertain) == ("2022-W46", False)


def test_a_date_some_article_states_outright_is_kept() -> None:
    undated = article("a1", "Kemarin Burns bertemu Naryshkin.", published="2022-11-15", estimated=True)
    timex = Timex(article="a1", start=0, end=7, text="Kemarin", type="DATE", value="2022-11-14",
                  anchor="estimated")
    merged = event("v1", undated, "2022-11-14")
    merged.evidence.append(Evidence(article="a2", start=0, end=len(A1.body), sentence=A1.body))
    (entry,) = build_timeline(run([undated, A1], [merged], [timex]))
    assert (entry.date, entry.uncertain, entry.window) == ("2022-11-14", False, None)


def test_undated_events_close_the_timeline_as_vague() -> None:
    analysis = run([A1, A2], [event("v1", A2, None, "ACCUSE"), event("v2", A1, "2022-11-14")])
    first, last = build_timeline(analysis)
    assert first.events == ["v2"]
    assert (last.events, last.date, last.granularity, last.uncertain, last.window) == (["v1"], None, "vague",
                                                                                         True, None)


def test_what_did_not_happen_is_not_on_the_timeline() -> None:
    events = [event("v1", A1, "2022-11-14"), event("v2", A1, "2022-11-15", negated=True),
              event("v3", A1, "2022-11-16", "ACCUSE", modality="hypothetical"),
              event("v4", A1, "2022-11-17", "AGREE", modality="planned")]
    timeline = build_timeline(run([A1], events))
    assert [t.events for t in timeline] == [["v1"], ["v4"]]
    assert timeline[1].label == "Burns akan sepakat dengan Naryshkin"


def test_each_undated_event_has_its_own_entry_by_the_day_it_was_reported() -> None:
    later = article("a5", "Burns menuduh Naryshkin. Naryshkin membantu Burns.", published="2022-11-20")
    events = [event("v1", later, None, "ACCUSE"), event("v2", later, None, "AID"),
              event("v3", A1, "2022-11-16"), event("v4", A1, "2022-11-25", "AGREE"),
              event("v5", A1, "2022-11-20", "REQUEST")]
    analysis = run([A1, later], events)
    analysis.timeline = build_timeline(analysis)
    assert [t.events for t in analysis.timeline] == [["v3"], ["v5"], ["v1"], ["v2"], ["v4"]]
    undated = [t for t in analysis.timeline if t.date is None]
    assert [(t.reported_by, t.uncertain, t.window, t.granularity) for t in undated] == [
        ("2022-11-20", True, None, "vague")] * 2


def test_events_of_different_stories_on_one_day_have_entries_of_their_own() -> None:
    other = article("a5", "Jokowi bertemu Prabowo di Jakarta pada 14 November 2022.")
    analysis = run([A1, other], [event("v1", A1, "2022-11-14"), event("v2", other, "2022-11-14", "ACCUSE")])
    analysis.stories = [Story(id="s1", label="Ankara", articles=["a1"]),
                        Story(id="s2", label="Jakarta", articles=["a5"])]
    assert [t.events for t in build_timeline(analysis)] == [["v1"], ["v2"]]


def test_labels_follow_the_story_language_and_never_name_an_unknown_side() -> None:
    english = [article("a1", "Burns met Naryshkin in Ankara on Monday."), article("a2", "They met again.")]
    for art in english:
        art.language = "en"
    analysis = run(english, [event("v1", english[0], "2022-11-14", location=Location(entity="e3", name="Ankara")),
                             event("v2", english[1], "2022-11-15", "SANCTION", target=None, negated=False,
                                   modality="planned")])
    assert [t.label for t in build_timeline(analysis)] == ["Burns met Naryshkin in Ankara",
                                                           "Burns will impose sanctions"]
    nobody = Event(id="v3", type="RETREAT", mode="release", source=ActorRef(),
                   target=ActorRef(description="warga AS"), evidence=[])
    assert event_label(nobody, {}) == "pembebasan warga AS"
    assert event_label(nobody, {}, "en") == "release of warga AS"


def test_a_side_that_is_the_place_is_no_actor_and_people_go_by_the_name_the_articles_use() -> None:
    ankara = ActorRef(entity="e3", name="Ankara")
    meeting = Event(id="v1", type="CONSULT", mode="meet", source=ankara, target=ActorRef(description="kedua negara"),
                    location=Location(entity="e3", name="Ankara"), evidence=[])
    assert event_label(meeting, {e.id: e for e in ENTITIES}) == "kedua negara bertemu di Ankara"
    hendra = Entity(id="e9", name="Hendra Wijaya", type="PERSON", mentions=[
        Mention(article="a1", start=0, end=13, text="Hendra Wijaya"), Mention(article="a1", start=40, end=46,
                                                                                 text="Hendra")])
    met = Event(id="v2", type="CONSULT", source=ActorRef(entity="e9"), target=BURNS, evidence=[])
    assert event_label(met, {e.id: e for e in [*ENTITIES, hendra]}) == "Hendra bertemu Burns"
    joko = Entity(id="e8", name="Joko Widodo", type="PERSON", mentions=[
        Mention(article="a1", start=0, end=11, text="Joko Widodo")])
    asked = Event(id="v3", type="REQUEST", source=ActorRef(entity="e8"), target=BURNS, evidence=[])
    assert event_label(asked, {e.id: e for e in [*ENTITIES, joko]}) == "Joko Widodo meminta kepada Burns"


def test_background_events_are_less_salient_than_the_story_event() -> None:
    lead = article("a1", "Burns bertemu Naryshkin di Ankara pada Senin (14/11/2022). Rusia menyerang Ukraina "
                   "pada Februari 2022.", published="2022-11-15")
    lead.sentences = [[0, 58], [59, len(lead.body)]]
    second = article("a2", "Burns dan Naryshkin bertemu pada 14 November.", published="2022-11-16")
    meeting = event("v1", lead, "2022-11-14")
    meeting.evidence.append(Evidence(article="a2", start=0, end=len(second.body), sentence=second.body))
    war = Event(id="v2", type="ASSAULT", source=ActorRef(name="Rusia"), target=ActorRef(name="Ukraina"),
                date="2022-02", evidence=[Evidence(article="a1", start=59, end=len(lead.body),
                                                   sentence=lead.body[59:])])
    timeline = build_timeline(run([lead, second], [meeting, war]))
    assert [t.events for t in timeline] == [["v2"], ["v1"]]
    assert timeline[0].salience < 0.5 * timeline[1].salience


def test_a_rejection_of_nothing_named_weighs_less_than_one_of_something() -> None:
    refused = event("v1", A1, "2022-11-14", "REJECT", target=None)
    rejected = event("v2", A2, "2022-11", "REJECT")
    timeline = build_timeline(run([A1, A2], [refused, rejected]))
    by_event = {t.events[0]: t.salience for t in timeline}
    assert by_event["v1"] == pytest.approx(0.5 * by_event["v2"], abs=0.002)


def test_an_english_story_names_places_as_its_articles_do() -> None:
    russia = Entity(id="e4", name="Rusia", type="LOC", mentions=[
        Mention(article="a1", start=0, end=6, text="Russia"), Mention(article="a1", start=30, end=37, text="Russian"),
        Mention(article="a1", start=50, end=57, text="Russian"), Mention(article="a2", start=0, end=5, text="Rusia")])
    moscow = Entity(id="e5", name="Moskow", type="LOC", mentions=[Mention(article="a1", start=9, end=15,
                                                                          text="Moscow")])
    english = article("a1", "Russia accused Burns in Moscow.")
    english.language = "en"
    accused = Event(id="v1", type="ACCUSE", source=ActorRef(entity="e4", name="Rusia"), target=BURNS,
                    date="2022-11-14", location=Location(entity="e5", name="Moskow"),
                    evidence=[Evidence(article="a1", start=0, end=len(english.body), sentence=english.body)])
    analysis = Analysis(warta_version="t", created="", articles=[english], entities=[*ENTITIES, russia, moscow],
                        events=[accused])
    assert [t.label for t in build_timeline(analysis)] == ["Russia accused Burns in Moscow"]


def test_labels_use_the_short_form_for_a_long_name_and_link_an_unlinked_side() -> None:
    polri = Entity(id="e4", name="Kepolisian Negara Republik Indonesia", type="ORG", mentions=[
        Mention(article="a1", start=0, end=5, text="Polri"), Mention(article="a1", start=40, end=45, text="Polri")])
    usa = Entity(id="e5", name="Amerika Serikat", type="LOC", aliases=["Amerika Serikat", "United States", "AS"])
    body = "Polri memeriksa dua saksi. Polri lalu menahan pengusaha itu dan menuduh the United States."
    report = article("a1", body)
    held = Event(id="v1", type="COERCE", mode="arrest", source=ActorRef(entity="e4", name="Polri"),
                 target=ActorRef(description="pengusaha itu"), date="2022-11-14",
                 evidence=[Evidence(article="a1", start=0, end=len(body), sentence=body)])
    accused = Event(id="v2", type="ACCUSE", source=ActorRef(entity="e4", name="Polri"),
                    target=ActorRef(description="the United States"), date="2022-11-15",
                    evidence=[Evidence(article="a1", start=0, end=len(body), sentence=body)])
    analysis = Analysis(warta_version="t", created="", articles=[report], entities=[*ENTITIES, polri, usa],
                        events=[held, accused])
    assert [t.label for t in build_timeline(analysis)] == ["Polri menahan pengusaha itu",
                                                           "Polri menuduh Amerika Serikat"]
