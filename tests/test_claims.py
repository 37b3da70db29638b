"""The claim matrix: stances by outlet and speaker, verdicts, and repeated messages."""

from __future__ import annotations

from typing import Any

from warta.article.sentences import split_sentences
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
    RemovedLine,
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


def test_a_report_that_it_did_not_happen_is_asserted_by_its_outlet(validate: Any) -> None:
    analysis = matrix([A3], [meeting("a3-v1", A3, negated=True)], [])
    validate(analysis)
    (claim,) = analysis.claims
    assert "tidak" in claim.statement
    assert [(p.article, p.stance, p.basis) for p in claim.positions] == [("a3", "asserts", "report")]
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


def positioned(cid: str, art: Article, event: str | None, said: list[tuple[ActorRef, str, str]],
               statement: str = "Burns bertemu Naryshkin") -> Claim:
    """A per-article claim with several (holder, stance, sentence) positions."""
    return Claim(id=cid, statement=statement, event=event, verdict="unconfirmed",
                 positions=[Position(holder=h, stance=s, article=art.id, evidence=e)  # type: ignore[arg-type]
                            for h, s, e in said])


def test_declining_a_detail_is_a_claim_about_the_details_not_the_event(validate: Any) -> None:
    said = [(PESKOV, "confirms", "Peskov membenarkan pertemuan itu."),
            (PESKOV, "declines", "Peskov menolak membeberkan isi pembicaraan kedua kepala intelijen.")]
    analysis = matrix([A1], [meeting("a1-v1", A1)], [positioned("a1-c1", A1, "a1-v1", said)])
    validate(analysis)
    event_claim, details = analysis.claims
    assert [(p.holder.name, p.stance) for p in event_claim.positions if p.basis == "stance"] == [
        ("Dmitry Peskov", "confirms")]
    assert event_claim.verdict == "confirmed"
    assert details.event == "v1" and details.statement.startswith("rincian pertemuan Burns dengan Naryshkin")
    assert [(p.holder.name, p.stance) for p in details.positions] == [("Dmitry Peskov", "declines")]


def test_one_holder_keeps_the_strongest_stance_per_article_and_every_article_counts() -> None:
    in_a1 = [(PESKOV, "declines", "Peskov menolak berkomentar."), (PESKOV, "confirms", "Peskov membenarkannya.")]
    in_a2 = [(PESKOV, "declines", "Peskov kembali menolak berkomentar.")]
    analysis = matrix([A1, A2], [meeting("a1-v1", A1), meeting("a2-v1", A2)],
                      [positioned("a1-c1", A1, "a1-v1", in_a1), positioned("a2-c1", A2, "a2-v1", in_a2)])
    (claim,) = analysis.claims
    assert [(p.article, p.stance) for p in claim.positions if p.holder.name == "Dmitry Peskov"] == [
        ("a1", "confirms"), ("a2", "declines")]


def test_confirming_and_denying_in_one_article_is_saying_neither() -> None:
    said = [(PESKOV, "denies", "Peskov tidak membantah ataupun membenarkan kabar itu."),
            (PESKOV, "confirms", "Peskov tidak membantah ataupun membenarkan kabar itu.")]
    analysis = matrix([A1], [meeting("a1-v1", A1)], [positioned("a1-c1", A1, "a1-v1", said)])
    (claim,) = analysis.claims
    assert [p.stance for p in claim.positions if p.basis == "stance"] == ["does-not-confirm"]
    assert claim.verdict == "unconfirmed"  # one outlet's report; nobody confirmed or denied


def test_outlets_hold_positions_under_one_display_name() -> None:
    footer = RemovedLine(text="© 2022 Warta Nusantara. All rights reserved", reason="footer", line=30)
    shouted = A1.model_copy(update={"outlet_name": "WARTANUSANTARA.ID", "removed": [footer]})
    again = A3.model_copy(update={"id": "a3", "outlet": "wartanusantara", "outlet_name": "WARTANUSANTARA.ID"})
    registered = A2.model_copy(update={"outlet": "kompas", "outlet_name": "KOMPAS.com"})
    domain_only = Article(id="a4", source="a4.txt", sha256="0", outlet="harianlaut", outlet_name="HARIANLAUT.ID",
                          body="Burns bertemu Naryshkin di Ankara.")
    articles = [shouted, registered, again, domain_only]
    analysis = matrix(articles, [meeting(f"{a.id}-v1", a) for a in articles], [])
    names = {p.article: p.holder.name for c in analysis.claims for p in c.positions}
    assert names == {"a1": "Warta Nusantara", "a3": "Warta Nusantara", "a2": "Kompas", "a4": "harianlaut.id"}


