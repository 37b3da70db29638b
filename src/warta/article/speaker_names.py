"""Speakers whose name the phrase gives in part or in another form: an acronym expanded,
a nickname, a short form of a fuller name, a person inside a body's name, "akrab disapa X".

Kept together because each maps the name as written to the fullest name the article
gives for the same actor."""

from __future__ import annotations

import re

from warta.article.actors import ActorTracker, words_of
from warta.article.lexicon import lexicon
from warta.article.quotes_layout import Span
from warta.article.tokens import fold
from warta.models import ActorRef, Entity

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")


def expanded(actor: ActorRef | None, tracker: ActorTracker) -> ActorRef | None:
    """"IEA juga menyatakan" after "Badan Energi Internasional (IEA)": the speaker goes by the
    fullest name the article gives, the one its acronym stands after in parentheses."""
    if actor is None or actor.name is None or not _ACRONYM.fullmatch(actor.name):
        return None
    text = tracker.text
    for found in re.finditer(rf"\(\s*{re.escape(actor.name)}\s*\)", text):
        end = found.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        named = [m for m in tracker.index.within(max(0, end - 1), end)
                 if m.end == end and m.entity.type != "PERSON" and m.entity.id != actor.entity]
        if named:
            entity = named[-1].entity
            return ActorRef(entity=entity.id, name=entity.name, description=actor.description)
    return None


def person_in_body(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"Direktur Utama PT Angkasa Pura I Tommy Soetomo" read as one organisation: when a
    person the article names later ("terang Tommy") opens the tail of an organisation's name
    in the speaker phrase, the speaker is that person, by the tail as the fuller name."""
    if actor is not None and actor.entity is not None:
        entity = tracker.index.by_id.get(actor.entity)
        if entity is None or entity.type == "PERSON":
            return None
    text = tracker.text
    people = {fold(e.name.split()[0]): e for e in tracker.index.by_id.values() if e.type == "PERSON"}
    for mention in tracker.index.within(*span):
        if mention.entity.type != "ORG":
            continue
        words = words_of(text, mention.start, mention.end)
        for n in range(2, len(words)):
            person = people.get(words[n][2])
            if person is not None and text[words[n][0]].isupper():
                found = ActorRef(entity=person.id, name=text[words[n][0]:mention.end],
                                 description=_clean_description(text, span[0], words[n][0]))
                tracker.remember(span[0], found)  # a later "ia" means the person, not the body
                return found
    return None


def _clean_description(text: str, start: int, end: int) -> str | None:
    cleaned = " ".join(text[start:end].split()).strip(" ,")
    return cleaned or None


# "Danny, sapaan akrabnya, mengatakan …": a nickname set off as what someone is called.
_NICKNAME_NOTE = re.compile(r"\s*[,(]\s*(?:sapaan|panggilan)\s+(?:akrab|karib)(?:nya)?\s*[,)]", re.IGNORECASE)
NICKNAME_REACH = 400  # characters back to the person the nickname belongs to


def nickname_of(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """The person named last before a nickname introduced as "X, sapaan akrabnya,"."""
    if actor is None or actor.name is None or not _NICKNAME_NOTE.match(tracker.text, span[1]):
        return None
    earlier = [m for m in tracker.index.within(max(0, span[0] - NICKNAME_REACH), span[0])
               if m.entity.type == "PERSON" and m.end <= span[0] and m.entity.id != actor.entity]
    if not earlier:
        return None
    entity = earlier[-1].entity
    return ActorRef(entity=entity.id, name=entity.name, description=actor.description)


MIN_SHORT_FORM = 4
MAX_NAME_PARTS = 5


def _short_form(short: str, words: list[str]) -> bool:
    """Is ``short`` made of leading parts (two letters or more) of consecutive name words, in
    order ("risma" of "tri rismaharini", "jokowi" of "joko widodo")?"""
    if not short:
        return True
    for i, word in enumerate(words):
        for k in range(len(word), 1, -1):
            if short.startswith(word[:k]) and _short_form(short[k:], words[i + 1:]):
                return True
    return False


def fullest_person(actor: ActorRef | None, tracker: ActorTracker) -> ActorRef | None:
    """"kata Risma" after "Tri Rismaharini", "ujar Jokowi" after "Joko Widodo": a one-word name
    that is a short form of exactly one longer person's name in the article is that person."""
    if actor is None or actor.entity is None or actor.name is None or " " in actor.name.strip():
        return None
    entity = tracker.index.by_id.get(actor.entity)
    short = fold(actor.name)
    if entity is None or entity.type != "PERSON" or len(short) < MIN_SHORT_FORM:
        return None
    others = [e for e in tracker.index.by_id.values()
              if e.type == "PERSON" and e.id != entity.id and 1 < len(e.name.split()) <= MAX_NAME_PARTS]
    longer = [e for e in others if _short_form(short, [fold(w) for w in e.name.split()])]
    if not longer:
        # "kata Ardi" after "Ardhi Tjahjoko": one name spelled two ways.
        longer = [e for e in others if any(_spelling(short) == _spelling(fold(w)) for w in e.name.split())]
    if len(longer) != 1:
        return None
    return ActorRef(entity=longer[0].id, name=longer[0].name, description=actor.description)

# Old and new Indonesian spellings and the aspirated letters names are written with or
# without ("Ardhi"/"Ardi", "Soeharto"/"Suharto", "Djoko"/"Joko", "Tjahjo"/"Cahyo", "Yusuf"/"Yusup").
_SPELLING_PAIRS = (("dh", "d"), ("th", "t"), ("kh", "k"), ("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"),
                   ("j", "y"), ("ie", "i"), ("f", "p"), ("v", "p"))
_DOUBLED = re.compile(r"(\w)\1")


def _spelling(word: str) -> str:
    """``word`` (folded) with variant spellings made one: a single letter for a doubled one."""
    for old, new in _SPELLING_PAIRS:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word)


