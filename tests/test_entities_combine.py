"""How the entity stage combines the NER model's spans with the gazetteer and the rules.

The model is replaced by a fixed list of spans (``model_of``), so each test states exactly what
the model saw; the sentences are written for these tests.
"""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.models import Entity

from .fake_ner import model_seeing, types_of_mentions


def model_of(**seen: str) -> object:
    """A stand-in model that finds each given name (keyword: the name with _ for spaces) with its label."""
    return model_seeing((key.replace("_al_", " al-").replace("_", " "), label) for key, label in seen.items())


def mentions(entities: list[Entity]) -> dict[str, str]:
    return types_of_mentions(entities)


def run(text: str, **seen: str) -> dict[str, str]:
    return mentions(find_article_entities(text, find=model_of(**seen)))  # type: ignore[arg-type]


def test_a_run_of_capitals_the_model_read_past_once_is_no_name() -> None:
    found = run("Siswa itu naik ke Kelas Unggulan setelah lomba di Bandung.", Bandung="LOC")
    assert "Kelas Unggulan" not in found
    assert found["Bandung"] == "LOC"


def test_a_run_of_capitals_the_article_repeats_stays_though_the_model_missed_it() -> None:
    text = "Warga di Kampung Cibeureum menolak tambang. Tokoh dari Kampung Cibeureum mengadu ke Bandung."
    found = run(text, Bandung="LOC")
    assert "Kampung Cibeureum" in found
    assert "Kampung Cibeureum" not in run("Warga di Kampung Cibeureum menolak tambang di Bandung.", Bandung="LOC")


def test_a_gazetteer_hit_and_a_titled_name_stay_though_the_model_missed_them() -> None:
    found = run("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Ankara pada Senin.")
    assert found["Sergei Lavrov"] == "PERSON"
    assert found["Ankara"] == "LOC"


def test_a_wider_model_name_replaces_the_runs_of_capitals_inside_it() -> None:
    # the rules stop before the lower-case particle; the model reads one name across it
    found = run("Korban bernama Mohammed al-Ghul tewas di tempat.", Mohammed_al_Ghul="PERSON")
    assert found.get("Mohammed al-Ghul") == "PERSON"
    assert "Mohammed" not in found


def test_a_wider_model_span_does_not_swallow_a_typed_mention() -> None:
    found = run("Pejabat dari Suku Dinas Pertamanan datang.", Suku_Dinas_Pertamanan_datang="ORG")
    assert "Suku Dinas Pertamanan" in found


def test_a_title_word_the_model_leaves_out_is_cut_from_the_name() -> None:
    found = run("Dalam acara itu Produser Rangga Wiratmaja berbicara.", Rangga_Wiratmaja="PERSON")
    assert found.get("Rangga Wiratmaja") == "PERSON"
    assert "Produser Rangga Wiratmaja" not in found


def test_a_name_word_the_model_leaves_out_stays_in_the_name() -> None:
    found = run("Dalam acara itu Sanya Dewi berbicara.", Dewi="PERSON")
    assert "Sanya Dewi" in found


def test_a_titled_name_the_model_reads_as_an_organisation_is_one() -> None:
    text = "Ia juga menjabat CEO Lentera Nusantara Pictures sejak 2019."
    assert find_article_entities(text, use_model=False)[0].type == "PERSON"  # what the title grammar reads
    entities = find_article_entities(text, find=model_of(Lentera_Nusantara_Pictures="ORG"))  # type: ignore[arg-type]
    studio = next(e for e in entities if e.name == "Lentera Nusantara Pictures")
    assert studio.type == "ORG" and studio.roles == []


def test_a_titled_name_the_model_reads_as_a_person_keeps_its_role() -> None:
    entities = find_article_entities("Direktur CIA, William Burns, tiba di Ankara.",
                                     find=model_of(William_Burns="PERSON"))  # type: ignore[arg-type]
    burns = next(e for e in entities if e.name == "William Burns")
    assert burns.type == "PERSON" and burns.roles == ["Direktur CIA"]


