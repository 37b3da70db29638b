"""Quote paragraphs with no cue of their own: whose words they are when a cued quote follows.

The articles here are written for these tests (fictional events, Indonesian news style).
"""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


def speaker_of(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0].speaker.name


def test_an_uncued_quote_paragraph_is_the_next_cued_speaker_s_not_the_last_person_named() -> None:
    text = (
        "Pebalap Yamaha, Dimas Pratama, menilai kesalahan Rangga Saputra di Sentul bukan yang terakhir "
        "musim ini. Rangga Saputra terjatuh di lap terakhir saat mengejar pemimpin lomba.\n\n"
        "\"Sejauh ini musim berjalan sangat liar karena banyak pebalap yang melakukan kesalahan.\"\n\n"
        "\"Jadi kesalahan itu hampir pasti bukan yang terakhir musim ini,\" ujar Dimas Pratama.\n"
    )
    quotes = quotes_of(text)
    assert speaker_of(quotes, "Sejauh ini") == "Dimas Pratama"
    assert speaker_of(quotes, "Jadi kesalahan") == "Dimas Pratama"


def test_an_uncued_quote_after_no_speech_takes_the_speaker_of_the_cued_quote_after_it() -> None:
    text = (
        "Hujan deras mengguyur Sentul sejak pagi. Rangga Saputra terjatuh di tikungan pertama.\n\n"
        "\"Lintasan terlalu licin untuk motor kami hari ini, tidak ada yang bisa kami lakukan.\"\n\n"
        "\"Kami akan kembali lebih kuat pada seri berikutnya,\" kata Dimas Pratama.\n"
    )
    assert speaker_of(quotes_of(text), "Lintasan terlalu licin") == "Dimas Pratama"


def test_an_uncued_quote_goes_on_from_another_speaker_s_speech_just_before_it() -> None:
    text = (
        "Manajer tim, Hendra Wijaya, mengatakan timnya sudah bekerja keras sepanjang pekan.\n\n"
        "\"Para mekanik bekerja hingga larut malam untuk memperbaiki motor yang rusak itu.\"\n\n"
        "\"Saya tetap bangga pada tim ini,\" ujar Dimas Pratama.\n"
    )
    assert speaker_of(quotes_of(text), "Para mekanik") == "Hendra Wijaya"
