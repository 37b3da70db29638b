"""Name chunks: the pieces a capitalised stretch of text is cut into.

A chunk is a gazetteer name, an organisation run ("Kementerian Luar Negeri Rusia"), a
place run ("Selat Bosporus"), an acronym in parentheses, or a plain run of capitalised
words that may be a person. The title parser and the mention finder both read text as a
sequence of chunks, so they agree on where "Rusia" ends and "Sergei Lavrov" begins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from warta.article.common_words import is_affixed_common_word, is_derived_word, is_dictionary_word
from warta.article.gazetteer import Gazetteer
from warta.article.legal_forms import legal_forms, only_trailing_forms
from warta.article.lexicon import Lexicon
from warta.article.outlet import find_lead
from warta.article.regions import (
    COMPASS_WORDS,
    MAX_REGION,
    compass_region_openers,
    compass_regions,
    region_size,
)
from warta.article.royal_names import NAME_LIKE_ROYAL_TITLES, opens_titled_name
from warta.article.tokens import Token, key_of

# Titles that are also names inside a name ("Lukman Hakim Saifuddin", "Raja Juli Antoni" after
# another name word): they end a run only where they open it.
_NAME_LIKE_TITLES = frozenset({"hakim", "raja", "ratu", "sultan"})
_ROMAN = re.compile(r"[IVX]{2,5}")
_LEAD_REACH = 120  # characters: the longest lead ``outlet.find_lead`` reads
# Words that announce a route ("penerbangan rute Kuala Namu-Silangit", "ruas tol Tegineneng-Sukadana"):
# the hyphen after them joins two stops, not the halves of one name.
_ROUTE_WORDS = frozenset({"rute", "jalur", "ruas", "tol", "trayek", "lintas", "lintasan", "jurusan",
                          "penerbangan"})
_ROUTE_REACH = 4  # tokens before the run a route word may stand
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "\"", "“", "”", "'", "‘", "(", "-", "–", "—", "|"})

ChunkKind = Literal["gaz", "org", "loc", "event", "name", "acronym"]


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int  # token index
    end: int  # token index, exclusive
    kind: ChunkKind
    ids: tuple[str, ...] = ()  # gazetteer ids, best first ("gaz" chunks)


@dataclass(frozen=True)
class Reader:
    """Chunking context for one text."""

    text: str
    tokens: Sequence[Token]
    gaz: Gazetteer
    lex: Lexicon
    lower_words: frozenset[str] = frozenset()  # words the text also writes in lower case

    def gaz_type(self, chunk: Chunk) -> str | None:
        return self.gaz.entries[chunk.ids[0]].type if chunk.ids else None

    def is_role_start(self, i: int) -> bool:
        return self.tokens[i].key in self.lex.role_longest

    def role_phrase_at(self, i: int) -> bool:
        """A whole role phrase opens at token ``i``, not just a phrase's first word: "Putra" opens
        "Putra Mahkota" but closes a name alone ("Pratama Putra mengatakan"; inside a longer run,
        "Pemain Putra Terbaik", it still parts the run)."""
        longest = self.lex.role_longest.get(self.tokens[i].key, 0)
        keys = tuple(t.key for t in self.tokens[i:i + longest])
        return any(keys[:n] in self.lex.roles for n in range(1, len(keys) + 1))

    def is_stop(self, token: Token) -> bool:
        """Capitalised words that end a name run: pronouns, conjunctions, months, days, speech verbs."""
        return (token.key in self.lex.calendar or self.lex.kind_of(token.key, "not-name")
                or self.lex.kind_of(token.key, "speech"))


def sentence_start(tokens: Sequence[Token], i: int, text: str) -> bool:
    """Token ``i`` opens a sentence, a quote, a bracket or a line (where capitals prove nothing)."""
    if i == 0:
        return True
    previous = tokens[i - 1]
    return previous.text in _SENTENCE_OPENERS or "\n" in text[previous.end:tokens[i].start]


def line_break_before(reader: Reader, j: int) -> bool:
    """A line or paragraph break stands between token ``j`` and the one before it: a heading and
    the paragraph under it, or two list lines, are never one name."""
    tokens = reader.tokens
    return 0 < j < len(tokens) and "\n" in reader.text[tokens[j - 1].end:tokens[j].start]


def _reduplicated(text: str) -> bool:
    """"Gol-gol", "Pemain-pemain": a reduplicated word is a plural common noun, never a name."""
    first, dash, second = text.partition("-")
    return bool(dash) and first.casefold() == second.casefold()


def _initial_before_person(reader: Reader, i: int) -> Chunk | None:
    """"Wakil Presiden M Jusuf Kalla": an initial (with or without its period) right before a person
    the gazetteer knows is part of that person's name, not a name of its own."""
    tokens = reader.tokens
    if len(tokens[i].text) != 1 or not tokens[i].text.isupper():
        return None
    j = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." else i + 1
    found = reader.gaz.match(tokens, j) if j < len(tokens) and not line_break_before(reader, j) else None
    if found is None or reader.gaz.entries[found[1][0]].type != "PERSON":
        return None
    return Chunk(i, found[0], "gaz", found[1])


def acronym_at(reader: Reader, i: int) -> Chunk | None:
    """"(CIA)", "(ISW)": one upper-case token in parentheses."""
    tokens = reader.tokens
    if i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")":
        word = tokens[i + 1]
        if reader.is_stop(word):
            return None  # "Surat Pemberitahuan ( SPT )": the acronym of a document is no name either
        if word.is_word and word.text[0].isupper() and sum(c.isupper() for c in word.text) >= 2:
            return Chunk(i, i + 3, "acronym")
    return None


