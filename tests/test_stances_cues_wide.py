"""Stance cues beyond the basic verbs: passives, concessions, refusals to name, checks still
under way, noun cues; and cues that take no stance (asked for, supposed, adjectives, plans,
a goalkeeper's parry, slander spread as a noun). Sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.article.event_lexicon import tokenize
from warta.article.stance_cues import find_cues


def stances_in(sentence: str) -> list[str]:
    return [cue.stance for cue in find_cues(tokenize(sentence))]


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Juru bicara maskapai mengiyakan kabar tersebut.", "confirms"),
    ("Penangkapan itu dibenarkan oleh Kepala Polsek Sukajadi.", "confirms"),
    ("Bupati tidak menampik bahwa banjir merendam dua desa.", "confirms"),
    ("Kepala desa mengakui telah menerima dana itu.", "confirms"),
    ("Tuduhan itu ditampik kuasa hukumnya.", "denies"),
    ("Ia menyebut tuduhan itu fitnah.", "denies"),
    ("Tudingan tersebut tidak berdasar.", "denies"),
    ("Pihak bandara belum bersedia memberikan keterangan.", "declines"),
    ("Polisi masih merahasiakan identitas pelaku.", "declines"),
    ("Kapolsek enggan menyebutkan nama korban.", "declines"),
    ("Kepolisian masih menyelidiki kebenaran video tersebut.", "does-not-confirm"),
    ("Lurah mengaku belum menerima surat pemberitahuan dari dinas.", "does-not-confirm"),
    ("Penyebab kebakaran belum dapat dipastikan.", "does-not-confirm"),
    ("Kami masih memverifikasi informasi itu.", "does-not-confirm"),
    ("Ketua partai mengkritik pemberitaan media soal koalisi.", "disputes"),
    ("Pelatih tim tamu protes karena gol itu dianulir.", "disputes"),
    ("Rencana itu mendapat penolakan dari warga sekitar.", "disputes"),
    ("Bantahan datang dari Kementerian Perhubungan.", "denies"),
])
def test_wider_cues(sentence: str, stance: str) -> None:
    assert stances_in(sentence) == [stance]


@pytest.mark.parametrize("sentence", [
    "DPR meminta kementerian segera mengklarifikasi kabar tersebut.",  # asked for
    "Jika kabar itu memang benar, warga akan menggelar aksi.",  # supposed
    "Tim dikirim untuk memastikan bahwa jembatan itu aman.",  # a purpose
    "Hasil survei itu masih meragukan, kata pengamat.",  # an adjective
    "Belum ada kepastian kapan jembatan itu akan dibuka kembali.",  # a plan
    "Camat tak menampik kemungkinan sekolah diliburkan.",  # what may come
    "Kepolisian masih menyelidiki penyebab kebakaran gudang itu.",  # an accident's cause
    "Tendangan bebas itu berhasil ditepis kiper tuan rumah.",  # a goalkeeper's parry
    "Para pendukung calon itu menyebar fitnah di media sosial.",  # slander as a noun
    "Keputusan wasit menuai protes dari para pemain.",  # a protest as a noun
    "Belum tahu (jadwal rapat berikutnya), katanya.",  # a bare answer about a plan
])
def test_cues_that_take_no_stance(sentence: str) -> None:
    assert stances_in(sentence) == []


@pytest.mark.parametrize(("sentence", "stance"), [
    ("“Oh bukan (mobil) saya,” kata Darto kepada wartawan.", "denies"),
    ("\"Tidak ada, tidak ada (ancaman),\" jawab Darto.", "denies"),
    ("“Sudah ya sudah (diperiksa), ada dua orang,” ujar Kapolsek.", "confirms"),
])
def test_a_quoted_bare_answer_glossed_by_the_writer(sentence: str, stance: str) -> None:
    assert stances_in(sentence) == [stance]


def test_an_answer_needs_the_writers_gloss() -> None:
    assert stances_in("“Bukan begitu maksud saya,” kata Darto.") == []
    assert stances_in("Bukan (mobil) saya.") == []  # not quoted: nobody answers


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Produsen ponsel itu tidak mengakui adanya cacat pada baterai.", "does-not-confirm"),
    ("Kementerian belum membenarkannya.", "does-not-confirm"),
    ("Direktur operasional mengakui, pesawat itu belum mengantongi izin terbang.", "confirms"),
    ("Kapolsek membenarkannya.", "confirms"),
    ("Pengacaranya langsung membantahnya.", "denies"),
    ("Menteri tidak mau berspekulasi soal penyebab kecelakaan.", "declines"),
])
def test_negations_clitics_and_an_admission_before_a_comma(sentence: str, stance: str) -> None:
    assert stances_in(sentence) == [stance]


def test_not_claiming_takes_no_stance() -> None:
    assert stances_in("Partai itu tidak mengklaim kemenangan.") == []


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Humas pemerintah kota meluruskan kabar soal penutupan pasar.", "denies"),
    ("Warga menolak rencana pembangunan pabrik semen itu.", "disputes"),
    ("“Belum ada laporan korban jiwa,” kata petugas.", "does-not-confirm"),
])
def test_corrections_rejected_decisions_and_no_report_yet(sentence: str, stance: str) -> None:
    assert stances_in(sentence) == [stance]


def test_regret_disputes_a_decision_not_a_state_of_affairs() -> None:
    assert stances_in("Ketua DPRD menyayangkan keputusan wali kota menutup pasar itu.") == ["disputes"]
    assert stances_in("Ketua DPRD menyayangkan minimnya ruang terbuka hijau di kota itu.") == []


def test_confirmed_by_someone_but_not_a_reporters_call() -> None:
    assert stances_in("Temuan itu dikonfirmasi oleh Direktur Operasi Basarnas.") == ["confirms"]
    assert stances_in("“Kami masih mencari,” kata Kapolres saat dikonfirmasi oleh wartawan.") == []
    assert stances_in("Belum ada hal lain yang bisa dikonfirmasi oleh tim itu.") == []


def test_a_quote_opening_with_benar_confirms() -> None:
    assert stances_in("“Benar, dua orang sudah kami amankan,” kata Kapolsek.") == ["confirms"]
    assert stances_in("“Iya, benar, dua orang sudah kami amankan,” kata Kapolsek.") == ["confirms"]
    assert stances_in("“Ya, kami akan datang besok,” kata Kapolsek.") == []


def test_a_cp1252_quote_mark_read_as_utf8_opens_a_quote() -> None:
    assert stances_in("\ufffdBenar, dua orang sudah kami amankan,\ufffd kata Kapolsek.") == ["confirms"]


def test_false_news_judges_only_as_a_predicate() -> None:
    assert stances_in("Bupati menyebutnya berita bohong.") == ["denies"]
    assert stances_in("Polisi mengimbau warga tidak menyebarkan berita bohong.") == []


def test_refusing_a_label_is_no_refusal_to_comment() -> None:
    assert stances_in("Asosiasi itu menolak menyebut aturan tersebut sebagai kebijakan diskriminatif.") == []
    assert stances_in("Polisi menolak menyebut nama tersangka.") == ["declines"]
