"""Events, eighth round: recall on the whole dev split. Word families no trigger row covered
(disqualifying candidates, police clarification of someone reported, personnel on standby) and
constructions that hid a side. Every sentence is invented for its rule."""

from __future__ import annotations

from tests.test_events_context import code_with, entity, sides, who
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import Event


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_disqualifying_a_candidate_bans_him_in_every_voice() -> None:
    active = "Bawaslu Kabupaten Sleman mendiskualifikasi Budi Santoso dari pemilihan bupati ."
    events = code_with(active, entity(active, "ORG", "Bawaslu Kabupaten Sleman", "Bawaslu Kabupaten Sleman"),
                       entity(active, "PERSON", "Budi Santoso", "Budi Santoso"))
    assert [(e.mode, e.source and e.source.name, e.target and e.target.name)
            for e in _of(events, "COERCE")] == [("ban", "Bawaslu Kabupaten Sleman", "Budi Santoso")]
    passive = "Budi Santoso didiskualifikasi oleh KPU Sleman karena politik uang ."
    events = code_with(passive, entity(passive, "ORG", "KPU Sleman", "KPU Sleman"),
                       entity(passive, "PERSON", "Budi Santoso", "Budi Santoso"))
    assert sides(events, "COERCE") == [("KPU Sleman", "Budi Santoso")]
    noun = "Diskualifikasi Budi Santoso oleh KPU Sleman digugat ke pengadilan ."
    events = code_with(noun, entity(noun, "ORG", "KPU Sleman", "KPU Sleman"),
                       entity(noun, "PERSON", "Budi Santoso", "Budi Santoso"))
    assert sides(events, "COERCE") == [("KPU Sleman", "Budi Santoso")]


