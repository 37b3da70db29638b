"""Third acceptance run: summary sentences pointing at a sentence before them, and a retelling
dated before the report it retells. Every sentence is fictional, written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from warta.article.sentences import split_sentences
from warta.corpus.summary import DANGLING, DANGLING_PENALTY, candidate_sentences, score_sentences, summarize
from warta.models import Analysis, Article, Duplicate


def _article(aid: str, body: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", sha256="0", language="id", body=body, published=published,
                   sentences=[list(span) for span in split_sentences(body)])


def _score(second: str) -> float:
    run = [_article("a1", f"Nelayan menolak rencana reklamasi teluk di depan kantor bupati. {second}"),
           _article("a2", "Bupati berjanji meninjau ulang izin reklamasi yang diterbitkan tahun lalu.")]
    sentences = candidate_sentences(run, "id")
    score_sentences(Analysis(warta_version="t", created="", articles=run), sentences)
    return next(s.score for s in sentences if s.text == second)


@pytest.mark.parametrize(("leaning", "plain"), [
    ("Tentu ini akan menjadi ujian berat bagi pemerintah kabupaten.",
     "Tentu saja akan menjadi ujian berat bagi pemerintah kabupaten."),
    ("Sikap berbeda ditunjukkan para pedagang ikan di pelabuhan.",
     "Sikap keras ditunjukkan para pedagang ikan di pelabuhan."),
    ("Hal ini disampaikan koordinator aksi kepada wartawan.",
     "Hal serupa disampaikan koordinator aksi kepada wartawan."),
])
def test_a_sentence_pointing_at_the_one_before_is_kept_back(leaning: str, plain: str) -> None:
    assert _score(leaning) == pytest.approx(DANGLING_PENALTY * _score(plain))


@pytest.mark.parametrize("plain", [
    "Hari ini ratusan nelayan kembali berkumpul di pelabuhan.",
    "Berbeda dengan nelayan, pedagang ikan mendukung rencana itu sepenuhnya.",
])
def test_a_time_of_today_or_a_named_comparison_points_at_nothing(plain: str) -> None:
    assert DANGLING.match(plain) is None


def test_a_retelling_dated_before_its_source_is_read_after_it(validate: Any) -> None:
    source = ("Pengadilan menjatuhkan vonis tiga tahun penjara kepada mantan kepala dinas pekerjaan umum. "
              "Hakim menilai terdakwa terbukti menerima suap proyek jembatan desa.")
    retelling = ("Dilansir dari Kabar Kota, terdakwa kasus suap jembatan desa menyatakan pikir-pikir. "
                 "Jaksa juga belum memutuskan apakah akan mengajukan banding atas vonis itu.")
    analysis = Analysis(warta_version="t", created="", articles=[
        _article("a1", retelling, "2024-03-04T18:00+07:00"), _article("a2", source, "2024-03-05T09:00+07:00")],
        duplicates=[Duplicate(article="a1", duplicate_of="a2", similarity=0.3)])
    analysis.summary = summarize(analysis, 3)
    validate(analysis)
    firsts = [s.citations[0] for s in analysis.summary]
    assert firsts == sorted(firsts, key=lambda a: a != "a2")


def test_two_outlets_wordings_of_one_act_are_not_both_chosen(validate: Any) -> None:
    from warta.corpus.summary import cosine

    bodies = {
        "a1": ("Pemerintah kota membekukan izin enam perusahaan tambang pasir yang dinilai merusak bantaran "
               "sungai, Senin (4/3/2024). Warga menyambut baik keputusan itu."),
        "a2": ("Wali kota Andi Saputra menyatakan kepada wartawan bahwa pihaknya akan membekukan izin enam "
               "perusahaan tambang pasir lagi. Pengusaha tambang menyatakan keberatan."),
        "a3": ("Aktivis lingkungan meminta pemerintah kota juga memulihkan tebing sungai yang longsor akibat "
               "tambang pasir. Mereka menggelar aksi di depan balai kota."),
    }
    analysis = Analysis(warta_version="t", created="", articles=[
        _article(aid, body, "2024-03-04") for aid, body in bodies.items()])
    sentences = candidate_sentences(analysis.articles, "id")
    score_sentences(analysis, sentences)
    act, retold = sentences[0], next(s for s in sentences if s.text.startswith("Wali kota"))
    assert 0.35 <= cosine(act.vector, retold.vector) < 0.5  # the two wordings this test is about
    analysis.summary = summarize(analysis, 3)
    validate(analysis)
    chosen = {s.sentence for s in analysis.summary}
    assert not {act.text, retold.text} <= chosen


def test_a_retellings_opener_is_left_out_of_its_lead_sentence(validate: Any) -> None:
    from warta.corpus.leads import without_lead

    assert without_lead("Dilansir dari Kabar Kota, hakim menjatuhkan vonis tiga tahun.") == \
        "Hakim menjatuhkan vonis tiga tahun."
    assert without_lead("SERANG - Seperti dikutip dari Warta Kita, jaksa menyatakan pikir-pikir.") == \
        "Jaksa menyatakan pikir-pikir."
    assert without_lead("Mengutip data BPS, inflasi Maret naik tipis.") == "Mengutip data BPS, inflasi Maret naik tipis."
    retelling = ("Dilansir dari Kabar Kota, pengadilan menjatuhkan vonis tiga tahun penjara kepada mantan kepala "
                 "dinas pekerjaan umum. Terdakwa menyatakan pikir-pikir atas putusan itu.")
    analysis = Analysis(warta_version="t", created="", articles=[_article("a1", retelling, "2024-03-05")])
    analysis.summary = summarize(analysis, 1)
    validate(analysis)
    assert analysis.summary[0].sentence.startswith("Pengadilan menjatuhkan vonis")


def test_the_originals_wording_is_chosen_over_its_retellings(validate: Any) -> None:
    original = ("Pengadilan menjatuhkan vonis tiga tahun penjara kepada mantan kepala dinas pekerjaan umum Kota "
                "Lestari, Senin (4/3/2024). Hakim menilai terdakwa terbukti menerima suap proyek jembatan desa.")
    retelling = ("Dilansir dari Kabar Kota, mantan kepala dinas pekerjaan umum Kota Lestari dihukum tiga tahun "
                 "penjara karena menerima suap proyek jembatan desa. Terdakwa menyatakan pikir-pikir atas putusan itu.")
    analysis = Analysis(warta_version="t", created="", articles=[
        _article("a1", retelling, "2024-03-04T18:00+07:00"), _article("a2", original, "2024-03-04T09:00+07:00")],
        duplicates=[Duplicate(article="a1", duplicate_of="a2", similarity=0.3)])
    analysis.summary = summarize(analysis, 1)
    validate(analysis)
    assert analysis.summary[0].sentence.startswith("Pengadilan menjatuhkan vonis")


def test_an_undated_piece_is_read_after_the_dated_reports_it_may_follow(validate: Any) -> None:
    dated = _article("a1", "Pemerintah kota meresmikan jembatan gantung baru di tepi sungai pada Senin (4/3/2024). "
                           "Warga menyambut baik jembatan itu.", "2024-03-04")
    undated = _article("a2", "Jembatan gantung baru itu kembali menuai kritik dari pengamat tata kota. "
                             "Biaya pembangunannya dinilai terlalu mahal.", "2024-03-03")
    undated.published_source, undated.published_window = "estimated", ["2024-03-01", "2024-03-24"]
    analysis = Analysis(warta_version="t", created="", articles=[undated, dated])
    analysis.summary = summarize(analysis, 2)
    validate(analysis)
    assert [s.citations[0] for s in analysis.summary] == ["a1", "a2"]
