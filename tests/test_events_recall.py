"""Events the coder used to miss: visits and attendance, closing a case, counted actors."""

from __future__ import annotations

from tests.test_events_context import code, sides, who
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import Entity, Mention


def test_arrival_of_a_visitor_is_a_visit() -> None:
    events = code("Kedatangan Menteri Luar Negeri Chile Carlos Ortega ke Indonesia membahas perdagangan.")
    visits = [e for e in events if e.type == "CONSULT"]
    assert len(visits) == 1 and visits[0].mode == "visit"
    assert "Carlos Ortega" in (who(visits[0].source) or "")


def test_arrival_of_bodies_or_weather_is_no_event() -> None:
    assert code("Kedatangan jenazah korban di Bandara Juanda disambut isak tangis.") == []


def test_attending_a_meeting_is_consult_by_each_attendee() -> None:
    events = code("Rapat itu juga dihadiri Menteri Perdagangan Budi Santoso dan Menteri Pertanian Arif Halim.")
    attendees = {source for source, _ in sides(events, "CONSULT")}
    assert any(s and "Budi Santoso" in s for s in attendees)
    assert any(s and "Arif Halim" in s for s in attendees)


def test_attending_an_assembly_is_consult_by_the_attendee() -> None:
    events = code("Presiden Joko Widodo menghadiri Sidang Umum PBB di New York.")
    assert [source for source, _ in sides(events, "CONSULT")] == ["Joko Widodo"]


def test_closing_an_investigation_is_a_concession() -> None:
    events = code("Polda Jawa Barat menghentikan penyidikan kasus penipuan itu.")
    assert sides(events, "CONCEDE") == [("Polda Jawa Barat", None)]
    assert sides(events, "ACCUSE") == []


def test_counted_actors_with_approximations_and_thousands() -> None:
    events = code("Sekitar 500 tahanan melakukan aksi mogok makan. Militan menyerang sedikitnya 1.200 polisi.")
    assert sides(events, "PROTEST") == [("Sekitar 500 tahanan", None)]
    assert sides(events, "ASSAULT") == [("Militan", "sedikitnya 1.200 polisi")]


def test_accepted_offer_of_help_names_each_giver_and_the_receiver() -> None:
    events = code("Pemerintah Filipina menerima tawaran bantuan dari Jepang dan Korea Selatan.")
    assert sides(events, "AGREE") == [("Filipina", "Jepang"), ("Filipina", "Korea Selatan")]
    assert sides(events, "AID") == [("Jepang", "Filipina"), ("Korea Selatan", "Filipina")]


def test_help_received_from_two_countries_is_two_aid_events() -> None:
    events = code("Tim SAR Vietnam menerima bantuan dari Jepang dan Korea Selatan.")
    assert [source for source, _ in sides(events, "AID")] == ["Jepang", "Korea Selatan"]


def test_help_asked_for_goes_to_the_one_who_asks() -> None:
    events = code("Badan SAR Filipina meminta bantuan kapal dari Jepang dan Korea Selatan.")
    assert sides(events, "REQUEST") == [("Badan SAR Filipina", "Jepang"), ("Badan SAR Filipina", "Korea Selatan")]
    assert sides(events, "AID") == [("Jepang", "Badan SAR Filipina"), ("Korea Selatan", "Badan SAR Filipina")]


def test_team_sent_to_help_is_the_help_not_the_one_helped() -> None:
    events = code("Jepang mengirim tim penyelam untuk membantu pencarian.")
    assert sides(events, "AID") == [("Jepang", None)]


def test_arrival_of_a_rescue_team_is_no_visit() -> None:
    assert sides(code("Warga menyambut kedatangan tim penyelam dari Jepang."), "CONSULT") == []


def test_his_ranks_are_the_commanders_force() -> None:
    events = code("Kepala Polda Jawa Timur Irjen Anas Yusuf memerintahkan jajarannya membantu Basarnas.")
    assert sides(events, "REQUEST") == [("Anas Yusuf", "Polda Jawa Timur")]
    assert [source for source, _ in sides(events, "AID")] == ["Polda Jawa Timur"]


def test_relative_clause_on_a_prepositional_object_has_that_object_as_subject() -> None:
    events = code("Presiden berterima kasih kepada negara-negara yang membantu pencarian.")
    assert sides(events, "AID") == [("negara-negara", None)]


def test_rejected_offer_names_who_offered() -> None:
    events = code("Pemerintah Filipina menolak tawaran bantuan dari Jepang.")
    assert sides(events, "REJECT") == [("Filipina", "Jepang")]


def test_securing_an_airport_is_no_arrest() -> None:
    assert sides(code("Polda Jawa Barat mengamankan bandara selama pencarian."), "COERCE") == []


def test_a_commanders_members_are_his_force() -> None:
    events = code("Kepala Polda Jawa Timur Irjen Anas Yusuf memerintahkan anggotanya membantu Basarnas.")
    assert [source for source, _ in sides(events, "AID")] == ["Polda Jawa Timur"]


def test_a_company_glued_to_its_chiefs_name_is_still_the_company() -> None:
    text = "Direktur SkyJet Budi Hartono meminta maaf. Keluarga penumpang menuntut SkyJet memberi informasi."
    first = text.index("SkyJet Budi Hartono")
    second = text.index("SkyJet memberi")
    glued = Entity(id="a1/e1", name="SkyJet Budi Hartono", type="PERSON", mentions=[
        Mention(article="a1", start=first, end=first + 19, text="SkyJet Budi Hartono"),
        Mention(article="a1", start=second, end=second + 6, text="SkyJet")])
    company = Entity(id="a1/e2", name="SkyJet", type="ORG", mentions=[])
    events = find_events(text, split_sentences(text), [glued, company], [], "a1", "id")
    assert sides(events, "REQUEST") == [("Keluarga penumpang", "SkyJet")]