def test_the_police_clarifying_with_someone_reported_is_questioning() -> None:
    text = "Polres Gunungkidul sudah melakukan klarifikasi kepada Rudi Hartono yang dilaporkan warga ."
    events = code_with(text, entity(text, "ORG", "Polres Gunungkidul", "Polres Gunungkidul"),
                       entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert [(e.mode, e.source and e.source.name, e.target and e.target.name)
            for e in _of(events, "ACCUSE")] == [("investigate", "Polres Gunungkidul", "Rudi Hartono")]
    asked = "Rudi Hartono dimintai klarifikasi oleh Polres Gunungkidul soal dana desa ."
    events = code_with(asked, entity(asked, "ORG", "Polres Gunungkidul", "Polres Gunungkidul"),
                       entity(asked, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert sides(events, "ACCUSE") == [("Polres Gunungkidul", "Rudi Hartono")]


def test_a_company_clarifying_a_rumour_to_reporters_is_no_inquiry() -> None:
    text = "PT Sinar Jaya memberikan klarifikasi kepada wartawan soal kabar pemutusan kontrak ."
    events = code_with(text, entity(text, "ORG", "PT Sinar Jaya", "PT Sinar Jaya"))
    assert not _of(events, "ACCUSE")


def test_police_on_standby_are_deployed() -> None:
    text = "Sebanyak 200 personel Polres Sleman standby di sekitar kantor KPU ."
    events = code_with(text, entity(text, "ORG", "Polres Sleman", "Polres Sleman"))
    assert [(e.type, e.source and e.source.name) for e in events] == [("MOBILIZE", "Polres Sleman")]


def test_an_act_noun_whose_relative_clause_ends_in_a_demonstrative_takes_the_agent_after_it() -> None:
    text = "Penahanan yang berlangsung sejak Senin itu dilakukan oleh Kejaksaan Negeri Malang ."
    events = code_with(text, entity(text, "ORG", "Kejaksaan Negeri Malang", "Kejaksaan Negeri Malang"))
    assert [(e.type, e.source and e.source.name) for e in events] == [("COERCE", "Kejaksaan Negeri Malang")]


def test_a_relative_clause_with_its_own_agent_keeps_it() -> None:
    text = "Penyidikan perkara yang dilakukan Rahmat Hidayat sejak Senin masih berjalan ."
    events = code_with(text, entity(text, "PERSON", "Rahmat Hidayat", "Rahmat Hidayat"))
    assert not [e for e in events if e.source and e.source.name == "Rahmat Hidayat"]


def test_someone_unnamed_attacking_a_named_victim_is_an_attack_with_no_source() -> None:
    text = "Saat itu tiba-tiba ada yang memukul Joko Susilo dengan balok ."
    events = code_with(text, entity(text, "PERSON", "Joko Susilo", "Joko Susilo"))
    assert sides(events, "ASSAULT") == [(None, "Joko Susilo")]


def test_someone_unnamed_with_no_one_acted_on_is_no_event() -> None:
    text = "Ada yang menolak rencana itu ."
    assert code_with(text) == []


def test_an_agentless_seizure_with_no_one_named_is_the_case_bodys_on_its_suspect() -> None:
    text = ("Polres Klaten menetapkan Joko Susilo sebagai tersangka penipuan arisan . "
            "Uang yang disita tersebut berjumlah Rp 50 juta .")
    events = code_with(text, entity(text, "ORG", "Polres Klaten", "Polres Klaten"),
                       entity(text, "PERSON", "Joko Susilo", "Joko Susilo"))
    seized = [e for e in _of(events, "COERCE") if e.mode == "seize"]
    assert [(e.source.name, e.target and e.target.name) for e in seized] == [("Polres Klaten", "Joko Susilo")]


def test_an_agentless_passive_with_no_case_in_the_article_stays_uncoded() -> None:
    text = "Uang yang disita tersebut berjumlah Rp 50 juta ."
    assert code_with(text) == []


def test_a_search_with_no_agent_is_the_police_of_the_article() -> None:
    text = ("Kapolsek Ngawi mengatakan pencuri itu dibawa warga ke Polsek Ngawi . "
            "Saat Dodi Pratama digeledah , petugas menemukan dua ponsel curian .")
    events = code_with(text, entity(text, "ORG", "Polsek Ngawi", "Polsek Ngawi"),
                       entity(text, "PERSON", "Dodi Pratama", "Dodi Pratama"))
    assert sides(events, "COERCE") == [("Polsek Ngawi", "Dodi Pratama")]


def test_a_territory_occupied_with_no_agent_is_not_the_polices() -> None:
    text = ("Polres Kupang menjaga perbatasan . Desa Oepoli diduduki sejak Senin .")
    events = code_with(text, entity(text, "ORG", "Polres Kupang", "Polres Kupang"),
                       entity(text, "LOC", "Desa Oepoli", "Desa Oepoli"))
    assert not [e for e in _of(events, "COERCE") if e.source.name == "Polres Kupang"]


def test_kami_of_a_police_chief_titled_after_his_name_is_his_force() -> None:
    text = ("AKP Rudi Hartono , Kapolsek Wates , mengatakan hal itu . "
            "“ Barang bukti itu kami sita dari Agus Salim , ” kata Rudi .")
    people = [entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono", "Rudi ."),
              entity(text, "PERSON", "Agus Salim", "Agus Salim")]
    events = find_events(text, split_sentences(text), people, [], "a1", "id")  # quotes read here
    assert [e.source.name for e in _of(events, "COERCE")] == ["Polsek Wates"]


def test_a_demand_answered_is_aimed_at_the_one_answering() -> None:
    text = "Pemerintah Thailand akhirnya merespons tuntutan para buruh pabrik garmen ."
    events = code_with(text, entity(text, "LOC", "Thailand", "Thailand"))
    assert sides(events, "REQUEST") == [("para buruh", "Thailand")]


def test_a_demand_one_is_given_time_to_answer_is_aimed_at_the_one_given_time() -> None:
    text = "Serikat Petani memberi Pemerintah Kabupaten Jember waktu tiga hari untuk menjawab tuntutan para petani ."
    events = code_with(text, entity(text, "ORG", "Serikat Petani", "Serikat Petani"),
                       entity(text, "ORG", "Pemerintah Kabupaten Jember", "Pemerintah Kabupaten Jember"))
    assert ("para petani", "Pemerintah Kabupaten Jember") in sides(events, "REQUEST")


def test_officers_deployed_are_the_deployment_of_the_articles_police_force() -> None:
    text = ("Polres Kediri menjaga gereja itu sejak Sabtu . "
            "Sebanyak 40 polisi disiagakan di sekitar gereja .")
    events = code_with(text, entity(text, "ORG", "Polres Kediri", "Polres Kediri"))
    assert [e.source.name for e in events if e.type == "MOBILIZE"] == ["Polres Kediri"]


def test_soldiers_deployed_are_not_taken_for_the_police() -> None:
    text = ("Polres Kediri menjaga gereja itu sejak Sabtu . "
            "Sebanyak 40 prajurit disiagakan di sekitar gereja .")
    events = code_with(text, entity(text, "ORG", "Polres Kediri", "Polres Kediri"))
    assert "Polres Kediri" not in [e.source.name for e in events if e.type == "MOBILIZE"]


def test_carrying_out_a_plan_of_attack_is_the_attack_of_its_subject() -> None:
    text = "Abu Sayyaf akan melaksanakan rencana serangan ke Pulau Jolo ."
    events = code_with(text, entity(text, "ORG", "Abu Sayyaf", "Abu Sayyaf"),
                       entity(text, "LOC", "Pulau Jolo", "Pulau Jolo"))
    assert [(e.source.name, e.modality) for e in _of(events, "ASSAULT")] == [("Abu Sayyaf", "planned")]


def test_the_body_concerned_asked_to_act_is_the_one_asked_and_the_one_acting() -> None:
    text = "Menteri Agama Haryono meminta departemen bersangkutan menyelidiki masalah ini ."
    events = code_with(text, entity(text, "PERSON", "Haryono", "Haryono"))
    assert sides(events, "REQUEST") == [("Haryono", "departemen bersangkutan")]
    assert [who(e.source) for e in _of(events, "ACCUSE")] == ["departemen bersangkutan"]


def test_terkait_after_a_body_is_about_the_case_not_part_of_its_name() -> None:
    text = "Rudi Hartono berkata akan bersikap kooperatif kepada kepolisian terkait perkara itu ."
    events = code_with(text, entity(text, "PERSON", "Rudi Hartono", "Rudi Hartono"))
    assert [who(e.target) for e in _of(events, "AGREE")] != ["kepolisian terkait"]


def test_polisi_in_an_article_on_bareskrim_is_bareskrim() -> None:
    text = ("Bareskrim Polri menetapkan Andi Wijaya sebagai tersangka penipuan umrah . "
            "Polisi telah menyita 500 paspor milik Andi Wijaya .")
    events = code_with(text, entity(text, "ORG", "Bareskrim Polri", "Bareskrim Polri"),
                       entity(text, "PERSON", "Andi Wijaya", "Andi Wijaya"))
    assert [who(e.source) for e in _of(events, "COERCE") if e.mode == "seize"] == ["Bareskrim Polri"]


def test_an_act_noun_after_a_light_verb_keeps_the_one_acted_upon_after_it() -> None:
    text = "Polres Kudus akan melakukan proses pengembalian ponsel para korban mulai Senin ."
    events = code_with(text, entity(text, "ORG", "Polres Kudus", "Polres Kudus"))
    assert sides(events, "RETREAT") == [("Polres Kudus", "para korban")]


def test_building_up_cooperation_with_a_partner_is_cooperation_with_it() -> None:
    for verb, prep in (("menjalin", "dengan"), ("memperkuat", "bersama"), ("mempererat", "dengan")):
        text = f"Pemerintah Chile {verb} kerja sama perikanan {prep} Vietnam ."
        events = code_with(text, entity(text, "LOC", "Chile", "Chile"), entity(text, "LOC", "Vietnam", "Vietnam"))
        assert sides(events, "COOPERATE") == [("Chile", "Vietnam")], verb


def test_stepping_up_attacks_is_attacking() -> None:
    text = "Kelompok Maute meningkatkan serangan terhadap pasukan Filipina ."
    events = code_with(text, entity(text, "ORG", "Kelompok Maute", "Kelompok Maute"))
    assert [who(e.source) for e in _of(events, "ASSAULT")] == ["Kelompok Maute"]
