"""The actor phrases of one sentence as groups: names coordinated before or after one
("X, Y dan Z", "TNI - Polri"), named examples ("seperti X dan Y"), asides and appositions
set off by commas or brackets, and whether a preposition governs a phrase.

The base of :class:`warta.article.event_actors.SentenceActors`.
"""

from __future__ import annotations

from warta.article.event_actor_words import (
    AND,
    BREAK,
    GLUE,
    PREPOSITIONS,
    SPEECH_VERBS,
)
from warta.article.event_lexicon import Token, word_set
from warta.article.event_phrases import Phrase
from warta.article.gazetteer import gazetteer
from warta.article.tokens import key_of

_COPULAS = frozenset({"merupakan", "adalah", "ialah", "menjabat", "juga", "sebagai"})
_ALONG = frozenset({"bersama", "beserta"})  # subjects that act together: "X bersama Y berangkat"
_DASHES = frozenset({"-", "–"})
# Alternatives coordinate actors as "dan" does ("PSSI atau LIB", "polisi maupun TNI": one event each;
# docs/annotation.md, coordinated actors).
ALTERNATIVES = frozenset({"atau", "maupun", "or"})
_JOINERS = AND | _ALONG | ALTERNATIVES | {","}
# Additive words after a joiner that still add a member: "X, juga Y", "X begitu juga Y", "X dan juga Y".
_ADDING = word_set("juga pula also")
_EXAMPLES = frozenset({"seperti", "termasuk", "yakni", "yaitu", "antara lain", "such", "including"})
_TRAILING_EXAMPLES = word_set("seperti termasuk yakni yaitu diantaranya antaranya including")
_PLACE_NOUNS = word_set("wilayah kawasan kota provinsi kabupaten negara daerah perairan pulau")
# Gazetteer kinds of a region that sets a place apart ("di Kabupaten Sleman, Yogyakarta,"), no actor.
_REGION_KINDS = frozenset({"province", "city", "regency", "subdivision", "place"})
# After a town in a PP, a country set off by commas places the town too ("di Jeddah, Arab Saudi,").
_COUNTRY_KINDS = _REGION_KINDS | {"country", "capital"}
# Nouns of position between a preposition and a place ("di depan Istana", "di sekitar Monas").
_PLACE_RELATIONS = word_set("depan belakang samping sekitar luar atas bawah tengah seberang dekat sekeliling")
_PLACE_PREPS = frozenset({"di", "ke", "dari", "in", "at", "into"})
# Buildings a body is named after ("di depan Gedung DPR", "di kantor Kemenlu").
_BUILDINGS = word_set("gedung kantor istana markas kompleks balai")
_PLACE_WORDS = _PLACE_RELATIONS | _PLACE_NOUNS | _BUILDINGS
_PLACE_WORDS_MAX = 2
_BRACKET_REACH = 5  # words of a bracketed aside between a subject and its verb ("( 35 )", "( Persero )")


