"""The claim matrix: stances by outlet and speaker, verdicts, and repeated messages."""

from __future__ import annotations

from typing import Any

from warta.corpus.across import article_reports
from warta.corpus.claims import build_claims
from warta.corpus.event_merge import merge_events
from warta.models import (
    ActorRef,
    Analysis,
    Article,
    Claim,
    Duplicate,
    Entity,
    Event,
    Evidence,
    Position,
    Quote,
)

BURNS, NARYSHKIN = ActorRef(entity="e1", name="William Burns"), ActorRef(entity="e2", name="Sergei Naryshkin")
PESKOV = ActorRef(entity="e3", name="Dmitry Peskov", description="juru bicara Kremlin")
ZAKHAROVA = ActorRef(entity="e4", name="Maria Zakharova")
ENTITIES = [Entity(id="e1", name="William Burns", type="PERSON"),
            Entity(id="e2", name="Sergei Naryshkin", type="PERSON"),
            Entity(id="e3", name="Dmitry Peskov", type="PERSON"),
            Entity(id="e4", name="Maria Zakharova", type="PERSON")]

A1 = Article(id="a1", source="a1.txt", sha256="0", outlet="wartanusantara", outlet_name="WartaNusantara",
             body="Burns bertemu Naryshkin di Ankara pada Senin (14/11/2022). Peskov membenarkan pertemuan itu.")
A2 = Article(id="a2", source="a2.txt", sha256="0", outlet="kabarharian", outlet_name="KabarHarian",
             body="Burns dan Naryshkin bertemu di Ankara. Zakharova membantah adanya pertemuan tersebut.")
A3 = Article(id="a3", source="a3.txt", sha256="0", outlet="suarakepulauan", outlet_name="Suara Kepulauan",
             body="Kepala CIA bertemu mitranya dari Rusia di Ankara, Turki.")


def meeting(eid: str, art: Article, **extra: Any) -> Event:
    sentence = art.body.split(". ")[0]
    return Event(id=eid, type="CONSULT", source=BURNS, target=NARYSHKIN, date="2022-11-14",
                 evidence=[Evidence(article=art.id, start=0, end=len(sentence), sentence=sentence)], **extra)


def stance(cid: str, art: Article, holder: ActorRef, kind: str, event: str | None,
           statement: str = "Burns bertemu Naryshkin") -> Claim:
    sentence = art.body.split(". ")[1]
    return Claim(id=cid, statement=statement, event=event, verdict="unconfirmed",
                 positions=[Position(holder=holder, stance=kind, article=art.id, evidence=sentence)])  # type: ignore[arg-type]


def matrix(articles: list[Article], events: list[Event], claims: list[Claim],
           quotes: list[Quote] | None = None, duplicates: list[Duplicate] | None = None) -> Analysis:
    analysis = Analysis(warta_version="t", created="", articles=articles, entities=ENTITIES, events=events,
                        claims=claims, quotes=quotes or [], duplicates=duplicates or [])
    merged = merge_events(analysis)
    reports = article_reports(analysis.events, merged.renamed)
    analysis.events = merged.events
    analysis.claims = build_claims(analysis, claims, merged.renamed, reports)
    return analysis


def test_a_denial_in_one_outlet_and_a_confirmation_in_another_is_contested(validate: Any) -> None:
    analysis = matrix([A1, A2], [meeting("a1-v1", A1), meeting("a2-v1", A2)],
                      [stance("a1-c1", A1, PESKOV, "confirms", "a1-v1"),
                       stance("a2-c1", A2, ZAKHAROVA, "denies", "a2-v1")])
    validate(analysis)
    (claim,) = analysis.claims
    assert (claim.id, claim.event, claim.verdict) == ("c1", "v1", "contested")
    by_holder = {(p.holder.name, p.stance, p.article, p.basis) for p in claim.positions}
    assert by_holder == {("Dmitry Peskov", "confirms", "a1", "stance"), ("Maria Zakharova", "denies", "a2", "stance"),
                         ("WartaNusantara", "asserts", "a1", "report"), ("KabarHarian", "asserts", "a2", "report")}