def short_form_at(reader: Reader, k: int) -> Chunk | None:
    """"(Jampidsus)", "(Bakamla)": a short form made of the words' first syllables, written with one
    capital, in parentheses; a company's legal form ("(Persero)", "(Tbk)") is none."""
    tokens = reader.tokens
    if not (k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")"):
        return None
    word = tokens[k + 1]
    short = word.text.isalpha() and word.is_cap and not only_trailing_forms(word.text)
    return Chunk(k, k + 3, "acronym") if short else None


def chunk_at(reader: Reader, i: int) -> Chunk | None:
    """The chunk starting at token ``i``, if a name starts there."""
    token = reader.tokens[i]
    if not token.is_word or not token.is_cap:
        return acronym_at(reader, i) if token.text == "(" else None
    if _reduplicated(token.text):
        return None
    initial = _initial_before_person(reader, i)
    if initial is not None:
        return initial
    found = _longer_compass_region(reader, i, reader.gaz.match(reader.tokens, i))
    if found and _unit_number(reader, i, found[0]):
        return None
    if found and _head_word_not_place(reader, i, found):
        found = None  # "Bursa Efek Indonesia": the stock exchange, not the Turkish province "Bursa"
    if found and found[0] == i + 1 and _particles_then_name(reader, i + 1) > i + 1:
        found = None  # "Van der Sar": a one-word place before name particles opens a person's name
    if found and (_foreign_twin(reader, found[0], found[1][0]) or _foreign_owner(reader, i, found[1][0])):
        found = None  # "Kementerian Luar Negeri Turki", "the Malaysian Health Ministry": another state's
    if found and _outlet_word_in_name(reader, i, found):
        found = None  # "Tribun Barat": another name that opens with an outlet's one-word alias
    if found and (club_end := _initials_club_end(reader, i, found)) is not None:
        return Chunk(i, club_end, "org")  # "AS Roma": a club's initials and its town, not the United States
    if found:
        place = reader.gaz_type(Chunk(i, found[0], "gaz", found[1])) == "LOC"
        if place and _event_tail_at(reader, found[0]):
            return Chunk(i, found[0] + 1, "event")  # "Indonesia Open", "Jakarta Marathon"
        if place and (tail := _org_tail_end(reader, found[0], i)) is not None:
            return Chunk(i, tail, "org")  # "China Coast Guard": the state's service, not the country
        return Chunk(i, found[0], "gaz", found[1])
    if reader.lex.kind_of(token.key, "collective") and _capital_after(reader, i):
        return None  # "Manajemen PT Sinar Jaya": the body's people, then the body's name
    if reader.lex.kind_of(token.key, "body"):
        return Chunk(i, _body_place_end(reader, i + 1), "org")  # "Dispora | Andi Wijaya", "Dinkes Garut"
    if reader.lex.kind_of(token.key, "org-head"):
        end = _org_end(reader, i + 1)
        if end == i + 1 and sentence_start(reader.tokens, i, reader.text):
            return None  # "Dewan etik yang …": the head word alone opening a sentence names nothing
        return Chunk(i, _through_spelled_words(reader, i, end), "org")
    if ministry_short_form(token) and _name_after(reader, i):
        return Chunk(i, i + 1, "org")  # "Kemenpar | Esthy Reko Astuti": the ministry, then its official
    if reader.lex.kind_of(token.key, "event-head"):
        end = _org_end(reader, i + 1)
        return Chunk(i, end, "event") if end > i + 1 else None
    if reader.lex.kind_of(token.key, "area-head") and _place_after(reader, i + 1):
        return None  # "Kawasan Danau Bungara", "Kawasan Puncak": the area is the place named after it
    if reader.lex.kind_of(token.key, "loc-head") or reader.lex.kind_of(token.key, "area-head"):
        end = _plain_end(reader, i + 1)
        if token.key in _ZONE_HEADS and end > i + 1:
            return _zone(reader, i, end)
        return Chunk(i, end, "loc") if end > i + 1 else None
    if reader.is_stop(token) or _derived_opening(reader, i) or _trade_before_name(reader, i):
        return None  # "Pernyataan Fahri", "tentang Pemberhentian X", "Nelayan Nama": the name starts after it
    end = _plain_end(reader, i + 1)
    if end == i + 1 and (_ROMAN.fullmatch(token.text) or reader.lex.kind_of(token.key, "org-last")):
        return None  # "komisi III"; "Group CEO Nama": a company's closing word alone names nothing
    if _hyphened_to_next(reader, i) and token.key == reader.tokens[i + 1].key:
        return None  # "Song-Song", "Kota-Kota": a reduplicated word is no name (see ``_reduplicated``)
    lowered = token.text.lower() in reader.lower_words and not _hyphened_to_next(reader, i)
    head = next((k for k in range(i + 1, end) if _inner_head(reader, k)), None)
    if head is not None and head > i + 1 and lowered and sentence_start(reader.tokens, i, reader.text) \
            and reader.lex.kind_of(reader.tokens[head].key, "org-last"):
        return None  # "Saham Starbucks Corp naik" where the article also writes "saham": the body follows
    if head is not None:  # "Reskrim Polres Lhokseumawe"; "Post Office | Travel Money ( POTM )" spelled whole
        return Chunk(i, _through_spelled_words(reader, i, _org_end(reader, head + 1)), "org")
    if end > i + 1 and reader.lex.kind_of(reader.tokens[end - 1].key, "event-tail"):
        return Chunk(i, end, "event")  # "SEA Games", "Asian Games": a competition, not a person
    if end > i + 1 and _club_word(reader, end - 1):
        return Chunk(i, end, "org")  # "Stoke City", "Blackburn Rovers" where the town is unknown
    if end > i + 1 and lowered and sentence_start(reader.tokens, i, reader.text):
        return None  # "Istri Fendi lalu masuk" where the article also writes "istri"
    return Chunk(i, end, "name")


