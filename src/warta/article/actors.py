"""Who a noun phrase denotes: the actors of quotes, events and stances.

Three kinds of actor, all carried as :class:`warta.models.ActorRef`:

    Juru bicara Kremlin Dmitry Peskov    a named entity with the role written before it
    Kementerian Pertahanan Rusia         an organisation or government (the entity itself)
    pejabat AS yang menolak disebut      an anonymous descriptor (entity and name None)

:func:`actor_for_span` reads one phrase on its own. :class:`ActorTracker` reads phrases in
article order and keeps the actors seen so far, so that pronouns and clitics ("dia", "ia",
"beliau", the "-nya" of "katanya"), anaphoric descriptors ("pejabat itu", "sumber
tersebut", "menteri itu") and repeated anonymous descriptions resolve to the actor they
continue; the same anonymous official then keeps one description across the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.article.lexicon import lexicon
from warta.article.outlet import find_lead
from warta.article.tokens import fold, key_of
from warta.models import ActorRef, Entity

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")

# Closed classes of Indonesian (and English) grammar words; small and fixed, so kept here.
# With "-pun" ("Iapun mencontohkan …") written joined, as scraped news often does; "dirinya"
# ("himself") opens a sentence as its subject too ("Dirinya memastikan …").
SINGULAR_PRONOUNS = frozenset({"dia", "ia", "beliau", "nya", "he", "she", "him", "her", "iapun", "diapun",
                               "beliaupun", "dirinya"})
# "pihaknya" ("his/its side") stands for the organisation of whoever was speaking.
PLURAL_PRONOUNS = frozenset({"mereka", "they", "them", "pihaknya", "merekapun"})
FIRST_PERSON = frozenset({"saya", "aku", "kami", "kita", "i", "we"})
DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini", "the", "that", "this"})
# Quantifiers and articles that open a descriptor without changing who is meant.
DETERMINERS = frozenset({
    "seorang", "sejumlah", "para", "beberapa", "salah", "satu", "sang", "si", "sebuah", "banyak",
    "semua", "seluruh", "kedua", "a", "an", "one", "some", "several", "many", "two", "three",
})
# Words before a descriptor's head noun that do not say who is meant ("mantan pejabat").
MODIFIERS = frozenset({"mantan", "bekas", "senior", "former", "top", "tinggi"})
INDEFINITE = frozenset({"seorang", "salah", "satu", "a", "an", "one", "another", "lain", "lainnya"})
# Words before a name that only say "the side of" or "the statement of" and are not part of a
# role: "pihak Kremlin", "pernyataan tertulis Airbus", "survei Bloomberg", "akun resmi KPK",
# "manajemen PT X".
TRANSPARENT = frozenset({"pihak", "pernyataan", "keterangan", "tertulis", "resmi", "laporan", "survei",
                         "data", "rilis", "siaran", "pers", "akun", "surat", "hasil", "riset", "studi",
                         "kajian", "situs", "laman", "statement", "report", "survey",
                         # a company's management or board speaks as the company
                         "manajemen", "direksi", "management"})
# Words inside a phrase before a person's name that show the name is not the head
# ("pejabat yang dekat dengan Biden": Biden is not the speaker).
_NOT_HEAD_BEFORE = frozenset({"yang", "dengan", "tentang", "kepada", "oleh", "bersama", "dan", "atau",
                              "soal", "terhadap", "who", "with", "about", "to", "by", "and", "or"})


_OPENING_MARKS = ("'", '"', "‘", "“")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: Entity


class MentionIndex:
    """The entity mentions of one article, sorted by offset, for span look-ups."""

    def __init__(self, entities: Sequence[Entity], article_id: str) -> None:
        mentions = [_Mention(m.start, m.end, e) for e in entities for m in e.mentions
                    if m.article == article_id]
        mentions.sort(key=lambda m: (m.start, -m.end))
        self.by_id = {e.id: e for e in entities}
        self.mentions = mentions
        self.starts = [m.start for m in mentions]

    def within(self, start: int, end: int) -> list[_Mention]:
        """Mentions that overlap ``[start, end)``, in text order."""
        i = bisect.bisect_left(self.starts, start)
        # A mention that starts a little before the span may still overlap it.
        while i > 0 and self.mentions[i - 1].end > start:
            i -= 1
        found: list[_Mention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end > start:
                found.append(self.mentions[i])
            i += 1
        return found

    def before(self, pos: int) -> int:
        """Number of mentions that start before ``pos``."""
        return bisect.bisect_left(self.starts, pos)


def words_of(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of the words in ``text[start:end]``."""
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text, start, end)]