_CALLED = re.compile(r"(?<!\w)(?:akrab\s+|karib\s+|biasa\s+)?(?:disapa|dipanggil|disebut)\s+", re.IGNORECASE)


def called_name(span: Span, tracker: ActorTracker) -> Span | None:
    """"pria yang akrab disapa Hendra itu": the name the phrase says the person goes by."""
    called = _CALLED.search(tracker.text, *span)
    if called is None:
        return None
    people = [m for m in tracker.index.within(called.end(), span[1])
              if m.entity.type == "PERSON" and m.start == called.end()]
    return (people[0].start, people[0].end) if people else None


def named_at_end(actor: ActorRef | None, tracker: ActorTracker, span: Span) -> ActorRef | None:
    """"Ketua KPU Sungai Limau Marlina Sitompul" left a description because the entity layer
    glued the post's place to the name: when the description ends with a full (two words or
    more) name of a person of the article that the entity layer did not find there, the speaker
    is that person, the rest their title. Where it found the person ("kantor Aung San Suu Kyi",
    "majelis yang dipimpin hakim X") the description was chosen over the name on purpose."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    if any(m.entity.type == "PERSON" for m in tracker.index.within(*span)):
        return None
    description = actor.description
    found: tuple[int, str, str] | None = None  # (alias length, entity id, alias)
    for entity in tracker.index.by_id.values():
        if entity.type != "PERSON":
            continue
        for alias in {entity.name, *entity.aliases}:
            if len(alias.split()) >= 2 and _ends_with_name(description, alias) and (
                    found is None or len(alias) > found[0]):
                found = (len(alias), entity.id, alias)
    if found is None:
        return None
    entity = tracker.index.by_id[found[1]]
    title = description[:-len(found[2])].strip(" ,")
    if title and not _own_title(title):
        return None
    return ActorRef(entity=entity.id, name=entity.name, description=title or None)


# Posts held for someone else: "juru bicara Presiden X" speaks for X, but is not X.
_FOR_ANOTHER = ("juru bicara", "jubir", "kuasa hukum", "pengacara", "penasihat hukum", "ajudan", "staf",
                "sekretaris pribadi", "spokesman", "spokeswoman", "spokesperson", "lawyer")
# Words that make the phrase more than a title: "majelis yang dipimpin hakim X", "istri dari X".
_NOT_IN_TITLE = frozenset({"yang", "dari", "oleh", "dan", "untuk", "kepada", "of", "for", "by"})


def _own_title(title: str) -> bool:
    """Is ``title`` a post its holder bears ("Ketua KPU Kota X", "Dirjen Perdagangan Dalam Negeri")?"""
    words = [fold(w) for w in title.split()]
    folded = " ".join(words)
    return (words[0] in lexicon().role_longest and not folded.startswith(_FOR_ANOTHER)
            and not any(w in _NOT_IN_TITLE for w in words))


def _ends_with_name(description: str, alias: str) -> bool:
    if not description.endswith(alias):
        return False
    before = description[:-len(alias)]
    return not before or not (before[-1].isalnum() or before[-1] in "-'’")


# Kinds of body an appositive description names before the body itself ("state logistics agency
# Bulog", "lembaga antirasuah KPK"): the speaker is the body, described.
_BODY_KINDS = frozenset({"agency", "company", "firm", "ministry", "commission", "authority", "regulator",
                         "organisation", "organization", "operator", "institute", "institution", "body",
                         "badan", "lembaga", "perusahaan", "kementerian", "komisi", "otoritas", "institusi",
                         "organisasi"})


def described_body(actor: ActorRef | None, tracker: ActorTracker) -> ActorRef | None:
    """A description that is a kind of body followed by the body's name is that body."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    description = actor.description
    for entity in tracker.index.by_id.values():
        if entity.type != "ORG":
            continue
        for alias in sorted({entity.name, *entity.aliases}, key=len, reverse=True):
            if not _ends_with_name(description, alias):
                continue
            kind = description[:-len(alias)].split()
            if kind and fold(kind[-1]) in _BODY_KINDS:
                return ActorRef(entity=entity.id, name=entity.name, description=" ".join(kind))
    return None


