"""The cross-article layer as a whole: complete() on an analysis, and end to end from files."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

import warta.corpus.across as across
from warta.api import analyze
from warta.article.sentences import split_sentences
from warta.cli import main
from warta.corpus.timeline import on_the_timeline
from warta.models import ActorRef, Analysis, Article, Claim, Entity, Event, Evidence, Position, Quote, Story
from warta.options import Options

BURNS, NARYSHKIN = ActorRef(entity="e1", name="William Burns"), ActorRef(entity="e2", name="Sergei Naryshkin")
BODIES = {
    "a1": ("wartanusantara", "2022-11-15",
           "Direktur CIA William Burns bertemu Direktur SVR Sergei Naryshkin di Ankara pada Senin (14/11/2022). "
           "Juru bicara Kremlin Dmitry Peskov membenarkan pertemuan kedua kepala intelijen itu. "
           "Menurut Burns, Amerika Serikat bersemangat melanjutkan dialog dengan Rusia demi stabilitas."),
    "a2": ("kabarharian", "2022-11-16",
           "Burns dan Naryshkin bertemu di Ankara, Turki, pada Selasa (15/11/2022). "
           "Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova membantah pertemuan itu membahas Ukraina. "
           "Seorang pejabat AS mengatakan Amerika Serikat bersemangat melanjutkan dialog dengan Rusia demi stabilitas."),
}


def sentence(aid: str, n: int) -> Evidence:
    body = BODIES[aid][2]
    start, end = split_sentences(body)[n]
    return Evidence(article=aid, start=start, end=end, sentence=body[start:end])


def handwritten() -> Analysis:
    articles = [Article(id=aid, source=f"{aid}.txt", sha256="0", outlet=outlet, outlet_name=outlet,
                        published=published, language="id", body=body,
                        sentences=[list(s) for s in split_sentences(body)])
                for aid, (outlet, published, body) in BODIES.items()]
    events = [Event(id=f"{aid}-v1", type="CONSULT", mode="meet", source=BURNS, target=NARYSHKIN, date=date,
                    evidence=[sentence(aid, 0)]) for aid, date in (("a1", "2022-11-14"), ("a2", "2022-11-15"))]
    claims = [Claim(id="a1-c1", statement="pertemuan Burns dan Naryshkin", event="a1-v1", verdict="confirmed",
                    positions=[Position(holder=ActorRef(name="Dmitry Peskov"), stance="confirms", article="a1",
                                        evidence=sentence("a1", 1).sentence)]),
              Claim(id="a2-c1", statement="pertemuan Burns dan Naryshkin", event="a2-v1", verdict="denied",
                    positions=[Position(holder=ActorRef(name="Maria Zakharova"), stance="denies", article="a2",
                                        evidence=sentence("a2", 1).sentence)])]
    said = "Amerika Serikat bersemangat melanjutkan dialog dengan Rusia demi stabilitas"
    quotes = [Quote(id=f"{aid}-q1", article=aid, start=0, end=1, text=said, direct=False, speaker=speaker)
              for aid, speaker in (("a1", BURNS), ("a2", ActorRef(description="pejabat AS")))]
    entities = [Entity(id="e1", name="William Burns", type="PERSON"),
                Entity(id="e2", name="Sergei Naryshkin", type="PERSON")]
    return Analysis(warta_version="t", created="", articles=articles, entities=entities, events=events,
                    claims=claims, quotes=quotes)


def test_complete_fills_every_cross_article_field(validate: Any) -> None:
    analysis = across.complete(handwritten(), Options(summary_sentences=2))
    validate(analysis)
    assert analysis.errors == []
    assert sorted(a for s in analysis.stories for a in s.articles) == ["a1", "a2"]  # each in one story
    (event,) = analysis.events
    assert (event.id, event.articles, [c.field for c in event.conflicts]) == ("v1", ["a1", "a2"], ["date"])
    assert [t.events for t in analysis.timeline] == [["v1"]]
    meeting, message = analysis.claims
    assert (meeting.event, meeting.verdict) == ("v1", "contested")
    assert message.quotes == ["a1-q1", "a2-q1"]
    assert len(analysis.summary) == 2
    assert all(set(s.citations) <= {"a1", "a2"} and s.citations for s in analysis.summary)


def test_complete_run_again_on_its_own_output_gives_the_same_analysis() -> None:
    first = across.complete(handwritten(), Options())
    again = across.complete(first.model_copy(deep=True), Options())
    assert again.model_dump() == first.model_dump()


def test_stories_that_already_hold_every_article_are_kept() -> None:
    analysis = handwritten()
    analysis.stories = [Story(id="s1", label="Ankara", articles=["a2"]), Story(id="s2", label="x", articles=["a1"])]
    across.complete(analysis, Options())
    assert [(s.id, s.articles) for s in analysis.stories] == [("s1", ["a2"]), ("s2", ["a1"])]
    analysis.stories = [Story(id="s1", label="Ankara", articles=["a2"])]  # a1 in none: clustered again
    across.complete(analysis, Options())
    assert sorted(a for s in analysis.stories for a in s.articles) == ["a1", "a2"]


def test_a_failing_part_is_a_coded_run_error_and_the_rest_still_runs(monkeypatch: pytest.MonkeyPatch,
                                                                     validate: Any) -> None:
    def broken(analysis: Analysis, size: int) -> list[Any]:
        raise RuntimeError("no summary today")

    monkeypatch.setattr(across, "summarize", broken)
    analysis = across.complete(handwritten(), Options())
    validate(analysis)
    assert [(e.code, e.stage) for e in analysis.errors] == [("E-STAGE-001", "across:summary")]
    assert "no summary today" in analysis.errors[0].message
    assert analysis.summary == [] and analysis.timeline and analysis.claims


def test_a_repost_joins_the_story_of_the_article_it_copies(validate: Any) -> None:
    analysis = handwritten()
    original = analysis.articles[0]
    analysis.articles.append(original.model_copy(update={"id": "a3", "source": "a3.html", "outlet": "repost"}))
    across.complete(analysis, Options())
    validate(analysis)
    assert [(d.article, d.duplicate_of) for d in analysis.duplicates] == [("a3", "a1")]
    (home,) = [s for s in analysis.stories if "a1" in s.articles]
    assert "a3" in home.articles
    assert sorted(a for s in analysis.stories for a in s.articles) == ["a1", "a2", "a3"]


ARTICLE = """Retno Bertemu Menlu Jepang di Jakarta

