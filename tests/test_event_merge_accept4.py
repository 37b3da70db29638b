"""Reports that must stay apart when events are merged across articles (acceptance run 4):
a demand for an act and the act, two requests asking different things, two events one
article drew from one sentence, and an undated report of an event that happened after it."""

from __future__ import annotations

from typing import Any

import pytest

from warta.api import analyze
from warta.corpus.event_merge import merge_events
from warta.models import ActorRef, Analysis, Article, Entity, Event, Evidence, Location, Story

A1 = """Hakim Minta Perusahaan Serahkan Laporan Keuangan
Rabu, 10 Mei 2023 14:20 WIB
SEMARANG - Sidang gugatan buruh terhadap PT Logam Abadi di Pengadilan Hubungan Industrial Semarang \
berlanjut pada Selasa (9/5/2023).

Ketua majelis hakim Budi Santoso meminta PT Logam Abadi menyerahkan laporan keuangan perusahaan pada \
sidang berikutnya.

Kuasa hukum perusahaan, Rudi Hartono, meminta Pengadilan Hubungan Industrial Semarang menolak gugatan \
serikat buruh tersebut.
"""

A2 = """Sidang Gugatan Buruh Logam Abadi Kembali Digelar
Kamis, 11 Mei 2023 09:10 WIB
SEMARANG - Sidang gugatan serikat buruh terhadap PT Logam Abadi kembali digelar di Pengadilan Hubungan \
Industrial Semarang.

Majelis hakim meminta PT Logam Abadi menjelaskan selisih angka pesangon itu.

Hakim Budi Santoso juga meminta PT Logam Abadi menyerahkan laporan keuangan perusahaan tiga tahun terakhir.
"""

A3 = """Pengadilan Tolak Gugatan Buruh Logam Abadi
Kamis, 25 Mei 2023 16:00 WIB
SEMARANG - Pengadilan Hubungan Industrial Semarang menolak gugatan serikat buruh terhadap PT Logam Abadi, \
Rabu (24/5/2023).

Serikat buruh menyatakan akan mengajukan kasasi ke Mahkamah Agung.
"""