# "New Zealand's trade minister Todd McClay": a name with the English possessive names whose
# post it is, not who spoke (the entity layer may read a country before "'s" as a person).
_POSSESSIVE = re.compile(r"['’]s\b")


def past_possessor(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """The person named after a possessor in the speaker phrase, with the words before them
    as the description; None when the phrase holds no such pair."""
    if actor is None or actor.entity is None:
        return None
    mentions = [m for m in tracker.index.within(*span) if span[0] <= m.start and m.end <= span[1]]
    text = tracker.text
    for i, mention in enumerate(mentions):
        if mention.entity.id != actor.entity:
            continue
        owned = text[mention.start:mention.end].endswith(("'s", "’s"))  # the mention may hold the "'s"
        owner_end = mention.end - 2 if owned else mention.end
        if not _POSSESSIVE.match(text, owner_end):
            return None
        later = [m for m in mentions[i + 1:] if m.entity.type == "PERSON" and m.entity.id != actor.entity]
        if not later:
            return None
        person = later[-1].entity
        description = text[span[0]:later[-1].start].strip(" ,")
        return ActorRef(entity=person.id, name=person.name, description=description or None)
    return None


# Lower-case nouns of belonging that take a body's name before its member's ("pentolan FPI
# Rizieq Shihab", "kader PDIP …"); titles of the roles table count too ("ketua", "aktivis").
_MEMBER_NOUNS = frozenset({"pentolan", "tokoh", "kader", "simpatisan", "petinggi", "pimpinan", "elite",
                           "elit", "pengurus", "imam", "ulama"})
_WORD_BEFORE = re.compile(r"(\w+)\s*\Z")
_HYPHEN_HEAD = re.compile(r"(?<![\w-])(\w+)-\Z")
# Words of the name after the body's acronym: a given name and a family name at least, so that
# initials before one surname ("pengacara OC Kaligis") stay the name.
MIN_NAME_AFTER_BODY = 2


def without_glued_body(actor: ActorRef, tracker: ActorTracker) -> ActorRef:
    """"pentolan FPI Rizieq Shihab" read as one person "FPI Rizieq Shihab": a body's acronym
    written before a member's full name after a lower-case noun of belonging is the body, not
    part of the name the speaker goes by (initials after a capitalised title, "Marsdya FHB
    Bambang Soelistyo", stay)."""
    entity = _person_named_whole(actor, tracker)
    if entity is None:
        return actor
    first, *rest = entity.name.split()
    if not _ACRONYM.fullmatch(first) or len(rest) < MIN_NAME_AFTER_BODY:
        return actor
    text = tracker.text
    written = [m.start for m in tracker.index.mentions
               if m.entity.id == entity.id and text.startswith(first, m.start)]
    if not any(_member_noun_before(text, start) for start in written):
        return actor
    return ActorRef(entity=entity.id, name=" ".join(rest), description=actor.description)


def without_hyphen_tail(actor: ActorRef, tracker: ActorTracker) -> ActorRef:
    """"CEO Go-Jek Nadiem Makariem" read as the person "Jek Nadiem Makariem" with the
    description "CEO Go": the name starts with the tail of a hyphenated name (a company's
    "Go-Jek", "Coca-Cola", "Mercedes-Benz") written glued before the person's own full name.
    The tail goes back to the description it was cut from; the name keeps at least two words
    (a lone surname after a hyphenated given name is no body's tail). Read whole and glued
    ("Go-Jek Nadiem Makariem"), the hyphenated word goes back only after an office's title (a
    hyphenated given name after "Aktor" stays)."""
    split = _first_word_and_name(actor, tracker)
    if split is None:
        return actor
    entity, tail, rest = split
    text = tracker.text
    written = [m.start for m in tracker.index.mentions
               if m.entity.id == entity.id and text.startswith(tail, m.start)]
    if _HYPHENED.fullmatch(tail) and (_office_title(actor.description)
                                      or any(_office_before(text, start) for start in written)):
        # the entity layer keeps "Go-Jek" whole, glued to the name: "Direktur Utama Go-Jek X Y"
        described = f"{actor.description} {tail}" if actor.description else None
        return ActorRef(entity=entity.id, name=" ".join(rest), description=described)
    heads = [_hyphen_head(text, start) for start in written]
    head = next((h for h in heads if h), None)
    if head is None:
        return actor
    description = actor.description
    if description is not None and description.endswith(head):
        description = f"{description}-{tail}"
    return ActorRef(entity=entity.id, name=" ".join(rest), description=description)


_HYPHENED = re.compile(r"[A-Z][\w]*-[A-Z][\w]*")
# Titles of an office in a company or a body, which name the body after them ("Direktur Utama
# Go-Jek …"); an actor's or a player's description does not ("Aktor Jean-Claude Van Damme").
_OFFICE_HEADS = frozenset({"ceo", "cto", "cfo", "coo", "direktur", "presiden", "chief", "manager", "managing",
                           "founder", "co-founder", "pendiri", "komisaris", "ketua", "bos", "pemilik",
                           "general", "head", "vp", "wakil", "kepala", "juru", "manajer", "chairman"})


def _office_title(description: str | None) -> bool:
    words = (description or "").split()
    return bool(words) and fold(words[0]) in _OFFICE_HEADS


def _office_before(text: str, pos: int) -> bool:
    """Does an office's title stand in the three words before ``pos`` ("Direktur Utama | Go-Jek …")?"""
    return any(fold(w) in _OFFICE_HEADS for w in text[max(0, pos - 40):pos].split()[-3:])


def _hyphen_head(text: str, pos: int) -> str | None:
    """The capitalised word glued by a hyphen right before ``pos`` ("Go" of "Go-Jek"), if any."""
    found = _HYPHEN_HEAD.search(text, max(0, pos - 40), pos)
    return found.group(1) if found is not None and found.group(1)[0].isupper() else None


def _member_noun_before(text: str, pos: int) -> bool:
    found = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if found is None or not found.group(1).islower():
        return False
    word = fold(found.group(1))
    return word in _MEMBER_NOUNS or word in lexicon().role_longest


def named_before_quote(actor: ActorRef | None, span: Span, tracker: ActorTracker,
                       quote: Span) -> ActorRef | None:
    """"kata Starbucks" read as "Starbucks Reserve Roasteries", a longer name the entity layer
    joined it to, that the article writes only in the quote itself or after the cue: the cue's
    own short name stands for the body introduced before ("Starbucks Corp"), when one was; of
    several, the one with the fewest extra words."""
    if actor is None or actor.entity is None or actor.name is None:
        return None
    text = tracker.text
    inside = [m for m in tracker.index.within(*span) if m.entity.id == actor.entity]
    if not inside:
        return None
    short = [fold(w) for w in text[inside[-1].start:inside[-1].end].split()]
    full = [fold(w) for w in actor.name.split()]
    if len(short) >= len(full) or full[:len(short)] != short:
        return None

    def outside_before(mention_start: int) -> bool:
        return mention_start < span[0] and not quote[0] <= mention_start < quote[1]

    if any(outside_before(m.start) and m.end - m.start >= len(actor.name)
           for m in tracker.index.mentions if m.entity.id == actor.entity):
        return None  # the long name was written before, outside the quote: the reader knows it
    earlier = [m.entity for m in tracker.index.mentions if m.entity.id != actor.entity
               and outside_before(m.start) and [fold(w) for w in m.entity.name.split()][:len(short)] == short]
    if not earlier:
        return None
    body = min(earlier, key=lambda e: len(e.name.split()))  # the name with fewest extra words
    return ActorRef(entity=body.id, name=body.name, description=actor.description)


def without_hashtag_word(actor: ActorRef, tracker: ActorTracker) -> ActorRef:
    """"#TNDMT Glenn Fredly" read as one person "TNDMT Glenn Fredly": a word written as a
    hashtag (an event's or campaign's tag) is no part of the name after it; the name keeps two
    words at least."""
    split = _first_word_and_name(actor, tracker)
    if split is None:
        return actor
    entity, tag, rest = split
    text = tracker.text
    if not any(m.entity.id == entity.id and text.startswith(tag, m.start) and text[m.start - 1:m.start] == "#"
               for m in tracker.index.mentions):
        return actor
    return ActorRef(entity=entity.id, name=" ".join(rest), description=actor.description)


def without_body_named_alone(actor: ActorRef, tracker: ActorTracker) -> ActorRef:
    """"Direktur Utama M Cash Martin Suharlie" read as one person with "M Cash" (the company the
    article named alone before) merged in: when the words opening the person's name stood alone
    as an earlier mention (of this entity or another), before the full name first appears after a title,
    they name the body the title belongs to. They go back to the description; the name keeps
    two words at least (a person first named in full and later by a given name is untouched)."""
    entity = _person_named_whole(actor, tracker)
    if entity is None or actor.description is None:
        return actor
    text, words = tracker.text, entity.name.split()
    spans = sorted((m.start, m.end) for m in tracker.index.mentions if m.entity.id == entity.id)
    full = [s for s in spans if text[s[0]:s[1]] == entity.name]
    if not full:
        return actor
    if _title_names_a_body(full[0][0], actor.description, tracker):
        return actor  # "Gubernur Jawa Barat Rendra Adi Wicaksana": the title has its place already
    # the body may be read as this entity or as one of its own ("M Cash" merged in, "Q Kios" apart);
    # a headline's one-word short name ("Rendra Minta Maaf") is no body named before
    body_start = _after_headline(text)
    earlier = {text[m.start:m.end] for m in tracker.index.mentions
               if m.end <= full[0][0] and (m.start >= body_start or " " in text[m.start:m.end])}
    for cut in range(len(words) - MIN_NAME_AFTER_BODY, 0, -1):
        if " ".join(words[:cut]) in earlier:
            cut = _longer_body(text, words, cut, full)
            body = " ".join(words[:cut])
            return ActorRef(entity=entity.id, name=" ".join(words[cut:]),
                            description=f"{actor.description} {body}")
    return actor


HEADLINE_WORDS = 15


def _after_headline(text: str) -> int:
    """Where the body starts: after a short first line set off by a blank line (a headline)."""
    end = text.find("\n\n")
    return end + 2 if end > 0 and len(text[:end].split()) <= HEADLINE_WORDS else 0


def _title_names_a_body(name_start: int, description: str, tracker: ActorTracker) -> bool:
    """Does the title written before the name (``description``) hold the place it governs
    ("Gubernur Jawa Barat")? A body in it may run on into the glued words ("CEO Creative Media |
    Works")."""
    text = tracker.text
    start = text.rfind(description, max(0, name_start - len(description) - 10), name_start)
    if start < 0:
        return False
    return any(m.entity.type == "LOC" for m in tracker.index.within(start, start + len(description)))


def _longer_body(text: str, words: list[str], cut: int, full: list[tuple[int, int]]) -> int:
    """"Head of Kolla Education Prayudi Utomo" after "Kolla" alone: the body's name runs on while
    the text writes the longer form elsewhere too ("Kolla Education juga mengadakan …"), leaving
    the person two words at least."""
    while cut + MIN_NAME_AFTER_BODY < len(words):
        longer = " ".join(words[:cut + 1])
        elsewhere = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(longer)}(?!\w)", text)
                     if not any(a <= m.start() < b for a, b in full)]
        if not elsewhere:
            break
        cut += 1
    return cut


