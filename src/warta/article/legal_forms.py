"""Legal forms of Indonesian companies (``resources/legal_forms.tsv``): the words a company's name
is written with or without ("PT Pertamina (Persero)" is "Pertamina"), one list for in-article
coreference and the run's entities."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from warta.article.tokens import fold
from warta.resources import read_tsv

_MARKS = ".,()"  # around a written form: "PT.", "(Persero)", "Tbk,"


@cache
def legal_forms() -> dict[str, str]:
    """Each form, folded and without marks ("pt") -> where it stands ("before" or "after" the name)."""
    return {row["word"]: row["place"] for row in read_tsv("legal_forms.tsv")}


def _is_form(word: str, place: str) -> bool:
    return legal_forms().get(fold(word.strip(_MARKS))) == place


def without_legal_forms(words: Sequence[str]) -> list[str]:
    """The name's words without the forms before and after it, and the brackets a form leaves
    ("(", ")" of "( Persero )"); a name that is nothing but forms leaves nothing."""
    start, end = 0, len(words)
    while start < end and (_is_form(words[start], "before") or not words[start].strip(_MARKS)):
        start += 1
    while end > start and (_is_form(words[end - 1], "after") or not words[end - 1].strip(_MARKS)):
        end -= 1
    return list(words[start:end])


@lru_cache(maxsize=8192)  # asked of every mention of every article: names repeat
def only_trailing_forms(name: str) -> bool:
    """Whether a found name is nothing but forms written after a company ("Persero" of "PT Tirta
    (Persero)", "Tbk"), which name no body by themselves. A form written before a name is left
    alone: "PT" alone is also the Pengadilan Tinggi, "PD" a party's short name."""
    words = [w for w in name.split() if w.strip(_MARKS)]
    return bool(words) and all(_is_form(w, "after") for w in words)


def ends_with_trailing_form(name: str) -> bool:
    """Whether a name of two words or more ends with a form written after a company ("Abadi Tbk", "Sentosa
    (Persero)"): what the form closes is a company's name."""
    words = [w for w in name.split() if w.strip(_MARKS)]
    return len(words) > 1 and _is_form(words[-1], "after")
