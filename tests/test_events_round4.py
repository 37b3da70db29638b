"""Events, fourth round: time clauses, "TNI - Polri", ranks before names, bare titles, returns and proposals."""

from __future__ import annotations

from tests.test_events_context import code, code_with, entity, sides
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import Entity, Timex


def _holder(text: str, name: str, role: str, surface: str) -> Entity:
    person = entity(text, "PERSON", name, surface)
    return person.model_copy(update={"roles": [role]})


def test_a_time_clause_after_the_main_verb_shares_its_subject() -> None:
    text = "Gubernur Rina Halim menyampaikan hal itu seusai berbicara dengan Bupati Arif Wibowo."
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"),
                       entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"))
    assert sides(events, "CONSULT") == [("Rina Halim", "Arif Wibowo")]


def test_two_bodies_joined_by_a_dash_are_two_actors() -> None:
    text = "Gubernur Rina Halim memerintahkan TNI - Polri menjaga keamanan pemilu ."
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"),
                       entity(text, "ORG", "Tentara Nasional Indonesia", "TNI"),
                       entity(text, "ORG", "Kepolisian Negara Republik Indonesia", "Polri"))
    assert [target for _, target in sides(events, "REQUEST")] == [
        "Tentara Nasional Indonesia", "Kepolisian Negara Republik Indonesia"]


def test_a_dash_between_places_is_a_route_not_a_pair() -> None:
    text = "Kapal patroli TNI AL menangkap kapal yang berlayar di rute Batam - Johor ."
    events = code_with(text, entity(text, "ORG", "TNI AL", "TNI AL"), entity(text, "LOC", "Batam", "Batam"),
                       entity(text, "LOC", "Johor", "Johor"))
    assert all(target not in ("Batam", "Johor") for _, target in sides(events, "COERCE"))


def test_a_rank_between_a_title_and_a_name_keeps_them_one_actor() -> None:
    text = ("Menteri Budi Santoso bertemu dengan Kepala Badan Narkotika Nasional ( BNN ) Komjen "
            "Heru Wijaya di Jakarta .")
    events = code_with(text, entity(text, "PERSON", "Budi Santoso", "Budi Santoso"),
                       entity(text, "ORG", "Badan Narkotika Nasional", "Badan Narkotika Nasional"),
                       entity(text, "PERSON", "Heru Wijaya", "Heru Wijaya"))
    assert sides(events, "CONSULT") == [("Budi Santoso", "Heru Wijaya")]


