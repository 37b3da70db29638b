"""Near-duplicates: copies and partial reposts found, different articles left apart."""

from __future__ import annotations

import random

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.bench.corpora import indosum_texts
from warta.bench.duplicates import (
    _edit,
    _shuffle,
    _truncate,
    best_dev_threshold,
    indosum_categories,
    perturbation_pairs,
)
from warta.corpus.duplicates import (
    DUPLICATE_THRESHOLD,
    MIN_WORDS,
    find_duplicates,
    shingles_of,
    similarity,
)
from warta.models import Analysis, Article, Duplicate

# Fictional news, written for these tests.
BANJIR = (
    "Banjir setinggi satu meter merendam ratusan rumah warga di Kecamatan Bekasi Timur sejak Minggu "
    "malam setelah hujan deras mengguyur kawasan itu selama enam jam tanpa henti.\n\n"
    "Kepala Badan Penanggulangan Bencana Daerah Kota Bekasi, Rina Kartika, mengatakan petugas telah "
    "mengevakuasi sedikitnya empat ratus warga ke masjid dan sekolah terdekat dengan perahu karet.\n\n"
    "Menurut Rina, air mulai surut pada Senin siang, tetapi warga diminta tetap waspada karena hujan "
    "diperkirakan turun lagi hingga akhir pekan. Dapur umum dibuka di halaman kantor kelurahan.\n\n"
    "Sejumlah warga mengeluhkan saluran air yang tersumbat sampah sehingga genangan bertahan lebih lama "
    "dibandingkan tahun lalu. Pemerintah kota berjanji mengeruk saluran tersebut bulan depan."
)
PASAR = (
    "Pedagang Pasar Kembang di Kota Bekasi mengeluhkan sepinya pembeli sejak harga cabai rawit naik "
    "dua kali lipat dalam sepekan terakhir menjelang musim hujan.\n\n"
    "Seorang pedagang, Darto, mengatakan omzetnya turun hampir separuh karena pembeli hanya membeli "
    "cabai dalam jumlah kecil. Ia berharap pemerintah segera menggelar operasi pasar.\n\n"
    "Dinas Perdagangan Kota Bekasi menyebut pasokan cabai dari Jawa Tengah berkurang akibat gagal panen "
    "di beberapa sentra produksi. Harga diperkirakan kembali normal dalam dua minggu.\n\n"
    "Sementara itu, harga bawang merah dan tomat di pasar yang sama terpantau stabil dibandingkan pekan "
    "lalu, menurut pantauan petugas dinas pada Selasa pagi."
)
BOILERPLATE_A = ["KABAR KOTA - Portal berita warga", "Baca juga: Jadwal KRL hari ini berubah"]
BOILERPLATE_B = ["Ikuti berita terkini Suara Timur di Google News", "Copyright © 2024 Suara Timur"]


