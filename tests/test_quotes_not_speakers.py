"""Speech that nobody gave: a quoted answer inside a condition, and a clause of a law that
"menyebutkan" something. The articles here are written for these tests (fictional events)."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


def test_a_quoted_answer_inside_a_condition_is_no_quote() -> None:
    text = ("Gubernur Rudi Hartono diberi waktu hingga Senin untuk menjawab.\n\n"
            "Jika Rudi Hartono menjawab \"tidak,\" berarti rencana itu batal. Namun jika \"ya,\" "
            "proyek berjalan.\n")
    assert not [q for q in quotes_of(text) if q.text.strip(" ,.") in {"tidak", "ya"}]


def test_a_quoted_answer_given_is_still_a_quote() -> None:
    text = "Gubernur Rudi Hartono menjawab \"tidak,\" saat ditanya wartawan soal rencana itu.\n"
    quotes = [q for q in quotes_of(text) if q.text.strip(" ,.") == "tidak"]
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Rudi Hartono"


def test_a_clause_of_a_law_that_says_something_is_no_later_speaker() -> None:
    text = (
        "Ketua Badan Kehormatan, Andi Wijaya, menjelaskan aturan pemberhentian anggota dewan. Andi "
        "menyampaikan bahwa ada pula pasal yang menyebutkan, anggota dewan bisa diberhentikan bila "
        "ada putusan pengadilan yang tetap.\n\n"
        "Menurut dia, laporan soal pelanggaran etik itu juga sudah masuk ke badan tersebut.\n\n"
        "\"Kami akan mengambil langkah bersama setelah rapat dengan semua fraksi,\" tandasnya.\n"
    )
    quotes = quotes_of(text)
    last = [q for q in quotes if q.text.startswith("Kami akan")]
    assert len(last) == 1
    assert last[0].speaker.name == "Andi Wijaya"
    assert not any((q.speaker.description or "").startswith("ada") for q in quotes)
