"""Choosing, among the phrases around a cue, the one that names the speaker.

Its own module because which phrase counts (a person's name over a title, a rank before a
name, a long title run cut to the name ending it) is one decision, separate from how the
chosen phrase is then resolved to an actor."""

from __future__ import annotations

import re
from functools import cache

from warta.article.actors import (
    DETERMINERS,
    PLURAL_PRONOUNS,
    SINGULAR_PRONOUNS,
    ActorTracker,
    actor_in,
    words_of,
)
from warta.article.lexicon import lexicon
from warta.article.quotes_layout import Span
from warta.article.speakerphrases import ADJUNCT_START
from warta.article.speechcues import speech_cues
from warta.article.tokens import fold
from warta.models import ActorRef

# Descriptions that are never speakers: time words and function words that a phrase
# reader can land on ("kata Peskov, Senin", "Sementara itu, …").
_NOT_ACTOR = frozenset({"hal", "ini", "itu", "hari", "kemarin", "sementara", "namun", "selain", "kini",
                        "saat", "tahun", "bulan", "pekan", "minggu", "pukul", "jam", "tadi", "malam",
                        "pagi", "siang", "sore", "sebelumnya", "kemudian", "yang", "dengan"})


def _usable(actor: ActorRef | None, text: str, span: Span) -> bool:
    if actor is None:
        first = words_of(text, span[0], span[1])[:1]
        return bool(first) and first[0][2] in SINGULAR_PRONOUNS | PLURAL_PRONOUNS
    if actor.entity is not None:
        return True
    words = [w[2] for w in words_of(text, span[0], span[1]) if w[2] not in DETERMINERS]
    if not words or words[0] in _NOT_ACTOR or words[0] in lexicon().calendar:
        return False
    if text[span[0]].islower() and words[0] in ADJUNCT_START:
        return False  # "di Terminal BBM Plumpang": a place or an occasion, not who spoke
    # "Seorang warga, sebut saja Budi, mengatakan": an aside that opens with a cue is no speaker.
    return not words[0].isdigit() and speech_cues().at(words[0]) is None


def _is_person(actor: ActorRef | None, tracker: ActorTracker) -> bool:
    if actor is None or actor.entity is None:
        return False
    entity = tracker.index.by_id.get(actor.entity)
    return entity is not None and entity.type == "PERSON"


# The actor reader takes a name as the head of a phrase after at most this many title words;
# longer capitalised title runs ("Vice President Fuel Retail PT Pertamina (Persero) Muhammad
# Iskandar") are cut to their last words so that the name that ends them still counts.
TITLE_RUN_WORDS = 6
# "dari" inside a title run ("Wakil Ketua Komisi III DPR dari Fraksi Partai Gerindra Desmond J Mahesa")
# names the party; after the name ("James Williams dari WTRG") it is outside the title.
_TITLE_FUNCTION_WORDS = frozenset({"dan", "untuk", "bidang", "urusan", "dari"})


def _title_run_cut(span: Span, tracker: ActorTracker) -> Span:
    """The phrase from the last few words of a long title run to the person's name ending it."""
    text = tracker.text
    people = [m for m in tracker.index.within(*span) if m.entity.type == "PERSON" and m.end <= span[1]]
    if not people:
        return span
    name = max(people, key=lambda m: m.end)
    title = words_of(text, span[0], name.start)
    if text[name.end:span[1]].strip(" ,") or len(title) <= TITLE_RUN_WORDS:
        return span
    if any(text[w[0]].islower() and w[2] not in _TITLE_FUNCTION_WORDS for w in title):
        return span  # "James Williams dari WTRG": a lower-case word ends the title run
    if _title_is_role(" ".join(w[2] for w in title), name.entity.roles):
        return span  # the entity layer read the whole run as the person's post: keep its head
    start = title[-TITLE_RUN_WORDS][0]
    # A title word read as a name ("Fuel Retail") stays out, so a later "dia" cannot take it.
    start = max([start, *(m.end for m in people if m is not name and m.end <= name.start)])
    return skip_blank_and_marks(text, start, name.start), span[1]


