"""Entity misreadings of round 12: one- and two-letter names and driving-licence classes linked to places,
a lone common name linked to a gazetteer person, a lawyer's role given to the client, company names with
numbers, ministries' inner-syllable short forms, royal title words that open a person's name, products
read as people. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.article.gazetteer import build, gazetteer
from warta.article.ministry_acronyms import abbreviates
from warta.article.tokens import tokenize
from warta.models import Entity

from .fake_ner import model_seeing


def _entities(text: str, seen: list[tuple[str, str]] | None = None, use_model: bool = True) -> list[Entity]:
    find = model_seeing(seen) if seen is not None else None
    return find_article_entities(text, "a1", find=find, use_model=use_model)


def _holding(entities: list[Entity], mention: str) -> list[Entity]:
    return [e for e in entities if mention in [m.text for m in e.mentions]]


def _row(**cells: str) -> dict[str, str]:
    columns = ("id", "type", "kind", "name", "aliases_id", "aliases_en", "abbrevs", "qid", "country",
               "stands_for", "roles", "source")
    return {column: cells.get(column, "") for column in columns}


# --- 1. a letter or two is no place: "SIM A dan C" ---------------------------------------------------------

def test_a_one_letter_alias_matches_only_as_written() -> None:
    gaz = build([_row(id="sub:XX-01", type="LOC", kind="subdivision", name="Nusa Raya", aliases_id="c")])
    assert gaz.match(tokenize("kelas C"), 1) is None
    assert gaz.match(tokenize("Nusa Raya"), 0) is not None


def test_the_packaged_gazetteer_has_no_one_letter_place() -> None:
    assert gazetteer().match(tokenize("SIM C"), 1) is None


@pytest.mark.parametrize("use_model", [False, True])
def test_driving_licence_classes_name_nothing(use_model: bool) -> None:
    text = "Pengendara yang tidak membawa SIM A dan C ditilang petugas di Jalan Merdeka, Bogor, Selasa."
    entities = _entities(text, [("C", "ORG"), ("SIM C", "ORG"), ("Bogor", "LOC")], use_model)
    names = {m.text for e in entities for m in e.mentions}
    assert not names & {"A", "C", "SIM", "SIM C", "SIM A"}
    assert "Bogor" in names


def test_a_suspects_one_letter_initial_after_its_cue_is_kept() -> None:
    entities = _entities("Polisi menangkap pria berinisial R di rumahnya di Depok.", use_model=False)
    assert _holding(entities, "R")


# --- 2. a lone common name is no gazetteer person without support --------------------------------------

def test_a_lone_indonesian_name_is_no_known_person() -> None:
    text = "Warga antre sejak pagi. \"Saya menunggu tiga jam,\" kata Abdullah, seorang pedagang."
    person = _holding(_entities(text, use_model=False), "Abdullah")[0]
    assert person.gazetteer_id is None


def test_a_lone_name_with_another_post_is_no_known_person() -> None:
    text = "Kepala Dinas Pasar Kota Bogor Gunawan mengatakan harga cabai naik."
    entities = _entities(text, use_model=False)
    assert not [e for e in entities if e.gazetteer_id == "person:budi-gunawan"]


def test_a_lone_surname_of_a_known_foreign_politician_still_links() -> None:
    text = "Menlu Lavrov mengatakan Moskwa siap berunding. Lavrov tiba di Jenewa pada Senin."
    assert _holding(_entities(text, use_model=False), "Lavrov")[0].gazetteer_id == "person:sergei-lavrov"


def test_a_lone_surname_after_di_is_a_place_not_a_person() -> None:
    text = "Band itu memulai tur di Austin, Texas, pada April."
    assert not [e for e in _entities(text, use_model=False) if e.gazetteer_id == "person:lloyd-austin"]


# --- 3. "X, kuasa hukum Y": the role is X's, Y the client ---------------------------------------------

@pytest.mark.parametrize("use_model", [False, True])
def test_a_lawyer_in_apposition_holds_the_role_and_the_name_after_it_is_the_client(use_model: bool) -> None:
    text = ("Hakim menunda sidang gugatan Budi Hartono, Kamis. Maria Lestari, kuasa hukum Budi Hartono, "
            "meminta waktu dua pekan.")
    entities = _entities(text, [("Budi Hartono", "PERSON"), ("Maria Lestari", "PERSON")], use_model)
    lawyer = _holding(entities, "Maria Lestari")[0]
    client = _holding(entities, "Budi Hartono")[0]
    assert lawyer.roles == ["kuasa hukum Budi Hartono"]
    assert client.roles == []


def test_a_lawyer_named_after_the_client_is_cut_from_the_clients_name() -> None:
    text = ("Rudy Santoso diperiksa penyidik, Senin. Pengacara Rudy Santoso Yohanes Manik mendampingi "
            "kliennya.")
    entities = _entities(text, use_model=False)
    lawyer = _holding(entities, "Yohanes Manik")[0]
    assert lawyer.roles == ["Pengacara Rudy Santoso"]
    assert _holding(entities, "Rudy Santoso")[0].roles == []


def test_a_spokesperson_followed_by_a_name_is_that_persons_post() -> None:
    text = "Menanggapi kabar itu, Hendra Wijaya, juru bicara Dewi Kartika mengatakan tidak tahu."
    assert _holding(_entities(text, use_model=False), "Hendra Wijaya")[0].roles == []


# --- 4. a company's name may hold a number -------------------------------------------------------------

@pytest.mark.parametrize("use_model", [False, True])
def test_a_company_name_holds_its_number(use_model: bool) -> None:
    text = "PT Sinar 77 Lestari digugat konsumen. Konsumen juga menggugat PT Graha 21 Sejahtera dan CV Maju 3 Jaya."
    seen = [("PT Sinar", "ORG"), ("PT Graha", "ORG"), ("CV Maju 3", "ORG")]
    names = {e.name for e in _entities(text, seen, use_model) if e.type == "ORG"}
    assert {"PT Sinar 77 Lestari", "PT Graha 21 Sejahtera", "CV Maju 3 Jaya"} <= names


def test_a_numbered_company_and_its_director_after_it_are_two() -> None:
    text = "Jaksa memeriksa Direktur PT Sinar 77 Lestari Yohanes Bire Dapa sebagai saksi."
    entities = _entities(text, use_model=False)
    person = _holding(entities, "Yohanes Bire Dapa")[0]
    assert person.type == "PERSON" and person.roles == ["Direktur PT Sinar 77 Lestari"]


# --- 5. ministries' short forms from inner syllables ----------------------------------------------------

@pytest.mark.parametrize(("short", "full"), [
    ("Kemenhan", "Kementerian Pertahanan"), ("Kemendag", "Kementerian Perdagangan"),
    ("Kementan", "Kementerian Pertanian"), ("Kemenkeu", "Kementerian Keuangan"),
    ("Kemenhan", "Kementrian Pertahanan"), ("Kemenkop UKM", "Kementerian Koperasi dan UKM"),
])
def test_a_ministry_short_form_abbreviates_its_ministry(short: str, full: str) -> None:
    assert abbreviates(short, full)


@pytest.mark.parametrize(("short", "full"), [
    ("Kemenhan", "Kementerian Perhubungan"), ("Kemendag", "Kementerian Pertahanan"),
    ("Kementan", "Kementerian Pariwisata"),
])
def test_a_ministry_short_form_does_not_abbreviate_another(short: str, full: str) -> None:
    assert not abbreviates(short, full)


@pytest.mark.parametrize("use_model", [False, True])
def test_a_short_form_the_gazetteer_lacks_joins_the_ministry_named_in_full(use_model: bool) -> None:
    text = "Kementerian Koperasi dan UKM menyalurkan kredit. Kemenkop UKM menyebut kredit cair pekan depan."
    entities = _entities(text, [("Kementerian Koperasi dan UKM", "ORG")], use_model)
    body = _holding(entities, "Kementerian Koperasi dan UKM")[0]
    assert {m.text for m in body.mentions} == {"Kementerian Koperasi dan UKM", "Kemenkop UKM"}


def test_a_misspelt_ministry_joins_its_short_form() -> None:
    text = "Kementrian Pertahanan membeli kapal. Kemenhan menyebut kapal tiba tahun depan."
    body = _holding(_entities(text, use_model=False), "Kemenhan")[0]
    assert "Kementrian Pertahanan" in {m.text for m in body.mentions}


# --- 6. a royal title word that opens a person's own name -----------------------------------------------

@pytest.mark.parametrize("use_model", [False, True])
def test_a_title_word_opening_a_longer_name_is_the_names(use_model: bool) -> None:
    text = ("Sekretaris Jenderal Persatuan Catur Ratu Anisa Pramesti membuka turnamen. "
            "Ratu Anisa mengatakan pesertanya ratusan.")
    entities = _entities(text, [("Ratu Anisa Pramesti", "PERSON"), ("Anisa", "PERSON")], use_model)
    person = _holding(entities, "Ratu Anisa Pramesti")[0]
    assert "Ratu Anisa" in {m.text for m in person.mentions}
    assert "Ratu" not in person.roles


def test_a_title_word_ending_a_body_run_goes_back_to_the_name() -> None:
    text = "Ketua Komunitas Pecinta Kucing Ratu Anisa Pramesti membuka acara itu."
    person = _holding(_entities(text, use_model=False), "Ratu Anisa Pramesti")[0]
    assert person.roles == ["Ketua Komunitas Pecinta Kucing"]


def test_a_monarch_keeps_the_title() -> None:
    text = "Raja Salman tiba di Bali. Ratu Elizabeth II mengirim ucapan."
    entities = _entities(text, use_model=False)
    assert _holding(entities, "Salman")[0].roles == ["Raja"]


def test_a_headline_role_word_holds_no_name_of_the_next_paragraph() -> None:
    text = "Klub Umumkan Pelatih\n\nRaja Wiratama Siregar juga hadir dalam acara itu."
    person = _holding(_entities(text, use_model=False), "Raja Wiratama Siregar")[0]
    assert person.roles == []


# --- 7. products named like people ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "product"), [
    ("Mobil itu dijual dalam seri Satya dan seri Lestari.", "Satya"),
    ("Pabrikan itu memamerkan Galaksi Nova S9 di Jakarta.", "Galaksi Nova"),
    ("Produk Sentosa Kirana laris di pasar.", "Produk Sentosa Kirana"),
])
def test_a_product_is_no_person(text: str, product: str) -> None:
    entities = _entities(text, [(product, "PERSON")])
    assert not [e for e in _holding(entities, product) if e.type == "PERSON"]


def test_a_player_before_his_minute_stays_a_person() -> None:
    text = "Susunan pemain: Bayu Pratama ( Dedi Kurniawan 67' ), Rian Saputra."
    entities = _entities(text, [("Dedi Kurniawan", "PERSON"), ("Bayu Pratama", "PERSON")])
    assert [e.type for e in _holding(entities, "Dedi Kurniawan")] == ["PERSON"]


# --- 8. a name without its last part in one article ------------------------------------------------------

def test_a_name_without_its_last_part_is_the_full_name() -> None:
    text = "Wakil Ketua DPR Hendra Wijaya Siregar hadir. Hendra Wijaya mengatakan rapat ditunda."
    person = _holding(_entities(text, use_model=False), "Hendra Wijaya Siregar")[0]
    assert "Hendra Wijaya" in {m.text for m in person.mentions}


def test_a_headline_run_does_not_swallow_the_name() -> None:
    text = "Hendra Wijaya Senang Timnya Menang\n\nPelatih Hendra Wijaya mengatakan timnya bermain baik."
    person = _holding(_entities(text, use_model=False), "Hendra Wijaya")[0]
    assert "Hendra Wijaya Senang" not in person.name


# --- 9. found on the IndoSum survey: regulations, priests, trademarks --------------------------------------

def test_a_ministers_regulation_is_a_document() -> None:
    text = "Harga itu diatur dalam Permenhub Nomor 12 Tahun 2019. Sesuai Permenhub, tarif naik."
    entities = _entities(text, [("Permenhub", "PERSON")])
    assert {e.type for e in _holding(entities, "Permenhub")} == {"OTHER"}


def test_a_sweet_is_no_regulation() -> None:
    from warta.article.non_actors import _ministers_regulation
    assert not _ministers_regulation("permen") and _ministers_regulation("permendag")


def test_a_priests_form_of_address_is_no_part_of_his_name() -> None:
    text = "Misa dipimpin Romo Yohanes Sutrisno di gereja itu."
    assert [e.name for e in _entities(text, use_model=False) if e.type == "PERSON"] == ["Yohanes Sutrisno"]


def test_a_trademarked_name_is_no_person() -> None:
    text = "Sepatu itu memakai serat Lunaria ® buatan sebuah perusahaan."
    entities = _entities(text, [("Lunaria", "PERSON")])
    assert not [e for e in _holding(entities, "Lunaria") if e.type == "PERSON"]


@pytest.mark.parametrize("use_model", [False, True])
def test_a_body_the_article_writes_alone_ends_where_it_ends_there(use_model: bool) -> None:
    text = ("Mitranya adalah PT Lintas Prima Andalan . Hal itu disampaikan Direktur PT Lintas Prima Andalan "
            "Yosef Pramono .")
    person = _holding(_entities(text, use_model=use_model), "Yosef Pramono")[0]
    assert person.roles == ["Direktur PT Lintas Prima Andalan"]


@pytest.mark.parametrize("link", ["selaku", "sebagai", "yang merupakan"])
def test_a_lawyer_linked_by_selaku_holds_the_role(link: str) -> None:
    text = f"Sidang digelar Senin. Maria Lestari {link} kuasa hukum Budi Hartono meminta waktu dua pekan."
    entities = _entities(text, use_model=False)
    assert _holding(entities, "Maria Lestari")[0].roles == ["kuasa hukum Budi Hartono"]
    assert _holding(entities, "Budi Hartono")[0].roles == []
