"""Quotes and stances, session 16: leftovers of acceptance 12 and round 16 and a hand check on
unseen IndoSum text, checked on sentences written for these tests (fictional people and firms)."""

from __future__ import annotations

from tests.quote_reading import only, quotes_of
from tests.stance_reading import positions

# --- "menurut" and inverted cues -------------------------------------------------------------


def test_a_closing_menurut_keeps_a_long_name_whole() -> None:
    # The entity layer reads "American" as a place: the name after "menurut" still runs to the end.
    text = "Penyakit itu menyerang satu dari delapan pria dewasa, menurut American Heart Society.\n"
    quote = only(quotes_of(text), "Penyakit")
    assert quote.text == "Penyakit itu menyerang satu dari delapan pria dewasa"
    assert quote.speaker.name != "Amerika Serikat"


def test_a_body_named_after_a_place_word_speaks_under_its_whole_name() -> None:
    # No entity covers "American Heart Society": the speaker is the name as written, not the place.
    text = "Penyakit itu menyerang satu dari delapan pria dewasa, menurut American Heart Society.\n"
    assert only(quotes_of(text), "Penyakit").speaker.name == "American Heart Society"


def test_the_one_spoken_to_after_menurut_belongs_to_the_attribution() -> None:
    for opening in ("Menurut seorang sumber kepada Harian Pagi", "Sebelumnya, menurut laporan seorang sumber kepada "
                    "Harian Pagi"):
        text = f"{opening}, pasangan itu memang belum menikah.\n"
        quote = only(quotes_of(text), "pasangan")
        assert quote.text == "pasangan itu memang belum menikah"
        assert quote.speaker.description == "seorang sumber"


def test_thus_before_an_inverted_cue_still_attributes_the_sentence() -> None:
    text = ("Pelatih asal Cile Mateo Rivas dipecat sebagai manajer klub itu pada Senin setelah lima kekalahan "
            "beruntun, demikian dikatakan sumber Radio Olahraga.\n")
    quote = only(quotes_of(text), "dipecat")
    assert quote.text.startswith("Pelatih asal Cile Mateo Rivas dipecat")
    assert quote.text.endswith("lima kekalahan beruntun")
    assert quote.cue == "dikatakan"


def test_a_topic_noun_before_a_copula_opens_a_reported_clause() -> None:
    text = ("Aktris Sari Lestari berbicara di sebuah acara radio.\n\n"
            "Dia mengatakan hal pertama dilakukannya setelah sembuh dari sakit adalah berlibur bersama "
            "keluarganya.\n")
    quote = only(quotes_of(text), "berlibur")
    assert quote.text.startswith("hal pertama dilakukannya")


def test_a_topic_noun_with_no_clause_is_still_no_quote() -> None:
    text = "Menteri Arif Santoso menyatakan dukungan kepada tim nasional di Stadion Utama.\n"
    assert quotes_of(text) == []


# --- a work's title in marks ------------------------------------------------------------------


def test_a_song_title_in_marks_is_no_quote_of_the_verb_after_it() -> None:
    text = ("Musisi Rendra Wicaksana akan tampil di Bandung bulan depan.\n\n"
            "Sayangnya, pelantun lagu 'Terserah Kamu' itu belum mau membeberkan daftar lagunya.\n")
    assert not [q for q in quotes_of(text) if q.text == "Terserah Kamu"]


def test_a_sentence_in_marks_after_a_title_word_stays_a_quote() -> None:
    text = 'Ia menyanyikan lagu "Kami tidak akan menyerah hari ini!" teriak Rendra di panggung.\n'
    assert only(quotes_of(text), "menyerah").direct


# --- words glued to a speaker's name ----------------------------------------------------------


def test_a_hashtag_word_is_no_part_of_the_name_after_it() -> None:
    text = ("Konser #RAYAKAN Rendra Wicaksana digelar bulan depan di Bandung.\n\n"
            '"Kami sudah berlatih empat bulan untuk konser ini," ungkap Rendra kepada wartawan.\n')
    assert only(quotes_of(text), "berlatih").speaker.name == "Rendra Wicaksana"


def test_a_company_named_alone_before_goes_back_to_the_title() -> None:
    text = ("Kios Digital Buka Kemitraan\n\nPerusahaan kios digital Q Kios meluncurkan program kemitraan baru.\n\n"
            '"Program ini memperkuat usaha kecil di daerah," ujar Direktur Utama Q Kios Martin Halim, Selasa.\n')
    speaker = only(quotes_of(text), "usaha kecil").speaker
    assert speaker.name == "Martin Halim"
    assert speaker.description == "Direktur Utama Q Kios"


def test_a_body_written_longer_elsewhere_goes_back_whole() -> None:
    text = ("Kelas Pemrograman Untuk Pelajar\n\nPelatihan itu diadakan oleh Tiga Ruang di Jakarta.\n\n"
            "Head of Tiga Ruang Academy Prayoga Wirawan mengatakan pelatihan ini yang pertama untuk pelajar.\n\n"
            "Sebelumnya, Tiga Ruang Academy juga mengadakan kelas yang sama.\n")
    speaker = only(quotes_of(text), "pelatihan ini").speaker
    assert speaker.name == "Prayoga Wirawan"


