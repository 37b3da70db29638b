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


def test_a_subject_before_a_mid_sentence_aside_is_no_quote_of_its_own() -> None:
    text = ("Peneliti Eko Prasetyo memaparkan hasil survei .\n\n"
            "Pembangunan Bandara Wates tahap pertama , kata dia , ditargetkan beroperasi pada 2019 .")
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.text.strip() == "Pembangunan Bandara Wates tahap pertama"]
    assert quote_with(quotes, "ditargetkan beroperasi").speaker.name == "Eko Prasetyo"


def test_an_aside_with_no_comma_after_the_name_leaves_the_predicate_as_content() -> None:
    text = ("Peneliti Eko Prasetyo memaparkan hasil survei .\n\n"
            "Rahmat-Budi dan Hendra-Sari , kata Eko sejauh ini saling berbagi basis pemilih di dua wilayah .")
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.text.strip() == "Rahmat-Budi dan Hendra-Sari"]
    quote = quote_with(quotes, "saling berbagi")
    assert quote.speaker.name == "Eko Prasetyo"
    assert not quote.text.startswith("Eko")


def test_a_closing_source_note_leaves_the_subject_as_speaker() -> None:
    text = ("Ministers of both countries met in the capital on Monday.\n\n"
            "Maria Santos said she hoped the two countries would deepen trade ties, according to a "
            "statement from her office.")
    quote = quote_with(quotes_of(text), "deepen trade ties")
    assert quote.speaker.name == "Maria Santos"
    assert "according to" not in quote.text


def test_according_to_a_person_still_names_the_speaker() -> None:
    text = ("The talks ended late on Monday.\n\n"
            "The two sides agreed to meet again next month, according to Maria Santos.")
    quote = quote_with(quotes_of(text), "meet again")
    assert quote.speaker.name == "Maria Santos"


def test_the_wife_with_her_own_name_beside_the_role_is_that_person() -> None:
    text = ("Penyanyi Dani Hartono ditemukan meninggal di hotelnya .\n\n"
            "Ia didampingi istrinya , Vina Hartono , selama tur .\n\n"
            "Menurut sang istri Vina , Dani memang sering sulit tidur .")
    speaker = quote_with(quotes_of(text), "sulit tidur").speaker
    assert speaker.entity is not None
    assert speaker.name == "Vina Hartono"
