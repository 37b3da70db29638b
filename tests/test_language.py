"""Language identification: Indonesian vs Malay, short text, the stage, the benchmark."""

from __future__ import annotations

import pytest

from warta.article.language import (
    INDONESIAN_WORDS,
    MALAY_WORDS,
    detect_language,
    language,
    marker_counts,
    resolve_malay,
)
from warta.bench import default_data_dir
from warta.document import Doc
from warta.errors import Code
from warta.models import Article, RemovedLine
from warta.options import Options

INDONESIAN = [
    "Presiden mengatakan pemerintah akan menaikkan harga bahan bakar minyak mulai pekan depan.",
    "Polisi masih menyelidiki penyebab kecelakaan bus yang terjadi di tol Cipali kemarin.",
    "Harga cabai rawit di pasar tradisional naik 20 persen karena pasokan berkurang.",
    "Warga diminta tidak panik karena banjir diperkirakan surut dalam dua hari.",
    "Tim nasional Indonesia berhasil lolos ke babak final setelah mengalahkan Vietnam.",
    "Gubernur menyebut bahwa proyek itu bisa selesai sebelum Lebaran tahun depan.",
]
# Written in standard Malaysian Malay. The first group was written while the lexicon was
# being drawn up; the paragraph below was written afterwards, as a held-out check.
MALAY = [
    "Syarikat itu mencatatkan keuntungan sebanyak 12 peratus bagi suku tahun pertama.",
    "Mahkamah menetapkan tarikh perbicaraan selepas peguam tertuduh memohon penangguhan.",
    "Akhbar tempatan melaporkan bahawa projek itu tertangguh sejak tahun lepas.",
    "Kempen kesedaran itu dianjurkan oleh kelab belia dengan kerjasama pejabat daerah.",
]
MALAY_PARAGRAPH = (
    "Jabatan Bomba dan Penyelamat menerima panggilan kecemasan kira-kira pukul 3 petang. "
    "Kerajaan telah memperuntukkan sejumlah wang untuk membaiki jalan raya yang rosak. "
    "Ibu bapa dinasihatkan supaya memantau penggunaan internet anak-anak mereka. "
    "Pemandu lori itu ditahan reman selama empat hari bagi membantu siasatan. "
    "Kadar pengangguran negara menurun kepada 3.4 peratus pada bulan lalu."
)
INDONESIAN_TAGGED_MALAY = (
    "Namun lagi-lagi bola hasil sontekannya mampu dihalau pemain belakang Mitra Kukar ."
)


@pytest.mark.parametrize("text", INDONESIAN)
def test_indonesian_sentences(text: str) -> None:
    code, score = detect_language(text)
    assert code == "id"
    assert 0.0 < score <= 1.0  # one sentence may still leave fastText unsure


def test_indonesian_paragraph_is_confident() -> None:
    code, score = detect_language(" ".join(INDONESIAN))
    assert code == "id"
    assert score >= 0.9


@pytest.mark.parametrize("text", MALAY)
def test_malay_sentences_stay_malay(text: str) -> None:
    assert detect_language(text)[0] == "ms"


def test_malay_paragraph_is_malay_only_with_the_lexicon() -> None:
    assert detect_language(MALAY_PARAGRAPH)[0] == "ms"
    # fastText's lite model alone calls it Indonesian: the rule is what fixes it.
    assert detect_language(MALAY_PARAGRAPH, resolve=False)[0] == "id"


def test_prior_resolves_a_tie_towards_indonesian() -> None:
    # No marker word either way; fastText prefers Malay but not by the prior odds.
    assert marker_counts(INDONESIAN_TAGGED_MALAY) == (0, 0)
    assert detect_language(INDONESIAN_TAGGED_MALAY, resolve=False)[0] == "ms"
    assert detect_language(INDONESIAN_TAGGED_MALAY)[0] == "id"


