"""Event sides named by an epithet ("lembaga antirasuah", "Negeri Paman Sam") or by their kind again
("Kementerian itu"): the body or state meant, not the description. Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who
from warta.article.actors import MentionIndex
from warta.article.entities import find_article_entities
from warta.article.event_actor_epithets import body_named, epithet_at, kind_again
from warta.article.event_actors_named import named_in_apposition
from warta.models import Entity, Mention


def test_epithet_names_the_body_and_ends_after_its_words() -> None:
    text = "lembaga antirasuah itu menahan"
    found = epithet_at(text, 0)
    assert found is not None
    assert "Komisi Pemberantasan Korupsi" in found[0]
    assert text[:found[1]] == "lembaga antirasuah"


def test_plural_epithet_reads_over_its_hyphen() -> None:
    found = epithet_at("negara-negara Asia Tenggara sepakat", 0)
    assert found is not None
    assert found[0][0] == "ASEAN"


def test_southeast_asian_states_asked_are_asean() -> None:
    events = code("Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN) menggelar pertemuan di Manila. "
                  "Kanada meminta negara-negara Asia Tenggara menjaga kebebasan berlayar.")
    asked = [e for e in of_type(events, "REQUEST") if "Kanada" in e.evidence[0].sentence]
    assert asked, events
    assert who(asked[0].target) in ("ASEAN", "Perhimpunan Bangsa-Bangsa Asia Tenggara")


def test_no_epithet_across_a_comma_or_for_a_plain_description() -> None:
    assert epithet_at("lembaga, antirasuah", 0) is None
    assert epithet_at("lembaga survei itu", 0) is None


def test_body_named_prefers_the_article_entity() -> None:
    kpk = Entity(id="a1/e1", type="ORG", name="Komisi Pemberantasan Korupsi", aliases=["KPK"],
                 mentions=[Mention(article="a1", start=0, end=3, text="KPK")])
    assert body_named([kpk], "a1", ("KPK", "Komisi Pemberantasan Korupsi")).entity == "a1/e1"
    assert body_named([], "a1", ("KPK",)).name == "KPK"


def test_anticorruption_epithet_is_the_commission_named_before() -> None:
    events = code("Komisi Pemberantasan Korupsi (KPK) memeriksa Wali Kota Tanjung Sari, Darmawan Putra, "
                  "pada Senin. Sehari kemudian, lembaga antirasuah menahan Darmawan di rumah tahanan.")
    detained = of_type(events, "COERCE")
    assert detained, events
    assert who(detained[-1].source) == "Komisi Pemberantasan Korupsi"


def test_ministry_named_again_by_kind_is_that_ministry() -> None:
    events = code("Kementerian Kelautan dan Perikanan menyita dua kapal pencuri ikan di Laut Arafura. "
                  "Para nelayan setempat menyambut langkah itu dengan gembira. "
                  "Kementerian tersebut juga menangkap 12 awak kapal itu.")
    arrests = [e for e in of_type(events, "COERCE") if "menangkap" in e.evidence[0].sentence]
    assert arrests, events
    assert who(arrests[0].source) == "Kementerian Kelautan dan Perikanan"


def test_department_referred_to_as_concerned_is_the_one_named() -> None:
    events = code("Departemen Urusan Pangan Negara Bagian Selangor mengawasi harga beras di pasar. "
                  "Harga beras naik tajam sepekan terakhir. "
                  "Gubernur meminta departemen bersangkutan menyelidiki penimbunan beras.")
    asked = [e for e in of_type(events, "REQUEST") if "bersangkutan" in e.evidence[0].sentence]
    assert asked, events
    assert who(asked[0].target) == "Departemen Urusan Pangan Negara Bagian Selangor"


def test_pihak_makes_a_bare_kind_the_body_named_before() -> None:
    events = code("Seorang pasien meninggal di RSUD Kota Sejahtera pada Senin malam. "
                  "Keluarga pasien menuding pihak rumah sakit lalai.")
    blamed = [e for e in of_type(events, "ACCUSE") if "menuding" in e.evidence[0].sentence]
    assert blamed, events
    assert who(blamed[0].target) == "RSUD Kota Sejahtera"


def test_kind_again_reads_only_kinds_and_their_pointers() -> None:
    assert kind_again(["pihak", "rumah", "sakit"], frozenset(), frozenset({"itu"})) == "rumah sakit"
    assert kind_again(["kementerian", "bersangkutan"], frozenset(), frozenset({"itu"})) == "kementerian"
    assert kind_again(["klub", "bersangkutan"], frozenset({"klub"}), frozenset({"itu"})) is None
    assert kind_again(["kementerian", "baru"], frozenset(), frozenset({"itu"})) is None


def test_kind_never_named_stays_unresolved_to_another_body() -> None:
    events = code("Partai Hijau Raya mengecam kebijakan tarif baru. Kementerian itu menyita gudang beras.")
    seized = [e for e in of_type(events, "COERCE") if "menyita" in e.evidence[0].sentence]
    assert all(who(e.source) != "Partai Hijau Raya" for e in seized)


# --------------------------------------------------------------------------- a role set off by a name


def test_role_set_off_by_a_name_is_that_person() -> None:
    events = code("Mantan bendahara PT Sumber Makmur, Rudi Hartanto, ditahan polisi di Medan pada Kamis.")
    held = of_type(events, "COERCE")
    assert held, events
    assert who(held[0].target) == "Rudi Hartanto"


def test_role_with_origin_and_age_is_the_named_person() -> None:
    events = code("Polisi menangkap pria asal Cianjur, Dedi Kurniawan (41), di sebuah rumah kontrakan.")
    arrests = of_type(events, "COERCE")
    assert arrests, events
    assert who(arrests[0].target) == "Dedi Kurniawan"


def test_prosecutor_of_a_body_still_acts_for_the_body() -> None:
    events = code("Jaksa KPK, Wahyu Pratama, mendakwa Bupati Sukamaju menerima suap proyek jalan.")
    charges = [e for e in events if e.type in ("COERCE", "ACCUSE")]
    assert charges, events
    assert who(charges[0].source) == "Komisi Pemberantasan Korupsi"


def test_a_body_standing_alone_before_names_is_no_role() -> None:
    text = "Komisi Yudisial, Andi Saputra, Rina Melati dan Budi Santoso bertemu di Jakarta."
    entities = find_article_entities(text, "a1", use_model=False)
    found = named_in_apposition(text, MentionIndex(entities, "a1"), 0, len("Komisi Yudisial"))
    assert found is None


# --------------------------------------------------------------------------- posts written short


def test_short_title_is_the_one_holder_of_the_post() -> None:
    events = code("Menteri Luar Negeri Retno Marsudi bertemu Duta Besar Jepang di Jakarta. "
                  "Menlu juga meminta Jepang menambah investasi di Sulawesi.")
    asked = [e for e in of_type(events, "REQUEST") if "Menlu" in e.evidence[0].sentence]
    assert asked, events
    assert who(asked[0].source) == "Retno Marsudi"


def test_bare_title_with_two_holders_stays_unresolved() -> None:
    events = code("Menteri Keuangan Sri Mulyani dan Menteri Perdagangan Enggartiasto Lukita hadir di Bogor. "
                  "Menteri meminta para importir menahan harga.")
    asked = [e for e in of_type(events, "REQUEST") if "importir" in e.evidence[0].sentence]
    assert all(who(e.source) not in ("Sri Mulyani", "Enggartiasto Lukita") for e in asked)


# --------------------------------------------------------------------------- the subject goes on


def test_ia_opening_two_sentences_is_one_person() -> None:
    events = code("Sofia Lindqvist, utusan khusus PBB, tiba di Jakarta pada Senin. "
                  "Ia bertemu Presiden Joko Widodo di Istana Merdeka. "
                  "Ia juga berjanji membantu para petani kopi di Aceh.")
    promised = [e for e in events if "berjanji" in e.evidence[0].sentence]
    assert promised, events
    assert who(promised[0].source) not in (None, "Joko Widodo")
    assert "Lindqvist" in (who(promised[0].source) or "")


# --------------------------------------------------------------------------- a document's author


def test_relative_clause_about_a_resolution_is_its_author_s_act() -> None:
    events = code("Ukraina menyambut resolusi Majelis Umum PBB, Kamis lalu, yang mengecam serangan Rusia ke Kiev.")
    condemned = [e for e in of_type(events, "ACCUSE") if "mengecam" in e.evidence[0].sentence]
    assert condemned, events
    assert who(condemned[0].source) == "Majelis Umum PBB"
    assert who(condemned[0].target) == "Rusia"


def test_bare_title_prefers_the_holder_written_just_so() -> None:
    events = code("Presiden Joko Widodo menerima Presiden Prancis Emmanuel Macron di Istana Bogor. "
                  "Presiden juga meminta Prancis menambah investasi di Jawa Tengah.")
    asked = [e for e in of_type(events, "REQUEST") if "menambah" in e.evidence[0].sentence]
    assert asked, events
    assert who(asked[0].source) == "Joko Widodo"
