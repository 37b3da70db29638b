"""Event sides, round 4: objects written as a clitic on the verb, targets of acts named by nouns.
Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who


def test_clitic_on_a_verb_is_the_person_named_before() -> None:
    events = code("Andi Wijaya ditangkap di Bogor pada Senin. Polisi kemudian memeriksanya selama enam jam.")
    checks = of_type(events, "ACCUSE", "investigate")
    assert checks, events
    assert who(checks[0].source) == "Polisi"
    assert who(checks[0].target) == "Andi Wijaya"


def test_clitic_object_is_never_the_subject_of_its_own_sentence() -> None:
    events = code("Budi Santoso ditahan di Polres Garut. Bupati Garut Rudy Gunawan menemuinya di sel.")
    met = of_type(events, "CONSULT")
    assert met, events
    assert who(met[0].source) == "Rudy Gunawan"
    assert who(met[0].target) == "Budi Santoso"


def test_verb_without_clitic_keeps_no_target() -> None:
    events = code("Andi Wijaya ditangkap di Bogor pada Senin. Polisi kemudian memeriksa barang bukti.")
    checks = of_type(events, "ACCUSE", "investigate")
    assert all(who(e.target) != "Andi Wijaya" for e in checks if "memeriksa" in e.evidence[0].sentence)