# Zones a state claims at sea, named with the state after them ("Zona Ekonomi Eksklusif Indonesia").
_ZONE_HEADS = frozenset({"zona"})


def _inner_head(reader: Reader, k: int) -> bool:
    """Token ``k``, inside a run, is the head of a body's name ("Reskrim Polres …", "Cabinet Office")."""
    key = reader.tokens[k].key
    return reader.lex.kind_of(key, "org-head") or reader.lex.kind_of(key, "org-last")


def _zone(reader: Reader, i: int, end: int) -> Chunk:
    """A zone with its state after it ("Zona Ekonomi Eksklusif Indonesia") is a place; before a body
    ("Zona Maritim Tengah | Badan Keamanan Laut") it is that body's regional command."""
    tokens = reader.tokens
    same_line = end < len(tokens) and not line_break_before(reader, end)
    found = reader.gaz.match(tokens, end) if same_line else None
    body = found is not None and reader.gaz.entries[found[1][0]].type == "ORG"
    if body or (end < len(tokens) and tokens[end].is_cap and reader.lex.kind_of(tokens[end].key, "org-head")):
        return Chunk(i, end, "org")
    return Chunk(i, _through_state(reader, end), "loc")


def _through_state(reader: Reader, end: int) -> int:
    """After a zone's words, the country whose zone it is, on the same line."""
    found = reader.gaz.match(reader.tokens, end) if end < len(reader.tokens) else None
    if found is None or line_break_before(reader, end) or reader.gaz.entries[found[1][0]].kind != "country":
        return end
    return found[0]


_LONGEST_SPELLED = 3  # capitalised words after a place that an acronym may still spell


def _through_spelled_words(reader: Reader, start: int, end: int) -> int:
    """"PT Liga Indonesia | Baru ( LIB )": an organisation run that stopped at a place goes on through
    the capitalised words before an acronym in parentheses when the acronym spells the run's last words
    with them; "Kementerian Luar Negeri Rusia Maria Zakharova" has no such acronym and stays cut."""
    tokens = reader.tokens
    k = end
    while k < len(tokens) and k - end < _LONGEST_SPELLED and tokens[k].is_word and tokens[k].is_cap \
            and not line_break_before(reader, k):
        k += 1
    if k == end or acronym_at(reader, k) is None:
        return end
    letters = tokens[k + 1].text.casefold()
    spelled = any("".join(t.text[0] for t in tokens[s:k]).casefold() == letters for s in range(start, end))
    return k if spelled else end


def _capital_after(reader: Reader, i: int) -> bool:
    tokens = reader.tokens
    return i + 1 < len(tokens) and tokens[i + 1].is_cap and not line_break_before(reader, i + 1)


def _body_place_end(reader: Reader, j: int) -> int:
    """Where a one-word body ("Dinkes") ends: after the place the gazetteer knows right after it
    ("Dinkes Jawa Barat", "Dispora Kota Bekasi", "Dinkes Garut"); other capitalised words after it
    are its official's name, not the body's."""
    tokens = reader.tokens
    if j >= len(tokens) or not _capital_after(reader, j - 1) or reader.is_role_start(j):
        return j
    found = reader.gaz.match(tokens, j)
    if found is not None:
        return _through_compass(reader, found[0]) if reader.gaz.entries[found[1][0]].type == "LOC" else j
    end = _plain_end(reader, j)
    if reader.lex.kind_of(tokens[j].key, "loc-head") and end > j + 1:
        return j + 1 + max(1, region_size([t.key for t in tokens[j + 1:end]]))  # "Dinkes Kabupaten Sukamaju"
    return j + region_size([t.key for t in tokens[j:end]])


_MINOR_PLACE_KINDS = frozenset({"subdivision", "place"})


def _head_word_not_place(reader: Reader, i: int, found: tuple[int, tuple[str, ...]]) -> bool:
    """A body's head word that also names a minor place abroad opens the body's name when capitalised
    words follow it on its line."""
    entry = reader.gaz.entries[found[1][0]]
    return (found[0] == i + 1 and entry.kind in _MINOR_PLACE_KINDS
            and reader.lex.kind_of(reader.tokens[i].key, "org-head") and _capital_after(reader, i))


_MINISTRY_WORDS = ("kementerian", "kementrian")


def ministry_short_form(token: Token) -> bool:
    """"Kemenpar", "Kemendes", "Kemenko Polhukam": a ministry's short form ("Kemen-" and pieces of its
    field's words) that the gazetteer may not list; a word of the language ("Kemenangan") is none."""
    key = token.key
    if not key.startswith("kemen") or len(key) <= len("kemen") + 1 or key.startswith(_MINISTRY_WORDS):
        return False  # "Kementerian", and its common misspelling "Kementrian", are the word in full
    return token.is_cap and not is_dictionary_word(token.text)


def _name_after(reader: Reader, i: int) -> bool:
    """A name's word follows on the line: capitalised, no acronym ("Kemenhan AS" is the ministry's
    country) and no name the gazetteer knows."""
    if not _capital_after(reader, i):
        return False
    following = reader.tokens[i + 1]
    return following.is_word and not following.is_upper and reader.gaz.match(reader.tokens, i + 1) is None


def _outlet_word_in_name(reader: Reader, i: int, found: tuple[int, tuple[str, ...]]) -> bool:
    """An outlet known by one word ("Tribun", "Kompas") followed on its line by a capitalised word
    that goes on the name ("Tribun Barat", a stadium's west stand; "Kompas Gramedia", a group): the
    outlet's alias is only the first word of another name. A date or a verb after it ("Kompas Senin")
    ends no name, so the outlet stays."""
    if found[0] != i + 1 or reader.tokens[i].is_upper or not _capital_after(reader, i):
        return False  # an outlet's acronym ("RT", "AFP") is written so before anything
    if reader.gaz.entries[found[1][0]].kind != "outlet":
        return False
    following = reader.tokens[i + 1]
    return following.is_word and not reader.is_stop(following) and not headline_verb_shaped(following.text)


