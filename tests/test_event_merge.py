"""Merging reports of one event across articles, and flagging what the outlets disagree on."""

from __future__ import annotations

from warta.corpus.event_merge import merge_events
from warta.models import ActorRef, Analysis, Article, Entity, Event, Evidence, Location, Relation, Story

BURNS = ActorRef(entity="e1", name="William Burns")
NARYSHKIN = ActorRef(entity="e2", name="Sergei Naryshkin")
ANKARA = Location(entity="e5", name="Ankara")
ENTITIES = [
    Entity(id="e1", name="William Burns", type="PERSON"),
    Entity(id="e2", name="Sergei Naryshkin", type="PERSON"),
    Entity(id="e3", name="Kremlin", type="LOC",
           relations=[Relation(type="metonym-of", target="e4", name="Rusia")]),
    Entity(id="e4", name="Rusia", type="LOC"),
    Entity(id="e5", name="Ankara", type="LOC"),
    Entity(id="e6", name="Amerika Serikat", type="LOC"),
]


def article(aid: str, outlet: str, body: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", sha256="0", outlet=outlet, outlet_name=outlet.title(),
                   language="id", body=body)


def report(eid: str, art: Article, type_: str = "CONSULT", source: ActorRef | None = BURNS,
           target: ActorRef | None = NARYSHKIN, date: str | None = None, **extra: object) -> Event:
    return Event(id=eid, type=type_, source=source or ActorRef(), target=target, date=date,
                 evidence=[Evidence(article=art.id, start=0, end=len(art.body), sentence=art.body)],
                 **extra)  # type: ignore[arg-type]


def analysis(articles: list[Article], events: list[Event], stories: list[Story] | None = None) -> Analysis:
    return Analysis(warta_version="test", created="", articles=articles, entities=ENTITIES, events=events,
                    stories=stories or [])


A1 = article("a1", "wartanusantara", "Direktur CIA William Burns bertemu Sergei Naryshkin di Ankara pada Senin (14/11/2022).")
A2 = article("a2", "kabarharian", "Burns dan Naryshkin bertemu di Ankara, Turki, Selasa (15/11/2022), kata sumber.")
A3 = article("a3", "suarakepulauan", "Naryshkin menerima Burns di Istanbul pada 14 November 2022.")


def test_two_outlets_one_meeting_different_dates_is_one_event_with_a_date_conflict() -> None:
    result = merge_events(analysis([A1, A2], [report("a1-v1", A1, date="2022-11-14", location=ANKARA),
                                              report("a2-v1", A2, date="2022-11-15", location=ANKARA)]))
    assert len(result.events) == 1
    event = result.events[0]
    assert event.id == "v1"
    assert [e.article for e in event.evidence] == ["a1", "a2"]
    assert event.articles == ["a1", "a2"] and event.outlets == ["wartanusantara", "kabarharian"]
    assert result.renamed == {"a1-v1": "v1", "a2-v1": "v1"}
    dates = [c for c in event.conflicts if c.field == "date"]
    assert len(dates) == 1
    assert {v.value: v.articles for v in dates[0].values} == {"2022-11-14": ["a1"], "2022-11-15": ["a2"]}
    assert not [c for c in event.conflicts if c.field == "location"]


def test_dates_nested_at_their_granularity_agree() -> None:
    result = merge_events(analysis([A1, A2], [report("a1-v1", A1, date="2022-11-14"),
                                              report("a2-v1", A2, date="2022-11")]))
    assert len(result.events) == 1
    assert result.events[0].date == "2022-11-14"  # the finer value the coarse one supports
    assert result.events[0].conflicts == []


def test_meetings_months_apart_stay_two_events() -> None:
    result = merge_events(analysis([A1, A2], [report("a1-v1", A1, date="2022-11-14"),
                                              report("a2-v1", A2, date="2022-03-02")]))
    assert [e.merged_from for e in result.events] == [["a1-v1"], ["a2-v1"]]


def test_places_disagreeing_are_flagged_not_split() -> None:
    istanbul = Location(entity=None, name="Istanbul")
    result = merge_events(analysis([A1, A3], [report("a1-v1", A1, date="2022-11-14", location=ANKARA),
                                              report("a3-v1", A3, date="2022-11-14", location=istanbul)]))
    (event,) = result.events
    (conflict,) = event.conflicts
    assert conflict.field == "location"
    assert {v.value: v.articles for v in conflict.values} == {"Ankara": ["a1"], "Istanbul": ["a3"]}


