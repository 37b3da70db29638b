"""Quotes, session 9: speaker defects left from the eighth session, each checked on sentences
written for these tests (fictional people, bodies and events)."""

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


# --- a body's acronym glued before a member's name -------------------------------------------

def test_body_acronym_after_a_noun_of_belonging_is_not_part_of_the_name() -> None:
    text = ("Ketua Forum Warga Lestari Budi Hartono menganggap pentolan GMR Dedi Kurniawan berjasa besar "
            "bagi kampung itu .\n\n"
            "Dedi mengabarkan akan pulang dari Malaysia pekan depan .")
    quote = quote_with(quotes_of(text), "pulang dari Malaysia")
    assert quote.speaker.name == "Dedi Kurniawan"


def test_initials_before_one_surname_stay_the_name() -> None:
    text = ("Pengacara RM Santoso hadir di pengadilan , Senin .\n\n"
            "\" Klien kami tidak bersalah , \" kata pengacara RM Santoso .")
    quote = quote_with(quotes_of(text), "tidak bersalah")
    assert quote.speaker.name == "RM Santoso"


def test_initials_after_a_capitalised_rank_stay_the_name() -> None:
    text = ("\" Tim gabungan terus menyisir sungai , \" kata Kepala Badan SAR Daerah Marsma TS Hendra "
            "Gunawan di posko , Selasa .")
    quote = quote_with(quotes_of(text), "menyisir sungai")
    assert quote.speaker.name is not None and quote.speaker.name.startswith("TS ")


# --- the subject of reported content is not who a later pronoun means ------------------------

def test_subject_inside_reported_content_does_not_take_a_later_kata_dia() -> None:
    text = ("Rahmat Santoso , pendiri Forum Warga Lestari , menganggap pentolan GMR Dedi Kurniawan berjasa "
            "besar bagi kampung itu .\n\n"
            "Menurut Rahmat , Dedi merupakan warga asli kampung yang ber - KTP Bogor .\n\n"
            "\" Seharusnya pemerintah kota turun tangan melindungi warganya , \" kata dia .")
    quote = quote_with(quotes_of(text), "turun tangan")
    assert quote.speaker.name == "Rahmat Santoso"


def test_subject_of_the_saying_sentence_still_counts() -> None:
    text = ("Wali Kota Tanjung Sari Hendra Wibowo meninjau pasar , Rabu .\n\n"
            "Hendra mengatakan renovasi pasar selesai bulan depan .\n\n"
            "\" Pedagang bisa kembali berjualan sebelum Lebaran , \" kata dia .")
    quote = quote_with(quotes_of(text), "sebelum Lebaran")
    assert quote.speaker.name == "Hendra Wibowo"


# --- a clitic cue after a quote: the last speaker over an older subject ----------------------

def test_clitic_after_a_quote_goes_on_from_the_last_speaker_not_an_older_subject() -> None:
    text = ("Polisi menangkap seorang pria yang mencuri sepeda motor di Bekasi .\n\n"
            "\" Pelaku kami tangkap di rumahnya , \" kata Kapolsek Bekasi Utara Komisaris Polisi "
            "Wahyu Saputra , Kamis .\n\n"
            "Rudi Hartanto , pemilik sepeda motor itu , sempat mengejar pelaku .\n\n"
            "\" Korban melapor sesaat setelah kejadian , \" ujar Wahyu .\n\n"
            "Rudi Hartanto kemudian melapor ke Polsek Bekasi Utara . Polisi langsung bergerak ke "
            "rumah pelaku .\n\n"
            "\" Sepeda motor itu juga sudah kami amankan sebagai barang bukti , \" katanya .")
    quote = quote_with(quotes_of(text), "barang bukti")
    assert quote.speaker.name == "Wahyu Saputra"


def test_clitic_after_a_quote_still_takes_the_subject_of_the_sentence_before() -> None:
    text = ("\" Pelaku kami tangkap di rumahnya , \" kata Kapolsek Bekasi Utara Komisaris Polisi "
            "Wahyu Saputra , Kamis .\n\n"
            "Pemilik motor itu , Rudi Hartanto , kemudian datang ke kantor polisi untuk mengambil motornya .\n\n"
            "\" Saya lega motor saya kembali , \" katanya .")
    quote = quote_with(quotes_of(text), "motor saya kembali")
    assert quote.speaker.name == "Rudi Hartanto"


# --- a pronoun after a person named with no role ---------------------------------------------

def test_pronoun_after_a_full_name_with_no_role_opening_the_sentence() -> None:
    text = ("Warga Desa Sukamaju mengungsi ke balai desa sejak Senin malam . Suparman Wiryo ikut "
            "mengungsi bersama keluarganya .\n\n"
            "\" Air masuk ke rumah setinggi pinggang , \" kata dia .")
    quote = quote_with(quotes_of(text), "setinggi pinggang")
    assert quote.speaker.name == "Suparman Wiryo"


def test_ia_mengatakan_after_a_full_name_with_no_role() -> None:
    text = ("Hujan deras mengguyur Kampung Rawa sejak pagi . Siti Aminah menunggu di depan rumahnya . "
            "Ia mengatakan air belum pernah setinggi ini .")
    quote = quote_with(quotes_of(text), "belum pernah")
    assert quote.speaker.name == "Siti Aminah"


def test_a_lone_capitalised_word_opening_a_sentence_is_no_subject() -> None:
    text = ("Kepala Dinas Sosial Bandar Lestari Agus Setiawan meninjau dapur umum , Selasa .\n\n"
            "Diduga banjir dipicu tanggul yang jebol .\n\n"
            "\" Bantuan makanan cukup untuk tiga hari , \" kata dia .")
    quote = quote_with(quotes_of(text), "tiga hari")
    assert quote.speaker.name == "Agus Setiawan"