class PhraseGroups:
    """The actor phrases of one sentence, searchable by token position, and how they group."""

    def __init__(self, tokens: list[Token], phrases: list[Phrase]) -> None:
        self.tokens = tokens
        self.phrases = phrases
        self.by_end = {p.end - 1: p for p in phrases}
        self.by_first = {p.first: p for p in phrases}

    def _group_back(self, last: Phrase) -> list[Phrase]:
        """``last`` and the phrases coordinated before it ("X, Y dan Z")."""
        group = [last]
        i = last.first - 1
        joined_by_and = False
        while i >= 1 and (self.tokens[i].low in _JOINERS or self._dash_pair(i)):  # "X bersama Y"
            if self.tokens[i].low in AND and i >= 2 and self.tokens[i - 1].text == ",":
                i -= 1  # "Singapura, Malaysia, dan Australia": the comma before "dan"
                joined_by_and = True
            before = self.by_end.get(i - 1)
            if before is not None and self.tokens[i].low == "," and self.in_pp(before):
                if joined_by_and and self._list_opening(before):
                    group.insert(0, before)  # "petugas gabungan dari Polri, TNI, dan Satpol PP"
                break  # "Menurut dia, Singapura, Malaysia, dan Australia": no member in a PP
            if before is None or (self.tokens[i].low == "," and not joined_by_and):
                break
            joined_by_and = True
            group.insert(0, before)
            i = before.first - 1
        return group

    def group_after(self, first: Phrase) -> list[Phrase]:
        """``first`` and the phrases coordinated after it: "X dan Y", "X, Y dan Z" (a comma alone
        is an apposition: "Pos Polisi Cikokol, Tangerang")."""
        group = [first]
        separators: list[str] = []
        i = self._past_abbreviation(first.end)
        while i + 1 < len(self.tokens) and (self.tokens[i].low in _JOINERS or self._dash_pair(i) or (
                self.tokens[i].low == "begitu" and self.tokens[i + 1].low in _ADDING)):
            skip = self._member_skip(i)
            after = self.by_first.get(i + skip)
            if after is None:
                break
            # the last word before the member: "dan" in "X, Y, dan Z", so the list is not cut as an apposition
            separators.append(self.tokens[i + skip - 1].low)
            group.append(after)
            i = self._past_abbreviation(after.end)
        while separators and separators[-1] == ",":
            separators.pop()
            group.pop()
        return group

    def _member_skip(self, i: int) -> int:
        """Words from the joiner at ``i`` to the next member: "X dan Y" 1, "X, Y, dan Z" and "X dan juga
        Y" 2, "X, juga Y" and "X begitu juga Y" (the joiner "begitu" read at ``i``) as many as added."""
        skip = 1
        listed = i + 2 < len(self.tokens) and self.tokens[i + 1].low in AND | ALTERNATIVES
        if self.tokens[i].text == "," and listed:
            skip = 2  # "X, Y, dan Z", "X, Y, atau Z"
        if i + skip < len(self.tokens) and self.tokens[i + skip].low in _ADDING:
            skip += 1  # "X dan juga Y", "X, juga Y"
        return skip

    def _past_route(self, end: int) -> int:
        """Index after the places of a route or a range that starts before ``end`` ("Surabaya -
        Singapura")."""
        while end + 1 < len(self.tokens) and self.tokens[end].text in _DASHES and end + 1 in self.by_first:
            end = self.by_first[end + 1].end
        return end

    def _list_opening(self, phrase: Phrase) -> bool:
        """Is ``phrase`` the first of a list that "dari" opens ("tim gabungan dari *Polri*, TNI, dan
        Satpol PP", "kapal perang dari *Singapura*, Malaysia dan AS")? The list is one PP, so its
        first member belongs to it (unlike "Menurut dia, Singapura, Malaysia, dan Australia")."""
        return phrase.first >= 1 and self.tokens[phrase.first - 1].low in ("dari", "from")

    def _dash_pair(self, i: int) -> bool:
        """Is the dash at ``i`` the "and" of two bodies named by one word, one an acronym ("TNI -
        Polri")? Between other names a dash is a route or a range ("Ho Chi Minh - Jakarta")."""
        if self.tokens[i].text not in _DASHES or i == 0:
            return False
        before, after = self.by_end.get(i - 1), self.by_first.get(i + 1)
        if before is None or after is None or after.kind != "mention" or after.end - after.first != 1:
            return False
        sides = (self.tokens[i - 1].text, self.tokens[i + 1].text)
        # one side an acronym: "TNI - Polri", not "Seluma - Bengkulu"
        acronym = any(len(side) > 1 and side.isupper() for side in sides)
        return acronym and all(side[:1].isupper() for side in sides)

    def _examples(self, comma: int) -> list[Phrase]:
        """"Pemimpin Eropa lainnya, seperti Angela Merkel dan Emmanuel Macron, juga memberikan
        …": the named examples of an aside ending at ``comma`` are the ones who act."""
        for i in range(comma - 1, 0, -1):
            if self.tokens[i].low in _EXAMPLES and self.tokens[i - 1].low == ",":
                return [p for p in self.phrases if i < p.first and p.end <= comma and p.kind == "mention"
                        and not self.in_pp(p)]
            listed = self.by_first.get(i + 1)
            if self.tokens[i].low == "," and listed is not None and listed.kind == "mention":
                continue  # "yakni Singapura, Malaysia dan Australia": a comma inside the list
            if self.tokens[i].low in {",", ".", ";"}:
                return []
        return []

    def examples_after(self, end: int) -> list[Phrase]:
        """"Sejumlah negara menawarkan bantuan, di antaranya Singapura dan Malaysia": the named
        examples closing the clause, when no other actor stands between ``end`` and them."""
        for i in range(end, len(self.tokens) - 1):
            low = self.tokens[i].low
            if i in self.by_first or low in BREAK or low in (".", ";"):
                return []
            marker = self._example_marker(i + 1) if low == "," else None
            if marker is not None:
                named = self.by_first.get(marker + 1)
                return self.group_after(named) if named is not None and named.kind == "mention" else []
        return []

    def _example_marker(self, i: int) -> int | None:
        """Index of the last word of "seperti", "yakni", "di antaranya", "antara lain" at ``i``."""
        words = [t.low for t in self.tokens[i:i + 2]]
        if words[:1] and words[0] in _TRAILING_EXAMPLES:
            return i
        if words in (["di", "antaranya"], ["antara", "lain"]):
            return i + 1
        return None

    def _speech_aside(self, comma: int, end: int) -> bool:
        """Is ``, ia menambahkan ,`` (a speaker and a verb of saying) between the two commas?"""
        words = [t.low for t in self.tokens[comma + 1:end]]
        return 2 <= len(words) <= 6 and words[-1] in SPEECH_VERBS and comma + 1 in self.by_first

    def _past_abbreviation(self, i: int) -> int:
        """Index after an abbreviation in brackets at ``i`` ("dua Warga Negara Asing (WNA) dan …")."""
        if i + 2 < len(self.tokens) and self.tokens[i].text == "(" and self.tokens[i + 2].text == ")":
            return i + 3
        return i

    def _skip_aside(self, comma: int) -> int | None:
        """Index before an aside ", yang …," or "(…)" that ends at ``comma``, else None."""
        for i in range(comma - 1, -1, -1):
            if self.tokens[i].low in {",", "("}:
                if i + 1 < comma and self.tokens[i + 1].low in {"yang", "which", "who"}:
                    return i - 1
                if self._speech_aside(i, comma):
                    return i - 1  # "Polisi, ia menambahkan, juga telah …"
                if self.by_end.get(i - 1) and self.by_first.get(i + 1):
                    return i - 1  # an apposition: "Lavrov, Menlu Rusia, menuduh"
                return None
        return None

    def _head_of_relative(self, first: int) -> list[Phrase]:
        """"Sareh, yang merupakan mantan hakim, membantah": the phrase before "yang merupakan"."""
        i = first - 1
        while i >= 2 and self.tokens[i].low in {"mantan", "bekas", "seorang"}:
            i -= 1
        if i >= 1 and self.tokens[i].low in _COPULAS and self.tokens[i - 1].low == "yang":
            j = i - 2
            while j >= 0 and self.tokens[j].low == ",":
                j -= 1
            head = self.by_end.get(j)
            if head is not None:
                return self._group_back(head)
        return []

    def _copula_subject(self, group: list[Phrase]) -> list[Phrase]:
        """"CAS adalah pelaku yang memukul korban", "Blazer adalah mantan petugas FIFA yang
        bekerja sama dengan FBI": the one the descriptor is said of acts."""
        if group[0].kind != "descriptor":
            return []
        i = group[0].first - 1
        while i >= 1 and self.tokens[i].low in {"mantan", "bekas", "seorang", "salah", "satu"}:
            i -= 1
        if i < 1 or self.tokens[i].low not in ("adalah", "merupakan", "ialah", "is", "was"):
            return []
        named = self.by_end.get(i - 1)
        return self._group_back(named) if named is not None and named.kind == "mention" else []

    def in_pp(self, phrase: Phrase) -> bool:
        """Does a preposition govern the phrase, directly or through a place noun ("di depan X",
        "di perairan Pangkalan Bun")?"""
        if phrase.first > 0 and self.tokens[phrase.first - 1].low in PREPOSITIONS:
            return True
        joined = self.by_end.get(phrase.first - 2) if phrase.first >= 2 else None
        if joined is not None and self.tokens[phrase.first - 1].text in _DASHES and not self._dash_pair(
                phrase.first - 1):
            return self.in_pp(joined)  # "rute dari Ho Chi Minh - Jakarta": the route's end is in the PP too
        # "di depan X", "di perairan X", "di depan Gedung DPR": up to two words of place before the name
        i = phrase.first - 1
        while i >= 0 and phrase.first - i <= _PLACE_WORDS_MAX and self.tokens[i].low in _PLACE_WORDS:
            i -= 1
        return i < phrase.first - 1 and i >= 0 and self.tokens[i].low in PREPOSITIONS

    def _place_pp(self, phrase: Phrase) -> int | None:
        """Index of "di"/"ke"/"dari" opening a place phrase ("ke Jalur Gaza", "di depan Istana")."""
        i = phrase.first - 1
        if i > 0 and self.tokens[i].low in _PLACE_RELATIONS:
            i -= 1
        return i if i >= 0 and self.tokens[i].low in _PLACE_PREPS else None

    def _bracket_opening(self, close: int) -> int | None:
        """Index of the "(" of a short bracketed aside closing at ``close``, else None."""
        if self.tokens[close].text != ")":
            return None
        for i in range(close - 1, max(-1, close - _BRACKET_REACH), -1):
            if self.tokens[i].text == "(":
                return i
            if self.tokens[i].text in (")", ",", "."):
                return None
        return None

    def _name_of_description(self, comma: int) -> list[Phrase]:
        """"produsen minyak terbesar, Arab Saudi, tidak setuju": the name set off by commas after
        a description that is no actor phrase is the subject."""
        name = self.by_end.get(comma - 1)
        if name is None or name.kind != "mention" or name.first < 2:
            return []
        if self.tokens[name.first - 1].text != ",":
            return []
        before = self.tokens[name.first - 2]
        described = before.is_word and not before.is_cap and before.low not in PREPOSITIONS | GLUE \
            and name.first - 2 not in self.by_end
        return [name] if described else []

    def _apposition_after_place(self, aside: int, comma: int) -> list[Phrase]:
        """"informan PBB di wilayah Palestina, Michael Lynk, menuding": when the phrase before an
        apposition is a place in a PP, the apposition names the one who acts."""
        before = self.by_end.get(aside)
        inner = self.by_end.get(comma - 1)
        if before is None or inner is None:
            return []
        first = self._group_back(before)[0].first
        named_first = first
        while first > 1 and self.tokens[first - 1].low in _PLACE_NOUNS:
            first -= 1  # "di wilayah Palestina"
        if first == 0 or self.tokens[first - 1].low not in PREPOSITIONS or self._region(inner):
            return []  # "guru di Kabupaten Sleman, Yogyakarta, mogok": the province places the place
        town = first < named_first or self._region(before)
        if town and self._region(inner, _COUNTRY_KINDS):
            return []  # "tertahan di Kota Jeddah, Arab Saudi, telah …": the country places the town
        return self._group_back(inner)

    def _region(self, phrase: Phrase, kinds: frozenset[str] = _REGION_KINDS) -> bool:
        """Is the phrase a province, a town or a region the gazetteer knows (by default not a country:
        "di wilayah Palestina, Israel, …" is rare, and a country may act)?"""
        text = " ".join(t.text for t in self.tokens[phrase.first:phrase.end])
        table = gazetteer()
        ids = table.names.get(key_of(text), ())
        return bool(ids) and table.entries[ids[0]].kind in kinds