def test_reciprocal_meeting_matches_with_actors_swapped_but_an_accusation_does_not() -> None:
    meeting = merge_events(analysis([A1, A3], [report("a1-v1", A1, date="2022-11-14"),
                                               report("a3-v1", A3, source=NARYSHKIN, target=BURNS,
                                                      date="2022-11-14")]))
    assert len(meeting.events) == 1
    assert meeting.events[0].source.entity == "e1" and meeting.events[0].target is not None
    assert meeting.events[0].target.entity == "e2"
    accusation = merge_events(analysis([A1, A3], [
        report("a1-v1", A1, "ACCUSE", date="2022-11-14"),
        report("a3-v1", A3, "ACCUSE", source=NARYSHKIN, target=BURNS, date="2022-11-14")]))
    assert len(accusation.events) == 2


def test_metonym_and_unknown_side_are_compatible_actors() -> None:
    kremlin, russia = ActorRef(entity="e3", name="Kremlin"), ActorRef(entity="e4", name="Rusia")
    usa = ActorRef(entity="e6", name="Amerika Serikat")
    result = merge_events(analysis([A1, A2, A3], [
        report("a1-v1", A1, "ACCUSE", source=kremlin, target=usa, date="2022-11-20"),
        report("a2-v1", A2, "ACCUSE", source=russia, target=usa, date="2022-11-20"),
        report("a3-v1", A3, "ACCUSE", source=russia, target=None, date="2022-11-20"),
    ]))
    assert len(result.events) == 1
    assert result.events[0].target is not None and result.events[0].target.entity == "e6"


def test_two_unknown_sides_never_merge() -> None:
    nobody = ActorRef(description="seorang pejabat")
    result = merge_events(analysis([A1, A2], [
        report("a1-v1", A1, "ASSAULT", source=nobody, target=None, date="2022-11-14"),
        report("a2-v1", A2, "ASSAULT", source=nobody, target=None, date="2022-11-14")]))
    assert len(result.events) == 2


def test_different_modes_are_different_events() -> None:
    result = merge_events(analysis([A1, A2], [report("a1-v1", A1, date="2022-11-14", mode="meet"),
                                              report("a2-v1", A2, date="2022-11-14", mode="phone")]))
    assert len(result.events) == 2


def test_undated_reports_merge_only_within_one_story() -> None:
    events = [report("a1-v1", A1), report("a2-v1", A2)]
    apart = [Story(id="s1", label="x", articles=["a1"]), Story(id="s2", label="y", articles=["a2"])]
    together = [Story(id="s1", label="x", articles=["a1", "a2"])]
    assert len(merge_events(analysis([A1, A2], events, apart)).events) == 2
    assert len(merge_events(analysis([A1, A2], events, together)).events) == 1


def test_casualty_counts_that_differ_between_outlets_are_flagged() -> None:
    b1 = article("a1", "wartanusantara", "Serangan di Kherson menewaskan 12 orang dan melukai 30 orang, Senin.")
    b2 = article("a2", "kabarharian", "Sedikitnya 15 orang tewas dalam serangan di Kherson pada Senin.")
    b3 = article("a3", "suarakepulauan", "Serangan itu menewaskan 12 warga, kata pejabat setempat.")
    russia, ukraine = ActorRef(entity="e4", name="Rusia"), ActorRef(name="Ukraina")
    result = merge_events(analysis([b1, b2, b3], [
        report(f"{b.id}-v1", b, "ASSAULT", source=russia, target=ukraine, date="2022-11-14") for b in (b1, b2, b3)]))
    (event,) = result.events
    counts = {c.field: {v.value: v.articles for v in c.values} for c in event.conflicts}
    assert counts == {"count:orang": {"12": ["a1"], "30": ["a1"], "15": ["a2"]}}


