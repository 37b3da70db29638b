"""Capitalised common words mistaken for names.

A sentence opens with a capital, so "Tuduhan itu ditepis Washington" or "Harian berbahasa
Inggris itu ..." gives the capitalisation rules (and the NER model) a one-word "name".
Such a word is dropped when it is an ordinary Indonesian word: an affixed form of a root in
Sastrawi's dictionary of root words (tuduh+an, gabung+an, hari+an), or a word the same
article also writes in lower case; a plainly derived verb (:func:`_verb_form`) anywhere, as in
a headline ("Citra Golkar Tercoreng"). Bare roots are kept otherwise, because many given names
are also dictionary words (Budi, Dewi, Agus, Indah), unless the root opens every sentence it
stands in as the head of a noun phrase ("Riuh pikuk murid-murid ...", :func:`_heads_noun_phrase`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from warta.article.tokens import tokenize
from warta.models import Entity

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# What may sit between a sentence start and the word: quote marks, brackets, dashes, spaces.
_OPENING = re.compile(r"[\s\"'“”‘’«»(\[—–-]*\Z")


@cache
def _stemmer_and_roots() -> tuple[object, frozenset[str]] | None:
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    except ImportError:  # an optional safeguard; without it only lower-case evidence counts
        return None
    factory = StemmerFactory()
    return factory.create_stemmer(), frozenset(factory.get_words())


def _stemmed(word: str) -> tuple[str, str, frozenset[str]] | None:
    """``word`` in lower case, its stem, and the dictionary roots (None without the stemmer)."""
    loaded = _stemmer_and_roots()
    if loaded is None:
        return None
    stemmer, roots = loaded
    lowered = word.lower()
    stem: str = stemmer.stem(lowered)  # type: ignore[attr-defined]
    return lowered, stem, roots


@lru_cache(maxsize=65536)
def is_affixed_common_word(word: str) -> bool:
    """Whether ``word`` is an affixed form of a dictionary root ("Tuduhan" -> "tuduh")."""
    stemmed = _stemmed(word)
    if stemmed is None:
        return False
    lowered, stem, roots = stemmed
    return stem != lowered and stem in roots


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """``word`` is an Indonesian root word or a plain derivation of one ("Pajak", "Pidana", "Tindak")."""
    loaded = _stemmer_and_roots()
    if loaded is None:
        return False
    return word.lower() in loaded[1] or is_derived_word(word)


# Indonesian derivational prefixes (with the nasal of meN-/peN- that replaces a root's first
# letter: tulis -> pe-n-ulis) and suffixes, for telling "Pernyataan" (per-nyata-an) from a
# name the stemmer also cuts ("Diego" -> di-ego, "Asian" -> asi-an, "Selena" -> se-lena).
_PREFIXES = frozenset({
    "", "di", "ke", "se", "ter", "ber", "be", "per", "pe", "pem", "pen", "peng", "peny", "penge", "me", "mem",
    "men", "meng", "meny", "menge", "memper", "diper", "keber", "keter", "pember", "pemer", "pener", "penyeb",
})
_SUFFIXES = frozenset({"", "an", "kan", "i", "nya", "annya", "kannya", "inya", "lah", "kah"})
# A word without a prefix must carry a suffix of two letters or more, so only these can pass.
_MAY_BE_DERIVED = re.compile(r"^(?:di|ke|se|te|be|pe|me)|(?:an|nya|lah|kah)$")


@lru_cache(maxsize=65536)
def is_derived_word(word: str) -> bool:
    """Whether ``word`` is plainly a derived common word ("Pernyataan", "Kewenangan", "Pelaksana",
    "Gabungan"): a dictionary root of four letters or more with a real prefix and/or suffix
    around it, five letters or more when only a prefix (not se-) is there. Stricter than
    :func:`is_affixed_common_word`, because it cuts words off names anywhere in a sentence."""
    if len(word) < 6 or not word.isalpha() or not _MAY_BE_DERIVED.search(word.lower()):
        return False  # no affix this test accepts: spare the stemmer (most names end here)
    if not _may_split_round_root(word.lower()):
        return False  # no affixes around a root at all: the stemmer (slow) could only confirm that
    stemmed = _stemmed(word)
    if stemmed is None:
        return False
    lowered, root, roots = stemmed
    if root == lowered or root not in roots or len(root) < 4:
        return False
    size = len(root)
    at = lowered.find(root)
    if at < 0:  # the nasal of meN-/peN- took the root's first letter
        at = lowered.find(root[1:], 1)
        root = root[1:]
    if at < 0:
        return False
    prefix, suffix = lowered[:at], lowered[at + len(root):]
    if prefix not in _PREFIXES or suffix not in _SUFFIXES:
        return False
    return bool(suffix) or (size >= 5 and prefix != "se")  # "Sebayang" is a surname


@cache
def _roots_and_tails() -> tuple[frozenset[str], frozenset[str]]:
    """The dictionary roots, and the roots less their first letter (what meN-/peN- leaves)."""
    loaded = _stemmer_and_roots()
    roots = loaded[1] if loaded is not None else frozenset()
    return roots, frozenset(root[1:] for root in roots)


def _may_split_round_root(lowered: str) -> bool:
    """Whether ``lowered`` is some prefix + a root (or a root less its first letter) + some suffix:
    what :func:`is_derived_word` needs of the stem, checked without stemming. Exact as a filter,
    so an unseen name costs a few set look-ups instead of a pass through Sastrawi's rules."""
    roots, tails = _roots_and_tails()
    for prefix in _PREFIXES:
        if not lowered.startswith(prefix):
            continue
        for suffix in _SUFFIXES:
            end = len(lowered) - len(suffix)
            if end > len(prefix) and lowered.endswith(suffix):
                middle = lowered[len(prefix):end]
                if middle in roots or middle in tails:
                    return True
    return False