def _clean(text: str) -> str | None:
    cleaned = " ".join(text.split()).strip(" ,;:-–—(")
    return cleaned or None


def _head_index(words: list[tuple[int, int, str]]) -> int:
    """Index of the first word after determiners and "pihak"."""
    i = 0
    while i < len(words) - 1 and (words[i][2] in DETERMINERS or words[i][2] in TRANSPARENT):
        i += 1
    return i


def _person_head(text: str, mention: _Mention, start: int) -> bool:
    """Is the person ``mention`` the head of the phrase starting at ``start``?"""
    before = words_of(text, start, mention.start)
    if any(w[2] in _NOT_HEAD_BEFORE for w in before):
        return False
    if before and text[start:mention.start].rstrip().endswith(_OPENING_MARKS):
        return False  # "pemain ‘ Zoolander ’ tersebut": a name in marks inside a phrase is a work's title
    if not before:
        return True
    roles = [fold(role) for role in mention.entity.roles]
    written = " ".join(w[2] for w in before)
    # A role the entity layer read, or a short capitalised title run ("Presiden", "Menlu").
    return any(written.endswith(role) or role.endswith(written) for role in roles) or len(before) <= 6


def _named_head(text: str, people: list[_Mention]) -> _Mention:
    """The person a phrase is about. A capitalised title run ends in the name, so in "Kabid
    Humas Polda Metro Jaya Kombes Argo Yuwono" or "Marsdya TNI Henry Bambang Soelistyo" (an
    office or rank read as a name first) the later name wins; a lower-case word between
    them ("James Williams dari WTRG") keeps the first."""
    head = people[0]
    for person in people[1:]:
        between = words_of(text, head.end, person.start)
        if any(text[w[0]].islower() for w in between):
            break
        head = person
    return head


def _bare_title(text: str, mention: _Mention) -> bool:
    """A title read as a name ("Wakil" of "Wakil Presiden menegaskan")."""
    keys = key_of(text[mention.start:mention.end])
    return keys in lexicon().roles or (bool(keys) and keys[0] in lexicon().role_longest and len(keys) == 1)


def _description_before(text: str, start: int, mention_start: int) -> str | None:
    words = [w for w in words_of(text, start, mention_start)
             if w[2] not in DETERMINERS and w[2] not in TRANSPARENT]
    if not words:
        return None
    return _clean(text[words[0][0]:mention_start])


def _entity_ref(entity: Entity, description: str | None) -> ActorRef:
    return ActorRef(entity=entity.id, name=entity.name, description=description)


# English nouns for people that close a noun phrase whose words before them only qualify them.
_ENGLISH_PERSON_NOUNS = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson",
                                   "source", "sources", "diplomat", "diplomats", "officer", "officers",
                                   "lawyer", "lawyers", "analyst", "analysts", "employee", "employees",
                                   "organiser", "organisers", "organizer", "organizers"})


# "sumber Sky Sports", "sumber Radio Olahraga": a source is unnamed by its nature; a name after
# the noun is where it works (an outlet, a body), even where the entity layer reads it as a
# person, so the whole phrase is the anonymous description (docs/annotation.md, "Sumber
# pemerintah AS").
_SOURCE_NOUNS = frozenset({"sumber", "narasumber"})


def _source_of(words: list[tuple[int, int, str]], head: int, mention_start: int) -> bool:
    return words[head][2] in _SOURCE_NOUNS and head + 1 < len(words) and words[head + 1][0] == mention_start


