"""Acts of one investigation that must stay apart when events are merged across articles
(acceptance run 5): one agency examining witnesses, tracing money to other officials, and an
undated mention of the case it investigates are three events, while two outlets' reports of
the examination of witnesses are one."""

from __future__ import annotations

from typing import Any

import pytest

from warta.api import analyze
from warta.corpus.event_merge import merge_events
from warta.models import ActorRef, Analysis, Article, Entity, Event, Evidence, Story

A1 = """KPK Tetapkan Kepala Dinas PUPR Tanah Merah Tersangka Suap Jalan
Senin, 6 Mei 2024 18:05 WIB
JAKARTA - Komisi Pemberantasan Korupsi (KPK) menetapkan Kepala Dinas PUPR Kabupaten Tanah Merah, Arif \
Setiawan, sebagai tersangka kasus suap proyek peningkatan jalan.

Juru bicara KPK, Lestari Ningsih, mengatakan penyidik telah memeriksa 18 saksi, termasuk kontraktor dan \
bendahara dinas.

Arif diduga menerima uang Rp 2,4 miliar dari rekanan proyek.
"""

A2 = """Aliran Dana Suap Jalan Tanah Merah Ditelusuri
Selasa, 14 Mei 2024 07:30 WIB
JAKARTA - Kasus suap proyek jalan di Kabupaten Tanah Merah terus bergulir.

Sumber di lingkungan KPK menyebut penyidik juga tengah menelusuri aliran dana ke sejumlah anggota DPRD \
Tanah Merah. KPK belum mengonfirmasi informasi tersebut.

Arif Setiawan ditahan di Rutan KPK sejak pekan lalu.
"""

A3 = """Warga Tanah Merah Keluhkan Jalan Rusak
Jumat, 10 Mei 2024 10:00 WIB
TANAH MERAH - Warga Desa Sukamaju menilai kasus suap proyek jalan yang tengah diusut KPK menjelaskan \
mengapa jalan di desa mereka cepat rusak.

Penyidik KPK sebelumnya telah memeriksa belasan saksi dalam kasus ini.

Kepala desa Sukamaju, Rahmat, berharap perbaikan jalan segera dilakukan.
"""


