"""Words of the event coder: tokens, the trigger lexicon and the trigger matcher.

Triggers live in ``resources/event_triggers.tsv`` (its header documents the columns). A
trigger is one or more words, optionally with an object that must follow within a few words
("menjatuhkan sanksi baru"), and is cancelled by the words named in its ``unless`` column
("menolak berkomentar" is a stance, not a rejection).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.resources import read_tsv

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_ACRONYM_PAIR = re.compile(r"([A-Z]{2,})-([A-Z][A-Za-z]+)")  # "TNI-Polri": an acronym, a dash, a name
OBJECT_WINDOW = 4  # words allowed between a verb and the object that completes its trigger
COMPLEMENT_WINDOW = 24  # tokens in which a "sebagai …" complement may follow a long object
PATIENT_WINDOW = 10  # words before a passive in which the thing it is said of may be named
_APPOSITION_COMMAS = 2  # commas an object window may cross (an apposition: ", Dedi Supriadi,")
UNLESS_WINDOW = 2  # words after a trigger that the "unless" column looks at
_ACT_NOUN_MIN = 6  # letters of the shortest pe-…-an act noun ("pemberian" has 9, "pesan" is no act noun)
_CLITIC = "nya"  # "menangkapnya", "kunjungannya": a one-word trigger with its object or owner fused on
_CLITIC_STEM_MIN = 5  # letters left once the clitic is cut ("dianya" is no trigger)


@dataclass(frozen=True)
class Token:
    text: str
    low: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


def word_set(words: str) -> frozenset[str]:
    """A closed word class written as white-space separated words."""
    return frozenset(words.split())


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets into ``text``; two bodies
    joined by a hyphen after an acronym ("TNI-Polri", "KPK-Polri") are two words and the dash."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, stop):
        pair = _ACRONYM_PAIR.fullmatch(m.group())
        if pair is None:
            tokens.append(Token(m.group(), m.group().lower(), m.start(), m.end()))
            continue
        dash = m.start() + pair.end(1)
        for piece, at in ((pair.group(1), m.start()), ("-", dash), (pair.group(2), dash + 1)):
            tokens.append(Token(piece, piece.lower(), at, at + len(piece)))
    return tokens


Phrase = tuple[str, ...]


@dataclass(frozen=True)
class TriggerRow:
    order: int
    lang: str
    type: str
    mode: str | None
    voice: str
    objects: tuple[Phrase, ...]
    unless: tuple[Phrase, ...]


@dataclass(frozen=True)
class TriggerMatch:
    row: TriggerRow
    first: int  # token index of the trigger's first word
    last: int  # token index after the trigger's words
    end: int  # token index after the object when the row has one, else == last

    @property
    def size(self) -> int:
        return self.end - self.first


def phrases_of(cell: str | None) -> tuple[Phrase, ...]:
    return tuple(tuple(part.lower().split()) for part in (cell or "").split("|") if part.strip())


@cache
def trigger_index(lang: str) -> dict[str, list[tuple[Phrase, TriggerRow]]]:
    """First word -> (trigger words, row) for every trigger form of a language."""
    index: dict[str, list[tuple[Phrase, TriggerRow]]] = {}
    for order, cells in enumerate(read_tsv("event_triggers.tsv")):
        if cells["lang"] != lang:
            continue
        # the longest object first: "izin terbang" before "izin"
        objects = tuple(sorted(phrases_of(cells["object"]), key=len, reverse=True))
        row = TriggerRow(order, cells["lang"], cells["type"], cells["mode"] or None, cells["voice"],
                         objects, phrases_of(cells["unless"]))
        for form in phrases_of(cells["forms"]):
            index.setdefault(form[0], []).append((form, row))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def phrase_at(tokens: list[Token], i: int, phrase: Phrase) -> bool:
    if i + len(phrase) > len(tokens):
        return False
    return all(tokens[i + k].low == word for k, word in enumerate(phrase))


def object_end(tokens: list[Token], after: int, objects: tuple[Phrase, ...]) -> int | None:
    """Token index after the first object phrase within the window, or None. A complement with
    "sebagai" may follow an object of any length in the clause ("menetapkan Gubernur X dan Kepala
    Dinas Y ( Plt ), Z sebagai tersangka")."""
    found = _object_within(tokens, after, objects)
    complements = tuple(phrase for phrase in objects if phrase[0] == "sebagai")
    if found is None and complements:
        found = _complement_end(tokens, after, complements)
    return found


def _complement_end(tokens: list[Token], after: int, complements: tuple[Phrase, ...]) -> int | None:
    for i in range(after + 1, min(len(tokens), after + COMPLEMENT_WINDOW)):
        if tokens[i].text in (".", ";", "!", "?", '"', "“", "”"):
            return None  # the clause ended
        for phrase in complements:
            if phrase_at(tokens, i, phrase):
                return i + len(phrase)
    return None


def _object_within(tokens: list[Token], after: int, objects: tuple[Phrase, ...]) -> int | None:
    """Commas setting off an apposition do not end the window ("menetapkan sopir bus, Dedi, sebagai
    tersangka")."""
    commas = 0
    i = after
    while i < min(len(tokens), after + OBJECT_WINDOW + 2 + commas):
        if not tokens[i].is_word:
            if tokens[i].text == "," and i > after and commas < _APPOSITION_COMMAS and not (
                    tokens[i - 1].text.isdigit()):
                commas += 1  # the comma of an apposition does not count as a word
            elif not (tokens[i].text in ".," and i > after and tokens[i - 1].text.isdigit()):
                return None  # but "18.000 personel" goes on
            i += 1
            continue
        for phrase in objects:
            if phrase_at(tokens, i, phrase):
                return i + len(phrase)
        i += 1
    return None


def object_before(tokens: list[Token], first: int, objects: tuple[Phrase, ...]) -> int | None:
    """Token index of an object phrase within the window before a passive verb ("izin terbang
    AirAsia dibekukan"), the thing the passive is said of, or None."""
    found = None
    for i in range(first - 1, max(-1, first - 1 - PATIENT_WINDOW), -1):
        if not tokens[i].is_word and tokens[i].text not in ("-", "–"):  # "rute Medan - Penang"
            break
        if any(phrase_at(tokens, i, phrase) for phrase in objects):
            found = i  # the leftmost: "izin terbang AirAsia rute Surabaya-Singapura dibekukan"
    return found


def _cancelled(tokens: list[Token], after: int, unless: tuple[Phrase, ...]) -> bool:
    # "menuntut pencabutan izin", "mengancam petugas keamanan": an act noun or a people noun right
    # after the trigger is its object, and the words after that noun are the noun's, not the
    # trigger's ("meminta izin", "mengancam keamanan" stay cancelled)
    window = 1 if after < len(tokens) and _object_noun(tokens[after].low) else UNLESS_WINDOW
    return any(phrase_at(tokens, i, phrase)
               for i in range(after, min(len(tokens), after + window)) for phrase in unless)


def _object_noun(low: str) -> bool:
    from warta.article.event_phrases import is_people_noun  # event_phrases reads this module's tokens

    return _act_noun(low) or is_people_noun(low)


def _act_noun(low: str) -> bool:
    """A pe-…-an nominalisation ("pencabutan", "pembebasan", "penghentian")."""
    return low.startswith("pe") and low.endswith("an") and len(low) > _ACT_NOUN_MIN


def _clitic_entries(low: str, index: dict[str, list[tuple[Phrase, TriggerRow]]]
                    ) -> list[tuple[Phrase, TriggerRow]]:
    """One-word triggers written with the clitic "-nya" ("menangkapnya", "kunjungannya") or as a
    reduplicated plural ("serangan-serangan", "tuduhan-tuduhannya"); rows that need an object are left
    out: the clitic is that object, and it names no word the row lists."""
    stem = low[: -len(_CLITIC)] if low.endswith(_CLITIC) else low
    base, dash, again = stem.partition("-")
    if dash and base == again:
        stem = base  # the plural of a noun is the noun's act, several times
    if stem == low or len(stem) < _CLITIC_STEM_MIN:
        return []
    return [(phrase, row) for phrase, row in index.get(stem, ()) if len(phrase) == 1 and not row.objects]


def _matches_at(tokens: list[Token], i: int, index: dict[str, list[tuple[Phrase, TriggerRow]]]
                ) -> list[TriggerMatch]:
    found: list[TriggerMatch] = []
    fused = _clitic_entries(tokens[i].low, index)
    for phrase, row in [*index.get(tokens[i].low, ()), *fused]:
        if (phrase, row) not in fused and not phrase_at(tokens, i, phrase):
            continue
        last = i + len(phrase)
        end = last
        if row.objects:
            found_end = object_end(tokens, last, row.objects)
            said_of = row.voice == "passive" and object_before(tokens, i, row.objects) is not None
            if found_end is None and not said_of:
                continue
            end = found_end or last
        if not _cancelled(tokens, end, row.unless):
            found.append(TriggerMatch(row, i, last, end))
    return found


def find_triggers(tokens: list[Token], lang: str = "id") -> list[TriggerMatch]:
    """Non-overlapping triggers in token order: longest span first, then rows with an object."""
    index = trigger_index(lang if lang in ("id", "en") else "id")
    candidates = [match for i in range(len(tokens)) if tokens[i].is_word
                  for match in _matches_at(tokens, i, index)]
    candidates.sort(key=lambda m: (-m.size, not m.row.objects, m.row.order, m.first))
    taken: set[int] = set()
    chosen: list[TriggerMatch] = []
    for match in candidates:
        span = set(range(match.first, match.end))
        if span & taken:
            continue
        taken |= span
        chosen.append(match)
    return sorted(chosen, key=lambda m: m.first)
