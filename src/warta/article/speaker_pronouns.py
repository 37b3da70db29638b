"""Speakers referred back to: pronouns, "-nya" clitics, cue-less continuations and cues
that say the words go on.

Grouped because they share one rule set: how far back a referent may stand (further for
someone who has already spoken) and which earlier actor a pronoun means."""

from __future__ import annotations

import re

from warta.article.actors import PLURAL_PRONOUNS, SINGULAR_PRONOUNS, ActorTracker, words_of
from warta.article.quotes_layout import Candidate, Span
from warta.article.tokens import fold
from warta.models import ActorRef

# How far back (characters) the actor a cue-less quote continues may have been seen.
CONTINUATION_REACH = 600
# How far back (characters) a pronoun may find the person it refers to, unless that person
# has spoken already in the article: a name seen only long before is a guess, and the
# guideline leaves a speaker lost to the text (a truncated opening) unknown.
PRONOUN_REACH = 600
SPEAKER_PRONOUN_REACH = 2000


def lone_pronoun(text: str, span: Span) -> str | None:
    """The pronoun that is all of the phrase ``text[span]`` ("dia", "mereka"), or None."""
    words = words_of(text, *span)
    if len(words) == 1 and words[0][2] in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return words[0][2]
    return None


def bounded_pronoun(tracker: ActorTracker, pos: int, spoken: list[ActorRef],
                     plural: bool = False, quote: tuple[int, int] | None = None) -> ActorRef | None:
    """The actor a pronoun at ``pos`` refers to, when seen recently enough (a speaker of the
    article may be further back than anyone else). ``quote``: the span of the quote in marks
    the pronoun's cue attributes."""
    actor = recent(tracker, pos, spoken, plural)
    if actor is not None and quote is not None and not plural:
        actor = _speaker_over_older_subject(tracker, actor, quote[0], spoken)
        actor = _other_than_named_inside(tracker, actor, quote, spoken)
    if actor is not None:
        tracker.remember(pos, actor)
    return actor


def _speaker_over_older_subject(tracker: ActorTracker, actor: ActorRef, quote_start: int,
                                spoken: list[ActorRef]) -> ActorRef:
    """'"…," katanya' goes on from the subject of the sentence just before the quote or else from
    the last speaker (the guideline): a person who never spoke and was last seen further back
    ("Agus melaporkan …. Polisi langsung menangkap ZA. "… kami amankan," katanya") yields to the
    last speaker."""
    if not spoken or actor in spoken:
        return actor
    speaker = spoken[-1]
    if quote_start - last_seen(tracker, speaker, quote_start) > SPEAKER_PRONOUN_REACH:
        return actor
    previous = _previous_sentence_start(tracker.text, quote_start)
    if last_seen(tracker, actor, quote_start) >= previous or _pronoun_opens(tracker.text, previous):
        return actor  # "Bahkan dia membeberkan …": the sentence before goes on from that person too
    return speaker


def _other_than_named_inside(tracker: ActorTracker, actor: ActorRef, quote: tuple[int, int],
                             spoken: list[ActorRef]) -> ActorRef:
    """'"… Pak Bagus sudah pulih …," tuturnya': the quote talks about the person it names, so
    its own "-nya" means someone else, the person seen before them who is not named inside
    (within the same reach as any pronoun). Unchanged when no such person is there."""
    inside = _named_inside(tracker, quote)
    if actor.entity is None or actor.entity not in inside:
        return actor
    for seen in reversed(tracker.seen):
        if seen.pos >= quote[0] or not seen.person or seen.actor.entity in inside:
            continue
        reach = SPEAKER_PRONOUN_REACH if seen.actor in spoken else PRONOUN_REACH
        return seen.actor if quote[0] - seen.pos <= reach else actor
    return actor


def _named_inside(tracker: ActorTracker, quote: tuple[int, int]) -> set[str]:
    """Ids of the people a quote's own words name."""
    return {m.entity.id for m in tracker.index.within(*quote) if m.entity.type == "PERSON"}


OPENING_WORDS = 6


def _pronoun_opens(text: str, start: int) -> bool:
    """Does a singular pronoun stand among the first words of the sentence at ``start`` ("Namun,
    kali ini, dia …")?"""
    opening = words_of(text, start, min(len(text), start + 40))[:OPENING_WORDS]
    return any(w[2] in SINGULAR_PRONOUNS for w in opening)


def _previous_sentence_start(text: str, pos: int) -> int:
    """Where the sentence before the one opening at ``pos`` (a quote, past its mark) begins."""
    before = text[:pos].rstrip(" \n\"“”'‘’")
    ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1))]
    return ends[-1] if ends else 0


