"""Whether a predicted actor, speaker or holder names the one the gold names (shared name words)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from warta.bench.quotes_events_gold import GoldQuote
from warta.models import ActorRef, Entity

# Words that say who someone is, not which one: dropped before names are compared.
_TITLE_WORDS = frozenset(
    (
        "presiden", "wakil", "menteri", "kepala", "ketua", "direktur", "dirut", "utama", "sekretaris",
        "jenderal", "juru", "bicara", "jubir", "gubernur", "bupati", "wali", "kota", "walikota", "kapolda",
        "kapolri", "panglima", "marsekal", "madya", "muda", "pertama", "laksamana", "kolonel", "letnan",
        "mayor", "kapten", "brigjen", "irjen", "komjen", "kombes", "pol", "bapak", "ibu", "pak",
        "bu", "sang", "dr", "ir", "h", "hj", "prof", "drs", "mr", "mrs", "ms", "tuan", "nyonya", "senior",
        "vice", "chief", "executive", "officer", "ceo", "menlu", "menkeu", "wamenkeu", "mendagri", "menhan",
        "komandan", "deputi", "pangeran", "raja", "ratu", "perdana", "pm", "marsdya", "marsma", "laksma",
        "laksda", "letjen", "mayjen", "letkol", "akbp", "kompol",
    )
)
# Words that name a kind of body, not which one ("pemerintah Iran" and "pemerintah Indonesia"
# differ), and function words: they never make two names agree on their own.
_GENERIC_WORDS = frozenset(
    (
        "pemerintah", "negara", "kementerian", "badan", "lembaga", "komisi", "tim", "pt", "tbk", "persero",
        "republik", "ri", "kantor", "dinas", "organisasi", "kelompok", "dan", "di", "dari", "untuk", "yang",
        "itu", "ini", "the", "of", "pusat", "kabupaten", "provinsi", "jalan", "jl",
    )
)
# Compass words tell apart places that share the rest of their name (Korea Utara, Korea Selatan).
_COMPASS_WORDS = frozenset(("utara", "selatan", "barat", "timur", "tengah"))
# Determiners that open a description before its head noun ("seorang sumber").
_DETERMINERS = frozenset(
    (
        "seorang", "sebuah", "para", "sang", "beberapa", "salah", "satu", "pihak", "kalangan", "sejumlah",
    )
)
_WORD = re.compile(r"[^\W_]+")
# The guideline resolves a role-only actor to the body the article names ("polisi" → the police force
# named, docs/annotation.md, Fields): a gold description that is only such a kind word therefore agrees
# with a predicted name of a body of that kind. Indonesian police bodies are named by abbreviations
# (Polda = Kepolisian Daerah) that share no word with "polisi", so their words are listed here.
_BODY_KINDS = {
    "polisi": frozenset(
        (
            "polisi", "kepolisian", "polri", "polda", "polres", "polresta", "polrestabes", "polsek",
            "polairud", "bareskrim", "brimob", "densus", "reskrim", "ditreskrimum", "ditreskrimsus",
        )
    ),
}
_BODY_KINDS["kepolisian"] = _BODY_KINDS["polisi"]


def name_words(text: str | None) -> frozenset[str]:
    """Casefolded words of a name or description, titles and determiners left out."""
    words = [w for w in _WORD.findall((text or "").casefold()) if w not in _DETERMINERS]
    untitled = frozenset(w for w in words if w not in _TITLE_WORDS)
    # A name that is only title-like words is initials ("DR", "H"), not a bare title: keep them.
    return untitled or frozenset(words)


def head_noun(description: str | None) -> str | None:
    """First word of a description after its determiners ("seorang sumber" → "sumber")."""
    words = [w for w in _WORD.findall((description or "").casefold()) if w not in _DETERMINERS]
    return words[0] if words else None


def actor_names(actor: ActorRef | None, aliases: dict[str, list[str]]) -> list[str]:
    """The strings a predicted actor goes by: its name and its entity's names, else its description."""
    if actor is None:
        return []
    names = [n for n in [actor.name, *aliases.get(actor.entity or "", [])] if n]
    return names or ([actor.description] if actor.description else [])


def names_match(a: str, b: str) -> bool:
    """Two names agree when they share name words covering at least half of the shorter one.

    Generic words ("pemerintah", "badan") count only when both names have nothing else; names
    whose compass words differ never agree.
    """
    words_a, words_b = name_words(a), name_words(b)
    if (words_a & _COMPASS_WORDS) and (words_b & _COMPASS_WORDS) and not (words_a & words_b & _COMPASS_WORDS):
        return False
    content_a, content_b = words_a - _GENERIC_WORDS, words_b - _GENERIC_WORDS
    if content_a or content_b:
        words_a, words_b = content_a, content_b
    shared = words_a & words_b
    return bool(shared) and 2 * len(shared) >= min(len(words_a), len(words_b))


def names_body_of_kind(name: str, gold: str) -> bool:
    """``gold`` is only a kind of body ("polisi", "pihak kepolisian") and ``name`` names one of that kind.

    One direction only: a predicted description never stands for a gold name, as the guideline wants
    the name written whenever the article gives it.
    """
    kind_words = name_words(gold)
    if len(kind_words) != 1:
        return False
    body_words = _BODY_KINDS.get(next(iter(kind_words)))
    return body_words is not None and bool(name_words(name) & body_words)


def actor_agrees(actor: ActorRef | None, gold: str | None, aliases: dict[str, list[str]]) -> bool:
    """An event actor is right when one of its names matches the gold one (None matches None)."""
    names = actor_names(actor, aliases)
    if gold is None:
        return not names
    named = actor is not None and bool(actor.entity or actor.name)
    return any(names_match(name, gold) or (named and names_body_of_kind(name, gold)) for name in names)


def speaker_agrees(actor: ActorRef | None, gold: GoldQuote, aliases: dict[str, list[str]]) -> bool:
    """Named speakers by shared name words; anonymous ones by the head noun of the description."""
    if gold.speaker:
        return actor_agrees(actor, gold.speaker, aliases)
    named = actor is not None and bool(actor.entity or actor.name)
    if gold.kind == "anonymous":
        return not named and actor is not None and head_noun(actor.description) == head_noun(gold.description)
    if gold.description:
        return actor_agrees(actor, gold.description, aliases)
    return not actor_names(actor, aliases)


def entity_aliases(entities: Iterable[Entity]) -> dict[str, list[str]]:
    return {e.id: [e.name, *e.aliases] for e in entities}