def headline_verb_shaped(word: str) -> bool:
    """A capitalised verb with an active or passive prefix ("Melaporkan", "Dikutip")."""
    return word[:1].isupper() and not word.isupper() and word.lower().startswith(("me", "di")) \
        and is_derived_word(word.lower())


def _longer_compass_region(reader: Reader, i: int,
                           found: tuple[int, tuple[str, ...]] | None) -> tuple[int, tuple[str, ...]] | None:
    """A regency named bare with its compass word ("Pesisir Selatan", "Lombok Timur") when it reaches
    further than the gazetteer's own name at ``i`` (none, or the island "Lombok")."""
    tokens, regions = reader.tokens, compass_regions()
    if tokens[i].key not in compass_region_openers():
        return found  # most capitalised words open no such regency: asked of every one
    for size in range(MAX_REGION, 1, -1):
        end = i + size
        if end > len(tokens) or (found is not None and found[0] >= end):
            continue
        window = tokens[i:end]
        if not all(t.is_cap for t in window) or any(line_break_before(reader, k) for k in range(i + 1, end)):
            continue
        ids = regions.get(tuple(t.key for t in window))
        if ids:
            return end, ids
    return found


def _through_compass(reader: Reader, end: int) -> int:
    """After a place, its compass words ("Kota Bandung | Barat")."""
    tokens = reader.tokens
    while end < len(tokens) and tokens[end].is_cap and tokens[end].key in COMPASS_WORDS \
            and not line_break_before(reader, end):
        end += 1
    return end


def _event_tail_at(reader: Reader, j: int) -> bool:
    """Token ``j`` follows the name before it on the same line and ends an event's name."""
    tokens = reader.tokens
    return (j < len(tokens) and tokens[j].is_cap and not line_break_before(reader, j)
            and reader.lex.kind_of(tokens[j].key, "event-tail"))


ORG_TAIL_WORDS = 3


def _org_tail_end(reader: Reader, j: int, place: int) -> int | None:
    """End of a short capitalised run at ``j`` on the line of the place at ``place`` ending with an
    organisation's tail ("Coast Guard", "Navy") or a club's ("Bali United"), or None."""
    tokens = reader.tokens
    if j >= len(tokens) or not tokens[j].is_cap or line_break_before(reader, j):
        return None
    end = _plain_end(reader, j)
    if end - j <= ORG_TAIL_WORDS and reader.lex.kind_of(tokens[end - 1].key, "org-tail"):
        return end
    club_end = j
    while club_end < len(tokens) and _club_word(reader, club_end):
        club_end += 1  # "Bali United | Widodo Cahyono Putro": the club's word, then its coach's name
    if _team_nickname(reader, club_end, place, club_end > j):
        return club_end + 1  # "Oklahoma City Thunder", "Chicago Bulls"
    return club_end if club_end > j else None


# A team's nickname in English, a plural with a consonant before its "s" ("Bulls", "Pacers", "Lakers");
# given names that end in "s" have a vowel there ("Agus", "Anies", "Markus").
PLURAL_NICKNAME = re.compile(r"[A-Z][a-z]*[b-df-hj-np-tv-z]s")


def _team_nickname(reader: Reader, k: int, place: int, after_club_word: bool) -> bool:
    """In a report on a match, a town opens the run and one foreign word closes it: the team's nickname,
    after a club's word ("Oklahoma City Thunder") or an English plural ("Chicago Bulls"). A longer run may
    go on with a person's name ("Oklahoma City Thunder Russell Westbrook"); a player named after a place
    is no team ("Nelson Semedo", "Jordan Ayew"), nor a country's side ("Belanda Frank de Boer")."""
    tokens = reader.tokens
    if k >= len(tokens) or (k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].is_cap):
        return False
    if place > 0 and tokens[place - 1].is_word and tokens[place - 1].is_cap:
        return False  # "Gubernur Jakarta Anies": the place is a post's, the word after it its holder
    word = tokens[k]
    if not (word.is_word and word.is_cap and word.text.isalpha() and not word.is_upper) \
            or line_break_before(reader, k) or word.key in COMPASS_WORDS or reader.is_role_start(k):
        return False
    if not after_club_word and PLURAL_NICKNAME.fullmatch(word.text) is None:
        return False
    if is_dictionary_word(word.text) or reader.is_stop(word) or reader.gaz.match(tokens, k) is not None:
        return False
    found = reader.gaz.match(tokens, place)
    if found is None or reader.gaz.entries[found[1][0]].kind == "country":
        return False
    return _sports_text(reader.text)


# Initials that open clubs' names before their town ("AS Roma", "AS Saint-Etienne") and that the gazetteer
# knows as a country's short form ("AS": Amerika Serikat).
_CLUB_INITIALS_BEFORE_TOWN = frozenset({"AS"})
_HOME_COUNTRIES = frozenset({"ID", "US"})  # of the news read here, and of the state "AS" names


def _initials_club_end(reader: Reader, i: int, found: tuple[int, tuple[str, ...]]) -> int | None:
    """End of a club named by its initials and its town, in a report on a match ("AS Roma"), or None: the
    initials the gazetteer reads as a country are right before a foreign town or city on their line (a
    country after them is that country's other side: "AS - China", "AS China")."""
    tokens = reader.tokens
    if tokens[i].text not in _CLUB_INITIALS_BEFORE_TOWN or found[0] != i + 1 or found[0] >= len(tokens) \
            or line_break_before(reader, found[0]):
        return None
    town = reader.gaz.match(tokens, found[0])
    if town is None:
        return None
    entry = reader.gaz.entries[town[1][0]]
    if entry.type != "LOC" or entry.kind == "country" or entry.country in _HOME_COUNTRIES \
            or not _sports_text(reader.text):
        return None  # "Duta Besar AS Jakarta", "Konsulat AS Surabaya": the state's mission in a town
    return town[0]