def after_lead(text: str, start: int, end: int) -> int:
    """Where a phrase opening a paragraph starts once the outlet or dateline lead before it is
    left out: the subject of "Merdeka.com-Direktur PT Ramayana …" is "Direktur PT Ramayana …"."""
    if start and text[start - 1] != "\n":
        return start
    lead = find_lead(text[start:end])
    return start + lead.end if lead is not None and start + lead.end < end else start


def actor_in(text: str, start: int, end: int, index: MentionIndex) -> ActorRef | None:
    """:func:`actor_for_span` with a prepared mention index."""
    start = after_lead(text, start, end)
    words = words_of(text, start, end)
    if not words:
        return None
    head = _head_index(words)
    if words[head][2] in SINGULAR_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON:
        return None  # a pronoun: only the article context (ActorTracker) can resolve it
    mentions = index.within(start, end)
    head_start = words[head][0]
    english_person = words[-1][2] in _ENGLISH_PERSON_NOUNS and words[-1][0] > head_start
    people = [m for m in mentions if m.entity.type == "PERSON" and _person_head(text, m, start)
              and not _bare_title(text, m)
              and not (english_person and m.end <= words[-1][0])  # "Trump's lawyers": not Trump
              and not _source_of(words, head, m.start)]
    if people:
        person = _named_head(text, people)
        return _entity_ref(person.entity, _description_before(text, start, person.start))
    for mention in mentions:
        if english_person:
            break  # "A Bakamla official said": English puts the head last; the body only qualifies it
        if mention.start <= head_start < mention.end and not _bare_title(text, mention):
            # An organisation, a government or a country named at the head of the phrase.
            return _entity_ref(mention.entity, _description_before(text, start, mention.start))
    while words[0][2] in DETERMINERS and len(words) > 2:
        # "seorang pejabat AS" → "pejabat AS", "salah seorang saksi mata" → "saksi mata";
        # "seorang sumber" stays whole
        words = words[1:]
        start = words[0][0]
    return ActorRef(entity=None, name=None, description=_clean(text[start:end]))


def actor_for_span(text: str, start: int, end: int, entities: list[Entity],
                   article_id: str) -> ActorRef | None:
    """The actor the noun phrase ``text[start:end]`` denotes, or None (empty or a pronoun).

    A person named in the phrase (not behind "yang", "dengan" …) wins, with the words before
    the name as the description ("juru bicara Kremlin"); else an entity at the head of the
    phrase ("Kementerian Pertahanan Rusia", "pihak Kremlin"); else the phrase itself is an
    anonymous description ("seorang sumber", "pejabat AS yang menolak disebut namanya").
    """
    return actor_in(text, start, end, MentionIndex(entities, article_id))


# --- reading in context ----------------------------------------------------------------------


@dataclass
class _Seen:
    pos: int
    actor: ActorRef
    person: bool  # a person (named or anonymous), so "dia"/"ia"/"-nya" may refer to it
    plural: bool  # "sejumlah warga", "para pejabat": "mereka" may refer to it
    words: frozenset[str]  # folded content words of its description and roles


def _content_words(text: str | None) -> set[str]:
    if not text:
        return set()
    return {w[2] for w in words_of(text, 0, len(text))} - DETERMINERS - DEMONSTRATIVES - TRANSPARENT


_PLURAL_MARKERS = frozenset({"sejumlah", "para", "beberapa", "banyak", "semua", "seluruh", "some",
                             "several", "many"})


# How far into a sentence its subject may start, in characters (after openers and a long role).
SUBJECT_REACH = 120
# How far after a role noun a name may follow and still be that role's holder ("pejabat Gedung
# Putih Jen Psaki").
NAME_REACH = 40
# Words before a noun that make it a group's ("dua pebalap", "para pejabat", "sesama pemain").
_GROUP_BEFORE = _PLURAL_MARKERS | {"dua", "tiga", "empat", "lima", "puluhan", "ratusan", "ribuan", "sesama",
                                   "tiap", "setiap", "antar", "kedua", "ketiga"}