# --- acceptance pass (IndoSum dev.01, 14 articles): general defects, on sentences written here -

def test_negation_with_a_modal_before_the_verb_reports_no_speech() -> None:
    text = ("Juru bicara pengadilan Rina Marlina hadir di ruang sidang , Senin .\n\n"
            "Namun , Rina belum dapat memastikan apakah kedua pihak akan hadir pada sidang berikutnya .\n\n"
            "Rina juga tidak bisa menyebutkan siapa saja saksi yang akan dipanggil .")
    assert not [q for q in quotes_of(text) if "kedua pihak" in q.text or "saksi" in q.text]


def test_dirinya_opening_a_sentence_is_the_person_just_named() -> None:
    text = ("Kuasa hukum terdakwa , Bayu Prasetya , membela diri di depan wartawan .\n\n"
            "Dirinya memastikan telah memiliki izin sebagai advokat resmi .")
    quote = quote_with(quotes_of(text), "izin sebagai advokat")
    assert quote.speaker.name == "Bayu Prasetya"


def test_an_auxiliary_after_the_speaker_opens_the_content() -> None:
    text = ("Kepala Dinas Keuangan Kota Sungai Lestari Hendra Wijaya hadir dalam rapat itu .\n\n"
            "Sisa anggaran proyek itu , kata Hendra akan dikembalikan ke kas daerah .")
    quote = quote_with(quotes_of(text), "kas daerah")
    assert quote.speaker.name == "Hendra Wijaya"
    assert quote.text.startswith("akan dikembalikan")


def test_mid_sentence_cue_after_a_linking_adverb_takes_content_opening_with_an_adjunct() -> None:
    text = ("Ketua Forum Pejalan Kaki Rina Marlina menghadiri diskusi itu .\n\n"
            "Sebaliknya , kata Rina , tanpa trotoar yang layak para pejalan kaki akan tetap turun ke badan "
            "jalan .")
    quote = quote_with(quotes_of(text), "badan jalan")
    assert quote.speaker.name == "Rina Marlina"
    assert quote.text.startswith("tanpa trotoar")


def test_those_accompanying_the_speaker_are_not_the_speaker() -> None:
    for between in ("yang didampingi Kasat Reskrim AKP Budi Santoso dan Kanit Reskrim Iptu Cahyo Nugroho",
                    ", didampingi Kasat Reskrim AKP Budi Santoso ,"):
        text = (f"Kapolres Sungai Lestari AKBP Andi Wijaya {between} mengatakan pelaku sudah ditangkap "
                "di rumahnya .")
        quote = quote_with(quotes_of(text), "pelaku sudah ditangkap")
        assert quote.speaker.name == "Andi Wijaya"


def test_a_speaker_named_after_the_content_may_be_its_subject() -> None:
    text = ("Rina Kusuma mundur dari turnamen Bali Terbuka akibat cedera bahu kanan , kata mantan juara "
            "itu .")
    quote = quote_with(quotes_of(text), "cedera bahu")
    assert quote.speaker.name == "Rina Kusuma"


def test_clitic_after_a_quote_keeps_one_a_pronoun_in_the_sentence_before_goes_on_from() -> None:
    text = ("\" Pemeriksaan saksi berjalan lancar , \" kata juru bicara kejaksaan Dimas Pratama .\n\n"
            "Pengacara Yusuf Hamdani juga hadir di gedung itu . Ia mendampingi kliennya selama pemeriksaan .\n\n"
            "Bahkan dia membawa setumpuk dokumen tambahan untuk penyidik .\n\n"
            "\" Klien saya hanya ingin kasus ini cepat selesai , \" tegasnya .")
    quote = quote_with(quotes_of(text), "cepat selesai")
    assert quote.speaker.name == "Yusuf Hamdani"


def test_agent_of_a_passive_verb_of_saying_is_who_a_later_ia_means() -> None:
    text = ("\" Iuran itu tidak boleh dipaksakan , \" kata anggota DPRD Joko Santosa .\n\n"
            "Rencana pemotongan iuran dari gaji pegawai sebelumnya disebutkan oleh Wali Kota Sungai Lestari "
            "Hendra Wibowo . Pihaknya tengah menyiapkan aturan tentang iuran itu .\n\n"
            "Namun , ia menegaskan , pemotongan gaji itu tidak bersifat wajib .")
    quote = quote_with(quotes_of(text), "tidak bersifat wajib")
    assert quote.speaker.name == "Hendra Wibowo"


def test_oleh_after_a_passive_cue_is_no_part_of_the_speaker() -> None:
    text = ("Bupati Kepulauan Lestari , Irwan Saputra meninjau dermaga .\n\n"
            "Seperti dijelaskan oleh Irwan , kapal itu akan dipakai warga pulau untuk mengangkut orang sakit .")
    quote = quote_with(quotes_of(text), "orang sakit")
    assert quote.speaker.name == "Irwan Saputra"


def test_a_work_title_in_marks_inside_a_pointing_description_is_no_speaker() -> None:
    text = ("Aktor Rendra Wijaya mengaku pernah dirawat karena kanker .\n\n"
            "\" Saya beruntung penyakit itu ditemukan lebih awal , \" kata pemain ‘ Langit Senja ’ tersebut .")
    quote = quote_with(quotes_of(text), "ditemukan lebih awal")
    assert quote.speaker.name is not None and quote.speaker.name.endswith("Rendra Wijaya")
