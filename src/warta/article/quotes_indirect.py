"""Reported speech: content introduced by a speech cue, with no quote marks around it.

    Peskov mengatakan (kepada wartawan) bahwa pertemuan itu tidak terjadi.   after a verb
    Soelistyo mengatakan, serpihan itu milik pesawat AirAsia.                after verb + comma
    Menurut Tri, informasi itu telah disampaikan.                            after "menurut X,"
    Pesawat hilang pukul 07.24, kata Soelistyo.                              before ", kata X"
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import pairwise

from warta.article.actors import DETERMINERS, PLURAL_PRONOUNS, SINGULAR_PRONOUNS, MentionIndex, words_of
from warta.article.event_negation import negation_words
from warta.article.lexicon import lexicon
from warta.article.outlet import known_outlet
from warta.article.quotemarks import Marked
from warta.article.quotes_layout import Candidate, Layout, Span, Speaker, speaker_after_cue
from warta.article.speakerphrases import ADJUNCT_START, ADVERBS, STOP_AFTER, phrases_before, verb_shaped
from warta.article.speechcues import Cue, speech_cues
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


# A bare complement opening with these is no reported clause.
NOT_CONTENT_START = frozenset({"untuk", "guna", "demi", "agar", "supaya", "to"})
# Nouns that, right after a speech verb, name what was expressed rather than say it.
TOPIC_OBJECTS = frozenset({"hal", "kekhawatiran", "keprihatinan", "dukungan", "belasungkawa", "duka",
                           "penyesalan", "keberatan", "sikap", "komitmen", "kesiapan", "kesediaan",
                           "apresiasi", "harapan", "rasa", "ucapan", "pendapat", "pernyataan", "pandangan"})
# A dateline opening a paragraph, then one or two dashes: a place, a comma and the outlet's
# capitalised words ("Palu, Kabar Sulawesi --", "JAKARTA, KOMPAS.com -"); words ending in an
# outlet-shaped one ("Tokyo (ANTARA News) -", "BANDUNG -"); or one word alone ("Rimanews -").
# A name with a spaced hyphen ("Abu Salim Al - Hadi") is none of these.
_CAPITALISED = r"[A-Z][\w.]*"
_OUTLET_SHAPED = r"(?:\([^()\n]{1,30}\)|[\w.]*\.com|[A-Z]{3,}[\w.]*)"
_DATELINE = re.compile(
    rf"(?:(?:{_CAPITALISED}\s*){{1,3}},\s*(?:(?:{_CAPITALISED}|{_OUTLET_SHAPED})\s*){{1,3}}"
    rf"|(?:{_CAPITALISED}\s*,?\s*){{0,3}}{_OUTLET_SHAPED}\s*"
    rf"|{_CAPITALISED}\s+)"
    r"(?:[-–—]\s*)+(?=[A-Z])"
)
_THAT = re.compile(r"\b(?:bahwa|that)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
# "bahwa" this many words after the verb still introduces its content
# ("mengatakan kepada wartawan di Jakarta, Senin, bahwa …").
THAT_REACH = 10
MIN_CONTENT_WORDS = 2
MAX_SUBJECT_WORDS = 6
MIN_BEFORE_CUE_WORDS = 3
_CLOSING_MARKS = "\"”’'»�"


# A comma that separates clauses, not the decimal comma of "86,1 dollar".
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _first_comma(text: str, start: int, end: int) -> int:
    found = _CLAUSE_COMMA.search(text, start, end)
    return found.start() if found else -1


def _last_comma(text: str, start: int, end: int) -> int:
    found = -1
    for match in _CLAUSE_COMMA.finditer(text, start, end):
        found = match.start()
    return found


def _paragraph_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def past_dateline(text: str, start: int, end: int) -> int:
    """Where content starts once a dateline opening its paragraph is left out ("Tokyo (ANTARA
    News) - Jepang akan …": the dateline is no content)."""
    dateline = _DATELINE.match(text, start, end) if _paragraph_start(text, start) else None
    return dateline.end() if dateline is not None else start


