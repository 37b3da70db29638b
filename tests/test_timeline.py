"""The timeline: date order, granularity, citations, and dates that rest on an estimate."""

from __future__ import annotations

from typing import Any

from warta.corpus.timeline import build_timeline, event_label
from warta.models import ActorRef, Analysis, Article, Entity, Event, Evidence, Location, Timex

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
