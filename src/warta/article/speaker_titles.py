"""Speakers named by a title or a body's bare head ("ujar Presiden", "sang juru bicara",
"Kementerian menyatakan"): the person or body the article named with it earlier.

Apart from other resolution steps because each looks up an earlier holder of a title
rather than a name."""

from __future__ import annotations

import re

from warta.article.actors import ActorTracker, words_of
from warta.article.lexicon import lexicon
from warta.article.quotes_layout import Span
from warta.article.role_forms import full_form
from warta.article.tokens import fold
from warta.models import ActorRef, Entity

# "menurut keterangan polisi", "menurut pernyataan resmi kementerian": the statement's words
# before who made it are not the speaker's description.
_STATEMENT_WORDS = frozenset({"keterangan", "pernyataan", "rilis", "siaran", "pers", "tertulis", "resmi"})


# "terdapat laporan seorang calon perawat yang mengakui …": an existential and the report's noun
# before the person who reported; cut only when a person's determiner follows them.
_REPORT_WORDS = frozenset({"terdapat", "ada", "laporan", "pengakuan", "kesaksian", "cerita"})
_PERSON_DETERMINERS = frozenset({"seorang", "para", "sejumlah", "salah"})


def without_statement_words(actor: ActorRef | None) -> ActorRef | None:
    if actor is None or actor.entity is not None or not actor.description:
        return actor
    words = actor.description.split()
    kept = words
    while len(kept) > 1 and fold(kept[0]) in _STATEMENT_WORDS:
        kept = kept[1:]
    reported = kept
    while len(reported) > 1 and fold(reported[0]) in _REPORT_WORDS:
        reported = reported[1:]
    if reported is not kept and fold(reported[0]) in _PERSON_DETERMINERS:
        kept = reported
    return actor if kept is words else ActorRef(description=" ".join(kept))


def one_word_role(actor: ActorRef | None, tracker: ActorTracker) -> ActorRef | None:
    """"ujar Presiden" after "Presiden Joko Widodo": a one-word title names the person who
    holds exactly that title in the article, the latest one seen first (the tracker reads
    only titles of two words or more)."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    words = actor.description.split()
    if len(words) != 1 or fold(words[0]) not in lexicon().role_longest:
        return None
    title = fold(words[0])
    people = [e for e in tracker.index.by_id.values() if e.type == "PERSON"]
    holders = {e.id: e for e in people if any(fold(role) in _title_forms(title) for role in e.roles)}
    if not holders:
        # "kata Kapolres" after "Kapolres Bogor AKBP Hendra": the title with its place or rank.
        holders = {e.id: e for e in people if any(fold(role).split()[:1] == [title] for role in e.roles)}
    if not holders:
        holders = _apposed_title_holders(tracker, title)
    for seen in reversed(tracker.seen):
        if seen.actor.entity in holders:
            return seen.actor
    if len(holders) == 1:
        entity = next(iter(holders.values()))
        return ActorRef(entity=entity.id, name=entity.name, description=actor.description)
    return None


def _title_forms(title: str) -> set[str]:
    """A one-word title and, for a minister's short title, its full form: "kata Mendagri"
    after "Menteri Dalam Negeri Nama" is that minister."""
    full = full_form(title)
    return {title} if full is None else {title, fold(full)}


def _apposed_title_holders(tracker: ActorTracker, title: str) -> dict[str, Entity]:
    """"AKP Boby Kusumawardhana, Kapolsek Tambun, mengatakan …": people whose title stands after
    their name between commas, which the entity layer does not file as their role."""
    text = tracker.text
    holders: dict[str, Entity] = {}
    for found in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text, re.IGNORECASE):
        comma = text.rfind(",", 0, found.start())
        if comma < 0 or text[comma + 1:found.start()].strip():
            continue
        before = comma
        while before > 0 and text[before - 1].isspace():
            before -= 1
        people = [m for m in tracker.index.within(max(0, before - 1), before)
                  if m.end == before and m.entity.type == "PERSON"]
        holders.update((m.entity.id, m.entity) for m in people)
    return holders

# Heads of a body's name that, standing alone, refer back to the body named in full.
_BODY_HEADS = frozenset({"kementerian", "badan", "komisi", "dinas", "lembaga", "departemen", "direktorat",
                         "otoritas", "majelis", "dewan", "mahkamah", "pengadilan", "kejaksaan", "kantor",
                         "ministry", "agency", "commission", "department"})

# Short forms of a body's head words: "Kedubes menyebut" after "Kedutaan Besar China" is that embassy.
_SHORT_BODY_HEADS = {"kedubes": ("kedutaan", "besar"), "kedutaan": ("kedutaan", "besar"),
                     "konjen": ("konsulat", "jenderal"), "kejati": ("kejaksaan", "tinggi"),
                     "kejari": ("kejaksaan", "negeri")}


def bare_body(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"Kementerian menyatakan" after "Kementerian Pertahanan Sipil … Selandia Baru": a body
    named by the first word of its name alone is the latest such body the article named."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    words = actor.description.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    head = fold(words[0])
    opening = _SHORT_BODY_HEADS.get(head) or ((head,) if head in _BODY_HEADS else None)
    if opening is None:
        return None  # "Pemerintah menyatakan": the government at large, as the guideline keeps it
    bodies = [m for m in tracker.index.within(0, span[0])
              if m.entity.type == "ORG" and m.end <= span[0] and len(m.entity.name.split()) > len(opening)
              and tuple(fold(w) for w in m.entity.name.split()[:len(opening)]) == opening]
    if not bodies:
        return None
    entity = bodies[-1].entity
    return ActorRef(entity=entity.id, name=entity.name, description=actor.description)

# How far from an earlier use of a role a person's name may stand and hold that role
# ("juru bicara maskapai, Mohammad Rahimi").
ROLE_NAME_REACH = 60


def definite_role(actor: ActorRef | None, span: Span, tracker: ActorTracker) -> ActorRef | None:
    """"Sang juru bicara menyebut" (the spokesman) after "juru bicara maskapai, Mohammad
    Rahimi": "sang" points back to the person the article named with that role last."""
    if actor is None or actor.entity is not None:
        return None
    text = tracker.text
    words = words_of(text, *span)
    if len(words) < 2 or words[0][2] != "sang":
        return None
    role = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w[2]) for w in words[1:]) + r"(?!\w)", re.IGNORECASE)
    for found in reversed(list(role.finditer(text, 0, span[0]))):
        near = tracker.index.within(max(0, found.start() - ROLE_NAME_REACH), found.end() + ROLE_NAME_REACH)
        people = [m for m in near if m.entity.type == "PERSON"]
        if people:
            person = min(people, key=lambda m: abs(m.start - found.end()))
            return ActorRef(entity=person.entity.id, name=person.entity.name, description=actor.description)
    return None
