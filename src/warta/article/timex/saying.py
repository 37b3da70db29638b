"""The words of saying the time grammar looks for, read from the speech-cue lexicon.

A day beside a verb of saying is the day something was said (``reading.said_on``, ``speech.py``).
The quotes layer keeps the list of those words (``resources/speech_cues.tsv``); the time grammar
reads them from there, so that a verb added for quotes dates statements too:

- ``verbs``: the Indonesian verbs whose subject says what follows ("mengatakan", "menjelaskan"),
  the lexicon's ``verb`` cues, plus a few verbs of urging and promising that introduce no quote
  but still date what was said ("mendesak", "menyerukan", "berjanji");
- ``opening_cues``: the words that open a sentence with the speaker after them ("Menurut X, ...",
  "Ujar X di Bandung, ..."), the lexicon's one-word ``inverted`` and ``prep`` cues;
- ``passive_verbs``: the passive verbs of saying ("dikatakan", "disampaikan"), the passive forms
  among the lexicon's ``inverted`` cues ("seperti disampaikan X" gives "disampaikan");
- ``clitic_cues``: attributions to a pronoun ("katanya", "ujarnya", "menurutnya"), the lexicon's
  ``clitic`` and ``clitic-prep`` cues;
- ``english_past_verbs``: the English verbs of saying in the past ("said", "announced"), before the
  day they were said on in English wire copy ("the company said Tuesday").
"""

from __future__ import annotations

import re
from functools import cache

from warta.article.speechcues import speech_cues

_ALSO_SAID = ("menyerukan", "mendesak", "berjanji")
_PASSIVE = re.compile(r"di\w+kan")


def _indonesian(*patterns: str) -> list[str]:
    return [cue.word for cue in speech_cues().cues.values() if cue.lang == "id" and cue.pattern in patterns]


@cache
def verbs() -> str:
    """The verbs of saying as a regex alternation, longest first."""
    return _alternation([*_indonesian("verb"), *_ALSO_SAID])


@cache
def opening_cues() -> str:
    """The words that open an attribution before its speaker, as a regex alternation."""
    words = [w for w in _indonesian("inverted", "prep") if " " not in w and not _PASSIVE.fullmatch(w)]
    return _alternation(words)


@cache
def passive_verbs() -> str:
    """The passive verbs of saying, as a regex alternation."""
    return _alternation([w.split()[-1] for w in _indonesian("inverted") if _PASSIVE.fullmatch(w.split()[-1])])


@cache
def clitic_cues() -> str:
    """The attributions to a pronoun ("katanya", "ujarnya", "menurutnya"), as a regex alternation."""
    return _alternation(_indonesian("clitic", "clitic-prep"))


# English past forms of verbs of saying that are not "-ed" words, and an "-ed" word that looks ahead
_IRREGULAR_PAST = frozenset({"said", "told", "wrote"})
_AHEAD = frozenset({"expected"})  # "a ruling is expected Monday"


@cache
def english_past_verbs() -> str:
    """The English verbs of saying in the past tense ("said", "announced", "told"), from the speech-cue
    lexicon's English ``verb`` cues, as a regex alternation: wire copy puts the day of the telling
    right after one ("the company said Tuesday", "Apple announced Friday that it will ...")."""
    words = [
        cue.word
        for cue in speech_cues().cues.values()
        if cue.lang == "en" and cue.pattern == "verb" and " " not in cue.word
        and (cue.word in _IRREGULAR_PAST or cue.word.endswith("ed")) and cue.word not in _AHEAD
    ]
    return _alternation(words)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