def _club_word(reader: Reader, j: int) -> bool:
    """A word a club's name ends with after its town's ("Bali United", "Arema FC"); "City" only in a
    report on a match ("Stoke City", but "Kansas City")."""
    token = reader.tokens[j]
    if not token.is_cap or line_break_before(reader, j):
        return False
    return reader.lex.kind_of(token.key, "club-tail") or (
        reader.lex.kind_of(token.key, "sports-tail") and _sports_text(reader.text))


# Words of a report on a match: "Stoke City" names the club only in such text ("Kansas City" elsewhere
# is the town).
_SPORTS_WORDS = re.compile(
    r"\b(?:[Kk]lub|[Ss]kua[dt]|[Kk]ontra|[Ll]aga|[Ll]iga|[Gg]ol|[Pp]elatih|[Kk]lasemen|NBA)\b"
    r"|(?<![\d/])\b\d{1,2} ?[-–] ?\d{1,2}\b(?![-/]?\d)")  # or a score, "2-1", "0 - 1"


def _sports_text(text: str) -> bool:
    return _SPORTS_WORDS.search(text) is not None


def _place_after(reader: Reader, j: int) -> bool:
    """A place's name opens at token ``j``: one the gazetteer knows, or a place's head word ("Danau")."""
    tokens = reader.tokens
    if j >= len(tokens) or not tokens[j].is_cap:
        return False
    found = reader.gaz.match(tokens, j)
    if found is not None:
        return reader.gaz.entries[found[1][0]].type == "LOC"
    return reader.lex.kind_of(tokens[j].key, "loc-head")


def _trade_before_name(reader: Reader, i: int) -> bool:
    """A person's trade (lexicon kind ``occupation``) opens the run and a name word follows it, no word of
    the language ("Nelayan Sahrul Gunawan"; but "Aktris Televisi Terbaik", an award, stays one run)."""
    tokens = reader.tokens
    return reader.lex.kind_of(tokens[i].key, "occupation") and i + 1 < len(tokens) \
        and tokens[i + 1].is_cap and name_word_after_trade(tokens[i + 1].text)


def name_word_after_trade(word: str) -> bool:
    """The word after a trade may open a name: no word of the language, plain or affixed ("Sahrul", not
    "Televisi", "Terbaik"; a given name that is also a word, "Budi", leaves the trade in the run)."""
    return not (is_dictionary_word(word) or is_derived_word(word) or is_affixed_common_word(word))


def _derived_opening(reader: Reader, i: int) -> bool:
    """A derived common word opens the run, and no preposition of place stands before it
    (places are named so too: "di Kemayoran", "ke Penjaringan")."""
    token = reader.tokens[i]
    if token.text.isupper() or not is_derived_word(token.text):
        return False
    return i == 0 or not reader.lex.kind_of(reader.tokens[i - 1].key, "locative")


def _unit_number(reader: Reader, start: int, end: int) -> bool:
    """"RT 012", "RW 001": a one-word gazetteer hit that is also a word for a unit, before a number."""
    tokens = reader.tokens
    return (end == start + 1 and reader.lex.kind_of(tokens[start].key, "not-name") and end < len(tokens)
            and tokens[end].text[:1].isdigit())


def _foreign_twin(reader: Reader, end: int, entry_id: str) -> bool:
    """"Kementerian Luar Negeri Turki": a generic institution name followed by another country
    is that country's institution, not the one the gazetteer knows by the bare name."""
    entry = reader.gaz.entries[entry_id]
    if entry.type != "ORG" or end >= len(reader.tokens):
        return False
    following = reader.gaz.match(reader.tokens, end)
    if not following:
        return False
    country = reader.gaz.entries[following[1][0]]
    return country.kind == "country" and country.country != entry.country


_POSSESSIVE = re.compile(r"['’]s\Z")


def _foreign_owner(reader: Reader, i: int, entry_id: str) -> bool:
    """"the Malaysian Health Ministry", "Japan's Trade Ministry": a state institution's English name
    after another country (its adjective or its possessive) is that country's, not Indonesia's."""
    entry = reader.gaz.entries[entry_id]
    if entry.type != "ORG" or entry.country is None or i == 0:
        return False
    owner = _POSSESSIVE.sub("", reader.tokens[i - 1].text)
    ids = reader.gaz.names.get(key_of(owner), ()) if owner[:1].isupper() else ()
    countries = [reader.gaz.entries[x] for x in ids if reader.gaz.entries[x].kind == "country"]
    return bool(countries) and all(c.country != entry.country for c in countries)