def article(article_id: str, body: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", sha256="", body=body)


def wrapped(body: str, lines: list[str]) -> str:
    return "\n\n".join([lines[0], body, *lines[1:]])


def test_a_copy_with_other_boilerplate_is_a_duplicate_of_the_earlier_article() -> None:
    found = find_duplicates([article("a1", wrapped(BANJIR, BOILERPLATE_A)),
                             article("a2", wrapped(BANJIR, BOILERPLATE_B))])
    assert found == [Duplicate(article="a2", duplicate_of="a1", similarity=1.0)]


def test_a_truncated_repost_scores_high_through_containment() -> None:
    truncated = "\n\n".join(BANJIR.split("\n\n")[:2])
    a, b = shingles_of(BANJIR), shingles_of(truncated)
    jaccard = len(a & b) / len(a | b)
    assert jaccard < 0.7
    assert similarity(a, b) == 1.0
    assert [d.duplicate_of for d in find_duplicates([article("a1", BANJIR), article("a2", truncated)])] == ["a1"]


def test_a_lightly_edited_copy_is_found_with_a_lower_similarity() -> None:
    edited = (BANJIR.replace("ratusan", "puluhan").replace("Minggu", "Sabtu").replace("empat ratus", "tiga ratus")
              .replace("sampah", "lumpur"))
    [duplicate] = find_duplicates([article("a1", BANJIR), article("a2", edited)])
    assert DUPLICATE_THRESHOLD <= duplicate.similarity < 1.0


def test_different_articles_of_one_outlet_sharing_boilerplate_are_not_duplicates() -> None:
    assert find_duplicates([article("a1", wrapped(BANJIR, BOILERPLATE_A)),
                            article("a2", wrapped(PASAR, BOILERPLATE_A))]) == []


def test_every_copy_points_at_the_original_and_no_article_is_dropped() -> None:
    articles = [article("a1", BANJIR), article("a2", PASAR), article("a3", wrapped(BANJIR, BOILERPLATE_A)),
                article("a4", wrapped(BANJIR, BOILERPLATE_B))]
    found = find_duplicates(articles)
    assert {(d.article, d.duplicate_of) for d in found} == {("a3", "a1"), ("a4", "a1")}
    assert len(articles) == 4  # reported, never removed


def test_short_bodies_are_never_called_copies() -> None:
    short = "Foto: dokumentasi redaksi. Simak berita lainnya di laman kami."
    assert len(short.split()) < MIN_WORDS
    assert find_duplicates([article("a1", short), article("a2", short)]) == []


def test_empty_input_and_a_single_article_give_nothing() -> None:
    assert find_duplicates([]) == []
    assert find_duplicates([article("a1", BANJIR)]) == []


def test_the_analysis_with_duplicates_validates(validate: object) -> None:
    articles = [article("a1", BANJIR), article("a2", wrapped(BANJIR, BOILERPLATE_A))]
    analysis = Analysis(warta_version="0", created="2024-01-01T00:00:00Z", articles=articles,
                        duplicates=find_duplicates(articles))
    data = validate(analysis)  # type: ignore[operator]
    assert data["duplicates"][0]["duplicate_of"] == "a1"


def test_perturbations_do_what_they_say() -> None:
    rng = random.Random(1)
    words = BANJIR.split(" ")
    assert len(_truncate(BANJIR, 0.5).split(" ")) == round(len(words) * 0.5)
    shuffled = _shuffle(rng, BANJIR)
    assert shuffled != BANJIR and sorted(shuffled.split("\n\n")) == sorted(BANJIR.split("\n\n"))
    edited = _edit(rng, BANJIR, 0.2, ["XYZ"]).split(" ")
    unchanged = sum(1 for w in edited if w != "XYZ")
    assert len(words) * 0.75 < unchanged < len(words) * 0.85


def test_the_dev_threshold_is_the_best_cut_halfway_between_scores() -> None:
    assert best_dev_threshold([(0.9, True), (0.5, True), (0.3, False), (0.1, False)]) == 0.4
    # One positive below a negative: the best F1 keeps it, cutting under it.
    assert best_dev_threshold([(0.9, True), (0.2, True), (0.3, False), (0.1, False)]) == 0.15


@needs_shared_data
def test_the_perturbation_set_is_the_same_on_every_run_and_split_by_article() -> None:
    texts = indosum_texts(SHARED_DATA)[:40]
    categories = indosum_categories(SHARED_DATA)[:40]
    first, second = perturbation_pairs(texts, categories), perturbation_pairs(texts, categories)
    assert first == second
    dev_originals = {p.first for p in first if p.split == "dev" and p.kind == "edited"}
    test_originals = {p.first for p in first if p.split == "test" and p.kind == "edited"}
    assert dev_originals and test_originals and not dev_originals & test_originals


def test_a_repost_handed_in_before_its_original_is_still_the_copy(validate: object) -> None:
    from warta.corpus.across import find_duplicates as run_duplicates

    repost = article("a1", wrapped(BANJIR, BOILERPLATE_B))
    repost.published, repost.published_source = "2024-03-05T10:00+07:00", "dateline"
    original = article("a2", BANJIR)
    original.published, original.published_source = "2024-03-04T08:00+07:00", "dateline"
    undated = article("a3", wrapped(BANJIR, BOILERPLATE_A))
    analysis = Analysis(warta_version="0", created="2024-01-01T00:00:00Z", articles=[repost, original, undated])
    analysis.duplicates = run_duplicates(analysis)
    validate(analysis)  # type: ignore[operator]
    assert [(d.article, d.duplicate_of) for d in analysis.duplicates] == [("a1", "a2"), ("a3", "a2")]


def test_a_retelling_naming_its_source_is_the_copy_though_dated_a_day_earlier(validate: object) -> None:
    from warta.corpus.across import find_duplicates as run_duplicates

    retelling = article("a1", "Dilansir dari Kabar Kota, " + wrapped(BANJIR, BOILERPLATE_B))
    retelling.published, retelling.published_source = "2024-03-04T18:00+07:00", "meta"
    retelling.retold_from = ["Kabar Kota"]
    source = article("a2", wrapped(BANJIR, BOILERPLATE_A))
    source.outlet = "kabarkota"
    source.published, source.published_source = "2024-03-05T09:00+07:00", "dateline"
    analysis = Analysis(warta_version="0", created="2024-01-01T00:00:00Z", articles=[retelling, source])
    analysis.duplicates = run_duplicates(analysis)
    validate(analysis)  # type: ignore[operator]
    assert [(d.article, d.duplicate_of) for d in analysis.duplicates] == [("a1", "a2")]


def test_a_retelling_of_an_outlet_from_another_week_keeps_the_publication_order(validate: object) -> None:
    from warta.corpus.across import find_duplicates as run_duplicates

    retelling = article("a1", "Dilansir dari Kabar Kota, " + BANJIR)
    retelling.published, retelling.published_source = "2024-03-04T18:00+07:00", "meta"
    retelling.retold_from = ["Kabar Kota"]
    later = article("a2", wrapped(BANJIR, BOILERPLATE_A))
    later.outlet = "kabarkota"
    later.published, later.published_source = "2024-03-12T09:00+07:00", "dateline"
    analysis = Analysis(warta_version="0", created="2024-01-01T00:00:00Z", articles=[retelling, later])
    analysis.duplicates = run_duplicates(analysis)
    validate(analysis)  # type: ignore[operator]
    assert [(d.article, d.duplicate_of) for d in analysis.duplicates] == [("a2", "a1")]