def test_helping_a_search_helps_no_one_named_in_it() -> None:
    events = code("Jepang mengirim kapal untuk membantu pencarian pesawat SkyJet.")
    assert all(target != "SkyJet" for _, target in sides(events, "AID") + sides(events, "MOBILIZE"))


def test_helping_evacuate_people_helps_those_people() -> None:
    assert sides(code("Relawan membantu evakuasi warga Aceh."), "AID") == [("Relawan", "warga Aceh")]


def test_welcomed_offer_of_help_names_each_giver() -> None:
    events = code("Pemerintah Filipina menyambut baik tawaran bantuan dari Jepang dan Korea Selatan.")
    assert sides(events, "SUPPORT") == [("Filipina", "Jepang"), ("Filipina", "Korea Selatan")]
    assert sides(events, "AID") == [("Jepang", "Filipina"), ("Korea Selatan", "Filipina")]


def test_help_sent_past_the_name_of_the_plane_goes_to_the_country_after_ke() -> None:
    events = code("Korea Selatan mengirim pesawat P-3 Orion ke Filipina.")
    assert sides(events, "AID") == [("Korea Selatan", "Filipina")]


def test_help_asked_of_a_country_goes_to_the_asker_and_is_demanded() -> None:
    events = code("Filipina meminta Jepang mengirimkan kapal penyelamat.")
    assert sides(events, "REQUEST") == [("Filipina", "Jepang")]
    aid = [e for e in events if e.type == "AID"]
    assert [(who(e.source), who(e.target), e.modality) for e in aid] == [("Jepang", "Filipina", "demanded")]


def test_countries_given_as_examples_of_a_group_each_act() -> None:
    events = code("Negara-negara sahabat seperti Jepang dan Korea Selatan telah mengirimkan bantuan.")
    assert sides(events, "AID") == [("Jepang", None), ("Korea Selatan", None)]


def test_every_country_of_a_listed_aside_acts() -> None:
    events = code("Sejumlah negara, yakni Jepang, Korea Selatan dan Australia, telah mengirimkan kapal.")
    assert [source for source, _ in sides(events, "AID")] == ["Jepang", "Korea Selatan", "Australia"]


def test_members_of_a_vague_group_named_at_the_end_each_act() -> None:
    events = code("Sejumlah negara telah menawarkan bantuan, di antaranya Jepang dan Korea Selatan.")
    assert [source for source, _ in sides(events, "AID")] == ["Jepang", "Korea Selatan"]


def test_people_named_after_the_object_are_not_the_subject() -> None:
    events = code("Polisi menangkap tiga orang, di antaranya Budi Santoso dan Andi Wijaya.")
    assert all(source == "Polisi" for source, _ in sides(events, "COERCE"))


def test_who_denies_an_accusation_is_the_one_accused() -> None:
    events = code("Pertamina membantah tudingan Kementerian Perhubungan.")
    assert sides(events, "ACCUSE") == [("Kementerian Perhubungan", "Pertamina")]


def test_meeting_named_again_without_anyone_in_it_is_the_meeting_before() -> None:
    events = code("Retno Marsudi bertemu dengan Wang Yi di Beijing. Pertemuan tersebut telah lama dinantikan.")
    meetings = [(who(e.source), who(e.target), e.evidence[0].sentence[:9]) for e in events if e.type == "CONSULT"]
    assert meetings == [("Retno Marsudi", "Wang Yi", "Retno Mar"), ("Retno Marsudi", "Wang Yi", "Pertemuan")]


def test_meeting_named_again_with_no_meeting_before_is_no_event() -> None:
    assert code("Pertemuan tersebut telah lama dinantikan.") == []


def test_owner_after_the_name_of_a_restricted_thing_is_the_target() -> None:
    events = code("Kementerian Perhubungan membekukan izin rute Surabaya-Singapura milik Pertamina.")
    assert sides(events, "COERCE") == [("Kementerian Perhubungan", "Pertamina")]


def test_origin_of_a_deployed_ship_past_its_name_in_commas() -> None:
    events = code("Kapal dari Angkatan Laut Jepang, JS Kirishima, dikerahkan untuk membantu pencarian.")
    assert [source for source, _ in sides(events, "MOBILIZE") + sides(events, "AID")] == ["Angkatan Laut Jepang"]


def test_help_asked_of_a_country_with_kepada_is_given_by_that_country() -> None:
    events = code("Filipina telah meminta bantuan kepada Jepang.")
    assert sides(events, "REQUEST") == [("Filipina", "Jepang")]
    assert sides(events, "AID") == [("Jepang", "Filipina")]


def test_who_thanks_for_help_is_the_one_helped() -> None:
    events = code("Presiden Joko Widodo mengucapkan terima kasih atas bantuan Jepang dan Korea Selatan.")
    assert sides(events, "AID") == [("Jepang", "Joko Widodo"), ("Korea Selatan", "Joko Widodo")]


def test_where_the_speaker_spoke_is_not_where_the_event_happened() -> None:
    events = code('"Kami sudah berkoordinasi dengan Jepang," ujar Bambang Santoso di Jakarta.')
    assert [(e.type, e.location) for e in events] == [("CONSULT", None)]


def test_place_of_the_event_before_the_attribution_is_kept() -> None:
    events = code('"Kami bertemu Jepang di Tokyo," ujar Bambang Santoso di Jakarta.')
    assert [e.location.name if e.location else None for e in events] == ["Tokyo"]