def _org_end(reader: Reader, j: int) -> int:
    """An organisation run goes on through capitalised words and non-person gazetteer names."""
    tokens = reader.tokens
    end = j
    company = j > 0 and legal_forms().get(tokens[j - 1].key) == "before"  # "PT Sinar 99 Permai"
    after_known_org = False  # "Komisi VIII DPR | Khatibul Umam": past a known body only known names follow
    in_person = False  # inside the name of the person a body is named after ("RSUD Dr. M. Zein")
    while j < len(tokens) and not line_break_before(reader, j):
        token = tokens[j]
        if token.text == "." and _abbreviation_in_name(reader, j, in_person):
            j, in_person = j + 1, True
        elif token.is_word and token.is_cap:
            if _rank_at(reader, j) or reader.lex.kind_of(tokens[j - 1].key, "org-last"):
                break  # "Polda Metro Jaya | Kombes Argo Yuwono", "Suzuki Motor Corporation | Nama Nama"
            if token.key in NAME_LIKE_ROYAL_TITLES and j + 2 < len(tokens) \
                    and opens_titled_name([t.text for t in tokens[j:j + 3]]):
                break  # "Persatuan Catur | Ratu Anisa Pramesti": a person's name opens with the title word
            if token.key in REGIONAL_COMMANDS and _inside_run(reader, j) and _officer_after(reader, j):
                break  # "Direktorat Reserse Kriminal Umum | Polda Jatim | AKBP Nama": the officer's command
            found = reader.gaz.match(tokens, j)
            if found and reader.gaz.entries[found[1][0]].type == "PERSON":
                break
            if after_known_org and not found:
                break
            after_known_org = found is not None and reader.gaz.entries[found[1][0]].type == "ORG"
            place_start = j
            j = found[0] if found else j + 1
            end = j
            if found and reader.gaz.entries[found[1][0]].type == "LOC":
                # "Kementerian Luar Negeri Rusia | Maria Zakharova"; "Dinas Kesehatan Lombok Timur": the
                # region's compass word is the region's
                end = _through_compass(reader, j)
                if tokens[place_start - 1].key in COMMAND_UNITS:
                    end = _through_district_words(reader, end)
                break
        elif reader.lex.kind_of(token.key, "connector") and j + 1 < len(tokens) and tokens[j + 1].is_cap \
                and legal_forms().get(tokens[j + 1].key) != "before" \
                and not reader.lex.kind_of(tokens[j - 1].key, "org-last"):  # "PT A dan CV B", "A Group dan B"
            j += 1
        elif company and _number_inside(reader, j):
            j += 1  # a company's name may hold a number ("PT Sinar 99 Permai", "CV Maju 3 Bersaudara")
        else:
            break
    return end


def _number_inside(reader: Reader, j: int) -> bool:
    """A number between two capitalised words of one line ("Sinar 99 Permai")."""
    tokens = reader.tokens
    return (tokens[j].text.isdigit() and j + 1 < len(tokens) and tokens[j - 1].is_cap
            and tokens[j + 1].is_word and tokens[j + 1].is_cap and not line_break_before(reader, j + 1)
            and reader.text[tokens[j - 1].end:tokens[j + 1].start].count(" ") == 2)


# Titles that open the name of a person a hospital or school is named after ("RSUD Dr. Soetomo").
_NAME_TITLES = frozenset({"dr", "prof", "ir", "drs", "kh"})


def _abbreviation_in_name(reader: Reader, j: int, in_person: bool) -> bool:
    """The period at ``j`` ends a title or an initial inside a body's name ("RSUD Dr. M. Zein Painan"), and
    the name goes on after it, so it ends no sentence."""
    tokens = reader.tokens
    if j + 1 >= len(tokens) or not (tokens[j + 1].is_word and tokens[j + 1].is_cap) \
            or line_break_before(reader, j + 1):
        return False
    before = tokens[j - 1]
    initial = len(before.text) == 1 and before.text.isupper()
    return before.key in _NAME_TITLES or (in_person and initial)


# Regional police and army commands: a directorate or unit named before one belongs to it; before an
# officer's rank the command is a body of its own ("Direktorat Reserse Kriminal Umum | Polda Jatim | AKBP X").
REGIONAL_COMMANDS = frozenset({"polda", "polres", "polresta", "polrestabes", "polsek", "kodam", "korem",
                               "kodim"})


# Police and army units named after the district they serve, whose name may run past a known
# city ("Polsek Medan Baru", "Koramil Kebayoran Lama"): the district's words are the unit's.
COMMAND_UNITS = REGIONAL_COMMANDS | frozenset({"koramil", "polsubsektor", "lanal", "lanud", "kodaeral"})
DISTRICT_WORDS = 2


def _through_district_words(reader: Reader, end: int) -> int:
    """After a unit's city, up to two more capitalised words of its district ("Baru", "Kota"): common
    words, no rank, role, calendar or speech word and no other known name among them; and the run ends
    there, or goes on to an officer's rank, since a name ("Polres Bogor Budi Santoso") would go on."""
    tokens = reader.tokens
    limit = min(len(tokens), end + DISTRICT_WORDS)
    j = end
    while j < limit and _district_word(reader, j):
        j += 1
    if j == end or (j < len(tokens) and tokens[j].is_word and tokens[j].is_cap and not _rank_at(reader, j)
                    and not line_break_before(reader, j)):
        return end
    return j


def _district_word(reader: Reader, j: int) -> bool:
    token = reader.tokens[j]
    return (token.is_word and token.is_cap and not line_break_before(reader, j)
            and is_dictionary_word(token.text)
            and not (_rank_at(reader, j) or reader.is_stop(token) or reader.is_role_start(j)
                     or reader.gaz.match(reader.tokens, j)))


def _officer_after(reader: Reader, j: int) -> bool:
    """The command's name at ``j`` is followed by a rank: the officer named next serves in the
    command, so it is a body of its own beside the directorate before it."""
    end = _org_end(reader, j + 1)
    return end < len(reader.tokens) and _rank_at(reader, end)


def _inside_run(reader: Reader, j: int) -> bool:
    """Token ``j`` follows two capitalised words or more of the run on its line."""
    tokens = reader.tokens
    return j >= 2 and tokens[j - 1].is_cap and tokens[j - 2].is_cap and not line_break_before(reader, j - 1)


_RANK_WORDS: dict[int, frozenset[str]] = {}  # id of a Lexicon -> first words of its ranks


def _rank_at(reader: Reader, j: int) -> bool:
    """A rank opens at token ``j``; "Jenderal" alone also sits inside names ("Direktorat Jenderal Pajak")."""
    lex = reader.lex
    ranks = _RANK_WORDS.get(id(lex))
    if ranks is None:
        ranks = frozenset(keys[0] for keys, word in lex.roles.items() if word.kind == "rank") - {"jenderal"}
        _RANK_WORDS[id(lex)] = ranks
    return reader.tokens[j].key in ranks


