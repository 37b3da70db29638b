"""Event sides, second round: a person's donation is aid even with no recipient named, and a sum
written again in another currency ("… atau sekitar Rp …") does not hide the one it goes to. Every
sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who


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
