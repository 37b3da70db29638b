"""Events, round 14: defects from acceptance run 6, fixed in general and checked on sentences written
for them. A natural hazard is no actor; money released is no prisoner freed; emergency funds handed
over are help; a province after a place is no subject; the body named in an apposition acts, not the
apposition's head word; a court annulling a company's permit; a hearing with a company's directors."""

from __future__ import annotations

from tests.event_coding import code, of_type, who

# --------------------------------------------------------------------------- E1 natural hazards


def test_english_floods_that_kill_are_no_assault() -> None:
    text = "Flash floods and landslides have killed twelve people in the hills, officials said."
    assert not of_type(code(text, "en"), "ASSAULT")


def test_an_english_quake_is_no_actor() -> None:
    assert not code("The quake has killed 30 people and destroyed hundreds of homes.", "en")


def test_indonesian_hazards_are_no_actors() -> None:
    for text in ("Banjir bandang dan tanah longsor menewaskan tujuh warga di Kabupaten Garut.",
                 "Angin puting beliung merusak puluhan rumah warga di Sidoarjo."):
        assert not code(text), text


def test_gunmen_who_kill_stay_an_assault() -> None:
    text = "Gunmen have killed twelve villagers in the north, officials said."
    assert of_type(code(text, "en"), "ASSAULT")


def test_flood_victims_who_demand_stay_a_request() -> None:
    text = "Korban banjir menuntut ganti rugi kepada PT Air Jaya."
    requests = of_type(code(text), "REQUEST")
    assert requests and who(requests[0].target) == "PT Air Jaya"


# --------------------------------------------------------------------------- E2 money released


def test_funds_released_free_no_one() -> None:
    text = "The provincial government has released 500 million rupiah in emergency funds for the victims."
    assert not of_type(code(text, "en"), "RETREAT", "release")


def test_prisoners_released_stay_a_release() -> None:
    text = "The government has released 40 prisoners ahead of the talks."
    assert of_type(code(text, "en"), "RETREAT", "release")


# --------------------------------------------------------------------------- E3 emergency funds handed over


def test_emergency_funds_handed_over_after_arriving_are_aid() -> None:
    text = ("Kepala Badan Penanggulangan Bencana Daerah, Kolonel Arif Santoso, tiba di Garut, Minggu "
            "(9/11/2025), dan menyerahkan dana siap pakai Rp 300 juta kepada Pemerintah Kabupaten Garut.")
    aid = of_type(code(text), "AID")
    assert aid and who(aid[0].target) == "Kabupaten Garut"


def test_a_school_fund_paid_is_no_aid() -> None:
    text = "Dinas Pendidikan menyalurkan dana BOS kepada 300 sekolah dasar bulan ini."
    assert not of_type(code(text), "AID")


# --------------------------------------------------------------------------- E4 a province after a place


def test_the_province_after_a_place_is_no_striker() -> None:
    text = "Ratusan buruh pabrik di Kabupaten Bekasi, Jawa Barat, mogok kerja sejak Senin."
    strikes = of_type(code(text), "PROTEST")
    assert [who(e.source) for e in strikes] == ["Ratusan buruh"]


def test_a_named_official_after_a_place_still_acts() -> None:
    text = "Pelapor khusus PBB di wilayah Palestina, Michael Lynk, menuding Israel melanggar hukum."
    accusations = of_type(code(text), "ACCUSE")
    assert accusations and who(accusations[0].source) == "Michael Lynk"


def test_a_list_of_forces_after_a_role_stays_a_list() -> None:
    text = "Petugas gabungan dari Polri, TNI, dan Satpol PP melakukan penyisiran di Gunung Botak."
    sources = {who(e.source) for e in of_type(code(text), "MOBILIZE")}
    assert "Tentara Nasional Indonesia" in sources and len(sources) == 3


# --------------------------------------------------------------------------- E5 a body in apposition


def test_the_body_named_after_a_role_acts() -> None:
    text = ("Wali amanat obligasi, PT Bank Negara Indonesia (Persero) Tbk, dijadwalkan menggelar rapat umum "
            "pemegang obligasi pekan depan.")
    meetings = of_type(code(text), "CONSULT")
    assert [who(e.source) for e in meetings] == ["PT Bank Negara Indonesia"]


def test_a_person_named_after_a_role_still_acts() -> None:
    text = "Direktur Utama maskapai, Budi Hartono, menemui Menteri Perhubungan Ignasius Jonan."
    meetings = of_type(code(text), "CONSULT")
    assert meetings and who(meetings[0].source) == "Budi Hartono"


# --------------------------------------------------------------------------- E6 a permit annulled


def test_a_court_annulling_a_companys_permit_restricts_it() -> None:
    text = ("Pengadilan Tata Usaha Negara Samarinda membatalkan izin usaha pertambangan nikel milik "
            "PT Batu Alam Sejahtera.")
    restricted = of_type(code(text), "COERCE", "restrict")
    assert [who(e.target) for e in restricted] == ["PT Batu Alam Sejahtera"]


def test_a_cancelled_plan_restricts_no_one() -> None:
    text = "Pemerintah Kota Bogor membatalkan rencana pembangunan pasar tradisional."
    assert not of_type(code(text), "COERCE")


# --------------------------------------------------------------------------- E7 a hearing with a board


def test_a_board_summoned_to_a_hearing_is_met() -> None:
    text = ("Komisi VII DPR memanggil jajaran direksi PT Energi Raya Nusantara dalam rapat dengar pendapat, "
            "Selasa.")
    meetings = of_type(code(text), "CONSULT")
    assert meetings and who(meetings[0].target) == "PT Energi Raya Nusantara"


def test_a_hearing_with_the_ranks_of_a_board_meets_the_company() -> None:
    text = "Komisi VII DPR menggelar rapat dengar pendapat dengan jajaran direksi PT Energi Raya Nusantara."
    meetings = of_type(code(text), "CONSULT")
    assert meetings and who(meetings[0].target) == "PT Energi Raya Nusantara"


def test_a_hearing_held_alone_meets_no_one_named() -> None:
    text = "Komisi VII DPR menyampaikan kesimpulan dalam rapat dengar pendapat, Selasa."
    assert all(e.target is None for e in of_type(code(text), "CONSULT"))


def test_a_permit_with_its_abbreviation_still_finds_its_holder() -> None:
    text = ("Pengadilan Tata Usaha Negara (PTUN) Samarinda membatalkan izin usaha pertambangan (IUP) batu bara "
            "milik PT Batu Alam Sejahtera di Kabupaten Kutai Barat, Kamis (12/3/2026).")
    restricted = of_type(code(text), "COERCE", "restrict")
    assert [who(e.target) for e in restricted] == ["PT Batu Alam Sejahtera"]


def test_a_board_with_its_legal_form_summoned_to_a_hearing_is_met() -> None:
    text = ("JAKARTA - Komisi VII DPR memanggil jajaran direksi PT Energi Raya Nusantara (Persero) Tbk dalam "
            "rapat dengar pendapat di Kompleks Parlemen, Senayan, Rabu (20/5/2026), menyusul kerugian besar.")
    meetings = of_type(code(text), "CONSULT")
    assert meetings and who(meetings[0].target) == "PT Energi Raya Nusantara"
