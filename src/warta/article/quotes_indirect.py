"""Reported speech: content introduced by a speech cue, with no quote marks around it.

    Peskov mengatakan (kepada wartawan) bahwa pertemuan itu tidak terjadi.   after a verb
    Soelistyo mengatakan, serpihan itu milik pesawat AirAsia.                after verb + comma
    Menurut Tri, informasi itu telah disampaikan.                            after "menurut X,"
    Pesawat hilang pukul 07.24, kata Soelistyo.                              before ", kata X"

This module scans a text for speech cues (:func:`indirect_candidates`) and opinion verbs
(:func:`opinion_holders`); the parts, whose names are importable from here too: which cue
occurrences report speech (``quotes_indirect_cues``), the candidate read at each cue
(``quotes_indirect_reader``), where its content starts and ends (``quotes_indirect_content``), its
speaker phrases (``quotes_indirect_speakers``) and the clause-shape tests they share
(``quotes_indirect_clauses``).
"""

from __future__ import annotations

import re

from warta.article.actors import MentionIndex
from warta.article.quotemarks import Marked
from warta.article.quotes_indirect_clauses import (
    CLAUSE_MARKERS,
    CLAUSE_REACH,
    COPULAS,
    EVENT_PREDICATES,
    EXISTENTIAL_START,
    MAX_ADDRESSEE_WORDS,
    MAX_CLOSING_ADJUNCT_WORDS,
    MAX_NAMED_SUBJECT_WORDS,
    MIN_OPENED_CONTENT_WORDS,
    PREDICATE_ADJECTIVES,
    SUBORDINATORS,
    TIME_SUBORDINATORS,
    TOPIC_BREAKS,
)
from warta.article.quotes_indirect_content import (
    CONTRASTIVE,
    MAX_CONTRASTED_WORDS,
    MAX_DATE_ASIDE_WORDS,
    MAX_POINTER_WORDS,
    MAX_SUBJECT_WORDS,
    MIN_CONTENT_WORDS,
    NOT_CONTENT_START,
    THAT_REACH,
    TOPIC_OBJECTS,
    past_dateline,
)
from warta.article.quotes_indirect_cues import NOT_VERB_NEGATORS, REFUSALS, purpose_verb, speech_negators
from warta.article.quotes_indirect_reader import (
    APPOSED_NAME_CHARS,
    FRONTING,
    MIN_BEFORE_CUE_WORDS,
    OPEN_ENDED,
    Reader,
)
from warta.article.quotes_indirect_speakers import (
    CAUSED_REACH,
    LONE_PRONOUNS,
    MAX_CLOSING_NAME_WORDS,
    MAX_HEAD_WORDS,
    MAX_RELAYED_SUBJECT_WORDS,
    caused_speaker,
    subject_phrases,
)
from warta.article.quotes_layout import Candidate, Layout, Speaker
from warta.article.speechcues import reduplicated, speech_cues

__all__ = [
    "APPOSED_NAME_CHARS",
    "CAUSED_REACH",
    "CLAUSE_MARKERS",
    "CLAUSE_REACH",
    "CONTRASTIVE",
    "COPULAS",
    "EVENT_PREDICATES",
    "EXISTENTIAL_START",
    "FRONTING",
    "LONE_PRONOUNS",
    "MAX_ADDRESSEE_WORDS",
    "MAX_CLOSING_ADJUNCT_WORDS",
    "MAX_CLOSING_NAME_WORDS",
    "MAX_CONTRASTED_WORDS",
    "MAX_DATE_ASIDE_WORDS",
    "MAX_HEAD_WORDS",
    "MAX_NAMED_SUBJECT_WORDS",
    "MAX_POINTER_WORDS",
    "MAX_RELAYED_SUBJECT_WORDS",
    "MAX_SUBJECT_WORDS",
    "MIN_BEFORE_CUE_WORDS",
    "MIN_CONTENT_WORDS",
    "MIN_OPENED_CONTENT_WORDS",
    "NOT_CONTENT_START",
    "NOT_VERB_NEGATORS",
    "OPEN_ENDED",
    "PREDICATE_ADJECTIVES",
    "REFUSALS",
    "SUBORDINATORS",
    "THAT_REACH",
    "TIME_SUBORDINATORS",
    "TOPIC_BREAKS",
    "TOPIC_OBJECTS",
    "indirect_candidates",
    "opinion_holders",
    "past_dateline",
    "speech_negators",
    "subject_phrases",
]


# Verbs of judging and feeling: what follows is no quote, but their subject is the person a
# following '"…," ujarnya' most likely refers to ("Pri Agung menilai, …" then a quote).
_OPINION = re.compile(
    r"(?<![\w-])(?:menilai|berpendapat|berharap|yakin|meyakini|khawatir|menduga|memandang|menganggap|"
    r"menyayangkan|mengkritik|mengecam|mengapresiasi|mempertanyakan|meragukan)(?![\w-])")


def opinion_holders(text: str, layout: Layout, marked: list[Marked],
                    mentions: MentionIndex) -> list[Candidate]:
    """Subjects of opinion verbs outside quote marks, to be remembered as actors only."""
    reader = Reader(text, layout, marked, mentions)
    found: list[Candidate] = []
    for verb in _OPINION.finditer(text):
        if reader.in_marks(verb.start(), verb.end()):
            continue
        s0 = layout.sentence_at(verb.start())[0]
        spans = subject_phrases(text, s0, verb.start())
        if spans:
            speaker = Speaker("phrases", spans[0][0], tuple(spans))
            found.append(Candidate(verb.start(), verb.start(), False, None, speaker, mention_only=True))
    return found


def indirect_candidates(text: str, layout: Layout, marked: list[Marked],
                        mentions: MentionIndex) -> list[Candidate]:
    """Reported-speech candidates of ``text``, one per cue (they may overlap: which one stands
    is decided once their speakers are known)."""
    reader = Reader(text, layout, marked, mentions)
    lex = speech_cues()
    found_all: list[Candidate] = []
    for found in lex.regex.finditer(text):
        cue = lex.at(found.group())
        if cue is None or reader.in_marks(found.start(), found.end()) or reduplicated(text, *found.span()):
            continue
        if purpose_verb(text, found.start(), cue) and caused_speaker(text, found.start(), cue) is None:
            continue
        caused = caused_speaker(text, found.start(), cue)
        if caused is not None:
            candidate = reader.caused(found, cue, caused)
        else:
            candidate = reader.candidate(found, cue) or reader.subject_only(found, cue)
        if candidate is not None:
            found_all.append(candidate)
    return found_all
