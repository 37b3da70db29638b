"""Where reported content starts and ends: after the speech verb ("bahwa", a comma, a bare clause),
past a dateline or a date aside, and before a following attribution (", kata X").
"""

from __future__ import annotations

import re
from itertools import pairwise

from warta.article.actors import words_of
from warta.article.datelines import PARAGRAPH_DATELINE
from warta.article.lexicon import lexicon
from warta.article.quotes_english import english_content_start
from warta.article.quotes_indirect_clauses import (
    CLAUSE_MARKERS,
    EXISTENTIAL_START,
    WORD_RE,
    addressee_list,
    clause_at,
    first_comma,
    first_word,
    last_comma,
    skip_blank,
    subordinate_at,
)
from warta.article.speakerphrases import ADJUNCT_START
from warta.article.speechcues import Cue, speech_cues
from warta.article.tokens import fold

# A bare complement opening with these is no reported clause.
NOT_CONTENT_START = frozenset({"untuk", "guna", "demi", "agar", "supaya", "to"})
# Nouns that, right after a speech verb, name what was expressed rather than say it.
TOPIC_OBJECTS = frozenset({"hal", "kekhawatiran", "keprihatinan", "dukungan", "belasungkawa", "duka",
                           "penyesalan", "keberatan", "sikap", "komitmen", "kesiapan", "kesediaan",
                           "apresiasi", "harapan", "rasa", "ucapan", "pendapat", "pernyataan", "pandangan"})
_THAT = re.compile(r"\b(?:bahwa|that)\b", re.IGNORECASE)
# "bahwa" this many words after the verb still introduces its content
# ("mengatakan kepada wartawan di Jakarta, Senin, bahwa …").
THAT_REACH = 10
MIN_CONTENT_WORDS = 2
MAX_SUBJECT_WORDS = 6


def _paragraph_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def past_dateline(text: str, start: int, end: int) -> int:
    """Where content starts once a dateline opening its paragraph is left out ("Tokyo (ANTARA
    News) - Jepang akan …": the dateline is no content)."""
    dateline = PARAGRAPH_DATELINE.match(text, start, end) if _paragraph_start(text, start) else None
    return dateline.end() if dateline is not None else start


def content_end(text: str, start: int, end: int) -> int:
    """End of reported content: the sentence end without its final period, and without an
    attribution after a comma (", kata X")."""
    lex = speech_cues()
    for found in lex.regex.finditer(text, start, end):
        cut = _attribution_cut(text, start, end, found, lex.at(found.group()))
        if cut is not None:
            end = cut
            break
    effect = _EFFECT_CLAUSE.search(text, start, end)
    if effect is not None:
        end = effect.start()
    while end > start and (text[end - 1].isspace() or text[end - 1] in "."):
        end -= 1
    return end


# ", yang mendorong X untuk …": a clause on what the statement led to, the writer's, not the speaker's
# ("memperingatkan bahwa …, yang memicu kecaman dari …").
_EFFECT_CLAUSE = re.compile(
    r"\s*,\s*yang\s+(?:kemudian\s+|lalu\s+)?(?:mendorong|memicu|memancing|mengundang|menuai|membuat)\b",
    re.IGNORECASE)
# Words joining a speaker's second statement to the first after a comma, the subject left out.
_CLAUSE_JOINERS = frozenset({"tetapi", "tapi", "namun", "dan", "serta", "lalu", "kemudian", "sekaligus",
                             "but", "and", "while"})