def test_merging_merged_events_again_changes_nothing_but_ids() -> None:
    first = merge_events(analysis([A1, A2, A3], [report("a1-v1", A1, date="2022-11-14"),
                                                  report("a2-v1", A2, date="2022-11-15"),
                                                  report("a3-v1", A3, "ACCUSE", date="2022-11-16")]))
    again = merge_events(analysis([A1, A2, A3], first.events))
    assert [e.model_dump() for e in again.events] == [e.model_dump() for e in first.events]
    assert again.renamed["a2-v1"] == "v1" and again.renamed["v2"] == "v2"


def test_one_event_reported_by_thousands_of_articles_is_one_event_with_two_dates() -> None:
    articles = [article(f"a{n}", f"outlet{n % 40}", A1.body) for n in range(1, 3001)]
    events = [report(f"a{n}-v1", art, date="2022-11-14" if n % 2 else "2022-11-15")
              for n, art in enumerate(articles, start=1)]
    (event,) = merge_events(analysis(articles, events)).events
    assert len(event.evidence) == 3000 and len(event.outlets) == 40
    (conflict,) = event.conflicts
    assert sorted(len(v.articles) for v in conflict.values) == [1500, 1500]


def story(*articles: Article) -> list[Story]:
    return [Story(id="s1", label="Ankara", articles=[a.id for a in articles])]


def test_a_meeting_only_described_joins_the_meeting_at_the_same_place_in_its_story() -> None:
    spies = ActorRef(description="kepala intelijen kedua negara")
    described = report("a2-v1", A2, source=spies, target=None, date="2022-W46", location=ANKARA, mode="meet")
    named = report("a1-v1", A1, date="2022-11-14", location=ANKARA, mode="meet")
    assert len(merge_events(analysis([A1, A2], [named, described], story(A1, A2))).events) == 1
    apart = [Story(id="s1", label="a", articles=["a1"]), Story(id="s2", label="b", articles=["a2"])]
    assert len(merge_events(analysis([A1, A2], [named, described], apart)).events) == 2
    elsewhere = described.model_copy(update={"location": Location(entity="e4", name="Rusia")})
    assert len(merge_events(analysis([A1, A2], [named, elsewhere], story(A1, A2))).events) == 2


def test_the_place_named_as_a_side_is_the_place() -> None:
    """ "isi pertemuan Ankara": Ankara is where the meeting was, not who met."""
    ankara_side = report("a2-v1", A2, source=ActorRef(entity="e5", name="Ankara"), target=None, mode="meet")
    named = report("a1-v1", A1, date="2022-11-14", location=ANKARA, mode="meet")
    (merged,) = merge_events(analysis([A1, A2], [named, ankara_side], story(A1, A2))).events
    assert merged.source.name == "William Burns" and merged.target and merged.target.name == "Sergei Naryshkin"
    (alone,) = merge_events(analysis([A2], [ankara_side], story(A2))).events
    assert alone.location and alone.location.name == "Ankara" and alone.source.entity is None


def test_a_visit_and_a_meeting_at_one_place_are_one_event() -> None:
    visit = report("a2-v1", A2, target=None, date="2022-11-15", location=ANKARA, mode="visit")
    meeting = report("a1-v1", A1, date="2022-11-14", location=ANKARA, mode="meet")
    (merged,) = merge_events(analysis([A1, A2], [meeting, visit], story(A1, A2))).events
    assert merged.mode == "meet"
    istanbul = visit.model_copy(update={"location": Location(name="Istanbul")})
    assert len(merge_events(analysis([A1, A2], [meeting, istanbul], story(A1, A2))).events) == 2


def test_an_undated_report_is_recent_news_not_last_years_event() -> None:
    old = article("a1", "wartanusantara", "Pada November tahun lalu Burns memperingatkan Moskow.")
    old.published = "2022-11-14"
    new = article("a2", "kabarharian", "Burns memperingatkan Moskow soal senjata nuklir.")
    new.published = "2022-11-17"
    moscow = ActorRef(entity="e4", name="Rusia")
    last_year = report("a1-v1", old, "THREATEN", target=moscow, date="2021-11")
    undated = report("a2-v1", new, "THREATEN", target=moscow)
    assert len(merge_events(analysis([old, new], [last_year, undated], story(old, new))).events) == 2
    this_week = last_year.model_copy(update={"date": "2022-11-14"})
    assert len(merge_events(analysis([old, new], [this_week, undated], story(old, new))).events) == 1