def test_a_bare_referring_statement_reads_as_the_article_lead() -> None:
    body = ("KUALA LUMPUR, Kabar Kota - Malaysia dikabarkan menyiapkan putaran kedua perundingan sawit. "
            "Kementerian Perdagangan Malaysia membantah laporan tersebut.")
    art = Article(id="a1", source="a1.txt", sha256="0", outlet="kabarkota", body=body,
                  sentences=[list(s) for s in split_sentences(body)])
    denial = Claim(id="a1-c1", statement="laporan tersebut", verdict="denied", positions=[
        Position(holder=ActorRef(name="Kementerian Perdagangan Malaysia"), stance="denies", article="a1",
                 evidence="Kementerian Perdagangan Malaysia membantah laporan tersebut.")])
    (claim,) = matrix([art], [], [denial]).claims
    assert claim.statement == "Malaysia dikabarkan menyiapkan putaran kedua perundingan sawit."
    assert claim.verdict == "denied"


def test_the_source_of_a_protest_disputing_in_its_sentence_is_the_protest() -> None:
    both = ActorRef(description="Kedua negara")
    sentence = "Kedua negara memprotes Uni Eropa pada 2019."
    art = Article(id="a1", source="a1.txt", sha256="0", outlet="kabarkota", body=sentence)
    protest = Event(id="a1-v1", type="PROTEST", source=both, date="2019",
                    evidence=[Evidence(article="a1", start=0, end=len(sentence), sentence=sentence)])
    own = positioned("a1-c1", art, "a1-v1", [(both, "disputes", sentence)])
    other = positioned("a1-c2", art, "a1-v1", [(ZAKHAROVA, "disputes", sentence)])
    assert {p.stance for p in matrix([art], [protest], [own]).claims[0].positions} == {"asserts"}
    assert matrix([art], [protest], [other]).claims[0].verdict == "contested"
    attack = protest.model_copy(update={"type": "ASSAULT"})
    assert matrix([art], [attack], [own]).claims[0].verdict == "contested"  # denying an attack stays a denial


def test_salience_ranks_a_contested_event_many_speak_to_above_a_lone_report() -> None:
    lone = Event(id="a3-v9", type="AID", source=ActorRef(name="Lavrov"), target=ActorRef(name="Kyiv"),
                 evidence=[Evidence(article="a3", start=0, end=10, sentence=A3.body)])
    analysis = matrix([A1, A2, A3], [meeting("a1-v1", A1), meeting("a2-v1", A2), lone],
                      [stance("a1-c1", A1, PESKOV, "confirms", "a1-v1"),
                       stance("a2-c1", A2, ZAKHAROVA, "denies", "a2-v1")])
    contested = next(c for c in analysis.claims if c.event == "v1")
    single = next(c for c in analysis.claims if c.event != "v1")
    assert contested.verdict == "contested" and single.verdict == "unconfirmed"
    assert 0 < single.salience < contested.salience <= 1


def test_a_fragment_cut_from_a_sentence_reads_as_the_sentence() -> None:
    sentence = "Juru bicara Kremlin Dmitry Peskov menolak berkomentar lebih jauh."
    cut = Claim(id="a1-c1", statement="lebih jauh", verdict="unconfirmed", positions=[
        Position(holder=PESKOV, stance="declines", article="a1", evidence=sentence)])
    leaked = cut.model_copy(update={"id": "a1-c2", "statement": 'yang dijadwalkan," ujarnya, seperti dikutip media'})
    whole = cut.model_copy(update={"id": "a1-c3", "statement": "Rusia memasok senjata ke Iran"})
    statements = [c.statement for c in matrix([A1], [], [cut, leaked, whole]).claims]
    assert statements == [sentence, "Rusia memasok senjata ke Iran"]  # the two cut ones say one thing


def test_a_fragment_of_a_quoted_sentence_reads_as_the_quoted_words() -> None:
    sentence = "“Tidak ada rapat yang dijadwalkan pekan ini,” ujarnya, seperti dikutip harian itu."
    cut = Claim(id="a1-c1", statement='pekan ini," ujarnya, seperti dikutip harian itu', verdict="denied",
                positions=[Position(holder=PESKOV, stance="denies", article="a1", evidence=sentence)])
    statements = [c.statement for c in matrix([A1], [], [cut]).claims]
    assert statements == ["Tidak ada rapat yang dijadwalkan pekan ini"]