def _attribution_cut(text: str, start: int, end: int, found: re.Match[str], cue: Cue | None) -> int | None:
    """Where content running into another attribution ends: before ", kata X" or before
    ", Mardiasmo menuturkan" (the next clause has a speaker of its own)."""
    if cue is None:
        return None
    before = text[start:found.start()].rstrip()
    if cue.pattern in {"inverted", "clitic"} and before.endswith(","):
        return start + len(before) - 1
    if cue.pattern == "prep" and before.endswith(",") and source_note(text, found.end(), end):
        return start + len(before) - 1  # "…, according to a statement from her office"
    comma = last_comma(text, start, found.start())
    joined = text[comma + 1:found.start()].split() if comma > start else []
    if cue.pattern == "verb" and joined and all(fold(w) in _CLAUSE_JOINERS for w in joined):
        return comma  # "mengakui ada kesalahan, tetapi membantah …": the speaker's next statement
    if cue.pattern == "verb" and comma > start and _new_speaker(text, comma + 1, found.start()):
        contrasted = fold(text[comma + 1:found.start()].split()[0]) in CONTRASTIVE
        if not contrasted or content_after_verb(text, found.end(), end, cue) is not None:
            return comma  # "…, meskipun ia menyatakan kekhawatiran": no speech of its own, no cut
    return None


# Where words were published, not who said them ("according to a statement from her office",
# "menurut keterangan tertulis Istana").
_SOURCE_NOTES = frozenset({"statement", "release", "transcript", "pernyataan", "keterangan", "rilis",
                           "siaran", "laman", "situs"})
_NOTE_DETERMINERS = frozenset({"a", "an", "the", "sebuah"})
_NOTE_WORD = re.compile(r"[\w-]+")


def source_note(text: str, start: int, end: int) -> bool:
    """Does the phrase after a "menurut"/"according to" at ``start`` name a published statement?"""
    words = [fold(w.group()) for w in _NOTE_WORD.finditer(text, start, end)]
    words = [w for w in words if w not in _NOTE_DETERMINERS][:1]
    return bool(words) and words[0] in _SOURCE_NOTES


def _new_speaker(text: str, start: int, end: int) -> bool:
    """A short capitalised subject between a comma and a speech verb, or any short subject
    after a contrastive conjunction ("…, kendati pada Minggu pejabat Israel mengatakan …")."""
    words = text[start:end].split()
    if words and fold(words[0]) in CONTRASTIVE:
        return 1 < len(words) <= MAX_CONTRASTED_WORDS
    return 0 < len(words) <= MAX_SUBJECT_WORDS and words[0][0].isupper()


CONTRASTIVE = frozenset({"kendati", "meski", "meskipun", "walau", "walaupun", "sementara", "sedangkan",
                         "namun", "tetapi", "tapi", "padahal"})
MAX_CONTRASTED_WORDS = 12


def speech_of_subject(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a short subject and a speech verb ("Agus mengatakan …")?"""
    lex = speech_cues()
    found = lex.regex.search(text, start, end)
    if found is None:
        return False
    cue = lex.at(found.group())
    return (cue is not None and cue.pattern == "verb" and _new_speaker(text, start, found.start())
            and content_after_verb(text, found.end(), end, cue) is not None)


# Colloquial "that": "kalau" right after a speech verb opens its content as "bahwa" does
# (further on it is "if": "mengatakan pihaknya membantu kalau diminta").
_COLLOQUIAL_THAT = frozenset({"kalau"})


def content_after_verb(text: str, pos: int, end: int, cue: Cue) -> int | None:
    """Start of the content after a speech verb ending at ``pos``, or None."""
    i = skip_blank(text, pos, end)
    if i < end and text[i] in ",:":
        after = skip_blank(text, i + 1, end)
        that = _THAT.search(text, after, end)
        first = first_word(text, after, end)
        between = [w[2] for w in words_of(text, after, that.start())] if that else []
        if (that and first is not None and fold(first.group()) in ADJUNCT_START and len(between) <= THAT_REACH
                and not any(w in CLAUSE_MARKERS or w in EXISTENTIAL_START for w in between)):
            return skip_blank(text, that.end(), end)  # "menyatakan, dalam laporan bulanan bahwa …"
        return _past_date_aside(text, after, end)
    that = _THAT.search(text, i, end)
    if (that and len(words_of(text, i, that.start())) <= THAT_REACH
            and "," not in text[i:that.start()].strip(" ,")):
        return skip_blank(text, that.end(), end)
    first = first_word(text, i, end)
    if first is None:
        return None
    if fold(first.group()) in ADJUNCT_START:
        comma = first_comma(text, i, end)
        if that and (comma < 0 or that.start() < comma or addressee_list(text, i, that.start())):
            return skip_blank(text, that.end(), end)  # "mengatakan kepada Rusia, Jepang dan China bahwa …"
        if comma >= 0 and subordinate_at(text, comma + 1, end):
            return None  # "…, media melaporkan pada Rabu, saat ia …": the content stood before
        if comma < 0 or name_only(text, comma + 1, end):
            return None  # "mengaku saat ini berkomunikasi dengan penyelenggara, Dorna Sports": an apposition
        return skip_blank(text, comma + 1, end)
    if fold(first.group()) in _COLLOQUIAL_THAT:
        return skip_blank(text, first.end(), end)  # "menjelaskan kalau dalam pertemuan itu …"
    if fold(first.group()) in NOT_CONTENT_START:
        return None  # "berdalih untuk memasang …": a purpose, not what was said
    if fold(first.group()) in TOPIC_OBJECTS and not (_pointed_subject(text, first.end(), end)
                                                     or _copula_subject(text, first.end(), end)):
        return None  # "menyatakan kekhawatiran …", "mengatakan hal itu di …": what was expressed, not said
    if cue.lang == "en":
        return english_content_start(text, pos, i, end, cue)  # "vowed to …", "…, said Mr. Lee"
    return i if cue.bare or (cue.lang == "id" and clause_at(text, i, end)) else None


MAX_NAME_WORDS = 5


def name_only(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (to its sentence end) a bare name, every word capitalised? A name
    says nothing: reported content is a clause."""
    stop = text.find(".", start, end)
    stretch = text[start:stop if stop >= 0 else end]
    words = stretch.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words)


