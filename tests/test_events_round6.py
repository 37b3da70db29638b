"""Events, sixth round: verdicts and charges, matches, formal protests, dates of responses, agreed opinions."""

from __future__ import annotations

from tests.test_events_context import code_with, entity, sides
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import Entity, Event, Timex


def _day(text: str, surface: str, value: str) -> Timex:
    start = text.index(surface)
    return Timex(article="a1", start=start, end=start + len(surface), text=surface, type="DATE", value=value)


def _code_dated(text: str, entities: list[Entity], timexes: list[Timex]) -> list[Event]:
    return find_events(text, split_sentences(text), entities, timexes, "a1", "id", quotes=[])


def _country(text: str, name: str, code: str) -> Entity:
    return entity(text, "LOC", name, name).model_copy(update={"gazetteer_id": f"country:{code}"})


def _kinds(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in events]


def test_a_sentence_passed_by_a_court_finds_guilty_and_arrests_no_one() -> None:
    text = "Pengadilan Negeri Kendari menjatuhkan hukuman empat tahun penjara kepada Rudi Hartono ."
    events = code_with(text, entity(text, "ORG", "Pengadilan Negeri Kendari", "Pengadilan Negeri Kendari"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert _kinds(events) == [("ACCUSE", "disapprove")]
    assert sides(events, "ACCUSE") == [("Pengadilan Negeri Kendari", "Rudi Hartono")]


def test_a_defendant_sentenced_by_a_court_is_its_target() -> None:
    text = "Rudi Hartono dijatuhi hukuman enam tahun penjara oleh Pengadilan Negeri Kendari ."
    events = code_with(text, entity(text, "ORG", "Pengadilan Negeri Kendari", "Pengadilan Negeri Kendari"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert _kinds(events) == [("ACCUSE", "disapprove")]
    assert sides(events, "ACCUSE") == [("Pengadilan Negeri Kendari", "Rudi Hartono")]


def test_the_verdict_is_dated_on_the_day_it_was_read() -> None:
    text = "Hakim Pengadilan Negeri Kendari menjatuhkan vonis lima tahun penjara kepada Rudi Hartono, Rabu (13/3) ."
    events = _code_dated(text, [entity(text, "ORG", "Pengadilan Negeri Kendari", "Pengadilan Negeri Kendari"),
                                entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono")],
                         [_day(text, "Rabu (13/3)", "2019-03-13")])
    assert [(e.type, e.date) for e in events] == [("ACCUSE", "2019-03-13")]


def test_an_indictment_charges_and_a_demanded_sentence_accuses() -> None:
    charged = "Komisi Antirasuah mendakwa Rudi Hartono menerima suap dari kontraktor jalan ."
    events = code_with(charged, entity(charged, "ORG", "Komisi Antirasuah", "Komisi Antirasuah"),
                       entity(charged, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert _kinds(events) == [("COERCE", "arrest")]
    demanded = "Komisi Antirasuah menuntut Rudi Hartono sepuluh tahun penjara ."
    events = code_with(demanded, entity(demanded, "ORG", "Komisi Antirasuah", "Komisi Antirasuah"),
                       entity(demanded, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert _kinds(events) == [("ACCUSE", "allege")]


def test_a_club_hosting_a_match_visits_no_one() -> None:
    text = "Persikota Raya akan menjamu Garuda Muda FC di kandang pada pekan depan ."
    events = code_with(text, entity(text, "ORG", "Persikota Raya", "Persikota Raya"),
                       entity(text, "ORG", "Garuda Muda FC", "Garuda Muda FC"))
    assert events == []


def test_a_leader_hosting_a_guest_is_still_a_visit() -> None:
    text = "Presiden Arif Wibowo menjamu Perdana Menteri Lestari Putri di istana kepresidenan ."
    events = code_with(text, entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"),
                       entity(text, "PERSON", "Lestari Putri", "Lestari Putri"))
    assert _kinds(events) == [("CONSULT", "visit")]


def test_a_formal_protest_is_an_official_complaint_not_a_demonstration() -> None:
    text = "Pemerintah Norwegia melayangkan protes resmi kepada Chili atas penangkapan kapal nelayannya ."
    events = code_with(text, entity(text, "LOC", "Norwegia", "Norwegia"), entity(text, "LOC", "Chili", "Chili"))
    assert ("ACCUSE", "allege") in _kinds(events)
    assert all(e.type != "PROTEST" for e in events)
    assert ("Norwegia", "Chili") in sides(events, "ACCUSE")


def test_a_street_protest_stays_a_protest() -> None:
    text = "Ribuan petani menggelar protes di depan kantor gubernur ."
    assert [e.type for e in code_with(text)] == ["PROTEST"]


def test_a_sanction_is_dated_when_announced_not_on_the_day_of_the_incident() -> None:
    text = ("Komisi Disiplin Liga menjatuhkan sanksi kepada Persikota Raya atas kericuhan suporter pada "
            "Minggu (10/3), Rabu (13/3) .")
    events = _code_dated(text, [entity(text, "ORG", "Komisi Disiplin Liga", "Komisi Disiplin Liga"),
                                entity(text, "ORG", "Persikota Raya", "Persikota Raya")],
                         [_day(text, "Minggu (10/3)", "2019-03-10"), _day(text, "Rabu (13/3)", "2019-03-13")])
    assert [(e.type, e.date) for e in events if e.type == "SANCTION"] == [("SANCTION", "2019-03-13")]


def test_the_incident_day_still_dates_a_sanction_nothing_else_dates() -> None:
    text = "Komisi Disiplin Liga menjatuhkan sanksi kepada Persikota Raya atas kericuhan pada Minggu (10/3) ."
    events = _code_dated(text, [entity(text, "ORG", "Komisi Disiplin Liga", "Komisi Disiplin Liga"),
                                entity(text, "ORG", "Persikota Raya", "Persikota Raya")],
                         [_day(text, "Minggu (10/3)", "2019-03-10")])
    assert [e.date for e in events if e.type == "SANCTION"] == ["2019-03-10"]


def test_agreeing_with_a_view_about_someone_is_no_agreement_with_them() -> None:
    text = "Menteri Rina Halim sepakat dengan pandangan Dana Moneter Regional soal Laos ."
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"),
                       entity(text, "ORG", "Dana Moneter Regional", "Dana Moneter Regional"),
                       entity(text, "LOC", "Laos", "Laos"))
    assert sides(events, "AGREE") == []


def test_one_actor_agreeing_that_something_holds_is_an_opinion() -> None:
    text = "Bupati Arif Wibowo sepakat bahwa aturan parkir itu perlu ditinjau ulang ."
    assert sides(code_with(text, entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo")), "AGREE") == []


def test_two_parties_agreeing_that_something_holds_still_agree() -> None:
    text = "Norwegia dan Chili sepakat bahwa patroli perikanan bersama akan diperluas ."
    events = code_with(text, entity(text, "LOC", "Norwegia", "Norwegia"), entity(text, "LOC", "Chili", "Chili"))
    assert sides(events, "AGREE") == [("Norwegia", "Chili")]


def test_the_judges_of_a_named_court_sentence_for_that_court() -> None:
    text = "Majelis hakim Pengadilan Negeri Kendari memvonis Rudi Hartono lima tahun penjara ."
    events = code_with(text, entity(text, "ORG", "Pengadilan Negeri Kendari", "Pengadilan Negeri Kendari"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert sides(events, "ACCUSE") == [("Pengadilan Negeri Kendari", "Rudi Hartono")]


def test_a_judges_panel_named_after_oleh_is_the_agent_past_the_term_served() -> None:
    text = "Rudi Hartono dihukum penjara delapan tahun oleh majelis hakim Pengadilan Negeri Kendari ."
    events = code_with(text, entity(text, "ORG", "Pengadilan Negeri Kendari", "Pengadilan Negeri Kendari"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert sides(events, "ACCUSE") == [("Pengadilan Negeri Kendari", "Rudi Hartono")]


def test_prosecutors_of_a_named_office_charge_for_that_office() -> None:
    text = "Jaksa Kejaksaan Negeri Kendari menuntut Rudi Hartono sepuluh tahun penjara ."
    events = code_with(text, entity(text, "ORG", "Kejaksaan Negeri Kendari", "Kejaksaan Negeri Kendari"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert sides(events, "ACCUSE") == [("Kejaksaan Negeri Kendari", "Rudi Hartono")]


def test_a_protest_note_delivered_by_an_agent_is_addressed_to_the_one_after_kepada() -> None:
    text = "Nota protes itu dilayangkan Pemerintah Norwegia kepada Chili ."
    events = code_with(text, entity(text, "LOC", "Norwegia", "Norwegia"), entity(text, "LOC", "Chili", "Chili"))
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "allege")]
    assert sides(events, "ACCUSE") == [("Norwegia", "Chili")]


def test_a_verdict_read_out_by_a_named_courts_judges_is_that_courts() -> None:
    text = "Vonis terhadap Rudi Hartono dibacakan majelis hakim Pengadilan Negeri Kendari ."
    events = code_with(text, entity(text, "ORG", "Pengadilan Negeri Kendari", "Pengadilan Negeri Kendari"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert sides(events, "ACCUSE") == [("Pengadilan Negeri Kendari", "Rudi Hartono")]


def test_a_states_protest_is_a_diplomatic_complaint_and_a_persons_a_disapproval() -> None:
    text = "Protes Norwegia terhadap Chili disampaikan lewat kedutaan besarnya ."
    events = code_with(text, _country(text, "Norwegia", "NO"), _country(text, "Chili", "CL"))
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "allege")]
    person = "Rudi Hartono protes keras atas tuduhan itu ."
    events = code_with(person, entity(person, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "disapprove")]


def test_agreeing_with_what_someone_said_about_a_third_is_an_opinion() -> None:
    text = "Menteri Rina Halim sepakat dengan apa yang disampaikan Dana Moneter Regional tentang Laos ."
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"),
                       entity(text, "ORG", "Dana Moneter Regional", "Dana Moneter Regional"),
                       _country(text, "Laos", "LA"))
    assert sides(events, "AGREE") == []
    partners = "Norwegia sepakat dengan Chili untuk memperluas patroli perikanan ."
    events = code_with(partners, _country(partners, "Norwegia", "NO"), _country(partners, "Chili", "CL"))
    assert sides(events, "AGREE") == [("Norwegia", "Chili")]


def test_headlines_listed_after_baca_juga_are_links_not_events() -> None:
    text = ("Polisi menangkap Rudi Hartono di rumahnya .\n\nBaca juga :\n\n"
            "Lima Pejabat Diperiksa Terkait Suap Jalan Tol\n\nKomisi Antirasuah menyita dua mobil Rudi Hartono .")
    events = code_with(text, entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"),
                       entity(text, "ORG", "Komisi Antirasuah", "Komisi Antirasuah"))
    assert [e.evidence[0].sentence.split()[0] for e in events] == ["Polisi", "Komisi"]


def test_agreeing_over_someones_assessment_of_a_third_is_an_opinion() -> None:
    text = "Menteri Rina Halim sepakat atas penilaian Dana Moneter Regional terhadap Laos ."
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"),
                       entity(text, "ORG", "Dana Moneter Regional", "Dana Moneter Regional"),
                       _country(text, "Laos", "LA"))
    assert sides(events, "AGREE") == []
