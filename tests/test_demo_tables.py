"""The demo's terminal story views render what the analysis holds, in a useful order."""

from __future__ import annotations

from rich.console import Console

from warta.demo.story_tables import (
    actor_text,
    claim_rows,
    most_salient,
    print_story,
    ranked_claims,
    shorten,
    when,
)
from warta.models import (
    ActorRef,
    Analysis,
    Claim,
    Event,
    Evidence,
    Position,
    Quote,
    SummarySentence,
    TimelineEntry,
)


def _analysis() -> Analysis:
    peskov = ActorRef(entity="e3", name="Dmitry Peskov", description="juru bicara Kremlin")
    meeting = Event(id="v1", type="CONSULT", mode="meet", source=ActorRef(name="William Burns"),
                    target=ActorRef(name="Sergei Naryshkin"), date="2022-11-14",
                    evidence=[Evidence(article="a2", start=0, end=10, sentence="Burns bertemu Naryshkin."),
                              Evidence(article="a1", start=0, end=10, sentence="Pertemuan di Ankara.")])
    return Analysis(
        warta_version="0", created="2026-11-21T00:00:00Z",
        quotes=[Quote(id="a1-q1", article="a1", start=0, end=5, text="Pertemuan itu memang terjadi",
                      direct=True, cue="kata", speaker=peskov)],
        events=[meeting],
        timeline=[TimelineEntry(date="2022-11-14", events=["v1"], label="Burns bertemu Naryshkin")],
        claims=[Claim(id="c1", statement="rapat lanjutan di Istanbul", verdict="denied",
                      positions=[Position(holder=ActorRef(description="Gedung Putih"), stance="denies",
                                          article="a6", evidence="Gedung Putih membantah.")]),
                Claim(id="c2", statement="pertemuan Ankara", verdict="contested", event="v1",
                      positions=[Position(holder=peskov, stance="confirms", article="a2", evidence="…"),
                                 Position(holder=ActorRef(name="Turki"), stance="disputes", article="a3",
                                          evidence="…")])],
        summary=[SummarySentence(sentence="Burns bertemu Naryshkin di Ankara.", citations=["a1", "a2"])],
    )


def test_actor_text_prefers_name_with_role_and_marks_unknown() -> None:
    assert actor_text(ActorRef(name="Dmitry Peskov", description="juru bicara Kremlin")) == \
        "Dmitry Peskov (juru bicara Kremlin)"
    assert actor_text(ActorRef(description="seorang sumber")) == "seorang sumber"
    assert actor_text(ActorRef()) == "?"
    assert actor_text(None) == "—"


def test_shorten_keeps_short_text_and_cuts_long_text() -> None:
    assert shorten("a  b", 10) == "a b"
    assert shorten("x" * 20, 8) == "xxxxxxx…"


def test_story_view_lists_speakers_events_timeline_and_contested_claims_first() -> None:
    console = Console(record=True, width=200)
    print_story(_analysis(), console)
    text = console.export_text()
    assert "Dmitry Peskov (juru bicara Kremlin)" in text
    assert "CONSULT/meet" in text and "a1,a2" in text  # evidence articles, sorted
    assert "2022-11-14" in text
    assert text.index("pertemuan Ankara") < text.index("rapat lanjutan")  # contested before denied
    assert "[a1, a2]" in text


def test_dates_read_as_exact_a_window_or_by_the_day_reported() -> None:
    assert when(TimelineEntry(date="2022-11-14", events=[], label="")) == "2022-11-14"
    assert when(TimelineEntry(date=None, events=[], label="", uncertain=True,
                              window=["2022-11-13", "2022-11-19"])) == "≈ 2022-11-13…2022-11-19"
    assert when(TimelineEntry(date=None, events=[], label="", uncertain=True, reported_by="2022-11-24")) == \
        "≤ 2022-11-24"
    assert when(TimelineEntry(date=None, events=[], label="", uncertain=True)) == "?"


def test_the_most_salient_entries_are_shown_in_timeline_order() -> None:
    entries = [TimelineEntry(date=f"2022-11-{day}", events=[], label=str(day), salience=salience)
               for day, salience in ((10, 0.1), (11, 0.9), (12, 0.2), (13, 0.8), (14, 0.5))]
    assert [e.label for e in most_salient(entries, 3)] == ["11", "13", "14"]


def test_claims_rank_by_salience_and_outlets_that_only_report_share_a_row() -> None:
    media = [Position(holder=ActorRef(name=name, description="media"), stance="asserts", article=art,
                      evidence="…", basis="report") for name, art in (("Warta Nusantara", "a1"), ("Kompas", "a2"))]
    minor = Claim(id="c1", statement="Lavrov membantu Kyiv", verdict="unconfirmed", salience=0.1, positions=media[:1])
    major = Claim(id="c2", statement="Burns bertemu Naryshkin", verdict="confirmed", salience=0.8, positions=[
        Position(holder=ActorRef(name="Kremlin"), stance="confirms", article="a2", evidence="…"), *media])
    assert [c.id for c in ranked_claims([minor, major])] == ["c2", "c1"]
    rows = list(claim_rows(major))
    assert [row[2:5] for row in rows] == [["Kremlin", "CONFIRMS", "a2"],
                                          ["media: Warta Nusantara, Kompas", "report", "a1,a2"]]