def test_a_model_span_opening_with_a_hit_of_its_own_type_is_not_cut_after_it() -> None:
    found = run("Pertempuran pecah lagi di Libya Barat pada Senin.", Libya_Barat="LOC")
    assert found.get("Libya Barat") == "LOC"
    assert "Barat" not in found  # no stray remainder of the model's span


def test_a_model_span_opening_with_a_hit_of_another_type_is_cut_after_it() -> None:
    found = run("Pernyataan itu dibantah Kremlin Dmitry Peskov kemarin.", Kremlin_Dmitry_Peskov="PERSON")
    assert found.get("Dmitry Peskov") == "PERSON"
    assert found.get("Kremlin") in {"ORG", "LOC"}


def test_the_rest_of_a_longer_title_that_the_model_does_not_see_is_no_person() -> None:
    found = run("Keputusan Menteri Pendidikan Nasional RI itu terbit kemarin.")
    assert "Nasional" not in found
    assert found.get("RI") == "LOC"


def test_initials_after_a_rank_stay_a_person_though_the_model_does_not_see_them() -> None:
    assert run("Pelakunya Bripka AS ( 33 ) ditahan polisi.").get("AS") == "PERSON"


def test_a_model_span_going_on_from_a_place_names_part_of_it() -> None:
    found = run("Ratusan warga mengungsi dari Gaza City pada Senin.", Gaza_City="LOC")
    assert found.get("Gaza City") == "LOC"
    assert "Gaza" not in found and "City" not in found


def test_a_model_span_running_on_from_a_place_into_a_title_does_not_replace_it() -> None:
    text = "Atase Pertahanan untuk Italia Kolonel Laut Bambang Irawan hadir."
    found = run(text, Italia_Kolonel_Laut="LOC", Bambang_Irawan="PERSON")
    assert found.get("Italia") == "LOC"
    assert "Italia Kolonel Laut" not in found


def test_an_english_name_keeps_its_own_the() -> None:
    found = run("Tahun itu grup The Lantern Kids merilis album kedua.", The_Lantern_Kids="ORG")
    assert found.get("The Lantern Kids") == "ORG"
    assert "Lantern Kids" not in found
    found = run("Tahun itu grup The Lantern Kids merilis album kedua.", The="ORG")
    assert "The" not in found  # a lone "The" is still no name


def test_a_generic_head_word_run_the_model_read_past_once_is_no_name() -> None:
    text = "Anak-anak belajar di Sekolah Dasar dekat Pasar Baru di Bandung."
    assert "Sekolah Dasar" in mentions(find_article_entities(text, use_model=False))  # the rules' reading
    found = run(text, Bandung="LOC")
    assert "Sekolah Dasar" not in found
    assert "Universitas Wiralaga" in run("Ia kuliah di Universitas Wiralaga di Bandung.", Bandung="LOC")


def test_a_guess_repeated_within_one_sentence_is_still_a_guess() -> None:
    text = "Siswa Kelas Unggulan dan guru Kelas Unggulan menang lomba di Bandung."
    assert "Kelas Unggulan" not in run(text, Bandung="LOC")


def test_an_organisation_the_model_reads_overrules_the_places_inside_it() -> None:
    found = run("Saham itu dicatatkan di Bursa Efek Indonesia sejak Mei.", Bursa_Efek_Indonesia="ORG")
    assert found.get("Bursa Efek Indonesia") == "ORG"
    assert "Bursa" not in found and "Indonesia" not in found


def test_a_minor_place_that_is_a_common_word_goes_when_the_model_reads_past_it() -> None:
    text = "Atlet itu meraih Medali Perak di Bandung."
    assert mentions(find_article_entities(text, use_model=False)).get("Perak") == "LOC"  # the gazetteer's reading
    assert "Perak" not in run(text, Bandung="LOC")
    assert run("Ia lahir di negara bagian Perak , Malaysia.", Perak="LOC").get("Perak") == "LOC"
