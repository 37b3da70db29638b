"""Events, round 12: actors coordinated by "atau"/"maupun" act or are acted upon each (one event
per actor), an alias after "atau" is no second actor, an appeal is no accusation, and a formal
protest lodged in English is the official complaint of "nota protes" (docs/annotation.md, Edge
cases, adjudicated in round 12)."""

from __future__ import annotations

from tests.event_coding import code, who
from warta.models import Event


def sides(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    return [(who(e.source), who(e.target)) for e in events if e.type == kind]


# --------------------------------------------------------------------------- alternatives coordinated


def test_each_body_asked_after_atau_is_asked() -> None:
    text = ("Gubernur Ganjar Pranowo meminta Polda Jawa Tengah atau Kejaksaan Tinggi Jawa Tengah mengusut "
            "dana hibah itu.")
    targets = {t for _, t in sides(code(text), "REQUEST")}
    assert {"Polda Jawa Tengah", "Kejaksaan Tinggi Jawa Tengah"} <= targets


def test_each_body_hoped_to_act_after_atau_acts() -> None:
    text = "Warga berharap agar Polres Klaten atau Polda Jawa Tengah segera menangkap pelaku."
    sources = {s for s, _ in sides(code(text), "COERCE")}
    assert {"Polres Klaten", "Polda Jawa Tengah"} <= sources


def test_each_body_criticised_after_maupun_is_criticised() -> None:
    text = "Bupati Sleman Sri Purnomo mengecam Satpol PP maupun Dinas Perhubungan atas pungutan liar di terminal."
    targets = [t for _, t in sides(code(text), "ACCUSE")]
    assert len(targets) == 2 and "Dinas Perhubungan" in targets


def test_an_acronym_after_atau_is_the_same_body_not_a_second_actor() -> None:
    text = "Komisi Pemberantasan Korupsi atau KPK menahan Bupati Klaten Sri Hartini, Senin."
    assert sides(code(text), "COERCE") == [("Komisi Pemberantasan Korupsi", "Sri Hartini")]


# --------------------------------------------------------------------------- conventions adjudicated


def test_an_appeal_is_no_accusation() -> None:
    text = ("Kuasa hukum terdakwa, Budi Santoso, menyatakan akan mengajukan banding. \"Kami akan banding,\" "
            "katanya di Pengadilan Negeri Klaten.")
    assert not [e for e in code(text) if e.type == "ACCUSE" and e.mode == "allege"]


def test_a_judicial_review_is_still_a_suit() -> None:
    text = "Sejumlah serikat buruh mengajukan uji materi undang-undang itu ke Mahkamah Konstitusi."
    assert [e.mode for e in code(text) if e.type == "ACCUSE"] == ["allege"]


def test_a_diplomatic_protest_lodged_in_english_is_an_official_complaint() -> None:
    text = "Vietnam lodged a formal protest with China over the survey ship on Monday."
    found = [e for e in code(text, "en") if e.type in ("ACCUSE", "PROTEST")]
    assert [(e.type, e.mode) for e in found] == [("ACCUSE", "allege")]
    assert who(found[0].target) in ("China", "Tiongkok")


def test_a_street_protest_in_english_stays_a_protest() -> None:
    text = "Thousands of workers protested outside the parliament in Manila on Monday."
    assert "ACCUSE" not in {e.type for e in code(text, "en")}


# --------------------------------------------------------------------------- clause structure


def test_the_agent_of_a_passive_relative_clause_is_no_subject_of_the_verb_after_it() -> None:
    text = "Warga yang diusir PT Maju Jaya menggugat perusahaan itu ke Pengadilan Negeri Klaten."
    assert ("Warga", "PT Maju Jaya") in sides(code(text), "ACCUSE")
    assert ("PT Maju Jaya", "Warga") in sides(code(text), "COERCE")


def test_those_held_in_a_relative_clause_are_the_ones_released() -> None:
    text = "Mahasiswa yang ditahan Polda Metro Jaya akhirnya dilepaskan pada Selasa."
    released = sides(code(text), "RETREAT")
    assert released and all(target == "Mahasiswa" for _, target in released)


def test_a_thing_held_in_a_relative_clause_leaves_the_verb_after_it_with_no_actor() -> None:
    text = "Dokumen yang disita KPK dikembalikan pekan lalu."
    assert sides(code(text), "RETREAT") == []


def test_the_one_addressed_by_a_request_acts_in_its_untuk_clause() -> None:
    text = "Kapolri memerintahkan kepada Polda Jawa Tengah untuk menangkap pelaku pembakaran."
    assert [s for s, _ in sides(code(text), "COERCE")] == ["Polda Jawa Tengah"]
    assert ("Kapolri", "Polda Jawa Tengah") in sides(code(text), "REQUEST")


def test_two_verbs_joined_by_dan_share_the_object_after_the_second() -> None:
    text = "Kejaksaan Negeri Klaten memeriksa dan menahan Bupati Klaten Sri Hartini."
    assert sides(code(text), "ACCUSE") == [("Kejaksaan Negeri Klaten", "Sri Hartini")]
    assert sides(code(text), "COERCE") == [("Kejaksaan Negeri Klaten", "Sri Hartini")]


def test_a_verb_with_its_own_object_keeps_it() -> None:
    text = "Polres Klaten menangkap Ahmad Yani dan menyita sepeda motor milik Budi Santoso."
    assert ("Polres Klaten", "Ahmad Yani") in sides(code(text), "COERCE")


_MEETING = ("Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Malaysia Saifuddin Abdullah di "
            "Jakarta, Senin. Dalam pertemuan tersebut, Retno memaparkan rencana patroli bersama di perbatasan. "
            "Pertemuan tersebut telah lama dinantikan kedua negara.")


def test_a_meeting_named_again_as_the_setting_of_a_statement_is_no_second_meeting() -> None:
    events = code(_MEETING)
    assert not [e for e in events if e.type == "CONSULT" and e.evidence[0].sentence.startswith("Dalam")]


def test_a_meeting_named_again_as_the_subject_is_the_meeting_again() -> None:
    events = code(_MEETING)
    again = [e for e in events if e.type == "CONSULT" and e.evidence[0].sentence.startswith("Pertemuan")]
    assert [(who(e.source), who(e.target)) for e in again] == [("Retno Marsudi", "Saifuddin Abdullah")]


def test_a_passive_joined_to_an_earlier_one_shares_its_subject() -> None:
    text = "Budi Santoso ditangkap polisi lalu ditahan di Polres Klaten."
    assert [t for _, t in sides(code(text), "COERCE")] == ["Budi Santoso", "Budi Santoso"]


def test_the_verb_of_a_relative_clause_is_no_earlier_act_of_the_subject() -> None:
    text = "Warga yang menolak pun ditarik petugas Satpol PP dan dihajar beramai-ramai."
    assert [t for _, t in sides(code(text), "ASSAULT")] == ["Warga"]


def test_those_named_after_yakni_are_the_ones_acted_upon() -> None:
    text = "Polda Jawa Tengah memeriksa sejumlah saksi, yakni Kepala Desa Sukamaju Ahmad Yani."
    assert sides(code(text), "ACCUSE") == [("Polda Jawa Tengah", "Ahmad Yani")]


def test_a_verb_phrase_after_a_reported_clause_and_dan_goes_on_with_the_speaker() -> None:
    text = "Kemlu menegaskan bahwa Indonesia tidak terlibat, dan mengecam tuduhan Australia."
    assert [s for s, _ in sides(code(text), "ACCUSE") if s != "Australia"] == ["Kementerian Luar Negeri"]


def test_a_reported_clause_keeps_its_own_subject_without_the_comma() -> None:
    text = "Menteri mengatakan TNI sudah dikerahkan dan membantu evakuasi warga."
    assert [s for s, _ in sides(code(text), "AID")] == ["Tentara Nasional Indonesia"]


def test_an_outbreak_declared_and_an_immunisation_campaign_are_no_events() -> None:
    text = ("Kementerian Kesehatan menetapkan kejadian luar biasa (KLB) difteri di Kabupaten Garut, Senin. "
            "Dinas Kesehatan akan menggelar imunisasi kejar bagi anak-anak di 12 kecamatan.")
    assert code(text) == []


def test_a_court_rejecting_an_appeal_still_rejects_the_appellant() -> None:
    text = "Pengadilan Tinggi Jawa Tengah menolak banding yang diajukan terdakwa Ahmad Yani."
    assert sides(code(text), "REJECT") == [("Pengadilan Tinggi Jawa Tengah", "Ahmad Yani")]


def test_an_attack_a_state_considers_is_a_threat() -> None:
    text = "Korea Utara mengatakan pihaknya sedang mempertimbangkan rencana untuk menembakkan rudal ke Guam."
    assert {e.type for e in code(text)} == {"THREATEN"}


def test_a_planned_attack_supposed_carried_out_is_the_attack() -> None:
    text = "Jepang khawatir jika Korea Utara benar-benar melaksanakan rencana serangan ke Guam."
    assert {e.type for e in code(text)} == {"ASSAULT"}