# Titles of address written before a surname ("Ms. Moore said", "kata Ibu Moore").
_ADDRESS_BEFORE = re.compile(r"(?:(?<!\w)(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?|(?<!\w)(?:Ibu|Bu|Bapak|Pak|Nyonya|Tuan|"
                             r"Sir|Lady|Madam))\s+\Z")


def surname_as_written(actor: ActorRef, tracker: ActorTracker) -> ActorRef:
    """"Ms. Moore said" in an article that never writes her given name, read as the gazetteer's
    "Richard Moore": a title and a surname say who spoke only as far as the article says it, so
    with the full name nowhere in the text the speaker is the surname as written, no entity (the
    title may even contradict the listed person). A name written in full anywhere keeps its link."""
    entity = _person_named_whole(actor, tracker)
    if entity is None or len(entity.name.split()) < 2:
        return actor
    text, surname = tracker.text, entity.name.split()[-1]
    written = {text[m.start:m.end] for m in tracker.index.mentions if m.entity.id == entity.id}
    if written != {surname} or entity.name in text:
        return actor
    addressed = any(_ADDRESS_BEFORE.search(text, max(0, m.start - 12), m.start)
                    for m in tracker.index.mentions if m.entity.id == entity.id)
    return ActorRef(name=surname, description=actor.description) if addressed else actor


