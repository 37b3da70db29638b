"""English-only readings of the event coder's triggers (the English rows of event_triggers.tsv).

English marks the passive with an auxiliary before a past participle ("Armenia was attacked by
Azerbaijan"); the trigger rows are written in the active voice, so a row is read as passive
when such an auxiliary stands before it, possibly with an adverb between ("were later
arrested"). A progressive ("Finland is expelling two diplomats") is active: its verb ends in -ing.
"""

from __future__ import annotations

from dataclasses import replace

from warta.article.event_lexicon import Token, TriggerMatch

_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get"})
# Adverbs that may sit between the auxiliary and the participle: "were reportedly detained".
_BETWEEN = frozenset({"later", "also", "then", "still", "not", "never", "already", "since", "all"})


def english_voice(match: TriggerMatch, tokens: list[Token]) -> TriggerMatch:
    """``match`` read as passive when an auxiliary comes before its participle."""
    if match.row.voice != "active" or tokens[match.first].low.endswith("ing"):
        return match
    i = match.first - 1
    if i > 0 and (tokens[i].low in _BETWEEN or tokens[i].low.endswith("ly")):
        i -= 1  # one adverb: "was swiftly condemned"
    if i >= 0 and tokens[i].low in _AUXILIARIES:
        return replace(match, row=replace(match.row, voice="passive"))
    return match
