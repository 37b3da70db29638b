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