def _skip_blank(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _content_end(text: str, start: int, end: int) -> int:
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
    comma = _last_comma(text, start, found.start())
    joined = text[comma + 1:found.start()].split() if comma > start else []
    if cue.pattern == "verb" and joined and all(fold(w) in _CLAUSE_JOINERS for w in joined):
        return comma  # "mengakui ada kesalahan, tetapi membantah …": the speaker's next statement
    if cue.pattern == "verb" and comma > start and _new_speaker(text, comma + 1, found.start()):
        contrasted = fold(text[comma + 1:found.start()].split()[0]) in CONTRASTIVE
        if not contrasted or _content_after_verb(text, found.end(), end, cue) is not None:
            return comma  # "…, meskipun ia menyatakan kekhawatiran": no speech of its own, no cut
    return None


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


MAX_CLOSING_NAME_WORDS = 4
# Words that leave the clause before "menurut X" unfinished ("operasi militer, yang menurut …").
OPEN_ENDED = frozenset({"yang", "dan", "atau", "bahwa", "karena", "sehingga", "agar", "jika", "kalau"})


# A speaker phrase that names a news outlet relaying someone's words, not who spoke them.
_RELAY_WORDS = frozenset({"berita", "warta", "media", "harian", "koran", "televisi", "situs", "laman",
                          "dilansir", "dikutip"})
MAX_RELAYED_SUBJECT_WORDS = 6


def _relay(text: str, phrase: Span) -> bool:
    words = text[phrase[0]:phrase[1]].split()
    return any(fold(w) in _RELAY_WORDS for w in words[:-1]) or known_outlet(" ".join(words)) is not None


def _relayed_subject(text: str, speaker: Speaker, start: int, end: int) -> Speaker | None:
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


def _closing_name(text: str, start: int, end: int) -> Span | None:
    """A short capitalised name that is all that is left of the sentence (", GeoNet.")."""
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ".!?"):
        stop -= 1
    words = words_of(text, start, stop)
    if not words or len(words) > MAX_CLOSING_NAME_WORDS or not all(text[w[0]].isupper() for w in words):
        return None
    return start, stop


