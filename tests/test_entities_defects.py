"""Entity-layer defects that cost speakers and types: units, courts, things, lower-case spans,
comma-set names. The model is a stand-in that finds exactly the spans each test gives it; the
sentences are written for these tests."""

from __future__ import annotations

from warta.article.entities import find_article_entities

from .fake_ner import mention_types, model_seeing


def test_military_units_with_their_numbers_are_organisations() -> None:
    text = ("Pasukan dari Brigade Infanteri 7 dan Batalyon 512 tiba di Ambon. "
            "Kodim 1504 menyiapkan tenda, dibantu Yonif 733 dan Brimob.")
    found = mention_types(text, [("Brigade Infanteri 7", "PERSON"), ("Ambon", "LOC")])
    for unit in ("Brigade Infanteri 7", "Batalyon 512", "Kodim 1504", "Yonif 733", "Brimob"):
        assert found.get(unit) == "ORG", unit


def test_court_abbreviations_name_courts() -> None:
    text = ("Perkara itu disidangkan di PN Surabaya pekan lalu. "
            "Kasus suap lain ditangani Pengadilan Tipikor Semarang.")
    found = mention_types(text, [("PN", "LOC"), ("Tipikor", "LOC")])
    assert found.get("PN Surabaya") == "ORG"
    assert found.get("Pengadilan Tipikor Semarang") == "ORG"
    assert "PN" not in found and "Tipikor" not in found


def test_a_sport_or_the_flag_is_no_person() -> None:
    text = "Atlet Wushu asal Kendari meraih emas, lalu Bendera Merah Putih dikibarkan di arena."
    found = mention_types(text, [("Atlet Wushu", "PERSON"), ("Merah Putih", "PERSON"), ("Kendari", "LOC")])
    assert "Atlet Wushu" not in found and "Merah Putih" not in found
    assert found.get("Kendari") == "LOC"


def test_a_cabinet_named_after_colours_stays() -> None:
    found = mention_types("Para menteri Kabinet Merah Putih rapat di Istana.", [("Kabinet Merah Putih", "ORG")])
    assert found.get("Kabinet Merah Putih") == "ORG"


def test_a_lower_case_model_span_in_cased_text_is_a_common_word() -> None:
    text = "Warga memukul tiang listrik dengan palu saat Banjir melanda Sigi."
    found = mention_types(text, [("palu", "LOC"), ("Sigi", "LOC")])
    assert "palu" not in found
    assert found.get("Sigi") == "LOC"


def test_a_name_set_off_by_commas_after_a_title_stays_a_person() -> None:
    text = "Kepala Dinas Pendidikan, Titik Rahayuningsih, mengatakan sekolah dibuka Senin."
    found = mention_types(text, [("Titik Rahayuningsih", "LOC")])
    assert found.get("Titik Rahayuningsih") == "PERSON"


def test_a_ministry_short_form_joins_its_full_name() -> None:
    from warta.article.ministry_acronyms import abbreviates

    assert abbreviates("Kemenpan-RB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi")
    assert abbreviates("Kemenko Polhukam", "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan")
    assert abbreviates("Kemen PPPA", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak")
    assert not abbreviates("Kemen PPPA", "Kementerian Pemuda dan Olahraga")
    assert not abbreviates("Kemenko PMK", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak")


def test_an_unknown_ministry_short_form_links_by_the_rule() -> None:
    text = ("Kementerian Koordinator Bidang Pangan dan Air meluncurkan program irigasi di Klaten. "
            "Menurut Kemenko PA, program itu menjangkau seribu desa.")
    entities = find_article_entities(text, find=model_seeing([("Klaten", "LOC")]))
    ministry = next(e for e in entities if e.name.startswith("Kementerian Koordinator"))
    assert ministry.type == "ORG"
    assert "Kemenko PA" in [m.text for m in ministry.mentions]


def test_known_ministry_short_forms_link_through_the_gazetteer() -> None:
    text = ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi menerbitkan surat edaran. "
            "Kemenpan-RB meminta instansi mematuhinya.")
    entities = find_article_entities(text, find=model_seeing([]))
    ministry = next(e for e in entities if e.gazetteer_id == "org:kemenpanrb")
    assert {m.text for m in ministry.mentions} >= {"Kemenpan-RB"}
    assert len(ministry.mentions) == 2


def test_a_year_after_a_unit_word_is_no_unit_number() -> None:
    found = mention_types("Milisi itu menamai dirinya Brigade Merdeka 1945 sejak bulan lalu.",
                          [("Brigade Merdeka", "ORG")])
    assert "Brigade Merdeka 1945" not in found
    assert found.get("Brigade Merdeka") == "ORG"
