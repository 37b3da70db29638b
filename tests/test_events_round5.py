"""Events, fifth round: demanded acts, purposes, acts named again, sent teams, crowds, goods given."""

from __future__ import annotations

import re

from tests.test_events_context import code_with, entity, sides, who
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import Entity, Mention


def _country(text: str, name: str, code: str) -> Entity:
    return entity(text, "LOC", name, name).model_copy(update={"gazetteer_id": f"country:{code}"})


def _everywhere(text: str, name: str, code: str) -> Entity:
    """A country mentioned wherever its name occurs in ``text``."""
    mentions = [Mention(article="a1", start=m.start(), end=m.end(), text=name) for m in re.finditer(name, text)]
    return Entity(id=f"a1/{name}", name=name, type="LOC", mentions=mentions, gazetteer_id=f"country:{code}")


def test_an_ordered_act_with_no_agent_of_its_own_is_done_by_the_one_ordered() -> None:
    text = ("Gubernur Rina Halim memerintahkan Kepala Dinas Sosial Arif Wibowo mempercepat penyaluran "
            "bantuan kepada para pengungsi .")
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"),
                       entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"))
    assert sides(events, "REQUEST") == [("Rina Halim", "Arif Wibowo")]
    aid = [e for e in events if e.type == "AID"]
    assert [(who(e.source), e.modality) for e in aid] == [("Arif Wibowo", "demanded")]


def test_backing_an_activity_in_a_purpose_clause_backs_no_one() -> None:
    text = "Kodam Udayana mengerahkan 800 prajurit untuk mendukung penanganan darurat gempa ."
    events = code_with(text, entity(text, "ORG", "Kodam Udayana", "Kodam Udayana"))
    assert [e.type for e in events] == ["MOBILIZE"]
    backed = "Partai Hijau mendukung Wali Kota Sari Dewi dalam pemilihan ."
    named = code_with(backed, entity(backed, "ORG", "Partai Hijau", "Partai Hijau"),
                      entity(backed, "PERSON", "Sari Dewi", "Sari Dewi"))
    assert sides(named, "SUPPORT") == [("Partai Hijau", "Sari Dewi")]


def test_an_attack_named_again_with_a_demonstrative_is_the_attack_told_before() -> None:
    text = ("Laskar Merah menyerang pos Polsek Lembah Hijau pada Minggu . "
            "Penyerangan itu berlangsung sekitar dua jam .")
    events = code_with(text, entity(text, "ORG", "Laskar Merah", "Laskar Merah"),
                       entity(text, "ORG", "Polsek Lembah Hijau", "Polsek Lembah Hijau"))
    attacks = [(who(e.source), e.evidence[0].sentence[:10]) for e in events if e.type == "ASSAULT"]
    assert attacks == [("Laskar Merah", "Laskar Mer"), ("Laskar Merah", "Penyeranga")]


def test_a_cooperation_named_again_is_no_new_event() -> None:
    text = ("Kementerian Pariwisata bekerja sama dengan Jerman di bidang promosi wisata . "
            "Kerja sama ini dinilai penting bagi daerah .")
    events = code_with(text, entity(text, "ORG", "Kementerian Pariwisata", "Kementerian Pariwisata"),
                       _country(text, "Jerman", "DE"))
    assert [e.evidence[0].sentence[:5] for e in events if e.type == "COOPERATE"] == ["Kemen"]


def test_a_team_named_again_acts_for_the_state_that_sent_it() -> None:
    text = ("Pemerintah Korea Selatan mengirimkan tim medis ke Lombok Utara . "
            "Tim tersebut akan membantu Dinas Kesehatan merawat korban gempa .")
    events = code_with(text, _country(text, "Korea Selatan", "KR"),
                       entity(text, "ORG", "Dinas Kesehatan", "Dinas Kesehatan"))
    assert ("Korea Selatan", "Dinas Kesehatan") in sides(events, "AID")


