"""Quotes, session 14: speaker descriptions and role-only speakers, checked on sentences written
for these tests (fictional people, bodies and events)."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


# --- a word of speaking together ends the speaker description ----------------------------------

def test_a_chorus_word_after_a_relative_clause_is_no_part_of_the_speaker() -> None:
    text = ("Kepala sekolah menanyakan kesiapan murid menghadapi ujian akhir.\n"
            "\"Kami siap menghadapi ujian minggu depan,\" jawab para murid yang hadir serempak bergema.\n")
    quote = quotes_of(text)[0]
    assert quote.speaker.description == "murid yang hadir"


def test_a_chorus_word_before_the_speech_verb_is_no_part_of_the_subject() -> None:
    text = ("Kepala sekolah itu bertanya kepada mereka. Para siswa yang hadir serempak menjawab, \"Kami "
            "akan belajar lebih giat lagi mulai besok.\"\n")
    quote = quotes_of(text)[0]
    assert quote.speaker.description == "siswa yang hadir"


def test_a_chorus_word_after_a_word_of_degree_stays_in_the_subject() -> None:
    text = "Para pemain yang dikenal kompak mengatakan mereka siap menghadapi laga final di Solo."
    quote = quotes_of(text)[0]
    assert quote.speaker.description == "pemain yang dikenal kompak"
