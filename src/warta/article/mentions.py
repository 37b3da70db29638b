"""Finding name mentions in an article body, before they are grouped into entities.

The text is read left to right as chunks (``chunks.py``); a role word starts a title
(``titles.py``) whose name becomes a PERSON mention carrying the role. Each mention keeps
the evidence the grouping step needs: gazetteer rows, a role, whether it sits at a
sentence start (where capitals prove nothing), and the word before it ("di Ankara" is a
place, "kata Lavrov" a person).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from warta.article.chunks import Chunk, Reader, chunk_at, ministry_short_form, sentence_start, short_form_at
from warta.article.common_words import lower_case_words
from warta.article.directorates import directorate_of
from warta.article.gazetteer import gazetteer
from warta.article.legal_forms import without_legal_forms
from warta.article.lexicon import lexicon
from warta.article.outlet import find_lead
from warta.article.regions import MAX_REGION, region_size
from warta.article.royal_names import titled_names
from warta.article.titles import (
    Title,
    field_end,
    grade_end,
    headline_verb,
    possessed_title_at,
    represents,
    title_at,
)
from warta.article.tokens import key_of, tokenize
from warta.models import EntityType

_KINDS: dict[str, EntityType] = {"org": "ORG", "loc": "LOC", "event": "EVENT"}


@dataclass
class Found:
    """One mention in the body: char offsets and the evidence about what it names."""

    start: int
    end: int
    text: str
    first: int  # token index
    last: int  # token index, exclusive
    type: EntityType | None  # None: a capitalised name of unknown type
    ids: tuple[str, ...] = ()  # gazetteer rows, best first
    hint: EntityType | None = None  # the NER model's type for an untyped mention (weaker evidence)
    role: str | None = None
    role_orgs: list[int] = field(default_factory=list)  # indices of the role's organisations
    acronym_of: int | None = None  # index of the mention this "(ACR)" defines
    sentence_start: bool = False
    before: str = ""  # folded word just before the mention
    after: str = ""  # folded word just after the mention
    source: str = "rules"  # rules | gazetteer | model
    unseen: bool = False  # a rules-only guess the NER model read past without seeing a name


class _Finder:
    def __init__(self, text: str, known_orgs: Iterable[str]) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.reader = Reader(text, self.tokens, gazetteer(), lexicon(), lower_case_words(text))
        self.found: list[Found] = []
        self.known_orgs = {name.casefold() for name in known_orgs if name}
        self.role_tokens: set[int] = set()  # tokens of the bodies in roles that name no one
        self.common_acronyms: set[str] = set()  # acronyms of common words ("kejadian luar biasa (KLB)")
        # Outlets of several words, as token keys: "Kabar Kepri" is one body, not "Kabar" and a province.
        self.known_keys = sorted({key_of(name) for name in known_orgs if len(name.split()) > 1}, key=len,
                                 reverse=True)
        self.titled_names = titled_names(text)

    def _place_at(self, i: int) -> bool:
        """"Ratu Boko": a place the gazetteer knows whose name opens with a title word; the word is no
        title there."""
        found = self.reader.gaz.match(self.tokens, i)
        return found is not None and found[0] > i + 1 and self.reader.gaz.entries[found[1][0]].type == "LOC"

    def _region_at(self, i: int) -> Chunk | None:
        """"Raja Ampat": a regency's bare name (the gazetteer has it only after "Kabupaten") that opens
        with a title word."""
        tokens = self.tokens
        if i + 1 >= len(tokens) or not tokens[i + 1].is_cap or self.reader.gaz.match(tokens, i) is not None:
            return None
        size = region_size([t.key for t in tokens[i:i + MAX_REGION]])
        if size < 2 or not all(t.is_cap for t in tokens[i:i + size]):
            return None
        return Chunk(i, i + size, "loc")

    def _title_word_in_name(self, i: int) -> bool:
        """"Ratu Tisha" where the article writes "Ratu Tisha Destria": the title word opens the name."""
        tokens = self.tokens
        return bool(self.titled_names) and i + 1 < len(tokens) \
            and (tokens[i].key, tokens[i + 1].key) in self.titled_names

    def add(self, chunk: Chunk, type_: EntityType | None) -> int:
        tokens = self.tokens
        start, end = tokens[chunk.start].start, tokens[chunk.end - 1].end
        if chunk.kind == "acronym":
            start, end = tokens[chunk.start + 1].start, tokens[chunk.start + 1].end
        surface = self.text[start:end]
        if type_ is None and surface.casefold() in self.known_orgs:
            type_ = "ORG"
        ids = chunk.ids
        if chunk.kind == "acronym":
            inner = self.reader.gaz.match(tokens, chunk.start + 1)
            ids = inner[1] if inner and inner[0] == chunk.start + 2 else ()
        if ids:
            type_ = self.reader.gaz.entries[ids[0]].type
        mention = Found(
            start, end, surface, chunk.start, chunk.end, type_, ids,
            sentence_start=sentence_start(tokens, chunk.start, self.text),
            before=tokens[chunk.start - 1].key if chunk.start else "",
            after=tokens[chunk.end].key if chunk.end < len(tokens) else "",
            source="gazetteer" if ids else "rules",
        )
        self.found.append(mention)
        return len(self.found) - 1

    def add_title(self, title: Title, name: Chunk) -> int:
        org_indices: list[int] = []
        for chunk in title.orgs:
            index = self.add(chunk, None if chunk.kind == "name" else _KINDS.get(chunk.kind, "ORG"))
            if chunk.kind == "acronym" and len(org_indices) > 0:
                self.found[index].acronym_of = org_indices[-1]
                self.found[index].type = self.found[org_indices[-1]].type
            org_indices.append(index)
        person = self.add(name, "PERSON")
        role = title.role
        if role and title.lang == "en" and self.found[:-1]:
            role = self._english_prefix(title, role)
        self.found[person].role = role
        bodies = [i for i, chunk in zip(org_indices, title.orgs, strict=True) if chunk.kind != "name"]
        self.found[person].role_orgs = [i for i in bodies if self.found[i].acronym_of is None] \
            or self._body_before_rank(title, person)  # a "name" in the role is a client ("kuasa hukum X, Y")
        return name.end

    def _past_field(self, title: Title) -> int:
        """Where reading goes on after a post named without its holder: after its field ("Dirjen Bina
        Marga mengatakan": the field's words name no one), else after its words. A director general's
        field names the directorate general, a body ("Bina Marga", "Pajak": the gazetteer's row when it
        knows one)."""
        tokens = self.tokens
        if (graded := self._past_grade(title)) is not None:
            return graded  # "Analis Kebijakan Madya | Bidkum Mabes Polri": the grade names no one
        if title.field_end is None or title.field_end <= title.words_end \
                or (title.field_end < len(tokens) and tokens[title.field_end].is_cap):
            return title.words_end  # a capitalised word after the field: the field may have been cut short
        end = next((k for k in range(title.words_end, title.field_end) if not tokens[k].is_word),
                   title.field_end)  # the field's words, before its acronym "(Dirreskrimum)"
        if end > title.words_end and title.role is not None and _DIRECTOR_GENERAL.match(title.role):
            row = directorate_of(title.role, self.reader.gaz)
            start = title.words_end
            self.add(Chunk(start, end, "gaz", (row.id,)) if row else Chunk(start, end, "org"), "ORG")
        return title.field_end

    def _past_grade(self, title: Title) -> int | None:
        """After the post's grade, when one stands within its role after a word of its field or none."""
        for k in range(title.words_end, min(title.end, title.words_end + 2)):
            if (end := grade_end(self.reader, k)) > k:
                return end
            if not self.tokens[k].is_word:
                return None
        return None

    def _possessed_post(self, i: int) -> int | None:
        """"Kementerian X … Juru bicaranya, Nama": the holder of a post written with "-nya" holds it in
        the body named last, when no person was named since; the token after the holder, or None."""
        key = self.tokens[i].key
        if not (key.endswith("nya") or key in self.reader.lex.role_longest):
            return None  # asked of every token: most are neither
        title = possessed_title_at(self.reader, i)
        if title is None or title.name is None:
            return None
        owner = self._last_body(i)
        end = self.add_title(title, title.name)
        self.found[-1].role_orgs = [owner] if owner is not None else []
        return end

    def _last_body(self, i: int) -> int | None:
        """The body the last actor named before token ``i`` is, if it is one and stands near."""
        for index in range(len(self.found) - 1, -1, -1):
            mention = self.found[index]
            if i - mention.last > _OWNER_REACH:
                return None
            if mention.type == "PERSON" or mention.role:
                return None  # "Budi … Pengacaranya, X": the person's lawyer, no body's
            if mention.type == "ORG":
                return mention.acronym_of if mention.acronym_of is not None else index
        return None

    def _body_before_rank(self, title: Title, person: int) -> list[int]:
        """"… Direktorat Reserse Kriminal Umum Polda Jatim AKBP Nama": a body named right before a rank
        (no comma between) is the body the officer serves in, as a post's body comes before its holder."""
        before = self.found[person - 1] if person > 0 else None
        if title.kind != "rank" or before is None or before.last != title.start or before.type != "ORG":
            return []
        return [person - 1]

    def _apposed(self, title: Title) -> bool:
        """"AKP Budi Santoso, Kapolsek Tambun, mengatakan": a local office's head set off by commas right
        after a person's name, with its place (``titles._post_place``) and no name of its own."""
        previous = self.found[-1] if self.found else None
        return (title.role is not None and (bool(title.orgs) or self._closed_post(title)) and title.start > 0
                and self.tokens[title.start - 1].text == "," and previous is not None
                and previous.last == title.start - 1 and previous.type in {None, "PERSON"}
                and previous.acronym_of is None and self._named_person(previous))

    def _closed_post(self, title: Title) -> bool:
        """"Sri Mulyani, Menteri Keuangan, mengatakan": a post of two words or more and no body, closed by
        a comma too."""
        return title.words_end > title.start + 1 and title.end < len(self.tokens) \
            and self.tokens[title.end].text == ","

    def _named_person(self, mention: Found) -> bool:
        """A name the gazetteer does not know, or knows as a person's ("Joko Widodo, Presiden RI,")."""
        return not mention.ids or self.reader.gaz.entries[mention.ids[0]].type == "PERSON"

    def _add_apposed(self, title: Title) -> int:
        """The title's places as mentions of their own, its role given to the person named before it
        (a rank they carried, "AKP", stays in front)."""
        person = self.found[-1]
        orgs = [self.add(chunk, _KINDS.get(chunk.kind, "ORG")) for chunk in title.orgs]
        rank = person.role if person.role and _rank_only(person.role) else None
        person.role = f"{rank} {title.role}" if rank else (person.role or title.role)
        person.role_orgs = [*person.role_orgs, *orgs]
        person.type = "PERSON"
        return title.end

    def _kind_of(self, chunk: Chunk) -> EntityType | None:
        """A chunk's type by its kind; a name opening with a royal title word ("Ratu Tisha Destria") is a
        person's (``royal_names``)."""
        if chunk.kind == "name" and self._title_word_in_name(chunk.start):
            return "PERSON"
        return _KINDS.get(chunk.kind)

    def _client_in_apposition(self, title: Title) -> bool:
        """"Otto Hasibuan, kuasa hukum Setya Novanto, mengatakan", "X selaku kuasa hukum Y": a
        representative's role set off by a comma or linked by "selaku"/"sebagai"/"merupakan" after a
        person's name, with only the client's name after the role words. The role is the person's
        before it; the name after it is the client's."""
        previous = self.found[-1] if self.found else None
        name = title.name
        return (name is not None and represents(title.role) and name.start == title.words_end
                and previous is not None and previous.last == self._linked_from(title.start)
                and previous.type in {None, "PERSON"} and previous.acronym_of is None and not previous.role)

    def _linked_from(self, k: int) -> int:
        """Where the words linking a name to the role at token ``k`` begin (a comma, "selaku", "yang
        merupakan"); ``k`` when no such words stand before it."""
        keys = [t.key for t in self.tokens[max(0, k - 2):k]]
        for link in _ROLE_LINKS:
            if keys[len(keys) - len(link):] == list(link):
                return k - len(link)
        return k

    def _add_client_apposition(self, title: Title) -> int:
        assert title.name is not None
        holder = self.found[-1]
        tokens = self.tokens
        holder.role = self.text[tokens[title.start].start:tokens[title.name.end - 1].end]
        holder.type = "PERSON"
        self.add(title.name, "PERSON")  # the client: a person with no role of this title
        return title.name.end

    def _client_then_holder(self, title: Title, name: Chunk) -> tuple[Title, Chunk]:
        """"Pengacara Setya Novanto Maqdir Ismail": a representative's role before a run of names whose
        opening is a person the article named before (the client) and whose rest is two words or more
        (the representative). The client joins the role; the rest is the holder (the title and its name)."""
        if not represents(title.role) or name.start != title.words_end:
            return title, name
        people = {m.text for m in self.found if m.type in {None, "PERSON"} and m.last - m.first >= 2}
        for cut in range(name.start + 2, name.end - 1):
            client = self.text[self.tokens[name.start].start:self.tokens[cut - 1].end]
            if client in people:
                role = self.text[self.tokens[title.start].start:self.tokens[cut - 1].end]
                holder = Chunk(cut, name.end, "name")
                return replace(title, orgs=(*title.orgs, Chunk(name.start, cut, "name")), name=holder,
                               role=role, end=cut), holder
        return title, name

    def _english_prefix(self, title: Title, role: str) -> str:
        """"CIA Director": an organisation right before an English title belongs to it."""
        previous = self.found[-2] if len(self.found) > 1 else None
        if previous and previous.last == title.start and previous.type in {"ORG", "LOC"}:
            return f"{previous.text} {role}"
        tokens = self.tokens
        k = title.start
        if k > 0 and tokens[k - 1].key in _ENGLISH_BODY_NOUNS:  # "Foreign ministry spokeswoman Nama"
            first = k - 1
            while first > 0 and k - first < _ENGLISH_BODY_WORDS and tokens[first - 1].is_word \
                    and tokens[first - 1].is_cap and tokens[first - 1].key not in _ENGLISH_ARTICLES:
                first -= 1
            if first < k - 1:
                return f"{self.text[tokens[first].start:tokens[k - 1].end]} {role}"
        return role

    def run(self) -> list[Found]:
        tokens, reader = self.tokens, self.reader
        role_starts, outlets = reader.lex.role_longest, self.known_keys  # read once: the loop sees each token
        i = 0
        while i < len(tokens):
            if tokens[i].key in role_starts and (region := self._region_at(i)) is not None:
                self.add(region, "LOC")  # "Raja Ampat": a regency, no king
                i = region.end
                continue
            if tokens[i].key in role_starts and not self._title_word_in_name(i) and not self._place_at(i):
                title = title_at(reader, i)
                if title is not None and title.name is not None:
                    title = self._body_before_initials(title)
                if title is not None and title.name is not None and self._client_in_apposition(title):
                    i = self._add_client_apposition(title)
                    continue
                if title is not None and title.name is not None:
                    title, name = self._client_then_holder(title, title.name)
                    i = self.add_title(title, name)
                    continue
                if title is not None and title.name is None and _unit_post(title):
                    i = self._add_unit(title)
                    continue
                if title is not None and title.name is None and (inner := self._office_of(title)) is not None:
                    i = self.add_title(inner, inner.name) if inner.name is not None else i + 1
                    continue
                if title is not None and (initials := self._initials_at(title.end + 1)) is not None:
                    i = self.add_title(title, initials)  # "mantan Direktur Impor X berinisial HG"
                    continue
                if title is not None and self._apposed(title):
                    i = self._add_apposed(title)
                    continue
                if title is not None:  # "menjabat Duta Besar AS ...": a role with no name after it
                    self.role_tokens.update(k for chunk in title.orgs for k in range(chunk.start, chunk.end))
                    i = self._past_field(title)
                    continue
            if (after_possessed := self._possessed_post(i)) is not None:
                i = after_possessed
                continue
            if outlets and (outlet := self._known_org_at(i)) is not None:
                self.add(outlet, "ORG")
                i = outlet.end
                continue
            if i and tokens[i - 1].key in _INITIALS_WORDS and (initials := self._initials_at(i)) is not None:
                self.add(initials, "PERSON")  # "manajer klub berinisial AS": a person, not the United States
                i = initials.end
                continue
            if i and tokens[i - 1].key in CASE_PARTIES and (initials := self._party_initials_at(i)):
                self.add(initials, "PERSON")  # "tersangka DR": the suspect named by initials
                i = initials.end
                continue
            chunk = chunk_at(reader, i) or self._unit_at(i) or self._short_form_of_body(i)
            if chunk is None:
                i += 1
                continue
            chunk = self._court_of_bench(self._with_unit_number(self._before_headline_verb(chunk)))
            if (person := self._after_body_acronym(chunk)) is not None:
                i = self._add_member(chunk, person)
                continue
            index = self.add(chunk, "LOC" if self._dateline(chunk) else self._kind_of(chunk))
            if chunk.kind == "acronym":
                self._define(index)
            i = chunk.end
        self._follow_initials()
        self._common_acronyms_as_things()
        self._members_after_bodies()
        return self.found

    def _members_after_bodies(self) -> None:
        """"Kemenpar Esthy Reko Astuti mengatakan": a body of one word right before a name of two words
        or more (nothing between) is the body the person speaks for."""
        for index in range(1, len(self.found)):
            body, person = self.found[index - 1], self.found[index]
            if (person.first == body.last and body.type == "ORG" and body.last - body.first == 1
                    and person.type in (None, "PERSON") and not person.role and not person.role_orgs
                    and person.last - person.first >= 2 and not person.ids and body.acronym_of is None
                    and self._short_body_word(body.first)):
                person.role_orgs = [index - 1]

    def _short_body_word(self, k: int) -> bool:
        """A regional body's or a ministry's one-word short name ("Dinkes", "Kemenpar"), not any acronym
        ("DC Extended Universe" is a film series, no one of DC's)."""
        token = self.tokens[k]
        return self.reader.lex.kind_of(token.key, "body") or ministry_short_form(token)

    def _court_of_bench(self, chunk: Chunk) -> Chunk:
        """"Majelis Hakim Mahkamah Konstitusi memutuskan": the bench is the court; a court the gazetteer
        knows keeps its row over the whole run."""
        tokens = self.tokens
        court = chunk.start + 2
        if chunk.kind != "org" or court >= chunk.end or not bench_words(tokens[chunk.start].key,
                                                                        tokens[chunk.start + 1].key):
            return chunk
        found = self.reader.gaz.match(tokens, court)
        if found is not None and found[0] == chunk.end and self.reader.gaz.entries[found[1][0]].type == "ORG":
            return Chunk(chunk.start, chunk.end, "gaz", found[1])
        return chunk

    def _after_body_acronym(self, chunk: Chunk) -> Chunk | None:
        """"pimpinan FPI Rizieq Shihab": a run opening with an acronym the article also writes on its
        own, then a name of two words or more, is the body and its member; the person's name, or None.
        Initials before a name ("AM Fatwa", "HM Prasetyo") stand nowhere on their own."""
        tokens = self.tokens
        acronym = tokens[chunk.start].text
        if chunk.kind != "name" or chunk.end - chunk.start < 3 or not _ACRONYM.fullmatch(acronym) \
                or any(t.text.isupper() for t in tokens[chunk.start + 1:chunk.end]):
            return None
        alone = sum(1 for k, t in enumerate(tokens) if t.text == acronym
                    and (k + 1 >= len(tokens) or not tokens[k + 1].is_cap))
        return Chunk(chunk.start + 1, chunk.end, "name") if alone else None

    def _add_member(self, chunk: Chunk, person: Chunk) -> int:
        """The body's acronym and its member, who belongs to it."""
        body = self.add(Chunk(chunk.start, person.start, "org"), "ORG")
        self.found[self.add(person, "PERSON")].role_orgs = [body]
        return chunk.end

    def _spells_common_words(self, acronym: Found) -> bool:
        """The lower-case words right before "(ABC)" begin with its letters, in order."""
        letters = acronym.text.casefold()
        first = acronym.first  # the opening parenthesis
        words = [t for t in self.tokens[max(0, first - len(letters)):first] if t.is_word]
        return (len(letters) >= 2 and len(words) == len(letters) and all(t.text.islower() for t in words)
                and "".join(t.text[0] for t in words) == letters)

    def _common_acronyms_as_things(self) -> None:
        for mention in self.found:
            if mention.text in self.common_acronyms and not mention.ids:
                mention.type = "OTHER"

    def _follow_initials(self) -> None:
        """Once a report names someone by initials ("berinisial AS"), the same capitals alone later
        are that person ("AS terbukti mengatur skor"), unless a post's holder belongs to them
        ("Presiden AS Donald Trump")."""
        initials = {m.text for m in self.found
                    if m.type == "PERSON" and m.before in _INITIALS_WORDS | CASE_PARTIES and m.text.isupper()}
        if not initials:
            return
        in_roles = {i for m in self.found for i in m.role_orgs}
        for index, mention in enumerate(self.found):
            in_role = index in in_roles or mention.first in self.role_tokens
            if mention.text in initials and mention.type != "PERSON" and not in_role:
                mention.type, mention.ids, mention.source = "PERSON", (), "rules"

    def _known_org_at(self, i: int) -> Chunk | None:
        """The article's own or retold outlet, of several words, written as a name at token ``i``."""
        tokens = self.tokens
        if not self.known_keys or not tokens[i].is_cap:
            return None  # most articles know no outlet: the test every token would pay ends here
        for keys in self.known_keys:
            end = i + len(keys)
            if end <= len(tokens) and tuple(t.key for t in tokens[i:end]) == keys:
                return Chunk(i, end, "org")
        return None

    def _dateline(self, chunk: Chunk) -> bool:
        """An unknown name in capitals opening the text before a dash ("RANAI - …", "TUAL, Kabar -"):
        the place the report was filed from."""
        if chunk.kind != "name" or chunk.start != 0:
            return False
        lead = find_lead(self.text[:200])
        if lead is None or lead.place is None:
            return False
        return " ".join(lead.place.split()).casefold() == " ".join(self._chunk_text(chunk).split()).casefold()

    def _chunk_text(self, chunk: Chunk) -> str:
        return self.text[self.tokens[chunk.start].start:self.tokens[chunk.end - 1].end]

    def _office_of(self, title: Title) -> Title | None:
        """"Direktur Penyidikan | Jaksa Agung Muda … (Jampidsus), Nama": a post in the office another
        title names; the holder named after the office holds the whole post."""
        reader = self.reader
        office = title.end  # a field the title grammar read ("Direktur Jenderal Pajak") ends the title
        if office < len(self.tokens) and not reader.is_role_start(office):
            office = field_end(reader, office)
        between = self.tokens[title.words_end:office]
        if title.role is None or not between or office >= len(self.tokens) \
                or not reader.is_role_start(office) or not all(t.is_cap for t in between if t.is_word):
            return None  # only a post with its field before the office ("Direktur Penyidikan Jaksa …"), not
            # a title and a verb before another ("Kapolres di dampingi Kasat Reskrim AKP Nama")
        inner = title_at(reader, office)
        if inner is None or inner.name is None or inner.role is None:
            return None
        tokens = self.tokens
        field_words = self.text[tokens[title.end].start:tokens[office - 1].end] if office > title.end else ""
        return replace(inner, role=" ".join(w for w in (title.role, field_words, inner.role) if w))

    def _add_unit(self, title: Title) -> int:
        """"penyidik Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) memeriksa …": a post that names
        its unit, written with its acronym and no holder, is the unit."""
        unit = self.add(title.orgs[0], "ORG")
        acronym = self.add(title.orgs[1], "ORG")
        self.found[acronym].acronym_of = unit
        return title.orgs[1].end

    def _body_before_initials(self, title: Title) -> Title:
        """"mantan Ketua Koperasi Mitra Usaha berinisial RT": what the post ran over is its body, and the
        holder is the one the initials name."""
        name = title.name
        initials = self._initials_at(name.end + 1) if name is not None else None
        if name is None or initials is None or title.role is None:
            return title
        body = Chunk(name.start, name.end, "org")
        return replace(title, end=name.end, orgs=(*title.orgs, body), name=initials,
                       role=f"{title.role} {self._chunk_text(body)}")

    def _initials_at(self, i: int) -> Chunk | None:
        """The initials a report names a suspect or source by, after "berinisial"/"inisial" ("AS",
        "HG"): a person, whatever else the letters abbreviate."""
        tokens = self.tokens
        if not 0 < i < len(tokens) or tokens[i - 1].key not in _INITIALS_WORDS:
            return None
        word = tokens[i].text
        return Chunk(i, i + 1, "name") if word.isupper() and word.isalpha() and len(word) <= 4 else None

    def _party_initials_at(self, i: int) -> Chunk | None:
        """"tersangka DR", "korban AM": two or three capitals after a party to a case, that the gazetteer
        and the word lists do not know ("tersangka KPK" is the commission's suspect, "tersangka TPPU"
        one of money laundering), with no capitalised word after them."""
        tokens, reader = self.tokens, self.reader
        word = tokens[i]
        if not (word.is_word and word.text.isupper() and word.text.isalpha() and 2 <= len(word.text) <= 3):
            return None
        if reader.gaz.match(tokens, i) is not None or reader.is_stop(word) \
                or any(reader.lex.kind_of(word.key, kind) for kind in ("body", "org-head", "unit-head")):
            return None
        if i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].is_cap:
            return None
        return Chunk(i, i + 1, "name")

    def _before_headline_verb(self, chunk: Chunk) -> Chunk:
        """"Banjir Bandang Menerjang Garut": a headline capitalises its verb too; a run of capitals
        stops before a verb with an active or passive prefix that the gazetteer does not know."""
        tokens = self.tokens
        if chunk.kind != "name":
            return chunk
        for k in range(chunk.start + 1, chunk.end):
            if headline_verb(tokens[k].text) and self.reader.gaz.match(tokens, k) is None:
                return Chunk(chunk.start, k, "name")
        return chunk

    def _unit_at(self, i: int) -> Chunk | None:
        """"Kodim 0501 mengirim …": a unit word opening a sentence names the unit when its number follows."""
        tokens = self.tokens
        if (tokens[i].is_cap and self.reader.lex.kind_of(tokens[i].key, "unit-head") and i + 1 < len(tokens)
                and _unit_number(tokens[i + 1].text)):
            return Chunk(i, i + 1, "org")
        return None

    def _with_unit_number(self, chunk: Chunk) -> Chunk:
        """"Batalyon 303", "Brigade Infanteri 13": a unit's number is part of its name."""
        tokens, lex = self.tokens, self.reader.lex
        if chunk.kind != "org" or chunk.end >= len(tokens) or not _unit_number(tokens[chunk.end].text):
            return chunk
        if not any(lex.kind_of(tokens[k].key, "unit-head") for k in range(chunk.start, chunk.end)):
            return chunk
        return Chunk(chunk.start, chunk.end + 1, "org")

    def _short_form_of_body(self, i: int) -> Chunk | None:
        """"Jaringan Advokasi Tambang (Jatam)": a short form in title case right after a body, spelled
        from the body's words in order, names it (upper-case ones are read by ``acronym_at``)."""
        if self.tokens[i].text != "(" or not self.found:
            return None  # asked of every token no chunk opens at
        previous = self.found[-1]
        if previous.last != i or previous.type != "ORG":
            return None
        short = short_form_at(self.reader, i)
        return short if short is not None and _spelled_from(self.tokens[i + 1].text, previous.text) else None

    def _define(self, index: int) -> None:
        """"Institute for the Study of War (ISW)": the acronym names the mention before it."""
        acronym = self.found[index]
        previous = self.found[index - 1] if index > 0 else None
        if (previous is not None and previous.last == acronym.first and previous.acronym_of is None
                and (acronym.ids or _initial_agrees(acronym.text, previous.text))):
            acronym.acronym_of = index - 1
            acronym.type = acronym.type or previous.type
        elif not acronym.ids and self._spells_common_words(acronym):
            self.common_acronyms.add(acronym.text)  # "kejadian luar biasa (KLB)": a thing, not a body
        elif not acronym.ids:
            acronym.type = acronym.type or "ORG"


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_DIRECTOR_GENERAL = re.compile(r"(?:mantan\s+|eks\s+)?(?:direktur\s+jenderal|dirjen)\b", re.IGNORECASE)
_OWNER_REACH = 60  # tokens back from a post written with "-nya" to the body it belongs to


