"""Capitalised runs that name no actor: documents, meetings and bills, bare role words, headline
phrases of common words, weather patterns and slogans, and English words that are also a country's
Indonesian alias.

    menandatangani Komunike Bersama          a document          (no PERSON)
    dibahas dalam Rapat Paripurna, RUU MD3   a meeting, a bill   (no PERSON)
    sesuai Permendag, Permenhub             a minister's regulation (no PERSON)
    Sekretaris Daerah (Kepala) ...           a role word alone   (no PERSON)
    Terima Permintaan Audit, ...             a headline's phrase (no PERSON)
    El Nino, La Nina, gerakan 3M Plus        a climate pattern, a campaign's slogan
    mengikuti Misa Natal, isu SARA           a religious service (an EVENT), a notion's acronym
    Chili prices soar                         the English word, not the country "Chili" (Chile)

A mention the gazetteer knows by that very text stays, unless it is such an English homograph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.common_words import is_derived_word, is_dictionary_word
from warta.article.lexicon import lexicon
from warta.article.mentions import Found, kept_of
from warta.article.person_cues import cued_person
from warta.article.timex.lexicon import lexicon as time_words
from warta.article.titles import VESSEL_HEADS
from warta.article.tokens import fold

# Heads of a document's, a meeting's or a bill's name: what such a run names is acted on or held,
# it never acts ("Komunike Bersama", "Rapat Paripurna", "RUU Penyiaran", "Nota Kesepahaman").
DOCUMENT_HEADS = frozenset({
    "komunike", "rapat", "sidang", "ruu", "rancangan", "perppu", "perpu", "nota", "deklarasi", "piagam",
    "memorandum", "resolusi", "maklumat", "surat", "peraturan", "keputusan", "perpres", "permen", "perda",
    "inpres", "keppres", "kepres", "undang-undang", "uu", "amandemen", "kesepakatan", "perjanjian", "pakta",
    "traktat", "protokol", "dekret", "instruksi", "edaran", "laporan", "naskah", "draf", "draft",
})
MEETING_HEADS = frozenset({"rapat", "sidang"})
# Heads of a programme's, a benefit's or an employment status's name: a kind of worker, an aid or a
# scheme, no body, though capitalised and shortened like one ("Pegawai Pemerintah dengan Perjanjian Kerja
# (PPPK)", "Bantuan Langsung Tunai (BLT)", "Kredit Usaha Rakyat", "Program Keluarga Harapan").
PROGRAMME_HEADS = frozenset({"program", "bantuan", "kredit", "kartu", "subsidi", "tunjangan", "beasiswa",
                             "pegawai", "jaminan", "upah"})
# Religious services and rites, written capitalised with their feast or hour after them ("Misa Natal",
# "Ibadah Paskah", "Salat Idul Fitri"): an event held, never a person.
RITE_HEADS = frozenset({"misa", "ibadah", "kebaktian", "salat", "shalat", "sholat"})
# Acronyms of common notions, written in capitals only ("isu SARA": suku, agama, ras dan antargolongan;
# "praktik KKN"), early-childhood schooling, trade and fishing licences, the gross domestic product, a
# virus, diseases named after their describers; matched as written and alone, so "Sara" the given name
# stays a name and "PAUD Permata Hati" (a school) a body.
NOTION_ACRONYMS = frozenset({
    "SARA", "KKN", "LGBT", "PAUD", "SIUP", "SIPI", "PDB", "HIV", "Alzheimer", "Parkinson",
})
# Heads of a law's or a bill's name, whose short name follows ("UU MD3", "RUU KUHP", "Perppu Ormas").
LAW_HEADS = frozenset({"ruu", "uu", "perppu", "perpu", "undang-undang", "perda", "perpres", "permen",
                       "keppres", "kepres", "inpres"})
# Named weather patterns and health campaigns' slogans, written like people's names.
NON_NAMES = frozenset({"el nino", "el niño", "la nina", "la niña", "m plus", "3m plus", "4m plus"})
# Indonesian aliases of places that are also English words, with the English words that, right after
# them, make them the common word ("Chili prices", "Chili sauce").
ENGLISH_HOMOGRAPHS: dict[str, frozenset[str]] = {
    "chili": frozenset({"price", "prices", "sauce", "pepper", "peppers", "powder", "paste", "oil", "crop",
                        "crops", "farmers", "supply", "harvest", "con", "flakes"}),
}
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_PLACE_OR_BODY_KINDS = ("org-head", "loc-head", "event-head", "unit-head", "body")
_HEADLINE_CHARS = 150
_CLOSING_MARKS = (".", "!", "?", "\"", "”", ")")
# A headline phrase is this long at least when it has no derived word ("Segera Periksa Dana Desa").
_PLAIN_PHRASE_WORDS = 3


def without_non_actors(found: list[Found], text: str, lang: str = "id") -> list[Found]:
    """``found`` without the mentions that name no actor (see the module's notes); a document, a
    bill or a meeting stays, typed as the thing or the event it is."""
    for mention in found:
        first = _first_key(mention)
        if not mention.ids and (first in DOCUMENT_HEADS or _ministers_regulation(first)):
            mention.type = "EVENT" if first in MEETING_HEADS else "OTHER"
            mention.hint, mention.role = None, None
        elif not mention.ids and _rite(mention):
            mention.type, mention.hint, mention.role = "EVENT", None, None
        elif not mention.ids and (_programme(mention, found) or _vessel(mention)):
            mention.type, mention.hint, mention.role = "OTHER", None, None
    kept = [m for m in found if not _names_no_actor(m, text, lang)]
    return found if len(kept) == len(found) else kept_of(found, kept)


def _names_no_actor(mention: Found, text: str, lang: str) -> bool:
    key = mention.text.casefold()
    if key in ENGLISH_HOMOGRAPHS:
        return _english_homograph(mention, text, lang)
    if mention.ids:
        return False
    if key in NON_NAMES or mention.before in LAW_HEADS or mention.text in NOTION_ACRONYMS:
        return True  # "revisi UU [MD3]": the law's short name, no body
    if mention.type not in (None, "PERSON") or mention.role:
        return False
    words = mention.text.split()
    if _holiday(words):
        return True  # "hiasan Natal", "libur Lebaran": a feast's name, no one's
    place = mention.hint in ("LOC", "ORG") or mention.before in lexicon().words.get("locative", frozenset())
    headline = not place and len(words) > 1 and _on_headline(mention, text) and _headline_phrase(words)
    # "di Stasiun Tanah Abang" is read as a place, or after "di"; "kata Intan Permata Sari" is a person
    return (_role_word_alone(words) or headline) and not cued_person(text, mention)


# A minister's regulation is named "Permen" and the ministry's short field ("Permendag", "Permenkeu",
# "Permendagri"); "permen" alone is also the word for a sweet.
_REGULATION = re.compile(r"permen[a-z]{2,}")


def _ministers_regulation(first: str) -> bool:
    """"Permendag", "Permenhub 108/2017": a minister's regulation, a document."""
    return _REGULATION.fullmatch(first) is not None and not is_dictionary_word(first)


def _programme(mention: Found, found: list[Found]) -> bool:
    return _first_key(mention) in PROGRAMME_HEADS or _short_for_programme(mention, found)


def _holiday(words: Sequence[str]) -> bool:
    """The words are a feast's whole name in the time lexicon ("Natal", "Idul Fitri", "Imlek")."""
    entry = time_words("id").entries.get(tuple(w.lower() for w in words))
    return entry is not None and entry[0] == "HOLIDAY"


def _rite(mention: Found) -> bool:
    """"Misa Natal", "Ibadah Paskah": a service's head word and its feast or place after it."""
    return _first_key(mention) in RITE_HEADS and len(mention.text.split()) > 1


def _vessel(mention: Found) -> bool:
    return _first_key(mention) in VESSEL_HEADS and len(mention.text.split()) > 1


def _short_for_programme(mention: Found, found: list[Found]) -> bool:
    """"(BLT)" after "Bantuan Langsung Tunai": the short form of a programme's name is the programme."""
    if mention.acronym_of is None or len(mention.text.split()) > 1:
        return False
    named = found[mention.acronym_of]
    return not named.ids and _first_key(named) in PROGRAMME_HEADS


def _first_key(mention: Found) -> str:
    words = mention.text.split(maxsplit=1)
    return words[0].casefold() if words else ""


def _english_homograph(mention: Found, text: str, lang: str) -> bool:
    """"Chili prices soar": in English text, or before an English word that makes it one, the
    Indonesian alias is the English common word."""
    if lang == "en":
        return True
    following = _WORD.match(text, len(text) - len(text[mention.end:].lstrip()))
    return following is not None and fold(following.group()) in ENGLISH_HOMOGRAPHS[fold(mention.text)]


def _on_headline(mention: Found, text: str) -> bool:
    """The mention stands on a headline's line: short, with no sentence's closing mark (in a
    sentence, "Aliansi Super Oposisi Nasional" or "Aparatur Sipil Negara" are bodies)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return len(line) <= _HEADLINE_CHARS and not line.endswith(_CLOSING_MARKS)


def _role_word_alone(words: Sequence[str]) -> bool:
    """"(Kepala)", "Ketua": a role's words and nothing else name no one."""
    lex = lexicon()
    if fold(words[0]) not in lex.role_longest or any(w.isupper() and len(w) > 1 for w in words):
        return False  # "berinisial DR": a person's initials, not the title "Dr"
    return tuple(fold(w) for w in words) in lex.roles


def _headline_phrase(words: Sequence[str]) -> bool:
    """"Terima Permintaan Audit", "Segera Periksa Dana Desa": a headline's words, all of them words of
    the language, one of them derived ("Permintaan") or three or more of them, are no one's name."""
    if len(words) < 2 or any(w.isupper() for w in words):
        return False
    lex = lexicon()
    if any(lex.kind_of(fold(words[0]), kind) for kind in _PLACE_OR_BODY_KINDS):
        return False  # "Desa Suka Maju", "Dinas Pertanian": a place's or body's name opens with its head
    if not all(is_dictionary_word(w) for w in words):
        return False
    return len(words) >= _PLAIN_PHRASE_WORDS or any(is_derived_word(w) for w in words)