_LAST_WORD = re.compile(r"(\w+)\W*\Z")
_FIRST_WORD = re.compile(r"\W*(\w+)")
# Words that open a sentence before its subject ("Sementara itu, Menteri X mengatakan").
_OPENERS = frozenset({"sementara", "itu", "namun", "tetapi", "adapun", "sedangkan", "kemudian", "lalu",
                      "selain", "di", "pihak", "meanwhile", "but", "however", "the"})


# A retelling opener names the outlet the report comes from, not the sentence's subject
# ("Dilansir dari Pos Kota, hakim Kusno menggugurkan …"), so it is skipped up to its comma.
_RETELLING_OPENER = re.compile(
    r"^\s*(?:(?:seperti|sebagaimana)\s+)?(?:dilansir|dikutip|mengutip|melansir|dilaporkan|diberitakan)"
    r"(?:\s+(?:dari|oleh))?\s+[^,.\n]{1,60},\s*",
    re.IGNORECASE)


# A fronted adjunct of occasion or time up to its comma ("Dalam rapat itu, Direktur Utama X
# meminta …", "Sehari sebelumnya, Menteri X menegaskan …") stands before the subject, not in it.
_FRONTED_ADJUNCT = re.compile(
    r"^\s*(?:dalam|pada|di|saat|ketika|usai|seusai|setelah|sebelum|menjelang|sehari|sepekan|sebulan"
    r"|kemarin|sebelumnya)\b[^,.\n\"“”]{0,50},\s*",
    re.IGNORECASE)


# "Saat disinggung tentang rencana pemakaman …, Adi belum bisa …": a clause of being asked, up to its
# comma, runs longer than an adjunct and still stands before the subject.
_ASKED_CLAUSE = re.compile(
    r"\s*(?:saat|ketika|usai|seusai|setelah|sewaktu|kala)\s+(?:di(?:singgung|tanya|tanyakan|konfirmasi"
    r"|hubungi|temui|mintai|desak))\b[^,.\n\"“”]{0,110},\s*",
    re.IGNORECASE)


def _subject_lead(lead: str, entity: Entity) -> bool:
    """Do the words before a person's name leave it the subject of its sentence? Only
    openers, capitalised words (titles, organisations) and the person's role words may."""
    role_words = {w[2] for role in entity.roles for w in words_of(role, 0, len(role))}
    for fronted in (_RETELLING_OPENER, _ASKED_CLAUSE, _FRONTED_ADJUNCT):
        match = fronted.match(lead)
        if match:
            lead = lead[match.end():]
    for start, _end, key in words_of(lead, 0, len(lead)):
        if not (lead[start].isupper() or key in _OPENERS or key in role_words):
            return False
    return True


APPOSED_LEAD_WORDS = 4


def _apposed_subject(lead: str, after: str) -> bool:
    """"Pengacara tersangka, Firman Wijaya, mendatangi …": a name set between commas after a
    short description opening the sentence is its subject, a role given in apposition."""
    words = words_of(lead, 0, len(lead))
    return (lead.rstrip().endswith(",") and 0 < len(words) <= APPOSED_LEAD_WORDS
            and lead[words[0][0]].isupper() and after.lstrip().startswith(","))


def _reliable(entity: Entity) -> bool:
    """A person the entity layer has more than a capitalised word for: a role, a second
    mention or a gazetteer row (a sentence-opening "Diduga" read as a name has none)."""
    return bool(entity.roles or entity.gazetteer_id or len(entity.mentions) > 1)


# Words of a name that opens its sentence with no role: a given name and a family name.
MIN_OPENING_NAME_WORDS = 2


def _named_opening(lead: str, name: str, after: str) -> bool:
    """"Suparman Wiryo ikut mengungsi …": a person named in full (two capitalised words or
    more) with no role, opening the sentence before a lower-case verb, is its subject though
    the entity layer has nothing else on them (a lone capitalised "Diduga" is no such name)."""
    words = name.split()
    following = words_of(after, 0, len(after))
    return (len(words) >= MIN_OPENING_NAME_WORDS and all(w[:1].isupper() for w in words)
            and all(w[2] in _OPENERS for w in words_of(lead, 0, len(lead)))
            and bool(following) and after[following[0][0]].islower() and not after.lstrip().startswith(","))


