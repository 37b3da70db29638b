"""Holders named by an epithet: "pelantun lagu 'Terserah' itu belum mau membeberkan …".

News writing names a person once and then refers back with a description closed by "itu" or
"tersebut" ("penyanyi asal Ambon itu", "pria berusia 41 tahun tersebut"). The phrase reader
reads no actor there (a work's title in marks breaks the phrase, and a common noun with no name
is no mention), so such a stance was dropped. The epithet is the person the article introduced
with the same words ("Glenn Fredly, pelantun lagu 'Terserah', …" or "pelantun lagu 'Terserah'
Glenn Fredly"); with no such introduction it is the person the article quoted last (within
reach), else the person named last before it, as "dia" would be.

Only heads that name people by their trade, sex or age open an epithet: "lagu itu" or "kabar
tersebut" is a thing, never a holder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.actors import ActorTracker
from warta.article.event_lexicon import Token
from warta.article.speakerphrases import ADVERBS
from warta.models import ActorRef

# Head nouns of a person's epithet in the news (trade, sport, sex and age).
EPITHET_HEADS = frozenset({
    "pelantun", "penyanyi", "musisi", "vokalis", "gitaris", "drummer", "rapper", "pencipta", "penulis",
    "aktor", "aktris", "artis", "pemeran", "komedian", "presenter", "sutradara", "produser", "selebritas",
    "model", "pemain", "pelatih", "atlet", "pebulu", "petenis", "pebalap", "pembalap", "striker", "kiper",
    "gelandang", "penyerang", "bek", "pesepak", "pengusaha", "politikus", "politisi", "pria", "wanita",
    "perempuan", "lelaki", "laki-laki", "sosok", "bintang", "juru",
})
_CLOSERS = frozenset({"itu", "tersebut"})
_BREAKS = frozenset({",", ".", ";", ":"})
MAX_EPITHET_WORDS = 8
# What may stand between a name and the epithet that introduces it: a comma (apposition) or blanks.
_NAME_GAP = re.compile(r"\s*,?\s*\Z")
_MARKS = "\"'“”‘’"


def epithet_span(tokens: list[Token], first: int) -> tuple[int, int] | None:
    """Token range [start, end) of the epithet closing just before token ``first`` (adverbs such
    as "belum", "pun" between), or None when the clause opens with anything else."""
    end = first
    while end > 0 and tokens[end - 1].low in ADVERBS and tokens[end - 1].low not in _CLOSERS:
        end -= 1
    if end == 0 or tokens[end - 1].low not in _CLOSERS:
        return None
    start = end - 1
    while start > 0 and tokens[start - 1].low not in _BREAKS and end - start <= MAX_EPITHET_WORDS:
        start -= 1
    if start < 0 or end - start > MAX_EPITHET_WORDS or tokens[start].low not in EPITHET_HEADS:
        return None
    return start, end


def epithet_holder(text: str, tokens: list[Token], first: int, tracker: ActorTracker,
                   speakers: Sequence[tuple[int, ActorRef]] = ()) -> ActorRef | None:
    """The person an epithet subject before token ``first`` refers to, or None. ``speakers``: the
    article's quotes as (start, speaker), in text order."""
    span = epithet_span(tokens, first)
    if span is None:
        return None
    start, end = span
    described = _introduced_by(text, tokens[start:end - 1], tracker)
    if described is not None:
        return described
    at = tokens[start].start
    return _latest_speaker(tracker, at, speakers) or _latest_person(tracker, at)


# How far back a pointing epithet may reach for the person it goes on from.
EPITHET_REACH = 600
SPEAKER_REACH = 1500


def _latest_speaker(tracker: ActorTracker, pos: int, speakers: Sequence[tuple[int, ActorRef]]
                    ) -> ActorRef | None:
    """The named person quoted last before ``pos`` (within reach): the one the article has been
    letting speak is the one its epithets describe ("… tuturnya. … pelantun lagu 'Terserah' itu"),
    rather than a band or a colleague named in passing since."""
    for start, speaker in reversed(speakers):
        if start >= pos:
            continue
        if start < pos - SPEAKER_REACH:
            return None
        entity = tracker.index.by_id.get(speaker.entity) if speaker.entity else None
        if entity is not None and entity.type == "PERSON":
            return ActorRef(entity=entity.id, name=speaker.name, description=None)  # the name as quoted
    return None


def _latest_person(tracker: ActorTracker, pos: int) -> ActorRef | None:
    """The person named last before ``pos`` (within reach), whom a pointing epithet goes on from
    as "dia" would."""
    index = tracker.index
    for mention in reversed(index.mentions[:index.before(pos)]):
        if mention.end <= pos - EPITHET_REACH:
            return None
        if mention.entity.type == "PERSON" and mention.end <= pos:
            return ActorRef(entity=mention.entity.id, name=mention.entity.name, description=None)
    return None


def _loose(words: str) -> str:
    """The words without quote marks and with single blanks, for matching a description."""
    return " ".join(words.translate({ord(m): " " for m in _MARKS}).split()).lower()


def _introduced_by(text: str, words: list[Token], tracker: ActorTracker) -> ActorRef | None:
    """The person set beside the same description earlier: "X, pelantun lagu 'Terserah'" or
    "pelantun lagu 'Terserah' X"."""
    if len(words) < 2:
        return None  # a bare "penyanyi": too common to tell one person by
    wanted = _loose(text[words[0].start:words[-1].end])
    pattern = r"\W+".join(re.escape(w) for w in wanted.split())
    for found in re.finditer(rf"(?<!\w){pattern}(?!\w)", text[:words[0].start], re.IGNORECASE):
        for mention in tracker.index.mentions:
            if mention.entity.type != "PERSON":
                continue
            before = mention.end <= found.start() and _NAME_GAP.match(text[mention.end:found.start()])
            after = mention.start >= found.end() and not text[found.end():mention.start].strip(" ,'\"’”")
            if before or after:
                entity = mention.entity
                return ActorRef(entity=entity.id, name=entity.name, description=None)
    return None