def _speech_of_subject(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a short subject and a speech verb ("Agus mengatakan …")?"""
    lex = speech_cues()
    found = lex.regex.search(text, start, end)
    if found is None:
        return False
    cue = lex.at(found.group())
    return (cue is not None and cue.pattern == "verb" and _new_speaker(text, start, found.start())
            and _content_after_verb(text, found.end(), end, cue) is not None)


def _first_word(text: str, pos: int, end: int) -> re.Match[str] | None:
    return _WORD.search(text, pos, end)


# Colloquial "that": "kalau" right after a speech verb opens its content as "bahwa" does
# (further on it is "if": "mengatakan pihaknya membantu kalau diminta").
_COLLOQUIAL_THAT = frozenset({"kalau"})


def _content_after_verb(text: str, pos: int, end: int, cue: Cue) -> int | None:
    """Start of the content after a speech verb ending at ``pos``, or None."""
    i = _skip_blank(text, pos, end)
    if i < end and text[i] in ",:":
        after = _skip_blank(text, i + 1, end)
        that = _THAT.search(text, after, end)
        first = _first_word(text, after, end)
        between = [w[2] for w in words_of(text, after, that.start())] if that else []
        if (that and first is not None and fold(first.group()) in ADJUNCT_START and len(between) <= THAT_REACH
                and not any(w in CLAUSE_MARKERS or w in EXISTENTIAL_START for w in between)):
            return _skip_blank(text, that.end(), end)  # "menyatakan, dalam laporan bulanan bahwa …"
        return _past_date_aside(text, after, end)
    that = _THAT.search(text, i, end)
    if (that and len(words_of(text, i, that.start())) <= THAT_REACH
            and "," not in text[i:that.start()].strip(" ,")):
        return _skip_blank(text, that.end(), end)
    first = _first_word(text, i, end)
    if first is None:
        return None
    if fold(first.group()) in ADJUNCT_START:
        comma = _first_comma(text, i, end)
        if that and (comma < 0 or that.start() < comma or _addressee_list(text, i, that.start())):
            return _skip_blank(text, that.end(), end)  # "mengatakan kepada Rusia, Jepang dan China bahwa …"
        if comma >= 0 and _subordinate_at(text, comma + 1, end):
            return None  # "…, media melaporkan pada Rabu, saat ia …": the content stood before
        return _skip_blank(text, comma + 1, end) if comma >= 0 else None
    if fold(first.group()) in _COLLOQUIAL_THAT:
        return _skip_blank(text, first.end(), end)  # "menjelaskan kalau dalam pertemuan itu …"
    if fold(first.group()) in NOT_CONTENT_START:
        return None  # "berdalih untuk memasang …": a purpose, not what was said
    if fold(first.group()) in TOPIC_OBJECTS and not _pointed_subject(text, first.end(), end):
        return None  # "menyatakan kekhawatiran …", "mengatakan hal itu di …": what was expressed, not said
    return i if cue.bare or (cue.lang == "id" and _clause_at(text, i, end)) else None


_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut", "demikian"})


MAX_POINTER_WORDS = 3


def _pointer_only(text: str, start: int, end: int) -> bool:
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


def _closing_verb(text: str, found: re.Match[str], end: int) -> bool:
    """Does the speech verb close its clause: nothing after it but an adjunct ("melaporkan pada
    Rabu, saat …" or "melaporkan."), and no modal before it ("belum bisa memastikan")?"""
    before = [w[2] for w in words_of(text, max(0, found.start() - 30), found.start())]
    if before and before[-1] in CLAUSE_MARKERS:
        return False
    first = _WORD.search(text, found.end(), end)
    if first is None:
        return True
    comma = _first_comma(text, found.end(), end)
    tail = words_of(text, found.end(), comma if comma >= 0 else end)
    return fold(first.group()) in ADJUNCT_START and len(tail) <= MAX_CLOSING_ADJUNCT_WORDS


MAX_CLOSING_ADJUNCT_WORDS = 4


MAX_ADDRESSEE_WORDS = 20


def _addressee_list(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a list of addressees or an adjunct, with no clause in it?"""
    words = words_of(text, start, end)
    return len(words) <= MAX_ADDRESSEE_WORDS and not any(
        w[2] in CLAUSE_MARKERS or w[2] in EXISTENTIAL_START or _VERB.fullmatch(w[2]) for w in words)


_VERB = re.compile(r"(?:me[mn]g?|meny|ber)[a-z]{4,}")


def _subordinate_at(text: str, pos: int, end: int) -> bool:
    first = _WORD.search(text, pos, end)
    return first is not None and fold(first.group()) in SUBORDINATORS | TIME_SUBORDINATORS


TIME_SUBORDINATORS = frozenset({"saat", "ketika", "sementara", "setelah",
                                # English: "…, officials said on Tuesday, as the agency offered …"
                                "as", "while", "when", "after", "amid", "because", "although"})
# Words that front a clause of saying before the main clause's subject ("Setelah menyatakan …, X …").
FRONTING = frozenset({"setelah", "usai", "seusai", "sebelum", "selain", "sambil", "seraya", "sesudah"})


# Words that make what follows a verb a clause rather than a topic noun phrase: auxiliaries,
# aspect and modal words, negations and copulas after a subject ("menjelaskan kemungkinan itu
# bisa saja diambil", "memaparkan KBRI terus mencari"), or an existential opening ("ada …").
CLAUSE_MARKERS = frozenset({
    "telah", "sudah", "akan", "bakal", "bisa", "dapat", "masih", "sedang", "tengah", "harus", "perlu",
    "tidak", "tak", "belum", "terus", "pernah", "sempat", "mampu", "boleh", "mesti", "wajib", "segera",
    "adalah", "merupakan", "ialah", "menjadi",
})
COPULAS = frozenset({"adalah", "merupakan", "ialah", "menjadi"})
EXISTENTIAL_START = frozenset({"ada", "adanya", "terdapat", "tidak", "tak", "belum", "sudah", "telah"})
# Words after which the rest is a modifier of a topic noun phrase, not a clause's predicate
# ("menjelaskan kemampuan para penyelam untuk …", "memaparkan rencana yang akan …").
TOPIC_BREAKS = frozenset({"yang", "untuk", "guna", "demi", "agar", "supaya", "bagi", "tentang", "mengenai",
                          "terkait", "soal", "atas", "kepada", "dari"})
CLAUSE_REACH = 10


def _clause_at(text: str, pos: int, end: int) -> bool:
    """After a verb that needs "bahwa" or a comma (``marked`` in the cue list), is the bare
    complement still a clause? Yes when an auxiliary, negation or copula follows a subject of
    a few words, or when it opens with "ada"/"adanya" or a pronoun subject."""
    for n, match in enumerate(_WORD.finditer(text, pos, end)):
        key = fold(match.group())
        if n >= CLAUSE_REACH or key in TOPIC_BREAKS or text[pos:match.start()].count(","):
            return False
        if n == 0 and (key in EXISTENTIAL_START or key in SINGULAR_PRONOUNS | PLURAL_PRONOUNS
                       or key in CLAUSE_MARKERS - COPULAS or key == "menjadi"):
            # "mengumumkan akan memangkas …", "mengakui menjadi korban …": a clause whose subject
            # is the speaker ("menjadi" is a predicate there; the other copulas need a subject)
            return True
        if n > 0 and (key in CLAUSE_MARKERS or key in EVENT_PREDICATES):
            return True
        if 0 < n <= MAX_NAMED_SUBJECT_WORDS and _named_subject_verb(text, pos, match):
            return True  # "mengisahkan ZA mendatangi kantor …": a named subject and its verb
        if n > 1 and key in PREDICATE_ADJECTIVES and _SENTENCE_END_AFTER.match(text, match.end(), end):
            return True  # "memastikan pasokan solar di seluruh SPBU aman.": a predicate ends the clause
    return False


MAX_NAMED_SUBJECT_WORDS = 4
_ACTIVE_VERB = re.compile(r"(?:me[mn]g?|meny|me|ber)[a-z]{3,}")


def _named_subject_verb(text: str, pos: int, verb: re.Match[str]) -> bool:
    """Is ``verb`` an active verb in lower case after nothing but capitalised words (a name)?"""
    word = verb.group()
    subject = _WORD.findall(text, pos, verb.start())
    return (word.islower() and _ACTIVE_VERB.fullmatch(word) is not None
            and all(w[0].isupper() for w in subject) and not text[pos:verb.start()].count("("))


# Verbs that only ever predicate of a subject before them ("menginformasikan jatuhnya pesawat itu
# terjadi akibat …", "memprediksi puncak arus mudik terjadi pada Kamis").
EVENT_PREDICATES = frozenset({"terjadi", "berlangsung"})


# Adjectives that end a clause as its predicate ("stok BBM aman", "jalur mudik siap").
PREDICATE_ADJECTIVES = frozenset({"aman", "siap", "cukup", "lancar", "normal", "terkendali", "kondusif",
                                  "stabil", "layak", "sehat", "selamat"})
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.!?;]|$)")


MAX_DATE_ASIDE_WORDS = 6


def _past_date_aside(text: str, start: int, end: int) -> int:
    """Skip a date between commas that opens the content ("mengatakan, Rabu (3/12/2014), dia
    akan …"): it dates the saying, not what was said."""
    comma = _first_comma(text, start, end)
    first = _WORD.match(text, start, end)
    if comma < 0 or first is None or fold(first.group()) not in lexicon().calendar:
        return start
    if len(words_of(text, start, comma)) > MAX_DATE_ASIDE_WORDS:
        return start
    return _skip_blank(text, comma + 1, end)


# "tidak membantah maupun membenarkan": a negation before the first of two verbs joined so covers both.
_NEITHER_NOR = frozenset({"maupun", "ataupun", "nor"})


def _negated(text: str, floor: int, pos: int) -> bool:
    words = [fold(w.group()) for w in _WORD.finditer(text, max(floor, pos - 40), pos)]
    while words and words[-1] in ADVERBS:
        words.pop()
    if len(words) >= 3 and words[-1] in _NEITHER_NOR:
        words = words[:-2]  # the joiner and the first verb
    return bool(words) and words[-1] in speech_negators()


APPOSED_NAME_CHARS = 60
_APPOSED_COMMA = re.compile(r"\s*,")


# A relative clause set off by commas right before the verb: "A hospital official, who asked
# not to be named, said …", "Seorang pejabat, yang enggan disebut namanya, mengatakan …".
_APPOSED_RELATIVE = re.compile(r",\s*(?:who|which|yang)\b[^,;:.!?\"“”]{1,80},\s*\Z", re.IGNORECASE)


def subject_phrases(text: str, floor: int, pos: int) -> list[Span]:
    """The speaker phrases before a verb; "pejabat yang mengatakan" reads back over "yang",
    and over a relative clause between commas to the noun phrase it describes."""
    relative = _APPOSED_RELATIVE.search(text, max(floor, pos - 90), pos)
    if relative is not None and relative.start() > floor:
        described = phrases_before(text, relative.start(), floor)
        if described:
            return described
    words = list(_WORD.finditer(text, max(floor, pos - 12), pos))
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


class _Reader:
    def __init__(self, text: str, layout: Layout, marked: list[Marked], mentions: MentionIndex) -> None:
        self.text = text
        self.mentions = mentions
        self.layout = layout
        self.marked = marked
        self.mark_starts = [m.mark_start for m in marked]

    def in_marks(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` overlap a stretch between quote marks (or its marks)?"""
        # Stretches are in order and do not overlap: only the last one starting before
        # ``end`` can reach into the span.
        i = bisect.bisect_left(self.mark_starts, end) - 1
        return i >= 0 and self.marked[i].mark_end > start

    def candidate(self, found: re.Match[str], cue: Cue) -> Candidate | None:
        sentence = self.layout.sentence_at(found.start())
        if cue.pattern == "verb":
            return self.after_verb(found, cue, sentence)
        if cue.pattern in {"prep", "clitic-prep"}:
            return self.according_to(found, cue, sentence)
        return self.before_cue(found, cue, sentence)

    def _made(self, start: int, end: int, cue: str, speaker: Speaker) -> Candidate | None:
        text = self.text
        start = past_dateline(text, start, end)
        if end <= start or len(words_of(text, start, end)) < MIN_CONTENT_WORDS or self.in_marks(start, end):
            return None
        if _pointer_only(text, start, end):
            return None
        if text[start] in _CLOSING_MARKS or text[start] in "“„«‘":
            return None
        return Candidate(start, end, False, cue, speaker)

    def after_verb(self, found: re.Match[str], cue: Cue, sentence: Span) -> Candidate | None:
        text, (s0, s1) = self.text, sentence
        if _negated(text, s0, found.start()):
            return None
        s0 = _past_opening_attribution(text, s0, found.start())
        spans = subject_phrases(text, s0, found.start())
        if not spans or fold(text[spans[0][0]:spans[0][1]]) in FRONTING:
            return self.fronted(found, cue, sentence)
        start = _content_after_verb(text, found.end(), s1, cue)
        if start is None:
            # "Kim memesan lebih banyak mesin roket, media pemerintah melaporkan pada Rabu, …":
            # the subject and its verb follow what was reported.
            before = text[s0:spans[0][0]].rstrip()
            if (before.endswith(",") and len(words_of(before, 0, len(before))) >= MIN_BEFORE_CUE_WORDS
                    and _closing_verb(text, found, s1)):
                return self._made(s0, s0 + len(before[:-1].rstrip()), found.group(),
                                  Speaker("phrases", spans[0][0], tuple(spans)))
            return None
        end = _content_end(text, start, s1)
        return self._made(start, end, found.group(), Speaker("phrases", spans[0][0], tuple(spans)))

    def caused(self, found: re.Match[str], cue: Cue, speaker: Span) -> Candidate | None:
        """"… yang mendorong X untuk mengatakan bahwa …": X's words after the verb."""
        s1 = self.layout.sentence_at(found.start())[1]
        start = _content_after_verb(self.text, found.end(), s1, cue)
        if start is None:
            return None
        end = _content_end(self.text, start, s1)
        return self._made(start, end, found.group(), Speaker("phrases", speaker[0], (speaker,)))

    def fronted(self, found: re.Match[str], cue: Cue, sentence: Span) -> Candidate | None:
        """"Setelah menyatakan akan banding, kuasa hukum X, Aldwin, mengonfirmasi …": a clause of
        saying fronted with "setelah"/"usai" has the main clause's subject as its speaker."""
        text, (s0, s1) = self.text, sentence
        opener = _WORD.search(text, s0, found.start())
        if opener is None or fold(opener.group()) not in FRONTING or text[opener.end():found.start()].strip():
            return None
        comma = _first_comma(text, found.end(), s1)
        first = _first_word(text, found.end(), s1)
        if comma < 0 or first is None:
            return None
        if fold(first.group()) not in {"bahwa", "that"} and not _clause_at(text, first.start(), comma):
            return None  # "Selain menyebut seluruh tersangka, …": a noun phrase, not what was said
        main_verb = _VERB.search(text.lower(), comma + 1, s1)
        spans = phrases_before(text, main_verb.start(), comma + 1) if main_verb else []
        if not spans:
            return None
        start = _content_after_verb(text, found.end(), comma, cue)
        if start is None:
            return None
        end = _content_end(text, start, comma)
        return self._made(start, end, found.group(), Speaker("phrases", spans[0][0], tuple(spans)))

    def subject_only(self, found: re.Match[str], cue: Cue) -> Candidate | None:
        """The subject of a speech verb that reports no clause ("Hendra membantah kliennya
        menjual senjata"), remembered as an actor only: a later "ia" most likely means them."""
        if cue.pattern != "verb":
            return None
        s0 = self.layout.sentence_at(found.start())[0]
        spans = [span for span in subject_phrases(self.text, s0, found.start())
                 if any(m.entity.type == "PERSON" for m in self.mentions.within(*span))]
        if not spans or _negated(self.text, s0, found.start()):
            return None  # only a named person: "belum bisa memastikan" has no subject to keep
        speaker = Speaker("phrases", spans[0][0], tuple(spans))
        return Candidate(found.start(), found.start(), False, None, speaker, mention_only=True)

    def _apposed_name(self, start: int, end: int) -> tuple[int, int] | None:
        """(end of the name, start of what follows) when a person's name, with at most a rank
        before it, stands between ``start`` and a comma."""
        text = self.text
        for mention in self.mentions.within(start, min(end, start + APPOSED_NAME_CHARS)):
            if mention.entity.type != "PERSON" or mention.start < start:
                continue
            rank = text[start:mention.start].split()
            comma = _APPOSED_COMMA.match(text, mention.end, end)
            if len(rank) <= 1 and all(w[:1].isupper() for w in rank) and comma is not None:
                return mention.end, _skip_blank(text, comma.end(), end)
            return None
        return None

    def according_to(self, found: re.Match[str], cue: Cue, sentence: Span) -> Candidate | None:
        """"Menurut X, …" / "…, menurut X." / "…, menurut X, …" / "Hal ini menurut X tidak …"."""
        text, (s0, s1) = self.text, sentence
        speaker = speaker_after_cue(text, cue, found.start(), found.end(), s1)
        if speaker.kind == "none":
            return None
        if speaker.spans:
            phrase = _name_only(text, speaker.spans[0], self.mentions)
            speaker = Speaker("phrases", phrase[0], (phrase,))  # what follows a comma is content
        phrase_end = speaker.spans[0][1] if speaker.spans else found.end()
        after = _skip_blank(text, phrase_end, s1)
        before = text[s0:found.start()].rstrip()
        # Content may stand before the cue: "…, menurut X." and, with no comma, "X tidak akan
        # hadir di New York menurut kantornya pada Rabu".
        before_words = words_of(before, 0, len(before))
        content_before = before.endswith(",") or (
            len(before_words) >= MIN_BEFORE_CUE_WORDS and before_words[-1][2] not in OPEN_ENDED)
        if after < s1 and text[after] == ",":
            rest = _skip_blank(text, after + 1, s1)
            name = _closing_name(text, rest, s1)
            if content_before and name is not None and speaker.spans:
                # "…, menurut lembaga pemantau gempa pemerintah, GeoNet.": the name ends the sentence.
                named = Speaker("phrases", speaker.pos, (name, speaker.spans[0]))
                return self._made(s0, s0 + len(before.rstrip(",").rstrip()), found.group(), named)
            after = rest
            apposed = self._apposed_name(rest, s1)
            if apposed is not None and speaker.spans:
                # "Menurut Kepala Seksi … DKI Jakarta, Syamsul Huda, api berasal …": the name is the speaker's
                speaker = Speaker("phrases", speaker.pos, (speaker.spans[0], (rest, apposed[0])))
                after = apposed[1]
            if _speech_of_subject(text, after, s1):
                return None  # "Menurut keterangan istrinya, Agus mengatakan …": Agus's quote
            relayed = _relayed_subject(text, speaker, after, s1)
            if relayed is not None:
                speaker = relayed  # "Menurut kantor berita Xinhua, GeoNet mencatat …": GeoNet's words
        elif content_before and (after >= s1 or text[after] in ".!?" or _adjunct_at(text, after, s1)):
            # "…, menurut survei Bloomberg (menjelang rilis EIA pada Rabu)."
            return self._made(s0, s0 + len(before.rstrip(",").rstrip()), found.group(), speaker)
        return self._made(after, _content_end(text, after, s1), found.group(), speaker)

    def before_cue(self, found: re.Match[str], cue: Cue, sentence: Span) -> Candidate | None:
        """"Pesawat hilang pukul 07.24, kata Soelistyo." and, the cue in the middle,
        "Cara kedua, ujar Bambang, adalah close distribution." (no quote marks)."""
        text, (s0, s1) = self.text, sentence
        before = text[s0:found.start()].rstrip()
        if _ends_in_mark(before) or _ends_in_mark(before[:-1].rstrip()):
            return None  # the content is a direct quote
        speaker = speaker_after_cue(text, cue, found.start(), found.end(), s1, s0)
        if speaker.kind == "none" or (speaker.spans and not _plausible_speaker(text, speaker.spans[0])):
            return None
        phrase_end = speaker.spans[0][1] if speaker.spans else found.end()
        after = _skip_blank(text, phrase_end, s1)
        if speaker.spans and fold(text[speaker.spans[0][0]:phrase_end]) in LONE_PRONOUNS:
            # "…, kata dia": like "katanya", the pronoun refers back from the sentence start,
            # not to someone the content itself names.
            speaker = Speaker("pronoun", s0)
        opens = not before and cue.pattern == "inverted"  # "Kata Ali, PT Inti akan dibayar …"
        content_follows = after < s1 and text[after] == "," and (
            _clause_follows(text, after + 1, s1) or (opens and _opening_adjunct(text, after + 1, s1)))
        if content_follows and (opens or _topic_first(text, before, after + 1, s1)):
            main = Speaker(speaker.kind, speaker.pos, speaker.spans[:1])  # the name, not its appositive
            start = _skip_blank(text, after + 1, s1)
            return self._made(start, _content_end(text, start, s1), found.group(), main)
        if before.endswith(",") and _predicate_at(text, after, s1) and _topic_first(text, before, after, s1):
            # "Penerimaan sebesar itu, kata dia sudah termasuk …": no comma after the speaker.
            return self._made(after, _content_end(text, after, s1), found.group(), speaker)
        if not before.endswith(",") or len(words_of(before, 0, len(before))) < MIN_BEFORE_CUE_WORDS:
            return None
        end = s0 + len(before) - 1
        while end > s0 and text[end - 1].isspace():
            end -= 1
        return self._made(s0, end, found.group(), speaker)


# Singular only: "…, kata mereka" keeps its plural reading.
LONE_PRONOUNS = SINGULAR_PRONOUNS


def _predicate_at(text: str, pos: int, end: int) -> bool:
    """Does a predicate open at ``pos`` (an auxiliary or negation in lower case)?"""
    first = _WORD.match(text, pos, end)
    return first is not None and first.group()[0].islower() and fold(first.group()) in CLAUSE_MARKERS


def _ends_in_mark(part: str) -> bool:
    return bool(part) and part[-1] in _CLOSING_MARKS


# Words that open a subordinate clause: after a mid-sentence cue they continue the content
# before it ("Sidang dapat ditunda …, ucap dia, agar situasi tenang").
SUBORDINATORS = frozenset({"agar", "supaya", "karena", "sebab", "sehingga", "meski", "meskipun", "walau",
                           "walaupun", "jika", "kalau", "apabila", "asalkan", "hingga", "sampai"})


def _topic_first(text: str, before: str, after: int, end: int) -> bool:
    """With the cue mid-sentence, is the content after it ("Cara kedua, ujar Bambang, adalah
    close distribution")? Yes unless the part before is the longer clause or what follows
    merely subordinates to it."""
    if not before:
        return False
    first = _WORD.search(text, after, end)
    if first is None or fold(first.group()) in SUBORDINATORS:
        return False
    return len(words_of(before, 0, len(before))) <= len(words_of(text, after, end))


def _past_opening_attribution(text: str, start: int, pos: int) -> int:
    """Where the clause of a speech verb at ``pos`` begins: after "Ditambahkan Anies," or
    "Kata Ali," when an inverted cue opens the sentence, whose speaker is not this verb's."""
    first = _WORD.search(text, start, pos)
    cue = speech_cues().at(first.group()) if first is not None else None
    comma = _first_comma(text, start, pos)
    if cue is None or cue.pattern != "inverted" or comma < 0:
        return start
    return comma + 1


MIN_OPENED_CONTENT_WORDS = 4


def _opening_adjunct(text: str, pos: int, end: int) -> bool:
    """After a cue that opens its sentence ("Ditambahkan Anies, dalam pertemuan itu Prabowo
    juga …"), content may open with an adjunct before its own subject."""
    return _adjunct_at(text, _skip_blank(text, pos, end), end) and len(words_of(text, pos, end)) >= (
        MIN_OPENED_CONTENT_WORDS)


def _adjunct_at(text: str, pos: int, end: int) -> bool:
    first = _WORD.match(text, pos, end)
    return first is not None and (fold(first.group()) in STOP_AFTER or fold(first.group()) in ADJUNCT_START)


def _clause_follows(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the rest of a clause (lower-case words before any adjunct), not
    an appositive name or a date ("…, kata Kepala Basarnas, Marsdya X, Senin")?"""
    lower = 0
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        key = fold(word)
        if lower == 0 and key in CLAUSE_MARKERS and word[0].islower():
            return True  # the predicate of the subject before the cue ("…, lanjut dia, bisa melalui …")
        if (key in STOP_AFTER or key in ADJUNCT_START) and key != "dengan":
            break
        lower += word[0].islower()
        if lower >= 2:
            return True
    return False


def _name_only(text: str, phrase: Span, mentions: MentionIndex) -> Span:
    """"menurut Bambang tidak seharusnya …": with no comma to end it, the speaker phrase
    after "menurut" is only the name (or pronoun) it starts with."""
    end = _skip_blank(text, phrase[1], len(text))
    if end < len(text) and text[end] == "," and not any(
            w.group()[0].islower() for w in _WORD.finditer(text, phrase[0], phrase[1])):
        return phrase  # "Menurut Kepala Basarnas Soelistyo, …"
    first = _WORD.match(text, phrase[0])
    if first and fold(first.group()) in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
        return phrase[0], first.end()
    for mention in mentions.within(phrase[0], phrase[0] + 1):
        return phrase[0], min(mention.end, phrase[1])
    if end < len(text) and text[end] == ",":
        return phrase
    # "yang menurut para pengungsi ditujukan untuk …": the description ends before the predicate.
    words = list(_WORD.finditer(text, phrase[0], phrase[1]))
    for before, word in pairwise(words):
        if word.group()[0].islower() and verb_shaped(fold(word.group())):
            return phrase[0], before.end()
    return phrase


def _plausible_speaker(text: str, phrase: Span) -> bool:
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


# Verbs of judging and feeling: what follows is no quote, but their subject is the person a
# following '"…," ujarnya' most likely refers to ("Pri Agung menilai, …" then a quote).
_OPINION = re.compile(
    r"(?<![\w-])(?:menilai|berpendapat|berharap|yakin|meyakini|khawatir|menduga|memandang|menganggap|"
    r"menyayangkan|mengkritik|mengecam|mengapresiasi|mempertanyakan|meragukan)(?![\w-])")


def opinion_holders(text: str, layout: Layout, marked: list[Marked],
                    mentions: MentionIndex) -> list[Candidate]:
    """Subjects of opinion verbs outside quote marks, to be remembered as actors only."""
    reader = _Reader(text, layout, marked, mentions)
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


# "waktu terbaiknya untuk menulis yakni …": a speech verb after a word of purpose is what someone
# means to do, not what anyone reports.
_PURPOSE = frozenset({"untuk", "guna", "demi", "agar", "supaya"})
_WORD_BEFORE = re.compile(r"(\w+)\W*\Z")


def _purpose(text: str, start: int, cue: Cue) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return cue.pattern == "verb" and before is not None and fold(before.group(1)) in _PURPOSE


# "…, yang mendorong Korea Utara untuk mengatakan bahwa …": pushed into saying it, the one pushed
# said it (but "meminta X untuk mengatakan" asks for words not yet said).
_CAUSED_SPEAKER = re.compile(
    r"(?<!\w)(?:mendorong|memicu|memaksa)\s+((?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)\s+untuk\s*\Z", re.IGNORECASE)
CAUSED_REACH = 80


def _caused_speaker(text: str, start: int, cue: Cue) -> Span | None:
    """The one a causative verb pushed into saying what the speech verb at ``start`` reports."""
    found = _CAUSED_SPEAKER.search(text, max(0, start - CAUSED_REACH), start)
    return (found.start(1), found.end(1)) if cue.pattern == "verb" and found is not None else None


def indirect_candidates(text: str, layout: Layout, marked: list[Marked],
                        mentions: MentionIndex) -> list[Candidate]:
    """Reported-speech candidates of ``text``, one per cue (they may overlap: which one stands
    is decided once their speakers are known)."""
    reader = _Reader(text, layout, marked, mentions)
    lex = speech_cues()
    found_all: list[Candidate] = []
    for found in lex.regex.finditer(text):
        cue = lex.at(found.group())
        if cue is None or reader.in_marks(found.start(), found.end()) or (
                _purpose(text, found.start(), cue) and _caused_speaker(text, found.start(), cue) is None):
            continue
        caused = _caused_speaker(text, found.start(), cue)
        if caused is not None:
            candidate = reader.caused(found, cue, caused)
        else:
            candidate = reader.candidate(found, cue) or reader.subject_only(found, cue)
        if candidate is not None:
            found_all.append(candidate)
    return found_all