def bench_words(first: str, second: str) -> bool:
    """"Majelis Hakim": the bench of judges, written before the court it sits in."""
    return (first, second) == ("majelis", "hakim")

# English bodies named by a common noun before a title ("Health ministry spokesman", "Navy chief").
_ENGLISH_BODY_NOUNS = frozenset({"ministry", "navy", "army", "police", "agency", "embassy", "office",
                                 "department", "commission", "military", "government", "court"})
_ENGLISH_ARTICLES = frozenset({"the", "a", "an"})
_ENGLISH_BODY_WORDS = 3  # "Foreign ministry", "Maritime affairs ministry"
# Words after which capitals are a person's initials ("pria berinisial AS").
# With the misspellings scraped news keeps ("bernisial", "berinisal").
_INITIALS_WORDS = frozenset({"berinisial", "inisial", "inisialnya", "bernisial", "berinisal"})
# Parties to a criminal case, whom crime news names by their initials right after the word ("tersangka DR").
# Not "pelaku", which also goes before a trade ("pelaku UKM": small businesses).
CASE_PARTIES = frozenset({"tersangka", "terdakwa", "terpidana", "korban", "saksi", "pelapor", "terlapor",
                          "tahanan", "napi"})
# Words between a person's name and the role given to them ("X, kuasa hukum Y", "X selaku kuasa hukum Y").
_ROLE_LINKS = ((",",), ("selaku",), ("sebagai",), ("yang", "merupakan"), ("merupakan",), ("adalah",))
# Words after which initials, even one letter, are a person's.
INITIAL_CUES = CASE_PARTIES | _INITIALS_WORDS
_YEAR = re.compile(r"(19|20)\d\d")


