"""What the article told before the event being coded: the sides of earlier events that an
anaphor ("pelaku", "keduanya", "mereka"), an agentless passive, an act named again
("penangkapan itu") or a meeting named again ("pertemuan tersebut") stands for.

Every function reads ``events``, the article's events so far in text order.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.article.event_lexicon import Token, trigger_index
from warta.models import ActorRef, Entity, Event

# Nouns of an offer, whose acceptance answers whoever offered ("menerima tawaran tersebut").
_OFFERS = {"tawaran": ("AID", "AGREE"), "usulan": ("REQUEST",), "usul": ("REQUEST",)}
_NAVAL = frozenset({"laut", "al", "armada", "koarmada", "koarmabar", "koarmatim", "lantamal", "lanal",
                    "navy"})
_MUTUAL_KINDS = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # two sides "keduanya" may stand for
# Heads of people and means that a state or a force sends (a team, troops, ships, planes).
_SENT_HEADS = frozenset({"tim", "pasukan", "personel", "prajurit", "relawan", "kapal", "pesawat",
                         "helikopter", "kontingen", "rombongan"})
# Role nouns that refer back to a person an earlier event named: (event type, side).
_ANAPHORIC_ROLES = {"pelaku": (("ASSAULT", "source"),),
                    "penyerang": (("ASSAULT", "source"),),
                    "tersangka": (("COERCE", "target"), ("ASSAULT", "source")),
                    "terdakwa": (("COERCE", "target"),),
                    "korban": (("ASSAULT", "target"),)}  # "CAS memukul korban": the one named as attacked


def label(actor: ActorRef | None) -> str:
    return ((actor.name or actor.description or "") if actor is not None else "").lower()


def same(a: ActorRef | None, b: ActorRef | None) -> bool:
    if a is None or b is None:
        return False
    if a.entity is not None:
        return a.entity == b.entity
    return bool(a.description) and a.description == b.description


def named_before(events: Sequence[Event], actor: ActorRef | None,
                 besides: ActorRef | None = None) -> ActorRef | None:
    """"pelaku" and "tersangka" stand for the person an earlier event named as the attacker
    or the one arrested ("Sultan menyerang pos polisi … pelaku ditembak"), never for
    ``besides`` (the other side of the event being coded)."""
    if actor is None or actor.entity is not None or not actor.description:
        return actor
    head = actor.description.split()[0].lower()
    for kind, wanted_side in _ANAPHORIC_ROLES.get(head, ()):
        for event in reversed(events):
            side = event.source if wanted_side == "source" else event.target
            named = side is not None and side.entity is not None
            if event.type == kind and named and not same(side, besides):
                return side
    return actor


def sender_before(events: Sequence[Event], actor: ActorRef | None) -> ActorRef | None:
    """"Jepang mengirim tim medis … Tim itu akan membantu …": people or means sent, named again
    with a demonstrative, act for whoever the latest help or deployment came from."""
    words = label(actor).split()
    if actor is None or actor.entity is not None or len(words) < 2 or words[0] not in _SENT_HEADS or (
            words[-1] not in ("itu", "tersebut")):
        return actor
    for event in reversed(events):
        if event.type in ("AID", "MOBILIZE") and event.source.entity is not None:
            return event.source
    return actor


def actor_in_sentence(events: Sequence[Event], sentence: int, besides: ActorRef | None) -> ActorRef | None:
    """The source of the latest event already coded in the sentence at ``sentence``, other than
    ``besides``."""
    for event in reversed(events):
        if event.evidence[0].start != sentence:
            return None
        if event.source != ActorRef() and not same(event.source, besides):
            return event.source
    return None


def asker_of(events: Sequence[Event], asked: ActorRef | None, since: int) -> ActorRef | None:
    """Who made the latest request of ``asked`` told from character ``since`` on."""
    for event in reversed(events):
        if event.evidence[0].start < since:
            return None
        if event.type == "REQUEST" and same(event.target, asked) and event.source != ActorRef():
            return event.source
    return None


def target_before(events: Sequence[Event], kind: str, source: ActorRef | None, since: int) -> ActorRef | None:
    """The target of the latest act of ``kind`` by ``source`` told from character ``since`` on; of
    several in that act's sentence the first named ("menetapkan X dan Y sebagai tersangka. …
    menyita dokumen" searched X first)."""
    found: Event | None = None
    for event in reversed(events):
        at = event.evidence[0].start
        if at < since or (found is not None and at != found.evidence[0].start):
            break
        if event.type == kind and same(event.source, source) and event.target is not None:
            found = event
    return found.target if found is not None else None


def both_before(events: Sequence[Event], since: int) -> list[ActorRef | None]:
    """"Keduanya kini ditahan", "Keduanya membahas …": the two sides of the latest event told
    from character ``since`` on, or the counted group it acted on ("dua orang")."""
    recent = [e for e in reversed(events) if e.evidence[0].start >= since]
    for event in recent:
        if event.target is not None and event.target.entity is None and (
                event.target.description or "").lower().split()[:1] in (["dua"], ["kedua"]):
            return [event.target]
    for event in recent:
        if event.type in _MUTUAL_KINDS and event.source != ActorRef() and event.target is not None:
            return [event.source, event.target]
    return [None]


