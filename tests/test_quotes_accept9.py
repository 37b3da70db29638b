"""Quotes, acceptance run 9: speaker and reported-speech defects left for the quote layer (L6, L7,
L10, L11), each checked on sentences written for these tests (fictional people and firms)."""

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


VERDICT = "Majelis hakim memvonis Darmawan Saputra dua tahun penjara , Selasa .\n\n"


def test_a_lawyer_of_a_named_client_is_not_the_client() -> None:
    text = VERDICT + "\" Kami akan mengajukan banding , \" kata salah satu kuasa hukum Darmawan di luar ruang sidang ."
    speaker = quote_with(quotes_of(text), "mengajukan banding").speaker
    assert speaker.entity is None
    assert speaker.description == "kuasa hukum Darmawan"


def test_a_lawyer_as_the_subject_of_a_speech_verb_is_not_the_client() -> None:
    text = VERDICT + "Kuasa hukum Darmawan mengatakan kliennya akan mempelajari putusan itu lebih dulu ."
    speaker = quote_with(quotes_of(text), "mempelajari putusan").speaker
    assert speaker.entity is None
    assert speaker.description is not None and speaker.description.lower() == "kuasa hukum darmawan"


def test_a_wife_of_a_named_official_is_not_the_official() -> None:
    text = ("Bupati Rudi Hartanto diperiksa jaksa , Senin .\n\n"
            "\" Bapak sedang sakit , \" kata istri Rudi kepada wartawan .")
    speaker = quote_with(quotes_of(text), "sedang sakit").speaker
    assert speaker.entity is None
    assert speaker.description == "istri Rudi"


def test_a_lawyer_named_on_first_mention_is_the_lawyer() -> None:
    text = ("Sidang kasus penipuan itu kembali ditunda .\n\n"
            "\" Klien kami tidak bersalah , \" kata pengacara Hendra Wibisono di pengadilan .")
    speaker = quote_with(quotes_of(text), "tidak bersalah").speaker
    assert speaker.name == "Hendra Wibisono"


def test_the_cue_short_name_is_the_body_named_before_not_a_longer_name_in_the_quote() -> None:
    text = ("Kedai kopi Arunika Coffee membuka gerai di Jakarta .\n\n"
            "\" Gerai Arunika Coffee Grand Roastery akan menjadi yang terbesar , \" kata Arunika "
            "seperti dikutip Reuters .")
    speaker = quote_with(quotes_of(text), "yang terbesar").speaker
    assert speaker.name == "Arunika Coffee"
