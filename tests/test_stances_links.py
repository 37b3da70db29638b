"""What a stance is about: its sentence's event, the event just before for a bare stance
("membantah tuduhan itu"), or its own words when it says them ("menepis kabar bahwa …"), cut
before the next cue. Articles written for these tests."""

from __future__ import annotations

from tests.stance_reading import read

LEAD = "Polisi menangkap Rudi Hartono di Medan, Senin. "


def test_a_bare_denial_is_about_the_event_before() -> None:
    events, claims = read(LEAD + "Kuasa hukum Rudi membantah penangkapan itu.")
    assert events and [c.event for c in claims] == [events[0].id]
    assert events[0].status == "denied"


def test_a_denial_that_says_its_own_content_is_about_that_content() -> None:
    events, claims = read(LEAD + "Kuasa hukum Rudi menepis kabar bahwa kliennya ikut jaringan narkoba.")
    assert events and len(claims) == 1
    assert claims[0].event is None
    assert claims[0].statement.startswith("kliennya ikut jaringan narkoba")
    assert events[0].status != "denied"


def test_a_statement_ends_before_the_next_cue() -> None:
    _, claims = read("Juru bicara maskapai membenarkan bahwa pesawat kembali ke bandara asal "
                     "dan menolak berkomentar lebih jauh.")
    statements = [c.statement for c in claims]
    assert "pesawat kembali ke bandara asal" in statements
    assert not any("pesawat kembali ke bandara asal dan" in s for s in statements)


def test_a_confirmation_naming_its_own_object_does_not_borrow_the_event_before() -> None:
    events, claims = read(LEAD + "Kuasa hukum Rudi membenarkan kunjungan kliennya ke Malaysia pekan lalu.")
    arrest = events[0].id
    assert claims and all(c.event != arrest for c in claims)
    assert events[0].status != "confirmed"


def test_a_passive_confirmation_is_about_what_stands_before_it() -> None:
    _, claims = read("Kenaikan tarif angkutan kota itu dibenarkan oleh Kepala Dinas Perhubungan Medan "
                     "Renward Parapat.")
    assert [c.statement for c in claims] == ["Kenaikan tarif angkutan kota itu"]


def test_hal_itu_points_back_to_the_sentence_before() -> None:
    _, claims = read("Tarif angkutan kota di Medan naik dua ribu rupiah mulai Senin. Hal itu dibenarkan "
                     "oleh Kepala Dinas Perhubungan Medan Renward Parapat.")
    assert claims and claims[-1].statement.startswith("Tarif angkutan kota di Medan naik")


def test_a_refusal_on_a_topic_of_its_own_does_not_borrow_the_event_before() -> None:
    events, claims = read(LEAD + "Kejaksaan belum bersedia memberikan keterangan mengenai tuntutan bagi Rudi.")
    assert events and claims
    assert all(c.event != events[0].id for c in claims)
    assert claims[-1].statement.startswith("tuntutan bagi Rudi")


def test_a_quoted_statement_ends_at_the_closing_mark() -> None:
    _, claims = read("“Kami belum bisa memastikan apakah jembatan itu masih layak dilalui,” kata Kepala "
                     "Dinas Pekerjaan Umum Medan Ardi Nugroho.")
    assert [c.statement for c in claims] == ["jembatan itu masih layak dilalui"]


def test_a_short_pointing_phrase_before_a_passive_cue_points_to_the_sentence_before() -> None:
    _, claims = read("Medan, Senin (5/1/2015) - Tim gabungan menemukan dua perahu nelayan yang hilang. "
                     "Temuan itu dikonfirmasi oleh Kepala Kantor SAR Medan Budi Sitorus.")
    assert claims and claims[-1].statement.startswith("Tim gabungan menemukan dua perahu")
