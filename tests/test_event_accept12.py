"""Event sides after acceptance run 11, round 14: a witness's role is not who questions, a witness is
not whom a case's later step pursues. Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who

_CASE = ("Bareskrim Polri terus mengusut kasus penipuan yang dilakukan PT Maju Wisata. "
         "Penyanyi Rina Marlina diperiksa sebagai saksi dalam kasus itu. ")


def test_role_after_the_passive_verb_is_not_the_questioner() -> None:
    events = code("Satu saksi akan diperiksa hari ini. Rina Marlina diperiksa saksi kasus penipuan itu.")
    checks = [e for e in of_type(events, "ACCUSE", "investigate") if "Rina" in e.evidence[0].sentence]
    assert checks, events
    assert who(checks[0].target) == "Rina Marlina"
    assert "saksi" not in (who(checks[0].source) or "")


def test_agent_after_the_role_still_questions() -> None:
    events = code("Rina Marlina diperiksa saksi kasus penipuan itu oleh Polda Jawa Barat.")
    checks = of_type(events, "ACCUSE", "investigate")
    assert checks, events
    assert who(checks[0].source) == "Polda Jawa Barat"


def test_witnesses_questioned_are_still_the_object() -> None:
    checks = of_type(code("Polda Jawa Barat memeriksa saksi kasus penipuan itu."), "ACCUSE", "investigate")
    assert checks, checks
    assert who(checks[0].target) == "saksi"
