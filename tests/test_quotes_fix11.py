"""Quotes, session 11: a long post's head kept in the speaker's description, and a work's
title in marks inside a quote, checked on sentences written for these tests (fictional
people, bodies and works)."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotemarks import marked_spans
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


def quote_with(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


def marked_texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in marked_spans(text)]


# --- a post longer than the title run the phrase chooser keeps ------------------------------

def test_a_long_post_keeps_its_head_in_the_description() -> None:
    text = ("Polisi menangkap dua orang di Jakarta Selatan pada Senin malam.\n\n"
            "\"Keduanya sudah kami periksa,\" kata Kepala Bidang Humas Polda Metro Jaya Komisaris Besar "
            "Rudi Hartanto di Jakarta, Selasa.")
    speaker = quote_with(quotes_of(text), "sudah kami periksa").speaker
    assert speaker.name == "Rudi Hartanto"
    assert speaker.description is not None
    assert speaker.description.startswith("Kepala Bidang Humas")


# --- a work's title in marks inside an open quote ------------------------------------------

def test_a_title_in_parentheses_does_not_close_the_quote() -> None:
    text = ("\" Lagu terbaik saya tetap ( \" Malam Biru \" ) dan saya bangga sekali , \" ujar Rina "
            "kepada wartawan .")
    assert marked_texts(text) == ["Lagu terbaik saya tetap ( \" Malam Biru \" ) dan saya bangga sekali"]


def test_a_title_after_film_does_not_close_the_quote() -> None:
    text = "\"Kami menonton film \"Hujan Pagi\" bersama keluarga kemarin,\" kata Budi."
    assert marked_texts(text) == ["Kami menonton film \"Hujan Pagi\" bersama keluarga kemarin"]


def test_the_quote_with_a_title_keeps_its_speaker() -> None:
    text = ("Penyanyi Rina Kartika tampil di Bandung, Sabtu.\n\n"
            "\"Album \"Senja Kala\" terjual habis dalam sepekan,\" kata Rina.")
    quote = quote_with(quotes_of(text), "terjual habis")
    assert quote.text.startswith("Album")
    assert quote.speaker.name == "Rina Kartika"


def test_two_quotes_in_a_paragraph_still_pair_apart() -> None:
    text = "\"Saya pergi dulu,\" kata Ani. \"Ke Bandung,\" jawab Budi."
    assert marked_texts(text) == ["Saya pergi dulu", "Ke Bandung"]


def test_a_title_with_no_mark_after_it_is_left_as_before() -> None:
    # With no further mark to close the holding quote, the inner marks pair as they did.
    text = "\"Kami suka lagu \"Bintang Timur\" itu"
    assert "Bintang Timur" in marked_texts(text)


def test_a_post_cut_to_its_last_words_is_described_whole() -> None:
    text = ("Penyidik memeriksa tiga saksi pada Senin.\n\n"
            "\"Pemeriksaan masih berlangsung,\" kata Pelaksana Harian (Plh) Kepala Biro Humas KPK "
            "Sari Wulandari di Jakarta.\n\n"
            "Menurut Sari, hasilnya diumumkan pekan depan.")
    speaker = quote_with(quotes_of(text), "masih berlangsung").speaker
    assert speaker.name == "Sari Wulandari"
    assert speaker.description is not None
    assert speaker.description.startswith("Pelaksana Harian")