def test_a_short_name_in_the_headline_or_a_title_with_its_place_keeps_the_full_name() -> None:
    text = ("Jalan Rusak, Rendra Minta Maaf\n\nPagi itu Rendra datang ke Bandung. Gubernur Jawa Barat Rendra Adi "
            "Wicaksana mengatakan pihaknya akan memperbaiki jalan itu bulan depan.\n")
    assert only(quotes_of(text), "memperbaiki").speaker.name == "Rendra Adi Wicaksana"
    text = ("Bagas Minta Maaf\n\nPresiden Bagas Surya Pratama mengatakan pemerintah akan memperbaiki jalan "
            "itu bulan depan.\n")
    assert only(quotes_of(text), "memperbaiki").speaker.name == "Bagas Surya Pratama"


def test_a_person_named_in_full_first_keeps_the_full_name() -> None:
    text = ("Ketua Umum Bagas Surya Pratama mengatakan partainya siap menghadapi pemilu tahun depan.\n\n"
            "Bagas menambahkan bahwa kader di daerah sudah dilatih sejak Januari.\n")
    names = {q.speaker.name for q in quotes_of(text)}
    assert names == {"Bagas Surya Pratama"}


def test_a_title_and_surname_with_no_given_name_stay_as_written() -> None:
    # The gazetteer lists a man of this surname; the article names only "Ms. Moore".
    text = ('The campaign hopes to hold another rally next week. "It is a bit of magic when they are on '
            'stage together," Ms. Moore said.\n')
    speaker = only(quotes_of(text), "magic").speaker
    assert speaker.name == "Moore"


def test_a_surname_of_someone_named_in_full_keeps_the_full_name() -> None:
    text = ('Dana Moore, a senior adviser to the campaign, spoke on Sunday. "We are not there yet," '
            "Ms. Moore said.\n")
    assert only(quotes_of(text), "not there yet").speaker.name == "Dana Moore"


# --- a stance holder named by an epithet ------------------------------------------------------


def _holders(text: str) -> list[str | None]:
    return [p.holder.name for p in positions(text)]


def test_an_epithet_is_the_person_introduced_with_it() -> None:
    text = ("Rendra Wicaksana, pelantun lagu 'Terserah Kamu', tampil di Bandung.\n\n"
            "Manajer gedung, Budi Santoso, mengatakan tiket sudah habis sejak pekan lalu.\n\n"
            "Sayangnya, pelantun lagu 'Terserah Kamu' itu belum mau membeberkan daftar lagunya.\n")
    assert _holders(text) == ["Rendra Wicaksana"]


def test_an_epithet_with_no_introduction_points_back_to_the_person() -> None:
    text = ("Musisi Rendra Wicaksana akan tampil di Bandung bulan depan.\n\n"
            "Sayangnya, penyanyi asal Ambon itu belum mau membeberkan daftar lagunya.\n")
    assert _holders(text) == ["Rendra Wicaksana"]


def test_a_thing_pointed_at_holds_no_stance() -> None:
    text = ("Musisi Rendra Wicaksana akan tampil di Bandung bulan depan.\n\n"
            "Lagu itu belum mau membeberkan apa pun.\n")
    assert _holders(text) == []


def test_an_epithet_goes_on_from_the_person_quoted_rather_than_one_named_in_passing() -> None:
    text = ("Musisi Rendra Wicaksana akan tampil di Bandung bulan depan.\n\n"
            '"Kami sudah berlatih empat bulan untuk konser ini," ujar Rendra kepada wartawan.\n\n'
            "Konser itu juga menghadirkan Budi Santoso sebagai bintang tamu.\n\n"
            "Sayangnya, penyanyi itu belum mau membeberkan daftar lagunya.\n")
    assert _holders(text) == ["Rendra Wicaksana"]


# --- an English headline's own shapes of reported speech --------------------------------------

_ENGLISH_BODY = ("\n\nThe mayor spoke to reporters on Tuesday after a meeting with the council. He said the "
                 "city would publish the plan in the spring and that the vote would come before the summer.\n\n"
                 "Council members were not available for comment on the plan, which has been debated for "
                 "months in the city.\n")


def _headline_quote(headline: str) -> list[tuple[str, str | None]]:
    text = headline + _ENGLISH_BODY
    return [(q.text, q.speaker.name) for q in quotes_of(text) if q.start < len(headline)]


def test_a_title_case_says_in_a_headline_carries_a_quote() -> None:
    found = _headline_quote("Mayor Dan Whitlock Says New Bridge Will Open Before Winter.")
    assert [t for t, _ in found] == ["New Bridge Will Open Before Winter"]


def test_a_closing_says_in_a_headline_attributes_the_words_before_it() -> None:
    found = _headline_quote("New Bridge Will Open Before Winter, Dan Whitlock Says.")
    assert [t for t, _ in found] == ["New Bridge Will Open Before Winter"]


def test_a_section_label_before_a_colon_is_no_speaker() -> None:
    found = _headline_quote("The Latest: New Bridge Will Open Before Winter.")
    assert all(name != "The Latest" for _, name in found)


def test_a_name_before_a_headline_colon_is_the_speaker() -> None:
    found = _headline_quote("Dan Whitlock: New Bridge Will Open Before Winter.")
    assert found == [("New Bridge Will Open Before Winter", "Dan Whitlock")]


def test_a_hyphenated_given_name_after_a_title_of_no_office_stays_in_the_name() -> None:
    text = "Aktor Jean-Luc Bernard Moreau mengatakan film barunya akan tayang di Jakarta bulan depan.\n"
    name = only(quotes_of(text), "film barunya").speaker.name
    assert name is not None and name.startswith("Jean-Luc")
