"""Entity fix 18: teams of a town and a nickname, posts with a body or a field before a one-word name,
"AS" opening a club, a trade opening a sentence, substances and securities, examples after a post,
a company's form closing its name (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.models import Entity


def _entities(text: str) -> list[Entity]:
    return find_article_entities(text)


def _typed(text: str) -> dict[str, str]:
    return {e.name: e.type for e in _entities(text)}


def _person(text: str) -> Entity:
    return next(e for e in _entities(text) if e.type == "PERSON")


# --- teams: a town and a nickname; the nickname alone is the team

def test_a_team_of_an_unknown_town_is_a_team_where_its_nickname_stands_after_a_team_noun() -> None:
    found = _entities("Toronto Raptors menang 102-98 atas tamunya dalam laga NBA, Minggu. "
                      "Pemain Raptors mencetak 30 poin.")
    team = next(e for e in found if e.name == "Toronto Raptors")
    assert team.type == "ORG"
    assert not any(e.type == "PERSON" for e in found)


def test_a_surname_shaped_like_a_plural_stays_a_person() -> None:
    found = _typed("Serena Williams menang 6-2 atas Venus Williams di final. Williams kini memimpin klasemen.")
    assert found.get("Serena Williams") == "PERSON"


def test_a_nickname_alone_is_the_team_named_with_its_town() -> None:
    found = _entities("Oklahoma City Thunder menang 110-98 atas Boston Celtics, Senin. "
                      "Thunder kini memimpin klasemen wilayah barat.")
    team = next(e for e in found if e.name == "Oklahoma City Thunder")
    assert team.type == "ORG" and "Thunder" in [m.text for m in team.mentions]
    assert not any(e.name == "Thunder" for e in found)


def test_a_compass_word_alone_joins_no_place() -> None:
    found = _entities("Warga Jakarta Utara mengungsi akibat banjir. Utara kini tergenang.")
    place = next(e for e in found if e.name == "Jakarta Utara")
    assert [m.text for m in place.mentions] == ["Jakarta Utara"]


# --- a post, a body or a field, then a one-word name

@pytest.mark.parametrize("text, name, role", [
    ("Kepala Biro Pusat Statistik Suryamin mengatakan inflasi bulan ini rendah.",
     "Suryamin", "Kepala Biro Pusat Statistik"),
    ("Jaksa Muda Pidana Khusus Arminsyah mengatakan berkas itu lengkap.",
     "Arminsyah", "Jaksa Muda Pidana Khusus"),
])
def test_the_post_keeps_its_body_or_field_before_a_one_word_name(text: str, name: str, role: str) -> None:
    person = _person(text)
    assert person.name == name and person.roles == [role]


@pytest.mark.parametrize("text, name", [
    ("Kepala Dinas PU Rahmat Hidayat meninjau jalan yang rusak.", "Rahmat Hidayat"),
    ("Kepala Biro Umum Budi Santoso membuka acara itu.", "Budi Santoso"),
])
def test_a_two_word_name_after_a_body_stays_whole(text: str, name: str) -> None:
    assert _person(text).name == name


def test_a_name_closed_by_an_initial_after_a_company() -> None:
    person = _person("Direktur Utama PT IKT Chiefy Adi K menyebutkan penerima beasiswa adalah pelajar SD.")
    assert person.name == "Chiefy Adi K" and person.roles == ["Direktur Utama PT IKT"]


# --- "AS" before a foreign town in a match report is a club

def test_as_before_a_town_in_a_match_report_is_a_club() -> None:
    found = _typed("AS Roma menang 2-0 atas Lazio dalam derby ibu kota Italia, Minggu.")
    assert found.get("AS Roma") == "ORG" and "Amerika Serikat" not in found


@pytest.mark.parametrize("text", [
    "Duta Besar AS Jakarta menonton laga Persija melawan Persib di Stadion Utama.",
    "Presiden AS Donald Trump bertemu Perdana Menteri Jepang di Tokyo, Minggu.",
])
def test_as_before_a_home_town_or_a_name_is_the_united_states(text: str) -> None:
    assert _typed(text).get("Amerika Serikat") == "LOC"


# --- a trade opening a sentence, or right before a full name

def test_a_trade_opening_a_sentence_is_no_name_word() -> None:
    person = _person("Nelayan Sahrul Gunawan mengaku tangkapannya menurun sejak bulan lalu.")
    assert person.name == "Sahrul Gunawan" and person.roles == []


def test_a_trade_inside_a_place_name_stays() -> None:
    assert _typed("Warga Kampung Nelayan Cilincing mengungsi.").get("Kampung Nelayan Cilincing") == "LOC"


def test_a_trade_before_a_school_leaves_no_person() -> None:
    found = _typed("Sebanyak 44 Pelajar SMA menerima beasiswa. Pelajar SMA itu berprestasi.")
    assert "SMA" not in [name for name, kind in found.items() if kind == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("Film itu digarap sutradara Todd Phillips tahun depan.", "Todd Phillips"),
    ("Tertera pula nama aktor Joaquin Phoenix yang dirumorkan.", "Joaquin Phoenix"),
])
def test_a_full_name_after_a_trade_is_a_person(text: str, name: str) -> None:
    assert _typed(text).get(name) == "PERSON"


# --- substances and securities are no names

@pytest.mark.parametrize("text, words", [
    ("BNN menyita ribuan butir pil PCC (Paracetamol Caffeine Carisoprodol) dari sebuah gudang.", "Carisoprodol"),
    ("Pil Paracetamol Caffeine Carisoprodol itu dijual bebas kepada remaja.", "Caffeine"),
    ("Dokter memberi pasien itu Tramadol dan Diazepam setiap malam.", "Tramadol"),
    ("Pemerintah menerbitkan Sukuk Global senilai 3 miliar dolar.", "Sukuk"),
])
def test_a_substance_or_a_security_is_no_entity(text: str, words: str) -> None:
    assert not any(words in e.name for e in _entities(text))


def test_a_drug_word_inside_a_name_does_not_drop_it() -> None:
    assert any(e.type == "PERSON" and "Tamara" in e.name for e in _entities("Penyanyi Heroin Tamara tampil semalam."))


# --- examples after a post name no holder

def test_names_after_seperti_are_examples_not_the_posts_holders() -> None:
    found = _entities("Pemerintah dikritik karena peran asisten pribadi presiden seperti Ali Murtopo dan Sedjono "
                      "Hoemardani.")
    people = [e for e in found if e.type == "PERSON"]
    assert {e.name for e in people} == {"Ali Murtopo", "Sedjono Hoemardani"}
    assert all(e.roles == [] for e in people)


def test_an_elected_post_keeps_its_modifier() -> None:
    assert _person("Pidato itu disampaikan wakil presiden terpilih Budi Santoso.").roles == ["wakil presiden terpilih"]


# --- a company's form closes its name

def test_a_company_form_closes_the_company_not_a_person() -> None:
    found = _typed("PT Marga Abhinaya Abadi Tbk ( MABA ) mengklaim tingkat okupansi hotelnya naik.")
    assert found.get("PT Marga Abhinaya Abadi Tbk") == "ORG"
    assert "PERSON" not in found.values()


# --- an East Asian given name's second syllable after a spaced hyphen

@pytest.mark.parametrize("name", ["Sung Ji - hyun", "Son Wan - ho"])
def test_a_hyphenated_given_name_stays_whole(name: str) -> None:
    text = (f"Pebulu tangkis Korea Selatan {name} menang dua gim langsung di babak semifinal . "
            "Kemenangan itu membawa timnya ke final .")
    assert _typed(text).get(name) == "PERSON"


# --- a body's short form, defined in brackets, between a post and a name

def test_a_defined_short_form_after_a_post_is_the_body_not_the_name() -> None:
    person = _person("Perusahaan itu menggandeng Asosiasi Fintech Indonesia ( Aftech ) . "
                     "Ketua Umum Aftech Niki Luhur menambahkan , industri itu tumbuh .")
    assert person.name == "Niki Luhur" and person.roles == ["Ketua Umum Aftech"]


def test_a_nickname_in_brackets_after_a_name_shortens_no_body() -> None:
    person = _person("Rapat dihadiri Wali Kota Surabaya ( Budi ) . Ketua Budi Santoso Hadi mengatakan acara lancar .")
    assert person.name == "Budi Santoso Hadi"


# --- an area's word opens its name unless a place follows it

def test_an_area_word_opens_an_industrial_estate() -> None:
    found = _typed("Produk itu diekspor dari Kawasan Industri Modern Cikande , Serang , Senin .")
    assert found.get("Kawasan Industri Modern Cikande") == "LOC"


def test_an_area_word_before_a_place_leaves_the_place() -> None:
    found = _entities("Kawasan Danau Bungara ramai dikunjungi . Danau Bungara terletak di Singkil .")
    lake = next(e for e in found if e.name == "Danau Bungara")
    assert lake.type == "LOC" and not any("Kawasan" in e.name for e in found)


def test_a_particle_after_a_hyphen_is_no_given_name() -> None:
    found = _typed("Studio itu didirikan Jason West . Jason West - lah yang merancang game pertamanya .")
    assert found.get("Jason West") == "PERSON" and "Jason West - lah" not in found


def test_an_award_after_a_trade_makes_no_person() -> None:
    found = _typed("Ia meraih penghargaan Aktris Televisi Terbaik tahun itu .")
    assert "PERSON" not in found.values()


# --- Hijri months after a word of time are times, no actors

@pytest.mark.parametrize("text", [
    "Pekan itu berlangsung di Bulan Ramadan .",
    "Jadwal digeser usai Syawal dan sebelum Dzulhijjah .",
    "Pada bulan suci Ramadhan , harga bahan pokok naik .",
])
def test_a_hijri_month_after_a_word_of_time_is_no_entity(text: str) -> None:
    assert _entities(text) == []


@pytest.mark.parametrize("text, name", [
    ("Buku itu ditulis Ramadhan K.H. pada 1993 .", "Ramadhan K.H."),
    ("Menurut Ramadhan Pohan , partai itu solid .", "Ramadhan Pohan"),
])
def test_a_name_holding_a_month_stays_a_person(text: str, name: str) -> None:
    assert _typed(text).get(name) == "PERSON"
