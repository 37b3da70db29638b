"""Third acceptance run: a post's body glued to the holder's name, and one person named with and
without the head of the name across reports.

Every sentence here is fictional, written for these tests.
"""

from __future__ import annotations

from tests.corpus_reading import analysis_of_texts
from warta.models import Analysis

_analysis = analysis_of_texts


def _people(analysis: Analysis) -> dict[str, list[str]]:
    return {e.name: e.roles for e in analysis.entities if e.type == "PERSON"}


def test_a_body_named_by_a_word_and_an_acronym_is_the_post_not_the_name(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Ketua Komwas PBSI Hendra Gunawan mengatakan sidang etik digelar pekan depan di Bandung.")
    validate(analysis)
    assert _people(analysis) == {"Hendra Gunawan": ["Ketua Komwas PBSI"]}


def test_a_regional_unit_with_a_roman_number_is_the_post_not_the_name(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Kepala Divre IV Bulog Surya Pratama mengatakan stok beras aman hingga akhir tahun.",
                         "Manajer Area KAI DAOP II Wulan Sari menyebut jadwal kereta tetap berjalan normal.")
    validate(analysis)
    people = _people(analysis)
    assert "Wulan Sari" in people and people["Wulan Sari"] == ["Manajer Area KAI DAOP II"]


def test_one_capitalised_word_after_the_acronym_stays_in_the_name(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Ketua Fraksi PKB Marwan mengatakan partainya menolak usulan itu dalam rapat paripurna.")
    validate(analysis)
    assert "Marwan" not in {e.name for e in analysis.entities if e.type != "PERSON"}
    assert all("PKB" not in name for name in _people(analysis))


def test_a_name_without_its_head_joins_the_full_name_of_another_report(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(
        "Hakim menjatuhkan vonis empat tahun penjara kepada mantan Wali Kota Bogor, Ratu Dewi Anggraini, pada Senin.",
        "Mantan Wali Kota Bogor Ratu Dewi Anggraini menyatakan menerima putusan hakim dan tidak banding.")
    validate(analysis)
    holders = [e for e in analysis.entities if e.type == "PERSON" and "Anggraini" in e.name]
    assert len(holders) == 1 and {m.article for m in holders[0].mentions} == {"a1", "a2"}


def test_a_court_named_without_its_town_joins_the_full_name_of_another_report(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(
        "Pengadilan Negeri Bandung menolak gugatan warga atas pembangunan pasar itu pada Senin.",
        "Juru bicara Pengadilan Negeri menyebut putusan dibacakan dalam sidang terbuka untuk umum.")
    validate(analysis)
    courts = [e for e in analysis.entities if e.name.startswith("Pengadilan Negeri")]
    assert len(courts) == 1 and {m.article for m in courts[0].mentions} == {"a1", "a2"}


def test_a_short_name_two_organisations_of_the_run_could_mean_joins_neither(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(
        "Polres Bogor dan Polres Depok menggelar razia bersama di perbatasan Bogor dan Depok pada Sabtu.",
        "Polres mengimbau warga melapor bila melihat kendaraan mencurigakan di jalan raya itu.")
    validate(analysis)
    named = {e.name for e in analysis.entities if e.type == "ORG"}
    assert {"Polres Bogor", "Polres Depok"} <= named


def test_an_institution_without_a_country_stays_apart_from_the_same_one_of_a_country(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(
        "Kementerian Luar Negeri Rusia memanggil duta besar Jerman di Moskow pada Selasa.",
        "Kementerian Luar Negeri memastikan tidak ada warga negara Indonesia yang menjadi korban.")
    validate(analysis)
    ministries = [e for e in analysis.entities if e.name.startswith("Kementerian Luar Negeri")]
    assert len(ministries) == 2


def test_an_office_name_glued_before_a_person_of_the_run_is_that_person() -> None:
    from warta.corpus.entities import canonicalize_entities
    from warta.models import Entity, Mention

    def person(article: str, name: str) -> Entity:
        return Entity(id=f"{article}/e1", name=name, type="PERSON", aliases=[name],
                      mentions=[Mention(article=article, start=0, end=len(name), text=name)])

    run = [[person("a1", "Rina Kusumawati")], [person("a2", "Pengawasan Mutu Pangan Rina Kusumawati")],
           [person("a3", "Iriana Rina Kusumawati")]]
    canonicalize_entities(run)
    assert run[0][0].id == run[1][0].id and run[1][0].name == "Rina Kusumawati"
    assert run[2][0].id != run[0][0].id


def test_a_units_acronym_with_its_number_before_the_company_is_the_post(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("General Manager MOR III PT Pertamina (Persero) Wulan Sari meninjau depo itu.")
    validate(analysis)
    assert _people(analysis) == {"Wulan Sari": ["General Manager MOR III PT Pertamina (Persero)"]}


def test_a_chief_cabinet_secretary_keeps_the_whole_title(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Kepala Sekretaris Kabinet Hiroshi Tanaka mengatakan pemerintah akan menambah sanksi.")
    validate(analysis)
    assert _people(analysis) == {"Hiroshi Tanaka": ["Kepala Sekretaris Kabinet"]}


def test_a_verb_after_a_title_says_what_its_holder_did_and_is_no_role(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Majelis hakim menilai Dewi Anggraini terbukti menerima suap proyek pasar.",
                         "Jaksa menuntut Dewi Anggraini delapan tahun penjara dalam sidang pekan lalu.")
    validate(analysis)
    assert _people(analysis) == {"Dewi Anggraini": []}


def test_lower_case_words_qualifying_a_title_stay_in_the_role(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Pengamat hubungan internasional Universitas Nusa, Andika Pratama, menilai hal itu wajar.")
    validate(analysis)
    assert _people(analysis) == {"Andika Pratama": ["Pengamat hubungan internasional Universitas Nusa"]}


def test_a_regional_heads_region_is_the_role_not_the_name(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Bupati Lebak Sari Wulandari Putri meresmikan pasar desa itu pada Senin pagi.",
                         "Bupati Budi Hartono menolak berkomentar soal anggaran itu.")
    validate(analysis)
    people = _people(analysis)
    assert people["Sari Wulandari Putri"] == ["Bupati Lebak"]
    assert people["Budi Hartono"] == ["Bupati"]  # no region the gazetteer knows: the whole run is the name


def test_a_presiding_judge_is_a_person_with_the_bench_in_the_role(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis('"Terdakwa terbukti bersalah," ujar Ketua Majelis Hakim Sutarno saat membacakan putusan.')
    validate(analysis)
    assert _people(analysis) == {"Sutarno": ["Ketua Majelis Hakim"]}
    (quote,) = analysis.quotes
    assert quote.speaker is not None and quote.speaker.entity is not None


def test_an_organisation_named_by_a_clipped_compound_joins_its_full_name() -> None:
    from warta.corpus.entities import canonicalize_entities
    from warta.models import Entity, Mention

    def org(article: str, name: str) -> Entity:
        return Entity(id=f"{article}/e1", name=name, type="ORG", aliases=[name],
                      mentions=[Mention(article=article, start=0, end=len(name), text=name)])

    run = [[org("a1", "Komisi Disiplin PBSI")], [org("a2", "Komdis PBSI")], [org("a3", "Kementerian Luar Negeri")],
           [org("a4", "Kemenlu")], [org("a5", "Kemenkeu")]]
    canonicalize_entities(run)
    assert run[0][0].id == run[1][0].id and run[0][0].name == "Komisi Disiplin PBSI"
    assert run[2][0].id == run[3][0].id
    assert run[4][0].id not in {run[2][0].id, run[0][0].id}