INITIALS_LETTERS = 4


def _initials_only(entity: Entity) -> bool:
    """A person the report names by initials alone ("berinisial CAS"): a suspect, a victim or a minor,
    whom the press talks about; a later "katanya" still means the last one who spoke."""
    name = entity.name
    return entity.type == "PERSON" and name.isupper() and name.isalpha() and len(name) <= INITIALS_LETTERS


# How far back (characters) a pronoun may find one named by initials.
INITIALS_REACH = 600
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
# "driver itu berinisial ZA", "seorang pria bernama Andi Saputra": a head noun, then its name; a brand
# may stand between them ("Driver Grab tersebut berinisial ZA").
_NAMING = re.compile(r"(?<!\w)(\w+)(?:\s+(?-i:[A-Z])\w*)?(?:\s+(?:itu|tersebut|ini))?(?:\s*,)?\s+"
                     r"(?:yang\s+)?(?:diketahui\s+)?"
                     r"(?:berinisial|bernisial|bernama|inisial)\s+", re.IGNORECASE)
# Parties to a case the report calls by their part alone once it has named them.
_CASE_PARTIES = frozenset({"pelaku", "korban", "tersangka", "terduga", "terlapor", "pelapor"})
_SUSPECT_PARTIES = frozenset({"pelaku", "tersangka", "terduga", "terlapor"})
_OTHER_PARTIES = frozenset({"korban", "pelapor", "saksi"})


# A short description naming the person right after it, at the start of a sentence.
_NAMED_LEAD = re.compile(r"(?:\w+\s+){1,3}(?:yang\s+)?(?:berinisial|bernisial|bernama|inisial)\s*\Z",
                         re.IGNORECASE)


def _heads_named_by_name(text: str, index: MentionIndex) -> dict[str, Entity]:
    """Head nouns the article names with one person only ("korban berinisial OPA"): noun -> person."""
    named: dict[str, set[str]] = {}
    for match in _NAMING.finditer(text):
        person = next((m.entity for m in index.within(match.end(), match.end() + 1)
                       if m.start == match.end() and m.entity.type == "PERSON"), None)
        if person is not None:
            named.setdefault(fold(match.group(1)), set()).add(person.id)
    return {head: index.by_id[next(iter(ids))] for head, ids in named.items() if len(ids) == 1}


