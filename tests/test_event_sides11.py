"""Event sides, round 5: targets an act demands but its sentence leaves out, filled from what the
article told before. Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who


def test_sanction_told_again_is_aimed_at_the_one_sanctioned_before() -> None:
    events = code("Komisi Disiplin PSSI menjatuhkan sanksi denda kepada Arema FC pada Selasa. "
                  "Pelatih klub itu menyebut sanksi yang diberikan Komisi Disiplin terlalu berat.")
    later = [e for e in of_type(events, "SANCTION") if e.evidence[0].sentence.startswith("Pelatih")]
    assert later, events
    assert who(later[0].target) == "Arema FC"


def test_request_with_no_one_asked_goes_to_the_one_asked_before_by_another() -> None:
    events = code("Polda Metro Jaya meminta Pengadilan Negeri Jakarta Selatan menunda sidang itu. "
                  "Kejaksaan Agung juga mengajukan permintaan serupa pada Senin.")
    later = [e for e in of_type(events, "REQUEST") if e.evidence[0].sentence.startswith("Kejaksaan")]
    assert later, events
    assert who(later[0].target) == "Pengadilan Negeri Jakarta Selatan"


def test_act_that_needs_no_target_takes_none_from_before() -> None:
    events = code("Kementerian Luar Negeri bertemu dengan Duta Besar Jepang di Jakarta. "
                  "Kementerian Perdagangan juga menggelar pertemuan di Surabaya pada Rabu.")
    later = [e for e in of_type(events, "CONSULT") if e.evidence[0].sentence.startswith("Kementerian Perdagangan")]
    assert all(who(e.target) != "Duta Besar Jepang" for e in later), events


def test_earlier_act_of_another_mode_gives_no_target() -> None:
    events = code("Polda Riau menangkap Andi Saputra di Pekanbaru. "
                  "Di Batam, Bea Cukai menyita 20 kilogram sabu di pelabuhan.")
    seized = of_type(events, "COERCE", "seize")
    assert seized, events
    assert seized[0].target is None


def test_target_named_in_the_sentence_is_kept() -> None:
    events = code("Polda Riau menangkap Andi Saputra di Pekanbaru. "
                  "Di Batam, Bea Cukai juga menangkap seorang kurir di pelabuhan.")
    later = [e for e in of_type(events, "COERCE", "arrest") if "Batam" in e.evidence[0].sentence]
    assert later, events
    assert who(later[0].target) == "seorang kurir"


def test_request_made_by_a_verb_with_no_one_named_is_a_call_on_the_public() -> None:
    events = code("Polda Metro Jaya meminta Pengadilan Negeri Jakarta Selatan menunda sidang itu. "
                  "Wali Kota Jakarta Selatan meminta agar sidang berlangsung tertib.")
    later = [e for e in of_type(events, "REQUEST") if e.evidence[0].sentence.startswith("Wali")]
    assert later, events
    assert later[0].target is None


def test_protest_is_against_whom_the_same_protesters_made_demands_of() -> None:
    events = code("Para buruh menuntut PT Sinar Tekstil membayar upah yang tertunggak. "
                  "Sekitar 300 buruh kemudian melakukan aksi mogok kerja di depan pabrik.")
    strikes = [e for e in of_type(events, "PROTEST") if "300" in e.evidence[0].sentence]
    assert strikes, events
    assert who(strikes[0].target) == "PT Sinar Tekstil"


def test_protest_by_other_people_takes_no_target_from_a_demand() -> None:
    events = code("Para buruh menuntut PT Sinar Tekstil membayar upah yang tertunggak. "
                  "Ratusan mahasiswa kemudian berdemonstrasi di depan gedung DPRD.")
    protests = [e for e in of_type(events, "PROTEST") if "mahasiswa" in e.evidence[0].sentence]
    assert protests, events
    assert protests[0].target is None


def test_court_granting_a_plea_yields_to_the_one_the_case_pursued() -> None:
    events = code("Kejaksaan Negeri Depok menahan Budi Hartono atas dugaan korupsi dana desa. "
                  "Pengadilan Negeri Depok kemudian mengabulkan permohonan praperadilan pada Senin.")
    granted = of_type(events, "CONCEDE")
    assert granted, events
    assert who(granted[0].target) == "Budi Hartono"


def test_witnesses_are_no_party_a_court_yields_to() -> None:
    events = code("Kejaksaan Negeri Depok memeriksa 12 saksi dalam kasus korupsi dana desa. "
                  "Pengadilan Negeri Depok kemudian mengabulkan permohonan praperadilan pada Senin.")
    granted = of_type(events, "CONCEDE")
    assert granted, events
    assert granted[0].target is None


def test_body_that_pursues_no_case_yields_to_no_suspect() -> None:
    events = code("Kejaksaan Negeri Depok menahan Budi Hartono atas dugaan korupsi dana desa. "
                  "Dinas Sosial Depok kemudian mengabulkan permohonan bantuan pada Senin.")
    assert all(e.target is None for e in of_type(events, "CONCEDE")), events


def test_meeting_between_one_side_and_another_after_dengan() -> None:
    events = code("Hal itu dibahas dalam pertemuan antara Menteri Luar Negeri Retno Marsudi dengan "
                  "Menteri Luar Negeri Australia Julie Bishop di Canberra.")
    met = of_type(events, "CONSULT")
    assert met, events
    assert (who(met[0].source), who(met[0].target)) == ("Retno Marsudi", "Julie Bishop")


def test_clash_between_one_group_alone_keeps_no_other_side() -> None:
    events = code("Bentrokan antara narapidana terjadi di Lapas Bengkulu pada Kamis sore.")
    assert all(e.target is None for e in of_type(events, "ASSAULT")), events
