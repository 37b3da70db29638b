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


def _roles(text: str, seen: list[tuple[str, str]]) -> dict[str, tuple[str, list[str]]]:
    entities = find_article_entities(text, find=model_seeing(seen))
    return {e.name: (e.type, e.roles) for e in entities}


def test_a_local_office_set_off_after_a_name_gives_that_person_the_role() -> None:
    text = "Warga menangkap pencopet itu. Iptu Dedi Kurniawan, Kapolsek Cibarusah, mengatakan pelaku ditahan."
    found = _roles(text, [("Dedi Kurniawan", "PERSON"), ("Cibarusah", "PERSON")])
    assert found["Cibarusah"] == ("LOC", [])
    person_type, roles = found["Dedi Kurniawan"]
    assert person_type == "PERSON" and any("Kapolsek Cibarusah" in r for r in roles)


def test_the_place_after_a_local_office_is_not_its_holder() -> None:
    text = "Kapolsek Cibarusah, Iptu Dedi Kurniawan, mengatakan pelaku ditahan."
    found = _roles(text, [("Dedi Kurniawan", "PERSON"), ("Cibarusah", "PERSON")])
    assert found["Cibarusah"] == ("LOC", [])
    assert found["Dedi Kurniawan"][1] == ["Kapolsek Cibarusah"]


def _longest_first(seen: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """A stand-in model that, like the real one, reads a glued run as one span: at each place only
    the longest of the given names is found."""
    inner = model_seeing(seen)

    def find(text: str) -> list[object]:
        kept: list[object] = []
        for span in sorted(inner(text), key=lambda s: (s.start, -(s.end - s.start))):
            if not kept or span.start >= kept[-1].end:  # type: ignore[attr-defined]
                kept.append(span)
        return kept

    return find


_GLUED = [("Riset Samudra Economics Bayu Prakoso", "ORG"), ("Riset Samudra Economics", "ORG"),
          ("Bayu Prakoso", "PERSON"), ("Bank Kenari Dewi Kartikasari", "ORG"), ("Bank Kenari", "ORG"),
          ("Dewi Kartikasari", "PERSON")]


def test_an_analysts_firm_glued_to_the_analyst_is_split() -> None:
    text = "Analis senior di Riset Samudra Economics Bayu Prakoso mengatakan harga minyak turun."
    entities = find_article_entities(text, find=_longest_first(_GLUED))  # type: ignore[arg-type]
    types = {e.name: e.type for e in entities}
    assert types.get("Riset Samudra Economics") == "ORG"
    assert types.get("Bayu Prakoso") == "PERSON"


def test_a_bank_run_glued_to_its_economist_is_split() -> None:
    text = "Ekonom Bank Kenari Dewi Kartikasari memperkirakan suku bunga tetap."
    entities = find_article_entities(text, find=_longest_first(_GLUED))  # type: ignore[arg-type]
    types = {e.name: e.type for e in entities}
    assert types.get("Bank Kenari") == "ORG" and types.get("Dewi Kartikasari") == "PERSON"


def test_an_organisation_whose_tail_the_model_does_not_read_as_a_person_stays_whole() -> None:
    seen = [("Riset Samudra Economics Bayu Prakoso", "ORG"), ("Riset Samudra Economics", "ORG")]
    text = "Analis senior di Riset Samudra Economics Bayu Prakoso mengatakan harga minyak turun."
    entities = find_article_entities(text, find=_longest_first(seen))  # type: ignore[arg-type]
    assert "Riset Samudra Economics Bayu Prakoso" in {e.name for e in entities}