# Verbal prefixes: place names are derived-looking nouns ("Salakan", "Kebayoran"), seldom verbs.
_VERB_PREFIXES = ("ter", "ber", "di", "mem", "men", "meng", "meny")


def _verb_form(word: str) -> bool:
    """A plainly derived word with a verb's prefix ("Tercoreng", "Dibekukan", "Menolak"); not one
    ending in -i, which names share ("Mentawai" is no men-tawa-i)."""
    lowered = word.lower()
    return lowered.startswith(_VERB_PREFIXES) and not lowered.endswith("i") and is_derived_word(word)


def _at_sentence_start(text: str, start: int, sentence_starts: frozenset[int]) -> bool:
    before = text[max(0, start - 6):start]
    opening = _OPENING.search(before)
    lead = start - (len(before) - opening.start()) if opening else start
    return (any(at in sentence_starts for at in range(lead, start + 1)) or lead == 0
            or text[lead - 1:lead] == "\n" or "\n" in text[lead:start])


def lower_case_words(text: str) -> frozenset[str]:
    """Words ``text`` writes in lower case somewhere."""
    return frozenset(w for w in _WORD.findall(text) if w.islower())


def drop_common_words(entities: list[Entity], text: str, sentence_starts: frozenset[int]) -> list[Entity]:
    """``entities`` without one-word "names" that are ordinary words opening a sentence."""
    lower = lower_case_words(text)
    return [e for e in entities if not _is_common_word_entity(e, text, sentence_starts, lower)]


