"""Event triggers, round 16: word families added whole by meaning (verb, passive, noun), one test per
family, with the senses of the same words that tell no event. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.event_coding import code, of_type, who
from warta.article.event_lexicon import find_triggers, tokenize


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(m.row.type, m.row.mode) for m in find_triggers(tokenize(text))]


# --------------------------------------------------------------------------- deriding and abusing


@pytest.mark.parametrize("text", [
    "Para pendukung oposisi mencemooh menteri itu saat ia berpidato .",
    "Wali kota itu dihujat warganet setelah menggusur pasar lama .",
    "Cibiran dan cacian politikus senior itu ditujukan kepada ketua partai .",
    "Juru bicara istana menyentil gubernur yang menolak program tersebut .",
    "Kebijakan itu dicela kelompok buruh sebagai langkah mundur .",
])
def test_deriding_another_actor_is_disapproval(text: str) -> None:
    assert ("ACCUSE", "disapprove") in _types(text)



# --------------------------------------------------------------------------- lodging a complaint


@pytest.mark.parametrize("text", [
    "Serikat pedagang menyampaikan keluhan kepada DPRD soal pungutan di pasar .",
    "Warga melayangkan keluhan ke ombudsman atas layanan kantor kelurahan .",
])
def test_lodging_a_complaint_is_an_allegation(text: str) -> None:
    assert ("ACCUSE", "allege") in _types(text)


def test_a_bodily_complaint_is_no_event() -> None:
    assert _types("Pemain itu mengeluhkan sakit di lutut kirinya usai latihan .") == []


# --------------------------------------------------------------------------- taking a person in


@pytest.mark.parametrize("text", [
    "Tersangka pembobol gudang itu digelandang ke Mapolres Sleman pada Senin malam .",
    "Polisi menyergap dua kurir narkoba di sebuah rumah kos .",
    "Bandar judi itu dicokok petugas di rumahnya .",
    "Kedua pelaku langsung diborgol dan dibawa ke kantor polisi .",
    "Penyidik menjemput paksa saksi yang tiga kali mangkir .",
])
def test_taking_a_person_in_is_an_arrest(text: str) -> None:
    assert ("COERCE", "arrest") in _types(text)


def test_living_rough_is_no_arrest() -> None:
    assert _types("Sejak kecil ia menggelandang di jalanan ibu kota .") == []


# --------------------------------------------------------------------------- sexual abuse


@pytest.mark.parametrize("text", [
    "Seorang oknum guru mencabuli tiga muridnya di ruang kelas .",
    "Bocah itu dirudapaksa tetangganya sendiri .",
    "Polisi mengusut kasus pencabulan di sebuah pondok itu .",
    "Aktivis mengecam kekerasan seksual terhadap pekerja migran .",
])
def test_sexual_abuse_is_a_sexual_assault(text: str) -> None:
    assert ("ASSAULT", "sexual") in _types(text)


# --------------------------------------------------------------------------- killing and holding captive


@pytest.mark.parametrize(("text", "mode"), [
    ("Pelaku mencekik korban hingga tewas di kamar kontrakan .", None),
    ("Pedagang itu diracuni rekan bisnisnya sendiri .", None),
    ("Petugas menembak mati seorang perampok yang melawan .", "firearms"),
    ("Komplotan itu menyekap seorang pengusaha selama tiga hari .", "abduct"),
    ("Empat warga asing disekap di sebuah rumah di pinggir kota .", "abduct"),
])
def test_killing_or_holding_a_person_is_an_assault(text: str, mode: str | None) -> None:
    assert ("ASSAULT", mode) in _types(text)


# --------------------------------------------------------------------------- demonstrating against an actor


@pytest.mark.parametrize(("text", "mode"), [
    ("Ratusan mahasiswa mendemo kantor gubernur menuntut pembatalan tarif .", "demo"),
    ("Kantor bupati didemo warga yang menolak tambang pasir .", "demo"),
    ("Ribuan buruh menggelar long march dari pabrik menuju gedung DPRD .", "demo"),
    ("Fraksi oposisi melakukan walk out dari sidang paripurna .", "boycott"),
])
def test_demonstrating_against_an_actor_is_a_protest(text: str, mode: str) -> None:
    assert ("PROTEST", mode) in _types(text)


# --------------------------------------------------------------------------- acting on an order


@pytest.mark.parametrize("text", [
    "Kepala dinas itu atas perintah bupati memindahkan anggaran ke pos lain .",
    "Sesuai arahan presiden , kementerian membuka posko di setiap kecamatan .",
    "Kapolda menugaskan dua kompol untuk mengusut kasus itu .",
    "Tim itu ditugaskan untuk menyelidiki aliran dana desa .",
])
def test_acting_on_an_order_is_a_request(text: str) -> None:
    assert ("REQUEST", None) in _types(text)


def test_a_posting_alone_is_no_order() -> None:
    assert ("REQUEST", None) not in _types("Ia pernah ditugaskan di Papua selama lima tahun .")


def test_the_one_ordered_stands_before_the_order() -> None:
    events = of_type(code("Kepala Dinas Arman Wijaya atas perintah Bupati Sutrisno Hadi memindahkan dana itu ."),
                     "REQUEST")
    assert events
    assert "Sutrisno" in (who(events[0].source) or "")


# --------------------------------------------------------------------------- questioning in a case


@pytest.mark.parametrize("text", [
    "Penyidik memintai keterangan lima saksi dari dinas pendidikan .",
    "Polisi masih menggali keterangan dari sopir truk tersebut .",
    "Panitia aksi sudah diklarifikasi oleh penyidik Polda .",
    "Interogasi terhadap tersangka berlangsung hingga dini hari .",
])
def test_questioning_in_a_case_is_an_investigation(text: str) -> None:
    assert ("ACCUSE", "investigate") in _types(text)


# --------------------------------------------------------------------------- ratifying


@pytest.mark.parametrize("text", [
    "Parlemen Vietnam meratifikasi perjanjian batas laut dengan Indonesia .",
    "Traktat itu diratifikasi kedua negara tahun lalu .",
    "Ratifikasi konvensi itu oleh pemerintah disambut para aktivis .",
    "Kedua fraksi akhirnya mencapai mufakat soal tata tertib .",
])
def test_ratifying_is_an_agreement(text: str) -> None:
    assert ("AGREE", None) in _types(text)


# --------------------------------------------------------------------------- meeting in person and deliberating


@pytest.mark.parametrize(("text", "mode"), [
    ("Kedua pemimpin berjabat tangan di depan Istana Merdeka .", "meet"),
    ("Presiden menggelar jamuan makan malam untuk Raja Belanda .", "meet"),
    ("Tokoh adat bermusyawarah dengan camat soal batas desa .", None),
    ("Menlu menggelar pembicaraan dengan timpalannya dari Jepang .", None),
])
def test_meeting_in_person_is_a_consultation(text: str, mode: str | None) -> None:
    assert ("CONSULT", mode) in _types(text)


# --------------------------------------------------------------------------- defying


@pytest.mark.parametrize("text", [
    "Sejumlah kepala daerah membangkang terhadap instruksi menteri .",
    "Aksi pembangkangan sipil itu meluas ke kota lain .",
    "Perusahaan itu tidak menggubris teguran dinas lingkungan hidup .",
    "Imbauan gubernur tidak dihiraukan para pedagang .",
])
def test_defying_a_call_is_a_rejection(text: str) -> None:
    assert "REJECT" in [kind for kind, _ in _types(text)]


def test_heedless_of_ones_own_safety_is_no_rejection() -> None:
    assert "REJECT" not in [kind for kind, _ in _types("Relawan itu tidak menghiraukan keselamatan dirinya .")]


# --------------------------------------------------------------------------- blacklisting


@pytest.mark.parametrize("text", [
    "Kementerian memasukkan tiga kontraktor itu ke daftar hitam .",
    "Perusahaan itu dimasukkan ke dalam daftar hitam oleh bank dunia .",
])
def test_blacklisting_is_a_sanction(text: str) -> None:
    assert ("SANCTION", None) in _types(text)


# --------------------------------------------------------------------------- clemency


@pytest.mark.parametrize("text", [
    "Presiden memberikan grasi kepada terpidana mati itu .",
    "Aktivis itu mendapat amnesti dari kepala negara .",
])
def test_clemency_is_a_release(text: str) -> None:
    assert ("RETREAT", "release") in _types(text)


def test_a_tax_amnesty_is_no_release() -> None:
    assert ("RETREAT", "release") not in _types("Ribuan wajib pajak mengikuti program amnesti pajak .")


# --------------------------------------------------------------------------- shoulder to shoulder


@pytest.mark.parametrize("text", [
    "TNI dan Polri bahu-membahu membersihkan puing di pasar .",
    "Pemkot bergandengan tangan dengan pengusaha lokal membangun balai latihan .",
])
def test_working_shoulder_to_shoulder_is_cooperation(text: str) -> None:
    assert ("COOPERATE", None) in _types(text)


# --------------------------------------------------------------------------- frightening


@pytest.mark.parametrize("text", [
    "Orang tak dikenal meneror keluarga saksi lewat pesan singkat .",
    "Penyidik itu diteror setelah menangani kasus suap .",
    "Kapolri memberikan peringatan keras kepada bandar narkoba .",
])
def test_frightening_an_actor_is_a_threat(text: str) -> None:
    assert ("THREATEN", None) in _types(text)


def test_a_commemoration_is_no_threat() -> None:
    assert ("THREATEN", None) not in _types("Warga menggelar peringatan hari jadi kota .")


# --------------------------------------------------------------------------- pressing


@pytest.mark.parametrize("text", [
    "Negara-negara donor menekan junta agar membebaskan tahanan politik .",
    "Gubernur ditekan untuk membatalkan izin reklamasi .",
])
def test_pressing_an_actor_to_act_is_a_request(text: str) -> None:
    assert ("REQUEST", None) in _types(text)


def test_pressing_down_a_number_is_no_request() -> None:
    assert _types("Pemda berupaya menekan angka kemiskinan tahun ini .") == []


# --------------------------------------------------------------------------- reporting to the authorities


@pytest.mark.parametrize("text", [
    "Aliansi warga melaporkan bupati itu atas dugaan penyalahgunaan dana desa .",
    "Pengacara itu dilaporkan dengan pasal pencemaran nama baik .",
    "Keluarga korban membuat laporan polisi pada Selasa malam .",
    "Warga mengadu ke Ombudsman soal pungutan di kantor camat .",
])
def test_reporting_someone_is_an_allegation(text: str) -> None:
    assert ("ACCUSE", "allege") in _types(text)


def test_the_press_reporting_is_no_allegation() -> None:
    assert ("ACCUSE", "allege") not in _types("Dua orang dilaporkan tewas dalam kecelakaan itu .")


# --------------------------------------------------------------------------- praise by a figure of speech


@pytest.mark.parametrize("text", [
    "Menteri itu mengacungi jempol kinerja tim SAR gabungan .",
    "Ketua DPR angkat topi kepada para relawan di lokasi bencana .",
    "Acungan jempol dari presiden untuk para guru honorer itu viral .",
])
def test_a_thumbs_up_is_praise(text: str) -> None:
    assert ("SUPPORT", None) in _types(text)


# --------------------------------------------------------------------------- closing and clearing by force


@pytest.mark.parametrize(("text", "mode"), [
    ("Satpol PP menutup paksa tiga tempat hiburan malam .", "restrict"),
    ("Pabrik itu ditutup paksa oleh pemerintah kota .", "restrict"),
    ("Pengadilan negeri melakukan eksekusi lahan sengketa itu pada Kamis .", "seize"),
    ("Warga menolak pengosongan paksa rumah dinas tersebut .", "seize"),
])
def test_closing_or_clearing_by_force_is_coercion(text: str, mode: str) -> None:
    assert ("COERCE", mode) in _types(text)


# --------------------------------------------------------------------------- hoping aloud of an actor


def test_a_hope_said_to_an_actor_is_a_request() -> None:
    assert ("REQUEST", None) in _types("Gubernur berharap kepada para bupati agar segera mencairkan dana .")


def test_a_hope_for_a_state_is_no_request() -> None:
    assert _types("Polisi mengharapkan suasana tetap kondusif selama pemungutan suara .") == []