def test_he_who_hands_over_help_after_visiting_a_crowd_is_the_visitor() -> None:
    text = ("Bupati Arif Wibowo mengunjungi pengungsi di gedung olahraga . "
            "Ia menyerahkan bantuan berupa beras dan selimut kepada para pengungsi .")
    events = code_with(text, entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"))
    assert [source for source, _ in sides(events, "AID")] == ["Arif Wibowo"]


def test_goods_sent_to_victims_are_aid() -> None:
    text = "Kementerian Sosial menyalurkan 20 ton beras dan selimut untuk korban banjir bandang ."
    events = code_with(text, entity(text, "ORG", "Kementerian Sosial", "Kementerian Sosial"))
    assert [(source, (target or "").split()[0]) for source, target in sides(events, "AID")] == [
        ("Kementerian Sosial", "korban")]


def test_help_received_by_someone_is_help_to_them_from_the_giver_before() -> None:
    text = ("Kementerian Sosial mengirimkan bantuan untuk korban banjir . "
            "Bantuan tersebut diterima langsung oleh Bupati Arif Wibowo .")
    events = code_with(text, entity(text, "ORG", "Kementerian Sosial", "Kementerian Sosial"),
                       entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"))
    received = [(who(e.source), who(e.target)) for e in events
                if e.type == "AID" and e.evidence[0].sentence.startswith("Bantuan")]
    assert received == [("Kementerian Sosial", "Arif Wibowo")]


def test_reminding_someone_to_do_something_asks_them() -> None:
    text = "Presiden Dewi Lestari mengingatkan Menteri Kehutanan Bayu Pratama agar menindak pembakar hutan ."
    events = code_with(text, entity(text, "PERSON", "Dewi Lestari", "Dewi Lestari"),
                       entity(text, "PERSON", "Bayu Pratama", "Bayu Pratama"))
    assert sides(events, "REQUEST") == [("Dewi Lestari", "Bayu Pratama")]


def test_setting_off_to_a_country_is_a_visit_to_it_but_contrary_views_are_not() -> None:
    text = "Menteri Luar Negeri Sari Wulan akan bertolak ke Kanada pekan depan ."
    events = code_with(text, entity(text, "PERSON", "Sari Wulan", "Sari Wulan"), _country(text, "Kanada", "CA"))
    assert sides(events, "CONSULT") == [("Sari Wulan", "Kanada")]
    assert [e.modality for e in events] == ["planned"]
    contrary = "Pendapat Sari Wulan bertolak belakang dengan Kanada ."
    assert code_with(contrary, entity(contrary, "PERSON", "Sari Wulan", "Sari Wulan"),
                     _country(contrary, "Kanada", "CA")) == []


def test_the_talk_a_meeting_is_held_for_is_that_meeting() -> None:
    text = "Menteri Bayu Pratama bertemu Duta Besar Lina Marlina untuk membahas kerja sama perikanan ."
    events = code_with(text, entity(text, "PERSON", "Bayu Pratama", "Bayu Pratama"),
                       entity(text, "PERSON", "Lina Marlina", "Lina Marlina"))
    assert sides(events, "CONSULT") == [("Bayu Pratama", "Lina Marlina")]


def test_two_sides_discussing_something_consult() -> None:
    text = "Kanada dan Meksiko membahas tarif impor baja di Ottawa ."
    events = code_with(text, _country(text, "Kanada", "CA"), _country(text, "Meksiko", "MX"))
    assert sides(events, "CONSULT") == [("Kanada", "Meksiko")]


def test_involving_police_personnel_in_an_operation_deploys_them() -> None:
    text = "Polda Sulawesi Tengah melibatkan 600 personel dalam operasi pengamanan pilkada ."
    events = code_with(text, entity(text, "ORG", "Polda Sulawesi Tengah", "Polda Sulawesi Tengah"))
    assert [(e.type, who(e.source)) for e in events] == [("MOBILIZE", "Polda Sulawesi Tengah")]


def test_donating_food_to_evacuees_is_aid() -> None:
    text = "Bank Nusantara menyumbang makanan siap saji kepada para pengungsi erupsi ."
    events = code_with(text, entity(text, "ORG", "Bank Nusantara", "Bank Nusantara"))
    assert sides(events, "AID") == [("Bank Nusantara", "para pengungsi")]


def test_an_act_whose_target_the_sentence_leaves_out_takes_the_same_side_s_last_target() -> None:
    text = ("Seorang pria bernama Doni Saputra menyerang pos Polsek Bukit Indah dengan parang . "
            "Ia sempat melempar batu berkali-kali .")
    events = code_with(text, entity(text, "PERSON", "Doni Saputra", "Doni Saputra"),
                       entity(text, "ORG", "Polsek Bukit Indah", "Polsek Bukit Indah"))
    assert sides(events, "ASSAULT") == [("Doni Saputra", "Polsek Bukit Indah")] * 2


def test_a_foreign_capital_acting_is_its_country() -> None:
    text = "Ottawa meminta Meksiko menurunkan tarif baja ."
    ottawa = entity(text, "LOC", "Ottawa", "Ottawa").model_copy(update={"gazetteer_id": "capital:CA"})
    events = code_with(text, ottawa, _country(text, "Meksiko", "MX"))
    assert sides(events, "REQUEST") == [("Kanada", "Meksiko")]


def test_soldiers_held_by_an_armed_group_are_captives_not_arrested() -> None:
    text = "Front Pembebasan Selatan menahan tiga tentara Filipina di kamp mereka ."
    events = code_with(text, entity(text, "ORG", "Front Pembebasan Selatan", "Front Pembebasan Selatan"),
                       _country(text, "Filipina", "PH"))
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "abduct")]
    arrest = "Polres Bukit Indah menahan tiga tersangka pencurian ."
    held = code_with(arrest, entity(arrest, "ORG", "Polres Bukit Indah", "Polres Bukit Indah"))
    assert [(e.type, e.mode) for e in held] == [("COERCE", "arrest")]