def _is_common_word_entity(entity: Entity, text: str, sentence_starts: frozenset[int],
                           lower: frozenset[str]) -> bool:
    if entity.kb_id or entity.gazetteer_id or entity.roles or not entity.mentions:
        return False
    words = {m.text for m in entity.mentions}
    if len(words) != 1 or " " in next(iter(words)):
        return False
    word = next(iter(words))
    if not word[:1].isupper() or word.isupper():
        return False  # acronyms ("KPK") are names
    if _verb_form(word):
        return True  # "Citra Golkar Tercoreng": a verb is no name anywhere
    if not all(_at_sentence_start(text, m.start, sentence_starts) for m in entity.mentions):
        return False
    return (word.lower() in lower or is_affixed_common_word(word)
            or _opens_noun_phrase_everywhere(word, entity, text))


_SENTENCE_END = frozenset({".", "!", "?"})
_DEMONSTRATIVES = frozenset({"itu", "ini", "tersebut"})
_PHRASE_TAGS = frozenset({"NOUN", "ADJ"})


def _opens_noun_phrase_everywhere(word: str, entity: Entity, text: str) -> bool:
    """Whether a bare dictionary root opening each of its sentences heads a noun phrase there:
    "Riuh pikuk murid-murid", "Suasana kampung itu", "Putri bungsu presiden". A given name
    that is also a root is that sentence's subject, a verb or an adverb after it ("Budi datang",
    "Indah tinggal", "Agus kini bekerja"). The parser is asked only in this rare case."""
    loaded = _stemmer_and_roots()
    if loaded is None or word.lower() not in loaded[1]:
        return False
    return all(_heads_noun_phrase(text, m.start) for m in entity.mentions)


def _heads_noun_phrase(text: str, start: int) -> bool:
    words = _sentence_words(text, start)
    if len(words) >= 3 and words[1] in _DEMONSTRATIVES:
        return True  # "Butik itu baru dibuka", "Label tersebut dikenal": a noun the word points back to
    if len(words) < 3 or not words[1].islower() or not words[1].isalpha() or _verbal(words[1]):
        return False  # "Sandi berjanji ...": a derived verb after it, whatever the parser's tag
    from warta.article.parse import parse_tokens

    parse = parse_tokens(words)
    return (parse.heads[1] == 0 and parse.upos[1] in _PHRASE_TAGS
            and parse.deprels[1] in ("compound", "amod", "nmod"))


def _verbal(word: str) -> bool:
    """A derived word with a verb's prefix, -i endings included ("berjanji", "mengatakan")."""
    return word.startswith(_VERB_PREFIXES) and is_derived_word(word)


def _sentence_words(text: str, start: int) -> list[str]:
    """The tokens of the sentence that opens at ``start`` (its first 30 at most), as warta's
    tokenizer gives them to the parser."""
    words: list[str] = []
    for token in tokenize(text[start:start + 400]):
        words.append(token.text)
        if token.text in _SENTENCE_END or len(words) >= 30:
            break
    return words


# Lower-case words that may sit inside an English or Romance name ("Bank of England").
_NAME_PARTICLES = frozenset({"of", "the", "de", "van", "von", "der", "al", "bin", "da", "di", "la", "le",
                             "and"})
_TITLE_WORDS = frozenset({"director", "minister", "foreign", "secretary", "president", "spokesman",
                          "spokeswoman", "spokesperson", "chief", "general", "ambassador", "deputy",
                          "prime", "defense", "defence", "state", "senator", "governor", "mayor"})


def english_name_like(text: str, start: int, end: int, sentence_starts: frozenset[int]) -> bool:
    """Whether a span the (Indonesian-trained) NER model found in English text looks like a name.

    The model reads English capitals as Indonesian ones, so it also returns sentence-opening
    words ("Neither", "Otherwise"), bare titles ("Foreign Minister") and phrases with lower-case
    words ("as one of the administration"); names it finds mid-sentence are kept.
    """
    words = _WORD.findall(text[start:end])
    if not words or any(w.islower() and w not in _NAME_PARTICLES for w in words):
        return False
    if words[-1].lower() in _TITLE_WORDS:
        return False  # "Foreign Minister", "CIA Director": a title, not a name
    return not (len(words) == 1 and _at_sentence_start(text, start, sentence_starts))
