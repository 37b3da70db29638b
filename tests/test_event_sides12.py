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