def test_resolve_malay_uses_markers_and_group_mass() -> None:
    scores = {"ms": 0.6, "id": 0.3, "en": 0.1}
    code, score = resolve_malay("Dia bilang karena hujan, bahwa acara batal.", scores)
    assert (code, round(score, 6)) == ("id", 0.9)
    code, score = resolve_malay("Beliau berkata kerana hujan, bahawa majlis batal.", scores)
    assert (code, round(score, 6)) == ("ms", 0.9)
    # a tie with Malay far likelier than the prior odds allow stays Malay
    assert resolve_malay("Dia pergi ke sana.", {"ms": 0.9, "id": 0.1}) == ("ms", 0.9)


def test_marker_lexicons_are_disjoint_and_lower_case() -> None:
    assert not INDONESIAN_WORDS & MALAY_WORDS
    assert all(word == word.lower() and " " not in word for word in INDONESIAN_WORDS | MALAY_WORDS)
    assert marker_counts("KARENA itu, Kerana apa?") == (1, 1)


@pytest.mark.parametrize(
    "text", ["", "   ", "Oke.", "Jakarta, 12/3/2024", "12345 67890 12345 67890"]
)
def test_too_short_text_is_unknown(text: str) -> None:
    assert detect_language(text) == (None, 0.0)


def test_newlines_do_not_change_the_answer() -> None:
    flat = " ".join(INDONESIAN)
    assert detect_language("\n".join(INDONESIAN)) == detect_language(flat)


def test_other_languages() -> None:
    english = "The minister said the government would raise fuel prices next week."
    german = "Der Minister sagte, die Regierung werde die Preise erhöhen."
    assert detect_language(english)[0] == "en"
    assert detect_language(german)[0] == "de"


def _doc(body: str, title: str | None = None, removed: list[RemovedLine] | None = None) -> Doc:
    article = Article(id="a1", source="t.txt", sha256="0", title=title, body=body,
                      removed=removed or [])
    return Doc(article=article, raw=body.encode(), fmt="txt")


def test_stage_sets_language_and_removed_lines() -> None:
    removed = [
        RemovedLine(text="Read more: the best hotels in Bali for your family holiday",
                    reason="promo", line=3),
        RemovedLine(text="Baca juga: Harga cabai naik", reason="related-link", line=4),
        RemovedLine(text="Iklan", reason="ad", line=5),
    ]
    doc = _doc("\n\n".join(INDONESIAN), title="Harga BBM naik pekan depan", removed=removed)
    language.fn(doc, Options())  # type: ignore[arg-type]
    article = doc.article
    assert article.language == "id"
    assert article.language_score is not None and article.language_score >= 0.5
    assert article.errors == []
    assert [line.language for line in article.removed] == ["en", "id", None]
    assert language.requires == frozenset({"body"}) and language.provides == frozenset({"language"})


def test_stage_flags_unsure_language() -> None:
    doc = _doc("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")
    language.fn(doc, Options())  # type: ignore[arg-type]
    assert doc.article.language_score is not None and doc.article.language_score < 0.5
    assert [error.code for error in doc.article.errors] == [Code.LANGUAGE_UNSURE.code]
    assert doc.article.errors[0].stage == "language"


def test_stage_short_body_is_unsure_and_unknown() -> None:
    doc = _doc("Oke.")
    language.fn(doc, Options())  # type: ignore[arg-type]
    assert doc.article.language is None
    assert doc.article.language_score == 0.0
    assert doc.article.errors[0].code == Code.LANGUAGE_UNSURE.code


DATA = default_data_dir()


@pytest.mark.skipif(
    not ((DATA / "indosum").is_dir() and (DATA / "trafilatura-eval").is_dir()),
    reason=f"IndoSum / trafilatura-eval data not found under {DATA}",
)
def test_bench_language() -> None:
    from warta.bench.language import run

    metrics = run(DATA)

    def value(key: str) -> float:
        number = metrics[key]
        assert isinstance(number, int | float)
        return float(number)

    assert value("indosum_articles_id_rate") >= 0.99
    assert value("indosum_sentences_id_rate") > value("indosum_sentences_id_rate_no_ms_rule")
    assert value("indosum_sentences_id_rate") >= 0.9
    assert value("foreign_snippets_id_rate") <= 0.01