def _unit_number(text: str) -> bool:
    """A unit's number ("303", "0501"), not a year ("Brigade Revolusi 1920" is named after one)."""
    return text.isdigit() and _YEAR.fullmatch(text) is None


def _unit_post(title: Title) -> bool:
    """The title's first organisations are the unit its post names and their acronym (``post_fields``)."""
    orgs = title.orgs
    return len(orgs) >= 2 and orgs[0].start == title.start \
        and (orgs[0].kind, orgs[1].kind) == ("org", "acronym")


def _rank_only(role: str) -> bool:
    """A role that is only a rank or form of address ("AKP", "Kombes Pol")."""
    roles = lexicon().roles
    return all((key,) in roles and roles[(key,)].kind in {"rank", "honorific"} for key in key_of(role))


def _spelled_from(short: str, name: str) -> bool:
    """"Jatam" of "Jaringan Advokasi Tambang", "Pefindo" of "PT Pemeringkat Efek Indonesia": the short
    form opens like the name's first word (a legal form before it aside) and its letters come in order
    from the name's letters."""
    words = without_legal_forms(name.split()) or name.split()
    letters = iter("".join(words).casefold())
    return short[:1].casefold() == words[0][:1].casefold() and all(c in letters for c in short.casefold())


def spelled_from(short: str, name: str) -> bool:
    """Whether ``short`` is a short form spelt from the letters of ``name`` (:func:`_spelled_from`)."""
    return _spelled_from(short, name)


