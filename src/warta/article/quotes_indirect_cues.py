"""Speech-cue occurrences that report no speech: negated or refused verbs ("tidak mengatakan",
"enggan mengatakan") and verbs of purpose ("untuk menulis").
"""

from __future__ import annotations

import re
from functools import cache

from warta.article.event_negation import negation_words
from warta.article.quotes_indirect_clauses import WORD_RE
from warta.article.speakerphrases import ADVERBS
from warta.article.speechcues import Cue
from warta.article.tokens import fold

# "X tidak mengatakan …" reports no speech: a negation word before a speech verb (the shared list,
# resources/negation_words.tsv) but those that never negate a verb ("No," said X answers), and words of
# refusal: "X enggan mengatakan …" (declined to say) reports none either. "enggan" is kept out of the
# shared list: it is a verb of unwillingness, not a negator, and the event coder and stance cues that
# read that list were never measured with it.
NOT_VERB_NEGATORS = frozenset({"no"})
REFUSALS = frozenset({"enggan"})


@cache
def speech_negators() -> frozenset[str]:
    """The words that, right before a speech verb, make it report no speech."""
    return (negation_words() - NOT_VERB_NEGATORS) | REFUSALS


# "tidak membantah maupun membenarkan": a negation before the first of two verbs joined so covers both.
_NEITHER_NOR = frozenset({"maupun", "ataupun", "nor"})


# Modals between the negation and the verb leave it negated: "belum dapat memastikan", "tidak bisa
# menyebutkan", "tidak mau mengatakan" report no speech either.
_MODALS = frozenset({"dapat", "bisa", "mampu", "mau", "ingin", "berani", "akan", "bersedia"})


def negated_verb(text: str, floor: int, pos: int) -> bool:
    words = [fold(w.group()) for w in WORD_RE.finditer(text, max(floor, pos - 40), pos)]
    while words and (words[-1] in ADVERBS or words[-1] in _MODALS):
        words.pop()
    if len(words) >= 3 and words[-1] in _NEITHER_NOR:
        words = words[:-2]  # the joiner and the first verb
    return bool(words) and words[-1] in speech_negators()


# "waktu terbaiknya untuk menulis yakni …": a speech verb after a word of purpose is what someone
# means to do, not what anyone reports.
_PURPOSE = frozenset({"untuk", "guna", "demi", "agar", "supaya"})
_WORD_BEFORE = re.compile(r"(\w+)\W*\Z")


def purpose_verb(text: str, start: int, cue: Cue) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return cue.pattern == "verb" and before is not None and fold(before.group(1)) in _PURPOSE
