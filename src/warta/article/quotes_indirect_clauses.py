"""Clause shape around speech cues: is what follows a subject and a predicate, a subordinate, an
adjunct? Word lists and the small text scans that reported-speech reading shares.
"""

from __future__ import annotations

import re

from warta.article.actors import PLURAL_PRONOUNS, SINGULAR_PRONOUNS, words_of
from warta.article.speakerphrases import ADJUNCT_START, ADVERBS, STOP_AFTER, verb_shaped
from warta.article.tokens import fold

WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*")
# A comma that separates clauses, not the decimal comma of "86,1 dollar".
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def first_comma(text: str, start: int, end: int) -> int:
    found = _CLAUSE_COMMA.search(text, start, end)
    return found.start() if found else -1


def last_comma(text: str, start: int, end: int) -> int:
    found = -1
    for match in _CLAUSE_COMMA.finditer(text, start, end):
        found = match.start()
    return found


def skip_blank(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def first_word(text: str, pos: int, end: int) -> re.Match[str] | None:
    return WORD_RE.search(text, pos, end)


def closing_verb(text: str, found: re.Match[str], end: int) -> bool:
    """Does the speech verb close its clause: nothing after it but an adjunct ("melaporkan pada
    Rabu, saat …" or "melaporkan."), and no modal before it ("belum bisa memastikan")?"""
    before = [w[2] for w in words_of(text, max(0, found.start() - 30), found.start())]
    if before and before[-1] in CLAUSE_MARKERS:
        return False
    first = WORD_RE.search(text, found.end(), end)
    if first is None:
        return True
    comma = first_comma(text, found.end(), end)
    tail = words_of(text, found.end(), comma if comma >= 0 else end)
    return fold(first.group()) in ADJUNCT_START and len(tail) <= MAX_CLOSING_ADJUNCT_WORDS


MAX_CLOSING_ADJUNCT_WORDS = 4
MAX_ADDRESSEE_WORDS = 20


def addressee_list(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a list of addressees or an adjunct, with no clause in it?"""
    words = words_of(text, start, end)
    return len(words) <= MAX_ADDRESSEE_WORDS and not any(
        w[2] in CLAUSE_MARKERS or w[2] in EXISTENTIAL_START or VERB_RE.fullmatch(w[2]) for w in words)


VERB_RE = re.compile(r"(?:me[mn]g?|meny|ber)[a-z]{4,}")


def subordinate_at(text: str, pos: int, end: int) -> bool:
    first = WORD_RE.search(text, pos, end)
    return first is not None and fold(first.group()) in SUBORDINATORS | TIME_SUBORDINATORS


TIME_SUBORDINATORS = frozenset({"saat", "ketika", "sementara", "setelah",
                                # English: "…, officials said on Tuesday, as the agency offered …"
                                "as", "while", "when", "after", "amid", "because", "although"})
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


def clause_at(text: str, pos: int, end: int) -> bool:
    """After a verb that needs "bahwa" or a comma (``marked`` in the cue list), is the bare
    complement still a clause? Yes when an auxiliary, negation or copula follows a subject of
    a few words, or when it opens with "ada"/"adanya" or a pronoun subject."""
    for n, match in enumerate(WORD_RE.finditer(text, pos, end)):
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
        if 0 < n <= MAX_BARE_SUBJECT_WORDS and _common_subject_verb(text, pos, match):
            return True  # "menjelaskan longsor menyebabkan …": a subject noun phrase and its verb
        if n > 1 and key in PREDICATE_ADJECTIVES and _SENTENCE_END_AFTER.match(text, match.end(), end):
            return True  # "memastikan pasokan solar di seluruh SPBU aman.": a predicate ends the clause
    return False


MAX_NAMED_SUBJECT_WORDS = 4
_ACTIVE_VERB = re.compile(r"(?:me[mn]g?|meny|me|ber)[a-z]{3,}")


def _named_subject_verb(text: str, pos: int, verb: re.Match[str]) -> bool:
    """Is ``verb`` an active verb in lower case after nothing but capitalised words (a name)?"""
    word = verb.group()
    subject = WORD_RE.findall(text, pos, verb.start())
    return (word.islower() and _ACTIVE_VERB.fullmatch(word) is not None
            and all(w[0].isupper() for w in subject) and not text[pos:verb.start()].count("("))


MAX_BARE_SUBJECT_WORDS = 4
# Nouns that take a verb as their complement: "menjelaskan cara mendaftar", "mengumumkan rencana
# membangun …", "menyampaikan pesan menjaga …" name what was explained, not a clause said.
COMPLEMENT_NOUNS = frozenset({
    "cara", "rencana", "upaya", "usaha", "keinginan", "niat", "tekad", "langkah", "program", "tujuan",
    "alasan", "kemampuan", "kesempatan", "pesan", "imbauan", "ajakan", "usulan", "gagasan", "ide",
    "strategi", "target", "janji", "kewajiban", "hak", "syarat", "proses", "kegiatan", "tindakan",
    "agenda", "misi", "visi", "pentingnya", "perlunya", "mekanisme", "prosedur", "teknik", "kiat",
    "tips", "larangan", "perintah", "instruksi", "permintaan", "kesulitan", "kendala", "peluang",
    "potensi", "kebiasaan", "pengalaman", "keberhasilan", "kegagalan", "kemungkinan", "manfaat",
    "dampak", "risiko", "bahaya", "sanksi", "hukuman", "biaya", "modus", "motif", "minat",
})
# A noun made from a verb (pe-/per-/ke- … -an: "perjalanan", "pembangunan") heading what follows a
# speech verb names a topic, and a verb after it most often completes that noun.
_NOMINALISED = re.compile(r"(?:pe|ke)\w{3,}an")
# "membantah turut menerima …": a verb of taking part, the speaker its subject, opens no clause.
_PARTICIPATING = frozenset({"turut", "ikut"})
# ber- words that are prepositions or quantifiers, or that describe the noun before them ("fitur
# bernama …"), not a predicate ("berdasarkan data …").
_NOT_PREDICATES = frozenset({"berdasarkan", "berupa", "berkaitan", "berikut", "berbagai", "beserta",
                             "bersamaan", "berkat", "berikutnya", "berulang", "bertahap", "bernama",
                             "berjudul", "bertajuk", "berisi", "berisikan", "berukuran", "berusia",
                             "berinisial", "berlabel", "bertema", "bernilai", "berkapasitas"})


def _common_subject_verb(text: str, pos: int, verb: re.Match[str]) -> bool:
    """Is ``verb`` a lower-case me-/ber-/di- verb after a short subject noun phrase that has no
    verb of its own, does not open with an adjunct or adverb, and holds no noun that takes a verb
    as its complement ("cara mendaftar", "dua cara menekan …")?"""
    word = verb.group()
    subject = WORD_RE.findall(text, pos, verb.start())
    if not (word.islower() and verb_shaped(word)) or word in _NOT_PREDICATES or not subject:
        return False
    words = [fold(w) for w in subject]
    stems = [_without_possessive(w) for w in words]
    if words[0] in _PARTICIPATING or words[0] in ADVERBS or any(
            w in _NOT_IN_SUBJECT and following not in _PADA_ADVERBIALS
            for w, following in zip(words, [*words[1:], ""], strict=True)):
        return False  # "mencatat hasil serupa setelah mengalahkan …": an adjunct, no subject
    if _NOMINALISED.fullmatch(stems[0]) or any(w in COMPLEMENT_NOUNS for w in words + stems):
        return False  # "mengisahkan perjalanan karier anggotanya membongkar …": a topic and its complement
    return not any(verb_shaped(w) for w in words) and not text[pos:verb.start()].count("(")


# "para siswa pada dasarnya diwajibkan …": "pada" + these is a sentence adverb, no adjunct of place or time.
_PADA_ADVERBIALS = frozenset({"dasarnya", "akhirnya", "umumnya", "prinsipnya", "intinya", "hakikatnya"})


def _without_possessive(word: str) -> str:
    return word[:-3] if word.endswith("nya") and len(word) > 6 else word


# Verbs that only ever predicate of a subject before them ("menginformasikan jatuhnya pesawat itu
# terjadi akibat …", "memprediksi puncak arus mudik terjadi pada Kamis").
EVENT_PREDICATES = frozenset({"terjadi", "berlangsung"})
# Adjectives that end a clause as its predicate ("stok BBM aman", "jalur mudik siap").
PREDICATE_ADJECTIVES = frozenset({"aman", "siap", "cukup", "lancar", "normal", "terkendali", "kondusif",
                                  "stabil", "layak", "sehat", "selamat"})
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.!?;]|$)")


def predicate_at(text: str, pos: int, end: int) -> bool:
    """Does a predicate open at ``pos`` (an auxiliary or negation in lower case)?"""
    first = WORD_RE.match(text, pos, end)
    return first is not None and first.group()[0].islower() and fold(first.group()) in CLAUSE_MARKERS


# Words that open a subordinate clause: after a mid-sentence cue they continue the content
# before it ("Sidang dapat ditunda …, ucap dia, agar situasi tenang").
SUBORDINATORS = frozenset({"agar", "supaya", "karena", "sebab", "sehingga", "meski", "meskipun", "walau",
                           "walaupun", "jika", "kalau", "apabila", "asalkan", "hingga", "sampai"})


# Words that end a subject before any verb: a preposition, a time word or a subordinator after a
# speech verb opens an adjunct or a clause of its own ("menanyakan lokasi ketika Maisie membaca …").
_NOT_IN_SUBJECT = STOP_AFTER | ADJUNCT_START | SUBORDINATORS | TIME_SUBORDINATORS


def topic_first(text: str, before: str, after: int, end: int) -> bool:
    """With the cue mid-sentence, is the content after it ("Cara kedua, ujar Bambang, adalah
    close distribution")? Yes unless the part before is the longer clause or what follows
    merely subordinates to it."""
    if not before:
        return False
    first = WORD_RE.search(text, after, end)
    if first is None or fold(first.group()) in SUBORDINATORS:
        return False
    if noun_phrase_only(before):
        return True  # "Pembangunan bandara tahap pertama, kata dia, ditargetkan …": the subject, however long
    return len(words_of(before, 0, len(before))) <= len(words_of(text, after, end))


def noun_phrase_only(part: str) -> bool:
    """Is ``part`` a noun phrase with no predicate of its own (no lower-case verb, auxiliary or
    negation, no relative clause)?"""
    words = [w for w in part.rstrip(",").split() if w[:1].isalpha()]
    if not words or not words[0][0].isupper():
        return False  # a part opening in lower case continues a clause begun before
    lower = [fold(w) for w in words if w[0].islower()]
    return not any(w in CLAUSE_MARKERS or w == "yang" or verb_shaped(w) for w in lower)


MIN_OPENED_CONTENT_WORDS = 4


def opening_adjunct(text: str, pos: int, end: int) -> bool:
    """After a cue that opens its sentence ("Ditambahkan Anies, dalam pertemuan itu Prabowo
    juga …"), content may open with an adjunct before its own subject."""
    start = skip_blank(text, pos, end)
    opens = adjunct_at(text, start, end) or _until_time(text, start, end)
    return opens and len(words_of(text, pos, end)) >= MIN_OPENED_CONTENT_WORDS


_UNTIL = frozenset({"hingga", "sampai"})
_TIME_WORDS = frozenset({"saat", "kini", "sekarang", "hari", "akhir", "pekan", "bulan", "tahun", "detik"})


def _until_time(text: str, pos: int, end: int) -> bool:
    """"Kata Ihsan, hingga saat ini juga terdapat …": "until now" opens the content as a time adjunct."""
    words = [fold(w) for w in WORD_RE.findall(text, pos, min(end, pos + 30))][:2]
    return len(words) == 2 and words[0] in _UNTIL and words[1] in _TIME_WORDS


def adjunct_at(text: str, pos: int, end: int) -> bool:
    first = WORD_RE.match(text, pos, end)
    return first is not None and (fold(first.group()) in STOP_AFTER or fold(first.group()) in ADJUNCT_START)


def clause_follows(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the rest of a clause (lower-case words before any adjunct), not
    an appositive name or a date ("…, kata Kepala Basarnas, Marsdya X, Senin")?"""
    lower = 0
    for match in WORD_RE.finditer(text, start, end):
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
