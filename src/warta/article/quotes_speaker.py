"""Direct quotes: the entry point for attributing a stretch between quote marks and for
resolving every candidate's speaker in text order.

The reading of the phrase around the cue lives in ``quotes_attribution.py``; choosing the
phrase in ``speaker_choice.py``; pronouns and continuations in ``speaker_pronouns.py``; titles
and bare bodies in ``speaker_titles.py``; relatives, offices and accounts in
``speaker_ties.py``; fuller names in ``speaker_names.py``. This module chains them."""

from __future__ import annotations

from warta.article.actors import PLURAL_PRONOUNS, ActorTracker
from warta.article.quotes_attribution import attribute_marked
from warta.article.quotes_layout import Candidate
from warta.article.speaker_choice import choose, whole_title
from warta.article.speaker_names import (
    called_name,
    described_body,
    expanded,
    fullest_person,
    name_past_place,
    named_at_end,
    named_before_quote,
    nickname_of,
    past_possessor,
    person_in_body,
)
from warta.article.speaker_pronouns import (
    CONTINUATION_REACH,
    bounded_pronoun,
    going_on,
    group_before,
    last_seen,
    lone_pronoun,
)
from warta.article.speaker_roles import sole_role_holder
from warta.article.speaker_ties import (
    account_owner,
    agent_of_named,
    kin_named,
    possessed,
    relative_pointed,
)
from warta.article.speaker_titles import bare_body, definite_role, one_word_role, without_statement_words
from warta.models import ActorRef

# The names the quote reader imports from here.
__all__ = ["attribute_marked", "lone_pronoun", "resolve"]


def _resolve_one(candidate: Candidate, tracker: ActorTracker, spoken: list[ActorRef]) -> ActorRef:
    actor: ActorRef | None = None
    speaker = candidate.speaker
    quote = (candidate.start, candidate.end) if candidate.direct else None
    if speaker.kind == "pronoun":
        actor = bounded_pronoun(tracker, speaker.pos, spoken, quote=quote)
    elif speaker.kind == "phrases":
        span = choose(speaker.spans, tracker)
        pronoun = lone_pronoun(tracker.text, span) if span is not None else None
        if pronoun is not None and span is not None:
            group = group_before(span, tracker)
            actor = bounded_pronoun(tracker, span[0], spoken, plural=pronoun in PLURAL_PRONOUNS,
                                    quote=quote if span[0] > candidate.end else None)
            if group is not None and (actor is None or last_seen(tracker, group, span[0])
                                      > last_seen(tracker, actor, span[0])):
                actor = group  # "pihak berwenang membantah … menurut mereka": the party just named
        elif span is not None:
            span = called_name(span, tracker) or account_owner(span, tracker.text) or span
            read = actor = tracker.resolve(*span) or group_before(span, tracker)
            actor = name_past_place(span, tracker) or actor
            actor = whole_title(actor, span, speaker.spans, tracker) or actor
            actor = past_possessor(actor, span, tracker) or actor
            actor = person_in_body(actor, span, tracker) or actor
            actor = (one_word_role(actor, tracker) or definite_role(actor, span, tracker)
                     or kin_named(actor, span, tracker)
                     or possessed(actor, span, tracker, spoken) or bare_body(actor, span, tracker) or actor)
            actor = (expanded(actor, tracker) or nickname_of(actor, span, tracker)
                     or fullest_person(actor, tracker) or actor)
            actor = without_statement_words(actor)
            actor = named_at_end(actor, tracker, span) or described_body(actor, tracker) or actor
            actor = named_before_quote(actor, span, tracker, (candidate.start, candidate.end)) or actor
            actor = (agent_of_named(actor, span, tracker) or relative_pointed(actor, span, tracker, spoken)
                     or sole_role_holder(actor, tracker) or actor)
            if actor is not None and actor.entity is not None and actor.entity != (read and read.entity):
                tracker.remember(span[0], actor)  # "kata Alex" is Alexander Marwata: a later "-nya" too
    elif speaker.kind == "none" and not speaker.open_ended:
        # No cue: the quote goes on from whoever the text was just about (the last speaker,
        # or a person just named as a sentence's subject).
        actor = tracker.latest(speaker.pos, CONTINUATION_REACH)
    return actor or ActorRef()


def resolve(candidates: list[Candidate], tracker: ActorTracker) -> list[ActorRef]:
    """Speakers of ``candidates``, resolved in the order their speakers appear in the text."""
    speakers = [ActorRef() for _ in candidates]
    spoken: list[ActorRef] = []
    voiced: list[ActorRef] = []  # speakers and subjects of opinion verbs, in text order
    for i in sorted(range(len(candidates)), key=lambda i: candidates[i].speaker.pos):
        speakers[i] = (going_on(candidates[i], tracker, voiced)
                       or _resolve_one(candidates[i], tracker, spoken))
        if speakers[i] != ActorRef():
            voiced.append(speakers[i])
            if not candidates[i].mention_only:
                spoken.append(speakers[i])
    return speakers