# A me-/ber- verb opening the sentence in capitals opens a participle clause before the subject.
_FRONTED_VERB = re.compile(r"(?:Me[mn]g?|Meny|Ber)[a-z]{4,}")


def _past_fronted_participle(span: Span, tracker: ActorTracker) -> Span:
    """"Membahas masalah perizinan dengan Bank Indonesia Ongki menjelaskan, …": a clause opened by a
    participle with no comma after it runs up to the subject; a person's name ending the phrase is
    that subject, not a part of the clause's object."""
    text = tracker.text
    first = re.match(r"\w+", text[span[0]:span[1]])
    if first is None or not _FRONTED_VERB.fullmatch(first.group()):
        return span
    if fold(first.group()) in lexicon().role_longest:
        return span  # "Menteri Perhubungan X", "Mendagri X": a title, not a verb
    if span[0] and text[:span[0]].rstrip(" ")[-1:] not in ("", "\n", ".", "!", "?", "\"", "”"):
        return span  # inside a sentence: the capital is a name's ("Bersama Rakyat")
    end = len(text[:span[1]].rstrip(" ,"))
    named = [m for m in tracker.index.within(*span) if m.entity.type == "PERSON" and m.end == end]
    return (named[0].start, span[1]) if named else span


def whole_title(actor: ActorRef | None, chosen: Span, spans: tuple[Span, ...],
                tracker: ActorTracker) -> ActorRef | None:
    """The person read from a title run cut to its last words, described by the whole run:
    "Pelaksana Harian (Plh) Kepala Biro Humas KPK X" keeps "Pelaksana" (the cut only lets the
    name count as the head of the phrase)."""
    if actor is None or actor.entity is None or not actor.description or not _is_person(actor, tracker):
        return None
    whole = next((span for span in spans if span[0] < chosen[0] and span[1] == chosen[1]), None)
    if whole is None:
        return None
    text = tracker.text
    cut_words = " ".join(text[chosen[0]:whole[1]].split())
    if not cut_words.startswith(actor.description):
        return None  # the description is not the cut run's own words: leave it
    head = " ".join(text[whole[0]:chosen[0]].split()).strip(" ,")
    return ActorRef(entity=actor.entity, name=actor.name, description=f"{head} {actor.description}")


def _title_is_role(written: str, roles: list[str]) -> bool:
    """Is the whole title run (folded words) one of the person's roles, or its end? Then the
    actor reader takes the name as the head anyway, and a cut would drop the head of the post
    ("Kepala Bidang" of "Kepala Bidang Humas Polda … Komisaris Besar X")."""
    return any(fold(role).endswith(written) for role in roles)


def skip_blank_and_marks(text: str, pos: int, end: int) -> int:
    while pos < end and not text[pos].isalnum():
        pos += 1
    return pos


def _is_bare_name(span: Span, tracker: ActorTracker) -> bool:
    """Is the phrase exactly a person's name, with no title before it?"""
    text = tracker.text
    return any(m.entity.type == "PERSON" and text[m.start:m.end].strip() == text[span[0]:span[1]].strip()
               for m in tracker.index.within(*span))


# Ranks and honorifics that stand only before a person's name (unlike "Kepala", which also
# heads an office: "Kepala Bagian Ekonomi IEA"): those of roles.tsv, and these that it does not
# list (lower police and military ranks, "H." for haji, royal and religious titles).
_UNLISTED_RANKS = frozenset({
    "aiptu", "aipda", "briptu", "bripda", "brigpol", "lettu", "letda", "laksda", "drg", "h", "pol",
    "ratu", "raja", "pangeran", "sultan", "paus",
})


@cache
def _ranks() -> frozenset[str]:
    listed = (key[0] for key, word in lexicon().roles.items() if word.kind in {"rank", "honorific"})
    return frozenset(listed) | _UNLISTED_RANKS


def _titled_name(span: Span, tracker: ActorTracker) -> bool:
    """Does a rank stand right before a person's name in the phrase ("Kombes Awi")?"""
    text = tracker.text
    for mention in tracker.index.within(*span):
        before = words_of(text, span[0], mention.start)
        if mention.entity.type == "PERSON" and before and before[-1][2] in _ranks():
            return True
    return False