def _initial_agrees(acronym: str, name: str) -> bool:
    """"Komisi Pemberantasan Korupsi (KPK)": an acronym the gazetteer does not know starts with
    the name's initial; "Pelindungan Pekerja Migran Indonesia (PPMI)" does not define
    "Indonesia" (the law's title before it is no name)."""
    return acronym[:1].casefold() == name[:1].casefold()


_LAW_WORDS = frozenset({"uu", "undang", "ruu", "perppu", "pp", "perpres", "perda", "pergub", "perbup",
                        "perwali", "permen", "keppres", "inpres", "peraturan", "keputusan", "qanun", "kitab"})
_LAW_REACH = 12  # tokens from a law word to its "tentang"


def law_title_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the titles of laws: "UU Nomor 20 Tahun 2001 tentang [Pemberantasan Tindak
    Pidana Korupsi]", "Kitab Undang-undang [Hukum Acara Pidana]". Capitalised, but no names."""
    folded = text.casefold()
    if "undang" not in folded and "tentang" not in folded:
        return []
    tokens = tokenize(text)
    spans: list[tuple[int, int]] = []
    for i, token in enumerate(tokens[:-1]):
        opens = token.key == "undang" or (
            token.key == "tentang" and any(t.key in _LAW_WORDS for t in tokens[max(0, i - _LAW_REACH):i]))
        if not opens or not tokens[i + 1].is_cap:
            continue
        end = i + 1
        while end < len(tokens) and (tokens[end].is_cap or tokens[end].key in {"dan", "-"}):
            end += 1
        while end > i + 1 and not tokens[end - 1].is_cap:
            end -= 1
        spans.append((tokens[i + 1].start, tokens[end - 1].end))
    return spans


