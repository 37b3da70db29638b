"""Quotes, session 13: speakers from an acceptance run's leftovers, checked on sentences written
for these tests (fictional people, bodies and events)."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


# --- a clitic cue after a quote that names someone in its own words ----------------------------

_GREETED = ("Gubernur Ridwan Santoso mengucap syukur ketika mengetahui aktivis lingkungan, Bagus "
            "Prasetyo, akan pulang ke Surabaya.\n"
            "Bagus menjalani perawatan di Penang selama enam bulan setelah dianiaya orang tak dikenal.\n"
            "“Kita bersyukur, {who} sudah pulih dan kembali ke rumah,” tuturnya di Gedung Grahadi.\n")


def test_the_person_a_quote_talks_about_is_not_its_clitic_speaker() -> None:
    quote = quotes_of(_GREETED.format(who="Pak Bagus"))[0]
    assert quote.speaker.name == "Ridwan Santoso"


def test_without_the_name_inside_the_subject_before_the_quote_stays() -> None:
    quote = quotes_of(_GREETED.format(who="semua warga"))[0]
    assert quote.speaker.name == "Bagus Prasetyo"
