"""Quotes, acceptance run 8: speaker and reported-speech defects found on the run's pile, each
checked on sentences written for these tests (fictional people and events)."""

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


def test_name_in_a_relative_clause_after_the_speaker_is_not_the_speaker() -> None:
    text = ("Pebalap Spanyol Mario Santana finis keenam di Sirkuit Jerez , Minggu .\n\n"
            "\" Kami masih harus belajar banyak hal dari motor baru ini , \" tukas Santana yang "
            "menggantikan pebalap Italia , Luca Ferraro di tim pabrikan .")
    quote = quote_with(quotes_of(text), "motor baru")
    assert quote.speaker.name == "Mario Santana"


def test_title_then_comma_then_name_still_names_the_holder() -> None:
    text = ("\" Semua jalur evakuasi sudah kami siapkan , \" kata Kepala Pelaksana BPBD Sungai Lestari , "
            "Rahmat Hidayat di posko .")
    quote = quote_with(quotes_of(text), "jalur evakuasi")
    assert quote.speaker.name == "Rahmat Hidayat"


def test_reported_content_that_is_only_a_name_is_no_quote() -> None:
    text = ("Gubernur Sumatera Barat Hendra Wijaya ingin sirkuit baru dibangun di Padang .\n\n"
            "Ia mengaku saat ini masih terus berkomunikasi dengan penyelenggara balapan dunia, Dorna Sports.")
    assert not [q for q in quotes_of(text) if q.text.strip() == "Dorna Sports"]


def test_reported_content_after_an_adjunct_and_a_comma_is_still_read() -> None:
    text = ("Hendra Wijaya mengatakan di Padang, pembangunan sirkuit akan dimulai tahun depan.")
    quote = quote_with(quotes_of(text), "pembangunan sirkuit")
    assert quote.speaker.name == "Hendra Wijaya"


def test_told_reporters_with_long_adjuncts_keeps_its_speaker() -> None:
    text = ("Ministers from eleven countries met in Lima on Saturday.\n\n"
            "\"We will keep talking until the text is ready,\" Pablo Rojas told reporters after the "
            "meeting on the sidelines of the regional trade gathering.")
    quote = quote_with(quotes_of(text), "keep talking")
    assert quote.speaker.name == "Pablo Rojas"
    assert quote.cue == "told"


def test_a_new_clause_after_the_verb_still_ends_the_attribution() -> None:
    text = ("Ministers from eleven countries met in Lima on Saturday.\n\n"
            "\"We will keep talking until the text is ready,\" Pablo Rojas said, and the delegates "
            "then left the hall for a dinner hosted by the city of Lima.")
    quote = quote_with(quotes_of(text), "keep talking")
    assert quote.speaker.name != "Lima"


def test_possessor_before_a_role_and_name_is_not_the_speaker() -> None:
    text = ("Ministers from eleven countries met in Hanoi on Sunday.\n\n"
            "\"We agreed to look at every option,\" New Zealand's trade minister Tom Riley told reporters "
            "after the meeting.")
    quote = quote_with(quotes_of(text), "every option")
    assert quote.speaker.name == "Tom Riley"
    assert "trade minister" in (quote.speaker.description or "")


def test_he_told_reporters_with_long_adjuncts_goes_back_to_the_person_just_named() -> None:
    text = ("Foreign minister Pablo Rojas arrived in Lima on Saturday.\n\n"
            "\"Nobody wants to walk away now,\" he told reporters after the meeting on the sidelines "
            "of the regional trade gathering.")
    quote = quote_with(quotes_of(text), "walk away")
    assert quote.cue == "told"
    assert quote.speaker.name == "Pablo Rojas"