def _plain_end(reader: Reader, j: int) -> int:
    """A plain run: capitalised words, initials ("W."), particles ("bin") between capitals."""
    tokens = reader.tokens
    end, first = j, j - 1
    while j < len(tokens) and not line_break_before(reader, j):
        token = tokens[j]
        if token.text == "." and len(tokens[j - 1].text) == 1 and tokens[j - 1].is_cap:
            j += 1  # the period of an initial
            continue
        if token.is_word and token.is_cap:
            after_particle = reader.lex.kind_of(tokens[j - 1].key, "particle")  # "Muchsin Al Atas"
            if (reader.is_stop(token) and not after_particle and not _initial_inside(reader, j)) \
                    or reader.gaz.match(tokens, j) \
                    or (reader.is_role_start(j) and token.key not in _NAME_LIKE_TITLES
                        and (reader.role_phrase_at(j) or _capital_after(reader, j))):
                break
            if reader.text[tokens[j - 1].end:token.start] == "-" and _name_before_hyphened(reader, first, j):
                return j - 1  # "Eksekutif Dortmund | Hans-Joachim Watzke": the club stands alone elsewhere
            if reader.text[tokens[j - 1].end:token.start] == "-" and two_names_hyphened(reader, j, first):
                break  # "Naryshkin-Burns" names two people
            if _hyphened_name_ends(reader, j):
                break  # "CEO Go-Jek Nadiem Makarim": the company, then its chief
            j += 1
            end = j
        elif _particles_then_name(reader, j) > j:
            j = _particles_then_name(reader, j)
        elif _hyphenated_given_name(reader, j):
            j += 2  # "Tsai Ing - wen", "Moon Jae - in": the given name's second syllable
            end = j
        elif j == first + 1 and _article_then_number(reader, first):
            j += 1  # "Le 10 Sport": a French or Spanish article opens a title holding a number
        else:
            break
    return end


def two_names_hyphened(reader: Reader, j: int, first: int) -> bool:
    """The hyphen before token ``j`` joins two names ("Naryshkin-Burns", "Prabowo-Sandi"), not the
    halves of one ("Go-Jek", "Coca-Cola", "Rolls-Royce"): the article writes both halves as words of
    their own elsewhere, or names stand on both sides of the hyphened word in the run that opened at
    ``first`` (a ticket, "Hendra Gunawan-Sri Wahyuni"; "Jean-Claude Juncker" and "Catherine Zeta-Jones"
    are one person). A half the gazetteer knows ("Jawa-Bali") parts the run before this is asked."""
    tokens = reader.tokens
    if (j - 1 > first and _name_word_next(reader, j)) or _not_a_names_half(reader, j):
        return True
    if _route_before(reader, first, j - 1) or _shared_second_half(reader, tokens[j].text):
        return True
    return _stands_alone(reader, tokens[j - 1].text) or _stands_alone(reader, tokens[j].text)


def _route_before(reader: Reader, first: int, half: int) -> bool:
    """A route word stands a few tokens before the run that opened at ``first``, or inside it before the
    hyphened word's first half at ``half`` ("jalan Tol Bakauheni-Sidomulyo"), on the same line, with only
    lower-case words between it and the run ("penerbangan langsung Jakarta-Medan"): a name between
    them ("Penerbangan Garuda dari …") is what the route word belongs to."""
    for k in range(half - 1, max(first - _ROUTE_REACH, 0) - 1, -1):
        token = reader.tokens[k]
        if line_break_before(reader, k + 1) or (k < first and token.is_cap and token.key not in _ROUTE_WORDS):
            return False
        if token.key in _ROUTE_WORDS:
            return True
    return False


def _shared_second_half(reader: Reader, word: str) -> bool:
    """The article hyphens ``word`` after two or more different words ("Jakarta-Silangit", "Batam-Silangit",
    "Kuala Namu-Silangit"): a shared stop of routes. A family of brands shares its first half instead
    ("Go-Jek", "Go-Pay")."""
    partners = {m.group(1) for m in re.finditer(rf"(\w+)-{re.escape(word)}(?![\w-])", reader.text)}
    return len(partners) > 1


def _not_a_names_half(reader: Reader, j: int) -> bool:
    """The word before the hyphen at token ``j`` is no half of one name with the word after it: an
    outlet's or a place's lead ("Rimanews-Miley Cyrus", "JUARA.net-Persipura", "KOWLOON-Pasangan"), a
    short form in capitals before a word that is not ("MD-Grup A"), a domain, or one stop of a route
    of three or more ("Sanana-Pohea-Malbufa")."""
    tokens, text = reader.tokens, reader.text
    before, after = tokens[j - 1], tokens[j]
    if "." in before.text or (before.is_upper and not after.is_upper):
        return True
    if (j >= 2 and text[tokens[j - 2].end:before.start] == "-") or (
            j + 1 < len(tokens) and text[after.end:tokens[j + 1].start] == "-" and tokens[j + 1].is_cap):
        return True
    line_start = text.rfind("\n", 0, before.start) + 1
    if before.start - line_start >= _LEAD_REACH:
        return False
    lead = find_lead(text[line_start:line_start + _LEAD_REACH])
    return lead is not None and line_start + lead.end == after.start


