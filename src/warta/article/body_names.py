"""A body's name and its official's name written as one capitalised run after a title.

    Ketua Serikat Pekerja Budi Santoso         body "Serikat Pekerja", person "Budi Santoso"
    Kepala Dinas PU Rahmat Hidayat             body "Dinas PU", person "Rahmat Hidayat"
    Direktur PDAM Tirta Pakuan Deni Surya      body "PDAM Tirta Pakuan", person "Deni Surya"

A body's name is its head word and then words of the language ("Pekerja", "Sosial") or
acronyms ("PU", "DKI"); a person's name is what is left, two words or more, when one of them
is no word of the language or an acronym ends the body ("Rahmat Hidayat" are words too). A region
the gazetteer knows right after the body is the body's ("Dinas Kesehatan Sumedang Budi Santoso").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.chunks import Chunk, Reader
from warta.article.common_words import is_dictionary_word
from warta.article.legal_forms import legal_forms
from warta.article.regions import region_size
from warta.article.tokens import Token

MIN_NAME = 2  # a one-word tail is too little to tell a name from the body's last word
MAX_NAME = 3  # a longer tail more likely holds the body's last word ("Tirta Kahuripan Deni Surya Senjaya")
# Word kinds that belong to a body's or a place's name, never to a person's.
_NOT_PERSON_KINDS = ("org-head", "loc-head", "area-head", "event-head", "unit-head", "not-name", "thing")


def body_then_person(reader: Reader, run: Chunk) -> tuple[Chunk, Chunk] | None:
    """The body and the person of a run after a title, or None when the run does not split so."""
    tokens = reader.tokens[run.start:run.end]
    if len(tokens) < 1 + MIN_NAME or not all(t.is_word and (t.is_cap or t.text.isdigit()) for t in tokens):
        return None
    if (formed := _legal_form_end(tokens)) is not None:
        return _split_after_form(reader, run, formed)
    cut = 1  # the head word ("Dinas", "Serikat", "PDAM") always belongs to the body
    while len(tokens) - cut > MIN_NAME and _body_word(tokens[cut].text):
        cut += 1
    numbered = max((k for k, t in enumerate(tokens) if t.text.isdigit()), default=None)
    # "PT Sinar 99 Permai | Nama": a number and the word after it are the body's
    cut = max(cut, numbered + 2 if numbered is not None else len(tokens) - MAX_NAME)
    if len(tokens) - cut < MIN_NAME:
        return None
    region = region_size([t.key for t in tokens[cut:-MIN_NAME]])
    cut += region  # "Dinas Kesehatan Sumedang | Budi Santoso": the body's region is no part of the name
    cut = _body_written_alone(reader, run, cut)
    if (known := _known_body_words_end(reader, tokens)) is not None and known > cut:
        return _split_after_known_words(reader, run, known)
    tail = tokens[cut:]
    if not all(_person_word(reader, run.start + cut + k) for k in range(len(tail))):
        return None
    after_acronym = tokens[cut - 1].text.isupper()
    if not after_acronym and all(is_dictionary_word(t.text) for t in tail):
        return None  # "Yayasan Sinar Harapan Bangsa": nothing shows where a name would start
    return Chunk(run.start, run.start + cut, "org"), Chunk(run.start + cut, run.end, "name")


def _legal_form_end(tokens: Sequence[Token]) -> int | None:
    """Where the run's last company form written after a name ("Tbk", "Persero") ends, when words
    follow it: such a form closes the company's name ("PT Ramayana Lestari Sentosa Tbk | Suryanto")."""
    forms = legal_forms()
    ends = [k + 1 for k, t in enumerate(tokens[1:-1], start=1) if forms.get(t.key) == "after"]
    return ends[-1] if ends else None


def _split_after_form(reader: Reader, run: Chunk, formed: int) -> tuple[Chunk, Chunk] | None:
    """The company through its form and the person after it: one name word is enough there, the form
    having shown where the body ends; a tail that is no person's name splits nothing."""
    cut = run.start + formed
    if run.end - cut > MAX_NAME or not all(_person_word(reader, j) for j in range(cut, run.end)):
        return None
    return Chunk(run.start, cut, "org"), Chunk(cut, run.end, "name")


def _known_body_words_end(reader: Reader, tokens: Sequence[Token]) -> int | None:
    """Where the run's words after its head stop spelling the words after the head of a body the gazetteer
    knows ("Biro [Pusat Statistik] Suryamin", as "Badan Pusat Statistik" is written), a name word at least
    left after them; None when they spell none. Those words are a body's, whatever its head."""
    tails = known_body_tails(reader)
    keys = tuple(t.key for t in tokens)
    return next((end for end in range(len(keys) - 1, 2, -1) if keys[1:end] in tails), None)


def _split_after_known_words(reader: Reader, run: Chunk, end: int) -> tuple[Chunk, Chunk] | None:
    """The body through the known words and the person after them: the body's end being known, one name
    word is enough (as after a company's form); a tail that is no person's name splits nothing."""
    cut = run.start + end
    if run.end - cut > MAX_NAME or not all(_person_word(reader, j) for j in range(cut, run.end)):
        return None
    return Chunk(run.start, cut, "org"), Chunk(cut, run.end, "name")


def known_body_tails(reader: Reader) -> frozenset[tuple[str, ...]]:
    """The folded words after the head of each body's name of three words or more in the gazetteer."""
    return _BODY_TAILS.get(id(reader.gaz)) or _body_tails_of(reader)


_BODY_TAILS: dict[int, frozenset[tuple[str, ...]]] = {}


def _body_tails_of(reader: Reader) -> frozenset[tuple[str, ...]]:
    gaz = reader.gaz
    tails = frozenset(key[1:] for key, ids in gaz.names.items()
                      if len(key) >= 3 and gaz.entries[ids[0]].type == "ORG")
    _BODY_TAILS[id(gaz)] = tails
    return tails


def _body_written_alone(reader: Reader, run: Chunk, cut: int) -> int:
    """The cut after the longest opening of the run that the article also writes as a whole name
    elsewhere, two name words at least left ("PT Sigap Prima Astrea | Agus Pramono" where "PT Sigap
    Prima Astrea ." stands in another sentence); ``cut`` when none does."""
    tokens = reader.tokens[run.start:run.end]
    start = tokens[0].start
    for end in range(len(tokens) - MIN_NAME, cut, -1):
        body = reader.text[start:tokens[end - 1].end]
        alone = re.compile(re.escape(body) + r"(?!\w)(?!\s+[A-Z])")
        if any(found.start() != start for found in alone.finditer(reader.text)):
            return end
    return cut


def _body_word(text: str) -> bool:
    return (text.isupper() and len(text) >= 2) or is_dictionary_word(text)


def _person_word(reader: Reader, j: int) -> bool:
    """Token ``j`` may be part of a person's name: written as a name, no acronym, no body word,
    no role, nothing the gazetteer knows."""
    token = reader.tokens[j]
    acronym = token.text.isupper() and len(token.text) > 1  # one capital is an initial ("Chiefy Adi K")
    if acronym or reader.is_role_start(j) or reader.gaz.match(reader.tokens, j):
        return False
    return not any(reader.lex.kind_of(token.key, kind) for kind in _NOT_PERSON_KINDS)
