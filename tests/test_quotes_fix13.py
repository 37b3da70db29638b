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


# --- "Kata X" opening the sentence after a quote, and a name set off after the role ------------

def test_a_cue_just_after_a_quote_attributes_it_and_reads_no_second_quote() -> None:
    text = ("Musyawarah partai itu memutuskan untuk memberhentikan ketua umumnya.\n"
            "\"Keputusan ini apakah disetujui?\" Kata pimpinan sidang Muswil, Yosef Simanjuntak meminta "
            "pendapat kepada para kader yang hadir.\n")
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["Keputusan ini apakah disetujui?"]
    assert quotes[0].speaker.name == "Yosef Simanjuntak"


def test_a_cue_opening_a_new_paragraph_after_a_quote_still_opens_content() -> None:
    text = ("Pelatih Agus Salim optimistis menjelang laga final.\n"
            "\"Kami siap bertanding.\"\n"
            "Kata Agus, para pemain sudah berlatih selama dua pekan di Malang.\n")
    assert "para pemain sudah berlatih selama dua pekan di Malang" in [q.text for q in quotes_of(text)]


def test_a_name_between_commas_after_the_role_is_the_speaker_not_content() -> None:
    text = ("Polisi menggerebek sebuah gudang di Pekanbaru pada Minggu malam.\n"
            "Kata juru bicara Polda Riau, Budi Santoso, pelaku sudah ditangkap sejak Senin pagi.\n")
    quote = quotes_of(text)[0]
    assert quote.text == "pelaku sudah ditangkap sejak Senin pagi"
    assert quote.speaker.name == "Budi Santoso"


# --- an adverb of frequency opening the clause is no part of its subject -----------------------

def test_an_opening_adverb_of_frequency_is_not_the_speaker() -> None:
    text = "Terkadang beberapa desainer menyatakan pengeluaran terbesar adalah untuk menyewa model."
    quote = quotes_of(text)[0]
    assert quote.speaker.description == "beberapa desainer"


def test_an_opening_adverb_before_a_named_speaker_leaves_the_name() -> None:
    text = "Sebelumnya Menteri Perdagangan Rudi Hartono mengatakan stok beras aman hingga akhir tahun."
    quote = quotes_of(text)[0]
    assert quote.speaker.name == "Rudi Hartono"
    assert quote.speaker.description == "Menteri Perdagangan"