def _name_before_hyphened(reader: Reader, first: int, j: int) -> bool:
    """The run that opened at ``first`` holds a name of its own before the hyphened word ending at
    ``j`` ("Dortmund" of "Dortmund Hans-Joachim Watzke"): the article writes those words elsewhere as a
    name that ends there, and never writes them with the hyphened word's first half, as it would the
    first candidate of a ticket ("Hendra Gunawan" of "Hendra Gunawan-Sri Wahyuni")."""
    tokens, text = reader.tokens, reader.text
    if j - 1 <= first:
        return False
    for start in range(first, j - 1):
        before = text[tokens[start].start:tokens[j - 2].end]
        with_half = text[tokens[start].start:tokens[j - 1].end]
        if _ends_a_name_elsewhere(text, before, tokens[start].start) and not _elsewhere(text, with_half,
                                                                                      tokens[start].start):
            return True
    return False


def _ends_a_name_elsewhere(text: str, name: str, here: int) -> bool:
    """``name`` stands elsewhere in ``text`` with no capitalised word or hyphen right after it."""
    return any(m.start() != here and not _capital_follows(text, m.end()) and text[m.end():m.end() + 1] != "-"
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text))


def _elsewhere(text: str, name: str, here: int) -> bool:
    return any(m.start() != here for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w])", text))


def _name_word_next(reader: Reader, j: int) -> bool:
    """A capitalised word follows token ``j`` after a space, on the same line."""
    tokens = reader.tokens
    return j + 1 < len(tokens) and tokens[j + 1].is_word and tokens[j + 1].is_cap \
        and reader.text[tokens[j].end:tokens[j + 1].start] == " "


def _stands_alone(reader: Reader, word: str) -> bool:
    """``word`` stands in the text as a word with no hyphen joining it to a neighbour."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", reader.text) is not None


def _hyphened_to_next(reader: Reader, i: int) -> bool:
    """Token ``i`` is the first half of a hyphened name ("Go-Tix"): a common word the article writes in
    lower case ("go public") proves nothing about the name it opens."""
    tokens = reader.tokens
    return i + 1 < len(tokens) and tokens[i + 1].is_cap \
        and reader.text[tokens[i].end:tokens[i + 1].start] == "-"


def _hyphened_name_ends(reader: Reader, j: int) -> bool:
    """A hyphened name ("Go-Jek") ends right before token ``j`` when the article writes it elsewhere as
    a name of its own, no capitalised word after it: "CEO Go-Jek Nadiem Makarim" beside "Go-Jek kini
    …". A hyphened given name ("Jean-Claude Juncker") is written before its surname everywhere."""
    tokens = reader.tokens
    if j < 2 or reader.text[tokens[j - 2].end:tokens[j - 1].start] != "-":
        return False
    name = reader.text[tokens[j - 2].start:tokens[j - 1].end]
    if j >= 3 and reader.text[tokens[j - 3].end:tokens[j - 2].start] == "-":
        return False  # a longer chain ("Bosnia-Herzegovina-Serbia") is no one name
    return any(not _capital_follows(reader.text, m.end())
               for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", reader.text))


def _capital_follows(text: str, at: int) -> bool:
    """The next thing after ``at`` (spaces skipped, on the same line) is a capitalised word."""
    rest = text[at:at + 40]
    stripped = rest.lstrip(" \t")
    return bool(stripped) and stripped[0].isupper() and len(rest) > len(stripped)


def _article_then_number(reader: Reader, first: int) -> bool:
    """A capitalised name particle ("Le", "La", "El") opens the run and a number stands after it between
    capitalised words: the title of an outlet or a work ("Le 10 Sport"), which a person's name never is."""
    return reader.lex.kind_of(reader.tokens[first].key, "particle") and _number_inside(reader, first + 1)


def _initial_inside(reader: Reader, j: int) -> bool:
    """An initial with its period right after it inside a run, after a name word ("Darmin A. Sigilipu"):
    the English article "A" takes no period and opens what it names ("Grup A . Dua" ends a sentence)."""
    tokens = reader.tokens
    if not (0 < j < len(tokens) - 2 and len(tokens[j].text) == 1 and tokens[j + 1].text == "."
            and tokens[j].end == tokens[j + 1].start):
        return False
    before, after = tokens[j - 1], tokens[j + 2]
    return before.is_word and before.is_cap and after.is_word and after.is_cap \
        and not is_dictionary_word(after.text)  # "di Grup A. Dua kemenangan …": a new sentence


_SYLLABLE = re.compile(r"[a-z]{2,5}")


def _free_word(text: str, word: str) -> bool:
    """``word`` stands somewhere in ``text`` on its own, not right after a hyphen ("yang", "di")."""
    return any(not text[:m.start()].rstrip().endswith("-") for m in re.finditer(rf"\b{word}\b", text))


def _hyphenated_given_name(reader: Reader, j: int) -> bool:
    """A hyphen at ``j`` joins a short capitalised syllable after a family name ("Tsai Ing") to a
    lower-case one that the text writes nowhere else as a word ("wen"): an East Asian given name,
    written with spaces around the hyphen in tokenised copy."""
    tokens = reader.tokens
    if tokens[j].text != "-" or j < 2 or j + 1 >= len(tokens):
        return False
    syllable, head, family = tokens[j + 1].text, tokens[j - 1], tokens[j - 2]
    return (_SYLLABLE.fullmatch(syllable) is not None and not _free_word(reader.text, syllable)
            and head.is_cap and len(head.text) <= 5 and family.is_cap and family.is_word
            and not line_break_before(reader, j + 1)
            and (j + 2 >= len(tokens) or tokens[j + 2].text != "-"))


def _particles_then_name(reader: Reader, j: int) -> int:
    """Where the name goes on after lower-case particles at ``j`` ("van der Sar", "bin Zayed"):
    the capitalised word after them, or ``j`` when no such word follows."""
    tokens = reader.tokens
    k = j
    while k < len(tokens) and reader.lex.kind_of(tokens[k].key, "particle") and not tokens[k].is_cap:
        k += 1
    return k if k > j and k < len(tokens) and tokens[k].is_cap and not line_break_before(reader, k) else j