class ActorTracker:
    """Resolves actor phrases in article order, keeping the actors seen so far.

    Call :meth:`resolve` (or :meth:`pronoun`) in increasing text order; each resolved actor
    becomes the most recent candidate for later pronouns and anaphors. ``sentences`` (when
    given) lets the tracker also count a person named as a sentence's subject as salient
    ("Presiden Joko Widodo tiba. Ia mengatakan …").
    """

    def __init__(self, text: str, entities: Sequence[Entity], article_id: str,
                 sentences: Sequence[Sequence[int]] = ()) -> None:
        self.text = text
        self.index = MentionIndex(entities, article_id)
        self.seen: list[_Seen] = []
        self._subjects = self._sentence_subjects(sentences)
        self._next_subject = 0
        self._named_heads = _heads_named_by_name(text, self.index)
        # Event actors only: a pronoun may go on from one named by initials (see :meth:`_initials_topic`);
        # speakers keep the last voice.
        self.initials_topics = False

    # Sentence subjects are salient even when they are not speakers.
    def _sentence_subjects(self, sentences: Sequence[Sequence[int]]) -> list[tuple[int, Entity]]:
        subjects: list[tuple[int, Entity]] = []
        for sentence in sentences:
            start, end = sentence[0], sentence[1]
            asked = _ASKED_CLAUSE.match(self.text, start, end)
            reach = SUBJECT_REACH + (asked.end() - start if asked else 0)
            within = self.index.within(start, min(end, start + reach))
            for mention in within:
                if fold(mention.entity.name) in SINGULAR_PRONOUNS | PLURAL_PRONOUNS:
                    continue  # "Iapun" read as a name: a pronoun, resolved when read
                lead = self.text[start:mention.start]
                apposed = _apposed_subject(lead, self.text[mention.end:end])
                if _initials_only(mention.entity):
                    continue  # "Diduga, CAS adalah pelaku …": one named by initials is talked about
                named = self.text[mention.start:mention.end]
                opening = _named_opening(lead, named, self.text[mention.end:end])
                if mention.entity.type == "PERSON" and (_reliable(mention.entity) or apposed or opening):
                    if apposed or _subject_lead(lead, mention.entity):
                        # "Vice President Corporate Communication Pertamina Adiatma Sardjito": a title
                        # read as a person goes on to the name that ends the capitalised run.
                        later = [m for m in within if m.entity.type == "PERSON" and m.start >= mention.end]
                        head = _named_head(self.text, [mention, *later])
                        subjects.append((head.start, head.entity))
                    break
        return subjects

    def _catch_up(self, pos: int) -> None:
        while self._next_subject < len(self._subjects) and self._subjects[self._next_subject][0] < pos:
            at, entity = self._subjects[self._next_subject]
            if not self.seen or self.seen[-1].actor.entity != entity.id:
                self._add(at, ActorRef(entity=entity.id, name=entity.name, description=None))
            self._next_subject += 1

    def _add(self, pos: int, actor: ActorRef, plural: bool = False) -> None:
        entity = self.index.by_id.get(actor.entity) if actor.entity else None
        entity_type = entity.type if entity else None
        roles = entity.roles if entity else []
        person = entity_type == "PERSON" or (actor.entity is None and not plural)
        words = _content_words(actor.description) | {w for r in roles for w in _content_words(r)}
        self.seen.append(_Seen(pos, actor, person, plural, frozenset(words)))

    def remember(self, pos: int, actor: ActorRef) -> None:
        """Record ``actor`` as mentioned at ``pos`` (e.g. an event's source)."""
        self._catch_up(pos)
        self._add(pos, actor)

    def pronoun(self, pos: int, plural: bool = False) -> ActorRef | None:
        """The actor a pronoun or "-nya" at ``pos`` most likely continues."""
        self._catch_up(pos)
        found: _Seen | None = None
        for seen in reversed(self.seen):
            if seen.pos >= pos:
                continue
            if (plural and (seen.plural or not seen.person)) or (not plural and seen.person):
                found = seen
                break
        if not plural and self.initials_topics:
            topic = self._initials_topic(pos, found)
            if topic is not None:
                return topic
        if plural and found is not None:
            found = self._group_subject_before(pos, found)
        return found.actor if found is not None else None

    def _group_subject_before(self, pos: int, found: _Seen) -> _Seen:
        """"Persija menolak jadwal dari PT Liga. Mereka menuduh …": "mereka" opening a sentence goes on
        from the group that was the subject of the sentence before, not from a body named after it."""
        start = self._sentence_start(pos)
        if any(w[2] not in _OPENERS for w in words_of(self.text, start, pos)):
            return found  # "… kata mereka": not the sentence's subject
        before = self._sentence_start(start - 1) if start > 0 else 0
        if not before <= found.pos < start:
            return found
        for seen in self.seen:
            if before <= seen.pos < found.pos and (seen.plural or not seen.person) \
                    and all(w[2] in _OPENERS for w in words_of(self.text, before, seen.pos)):
                return seen
        return found

    def _sentence_start(self, pos: int) -> int:
        return max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, max(pos, 0))), default=0)

    def _initials_topic(self, pos: int, found: _Seen | None) -> ActorRef | None:
        """"Warga menangkap ZA …. Ia kemudian memukul …", "ZA memukul korban …. Ia kabur": one named by
        initials alone is a person the paragraph talks about, so "ia"/"dia" goes on from them rather than
        from an unnamed party seen before them, or an unnamed one their own sentence acted on."""
        if found is not None and found.actor.entity is not None:
            return None
        floor = max(0, pos - INITIALS_REACH, self.text.rfind("\n", 0, pos) + 1)
        people = [m for m in self.index.within(floor, pos) if _initials_only(m.entity) and m.end <= pos]
        if not people:
            return None
        latest = people[-1]
        later = found is not None and found.pos > latest.start
        if later and found is not None and not self._subject_of_sentence(latest, found.pos):
            return None
        return ActorRef(entity=latest.entity.id, name=latest.entity.name, description=None)

    def _subject_of_sentence(self, mention: _Mention, pos: int) -> bool:
        """``mention`` opens the sentence in which ``pos`` stands (only openers before it)."""
        if _SENTENCE_BREAK.search(self.text, mention.end, pos):
            return False
        start = self._sentence_start(mention.start)
        lead = self.text[start:mention.start]
        named = _NAMED_LEAD.search(lead)
        if named is not None:
            lead = lead[:named.start()]  # "Pemuda berinisial TW memukul …": the description is the person's
        return all(w[2] in _OPENERS for w in words_of(lead, 0, len(lead)))

    def latest(self, pos: int, within: int) -> ActorRef | None:
        """The actor seen last before ``pos``, if no more than ``within`` characters back:
        who a quote with no cue of its own most likely continues."""
        self._catch_up(pos)
        for seen in reversed(self.seen):
            if seen.pos < pos:
                return seen.actor if pos - seen.pos <= within else None
        return None

    def _anaphor(self, words: list[str], pos: int) -> ActorRef | None:
        """"pejabat itu", "menteri tersebut": the latest actor whose description or role
        holds the same head noun; failing that, the latest person (a demonstrative points
        back to someone already in the story: "mantan bos perusahaan ini")."""
        heads = [w for w in words if w not in MODIFIERS]
        head = heads[0] if heads else None
        for seen in reversed(self.seen):
            if seen.pos < pos and head is not None and head in seen.words:
                return seen.actor
        if head is not None and self._unnamed_before(head, pos):
            return None  # "seorang pejabat … Pejabat itu": the unnamed one, not the last person
        return self.pronoun(pos)

    def _named_before(self, words: list[str], pos: int) -> bool:
        """Whether the head noun of ``words`` occurs in the text before ``pos``."""
        heads = [w for w in words if w not in MODIFIERS]
        return bool(heads) and re.search(rf"(?<!\w){re.escape(heads[0])}(?!\w)", self.text[:pos],
                                         re.IGNORECASE) is not None

    def _unnamed_before(self, head: str, pos: int) -> bool:
        """Whether ``head`` ("pejabat") was used earlier without a person's name after it,
        i.e. for someone the article leaves unnamed."""
        for match in re.finditer(rf"(?<!\w){re.escape(head)}(?!\w)", self.text[:pos], re.IGNORECASE):
            if self._group_use(match.start(), match.end()):
                continue
            named = [m for m in self.index.within(match.end(), match.end() + NAME_REACH)
                     if m.entity.type == "PERSON"]
            if not named:
                return True
        return False

    def _group_use(self, start: int, end: int) -> bool:
        """Is the noun at ``start`` said of a group or of others ("dua pebalap di depan", "para
        pejabat", "pebalap lain")? Such a use leaves no unnamed individual for "pebalap itu"."""
        before = _LAST_WORD.search(self.text, max(0, start - 20), start)
        after = _FIRST_WORD.match(self.text, end)
        counted = before is not None and (fold(before.group(1)) in _GROUP_BEFORE or before.group(1).isdigit())
        return counted or (after is not None and fold(after.group(1)) in {"lain", "lainnya"})

    def resolve(self, start: int, end: int) -> ActorRef | None:
        """The actor of the phrase ``text[start:end]`` in context, remembered for later."""
        self._catch_up(start)
        words = words_of(self.text, start, end)
        if not words:
            return None
        head = words[_head_index(words)][2]
        if head in SINGULAR_PRONOUNS or head in PLURAL_PRONOUNS:
            actor = self.pronoun(start, plural=head in PLURAL_PRONOUNS)
            if actor is not None:
                self._add(start, actor)
            return actor
        actor = actor_in(self.text, start, end, self.index)
        if actor is None:
            return None
        plural = any(w[2] in _PLURAL_MARKERS for w in words[:2])
        if actor.entity is None:
            actor = (self._named_later(actor, plural, start, end) or self._by_role(actor)
                     or self._chain(actor, {w[2] for w in words}, start) or actor)
        self._add(start, actor, plural)
        return actor

    def _named_later(self, actor: ActorRef, plural: bool, start: int, end: int) -> ActorRef | None:
        """"seorang driver …. Driver itu berinisial ZA": an unnamed description whose head noun the
        article once gives a name ("pelaku berinisial OPA", "pria bernama Andi") is that person, before
        the name and after it; not when two people are named with that head (two victims)."""
        if plural or not actor.description:
            return None
        description = actor.description
        folded = [w[2] for w in words_of(self.text, start, end)]
        words = [w[2] for w in words_of(description, 0, len(description))
                 if w[2] not in DETERMINERS and w[2] not in MODIFIERS]
        # A bare common noun ("perawat") may be anyone of that trade; one pointed at ("driver itu"),
        # introduced ("seorang pria") or a party to the case ("pelaku") is the one the report names.
        pointed = bool(set(folded) & (DEMONSTRATIVES | {"seorang", "sang"}))
        if not words or not (pointed or words[0] in _CASE_PARTIES):
            return None
        entity = self._named_heads.get(words[0]) or self._sole_initials_suspect(words[0], start)
        if entity is None:
            return None
        return ActorRef(entity=entity.id, name=entity.name, description=description)

    def _sole_initials_suspect(self, head: str, pos: int) -> Entity | None:
        """"Driver itu berinisial ZA …. Pelaku datang membawa golok": the one person a crime report names
        by initials alone, named before, is its "pelaku" or "tersangka" unless it named them as the
        victim or the one who reported it."""
        if head not in _SUSPECT_PARTIES:
            return None
        people = {m.entity.id: m.entity for m in self.index.mentions if _initials_only(m.entity)}
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        victims = {self._named_heads[h].id for h in _OTHER_PARTIES if h in self._named_heads}
        first = min(m.start for m in person.mentions)
        return person if person.id not in victims and first < pos else None

    def _by_role(self, actor: ActorRef) -> ActorRef | None:
        """"Wakil Presiden menegaskan" after "Wakil Presiden Jusuf Kalla": the person whose
        role the description is, the latest one seen first."""
        description = actor.description or ""
        keys = " ".join(w[2] for w in words_of(description, 0, len(description))
                        if w[2] not in DETERMINERS and w[2] not in DEMONSTRATIVES)
        if len(keys.split()) < 2:
            return None
        holders = {e.id: e for e in self.index.by_id.values()
                   if any(" ".join(key_of(role)) == keys for role in e.roles)}
        if not holders:
            return None
        for seen in reversed(self.seen):
            if seen.actor.entity in holders:
                return seen.actor
        entity = next(iter(holders.values()))
        return ActorRef(entity=entity.id, name=entity.name, description=description)

    def _chain(self, actor: ActorRef, folded: set[str], pos: int) -> ActorRef | None:
        """An earlier actor this anonymous description continues, or None for a new one."""
        content = _content_words(actor.description)
        if folded & DEMONSTRATIVES:
            description = actor.description or ""
            ordered = [w[2] for w in words_of(description, 0, len(description)) if w[2] in content]
            if folded & DEMONSTRATIVES == {"the"} and not self._named_before(ordered, pos):
                return None  # "The navy declined …" with no navy before: someone new, not the last actor
            return self._anaphor(ordered, pos)
        if folded & INDEFINITE:
            return None  # "seorang pejabat lainnya": someone new
        for seen in reversed(self.seen):
            if seen.pos < pos and seen.actor.entity is None and content and content <= seen.words:
                return seen.actor
        return None