JAKARTA, Kabar Kota - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang Yoko Kamikawa di Jakarta pada Senin (4/3/2024).

Dalam pertemuan itu kedua menteri membahas kerja sama maritim dan perdagangan kedua negara.

"Kami sepakat memperkuat kerja sama maritim di kawasan," kata Retno kepada wartawan seusai pertemuan.
"""


def test_one_article_end_to_end_has_one_story_and_a_timeline(write: Any, validate: Any) -> None:
    path = write("berita.txt", ARTICLE)
    analysis = analyze([str(path)], Options(summary_sentences=2))
    data = validate(analysis)
    assert [s.articles for s in analysis.stories] == [["a1"]]
    assert analysis.timeline and analysis.events
    event_ids = {e["id"] for e in data["events"]}
    happened = {e.id for e in analysis.events if on_the_timeline(e)}
    assert {v for t in data["timeline"] for v in t["events"]} == happened
    assert all(c["event"] in event_ids for c in data["claims"] if c["event"])
    assert len(analysis.summary) == 2 and all(s.citations == ["a1"] for s in analysis.summary)


def test_cli_summary_sentences_option(write: Any) -> None:
    path = write("berita.txt", ARTICLE)
    result = CliRunner().invoke(main, ["analyze", str(path), "--summary-sentences", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["summary"]) == 1 and [len(s["summary"]) for s in data["stories"]] == [1]
    refused = CliRunner().invoke(main, ["analyze", str(path), "--summary-sentences", "-1"])
    assert refused.exit_code == 2