def test_unnamed_international_pressure_on_a_state_requests_with_no_source() -> None:
    text = "Tekanan internasional terhadap Venezuela terus meningkat ."
    events = code_with(text, _country(text, "Venezuela", "VE"))
    assert sides(events, "REQUEST") == [(None, "Venezuela")]


def test_a_body_known_by_its_bracketed_short_form_goes_by_its_full_name() -> None:
    text = ("Dinas Pemadam Kebakaran dan Penyelamatan ( Damkar PS ) mengimbau warga menjauhi "
            "bangunan tua .")
    events = code_with(text, entity(text, "ORG", "Damkar PS", "Damkar PS"))
    assert [source for source, _ in sides(events, "REQUEST")] == ["Dinas Pemadam Kebakaran dan Penyelamatan"]
    alone = "Damkar PS mengimbau warga menjauhi bangunan tua ."
    assert [source for source, _ in sides(code_with(alone, entity(alone, "ORG", "Damkar PS", "Damkar PS")),
                                          "REQUEST")] == ["Damkar PS"]


def test_passive_forms_of_reproach_signing_and_visiting_are_triggers() -> None:
    text = "Kepala Dinas Pendidikan Budi Santoso ditegur oleh Gubernur Rina Halim ."
    events = code_with(text, entity(text, "PERSON", "Budi Santoso", "Budi Santoso"),
                       entity(text, "PERSON", "Rina Halim", "Rina Halim"))
    assert sides(events, "ACCUSE") == [("Rina Halim", "Budi Santoso")]
    signed = "Nota kesepahaman itu ditandatangani oleh Kanada dan Meksiko di Ottawa ."
    agreed = code_with(signed, _country(signed, "Kanada", "CA"), _country(signed, "Meksiko", "MX"))
    assert [e.type for e in agreed] and {e.type for e in agreed} == {"AGREE"}


def test_burning_homes_is_an_assault_and_demolishing_them_coercion() -> None:
    text = "Milisi Tangan Besi membakar rumah-rumah warga di Desa Kembang ."
    events = code_with(text, entity(text, "ORG", "Milisi Tangan Besi", "Milisi Tangan Besi"))
    assert [(e.type, who(e.source)) for e in events] == [("ASSAULT", "Milisi Tangan Besi")]
    razed = "Satpol PP Kota Mawar membongkar puluhan bangunan liar di bantaran kali ."
    coerced = code_with(razed, entity(razed, "ORG", "Satpol PP Kota Mawar", "Satpol PP Kota Mawar"))
    assert [(e.type, e.mode) for e in coerced] == [("COERCE", "seize")]
    assert code_with("Petani membakar sampah di ladang .") == []