# Pieces joined by slashes ("111/YA-FY.SN / PID-IT / X/2017", "B/123/IV/2023"): a letter's or
# case file's number when a piece holds a digit; its capitals are codes, not names.
_SLASHED = re.compile(r"[\w.\-]++(?:[ \t]*+/[ \t]*+[\w.\-]++)+")
_PIECE_BEFORE = re.compile(r"[\w.\-]+[ \t]*\Z")
_REACH = 40  # characters before a slash where the first piece may start


def reference_number_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of reference numbers: slash-joined pieces, one of them with a digit."""
    spans: list[tuple[int, int]] = []
    at = text.find("/")
    while at >= 0:  # read only around slashes: most texts have none
        lead = _PIECE_BEFORE.search(text, max(0, at - _REACH), at)
        found = _SLASHED.match(text, lead.start()) if lead else None
        if found is None:
            at = text.find("/", at + 1)
            continue
        if any(c.isdigit() for c in found.group(0)):
            spans.append(found.span())
        at = text.find("/", found.end())
    return spans


def outside_law_titles(found: list[Found], text: str) -> list[Found]:
    """``found`` without the mentions the gazetteer does not know inside a law's title or a reference
    number, or right after a noun that introduces the name of a thing ("indeks Hang Seng", "Tari
    Saman")."""
    spans = law_title_spans(text) + reference_number_spans(text)

    def in_title(m: Found) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)

    return kept_of(found, [m for m in found if m.ids or not (in_title(m) or _names_a_thing(text, m.start))])


