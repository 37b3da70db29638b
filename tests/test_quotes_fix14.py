"""Quotes, session 14: speaker descriptions and role-only speakers, checked on sentences written
for these tests (fictional people, bodies and events)."""

from __future__ import annotations

from tests.quote_reading import quotes_of
from warta.article.quotemarks import marked_spans

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


# --- a role-only speaker is the one person the article gave that role ---------------------------

_COURT = ("Pengadilan Negeri Medan menggelar sidang perdana kasus korupsi dana desa pada Selasa.\n"
          "{chair}\n"
          "\"Terdakwa dapat mengajukan eksepsi pada pekan depan,\" ujar pemimpin sidang.\n")

def test_the_chair_named_by_a_passive_is_the_pemimpin_sidang() -> None:
    text = _COURT.format(chair="Sidang dipimpin oleh Hakim Yusuf Rahmanto dan dihadiri puluhan warga.")
    quote = quotes_of(text)[0]
    assert quote.speaker.name == "Yusuf Rahmanto"
    assert quote.speaker.description == "pemimpin sidang"


def test_the_chair_named_after_the_role_and_a_comma_is_the_pemimpin_sidang() -> None:
    text = _COURT.format(chair="Kata pimpinan sidang, Yusuf Rahmanto, sidang akan dilanjutkan pekan depan.")
    assert quotes_of(text)[-1].speaker.name == "Yusuf Rahmanto"


def test_two_people_holding_the_role_leave_the_description_alone() -> None:
    chair = ("Sidang pagi dipimpin oleh Hakim Yusuf Rahmanto, sedangkan sidang sore dipimpin oleh Hakim "
             "Dewi Siregar.")
    quote = quotes_of(_COURT.format(chair=chair))[0]
    assert quote.speaker.name is None
    assert quote.speaker.description == "pemimpin sidang"


def test_a_deputy_does_not_hold_the_role_he_deputises() -> None:
    text = ("Wakil Ketua Koperasi Tani Makmur Hendra Saputra membuka rapat anggota tahunan.\n"
            "\"Laporan keuangan tahun ini sudah diaudit,\" kata ketua koperasi.\n")
    quote = quotes_of(text)[0]
    assert quote.speaker.name is None


# --- unseen-text review: a hearsay adverb ----------------------------------------------------------

def test_a_hearsay_adverb_before_the_verb_is_no_speaker() -> None:
    text = ("Pelatih Persiba Balikpapan, Budi Santoso, konon sudah mengatakan kepada rekannya bahwa ia akan "
            "mundur pada akhir musim.")
    quote = quotes_of(text)[0]
    assert quote.speaker.name == "Budi Santoso"


# --- unseen-text review: the subject after a clause of being asked -------------------------------

def test_the_subject_after_a_long_clause_of_being_asked_is_the_later_pronoun() -> None:
    text = ("Penyanyi Maya Lestari dirawat di rumah sakit sejak Senin. Kabar ini dibenarkan oleh Rina Wulandari "
            "selaku manajer Maya.\n"
            "Bahkan, ibu dari aktris Sinta Dewi ini sempat menjenguknya dua kali.\n"
            "Saat ditanya tentang jadwal konser dan lokasi yang akan dipakai untuk acara amal bulan depan, "
            "Rina Wulandari belum bisa memberikan jawaban. Ia hanya memastikan bahwa penyanyi berusia 30 tahun "
            "itu sudah mulai pulih.\n")
    quote = next(q for q in quotes_of(text) if q.cue == "memastikan")
    assert quote.speaker.name == "Rina Wulandari"


# --- unseen-text review: straight marks set off by spaces -----------------------------------------

def test_a_closing_mark_set_off_before_a_comma_closes_the_lyric() -> None:
    text = ("Pada bait yang seharusnya berbunyi \" Aku pulang ke kotamu \", alih-alih menyanyikannya, Dewi "
            "Anggraini menggantinya dengan doa. \" Semoga kau bahagia di sana, \" lantunnya.\n")
    marked = [text[m.start:m.end] for m in marked_spans(text)]
    assert marked == ["Aku pulang ke kotamu", "Semoga kau bahagia di sana"]
    assert not any("alih-alih" in q.text for q in quotes_of(text))


def test_a_contraction_set_apart_is_no_quote_mark() -> None:
    text = "Mereka mengenakan kaus bertuliskan ' Nonnie is Cancer Free Let 's Party! '.\n"
    assert [text[m.start:m.end] for m in marked_spans(text)] == ["Nonnie is Cancer Free Let 's Party!"]


# --- unseen-text review: an adverb before a passive cue's agent -----------------------------------

def test_an_adverb_before_the_agent_of_a_passive_cue() -> None:
    text = ("Perusahaan itu menghentikan layanan isi ulang saldo mulai pekan ini.\n"
            "Pernyataan ini disampaikan langsung oleh Direktur Utama PT Maju Jaya Hendra Wijaya.\n")
    quote = quotes_of(text)[0]
    assert quote.speaker.name == "Hendra Wijaya"


# --- unseen-text review: a clause after the speaker of an inverted cue ----------------------------

def test_a_clause_after_the_account_that_spoke_is_no_title() -> None:
    text = ("Dewi Anggraini mengunggah foto liburannya di Bali.\n"
            "\" Itu Seminyak, bukan Seminyack, \" kata akun budi_88, mengomentari unggahan Dewi Anggraini.\n")
    quote = quotes_of(text)[0]
    assert quote.speaker.name is None
    assert quote.speaker.description == "akun budi_88"


# --- unseen-text review: a participle clause opening the sentence ---------------------------------

def test_the_name_after_a_fronted_participle_clause_is_the_speaker() -> None:
    text = ("Perusahaan itu masih menunggu izin dari bank sentral.\n"
            "Membahas masalah perizinan dengan bank sentral Hendra Wijaya menjelaskan, saat ini masih "
            "terjadi diskusi intensif antara kedua pihak.\n")
    quote = quotes_of(text)[0]
    assert quote.speaker.name == "Hendra Wijaya"


# --- a chorus word ending the phrase, and a short title listed after another in marks --------------

def test_a_chorus_word_ending_the_phrase_after_a_cue_is_no_part_of_the_speaker() -> None:
    text = "\"Apakah kalian setuju dengan usulan itu?\" tanya ketua panitia. \"Setuju,\" jawab para peserta serempak."
    quote = next(q for q in quotes_of(text) if q.text == "Setuju")
    assert quote.speaker.description is not None
    assert "serempak" not in quote.speaker.description


def test_a_chorus_word_after_a_word_of_degree_ends_no_phrase_after_a_cue() -> None:
    text = "\"Kami akan bermain lepas di final nanti,\" kata para pemain yang dikenal kompak."
    assert str(quotes_of(text)[0].speaker.description).endswith("dikenal kompak")


def test_a_short_title_listed_after_another_in_marks_is_no_quote() -> None:
    text = ("Sutradara itu pernah menggarap film seperti \" Hujan Bulan Juni, \" \" Dilan \" dan \" Laskar \", "
            "demikian menurut siaran kantor berita Antara.\n")
    assert quotes_of(text) == []


def test_a_cry_repeated_in_marks_stays_a_quote() -> None:
    text = "Komandan memeriksa barisan pagi itu.\n\"Siap!\" \"Siap!\" teriak para prajurit yang berbaris di lapangan.\n"
    assert "Siap!" in [q.text for q in quotes_of(text)]