_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut", "demikian"})
MAX_POINTER_WORDS = 3


def pointer_only(text: str, start: int, end: int) -> bool:
    """Content that is only a noun pointing back ("membenarkan informasi tersebut", "membantah kabar
    itu"): the verb takes what was told before as its object and reports nothing new; the stance
    cue, not a quote, keeps who confirmed or denied it."""
    words = [w[2] for w in words_of(text, start, end)]
    return len(words) <= MAX_POINTER_WORDS and words[-1] in _DEMONSTRATIVES


def _pointed_subject(text: str, pos: int, end: int) -> bool:
    """After a topic noun, a demonstrative and then an auxiliary or copula make the noun the
    subject of a reported clause: "mengatakan hal demikian merupakan tindak lanjut …",
    "menjelaskan hal ini perlu dilakukan …" (but "mengatakan hal itu di depan wartawan")."""
    words = [w[2] for w in words_of(text, pos, min(end, pos + 40))][:2]
    return len(words) == 2 and words[0] in _DEMONSTRATIVES and words[1] in CLAUSE_MARKERS


# A topic noun's phrase may run this many words before the copula that makes it a subject.
COPULA_REACH = 16
_COPULAS = frozenset({"adalah", "ialah", "merupakan"})


def _copula_subject(text: str, pos: int, end: int) -> bool:
    """A copula after the topic noun's phrase makes the phrase the subject of a reported clause:
    "mengatakan hal pertama dilakukannya setelah didiagnosa …, ketika …, adalah mencari informasi"
    (but "menyatakan dukungan kepada tim itu" states no clause, and "…, yang merupakan …" only
    describes)."""
    words = [w[2] for w in words_of(text, pos, end)][:COPULA_REACH]
    return any(w in _COPULAS and before != "yang" for before, w in pairwise(words))


MAX_DATE_ASIDE_WORDS = 6


def _past_date_aside(text: str, start: int, end: int) -> int:
    """Skip a date between commas that opens the content ("mengatakan, Rabu (3/12/2014), dia
    akan …"): it dates the saying, not what was said."""
    comma = first_comma(text, start, end)
    first = WORD_RE.match(text, start, end)
    if comma < 0 or first is None or fold(first.group()) not in lexicon().calendar:
        return start
    if len(words_of(text, start, comma)) > MAX_DATE_ASIDE_WORDS:
        return start
    return skip_blank(text, comma + 1, end)