MAX_PLACE_LED_WORDS = 6


def name_past_place(span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"menurut American Cancer Society": a run of capitalised words whose first word the entity
    layer read as a place ("American" as Amerika Serikat) with no entity for the whole run is one
    name, a body's; the speaker goes by it as written, not by the place (nor by a tail the tagger
    took for someone, "Cancer Society")."""
    text = tracker.text
    words = words_of(text, *span)
    if not 2 <= len(words) <= MAX_PLACE_LED_WORDS or not all(text[w[0]].isupper() for w in words):
        return None
    first = [m for m in tracker.index.within(span[0], span[0] + 1) if m.start == span[0]]
    if not first or first[0].entity.type != "LOC" or first[0].end >= span[1]:
        return None  # a longer entity starts here too ("Jakarta Post"), or the place is all of it
    return ActorRef(name=" ".join(text[span[0]:span[1]].split()))


def _person_named_whole(actor: ActorRef, tracker: ActorTracker) -> Entity | None:
    """The person entity the actor names by that entity's whole name, the only reading the
    name repairs below may cut words from."""
    entity = tracker.index.by_id.get(actor.entity) if actor.entity else None
    if entity is None or entity.type != "PERSON" or actor.name != entity.name:
        return None
    return entity


def _first_word_and_name(actor: ActorRef, tracker: ActorTracker) -> tuple[Entity, str, list[str]] | None:
    """The person named whole, its first word and the words after it, when those words are a
    name of their own (MIN_NAME_AFTER_BODY words at least) that the first word may be cut from."""
    entity = _person_named_whole(actor, tracker)
    if entity is None:
        return None
    first, *rest = entity.name.split()
    return (entity, first, rest) if len(rest) >= MIN_NAME_AFTER_BODY else None
