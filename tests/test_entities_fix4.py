"""Entity-layer faults that cost speakers, stances and event actors: a body glued to the name of
its official, a name after a rank read as a place, compass words of a region, missing roles and
ministers' short titles. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.article.role_forms import full_form
from warta.models import Entity


def _people(text: str, use_model: bool = True) -> dict[str, list[str]]:
    return {e.name: e.roles for e in find_article_entities(text, "a1", use_model=use_model) if e.type == "PERSON"}


def _named(text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_article_entities(text, "a1")}


@pytest.mark.parametrize(("text", "person", "role"), [
    ("Ketua Serikat Nelayan Tradisional Samsul Bachri menolak reklamasi pantai.",
     "Samsul Bachri", "Ketua Serikat Nelayan Tradisional"),
    ("Kepala Dinas PUPR Hendra Wiguna menyebut jembatan itu rampung bulan depan.",
     "Hendra Wiguna", "Kepala Dinas PUPR"),
    ("Direktur Utama PDAM Tirta Kencana Ferdiansyah Permadi meminta maaf atas gangguan air.",
     "Ferdiansyah Permadi", "Direktur Utama PDAM Tirta Kencana"),
])
def test_the_body_after_a_title_is_cut_off_its_officials_name(text: str, person: str, role: str) -> None:
    people = _people(text)
    assert person in people
    assert people[person][0] == role
    assert not any(person in name and name != person for name in _named(text))


def test_a_body_with_no_sign_of_a_name_stays_whole() -> None:
    named = _named("Ketua Yayasan Cahaya Harapan Bangsa hadir dalam acara itu.")
    assert not _people("Ketua Yayasan Cahaya Harapan Bangsa hadir dalam acara itu.", use_model=False)
    assert any(name.startswith("Yayasan Cahaya") for name in named)


@pytest.mark.parametrize(("text", "person"), [
    ("Kapolres Tasikmalaya AKBP Suharni mengatakan pelaku masih diburu.", "Suharni"),
    ("Kepala Dinas Pendidikan Jawa Tengah Warsini meninjau sekolah yang rusak.", "Warsini"),
])
def test_a_one_word_name_after_a_post_and_its_place_is_a_person(text: str, person: str) -> None:
    named = _named(text)
    assert named[person].type == "PERSON"
    assert named[person].roles


@pytest.mark.parametrize(("text", "region", "person"), [
    ("Bupati Lombok Timur Marlina Sari meresmikan pasar baru.", "Lombok Timur", "Marlina Sari"),
    ("Bupati Sumba Barat Yohanes meresmikan pasar baru.", "Sumba Barat", "Yohanes"),
])
def test_a_compass_word_ends_the_region_of_a_regional_head(text: str, region: str, person: str) -> None:
    people = _people(text)
    assert people == {person: [f"Bupati {region}"]}
    places = [e for e in _named(text).values() if region in [m.text for m in e.mentions]]
    assert [e.type for e in places] == ["LOC"]  # named by the gazetteer ("Kabupaten Lombok Timur") when known


@pytest.mark.parametrize(("text", "person", "role"), [
    ("Pelatih kepala tim itu, Rudi Hartono, memuji semangat pemainnya.", "Rudi Hartono", "Pelatih kepala tim itu"),
    ("Pelatih Rudi Hartono memuji semangat pemainnya.", "Rudi Hartono", "Pelatih"),
    ("Asisten pelatih Dedi Kurnia memimpin latihan pagi.", "Dedi Kurnia", "Asisten pelatih"),
    ("Wasit Anwar Sadat mengusir dua pemain.", "Anwar Sadat", "Wasit"),
    ("Kuasa hukum terdakwa, Rina Paris, menyangkal semua dakwaan.", "Rina Paris", "Kuasa hukum terdakwa"),
])
def test_sports_and_court_roles_introduce_people(text: str, person: str, role: str) -> None:
    people = _people(text)
    assert person in people
    assert people[person][0] == role


def test_a_ministers_short_title_lists_the_full_title_too() -> None:
    people = _people("Menlu Sarah Wibisono bertemu duta besar Jepang.", use_model=False)
    assert people == {"Sarah Wibisono": ["Menlu", "Menteri Luar Negeri"]}
    assert full_form("Menko Polhukam") is not None and full_form("Menko Polhukam").startswith("Menteri Koordinator")
    assert full_form("Menkeu RI") == "Menteri Keuangan RI"
    assert full_form("Menteri Keuangan") is None


@pytest.mark.parametrize(("text", "person"), [
    ("“Sudah tiga puluh tahun saya menjahit,” kata pria yang akrab disapa Kiki itu.", "Kiki"),
    ("Di kampungnya ia biasa dipanggil Oding oleh para tetangga.", "Oding"),
])
def test_a_one_word_name_after_disapa_is_a_person(text: str, person: str) -> None:
    assert _named(text)[person].type == "PERSON"


def test_pronouns_with_particles_are_no_names() -> None:
    text = "Setelah rapat itu Diapun pulang bersama Hendra Wiguna. Iapun tak berkomentar. Merekalah saksinya."
    names = set(_named(text))
    assert "Hendra Wiguna" in names
    assert not names & {"Diapun", "Iapun", "Merekalah"}


@pytest.mark.parametrize(("text", "name"), [
    ("Pertunjukan Marsella di alun-alun itu ditonton ribuan orang.", "Marsella"),
    ("Gantikan Mbappe, pemain muda itu mencetak dua gol.", "Mbappe"),
])
def test_a_common_word_is_not_glued_onto_a_name(text: str, name: str) -> None:
    names = set(_named(text))
    assert not any(n != name and n.endswith(name) for n in names)


def test_a_headline_verb_ends_a_run_of_capitals() -> None:
    names = set(_named("Angin Puting Beliung Menerjang Sumedang, Puluhan Rumah Rusak. Warga mengungsi."))
    assert not any("Menerjang" in n for n in names)


def test_a_teaser_line_yields_no_person() -> None:
    entities = find_article_entities("Warga menolak rencana itu.\n\nBACA JUGA: Pemkot Depok Tutup Jalan Margonda\n\n"
                                     "Rapat berlanjut esok hari.", "a1")
    assert not any(e.name.casefold() == "baca" for e in entities)


@pytest.mark.parametrize(("text", "place", "person"), [
    ("“Jembatan itu nyaris putus,” kata Camat Cikarang Wetan Darsono Hadi.", "Cikarang", None),
    ("Lurah Sukaresmi Dadang Kurniawan meninjau tanggul yang jebol.", "Sukaresmi", "Dadang Kurniawan"),
])
def test_a_local_heads_place_comes_before_the_holders_name(text: str, place: str, person: str | None) -> None:
    people = _people(text)
    assert not any(name.startswith(place) for name in people)
    if person is not None:
        assert people[person] == [f"Lurah {place}"]


def test_a_lower_case_form_of_address_ends_the_body_before_the_name() -> None:
    people = _people("Direktur RSUD Sukamulya dr Anindita Larasati menyebut pasien sudah pulang.")
    assert people == {"Anindita Larasati": ["Direktur RSUD Sukamulya"]}


def test_a_name_opening_with_a_word_of_saying_after_a_title_is_whole() -> None:
    people = _people("Ketua Umum KSBSI Said Rahmatullah menyatakan mogok kerja ditunda.")
    assert people == {"Said Rahmatullah": ["Ketua Umum KSBSI"]}
