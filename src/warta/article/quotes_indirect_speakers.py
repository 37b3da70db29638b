"""The speaker phrases of reported speech: the subject before a verb, the name after "menurut",
an outlet relaying someone's words, the one a causative verb pushed into saying it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from warta.article.actors import DETERMINERS, PLURAL_PRONOUNS, SINGULAR_PRONOUNS, MentionIndex, words_of
from warta.article.lexicon import lexicon
from warta.article.outlet import known_outlet
from warta.article.quotes_indirect_clauses import WORD_RE, first_comma, skip_blank
from warta.article.quotes_layout import Span, Speaker
from warta.article.speakerphrases import phrases_before, verb_shaped
from warta.article.speechcues import Cue, speech_cues
from warta.article.tokens import fold

MAX_CLOSING_NAME_WORDS = 4
# A speaker phrase that names a news outlet relaying someone's words, not who spoke them.
_RELAY_WORDS = frozenset({"berita", "warta", "media", "harian", "koran", "televisi", "situs", "laman",
                          "dilansir", "dikutip"})
MAX_RELAYED_SUBJECT_WORDS = 6


def _relay(text: str, phrase: Span) -> bool:
    words = text[phrase[0]:phrase[1]].split()
    return any(fold(w) in _RELAY_WORDS for w in words[:-1]) or known_outlet(" ".join(words)) is not None


def relayed_subject(text: str, speaker: Speaker, start: int, end: int) -> Speaker | None:
    """After "menurut <news outlet>," the subject of a speech verb opening the clause is the
    speaker; the outlet only relays (the guideline: agencies are no speakers)."""
    if not speaker.spans or not _relay(text, speaker.spans[0]):
        return None
    lex = speech_cues()
    found = lex.regex.search(text, start, end)
    cue = lex.at(found.group()) if found else None
    if found is None or cue is None or cue.pattern != "verb":
        return None
    subject = words_of(text, start, found.start())
    if not 0 < len(subject) <= MAX_RELAYED_SUBJECT_WORDS or not any(text[w[0]].isupper() for w in subject):
        return None  # a short subject with a name in it ("lembaga pemantau GeoNet")
    spans = phrases_before(text, found.start(), start)
    return Speaker("phrases", spans[0][0], tuple(spans)) if spans and spans[0][0] == start else None


def closing_name(text: str, start: int, end: int) -> Span | None:
    """A short capitalised name that is all that is left of the sentence (", GeoNet.")."""
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ".!?"):
        stop -= 1
    words = words_of(text, start, stop)
    if not words or len(words) > MAX_CLOSING_NAME_WORDS or not all(text[w[0]].isupper() for w in words):
        return None
    return start, stop


# A relative clause set off by commas right before the verb: "A hospital official, who asked
# not to be named, said …", "Seorang pejabat, yang enggan disebut namanya, mengatakan …".
_APPOSED_RELATIVE = re.compile(r",\s*(?:who|which|yang)\b[^,;:.!?\"“”]{1,80},\s*\Z", re.IGNORECASE)


# "X (yang) didampingi Y (dan Z) mengatakan": those who stand beside the speaker are named
# between the speaker and the verb; the speaker is the phrase before the marker.
_ACCOMPANIED = re.compile(r"(?:,\s*)?(?:\byang\s+)?\bdidampingi\b[^.;:!?\"“”]*\Z", re.IGNORECASE)
ACCOMPANIED_REACH = 160


def subject_phrases(text: str, floor: int, pos: int) -> list[Span]:
    """The speaker phrases before a verb; "pejabat yang mengatakan" reads back over "yang",
    over a relative clause between commas to the noun phrase it describes, and over those
    the speaker is "didampingi" (accompanied by)."""
    accompanied = _ACCOMPANIED.search(text, max(floor, pos - ACCOMPANIED_REACH), pos)
    if accompanied is not None and accompanied.start() > floor:
        speaker = phrases_before(text, accompanied.start(), floor)
        if speaker:
            return speaker
    relative = _APPOSED_RELATIVE.search(text, max(floor, pos - 90), pos)
    if relative is not None and relative.start() > floor:
        described = phrases_before(text, relative.start(), floor)
        if described:
            return described
    words = list(WORD_RE.finditer(text, max(floor, pos - 12), pos))
    if words and fold(words[-1].group()) == "yang":
        pos = words[-1].start()
        before = text[floor:pos].rstrip()
        if before.endswith(","):
            head = _noun_phrase_before(text, floor, floor + len(before) - 1)
            if head is not None:
                return [head]  # "surat kabar X , yang menyebut": the noun phrase the clause is about
    return phrases_before(text, pos, floor)


_VERB_OR_STOP = re.compile(r"(?:me[mn]g?|meny|ber|di)[a-z]{4,}|yang|dan|atau|bahwa")
MAX_HEAD_WORDS = 8


def _noun_phrase_before(text: str, floor: int, comma: int) -> Span | None:
    """The noun phrase ending at ``comma``, back to a verb, a conjunction or punctuation."""
    words = words_of(text, floor, comma)
    start = comma
    for w_start, _w_end, key in reversed(words):
        between = text[w_start:start]
        if _VERB_OR_STOP.fullmatch(key) or any(ch in between for ch in ",.;:!?\"“”"):
            break
        start = w_start
    phrase = words_of(text, start, comma)
    if not phrase or len(phrase) > MAX_HEAD_WORDS or not text[phrase[0][0]:comma].strip():
        return None
    return start, comma


# Singular only: "…, kata mereka" keeps its plural reading.
LONE_PRONOUNS = SINGULAR_PRONOUNS


def past_opening_attribution(text: str, start: int, pos: int) -> int:
    """Where the clause of a speech verb at ``pos`` begins: after "Ditambahkan Anies," or
    "Kata Ali," when an inverted cue opens the sentence, whose speaker is not this verb's, and
    after "Menurut Sofjan," ("Menurut Sofjan, JK menegaskan …": JK says it, Sofjan relays it)."""
    first = WORD_RE.search(text, start, pos)
    cue = speech_cues().at(first.group()) if first is not None else None
    comma = first_comma(text, start, pos)
    if cue is None or cue.pattern not in {"inverted", "prep"} or comma < 0:
        return start
    return comma + 1


# "… di Pemerintah Provinsi X yang meminta namanya tidak disebut," up to the comma that ends it.
_UNNAMED_TAIL = re.compile(r"\s+(?:di|dari)\s[^,.;:!?\"“”]{1,120}?\byang\b[^,.;:!?\"“”]{1,80}(?=,)")


def unnamed_to_comma(text: str, phrase: Span, end: int) -> Span:
    """"Menurut seorang pejabat di Pemerintah Provinsi X yang meminta namanya tidak disebut, …": an
    unnamed source's description runs through its place and its relative clause to the comma, which
    opens what it said; the phrase read after "menurut" stops at "di"."""
    if not text[phrase[0]].islower():
        return phrase  # a name or title: "Menurut Kapolres X di Mapolres, …" keeps its own reading
    tail = _UNNAMED_TAIL.match(text, phrase[1], end)
    return (phrase[0], tail.end()) if tail else phrase


def name_only(text: str, phrase: Span, mentions: MentionIndex) -> Span:
    """"menurut Bambang tidak seharusnya …": with no comma to end it, the speaker phrase
    after "menurut" is only the name (or pronoun) it starts with."""
    end = skip_blank(text, phrase[1], len(text))
    if end < len(text) and text[end] == "," and not any(
            w.group()[0].islower() for w in WORD_RE.finditer(text, phrase[0], phrase[1])):
        return phrase  # "Menurut Kepala Basarnas Soelistyo, …"
    first = WORD_RE.match(text, phrase[0])
    if first and fold(first.group()) in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return phrase[0], first.end()
    for mention in mentions.within(phrase[0], phrase[0] + 1):
        if _name_runs_on(text, mention.end, phrase[1]):
            return phrase  # "…, menurut American Cancer Society.": a longer name the mention cut
        return phrase[0], min(mention.end, phrase[1])
    if end < len(text) and text[end] == ",":
        return phrase
    # "yang menurut para pengungsi ditujukan untuk …": the description ends before the predicate.
    words = list(WORD_RE.finditer(text, phrase[0], phrase[1]))
    for before, word in pairwise(words):
        if word.group()[0].islower() and verb_shaped(fold(word.group())):
            return phrase[0], before.end()
    return phrase


def _name_runs_on(text: str, start: int, end: int) -> bool:
    """Do capitalised words alone fill the phrase from ``start`` (after a mention) to ``end``,
    with the sentence ending right after it? Then they are the rest of one name (an
    organisation's name whose first word the entity layer read as a place: "American"),
    not the start of the content."""
    words = words_of(text, start, end)
    stop = skip_blank(text, end, len(text))
    at_sentence_end = stop >= len(text) or text[stop] in ".!?\n"
    return bool(words) and at_sentence_end and all(text[w[0]].isupper() for w in words)


def plausible_speaker(text: str, phrase: Span) -> bool:
    """After an inverted cue that is also an adjective ("…, jelas tidak benar"), the phrase
    must look like an actor: a capitalised name, a pronoun, or a determined noun."""
    words = text[phrase[0]:phrase[1]].split()
    key = fold(words[0])
    if key in {"saja", "lain", "kunci"}:
        return False  # "sebut saja Budi", "dengan kata lain", "kata kunci": no speech
    if any(w[0].isupper() for w in words) or key in SINGULAR_PRONOUNS | PLURAL_PRONOUNS | DETERMINERS:
        return True  # "juru bicara Pentagon", "dia", "seorang sumber"
    if key in lexicon().role_longest:
        return True  # "kata pengamat", "ujar juru bicara"
    return fold(text[phrase[0]:phrase[1]].split()[-1]) in {"itu", "tersebut", "ini"}


# "…, yang mendorong Korea Utara untuk mengatakan bahwa …": pushed into saying it, the one pushed
# said it (but "meminta X untuk mengatakan" asks for words not yet said).
_CAUSED_SPEAKER = re.compile(
    r"(?<!\w)(?:mendorong|memicu|memaksa)\s+((?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)\s+untuk\s*\Z", re.IGNORECASE)
CAUSED_REACH = 80


def caused_speaker(text: str, start: int, cue: Cue) -> Span | None:
    """The one a causative verb pushed into saying what the speech verb at ``start`` reports."""
    found = _CAUSED_SPEAKER.search(text, max(0, start - CAUSED_REACH), start)
    return (found.start(1), found.end(1)) if cue.pattern == "verb" and found is not None else None
