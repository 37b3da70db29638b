"""Second acceptance run: titles, qualifiers, and one person named differently across reports.

Every sentence here is fictional, written for these tests.
"""

from __future__ import annotations

from tests.corpus_reading import analysis_of_texts
from warta.corpus.name_forms import is_given_name
from warta.models import Analysis, Entity

_analysis = analysis_of_texts


def _person(analysis: Analysis, alias: str) -> list[Entity]:
    return [e for e in analysis.entities if e.type == "PERSON" and alias in e.aliases]


def test_a_court_title_of_two_words_is_the_role_not_part_of_the_name(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Hakim Tunggal Budiman memutus perkara itu pada Kamis pagi di ruang sidang utama.")
    validate(analysis)
    (judge,) = _person(analysis, "Budiman")
    assert judge.name == "Budiman" and judge.roles == ["Hakim Tunggal"]


def test_acronyms_after_a_title_are_the_post_body_and_the_name_follows(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Ketua Umum DPP GMN Rahmat Sentosa hadir bersama Cawagub DKI Joko Pranowo di gedung itu.")
    validate(analysis)
    names = {e.name: e.roles for e in analysis.entities if e.type == "PERSON"}
    assert names == {"Rahmat Sentosa": ["Ketua Umum DPP GMN"], "Joko Pranowo": ["Cawagub DKI"]}
    assert "DPP GMN" in {e.name for e in analysis.entities}  # acronyms keep their capitals


def test_a_candidate_or_former_holder_keeps_the_qualifier_in_the_role(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Calon Gubernur Jawa Tengah Arif Sasmita menemui warga. "
                         "Mantan Ketua DPR Setyo Budi ikut hadir di balai desa.")
    validate(analysis)
    assert _person(analysis, "Arif Sasmita")[0].roles == ["Calon Gubernur Jawa Tengah"]
    assert _person(analysis, "Setyo Budi")[0].roles == ["Mantan Ketua DPR"]


def test_supporters_named_after_a_person_are_not_a_person(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Calon Gubernur Jawa Tengah Arif Sasmita menemui warga di pasar. "
                         "Relawan Arif berkumpul di lapangan kota sejak pagi.")
    validate(analysis)
    assert not any("Relawan" in alias for e in analysis.entities for alias in e.aliases)
    (candidate,) = _person(analysis, "Arif Sasmita")
    assert "Arif" in candidate.aliases


def test_one_word_names_with_a_shared_role_across_reports_are_one_person(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(
        "Hakim Tunggal Budiman memutus perkara praperadilan itu pada Kamis pagi.",
        "Dalam sidang itu, hakim Budiman juga mengatakan perkara sudah gugur dengan sendirinya.",
        "Bupati Budiman meresmikan jalan baru di desa itu pada Sabtu.",
    )
    validate(analysis)
    people = _person(analysis, "Budiman")
    assert sorted(sorted({m.article for m in e.mentions}) for e in people) == [["a1", "a2"], ["a3"]]
    judge = next(e for e in people if len({m.article for m in e.mentions}) == 2)
    assert [r.casefold() for r in judge.roles] == ["hakim tunggal", "hakim"]


def test_the_given_name_a_person_goes_by_joins_the_full_name(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(
        "Calon wakil gubernur Sandiago Umar menemui pedagang di Pasar Minggu, Jakarta Selatan.",
        "Sandi berjanji menata pasar tradisional bila terpilih, kata juru bicaranya kepada wartawan.",
    )
    validate(analysis)
    (person,) = _person(analysis, "Sandiago Umar")
    assert "Sandi" in person.aliases


def test_given_names_shared_by_many_point_at_no_one() -> None:
    assert is_given_name("Sandi", ["Sandiago", "Umar"])
    assert is_given_name("Djarwo", ["Djarwo", "Saiful", "Hidayat"])
    assert not is_given_name("Ahmad", ["Ahmad", "Munawar"])
    assert not is_given_name("San", ["Sandiago", "Umar"])


def test_a_regional_election_is_an_event_not_a_person(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Kampanye putaran kedua Pilgub Jawa Tengah berlangsung damai, kata ketua panitia.")
    validate(analysis)
    assert {e.name: e.type for e in analysis.entities}.get("Pilgub Jawa Tengah") == "EVENT"


def test_english_titles_are_capitalised_before_a_name(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("A single judge at the Sumber Raya District Court dismissed the motion filed by "
                         "former House Speaker Setya Novanto. Judge Budiman said the trial had opened.")
    validate(analysis)
    people = {e.name: e.roles for e in analysis.entities if e.type == "PERSON"}
    assert people == {"Setya Novanto": ["former House Speaker"], "Budiman": ["Judge"]}


def test_an_english_wires_judge_is_the_indonesian_reports_hakim(validate) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis("Judge Budiman said the pretrial petition was void after the trial opened on Wednesday.",
                         "Hakim Budiman membacakan putusan pada Kamis pagi di ruang sidang utama.")
    validate(analysis)
    (judge,) = _person(analysis, "Budiman")
    assert sorted({m.article for m in judge.mentions}) == ["a1", "a2"]
