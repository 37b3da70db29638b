"""Discourse actors: the sides an Indonesian news sentence drops because the sentences before it
gave them ("Polisi menangkap X. … warga diminta menjauh", "Satpol PP membongkar rumah warga.
Warga yang melawan dipegangi").

The discourse state is the article's events so far, in text order: who last acted, and whom
each actor pursued. A side is filled in from it only where the sentence leaves it out, never
over one the sentence names (the callers check), and only by an actor who can take that side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from warta.article.event_context import same
from warta.article.event_lexicon import TriggerRow
from warta.article.event_phrases import DETERMINERS as QUANTIFIERS
from warta.article.event_resolver import pursues_cases
from warta.models import ActorRef, Event

# Acts people suffer from someone the news does not know: an attack, a riot or a threat with no
# agent named stays agentless (docs/annotation.md: "dianiaya" by no one named has source null).
UNKNOWN_AGENTS = frozenset({"ASSAULT", "PROTEST", "THREATEN"})
# Steps of a legal case: their agent is a body that pursues cases, never just whoever acted last.
CASE_MODES = frozenset({"investigate", "arrest", "seize"})
_DEMANDS = frozenset({"REQUEST", "PROTEST"})  # what protesters want of someone, and protests aimed at one
_WITNESS_WORDS = frozenset({"saksi", "saksi-saksi", "witness", "witnesses"})


def _pursuit(event: Event) -> bool:
    """An investigation, arrest, seizure or ban of someone: a step of a case against them."""
    return (event.type == "COERCE" and event.mode != "restrict") or (
        event.type == "ACCUSE" and event.mode == "investigate")


def pursued(events: Sequence[Event], actor: ActorRef) -> bool:
    """Has the article told of ``actor`` being investigated, arrested or searched?"""
    return any(_pursuit(event) and same(event.target, actor) for event in events)


def last_agent(events: Sequence[Event], before: int, besides: ActorRef | None,
               fits: Callable[[ActorRef], bool] = lambda actor: True) -> ActorRef | None:
    """Who the article last told acting before character ``before`` (the start of the sentence
    being coded) among the actors that ``fits`` the act: the agent a passive or an act noun with
    no agent in its sentence leaves to the discourse. Never ``besides`` (the one acted upon), and
    never someone the article told of being pursued: a suspect is not who arrests, questions or
    summons the next person."""
    for event in reversed(events):
        agent = event.source
        if event.evidence[0].start >= before or agent == ActorRef() or same(agent, besides):
            continue
        if fits(agent) and not pursued(events, agent):
            return agent
    return None


def _witnesses(actor: ActorRef) -> bool:
    """"35 saksi": those questioned as witnesses are no suspect of the case."""
    return bool(_WITNESS_WORDS & set((actor.description or "").lower().split()))


def last_pursued(events: Sequence[Event], pursuer: ActorRef | None,
                 witness: Callable[[ActorRef], bool] = lambda actor: False) -> ActorRef | None:
    """Whom the article last told ``pursuer`` investigating, arresting or searching, however far
    back: a case's later steps with no one named ("Pencegahan itu dilakukan KPK untuk …") go on
    against the one it pursues (news on a case names its suspect once, early); only for a body that
    pursues cases. Witnesses (described so, or ``witness``) are not pursued."""
    if not pursues_cases(pursuer):
        return None
    for event in reversed(events):
        if _pursuit(event) and same(event.source, pursuer) and event.target is not None and not same(
                event.target, pursuer) and not _witnesses(event.target) and not witness(event.target):
            return event.target
    return None


# Acts that are always aimed at someone: with no one named in their sentence they are aimed at the
# one the same act was last aimed at (a case's suspect, a sanctioned club, the court asked).
AIMED_ACTS = frozenset({"ACCUSE", "COERCE", "SANCTION", "REQUEST", "ASSAULT", "THREATEN"})
# A request made by a verb with no one named is a call on the public ("Polres meminta agar aksi
# berlangsung tertib"); only a request named by a noun ("permintaan serupa") is the one told before.
_PUBLIC_CALLS = frozenset({"REQUEST"})
_NOUN_VOICES = frozenset({"noun", "patient"})


def aimed_before(events: Sequence[Event], row: TriggerRow, source: ActorRef | None,
                 witness: Callable[[ActorRef], bool] = lambda actor: False) -> ActorRef | None:
    """The target of the latest act of the same type and mode as ``row`` told before, by whoever
    ("Komdis menjatuhkan sanksi kepada Persib … enam sanksi yang diberikan Komdis" sanctions Persib
    again); never ``source`` itself, and only for acts in :data:`AIMED_ACTS`. A case's act passes
    over witnesses, described so ("Salah satu saksi …") or told questioned as such (``witness``:
    "Rina diperiksa sebagai saksi. … PPATK menelusuri aliran dana" traces no money of hers)."""
    if row.type not in AIMED_ACTS or (row.type in _PUBLIC_CALLS and row.voice not in _NOUN_VOICES):
        return None
    for event in reversed(events):
        if event.type == row.type and event.mode == row.mode and event.target is not None and not same(
                event.target, source) and not (row.mode in CASE_MODES and (
                witness(event.target) or _witnesses(event.target))):
            return event.target
    return None


def _head(actor: ActorRef) -> str | None:
    """The head noun of an unnamed group, past counts and quantifiers ("1500 tahanan" → "tahanan")."""
    words = [w for w in (actor.description or "").lower().split() if w not in QUANTIFIERS and not w.isdigit()]
    return words[0] if actor.entity is None and words else None


def _same_people(a: ActorRef, b: ActorRef | None) -> bool:
    """The same actor, or unnamed groups with the same head ("para tahanan", "1500 tahanan")."""
    return b is not None and (same(a, b) or (_head(a) is not None and _head(a) == _head(b)))


def protested_party(events: Sequence[Event], protesters: ActorRef | None) -> ActorRef | None:
    """Whom a protest or a threat with no one named is against: whom the same protesters demanded of or
    protested against before ("tuntutan para tahanan kepada Israel … 1500 tahanan mogok makan", "para
    buruh menuntut PT X … mengancam akan mogok")."""
    for event in reversed(events):
        aimed = event.target is not None and not _same_people(event.target, protesters)
        if event.type in _DEMANDS and aimed and _same_people(event.source, protesters):
            return event.target
    return None


_COURT_WORDS = ("pengadilan", "mahkamah", "majelis", "hakim")


def _court(actor: ActorRef | None) -> bool:
    return actor is not None and (actor.name or actor.description or "").lower().startswith(_COURT_WORDS)


def yielded_to_suspect(events: Sequence[Event], source: ActorRef | None) -> ActorRef | None:
    """Whom a court or a body that pursues cases yields to with no one named ("menghentikan
    penyidikan", "pengadilan mengabulkan permohonan praperadilan"): the one the article's case last
    pursued, by whichever body; witnesses are no party to it."""
    if not (pursues_cases(source) or _court(source)):
        return None
    for event in reversed(events):
        target = event.target
        if _pursuit(event) and target is not None and not same(target, source) and not _witnesses(target):
            return target
    return None