def test_a_statement_only_denied_is_denied() -> None:
    analysis = matrix([A2], [], [stance("a2-c1", A2, ZAKHAROVA, "denies", None, "Rusia memasok senjata ke Iran")])
    (claim,) = analysis.claims
    assert (claim.event, claim.verdict, claim.statement) == (None, "denied", "Rusia memasok senjata ke Iran")


def test_two_independent_outlets_confirm_but_a_copy_does_not_count() -> None:
    independent = matrix([A1, A3], [meeting("a1-v1", A1), meeting("a3-v1", A3)], [])
    assert [c.verdict for c in independent.claims] == ["confirmed"]
    copy = matrix([A1, A3], [meeting("a1-v1", A1), meeting("a3-v1", A3)], [],
                  duplicates=[Duplicate(article="a3", duplicate_of="a1", similarity=0.9)])
    assert [c.verdict for c in copy.claims] == ["unconfirmed"]
    retold = A3.model_copy(update={"retold_from": ["wartanusantara"]})
    assert [c.verdict for c in matrix([A1, retold], [meeting("a1-v1", A1), meeting("a3-v1", retold)],
                                      []).claims] == ["unconfirmed"]


def test_declining_to_comment_leaves_one_report_unconfirmed() -> None:
    analysis = matrix([A1], [meeting("a1-v1", A1)], [stance("a1-c1", A1, PESKOV, "declines", "a1-v1")])
    (claim,) = analysis.claims
    assert claim.verdict == "unconfirmed"
    assert {p.stance for p in claim.positions} == {"declines", "asserts"}


def test_a_negated_report_is_not_the_outlet_asserting_the_event() -> None:
    analysis = matrix([A1, A2], [meeting("a1-v1", A1), meeting("a2-v1", A2, negated=True)], [])
    (claim,) = analysis.claims
    assert [(p.article, p.stance) for p in claim.positions] == [("a1", "asserts")]
    assert claim.verdict == "unconfirmed"


def test_the_same_quote_in_three_outlets_is_one_message(validate: Any) -> None:
    words = "Amerika Serikat bersemangat untuk melanjutkan dialog dengan Rusia demi stabilitas strategis"
    quotes = [
        Quote(id="a1-q1", article="a1", start=0, end=10, text=words, direct=True, cue="kata", speaker=BURNS),
        Quote(id="a2-q1", article="a2", start=0, end=10, text=words.replace("untuk ", ""), direct=True,
              cue="ujar", speaker=ActorRef(description="pejabat AS")),
        Quote(id="a3-q1", article="a3", start=0, end=10, text=words + " kawasan", direct=False, cue="menurut",
              speaker=BURNS),
        Quote(id="a3-q2", article="a3", start=20, end=30, text="Kami tidak akan mengomentari pertemuan itu sama sekali",
              direct=True, cue="kata", speaker=PESKOV),
    ]
    analysis = matrix([A1, A2, A3], [], [], quotes)
    validate(analysis)
    (message,) = analysis.claims
    assert message.quotes == ["a1-q1", "a2-q1", "a3-q1"]
    assert message.statement == words and message.event is None
    assert [(p.holder.name or p.holder.description, p.article, p.basis) for p in message.positions] == [
        ("William Burns", "a1", "quote"), ("pejabat AS", "a2", "quote"), ("William Burns", "a3", "quote")]


def test_building_the_matrix_again_from_its_output_is_stable() -> None:
    words = "Amerika Serikat bersemangat untuk melanjutkan dialog dengan Rusia"
    quotes = [Quote(id=f"{a}-q1", article=a, start=0, end=5, text=words, direct=True, speaker=BURNS)
              for a in ("a1", "a2")]
    first = matrix([A1, A2], [meeting("a1-v1", A1), meeting("a2-v1", A2)],
                   [stance("a2-c1", A2, ZAKHAROVA, "denies", "a2-v1")], quotes)
    again = matrix([A1, A2], first.events, first.claims, quotes)
    assert [c.model_dump() for c in again.claims] == [c.model_dump() for c in first.claims]