def group_in_sentence(events: Sequence[Event], lowered: str, start: int, previous: int,
                      before: int) -> ActorRef | None:
    """"Jokowi bertemu dengan keluarga penumpang dan meminta mereka bersabar": "mereka" is the
    latest unnamed group an earlier event of the sentence at ``start`` named, or the unnamed group
    that acted in the sentence at ``previous`` ("Keluarga penumpang mendesak … Mereka juga
    meminta"); ``lowered`` is the article's text in lower case."""
    for event in reversed(events):
        at = event.evidence[0].start
        if at not in (start, previous):
            return None
        # the same sentence: its latest group; the one before: the group that acted there
        sides = (event.target, event.source) if at == start else (event.source,)
        for side in sides:
            if side is not None and side.entity is None and side.description and lowered.find(
                    side.description.lower(), at, before) >= 0:  # "Keluarga penumpang" opens a sentence
                return side
    return None


def act_target(events: Sequence[Event], tokens: list[Token], after: int, lang: str,
               since: int) -> ActorRef | None:
    """"mengecam penangkapan tersebut", "menolak desakan itu": an act named as the object
    has its doer as the target, from the latest event of that kind told from ``since`` on."""
    if after >= len(tokens):
        return None
    low = tokens[after].low
    kinds = [row.type for phrase, row in trigger_index(lang).get(low, ())
             if row.voice in ("noun", "patient") and len(phrase) == 1] or list(_OFFERS.get(low, ()))
    if not kinds:
        return None
    recent = [e for e in events if e.evidence[0].start >= since]  # not another story's act
    offered = [e for e in recent if e.modality == "planned"] if low in _OFFERS else []
    for event in reversed(recent if not offered else offered + recent):
        if event.type == kinds[0] and event.source != ActorRef():
            return event.source
    return None


def releaser(events: Sequence[Event], held: ActorRef | None, sentence: int) -> ActorRef | None:
    """Who frees ``held`` in the same sentence: the one that held them."""
    for event in reversed(events):
        if event.evidence[0].start != sentence:
            break
        if event.type == "RETREAT" and event.mode == "release" and same(event.target, held):
            return event.source
    return None


def partner_before(events: Sequence[Event], source: ActorRef | None) -> ActorRef | None:
    """The one ``source`` met in the latest meeting the article told of (a meeting named
    again: "pertemuan itu", "pertemuan tersebut")."""
    for event in reversed(events):
        if event.type == "CONSULT" and same(event.source, source) and event.target is not None:
            return event.target
    return None


def deployer(events: Sequence[Event], equipment: ActorRef | None) -> ActorRef | None:
    """Who deployed ships or planes before in the article; a navy first for a navy ship (KRI)."""
    sources = [e.source for e in reversed(events) if e.type == "MOBILIZE" and e.source != ActorRef()]
    naval = [a for a in sources if set(label(a).split()) & _NAVAL]
    if naval and label(equipment).startswith("kri"):
        return naval[0]
    return sources[0] if sources else None


def earlier_source(events: Sequence[Event], kind: str, mode: str | None) -> ActorRef | None:
    """The agent a passive leaves out, from context: the latest source of the same type and
    mode ("KPK menangkap X. … Y juga ditangkap." → KPK; an appeal filed by the defence is
    no source for a verdict, though both are ACCUSE)."""
    for event in reversed(events):
        if event.type == kind and event.mode == mode and event.source != ActorRef():
            return event.source
    return None


_PURSUING = frozenset({"arrest", "seize", "deport"})  # COERCE modes of a case pursued against someone


def legal_body(events: Sequence[Event], entities: dict[str, Entity]) -> ActorRef | None:
    """The organisation (``entities`` by id) that last investigated, charged or arrested
    someone in the article."""
    for event in reversed(events):
        # a licence frozen or a road closed is no pursuit of a person ("membekukan izin PO X"), nor is
        # a dismissal from office ("Ketua DPR bisa diberhentikan" by an ethics council)
        legal = (event.type == "COERCE" and event.mode in _PURSUING) or (
            event.type == "ACCUSE" and event.mode == "investigate")
        entity = entities.get(event.source.entity or "")
        if legal and entity is not None and entity.type == "ORG":
            return event.source
    return None


def meeting_before(events: Sequence[Event], kind: str, mode: str | None) -> Event | None:
    """The latest meeting (or act of another ``kind``) of the same mode the article told of, for one
    named again with nobody in its sentence ("Pertemuan tersebut telah lama dinantikan")."""
    for event in reversed(events):
        if event.type == kind and event.mode == mode and event.source != ActorRef():
            return event
    return None