def test_object_focus_with_a_bare_verb_is_the_act_of_the_pronoun_s_side() -> None:
    text = '" Barang bukti itu kami sita dari rumah tersangka , " kata juru bicara Polres Bukit Indah .'
    police = entity(text, "ORG", "Polres Bukit Indah", "Polres Bukit Indah")
    events = find_events(text, split_sentences(text), [police], [], "a1", "id")  # quotes read: "kami"
    assert [(e.type, e.mode, who(e.source)) for e in events] == [("COERCE", "seize", "Polres Bukit Indah")]


def test_both_countries_are_the_two_states_the_latest_acts_were_between() -> None:
    text = "Kanada memprotes Meksiko atas tarif baja . Kedua negara sepakat menggelar perundingan pekan depan ."
    events = code_with(text, _country(text, "Kanada", "CA"), _country(text, "Meksiko", "MX"))
    assert sides(events, "AGREE") == [("Kanada", "Meksiko")]


def test_forces_stepping_up_patrols_deploy() -> None:
    text = "TNI Angkatan Laut meningkatkan patroli di perairan perbatasan ."
    events = code_with(text, entity(text, "ORG", "TNI Angkatan Laut", "TNI Angkatan Laut"))
    assert [(e.type, who(e.source)) for e in events] == [("MOBILIZE", "TNI Angkatan Laut")]