@pytest.fixture(scope="module")
def hearing(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    folder = tmp_path_factory.mktemp("sidang")
    for name, text in (("a1-sidang.txt", A1), ("a2-sidang.txt", A2), ("a3-putusan.txt", A3)):
        (folder / name).write_text(text, encoding="utf-8")
    return analyze([str(folder)])


def holding(analysis: Analysis, words: str) -> list[Event]:
    """The merged events whose evidence holds a sentence with these words."""
    return [e for e in analysis.events if any(words in item.sentence for item in e.evidence)]


def test_a_demand_for_a_ruling_is_not_the_ruling(hearing: Analysis, validate: Any) -> None:
    validate(hearing)
    rulings = [e for e in holding(hearing, "menolak gugatan serikat buruh terhadap") if e.type == "REJECT"]
    assert rulings, "the court's ruling is an event"
    for ruling in rulings:
        assert ruling.articles == ["a3"]  # the lawyer's request of 10 May is no report of it
    day = next(entry for entry in hearing.timeline if entry.date == "2023-05-24")
    assert day.articles == ["a3"]


def test_requests_asking_different_things_stay_apart(hearing: Analysis, validate: Any) -> None:
    validate(hearing)
    documents = holding(hearing, "menyerahkan laporan keuangan")
    explain = holding(hearing, "menjelaskan selisih")
    assert documents and explain
    assert not {e.id for e in documents} & {e.id for e in explain}
    # the one request two outlets report in their own words is one event
    assert any(e.articles == ["a1", "a2"] for e in documents if e.type == "REQUEST")


def test_an_undated_report_is_no_report_of_what_happened_after_its_article(hearing: Analysis) -> None:
    before = holding(hearing, "meminta Pengadilan Hubungan Industrial Semarang menolak")
    assert before
    assert all(e.articles == ["a1"] for e in before)


# The rules one by one, on hand-built reports.

COURT = ActorRef(entity="e1", name="Pengadilan Negeri Tanjung Sari")
FIRM = ActorRef(entity="e2", name="PT Kayu Lestari")
LAWYER = ActorRef(entity="e3", name="Yusuf Halim")
ENTITIES = [Entity(id="e1", name="Pengadilan Negeri Tanjung Sari", type="ORG"),
            Entity(id="e2", name="PT Kayu Lestari", type="ORG", aliases=["Kayu Lestari"]),
            Entity(id="e3", name="Yusuf Halim", type="PERSON")]


def article(aid: str, published: str, body: str, language: str = "id") -> Article:
    return Article(id=aid, source=f"{aid}.txt", sha256="0", outlet=f"outlet{aid}", language=language,
                   published=published, body=body)


def report(eid: str, art: Article, type_: str, source: ActorRef | None, target: ActorRef | None,
           sentence: str | None = None, **extra: Any) -> Event:
    said = sentence or art.body
    start = art.body.index(said)
    return Event(id=eid, type=type_, source=source or ActorRef(), target=target,
                 evidence=[Evidence(article=art.id, start=start, end=start + len(said), sentence=said)],
                 **extra)


def merged(articles: list[Article], events: list[Event]) -> list[list[str]]:
    analysis = Analysis(warta_version="test", created="", articles=articles, entities=ENTITIES, events=events,
                        stories=[Story(id="s1", label="x", articles=[a.id for a in articles])])
    return [e.merged_from for e in merge_events(analysis).events]


ASKED = article("a1", "2023-03-02", "Ia meminta Pengadilan Negeri Tanjung Sari menolak gugatan itu.")
RULED = article("a2", "2023-03-20", "Pengadilan Negeri Tanjung Sari menolak gugatan PT Kayu Lestari, Senin.")


def test_a_demanded_act_merges_only_with_demands() -> None:
    demand = report("a1-v2", ASKED, "REJECT", COURT, FIRM, modality="demanded")
    ruling = report("a2-v1", RULED, "REJECT", COURT, FIRM, date="2023-03-02")
    assert merged([ASKED, RULED], [demand, ruling]) == [["a1-v2"], ["a2-v1"]]
    again = article("a2", "2023-03-03", "Yusuf Halim meminta pengadilan menolak gugatan PT Kayu Lestari.")
    echoed = report("a2-v2", again, "REJECT", COURT, FIRM, modality="demanded")
    assert merged([ASKED, again], [demand, echoed]) == [["a1-v2", "a2-v2"]]


def test_a_plan_and_its_carrying_out_are_one_event() -> None:
    plan = report("a1-v1", ASKED, "REJECT", COURT, FIRM, modality="planned")
    done = report("a2-v1", RULED, "REJECT", COURT, FIRM, date="2023-03-20")
    assert merged([ASKED, RULED], [plan, done]) == [["a1-v1", "a2-v1"]]


def test_an_undated_report_joins_only_what_had_begun_by_its_article() -> None:
    early = report("a1-v1", ASKED, "REJECT", COURT, FIRM)  # undated, published 2 March
    later = report("a2-v1", RULED, "REJECT", COURT, FIRM, date="2023-03-20")
    assert merged([ASKED, RULED], [early, later]) == [["a1-v1"], ["a2-v1"]]
    same_day = later.model_copy(update={"date": "2023-03-02"})
    assert merged([ASKED, RULED], [early, same_day]) == [["a1-v1", "a2-v1"]]
    # the other way round: the dated report comes first in the run
    assert merged([RULED, ASKED], [later, early]) == [["a2-v1"], ["a1-v1"]]


ONE = ("Kuasa hukum Yusuf Halim membantah tudingan PT Kayu Lestari soal pemalsuan dokumen lelang "
       "di Pengadilan Negeri Tanjung Sari.")


def test_two_events_one_article_drew_from_one_sentence_stay_two() -> None:
    denial = article("a1", "2023-03-02", ONE)
    accused = report("a1-v1", denial, "ACCUSE", None, LAWYER)
    accusing = report("a1-v2", denial, "ACCUSE", ActorRef(description="perusahaan"), None)
    assert merged([denial], [accused, accusing]) == [["a1-v1"], ["a1-v2"]]
    # a repost printing the sentence is still the same event, whoever its sides are
    repost = article("a2", "2023-03-02", ONE)
    copied = report("a2-v1", repost, "ACCUSE", None, ActorRef(description="kuasa hukum"))
    assert merged([denial, repost], [accused, copied]) == [["a1-v1", "a2-v1"]]


def test_an_actor_on_opposite_sides_is_two_events_unless_the_type_is_symmetric() -> None:
    first = article("a1", "2023-03-02", "PT Kayu Lestari dituding memalsukan dokumen lelang.")
    second = article("a2", "2023-03-02", "PT Kayu Lestari menuding panitia memalsukan dokumen lelang.")
    town = Location(name="Tanjung Sari")  # one place in one story anchors them but for the sides
    accused = report("a1-v1", first, "ACCUSE", None, FIRM, date="2023-03-01", location=town)
    accusing = report("a2-v1", second, "ACCUSE", FIRM, None, date="2023-03-01", location=town)
    assert merged([first, second], [accused, accusing]) == [["a1-v1"], ["a2-v1"]]
    met = report("a1-v1", first, "CONSULT", LAWYER, FIRM, date="2023-03-01")
    met_back = report("a2-v1", second, "CONSULT", FIRM, LAWYER, date="2023-03-01")
    assert merged([first, second], [met, met_back]) == [["a1-v1", "a2-v1"]]


SAID_1 = article("a1", "2023-03-02", "Yusuf Halim meminta PT Kayu Lestari menyerahkan dokumen lelang asli.")
SAID_2 = article("a2", "2023-03-03", "Yusuf Halim juga meminta Kayu Lestari menyerahkan dokumen lelang itu.")
SAID_3 = article("a3", "2023-03-03", "Yusuf Halim meminta PT Kayu Lestari membayar ganti rugi kepada warga.")


def test_requests_are_one_event_only_when_they_ask_alike() -> None:
    asks = [report(f"{a.id}-v1", a, "REQUEST", LAWYER, FIRM) for a in (SAID_1, SAID_2, SAID_3)]
    assert merged([SAID_1, SAID_2, SAID_3], asks) == [["a1-v1", "a2-v1"], ["a3-v1"]]


def test_a_bare_request_or_one_in_another_language_is_left_to_the_other_rules() -> None:
    bare = article("a2", "2023-03-03", "Yusuf Halim meminta PT Kayu Lestari.")
    english = article("a3", "2023-03-03", "Yusuf Halim asked PT Kayu Lestari to pay compensation.", "en")
    asks = [report(f"{a.id}-v1", a, "REQUEST", LAWYER, FIRM) for a in (SAID_1, bare)]
    assert merged([SAID_1, bare], asks) == [["a1-v1", "a2-v1"]]
    asks = [report(f"{a.id}-v1", a, "REQUEST", LAWYER, FIRM) for a in (SAID_1, english)]
    assert merged([SAID_1, english], asks) == [["a1-v1", "a3-v1"]]
