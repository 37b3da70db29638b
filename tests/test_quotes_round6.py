"""Quotes, round 6: speaker and reported-speech rules found on the newest dev documents,
each checked on articles written for these tests (fictional people and events, Indonesian
news style, some in the space-separated token style of scraped corpora).
"""

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


def test_minister_short_title_as_speaker_is_the_minister_named_in_full() -> None:
    text = ("Menteri Perhubungan Bayu Santosa meninjau terminal bus Tirtonadi di Solo , Sabtu .\n\n"
            "\" Kami ingin pelayanan mudik tahun ini lebih tertib dan aman , \" kata Menhub usai "
            "meninjau terminal .")
    quote = quote_with(quotes_of(text), "pelayanan mudik")
    assert quote.speaker.name == "Bayu Santosa"


def test_minister_short_title_of_another_field_finds_no_holder() -> None:
    text = ("Menteri Perhubungan Bayu Santosa meninjau terminal bus Tirtonadi di Solo , Sabtu .\n\n"
            "\" Anggaran untuk sekolah tidak akan dipotong tahun depan , \" kata Mendikbud di Jakarta .")
    quote = quote_with(quotes_of(text), "Anggaran untuk sekolah")
    assert quote.speaker.name != "Bayu Santosa"


def test_topic_noun_with_demonstrative_and_auxiliary_is_a_reported_clause() -> None:
    text = ("Bupati Sungai Lestari Darmawan Putra mengatakan hal tersebut merupakan langkah awal "
            "penataan pasar tradisional di kota itu .")
    quote = quote_with(quotes_of(text), "langkah awal")
    assert quote.text.startswith("hal tersebut merupakan")
    assert "Darmawan Putra" in f"{quote.speaker.name} {quote.speaker.description}"


def test_topic_noun_with_demonstrative_and_place_stays_no_quote() -> None:
    text = "Bupati Sungai Lestari Darmawan Putra mengatakan hal itu di depan para pedagang pasar , Senin ."
    assert quotes_of(text) == []


def test_speaker_spelled_another_way_is_the_person_named_in_full() -> None:
    for full, short in (("Yudhi Prasetya", "Yudi"), ("Djoko Santoso", "Joko")):
        text = (f"Asisten manajer Persikota , {full} , kecewa dengan keputusan wasit pada laga Minggu malam .\n\n"
                f"\" Kami akan mengirim surat protes kepada operator liga , \" kata {short} .")
        quote = quote_with(quotes_of(text), "surat protes")
        assert quote.speaker.name == full


def test_speaker_whose_name_differs_by_more_than_spelling_stays_apart() -> None:
    text = ("Asisten manajer Persikota , Yudhi Prasetya , kecewa dengan keputusan wasit pada laga Minggu malam .\n\n"
            "\" Kami akan mengirim surat protes kepada operator liga , \" kata Yudo .")
    quote = quote_with(quotes_of(text), "surat protes")
    assert quote.speaker.name != "Yudhi Prasetya"