def kept_of(before: list[Found], after: list[Found]) -> list[Found]:
    """``after`` (a subset of ``before``) with acronym and role links pointing at the new positions;
    links to dropped mentions go (a shifted index would join a name to the wrong organisation)."""
    position = {id(m): i for i, m in enumerate(after)}
    new_index = {old: position[id(m)] for old, m in enumerate(before) if id(m) in position}
    for mention in after:
        if mention.acronym_of is not None:
            mention.acronym_of = new_index.get(mention.acronym_of)
        mention.role_orgs = [new_index[i] for i in mention.role_orgs if i in new_index]
    return after


# Nouns after which a capitalised name is a thing's (an index, a dance, a song, a film), not a
# person's, organisation's or place's.
_THING_NOUNS = frozenset({"indeks", "tari", "tarian", "lagu", "album", "film"})
_LAST_WORD = re.compile(r"(\w+)\s*$")
_FIRST_WORD = re.compile(r"\w+")


def _names_a_thing(text: str, start: int) -> bool:
    """The mention starts with such a noun ("Indeks Hang Seng") or follows one ("indeks Kospi")."""
    first = _FIRST_WORD.match(text, start)
    if first is not None and first.group(0).casefold() in _THING_NOUNS:
        return True
    last = _LAST_WORD.search(text[max(0, start - 12):start])
    return last is not None and last.group(1).casefold() in _THING_NOUNS


def find_mentions(text: str, known_orgs: Iterable[str] = ()) -> list[Found]:
    """Name mentions in ``text`` in order; ``known_orgs`` are names known to be organisations
    (the article's outlet and the outlets it retells)."""
    return _Finder(text, known_orgs).run()
