"""Quotes, session 9: speaker defects left from the eighth session, each checked on sentences
written for these tests (fictional people, bodies and events)."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


def quote_with(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


# --- a body's acronym glued before a member's name -------------------------------------------

def test_body_acronym_after_a_noun_of_belonging_is_not_part_of_the_name() -> None:
    text = ("Ketua Forum Warga Lestari Budi Hartono menganggap pentolan GMR Dedi Kurniawan berjasa besar "
            "bagi kampung itu .\n\n"
            "Dedi mengabarkan akan pulang dari Malaysia pekan depan .")
    quote = quote_with(quotes_of(text), "pulang dari Malaysia")
    assert quote.speaker.name == "Dedi Kurniawan"


def test_initials_before_one_surname_stay_the_name() -> None:
    text = ("Pengacara RM Santoso hadir di pengadilan , Senin .\n\n"
            "\" Klien kami tidak bersalah , \" kata pengacara RM Santoso .")
    quote = quote_with(quotes_of(text), "tidak bersalah")
    assert quote.speaker.name == "RM Santoso"


def test_initials_after_a_capitalised_rank_stay_the_name() -> None:
    text = ("\" Tim gabungan terus menyisir sungai , \" kata Kepala Badan SAR Daerah Marsma TS Hendra "
            "Gunawan di posko , Selasa .")
    quote = quote_with(quotes_of(text), "menyisir sungai")
    assert quote.speaker.name is not None and quote.speaker.name.startswith("TS ")


# --- the subject of reported content is not who a later pronoun means ------------------------

def test_subject_inside_reported_content_does_not_take_a_later_kata_dia() -> None:
    text = ("Rahmat Santoso , pendiri Forum Warga Lestari , menganggap pentolan GMR Dedi Kurniawan berjasa "
            "besar bagi kampung itu .\n\n"
            "Menurut Rahmat , Dedi merupakan warga asli kampung yang ber - KTP Bogor .\n\n"
            "\" Seharusnya pemerintah kota turun tangan melindungi warganya , \" kata dia .")
    quote = quote_with(quotes_of(text), "turun tangan")
    assert quote.speaker.name == "Rahmat Santoso"


def test_subject_of_the_saying_sentence_still_counts() -> None:
    text = ("Wali Kota Tanjung Sari Hendra Wibowo meninjau pasar , Rabu .\n\n"
            "Hendra mengatakan renovasi pasar selesai bulan depan .\n\n"
            "\" Pedagang bisa kembali berjualan sebelum Lebaran , \" kata dia .")
    quote = quote_with(quotes_of(text), "sebelum Lebaran")
    assert quote.speaker.name == "Hendra Wibowo"
