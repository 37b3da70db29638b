"""Quotes, session 12: reported speech after a verb that needs "bahwa" or a comma when a bare
clause follows anyway, and fixes from a review of unseen news, checked on sentences written for
these tests (fictional people and bodies)."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


def texts_of(text: str) -> list[str]:
    return [q.text for q in quotes_of(text)]


# --- a bare clause after a verb that usually takes "bahwa" -----------------------------------

def test_a_subject_and_its_verb_after_menjelaskan_are_reported_speech() -> None:
    text = ("Kepala Pusat Data BPBD Jawa Barat Rudi Hartanto menjelaskan longsor menyebabkan tiga "
            "rumah rusak berat.")
    quote = quotes_of(text)[0]
    assert quote.text == "longsor menyebabkan tiga rumah rusak berat"
    assert quote.speaker.name == "Rudi Hartanto"
    assert not quote.direct


def test_a_passive_verb_after_a_plural_subject_is_a_clause() -> None:
    text = "Kepala sekolah Dewi Lestari menjelaskan para siswa pada dasarnya diwajibkan mengikuti upacara."
    assert texts_of(text) == ["para siswa pada dasarnya diwajibkan mengikuti upacara"]


def test_memastikan_a_noun_phrase_and_its_verb() -> None:
    text = "Direktur Bulog Anton Sugiarto memastikan stok beras mencukupi hingga Lebaran."
    assert texts_of(text) == ["stok beras mencukupi hingga Lebaran"]


def test_a_noun_taking_a_verb_as_its_complement_is_a_topic() -> None:
    for text in ("Direktur Bulog Anton Sugiarto menjelaskan cara mendaftar lewat aplikasi.",
                 "Direktur Bulog Anton Sugiarto mengumumkan rencana membangun gudang baru.",
                 "Direktur Bulog Anton Sugiarto menyampaikan pesan menjaga persatuan."):
        assert texts_of(text) == [], text


def test_taking_part_is_the_speakers_own_act_not_a_clause() -> None:
    text = "Bupati Sarmin Wijaya membantah turut menerima uang dari kontraktor jalan itu."
    assert texts_of(text) == []


def test_a_preposition_shaped_like_a_verb_is_no_predicate() -> None:
    text = "Ketua panitia Rina Kartika menjelaskan data berdasarkan survei bulan lalu."
    assert texts_of(text) == []


def test_an_adjunct_or_a_describing_verb_after_the_object_opens_no_clause() -> None:
    for text in ("Pembawa acara Dimas Saputra menanyakan lokasi ketika Laras membaca naskah itu.",
                 "Perusahaan Sinar Data mengumumkan fitur bernama Kilat yang terdapat pada ponsel barunya.",
                 "Penyanyi Laras Ayu mengisahkan pengalamannya saat membaca naskah film itu.",
                 "Pelatih Dedi Kusnadi mencatat hasil serupa setelah mengalahkan tim tamu."):
        assert texts_of(text) == [], text


def test_the_importance_of_doing_something_is_a_topic() -> None:
    text = "Gubernur Rahmat Hidayat menekankan pentingnya semua warga menjaga kebersihan sungai."
    assert texts_of(text) == []


# --- a term in marks with no speech behind it -----------------------------------------------

def test_a_term_after_a_reduplicated_verb_is_no_quote() -> None:
    text = ("Hartono dan Sulaiman dekat dengan Gubernur. Sulaiman disebut - sebut sebagai “ penasihat "
            "spiritual ” sang gubernur .")
    assert quotes_of(text) == []


def test_kata_kata_is_a_noun_not_a_cue() -> None:
    text = ("Seorang pria mendekat lalu bertanya dengan kata - kata kasar . “ Kamu dari mana ? ” kata "
            "Andreas menirukan ucapan pria itu .")
    quote = quotes_of(text)[0]
    assert quote.text == "Kamu dari mana ?"
    assert quote.speaker.name == "Andreas"


def test_menurut_opening_the_next_sentence_does_not_attribute_a_term() -> None:
    text = ("Oleh mahasiswa , singkatan itu diplesetkan menjadi “ Anak Kesayangan Bupati . ” Menurut "
            "Suharjo , dia melarang demonstrasi di depan kantor bupati .")
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["dia melarang demonstrasi di depan kantor bupati"]
    assert quotes[0].speaker.name == "Suharjo"


def test_menurut_after_a_quoted_sentence_still_names_its_speaker() -> None:
    text = "\" Kami sudah berlatih keras sejak bulan lalu . \" Menurut Budiman , timnya siap bertanding ."
    assert {q.speaker.name for q in quotes_of(text)} == {"Budiman"}


# --- speakers from the review of unseen news ------------------------------------------------

def test_selesai_fronts_a_clause_and_reports_nothing() -> None:
    text = ("Selesai bertanya pada Rudi dan menghubungi dua kepala dinas , Bupati Anton Wibowo kaget "
            "karena Gubernur datang .")
    assert quotes_of(text) == []


def test_selesai_fronting_a_clause_of_saying_gives_the_main_subject() -> None:
    text = "Selesai menyatakan akan mundur , Ketua Umum partai itu Budi Santoso meninggalkan ruangan ."
    quote = quotes_of(text)[0]
    assert quote.text == "akan mundur"
    assert quote.speaker.name == "Budi Santoso"


def test_an_opinion_held_by_nobody_named_is_no_speaker() -> None:
    text = ("Anggota DPR Ihsan Yunus hadir dalam rapat itu. Ihsan juga belum dapat mengomentari adanya "
            "pendapat yang menyatakan , nantinya aturan itu bisa menurunkan industri dalam negeri .\n"
            "\" Kalau cukai turun , ya itu tergantung dari konsumen , \" katanya .")
    quotes = quotes_of(text)
    assert [q.direct for q in quotes] == [True]
    assert quotes[0].speaker.name == "Ihsan Yunus"


def test_the_speaker_relayed_by_an_opening_menurut_is_the_verbs_subject() -> None:
    text = ("Gubernur Hendra Gunawan meninjau banjir. Menurut Wahyu , gubernur menegaskan bantuan harus "
            "segera disalurkan .")
    quote = next(q for q in quotes_of(text) if q.cue == "menegaskan")
    assert quote.text == "bantuan harus segera disalurkan"
    assert quote.speaker.name == "Hendra Gunawan"
    assert quote.speaker.description is None


def test_a_role_said_of_a_group_earlier_does_not_stop_the_pointing_description() -> None:
    text = ("ARGENTINA - Pebalap Honda , Marco Bianchi , mengawali musim dengan naik podium di Qatar .\n\n"
            "\" Pada seri pertama , saya tidak terlalu jauh dari dua pebalap di depan , \" kata Bianchi .\n\n"
            "\" Seperti pebalap lain , kami harus paham kondisi lintasan , \" kata Bianchi .\n\n"
            "Namun , pebalap 38 tahun tersebut mengaku lebih fokus pada jumlah kemenangan .")
    quote = next(q for q in quotes_of(text) if q.cue == "mengaku")
    assert quote.speaker.name == "Marco Bianchi"
    assert quote.speaker.description is None


def test_a_relative_of_a_named_person_pointed_at_is_the_person_the_story_is_about() -> None:
    text = ("JAKARTA - Pebalap Superbike Daniel Hartley menegaskan bahwa dirinya tidak memiliki pembicaraan "
            "dengan tim Honda .\n\n"
            "\" Kontrak saya jelas , \" kata Daniel Hartley .\n\n"
            "Saudara kandung pebalap Tom Hartley itu menambahkan bahwa Honda belum membicarakan kemungkinan "
            "itu dengannya .")
    quote = next(q for q in quotes_of(text) if q.cue == "menambahkan")
    assert quote.speaker.name == "Daniel Hartley"


def test_a_role_before_a_name_and_a_pointer_is_still_that_person() -> None:
    text = ("Wartawan menunggu di luar gedung KPK sejak pagi.\n\n"
            "Mantan Ketua KPK Abdul Samsudin itu mengatakan pemeriksaan berjalan lancar .")
    assert quotes_of(text)[0].speaker.name == "Abdul Samsudin"


def test_bercerita_reports_speech_after_a_comma_or_bahwa() -> None:
    text = ("Wakil Ketua DPR Fahri Hamzah hadir di Senayan. Dia bercerita , awalnya pasal itu memang mengatur "
            "penyadapan melalui peraturan pemerintah .")
    quote = quotes_of(text)[0]
    assert quote.text.startswith("awalnya pasal itu")
    assert quote.speaker.name == "Fahri Hamzah"


def test_bercerita_about_a_topic_is_no_quote() -> None:
    assert texts_of("Penyanyi Rina Kartika bercerita tentang masa kecilnya di desa .") == []


def test_content_opening_with_until_now_after_an_opening_cue() -> None:
    text = ("Anggota DPR Ihsan Yunus hadir . Kata Ihsan , hingga saat ini juga terdapat beberapa masalah "
            "yang belum selesai dibahas .")
    quote = quotes_of(text)[0]
    assert quote.text.startswith("hingga saat ini juga terdapat")
    assert quote.speaker.name == "Ihsan Yunus"