@pytest.fixture(scope="module")
def bribery(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    folder = tmp_path_factory.mktemp("suap")
    for name, text in (("a1-kpk.txt", A1), ("a2-kpk.txt", A2), ("a3-kpk.txt", A3)):
        (folder / name).write_text(text, encoding="utf-8")
    return analyze([str(folder)])


def holding(analysis: Analysis, words: str) -> list[Event]:
    """The merged events whose evidence holds a sentence with these words."""
    return [e for e in analysis.events if any(words in item.sentence for item in e.evidence)]


def test_examining_witnesses_and_tracing_money_are_two_events(bribery: Analysis, validate: Any) -> None:
    validate(bribery)
    examined = holding(bribery, "memeriksa 18 saksi")
    traced = holding(bribery, "menelusuri aliran dana")
    assert examined and traced
    assert not {e.id for e in examined} & {e.id for e in traced}
    assert all(e.articles == ["a2"] for e in traced)


def test_two_outlets_examining_witnesses_are_one_event(bribery: Analysis, validate: Any) -> None:
    validate(bribery)
    examined = [e for e in holding(bribery, "memeriksa 18 saksi") if e.type == "ACCUSE"]
    assert any(e.articles == ["a1", "a3"] for e in examined)  # "belasan saksi" is the same act


def test_an_undated_mention_of_the_case_is_not_the_examination(bribery: Analysis, validate: Any) -> None:
    validate(bribery)
    mentioned = [e for e in holding(bribery, "tengah diusut KPK") if e.type == "ACCUSE"]
    assert mentioned
    assert all(e.articles == ["a3"] and len(e.evidence) == 1 for e in mentioned)


# The rules one by one, on hand-built reports.

AGENCY = ActorRef(entity="e1", name="Kejaksaan Tinggi Sulawesi Barat")
MAYOR = ActorRef(entity="e2", name="Hasan Basri")
ENTITIES = [Entity(id="e1", name="Kejaksaan Tinggi Sulawesi Barat", type="ORG", aliases=["Kejati"]),
            Entity(id="e2", name="Hasan Basri", type="PERSON")]


def article(aid: str, published: str, body: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", sha256="0", outlet=f"outlet{aid}", language="id",
                   published=published, body=body)


def investigated(eid: str, art: Article, target: ActorRef | None, date: str | None = None) -> Event:
    return Event(id=eid, type="ACCUSE", mode="investigate", source=AGENCY, target=target, date=date,
                 evidence=[Evidence(article=art.id, start=0, end=len(art.body), sentence=art.body)])


def merged(articles: list[Article], events: list[Event]) -> list[list[str]]:
    analysis = Analysis(warta_version="test", created="", articles=articles, entities=ENTITIES, events=events,
                        stories=[Story(id="s1", label="x", articles=[a.id for a in articles])])
    return [e.merged_from for e in merge_events(analysis).events]


WITNESSES = article("a1", "2024-02-05", "Kejati telah memeriksa 12 saksi dalam kasus dana hibah.")
OFFICIALS = article("a2", "2024-02-06", "Kejati juga menelusuri aliran dana hibah ke beberapa pejabat dinas.")
OFFICIAL = article("a3", "2024-02-06", "Kejati memeriksa seorang pejabat dinas sosial terkait dana hibah.")
CASE = article("a4", "2024-02-07", "Kasus dana hibah yang diusut Kejati membuat penyaluran bantuan tertunda.")
MAYOR_SAID = article("a5", "2024-02-07", "Kejati memeriksa Wali Kota Hasan Basri dalam kasus dana hibah.")
THE_MAYOR = article("a6", "2024-02-08", "Hasan Basri diperiksa selama delapan jam oleh penyidik Kejati.")


def test_descriptions_sharing_no_word_are_two_actors() -> None:
    witnesses = investigated("a1-v1", WITNESSES, ActorRef(description="12 saksi"))
    officials = investigated("a2-v1", OFFICIALS, ActorRef(description="beberapa pejabat"))
    assert merged([WITNESSES, OFFICIALS], [witnesses, officials]) == [["a1-v1"], ["a2-v1"]]
    official = investigated("a3-v1", OFFICIAL, ActorRef(description="seorang pejabat dinas sosial"))
    assert merged([OFFICIALS, OFFICIAL], [officials, official]) == [["a2-v1", "a3-v1"]]


def test_a_side_left_out_unmentioned_keeps_undated_reports_apart() -> None:
    witnesses = investigated("a1-v1", WITNESSES, ActorRef(description="12 saksi"))
    case = investigated("a4-v1", CASE, None)
    assert merged([WITNESSES, CASE], [witnesses, case]) == [["a1-v1"], ["a4-v1"]]
    assert merged([CASE, WITNESSES], [case, witnesses]) == [["a4-v1"], ["a1-v1"]]  # either order
    # a report leaving the side out that still names it in its own words is the same act
    mayor = investigated("a5-v1", MAYOR_SAID, MAYOR)
    unnamed = investigated("a6-v1", THE_MAYOR, None)
    assert merged([MAYOR_SAID, THE_MAYOR], [mayor, unnamed]) == [["a5-v1", "a6-v1"]]


def test_a_side_left_out_fits_when_both_dates_agree() -> None:
    witnesses = investigated("a1-v1", WITNESSES, ActorRef(description="12 saksi"), date="2024-02-05")
    case = investigated("a4-v1", CASE, None, date="2024-02-05")
    assert merged([WITNESSES, CASE], [witnesses, case]) == [["a1-v1", "a4-v1"]]


def test_an_undated_report_of_the_dated_day_may_leave_a_side_out() -> None:
    # "berinisial HB" is the mayor the coder could not name: its article came out that day
    initials = article("a7", "2024-02-07", "Kejati memeriksa wali kota berinisial HB dalam kasus dana hibah.")
    later = article("a8", "2024-02-20", "Kejati memeriksa wali kota berinisial HB dalam kasus dana hibah itu.")
    mayor = investigated("a5-v1", MAYOR_SAID, MAYOR, date="2024-02-07")
    assert merged([MAYOR_SAID, initials], [mayor, investigated("a7-v1", initials, None)]) \
        == [["a5-v1", "a7-v1"]]
    assert merged([MAYOR_SAID, later], [mayor, investigated("a8-v1", later, None)]) == [["a5-v1"], ["a8-v1"]]