def last_seen(tracker: ActorTracker, actor: ActorRef, pos: int) -> int:
    return max((seen.pos for seen in tracker.seen if seen.actor == actor and seen.pos < pos), default=-1)


def recent(tracker: ActorTracker, pos: int, spoken: list[ActorRef], plural: bool = False) -> ActorRef | None:
    """The actor a pronoun at ``pos`` refers to, if seen within reach (not remembered)."""
    actor = tracker.pronoun(pos, plural)
    if actor is None:
        return None if plural else apposed_opening(tracker, pos)
    actor = _clause_subject_over_inner(tracker, actor, pos) if not plural else actor
    last = max((seen.pos for seen in tracker.seen if seen.actor == actor and seen.pos < pos), default=pos)
    reach = SPEAKER_PRONOUN_REACH if actor in spoken else PRONOUN_REACH
    return actor if pos - last <= reach else None


_SENTENCE_END = re.compile(r"[.!?\n]")
# Sentence ends a pronoun may look back over to a sentence-opening name.
_OPENING_LOOKBACK_SENTENCES = 2


def apposed_opening(tracker: ActorTracker, pos: int) -> ActorRef | None:
    """A person who opens one of the sentences just before ``pos`` with an appositive ("Rina
    Kartikasari, the ministry's director general, blamed …. "…," she said"): the subject a
    pronoun goes on from, though the entity layer gave the name no role to make it reliable."""
    text = tracker.text
    floor = max(0, pos - PRONOUN_REACH)
    starts = [0] * (floor == 0) + [m.end() for m in _SENTENCE_END.finditer(text, floor, pos)]
    for start in reversed(starts[-_OPENING_LOOKBACK_SENTENCES:]):
        segment = text[start:pos]
        begin = start + len(segment) - len(segment.lstrip(" \n\"“”"))
        for mention in tracker.index.within(begin, min(pos, begin + 80)):
            if mention.entity.type != "PERSON" or mention.start != begin:
                continue
            if text[mention.end:pos].lstrip().startswith(","):
                return ActorRef(entity=mention.entity.id, name=mention.entity.name, description=None)
    return None


def _clause_subject_over_inner(tracker: ActorTracker, actor: ActorRef, pos: int) -> ActorRef:
    """"Yudhistira menambahkan, penyidik juga menyatakan …. "…," ucapnya": an unnamed party
    seen in the same sentence after a named person is what the person reported; a singular
    pronoun after it goes on from the person."""
    if actor.entity is not None:
        return actor
    seen = [s for s in tracker.seen if s.pos < pos]
    inner = max((s.pos for s in seen if s.actor == actor), default=-1)
    for earlier in reversed(seen):
        if earlier.pos >= inner:
            continue
        if _SENTENCE_END.search(tracker.text, earlier.pos, inner):
            break
        if earlier.person and earlier.actor.entity is not None:
            return earlier.actor
    return actor


def group_before(span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"menurut mereka" with no group before it: the unnamed party seen last ("pihak
    berwenang"), which the tracker files as one person; never a named person."""
    words = words_of(tracker.text, span[0], span[1])
    if len(words) != 1 or words[0][2] not in PLURAL_PRONOUNS:
        return None
    actor = tracker.latest(span[0], CONTINUATION_REACH)
    if actor is None or actor.entity is not None or not actor.description:
        return None
    return actor


# Cues that say the words go on ("lanjutnya", "imbuhnya", "tambah dia"): who goes on is the last
# speaker, even when the narrative between named someone else ("… dibawa ke rumah sakit.
# "…," lanjutnya").
_GOING_ON_CUES = frozenset({"lanjut", "lanjutnya", "imbuh", "imbuhnya", "tambah", "tambahnya", "sambung",
                            "sambungnya", "pungkas", "pungkasnya"})


def going_on(candidate: Candidate, tracker: ActorTracker, spoken: list[ActorRef]) -> ActorRef | None:
    """The last voice (a speaker, or the subject of "menilai" and other verbs of opinion), for a
    singular pronoun or clitic of a cue that says the words go on."""
    speaker = candidate.speaker
    if not spoken or candidate.cue is None or fold(candidate.cue) not in _GOING_ON_CUES:
        return None
    lone = lone_pronoun(tracker.text, speaker.spans[0]) if len(speaker.spans) == 1 else None
    if speaker.kind != "pronoun" and lone not in SINGULAR_PRONOUNS:
        return None
    last = spoken[-1]
    if speaker.pos - last_seen(tracker, last, speaker.pos) > SPEAKER_PRONOUN_REACH:
        return None
    tracker.remember(speaker.pos, last)
    return last