def test_a_bare_title_is_the_one_person_of_the_article_holding_it() -> None:
    text = "Presiden Sri Handayani memuji Bank Dunia . Presiden kemudian bertemu dengan Arif Wibowo ."
    events = code_with(text, _holder(text, "Sri Handayani", "Presiden", "Sri Handayani"),
                       entity(text, "ORG", "Bank Dunia", "Bank Dunia"),
                       entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"))
    assert sides(events, "CONSULT") == [("Sri Handayani", "Arif Wibowo")]


def test_a_bare_title_two_people_hold_is_not_guessed() -> None:
    text = ("Presiden Sri Handayani menelepon Presiden Omar Faruk . Presiden kemudian bertemu dengan "
            "Arif Wibowo .")
    events = code_with(text, _holder(text, "Sri Handayani", "Presiden", "Sri Handayani"),
                       _holder(text, "Omar Faruk", "Presiden", "Omar Faruk"),
                       entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"))
    assert ("Sri Handayani", "Arif Wibowo") not in sides(events, "CONSULT")
    assert ("Omar Faruk", "Arif Wibowo") not in sides(events, "CONSULT")


def test_returning_what_was_seized_is_retreat_return_in_all_its_forms() -> None:
    events = code("Polisi akan melakukan pengembalian barang sitaan kepada para korban penipuan. "
                  "Paspor para jemaah juga dikembalikan oleh Polisi.")
    assert [(e.type, e.mode) for e in events] == [("RETREAT", "return"), ("RETREAT", "return")]
    assert code("Kondisi jalan itu dikembalikan seperti semula oleh petugas.") == []


def test_a_proposal_is_a_request_active_or_passive() -> None:
    events = code("Penambahan hari libur diusulkan oleh Kapolri Jenderal Tito Santoso.")
    assert [e.type for e in events] == ["REQUEST"]
    assert "Tito Santoso" in (events[0].source.name or events[0].source.description or "")


def test_bullets_fired_by_someone_are_his_assault() -> None:
    text = "Puluhan orang terluka akibat peluru yang ditembakkan Stefan Kurz dari lantai hotel ."
    events = code_with(text, entity(text, "PERSON", "Stefan Kurz", "Stefan Kurz"))
    assert sides(events, "ASSAULT") == [("Stefan Kurz", None)]


def test_a_fronted_time_clause_after_tak_lama_shares_the_subject_after_its_comma() -> None:
    text = "Tak lama setelah melancarkan serangan , Stefan Kurz bunuh diri di lokasi ."
    events = code_with(text, entity(text, "PERSON", "Stefan Kurz", "Stefan Kurz"))
    assert sides(events, "ASSAULT") == [("Stefan Kurz", None)]


def test_urging_on_a_sector_or_attending_a_ceremony_is_no_event() -> None:
    text = "Direktur Nguyen Hoang berharap maskapainya bisa mendorong sektor pariwisata di Bali ."
    events = code_with(text, entity(text, "PERSON", "Nguyen Hoang", "Nguyen Hoang"))
    assert [e for e in events if e.type == "REQUEST"] == []
    text = "Menteri Budi Santoso menghadiri peresmian rute baru di Bandara Kualanamu ."
    assert code_with(text, entity(text, "PERSON", "Budi Santoso", "Budi Santoso")) == []


def test_a_joint_team_drawn_from_forces_sweeping_an_area_is_each_force_deploying() -> None:
    text = "Petugas gabungan dari Polri , TNI , dan Satpol PP akan melakukan penyisiran di Gunung Botak ."
    events = code_with(text, entity(text, "ORG", "Polri", "Polri"), entity(text, "ORG", "TNI", "TNI"),
                       entity(text, "ORG", "Satpol PP", "Satpol PP"))
    assert [source for source, _ in sides(events, "MOBILIZE")] == ["Polri", "TNI", "Satpol PP"]
    assert {e.modality for e in events} == {"planned"}


def test_a_search_team_combing_the_sea_is_no_deployment() -> None:
    text = "Tim gabungan dari Basarnas dan BPBD menyisir perairan Belitung Timur ."
    events = code_with(text, entity(text, "ORG", "Basarnas", "Basarnas"), entity(text, "ORG", "BPBD", "BPBD"))
    assert events == []


def test_a_town_help_is_sent_to_is_no_target_but_a_country_is() -> None:
    text = "Rusia mengirimkan tim penyelam ke Pangkalan Bun . Jepang mengirimkan dua kapal ke Indonesia ."
    russia = entity(text, "LOC", "Rusia", "Rusia").model_copy(update={"gazetteer_id": "country:RU"})
    japan = entity(text, "LOC", "Jepang", "Jepang").model_copy(update={"gazetteer_id": "country:JP"})
    indonesia = entity(text, "LOC", "Indonesia", "Indonesia").model_copy(update={"gazetteer_id": "country:ID"})
    events = code_with(text, russia, japan, indonesia, entity(text, "LOC", "Pangkalan Bun", "Pangkalan Bun"))
    assert sides(events, "AID") == [("Rusia", "Indonesia"), ("Jepang", "Indonesia")]  # not Pangkalan Bun
    text = "Rusia mengirimkan tim penyelam ke Pangkalan Bun ."
    russia = entity(text, "LOC", "Rusia", "Rusia").model_copy(update={"gazetteer_id": "country:RU"})
    assert sides(code_with(text, russia, entity(text, "LOC", "Pangkalan Bun", "Pangkalan Bun")), "AID") == [
        ("Rusia", None)]


def test_the_owner_after_a_route_is_the_target() -> None:
    text = "Kementerian Perhubungan membekukan izin rute Medan - Penang milik Lion Air ."
    events = code_with(text, entity(text, "ORG", "Kementerian Perhubungan", "Kementerian Perhubungan"),
                       entity(text, "LOC", "Medan", "Medan"), entity(text, "LOC", "Penang", "Penang"),
                       entity(text, "ORG", "Lion Air", "Lion Air"))
    assert sides(events, "COERCE") == [("Kementerian Perhubungan", "Lion Air")]


def test_thanking_someone_is_support_for_each_thanked() -> None:
    text = "Kepala Basarnas Heru Santoso berterima kasih kepada Singapura dan Malaysia ."
    events = code_with(text, entity(text, "PERSON", "Heru Santoso", "Heru Santoso"),
                       entity(text, "LOC", "Singapura", "Singapura"), entity(text, "LOC", "Malaysia", "Malaysia"))
    assert sides(events, "SUPPORT") == [("Heru Santoso", "Singapura"), ("Heru Santoso", "Malaysia")]


def test_a_rescue_team_of_a_country_stands_for_that_country() -> None:
    text = "Tim SAR Malaysia membantu Basarnas mencari korban di Selat Karimata ."
    events = code_with(text, entity(text, "LOC", "Malaysia", "Malaysia"), entity(text, "ORG", "Basarnas", "Basarnas"))
    assert sides(events, "AID") == [("Malaysia", "Basarnas")]


def test_help_with_no_one_named_goes_to_the_one_helped_before() -> None:
    text = ("Singapura mengirimkan dua pesawat untuk membantu Basarnas . "
            "Jepang juga mengirimkan tiga kapal dan sebuah helikopter .")
    singapore = entity(text, "LOC", "Singapura", "Singapura").model_copy(update={"gazetteer_id": "country:SG"})
    japan = entity(text, "LOC", "Jepang", "Jepang").model_copy(update={"gazetteer_id": "country:JP"})
    events = code_with(text, singapore, japan, entity(text, "ORG", "Basarnas", "Basarnas"))
    assert sides(events, "AID") == [("Singapura", "Basarnas"), ("Jepang", "Basarnas")]


def test_setting_up_shelter_for_victims_is_aid_to_them_whoever_does_it() -> None:
    text = "Bupati Arif Wibowo menyiapkan posko untuk menampung keluarga korban . TNI mendirikan tenda darurat bagi pengungsi ."
    events = code_with(text, entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"), entity(text, "ORG", "TNI", "TNI"))
    assert sides(events, "AID") == [("Arif Wibowo", "keluarga korban"), ("TNI", "pengungsi")]
    assert [e for e in events if e.type == "MOBILIZE"] == []
    assert code("Pemkot membuka posko pengaduan di balai kota .") == []


def test_a_foreign_state_deploying_forces_to_help_gives_aid_its_own_forces_mobilize() -> None:
    text = "Singapura mengerahkan kapal perang untuk membantu Basarnas . TNI mengerahkan kapal perang untuk membantu Basarnas ."
    singapore = entity(text, "LOC", "Singapura", "Singapura").model_copy(update={"gazetteer_id": "country:SG"})
    events = code_with(text, singapore, entity(text, "ORG", "TNI", "TNI"), entity(text, "ORG", "Basarnas", "Basarnas"))
    assert sides(events, "AID") == [("Singapura", "Basarnas")]
    assert sides(events, "MOBILIZE") == [("TNI", None)]


def test_warships_from_a_list_of_countries_are_each_country_s() -> None:
    text = "Kapal perang dari Singapura , Malaysia dan Jepang juga dikerahkan ke lokasi ."
    events = code_with(text, *(entity(text, "LOC", name, name) for name in ("Singapura", "Malaysia", "Jepang")))
    assert [source for source, _ in sides(events, "MOBILIZE")] == ["Singapura", "Malaysia", "Jepang"]
    text = "Dalam kunjungan yang diiringi penolakan dari Cina , Tsai Lin akan menyambangi Hawaii ."
    events = code_with(text, entity(text, "LOC", "Cina", "Cina"), entity(text, "PERSON", "Tsai Lin", "Tsai Lin"),
                       entity(text, "LOC", "Hawaii", "Hawaii"))
    assert "Cina" not in [source for source, _ in sides(events, "CONSULT")]


def test_a_foreign_state_s_help_with_no_one_named_goes_to_indonesia_when_the_article_names_it() -> None:
    text = ("Pesawat itu hilang di perairan Indonesia . "
            "Amerika Serikat mengirim kapal USS Sampson untuk bergabung dalam pencarian .")
    indonesia = entity(text, "LOC", "Indonesia", "Indonesia").model_copy(update={"gazetteer_id": "country:ID"})
    usa = entity(text, "LOC", "Amerika Serikat", "Amerika Serikat").model_copy(
        update={"gazetteer_id": "country:US"})
    assert sides(code_with(text, indonesia, usa), "AID") == [("Amerika Serikat", "Indonesia")]
    text = "Amerika Serikat memberikan bantuan militer senilai 100 juta dolar ."
    usa = entity(text, "LOC", "Amerika Serikat", "Amerika Serikat").model_copy(
        update={"gazetteer_id": "country:US"})
    assert sides(code_with(text, usa), "AID") == [("Amerika Serikat", None)]


def test_not_expecting_something_is_no_accusation() -> None:
    text = "Kapolres Andi Wijaya mengaku tak menyangka pelaku merakit sendiri bahan peledak itu ."
    events = code_with(text, entity(text, "PERSON", "Andi Wijaya", "Andi Wijaya"))
    assert [e for e in events if e.type == "ACCUSE"] == []


def test_tourist_visits_are_no_diplomatic_visit() -> None:
    text = "Rute baru itu menambah kunjungan wisatawan dari Jepang ke Indonesia ."
    events = code_with(text, entity(text, "LOC", "Jepang", "Jepang"), entity(text, "LOC", "Indonesia", "Indonesia"))
    assert sides(events, "CONSULT") == []
    text = "Kunjungan kerja Menteri Budi Santoso ke Jepang berlangsung dua hari ."
    events = code_with(text, entity(text, "PERSON", "Budi Santoso", "Budi Santoso"),
                       entity(text, "LOC", "Jepang", "Jepang"))
    assert sides(events, "CONSULT") == [("Budi Santoso", "Jepang")]


def test_the_end_of_a_route_in_a_pp_is_no_subject() -> None:
    text = "Penerbangan langsung dari Bangkok - Medan bisa membantu memperluas konektivitas kawasan ."
    events = code_with(text, entity(text, "LOC", "Bangkok", "Bangkok"), entity(text, "LOC", "Medan", "Medan"))
    assert [source for source, _ in sides(events, "AID")] == []


def test_what_someone_hopes_can_happen_is_no_act() -> None:
    text = "Direktur Nguyen Hoang berharap maskapainya bisa membantu Indonesia menarik wisatawan ."
    events = code_with(text, entity(text, "PERSON", "Nguyen Hoang", "Nguyen Hoang"),
                       entity(text, "LOC", "Indonesia", "Indonesia"))
    assert [e for e in events if e.type == "AID"] == []
    text = "Menteri Budi Santoso berharap agar Jepang membantu pencarian ."
    events = code_with(text, entity(text, "PERSON", "Budi Santoso", "Budi Santoso"),
                       entity(text, "LOC", "Jepang", "Jepang"))
    assert sides(events, "REQUEST") == [("Budi Santoso", "Jepang")]


def test_a_bare_title_matches_a_role_that_ends_in_a_rank() -> None:
    text = "Panglima TNI Jenderal Gatot Santoso tiba . Panglima TNI kemudian bertemu Arif Wibowo ."
    events = code_with(text, _holder(text, "Gatot Santoso", "Panglima TNI Jenderal", "Gatot Santoso"),
                       entity(text, "ORG", "TNI", "TNI"), entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"))
    assert sides(events, "CONSULT") == [("Gatot Santoso", "Arif Wibowo")]


def test_an_ordered_part_in_the_work_helps_no_one_else() -> None:
    text = "Kapolri Tito Santoso memerintahkan Polda Jatim untuk membantu identifikasi korban ."
    events = code_with(text, entity(text, "PERSON", "Tito Santoso", "Tito Santoso"),
                       entity(text, "ORG", "Polda Jatim", "Polda Jatim"))
    assert sides(events, "REQUEST") == [("Tito Santoso", "Polda Jatim")]
    assert sides(events, "AID") == []
    text = "Indonesia meminta Jepang mengirimkan kapal ."
    events = code_with(text, entity(text, "LOC", "Indonesia", "Indonesia"), entity(text, "LOC", "Jepang", "Jepang"))
    assert sides(events, "AID") == [("Jepang", "Indonesia")]


def test_the_owner_between_a_restricting_verb_and_its_object_is_the_target() -> None:
    text = "Kementerian Perhubungan menghentikan sementara penerbangan Lion Air rute Medan - Penang ."
    events = code_with(text, entity(text, "ORG", "Kementerian Perhubungan", "Kementerian Perhubungan"),
                       entity(text, "ORG", "Lion Air", "Lion Air"), entity(text, "LOC", "Medan", "Medan"),
                       entity(text, "LOC", "Penang", "Penang"))
    assert sides(events, "COERCE") == [("Kementerian Perhubungan", "Lion Air")]


def test_a_permit_frozen_by_someone_in_the_passive_restricts_its_owner() -> None:
    text = "Izin terbang Lion Air rute Medan - Penang dibekukan oleh Kementerian Perhubungan ."
    events = code_with(text, entity(text, "ORG", "Lion Air", "Lion Air"), entity(text, "LOC", "Medan", "Medan"),
                       entity(text, "LOC", "Penang", "Penang"),
                       entity(text, "ORG", "Kementerian Perhubungan", "Kementerian Perhubungan"))
    assert sides(events, "COERCE") == [("Kementerian Perhubungan", "Lion Air")]
    assert code("Jalan itu dibekukan oleh cuaca dingin .") == []


def test_a_joint_search_operation_between_two_bodies_is_cooperation() -> None:
    text = "Pencarian dilakukan dalam operasi SAR gabungan antara Basarnas dan TNI AL ."
    events = code_with(text, entity(text, "ORG", "Basarnas", "Basarnas"), entity(text, "ORG", "TNI AL", "TNI AL"))
    assert sides(events, "COOPERATE") == [("Basarnas", "TNI AL")]


def test_the_day_in_brackets_after_a_weekday_dates_the_event() -> None:
    text = "Polisi menangkap Budi Santoso pada Selasa ( 18 / 7 ) ."
    person = entity(text, "PERSON", "Budi Santoso", "Budi Santoso")
    weekday = Timex(article="a1", start=text.index("Selasa"), end=text.index("Selasa") + 6, text="Selasa",
                    type="DATE", value="XXXX-WXX-2")
    events = find_events(text, split_sentences(text), [person], [weekday], "a1", "id", quotes=[])
    assert [e.date for e in events if e.type == "COERCE"] == ["XXXX-07-18"]
    anchored = weekday.model_copy(update={"value": "2017-03-21"})
    events = find_events(text, split_sentences(text), [person], [anchored], "a1", "id", quotes=[])
    assert [e.date for e in events if e.type == "COERCE"] == ["2017-07-18"]


def test_inspecting_a_body_s_post_visits_it_touring_a_place_visits_no_one() -> None:
    text = "Presiden Sri Handayani meninjau posko Basarnas di Pangkalan Bun ."
    events = code_with(text, entity(text, "PERSON", "Sri Handayani", "Sri Handayani"),
                       entity(text, "ORG", "Basarnas", "Basarnas"), entity(text, "LOC", "Pangkalan Bun", "Pangkalan Bun"))
    assert sides(events, "CONSULT") == [("Sri Handayani", "Basarnas")]
    text = "Presiden Sri Handayani meninjau lokasi banjir di Bandung ."
    events = code_with(text, entity(text, "PERSON", "Sri Handayani", "Sri Handayani"),
                       entity(text, "LOC", "Bandung", "Bandung"))
    assert events == []


def test_a_foreign_navy_sending_ships_to_help_gives_aid() -> None:
    text = "Angkatan Laut Amerika Serikat mengerahkan kapal USS Sampson untuk membantu Basarnas ."
    events = code_with(text, entity(text, "ORG", "Angkatan Laut Amerika Serikat", "Angkatan Laut Amerika Serikat"),
                       entity(text, "ORG", "Basarnas", "Basarnas"))
    assert sides(events, "AID") == [("Angkatan Laut Amerika Serikat", "Basarnas")]
    text = "Angkatan Laut Amerika Serikat mengerahkan kapal perang ke Laut China Selatan ."
    events = code_with(text, entity(text, "ORG", "Angkatan Laut Amerika Serikat", "Angkatan Laut Amerika Serikat"))
    assert [e.type for e in events] == ["MOBILIZE"]


def test_a_process_or_stage_between_a_light_verb_and_its_act_keeps_the_doer() -> None:
    text = "Polda Jatim melakukan proses penyidikan terhadap Budi Santoso ."
    events = code_with(text, entity(text, "ORG", "Polda Jatim", "Polda Jatim"),
                       entity(text, "PERSON", "Budi Santoso", "Budi Santoso"))
    assert sides(events, "ACCUSE") == [("Polda Jatim", "Budi Santoso")]


def test_a_post_for_complaints_campaigns_or_security_is_no_aid() -> None:
    # the "unless" words follow the object: a complaints, campaign or security post helps no victims
    assert code("Pemkab membuka posko pengaduan korban investasi bodong di kantor bupati .") == []
    assert code("Tim sukses Budi Santoso mendirikan posko pemenangan di Desa Sukamaju .") == []
    assert [e.type for e in code("Pemkab mendirikan posko pengungsian di lapangan desa .")] == ["AID"]