def test_the_government_of_a_country_is_the_country() -> None:
    us = ActorRef(entity="e6", name="Amerika Serikat")
    government = ActorRef(description="Pemerintah Amerika Serikat")
    first = report("a1-v1", A1, "SANCTION", source=us, target=ActorRef(entity="e4", name="Rusia"))
    second = report("a2-v1", A2, "SANCTION", source=government, target=None)
    assert len(merge_events(analysis([A1, A2], [first, second], story(A1, A2))).events) == 1
    ministry = report("a2-v1", A2, "SANCTION", source=ActorRef(description="Kementerian Keuangan"), target=None)
    assert len(merge_events(analysis([A1, A2], [first, ministry], story(A1, A2))).events) == 2


def test_one_description_is_one_actor_within_an_article_only() -> None:
    officials = ActorRef(description="pejabat keamanan")
    a1_twice = [report("a1-v1", A1, "SANCTION", source=officials, target=None),
                report("a1-v2", A1, "SANCTION", source=officials, target=None)]
    assert len(merge_events(analysis([A1], a1_twice, story(A1))).events) == 1
    across = [a1_twice[0], report("a2-v1", A2, "SANCTION", source=officials, target=None)]
    assert len(merge_events(analysis([A1, A2], across, story(A1, A2))).events) == 2


def test_a_coarse_date_holding_the_disputed_days_takes_no_side() -> None:
    a3 = article("a3", "suarakepulauan", "Burns dan Naryshkin bertemu di Ankara pekan ini.")
    events = [report("a1-v1", A1, date="2022-11-14", location=ANKARA),
              report("a2-v1", A2, date="2022-11-16", location=ANKARA),
              report("a3-v1", a3, date="2022-W46", location=ANKARA)]
    (event,) = merge_events(analysis([A1, A2, a3], events, story(A1, A2, a3))).events
    (dates,) = [c for c in event.conflicts if c.field == "date"]
    assert {v.value: v.articles for v in dates.values} == {"2022-11-14": ["a1"], "2022-11-16": ["a2"]}


COURT = "Namun kemudian pengadilan mengabulkan permohonan praperadilan dan menyatakan penetapan itu tidak sah."


def test_reposts_of_one_sentence_are_one_event_whoever_its_sides_are() -> None:
    from warta.models import Duplicate

    copies = [article(aid, outlet, COURT) for aid, outlet in
              (("a1", "kabarkota"), ("a2", "wartakita"), ("a3", "suaratimur"))]
    court = ActorRef(description="pengadilan")
    events = [report(f"{a.id}-v1", a, type_="CONCEDE", source=court, target=None) for a in copies]
    merged = analysis(copies, events, [Story(id="s1", label="x", articles=["a1", "a2", "a3"])])
    merged.duplicates = [Duplicate(article="a2", duplicate_of="a1", similarity=0.9)]
    assert len(merge_events(merged).events) == 1
    other = article("a4", "kabarkota", "Namun kemudian hakim lain mengabulkan permohonan serupa pekan lalu di Medan.")
    apart = analysis([copies[0], other], [events[0], report("a4-v1", other, type_="CONCEDE",
                                                                  source=ActorRef(description="hakim"),
                                                                  target=None)],
                     [Story(id="s1", label="x", articles=["a1", "a4"])])
    assert len(merge_events(apart).events) == 2  # described sides of different sentences stay apart


def test_a_copy_does_not_outvote_its_original_on_the_date() -> None:
    from warta.models import Duplicate

    original = article("a1", "wartanusantara", A1.body)
    copies = [article(aid, outlet, A1.body) for aid, outlet in (("a2", "kabarkota"), ("a3", "wartakita"))]
    events = [report("a1-v1", original, date="2022-11-14"),
              *[report(f"{a.id}-v1", a, date="2022-11-15") for a in copies]]  # "kemarin" read a day late
    merged = analysis([original, *copies], events)
    merged.duplicates = [Duplicate(article=a.id, duplicate_of="a1", similarity=0.97) for a in copies]
    (event,) = merge_events(merged).events
    assert event.date == "2022-11-14"
    unrelated = analysis([original, *copies], events)  # no duplicates known: three outlets, majority wins
    assert merge_events(unrelated).events[0].date == "2022-11-15"
