"""Event sides, second round: a person's donation is aid even with no recipient named, a sum
written again in another currency ("… atau sekitar Rp …") does not hide the one it goes to, and a
pronoun is not the name it shares an act with. Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who
from warta.article.actors import MentionIndex
from warta.article.entities import find_article_entities
from warta.article.event_actor_binding import other_antecedent
from warta.models import ActorRef


def test_a_singers_donation_with_no_recipient_is_still_aid() -> None:
    events = code("Penyanyi Rina Kartika menyumbangkan uang sebesar Rp 500 juta pekan lalu.")
    given = of_type(events, "AID")
    assert given, events
    assert who(given[0].source) == "Rina Kartika"


def test_an_agency_sending_its_own_boats_alone_is_still_no_event() -> None:
    events = code("Basarnas mengerahkan dua puluh kapal karet di Sungai Mahakam.")
    assert not of_type(events, "AID"), events


def test_recipient_after_a_sum_restated_in_rupiah() -> None:
    events = code("Pengusaha Hendra Wijaya menyumbangkan dana sebesar 20 ribu dollar atau sekitar Rp 280 juta "
                  "untuk korban banjir di Kabupaten Garut.")
    given = of_type(events, "AID")
    assert given, events
    assert who(given[0].target) is not None
    assert "korban" in (who(given[0].target) or "")


def test_atau_between_two_clauses_still_ends_the_search() -> None:
    events = code("Pengusaha Hendra Wijaya menyumbangkan dana sebesar Rp 280 juta atau warga kampung "
                  "itu menolak untuk petani Garut.")
    given = of_type(events, "AID")
    assert not given or given[0].target is None, events


def test_own_side_pronoun_is_not_the_country_it_threatens() -> None:
    events = code("Perdana Menteri Australia Scott Morrison memperingatkan Tiongkok bahwa pihaknya akan "
                  "menerima balasan setimpal jika mengancam Australia lagi.")
    threats = [e for e in of_type(events, "THREATEN") if who(e.target) == "Australia"]
    assert threats, events
    assert who(threats[0].source) == "Tiongkok"


def test_other_antecedent_is_the_latest_of_the_same_type() -> None:
    text = "Presiden Prancis Emmanuel Macron menelepon Jerman dan Italia. Lalu ia"
    entities = find_article_entities(text, "a1", use_model=False)
    index = MentionIndex(entities, "a1")
    italy = next(e for e in entities if e.name == "Italia")
    found = other_antecedent(index, text.index(" ia") + 1, ActorRef(entity=italy.id, name=italy.name))
    assert found is not None and found.name == "Jerman"


def test_no_other_antecedent_when_none_of_that_type_is_named() -> None:
    text = "Kepolisian Daerah Jawa Barat menahan tiga orang. Mereka"
    entities = find_article_entities(text, "a1", use_model=False)
    index = MentionIndex(entities, "a1")
    body = entities[0]
    assert other_antecedent(index, len(text) - 6, ActorRef(entity=body.id, name=body.name)) is None


def test_verb_after_a_verbless_report_is_the_speakers() -> None:
    events = code("Juru bicara Kementerian Luar Negeri Tiongkok Geng Shuang mengatakan pernyataan Mike Pompeo "
                  "itu 'keliru dan tidak benar', dan mendesak Amerika Serikat menghentikan campur tangan.")
    urged = of_type(events, "REQUEST")
    assert urged, events
    assert who(urged[0].source) == "Geng Shuang"
    assert who(urged[0].target) == "Amerika Serikat"


def test_verb_after_a_report_with_its_own_verb_goes_on_with_its_subject() -> None:
    events = code("Kapolsek Cempaka Putih Komisaris Hadi Susilo mengatakan Budi Santoso memukul tetangganya, "
                  "dan melukai dua warga lain.")
    hurt = [e for e in of_type(events, "ASSAULT") if who(e.target) == "dua warga"]
    assert hurt, events
    assert who(hurt[0].source) == "Budi Santoso"


def test_pronoun_asked_is_not_the_unnamed_minister_asking() -> None:
    events = code("Menteri Luar Negeri Iran dalam keterangannya mengatakan ucapan Benjamin Netanyahu itu "
                  "'salah besar', dan meminta agar ia berhenti menyebarkan fitnah.")
    asked = of_type(events, "REQUEST")
    assert asked, events
    assert who(asked[0].source) == "Menteri Luar Negeri Iran"
    assert who(asked[0].target) == "Benjamin Netanyahu"


def test_verdict_read_with_no_one_named_falls_on_the_accused() -> None:
    events = code("Terdakwa Rudi Hartono hadir di Pengadilan Negeri Medan pada Senin pagi. Setelah Hakim Ketua "
                  "Made Sutrisna membacakan vonis, Rudi langsung berkonsultasi dengan pengacaranya.")
    verdicts = of_type(events, "ACCUSE", "disapprove")
    assert verdicts, events
    assert who(verdicts[0].target) == "Rudi Hartono"


def test_verdict_with_no_accused_in_the_article_keeps_no_target() -> None:
    events = code("Hakim Ketua Made Sutrisna membacakan vonis kasus pembalakan liar itu pada Senin.")
    verdicts = of_type(events, "ACCUSE", "disapprove")
    assert verdicts, events
    assert verdicts[0].target is None


def test_welcoming_a_joint_act_welcomes_its_partner_past_the_fields() -> None:
    events = code("Gubernur Sulawesi Utara Olly Dondokambey menyambut baik rencana kerja sama di bidang "
                  "pendidikan, kesehatan, dan pariwisata dengan Filipina.")
    welcomed = of_type(events, "SUPPORT")
    assert welcomed, events
    assert who(welcomed[0].target) == "Filipina"


def test_welcoming_what_is_no_joint_act_names_no_partner() -> None:
    events = code("Gubernur Sulawesi Utara Olly Dondokambey menyambut baik peluang investasi di bidang energi "
                  "dengan tangan terbuka.")
    welcomed = of_type(events, "SUPPORT")
    assert welcomed, events
    assert welcomed[0].target is None


def test_wrong_reported_is_aimed_at_the_one_who_did_it() -> None:
    events = code("Seorang mahasiswi, Wulan Sari, melaporkan dugaan penipuan oleh pengusaha bernama Tono Wijaya "
                  "ke Polres Bogor.")
    reports = of_type(events, "ACCUSE", "allege")
    assert reports, events
    assert who(reports[0].target) == "Tono Wijaya"


def test_wrong_reported_to_the_police_does_not_make_them_its_target() -> None:
    events = code("Seorang mahasiswi, Wulan Sari, melaporkan dugaan penipuan ke Polres Bogor pada Senin.")
    reports = of_type(events, "ACCUSE", "allege")
    assert reports, events
    assert reports[0].target is None


def test_negaranya_after_a_body_is_the_country_named_before_it() -> None:
    events = code("Langkah itu dipicu kemarahan Myanmar atas kecaman keras Organisasi Kerja Sama Islam terhadap "
                  "kebijakan negaranya di Rakhine.")
    criticism = of_type(events, "ACCUSE")
    assert criticism, events
    assert who(criticism[0].source) == "Organisasi Kerja Sama Islam"
    assert who(criticism[0].target) == "Myanmar"


def test_negaranya_of_a_president_stays_his_country() -> None:
    events = code("Presiden Filipina Rodrigo Duterte mengecam Uni Eropa yang mengkritik kebijakan negaranya soal "
                  "narkoba.")
    criticism = [e for e in of_type(events, "ACCUSE") if who(e.source) == "Uni Eropa"]
    assert criticism, events
    assert who(criticism[0].target) == "Filipina"


def test_place_after_asal_is_where_the_subject_comes_from_not_the_subject() -> None:
    events = code("Persija resmi menunjuk Stefano Cugurra sebagai pelatih. Pelatih asal Brasil itu meminta "
                  "manajemen mendatangkan dua pemain asing.")
    asked = of_type(events, "REQUEST")
    assert asked, events
    assert who(asked[0].source) != "Brasil"


def test_place_after_asal_is_not_the_one_arrested() -> None:
    events = code("Kapolsek Cibinong Komisaris Andri Wijaya mengatakan perempuan asal Sukabumi, Jawa Barat, itu "
                  "ditangkap di Terminal Kampung Rambutan.")
    arrests = of_type(events, "COERCE")
    assert arrests, events
    assert who(arrests[0].target) == "perempuan"


def test_a_list_of_places_after_asal_is_not_the_one_arrested() -> None:
    events = code("Empat nelayan tradisional asal Kecamatan Pantai Cermin, Kabupaten Serdang Bedagai, Sumatera Utara "
                  "ditangkap polisi perairan Malaysia.")
    arrests = of_type(events, "COERCE")
    assert arrests, events
    assert who(arrests[0].target) == "Empat nelayan"


def test_a_person_named_after_the_place_of_asal_stays_the_side() -> None:
    events = code("Pelatih asal Belanda Joost van Dijkhuis dipecat sebagai manajer Persebaya Surabaya.")
    fired = of_type(events, "COERCE")
    assert fired, events
    assert who(fired[0].target) == "Joost van Dijkhuis"


def test_helping_an_activity_in_a_country_helps_that_country() -> None:
    events = code("Pemerintah Jepang siap membantu pembangunan pelabuhan di Timor Leste.")
    helped = of_type(events, "AID")
    assert helped, events
    assert who(helped[0].target) == "Timor Leste"


def test_helping_a_search_somewhere_still_helps_no_one_named() -> None:
    events = code("Singapura membantu pencarian korban di Selat Sunda.")
    helped = of_type(events, "AID")
    assert helped, events
    assert helped[0].target is None


def test_a_person_set_off_after_the_place_of_asal_stays_the_side() -> None:
    events = code("Seorang nelayan asal Indramayu, Carman Sutisna, ditangkap polisi perairan Malaysia.")
    arrests = of_type(events, "COERCE")
    assert arrests, events
    assert who(arrests[0].target) == "Carman Sutisna"


def test_a_city_is_no_other_antecedent_for_a_country() -> None:
    text = "Delegasi Malaysia tiba di Surabaya. Lalu mereka"
    entities = find_article_entities(text, "a1", use_model=False)
    index = MentionIndex(entities, "a1")
    malaysia = next(e for e in entities if e.name == "Malaysia")
    taken = ActorRef(entity=malaysia.id, name=malaysia.name)
    assert other_antecedent(index, text.index("mereka"), taken) is None


def test_a_body_may_be_the_other_antecedent_for_a_country() -> None:
    text = "Pesawat Garuda Indonesia tiba di Bandung dari Jepang. Lalu mereka"
    entities = find_article_entities(text, "a1", use_model=False)
    index = MentionIndex(entities, "a1")
    japan = next(e for e in entities if e.name == "Jepang")
    found = other_antecedent(index, text.index("mereka"), ActorRef(entity=japan.id, name=japan.name))
    assert found is not None and found.name == "Garuda Indonesia"
