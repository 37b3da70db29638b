"""Speakers named through their tie to someone else: a relative or counsel ("istrinya"),
an office or side of a person ("kantornya"), an account ("akun resmi …").

One module because each reads a tie word and then finds the person or body it ties to."""

from __future__ import annotations

import re

from warta.article.actors import ActorTracker
from warta.article.quotes_layout import Span
from warta.article.speaker_pronouns import recent
from warta.article.tokens import fold
from warta.models import ActorRef

# Relatives and counsel named once with their tie ("istri Atim, Sanya") and later by the tie
# alone ("istrinya juga mengaku …").
_KIN = ("istri", "suami", "anak", "ayah", "ibu", "kakak", "adik", "putra", "putri", "paman", "bibi",
        "kerabat", "pengacara", "kuasa hukum")
_KIN_REACH = 40  # characters from the tie to the name set after it


def kin_named(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"istrinya" after "istri Atim, Sanya": the person the article named with that tie last."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    written = fold(" ".join(actor.description.split()))
    tie = next((k for k in _KIN if written in (f"{k}nya", f"sang {k}")), None)
    if tie is None:
        return None
    text = tracker.text
    ties = list(re.finditer(rf"(?<!\w){re.escape(tie)}(?!\w)", text[:span[0]], re.IGNORECASE))
    for found in reversed(ties):
        comma = text.find(",", found.end(), found.end() + _KIN_REACH)
        if comma < 0:
            continue
        named = [m for m in tracker.index.within(comma, comma + _KIN_REACH) if m.entity.type == "PERSON"
                 and not text[comma + 1:m.start].strip()]
        if named:
            entity = named[0].entity
            return ActorRef(entity=entity.id, name=entity.name, description=actor.description)
    return None


# Offices and sides a person has ("kantornya": his office): the speaker is that office of the
# person "-nya" refers to, described with their name.
_OWNED = frozenset({"kantor", "kuasa hukum", "pengacara", "juru bicara", "jubir", "kubu", "tim", "keluarga",
                    "partai", "kementerian", "perusahaan", "pemerintah", "pemerintahan", "istana"})


def possessed(actor: ActorRef | None, span: Span, tracker: ActorTracker,
               spoken: list[ActorRef]) -> ActorRef | None:
    """"menurut kantornya" after "Aung San Suu Kyi": the description "kantor Aung San Suu Kyi"."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    words = actor.description.split()
    if not words[-1].lower().endswith("nya"):
        return None
    stem = " ".join([*words[:-1], words[-1][:-3]])
    if stem.lower() not in _OWNED:
        return None
    owner = recent(tracker, span[0], spoken)
    if owner is None or owner.name is None:
        return None
    return ActorRef(description=f"{stem} {owner.name}")

# "akun instagram resmi TMC Polda Metro Jaya": an account speaks for its owner.
_ACCOUNT = re.compile(r"\W*akun(?:\s+(?:resmi|instagram|twitter|facebook|youtube|tiktok|pribadi"
                      r"|media\s+sosial|@\w+|miliknya|milik))+\s+(?=\w)", re.IGNORECASE)


def account_owner(span: Span, text: str) -> Span | None:
    account = _ACCOUNT.match(text, *span)
    return (account.end(), span[1]) if account is not None and account.end() < span[1] else None


# People who speak for, serve or belong to someone named right after them ("kuasa hukum Basuki",
# "istri Rudi"): the one who speaks is another person, left unnamed, not the one named.
_AGENTS = ("kuasa hukum", "tim kuasa hukum", "pengacara", "advokat", "juru bicara", "jubir", "ajudan",
           "asisten", "sopir", "istri", "suami", "anak", "putra", "putri", "adik", "kakak", "menantu")
# Quantifiers before such a role ("salah satu kuasa hukum Basuki", "seorang ajudan X"); not "sang":
# "sang istri Vicky" is the wife, Vicky, the name set beside the role.
_QUANTIFIERS = re.compile(r"\s*(?:salah\s+(?:satu|seorang)|seorang|para)\s+", re.IGNORECASE)


def agent_of_named(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"kata salah satu kuasa hukum Basuki": the lawyer, described as "kuasa hukum Basuki".

    Only when the person named was already mentioned before the phrase without that role: a
    first mention after the role ("kata pengacara Hotman Paris"), or one where the article
    always writes the role before the name ("Pengacara RM Santoso hadir …"), names the lawyer."""
    if actor is None or actor.entity is None:
        return None
    text = tracker.text
    people = [m for m in tracker.index.within(*span)
              if m.entity.id == actor.entity and m.entity.type == "PERSON"]
    if not people or text[people[-1].end:span[1]].strip():
        return None
    named = people[-1]
    opening = _QUANTIFIERS.match(text, span[0], named.start)
    role = " ".join(text[opening.end() if opening else span[0]:named.start].split())
    if fold(role) not in _AGENTS:
        return None
    if not any(m.entity.id == named.entity.id and m.start < span[0] and not _after_role(text, m.start, role)
               for m in tracker.index.mentions):
        return None
    return ActorRef(description=f"{role} {text[named.start:named.end]}")


def _after_role(text: str, start: int, role: str) -> bool:
    """Does the mention at ``start`` follow the role word for word ("pengacara RM Santoso")?"""
    return fold(" ".join(text[max(0, start - len(role) - 8):start].split())).endswith(fold(role))


# Relations a person has to another ("saudara kandung pebalap Sam Lowes itu": Sam's brother).
_RELATIONS = frozenset({"saudara", "adik", "kakak", "ayah", "ibu", "anak", "putra", "putri", "istri", "suami",
                        "kerabat", "sepupu", "paman", "bibi", "rekan", "sahabat", "teman", "kekasih",
                        "pacar"})
_POINTERS = frozenset({"itu", "tersebut"})


def relative_pointed(actor: ActorRef | None, span: Span, tracker: ActorTracker,
                     spoken: list[ActorRef]) -> ActorRef | None:
    """"Saudara kandung pebalap Sam Lowes itu menambahkan …": a relation of a named person, closed by
    a demonstrative, points back to someone the story is already about (Alex Lowes), not to the
    person named in it; that is the person a pronoun there would mean."""
    if actor is None or actor.entity is None:
        return None
    text = tracker.text
    people = [m for m in tracker.index.within(*span)
              if m.entity.id == actor.entity and m.entity.type == "PERSON"]
    before = text[span[0]:people[0].start].split() if people else []
    if not before or fold(before[0]) not in _RELATIONS:
        return None
    if fold(" ".join(text[people[-1].end:span[1]].split())) not in _POINTERS:
        return None
    pointed = recent(tracker, span[0], spoken)
    return pointed if pointed is not None and pointed.entity != actor.entity else None