def test_a_second_verb_phrase_after_a_statement_keeps_the_speaker_as_subject() -> None:
    text = ("Gubernur Rina Halim menyampaikan duka cita dan meminta Bupati Arif Wibowo membuka posko "
            "pengungsian .")
    events = code_with(text, entity(text, "PERSON", "Rina Halim", "Rina Halim"),
                       entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"))
    assert sides(events, "REQUEST") == [("Rina Halim", "Arif Wibowo")]
    said = "Gubernur Rina Halim mengatakan warga dan relawan menyerang pos polisi ."
    reported = code_with(said, entity(said, "PERSON", "Rina Halim", "Rina Halim"))
    assert all(source != "Rina Halim" for source, _ in sides(reported, "ASSAULT"))


def test_an_offer_of_military_planes_is_an_offer_of_help() -> None:
    text = "Kanada menawarkan dua pesawat angkut militer kepada Meksiko ."
    events = code_with(text, _country(text, "Kanada", "CA"), _country(text, "Meksiko", "MX"))
    assert [(e.type, e.modality) for e in events] == [("AID", "planned")]


def test_money_donated_by_a_state_is_aid() -> None:
    text = "Korea Selatan menyumbangkan 2 juta dollar AS untuk korban gempa ."
    events = code_with(text, _country(text, "Korea Selatan", "KR"))
    assert [(e.type, who(e.source)) for e in events] == [("AID", "Korea Selatan")]


def test_police_sending_personnel_deploy_them() -> None:
    text = "Polda Sulawesi Tengah mengirimkan 300 personel Brimob untuk mengamankan lokasi pengungsian ."
    events = code_with(text, entity(text, "ORG", "Polda Sulawesi Tengah", "Polda Sulawesi Tengah"))
    assert [(e.type, who(e.source)) for e in events] == [("MOBILIZE", "Polda Sulawesi Tengah")]


def test_an_offer_welcomed_in_the_passive_is_welcomed_from_who_offered() -> None:
    text = "Kanada menawarkan bantuan tenda kepada Meksiko . Tawaran itu disambut baik oleh Meksiko ."
    events = code_with(text, _everywhere(text, "Kanada", "CA"), _everywhere(text, "Meksiko", "MX"))
    assert sides(events, "SUPPORT") == [("Meksiko", "Kanada")]


def test_a_contrasted_verb_phrase_shares_the_subject_of_the_clause_before() -> None:
    text = "Kanada menerima bantuan dari Jepang , namun menolak pengiriman pasukan asing ."
    events = code_with(text, _country(text, "Kanada", "CA"), _country(text, "Jepang", "JP"))
    assert [source for source, _ in sides(events, "REJECT")] == ["Kanada"]
    two = "Kanada menerima bantuan dari Jepang , namun Meksiko menolak bantuan itu ."
    found = code_with(two, _country(two, "Kanada", "CA"), _country(two, "Jepang", "JP"),
                      _country(two, "Meksiko", "MX"))
    assert [source for source, _ in sides(found, "REJECT")] == ["Meksiko"]


def test_an_appeal_reported_with_no_agent_is_the_reporter_s() -> None:
    text = "Warga dihimbau menjauhi lereng bukit , kata Kepala Dinas Sosial Arif Wibowo ."
    person = entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo")
    events = find_events(text, split_sentences(text), [person], [], "a1", "id")  # quotes read
    assert [(who(e.source), who(e.target)) for e in events if e.type == "REQUEST"] == [("Arif Wibowo", "Warga")]


def test_means_named_as_the_agent_of_help_stand_for_the_body_they_come_from() -> None:
    text = "Tim pencari dibantu anjing pelacak dari Polres Bukit Indah ."
    events = code_with(text, entity(text, "ORG", "Polres Bukit Indah", "Polres Bukit Indah"))
    assert [(e.type, who(e.source)) for e in events] == [("AID", "Polres Bukit Indah")]


def test_climbers_are_people_who_can_be_asked_and_tourists_arriving_visit_no_one() -> None:
    asked = code_with("Pendaki lain diminta tidak naik hingga cuaca membaik .")
    assert [(e.type, who(e.target)) for e in asked] == [("REQUEST", "Pendaki")]
    text = "Kedatangan wisatawan Kanada meningkat tahun ini ."
    assert code_with(text, _country(text, "Kanada", "CA")) == []


def test_a_visit_with_no_place_after_di_happens_where_it_goes() -> None:
    text = "Menteri Luar Negeri Sari Wulan akan bertolak ke Kanada pekan depan ."
    events = code_with(text, entity(text, "PERSON", "Sari Wulan", "Sari Wulan"), _country(text, "Kanada", "CA"))
    assert [e.location.name if e.location else None for e in events] == ["Kanada"]


def test_searching_someone_s_home_targets_them() -> None:
    text = "Budi Santoso ditangkap di pasar . Polres Bukit Indah juga menggeledah rumahnya ."
    events = code_with(text, entity(text, "PERSON", "Budi Santoso", "Budi Santoso"),
                       entity(text, "ORG", "Polres Bukit Indah", "Polres Bukit Indah"))
    searched = [who(e.target) for e in events if e.evidence[0].sentence.startswith("Polres")]
    assert searched == ["Budi Santoso"]


def test_a_bare_description_is_not_an_earlier_one_with_another_head() -> None:
    text = ("Kelompok Laskar Merah menyerang pos militer di perbatasan . "
            "Presiden Dewi Lestari memerintahkan militer mengejar para pelaku .")
    events = code_with(text, entity(text, "PERSON", "Dewi Lestari", "Dewi Lestari"))
    assert sides(events, "REQUEST") == [("Dewi Lestari", "militer")]


def test_a_truce_named_as_what_was_broken_is_no_truce() -> None:
    text = "Kanada menuding Meksiko melanggar gencatan senjata di perbatasan ."
    events = code_with(text, _country(text, "Kanada", "CA"), _country(text, "Meksiko", "MX"))
    assert [e.type for e in events] == ["ACCUSE"]


def test_denying_a_part_in_an_attack_is_no_attack_and_the_demand_after_it_is_the_denier_s() -> None:
    text = ("Laskar Merah menyerang pos militer di perbatasan . Front Selatan membantah terlibat dalam "
            "serangan tersebut dan menuntut pemerintah membebaskan anggotanya .")
    events = code_with(text, entity(text, "ORG", "Laskar Merah", "Laskar Merah"),
                       entity(text, "ORG", "Front Selatan", "Front Selatan"))
    assert [e.evidence[0].sentence[:5] for e in events if e.type == "ASSAULT"] == ["Laska"]
    assert sides(events, "REQUEST") == [("Front Selatan", "pemerintah")]


def test_battalions_sent_by_a_defence_ministry_are_deployed() -> None:
    text = "Kementerian Pertahanan Kanada mengirimkan dua batalion tambahan ke perbatasan ."
    events = code_with(text, entity(text, "ORG", "Kementerian Pertahanan Kanada", "Kementerian Pertahanan Kanada"))
    assert [(e.type, e.mode) for e in events] == [("MOBILIZE", "troops")]


def test_an_attack_confirmed_again_is_a_stance_on_it_not_a_new_attack() -> None:
    text = "Laskar Merah menyerang pos militer di perbatasan . Gubernur Rina Halim membenarkan serangan tersebut ."
    events = code_with(text, entity(text, "ORG", "Laskar Merah", "Laskar Merah"),
                       entity(text, "PERSON", "Rina Halim", "Rina Halim"))
    assert [e.evidence[0].sentence[:5] for e in events if e.type == "ASSAULT"] == ["Laska"]


def test_supporters_of_someone_named_are_a_group_and_they_are_the_mereka_after() -> None:
    text = ("Puluhan pendukung Andi Rahman berunjuk rasa di depan gedung pengadilan . "
            "Mereka menuntut Pengadilan Negeri Kota Mawar membebaskan Andi Rahman .")
    events = code_with(text, entity(text, "PERSON", "Andi Rahman", "Andi Rahman"),
                       entity(text, "ORG", "Pengadilan Negeri Kota Mawar", "Pengadilan Negeri Kota Mawar"))
    assert [source for source, _ in sides(events, "PROTEST")] == ["pendukung Andi Rahman"]
    assert sides(events, "REQUEST") == [("pendukung Andi Rahman", "Pengadilan Negeri Kota Mawar")]


def test_an_agentless_questioning_in_a_case_is_by_the_body_pursuing_it() -> None:
    text = "Komisi Antikorupsi menahan Bupati Andi Rahman seusai diperiksa sebagai tersangka ."
    events = code_with(text, entity(text, "ORG", "Komisi Antikorupsi", "Komisi Antikorupsi"),
                       entity(text, "PERSON", "Andi Rahman", "Andi Rahman"))
    assert ("Komisi Antikorupsi", "Andi Rahman") in sides(events, "ACCUSE")


def test_the_court_a_suit_is_filed_at_is_no_target() -> None:
    text = "Andi Rahman mengajukan praperadilan ke Pengadilan Negeri Kota Mawar ."
    events = code_with(text, entity(text, "PERSON", "Andi Rahman", "Andi Rahman"),
                       entity(text, "ORG", "Pengadilan Negeri Kota Mawar", "Pengadilan Negeri Kota Mawar"))
    assert sides(events, "ACCUSE") == [("Andi Rahman", None)]


def test_forces_sent_to_help_another_country_give_it_aid_and_at_home_deploy_with_no_target() -> None:
    text = "TNI Angkatan Udara memberangkatkan dua pesawat Hercules untuk membantu korban gempa di Kanada ."
    abroad = code_with(text, entity(text, "ORG", "TNI Angkatan Udara", "TNI Angkatan Udara"),
                       _country(text, "Kanada", "CA"))
    assert [(e.type, who(e.source)) for e in abroad] == [("AID", "TNI Angkatan Udara")]
    home = "Kodam Udayana mengerahkan 500 prajurit untuk membantu korban banjir ."
    deployed = code_with(home, entity(home, "ORG", "Kodam Udayana", "Kodam Udayana"))
    assert sides(deployed, "MOBILIZE") == [("Kodam Udayana", None)]


def test_help_given_by_someone_in_a_relative_clause_is_theirs() -> None:
    text = "Kanada berterima kasih atas bantuan yang diberikan Meksiko ."
    events = code_with(text, _everywhere(text, "Kanada", "CA"), _everywhere(text, "Meksiko", "MX"))
    assert sides(events, "AID") == [("Meksiko", "Kanada")]
    assert sides(events, "SUPPORT") == [("Kanada", "Meksiko")]


def test_planning_an_attack_is_a_planned_attack_by_the_planner() -> None:
    text = "Laskar Merah telah lama merencanakan serangan terhadap pos polisi itu ."
    events = code_with(text, entity(text, "ORG", "Laskar Merah", "Laskar Merah"))
    assert [(e.type, who(e.source), e.modality) for e in events] == [("ASSAULT", "Laskar Merah", "planned")]


def test_an_answer_with_no_one_named_answers_who_just_asked() -> None:
    text = ("Gubernur Rina Halim meminta Bupati Arif Wibowo menutup tambang pasir , "
            "tetapi Arif Wibowo tetap pada pendiriannya .")
    events = code_with(text, _named(text, "PERSON", "Rina Halim"), _named(text, "PERSON", "Arif Wibowo"))
    assert sides(events, "REJECT") == [("Arif Wibowo", "Rina Halim")]


def _named(text: str, kind: str, name: str) -> Entity:
    """An entity mentioned wherever its name occurs in ``text``."""
    mentions = [Mention(article="a1", start=m.start(), end=m.end(), text=name) for m in re.finditer(name, text)]
    return Entity(id=f"a1/{name}", name=name, type=kind, mentions=mentions)  # type: ignore[arg-type]


def test_a_source_met_by_a_news_outlet_is_an_interview_not_a_meeting() -> None:
    text = '" Kami sudah siap , " kata Bupati Arif Wibowo saat ditemui Warta Harian di kantornya .'
    outlet = entity(text, "ORG", "Warta Harian", "Warta Harian").model_copy(update={"gazetteer_id": "outlet:wh"})
    events = code_with(text, entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo"), outlet)
    assert [e for e in events if e.type == "CONSULT"] == []


def test_naming_a_suspect_set_off_by_commas_is_an_arrest() -> None:
    text = "Polres Bukit Indah menetapkan sopir truk , Dedi Supriadi , sebagai tersangka ."
    events = code_with(text, entity(text, "ORG", "Polres Bukit Indah", "Polres Bukit Indah"),
                       entity(text, "PERSON", "Dedi Supriadi", "Dedi Supriadi"))
    assert [(e.type, who(e.source)) for e in events] == [("COERCE", "Polres Bukit Indah")]


def test_an_agentless_detention_is_not_by_the_body_that_froze_a_licence() -> None:
    text = "Kementerian Perhubungan membekukan izin operasional PO Sinar Jaya . Sopir bus itu kini ditahan ."
    events = code_with(text, entity(text, "ORG", "Kementerian Perhubungan", "Kementerian Perhubungan"))
    held = [who(e.source) for e in events if e.evidence[0].sentence.startswith("Sopir")]
    assert "Kementerian Perhubungan" not in held


def test_heirs_of_victims_receive_compensation() -> None:
    text = "PT Asuransi Rakyat menyerahkan santunan kepada ahli waris korban ."
    events = code_with(text, entity(text, "ORG", "PT Asuransi Rakyat", "PT Asuransi Rakyat"))
    assert sides(events, "AID") == [("PT Asuransi Rakyat", "ahli waris korban")]


def test_rejecting_a_long_named_policy_targets_who_made_it() -> None:
    text = "Serikat Buruh Nusantara menolak kenaikan harga bahan bakar minyak yang diumumkan pemerintah ."
    events = code_with(text, entity(text, "ORG", "Serikat Buruh Nusantara", "Serikat Buruh Nusantara"))
    assert sides(events, "REJECT") == [("Serikat Buruh Nusantara", "pemerintah")]


def test_receiving_a_delegation_is_a_meeting_with_it() -> None:
    text = "Wali Kota Sari Dewi menerima perwakilan pedagang pasar di balai kota ."
    events = code_with(text, entity(text, "PERSON", "Sari Dewi", "Sari Dewi"))
    assert [(e.type, e.mode, who(e.source)) for e in events] == [("CONSULT", "meet", "Sari Dewi")]


def test_criticising_a_decision_named_again_targets_who_took_it() -> None:
    text = "Kanada menjatuhkan sanksi baru terhadap Meksiko . Meksiko mengecam keputusan tersebut ."
    events = code_with(text, _everywhere(text, "Kanada", "CA"), _everywhere(text, "Meksiko", "MX"))
    assert sides(events, "ACCUSE") == [("Meksiko", "Kanada")]


def test_a_bound_on_a_count_opens_the_counted_actors() -> None:
    text = "Polres Bukit Indah menangkap lebih dari 200 demonstran di alun-alun ."
    events = code_with(text, entity(text, "ORG", "Polres Bukit Indah", "Polres Bukit Indah"))
    assert sides(events, "COERCE") == [("Polres Bukit Indah", "lebih dari 200 demonstran")]


def test_a_statement_s_verb_phrase_complement_keeps_the_subject_across_dan() -> None:
    text = "Kanada menyatakan mendukung Presiden Sari Wulan dan menawarkan bantuan keamanan ."
    events = code_with(text, _everywhere(text, "Kanada", "CA"), entity(text, "PERSON", "Sari Wulan", "Sari Wulan"))
    assert [source for source, _ in sides(events, "AID")] == ["Kanada"]
    said = "Budi mengatakan polisi menangkap Andi dan menahan Rudi ."
    reported = code_with(said, entity(said, "PERSON", "Budi", "Budi"), entity(said, "PERSON", "Andi", "Andi"),
                         entity(said, "PERSON", "Rudi", "Rudi"))
    assert [source for source, _ in sides(reported, "COERCE")] == ["polisi", "polisi"]


def test_a_signing_named_again_is_the_signing_but_an_agreement_named_again_is_not() -> None:
    text = ("Kanada dan Meksiko menandatangani perjanjian dagang di Ottawa . "
            "Penandatanganan itu disaksikan ratusan undangan . Perjanjian itu berlaku tahun depan .")
    events = code_with(text, _everywhere(text, "Kanada", "CA"), _everywhere(text, "Meksiko", "MX"))
    assert [e.evidence[0].sentence[:5] for e in events if e.type == "AGREE"] == ["Kanad", "Penan"]


def test_members_discussing_among_themselves_consult_but_one_body_s_business_is_not() -> None:
    met = code_with("Sejumlah menteri bidang perekonomian membahas kuota BBM di Jakarta .")
    assert [(e.type, e.target) for e in met] == [("CONSULT", None)]
    assert code_with("DPR membahas rancangan undang-undang itu .") == []


def test_negaranya_of_an_ambassador_is_the_state_he_represents() -> None:
    text = "Duta Besar Kanada untuk Meksiko mengatakan negaranya akan mengirim bantuan obat-obatan ."
    events = code_with(text, _everywhere(text, "Kanada", "CA"), _everywhere(text, "Meksiko", "MX"))
    assert [(e.type, who(e.source), e.modality) for e in events] == [("AID", "Kanada", "planned")]


def test_two_forces_joined_by_a_hyphen_each_deploy() -> None:
    text = "Sebanyak 500 personel gabungan TNI-Polri dikerahkan ke lokasi banjir ."
    events = code_with(text, entity(text, "ORG", "Tentara Nasional Indonesia", "TNI"),
                       entity(text, "ORG", "Kepolisian Negara Republik Indonesia", "Polri"))
    assert sorted(source or "" for source, _ in sides(events, "MOBILIZE")) == [
        "Kepolisian Negara Republik Indonesia", "Tentara Nasional Indonesia"]


def test_securing_a_thing_named_by_a_demonstrative_arrests_no_one() -> None:
    text = '" Kita amankan itu supaya warga tenang , " kata Bupati Arif Wibowo .'
    person = entity(text, "PERSON", "Arif Wibowo", "Arif Wibowo")
    assert find_events(text, split_sentences(text), [person], [], "a1", "id") == []  # quotes read: "kita"
    people = '" Kita amankan pelaku supaya warga tenang , " kata Bupati Arif Wibowo .'
    held = find_events(people, split_sentences(people), [entity(people, "PERSON", "Arif Wibowo", "Arif Wibowo")],
                       [], "a1", "id")
    assert [e.type for e in held] == ["COERCE"]