_RELATIVE_OPENERS = re.compile(r"\s*(?:yang|who)\b", re.IGNORECASE)


def _name_then_relative(span: Span, tracker: ActorTracker) -> bool:
    """"tukas Lorenzo yang menggusur pebalap Italia, Andrea Iannone": a phrase that opens with a
    person's name and goes on with a relative clause names the speaker; a name set after a comma
    further on belongs to that clause (whom the speaker replaced), not to the speaker."""
    for mention in tracker.index.within(*span):
        if mention.start == span[0] and mention.entity.type == "PERSON":
            return _RELATIVE_OPENERS.match(tracker.text, mention.end, span[1]) is not None
    return False


def choose(spans: tuple[Span, ...], tracker: ActorTracker) -> Span | None:
    """The phrase that names the speaker: the last one naming a person ("kata Kepala Humas
    Polda, Kombes Awi Setiyono" and "Kepala Humas Polda, Kombes Awi Setiyono, mengatakan"
    both end in the name), else the first usable phrase."""
    text = tracker.text
    spans = tuple(_title_run_cut(_past_fronted_participle(span, tracker), tracker) for span in spans)
    actors = [(span, actor_in(text, span[0], span[1], tracker.index)) for span in spans]
    usable = [(span, actor) for span, actor in actors if _usable(actor, text, span)]
    people = [span for span, actor in usable if _is_person(actor, tracker)]
    # A rank before a name marks the name ("AKP Boby K, Kapolsek Tambun, mengatakan"); with no
    # rank, a phrase that is only a name beats a title read as one ("ujar Mamat, Humas RSUD").
    if people and people[0] == spans[0] and _name_then_relative(spans[0], tracker):
        return spans[0]
    titled = [span for span in people if _titled_name(span, tracker)]
    if titled:
        return max(titled)
    bare_names = [span for span in people if _is_bare_name(span, tracker)]
    if bare_names and len(people) > 1:
        return bare_names[0]
    if people:
        return max(people)
    appositive = _name_after_role(usable, tracker)
    if appositive is not None:
        return appositive
    return _kept_anonymous(usable, text) or (usable[0][0] if usable else None)


# "yang enggan disebut namanya", "yang tidak mau namanya ditulis", "who declined to be named"
_ANONYMITY = re.compile(r"\b(?:yang|who)\b.*\b(?:namanya|identitasnya|disebut|ditulis|named|identified)\b",
                        re.IGNORECASE)


def _kept_anonymous(usable: list[tuple[Span, ActorRef | None]], text: str) -> Span | None:
    """An unnamed source described with where it works and that it keeps its name back ("Seorang
    sumber di lingkungan Kementerian Keuangan yang enggan disebut namanya mengatakan"): the whole
    description, which tells the reader how far to trust it, not its first words."""
    if not usable:
        return None
    first = usable[0][0]
    longer = [span for span, _actor in usable[1:] if span[0] == first[0] and span[1] > first[1]
              and _ANONYMITY.search(text, first[1], span[1])]
    return max(longer, key=lambda span: span[1]) if longer else None


_NAME_WORDS = (2, 4)


def _name_after_role(usable: list[tuple[Span, ActorRef | None]], tracker: ActorTracker) -> Span | None:
    """"kata analis Nordea Markets, Thina Saltvedt": a capitalised name of two to four words set
    after a role with a comma names the role's holder, even when the entity layer typed it a
    place."""
    if len(usable) < 2:
        return None
    text = tracker.text
    role, name = usable[0][0], usable[1][0]
    first = words_of(text, *role)[:1]
    if not first or not text[role[0]].islower() or first[0][2] not in lexicon().role_longest:
        return None
    words = words_of(text, *name)
    if not (_NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]) or not all(text[w[0]].isupper() for w in words):
        return None
    exact = [m for m in tracker.index.within(*name) if (m.start, m.end) == name and m.entity.type != "ORG"]
    return name if exact else None
