"""Event sides, round 6: sides named outside the trigger's sentence. Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who

_DEMAND = "Serikat Sopir Angkot Bogor menuntut Dinas Perhubungan Kota Bogor mencabut izin trayek bus baru. "


def test_another_act_of_the_lead_s_actor_takes_no_target_from_the_lead() -> None:
    # the lead's pair is the topic, but a later act of another kind by one of them is not aimed
    # at the other unless the sentence says so
    events = code("Gubernur Jawa Tengah Ganjar Pranowo menegur Bupati Rembang Abdul Hafidz karena lambat "
                  "menyalurkan bantuan. Hujan deras masih mengguyur kawasan itu. "
                  "Ganjar juga mendukung rencana pembangunan waduk di daerah itu.")
    backed = of_type(events, "SUPPORT")
    assert backed, events
    assert all(who(e.target) != "Abdul Hafidz" for e in backed), backed


def test_the_lead_s_target_stays_where_the_sentence_names_it() -> None:
    events = code("Gubernur Jawa Tengah Ganjar Pranowo menegur Bupati Rembang Abdul Hafidz karena lambat "
                  "menyalurkan bantuan. Ganjar juga meminta Abdul Hafidz segera mengganti kepala dinasnya.")
    asked = of_type(events, "REQUEST")
    assert asked, events
    assert who(asked[0].target) == "Abdul Hafidz"


def test_a_threat_by_those_who_made_a_demand_is_aimed_at_whom_they_asked() -> None:
    events = code(_DEMAND + "Pertemuan kedua pihak belum membuahkan hasil. "
                  "Serikat Sopir Angkot Bogor juga mengancam akan mogok massal pekan depan.")
    threats = of_type(events, "THREATEN")
    assert threats, events
    assert who(threats[0].target) == "Dinas Perhubungan Kota Bogor"


def test_a_threat_by_others_takes_no_target_from_the_demand() -> None:
    events = code(_DEMAND + "Ratusan pedagang pasar mengancam akan mogok berjualan pekan depan.")
    threats = of_type(events, "THREATEN")
    assert threats, events
    assert threats[0].target is None


def test_a_name_set_off_with_an_age_after_a_long_description_is_the_subject() -> None:
    events = code("Pelaku penembakan di sebuah konser di Bandung , Rahmat Hidayat ( 41 ) , menembak tiga penonton.")
    shots = [e for e in of_type(events, "ASSAULT") if e.target is not None]
    assert shots, events
    assert who(shots[0].source) == "Rahmat Hidayat"


_LETTER = ("Jakarta , CNN Indonesia - - Persatuan Guru Republik Indonesia mengirimkan surat protes kepada "
           "Kementerian Pendidikan dan Dinas Pendidikan DKI Jakarta . ")


def test_they_after_a_dateline_lead_go_on_with_the_body_that_acted_there() -> None:
    events = code(_LETTER + "Mereka menuntut Kepala Sekolah Budi Santoso dicopot .")
    demands = [e for e in of_type(events, "REQUEST") if e.evidence[0].sentence.startswith("Mereka")]
    assert demands, events
    assert who(demands[0].source) == "Persatuan Guru Republik Indonesia"


def test_they_do_not_go_on_with_a_person_who_acted_before() -> None:
    events = code("Jakarta , CNN Indonesia - - Ketua guru honorer Budi Santoso mengirimkan surat protes kepada "
                  "Kementerian Pendidikan dan Dinas Pendidikan DKI Jakarta . "
                  "Mereka menuntut Kepala Sekolah Andi Wijaya dicopot .")
    demands = [e for e in of_type(events, "REQUEST") if e.evidence[0].sentence.startswith("Mereka")]
    assert all(who(e.source) != "Budi Santoso" for e in demands), demands


def test_the_one_an_order_names_undergoes_the_passive_right_after_it() -> None:
    events = code("Ketua majelis hakim memerintahkan Budi Santoso ditahan.")
    arrests = of_type(events, "COERCE", "arrest")
    assert arrests, events
    assert who(arrests[0].target) == "Budi Santoso"


def test_the_one_a_demand_names_undergoes_the_passive_right_after_it() -> None:
    events = code("Ratusan mahasiswa menuntut Bupati Bogor Ade Yasin ditangkap.")
    arrests = of_type(events, "COERCE", "arrest")
    assert arrests, events
    assert who(arrests[0].target) == "Ade Yasin"


def test_the_object_of_an_act_noun_still_hands_a_passive_to_its_doer() -> None:
    events = code("Tim SAR melakukan pencarian kedua nelayan itu dibantu oleh warga setempat.")
    helped = of_type(events, "AID")
    assert all(who(e.target) != "kedua nelayan" for e in helped), helped
