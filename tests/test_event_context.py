"""Event context: the sides of earlier events that anaphors, agentless passives and meetings named
again stand for (warta.article.event_context), on hand-built event histories."""

from __future__ import annotations

from warta.article.event_context import (
    both_before,
    deployer,
    earlier_source,
    named_before,
    partner_before,
    releaser,
)
from warta.models import ActorRef, Event, Evidence


def actor(name: str, entity: str | None = None) -> ActorRef:
    return ActorRef(entity=entity, name=name) if entity else ActorRef(description=name)


def event(kind: str, source: ActorRef, target: ActorRef | None = None, mode: str | None = None,
          sentence: int = 0) -> Event:
    evidence = Evidence(article="a1", start=sentence, end=sentence + 10, sentence="…")
    return Event(id=f"a1-v{kind}", type=kind, mode=mode, source=source, target=target, evidence=[evidence])


NAVY = actor("TNI Angkatan Laut", "a1/tnial")
BASARNAS = actor("Basarnas", "a1/basarnas")
RETNO = actor("Retno", "a1/retno")
WANG = actor("Wang Yi", "a1/wang")


def test_a_navy_ship_is_deployed_by_the_navy_other_equipment_by_the_latest_deployer() -> None:
    history = [event("MOBILIZE", NAVY), event("MOBILIZE", BASARNAS)]
    assert deployer(history, actor("KRI Bung Tomo")) == NAVY
    assert deployer(history, actor("helikopter")) == BASARNAS
    assert deployer([], actor("KRI Bung Tomo")) is None


def test_the_agent_a_passive_leaves_out_has_the_same_type_and_mode() -> None:
    police, defence = actor("Polda Metro", "a1/polda"), actor("kuasa hukum")
    history = [event("COERCE", police, mode="arrest"), event("ACCUSE", defence, mode="appeal")]
    assert earlier_source(history, "COERCE", "arrest") == police
    assert earlier_source(history, "ACCUSE", "verdict") is None


def test_an_attacker_named_again_as_pelaku_is_never_the_other_side() -> None:
    attacker, police = actor("Sultan", "a1/sultan"), actor("polisi")
    history = [event("ASSAULT", attacker, actor("pos polisi"))]
    assert named_before(history, actor("pelaku")) == attacker
    assert named_before(history, actor("pelaku"), besides=attacker) == actor("pelaku")
    assert named_before(history, police) == police


def test_keduanya_is_the_counted_group_else_both_sides_of_a_meeting_since_the_reach() -> None:
    pair = actor("dua orang pemuda")
    assert both_before([event("CONSULT", RETNO, WANG, sentence=50)], since=0) == [RETNO, WANG]
    assert both_before([event("CONSULT", RETNO, WANG, sentence=50), event("COERCE", BASARNAS, pair, sentence=60)],
                       since=0) == [pair]
    assert both_before([event("CONSULT", RETNO, WANG, sentence=5)], since=40) == [None]


def test_a_meeting_named_again_is_with_the_latest_partner_and_a_release_by_the_holder() -> None:
    fishermen, militia = actor("tiga nelayan"), actor("milisi")
    assert partner_before([event("CONSULT", RETNO, WANG)], RETNO) == WANG
    assert partner_before([event("CONSULT", WANG, RETNO)], BASARNAS) is None
    freed = [event("RETREAT", militia, fishermen, mode="release", sentence=30)]
    assert releaser(freed, fishermen, 30) == militia
    assert releaser(freed, fishermen, 90) is None
