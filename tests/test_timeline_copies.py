"""A copy's reprinted sentences read on its original's date (corpus/copy_dates.py), through to the timeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from warta.api import analyze
from warta.corpus.across import complete
from warta.corpus.copy_dates import ORIGINAL, read_copies_on_original_dates
from warta.models import ActorRef, Analysis, Article, Duplicate, Event, Evidence, Timex
from warta.options import Options

# Fictional: a Monday report, and a Tuesday repost of it that adds a sentence of its own.
BODY = """Kepolisian Daerah Jawa Timur menangkap bendahara Koperasi Sumber Rejeki, Hendra Wijaya, di Sidoarjo kemarin.

Hendra diduga menggelapkan dana simpanan anggota senilai Rp 12 miliar selama tiga tahun terakhir.

Kepala Bidang Humas Polda Jawa Timur Komisaris Besar Dirmanto mengatakan penyidik masih menelusuri aliran dana tersebut ke sejumlah rekening keluarga tersangka.

"Kami juga memeriksa lima pengurus koperasi lainnya sebagai saksi," kata Dirmanto di Surabaya.

Ratusan anggota koperasi sebelumnya melaporkan kesulitan menarik simpanan mereka sejak awal tahun.
"""
ORIGINAL_TEXT = f"""Polisi Tangkap Bendahara Koperasi Sumber Rejeki
Senin, 11 Maret 2024 - 08:30 WIB

SURABAYA, Kabar Kota - {BODY}"""
OWN_SENTENCE = ("Ratusan anggota koperasi kemarin berunjuk rasa di depan kantor koperasi di Sidoarjo menuntut "
                "uang mereka dikembalikan.")
REPOST = f"""Bendahara Koperasi Sumber Rejeki Ditangkap Polisi
Selasa, 12 Maret 2024 - 10:15 WIB

SIDOARJO, Warta Kita - {BODY}
{OWN_SENTENCE}

Sumber: Kabar Kota
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    folder: Path = tmp_path_factory.mktemp("copies")
    # The repost handed in first: which is the copy follows publication, not input order.
    (folder / "1-repost.txt").write_text(REPOST, encoding="utf-8")
    (folder / "2-original.txt").write_text(ORIGINAL_TEXT, encoding="utf-8")
    return analyze([str(folder)])


def _kemarin(analysis: Analysis, article: str) -> list[Timex]:
    return [t for t in analysis.timexes if t.article == article and t.text.lower() == "kemarin"]


def test_the_reprinted_yesterday_is_the_originals_and_the_copys_own_stays_its_own(
        run: Analysis, validate: Any) -> None:
    validate(run)
    assert [(d.article, d.duplicate_of) for d in run.duplicates] == [("a1", "a2")]
    [in_original] = _kemarin(run, "a2")
    assert (in_original.value, in_original.anchor) == ("2024-03-10", "published")
    reprinted, own = sorted(_kemarin(run, "a1"), key=lambda t: t.start)
    assert (reprinted.value, reprinted.anchor) == ("2024-03-10", ORIGINAL)
    body = next(a.body for a in run.articles if a.id == "a1")
    assert own.start > body.index(OWN_SENTENCE[:30])
    assert (own.value, own.anchor) == ("2024-03-11", "published")  # written on the copy's own day


def test_the_arrest_is_one_event_on_the_originals_day_without_a_date_conflict(run: Analysis) -> None:
    arrests = [e for e in run.events if e.type == "COERCE" and {"a1", "a2"} <= set(e.articles)]
    assert len(arrests) == 1
    arrest = arrests[0]
    assert arrest.date == "2024-03-10"
    assert not [c for c in arrest.conflicts if c.field == "date"]
    entry = next(t for t in run.timeline if arrest.id in t.events)
    assert entry.date == "2024-03-10" and set(entry.articles) == {"a1", "a2"}


def test_completing_again_changes_nothing(run: Analysis, validate: Any) -> None:
    again = complete(run.model_copy(deep=True), Options())
    validate(again)
    assert again.timexes == run.timexes
    assert [(e.type, e.date, e.articles) for e in again.events] == [(e.type, e.date, e.articles) for e in run.events]
    assert [(t.date, t.events) for t in again.timeline] == [(t.date, t.events) for t in run.timeline]


def _article(aid: str, published: str, body: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", sha256="0", language="id", published=published, body=body)


def test_only_events_dated_by_a_reread_expression_move(validate: Any) -> None:
    said = "Gubernur meresmikan jembatan baru di Lahat kemarin."
    own = "Warga menutup jalan desa kemarin."
    original = _article("a1", "2024-05-02", said)
    copy = _article("a2", "2024-05-04", f"{said} {own}")
    at = copy.body.index("kemarin", len(said))

    def timex(article: str, start: int, value: str) -> Timex:
        return Timex(article=article, start=start, end=start + 7, text="kemarin", type="DATE", value=value,
                     anchor="published")

    def event(eid: str, start: int, end: int, date: str) -> Event:
        return Event(id=eid, type="COOPERATE", source=ActorRef(name="Gubernur"), date=date,
                     evidence=[Evidence(article="a2", start=start, end=end, sentence=copy.body[start:end])])

    analysis = Analysis(
        warta_version="t", created="", articles=[original, copy],
        timexes=[timex("a1", said.index("kemarin"), "2024-05-01"), timex("a2", said.index("kemarin"), "2024-05-03"),
                 timex("a2", at, "2024-05-03")],
        events=[event("a2-v1", 0, len(said), "2024-05-03"), event("a2-v2", len(said) + 1, len(copy.body),
                                                                     "2024-05-03")],
        duplicates=[Duplicate(article="a2", duplicate_of="a1", similarity=0.9)])
    rereads = read_copies_on_original_dates(analysis)
    validate(analysis)
    assert [(r.article, r.old, r.new) for r in rereads] == [("a2", "2024-05-03", "2024-05-01")]
    assert [t.value for t in analysis.timexes] == ["2024-05-01", "2024-05-01", "2024-05-03"]
    assert [e.date for e in analysis.events] == ["2024-05-01", "2024-05-03"]
    assert read_copies_on_original_dates(analysis) == []  # a second pass finds nothing to re-read


def test_a_copy_laid_out_differently_is_still_read_on_the_originals_day() -> None:
    said = "Warga mengungsi sejak kemarin, dan baru kemarin pula bantuan tiba."
    laid_out = "Warga mengungsi  sejak\nkemarin, dan baru kemarin pula bantuan tiba."
    original, copy = _article("a1", "2024-05-02", said), _article("a2", "2024-05-04", laid_out)

    def timexes(article: Article, values: list[str]) -> list[Timex]:
        starts = [n for n in range(len(article.body)) if article.body.startswith("kemarin", n)]
        return [Timex(article=article.id, start=n, end=n + 7, text="kemarin", type="DATE", value=v,
                      anchor="published") for n, v in zip(starts, values, strict=True)]

    analysis = Analysis(warta_version="t", created="", articles=[copy, original],
                        timexes=[*timexes(copy, ["2024-05-03", "2024-05-03"]),
                                 *timexes(original, ["2024-05-01", "2024-05-01"])],
                        duplicates=[Duplicate(article="a2", duplicate_of="a1", similarity=0.95)])
    assert len(read_copies_on_original_dates(analysis)) == 2
    assert [(t.value, t.anchor) for t in analysis.timexes if t.article == "a2"] == [("2024-05-01", ORIGINAL)] * 2
