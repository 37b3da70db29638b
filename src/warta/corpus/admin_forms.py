"""The words an Indonesian place or body can be named with or without.

News names one regency "Kabupaten Subang", "Kab. Subang" and "Subang", one office "Dinas
Kesehatan Provinsi Jawa Barat", "Dinas Kesehatan Jawa Barat" and "Dinkes Jabar", one company
"Perum Bulog" and "Bulog". :func:`admin_form` reduces a name to its *core* (the words that
tell it apart) and the administrative *levels* it wrote: "Kota Bandung" and "Kabupaten
Bandung" share their core but not their level, so a caller can keep the city and the regency
apart when a run names both, and join a bare "Bandung" to the one it names when only one.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.article.gazetteer import gazetteer
from warta.article.legal_forms import without_legal_forms
from warta.article.names import spelling
from warta.article.regions import region_kind_words
from warta.article.tokens import fold

# Regional government bodies news writes as one clipped word ("Dinkes Garut"); the body words
# after them are the same body's.
CLIPPED_BODIES = {
    "dinkes": ("dinas", "kesehatan"), "disdik": ("dinas", "pendidikan"), "dishub": ("dinas", "perhubungan"),
    "dinsos": ("dinas", "sosial"), "pemkot": ("pemerintah", "kota"), "pemkab": ("pemerintah", "kabupaten"),
    "pemprov": ("pemerintah", "provinsi"),
}
PUNCTUATION = "().,"


@dataclass(frozen=True)
class AdminForm:
    core: str  # the name's words without level words and legal forms, folded and spelled alike
    levels: tuple[str, ...]  # the administrative levels the name wrote, in order


def admin_form(name: str) -> AdminForm | None:
    """The core and levels of a place's or body's name; None when nothing is left to tell it apart."""
    words = [w.strip(PUNCTUATION) for w in name.split()]
    words = [w for w in words if w]
    # "Perum Bulog" is "Bulog", "PT Pertamina (Persero)" is "Pertamina"; a name of forms only is no name
    words = without_legal_forms(_expanded(words))
    core, levels = _without_levels(words)
    if not core:
        return None
    core = _places_written_out(core)
    return AdminForm(" ".join(spelling(fold(w)) for w in core), tuple(levels))


def _expanded(words: list[str]) -> list[str]:
    clipped = CLIPPED_BODIES.get(fold(words[0])) if words else None
    return [*clipped, *words[1:]] if clipped else words


def _without_levels(words: list[str]) -> tuple[list[str], list[str]]:
    """A level word counts only before a capitalised name ("Kota Bandung"), never at the end
    ("Pemerintah Kota" is a body of no named place) nor before a lower-case word."""
    core: list[str] = []
    levels: list[str] = []
    for n, word in enumerate(words):
        level = region_kind_words().get(fold(word))
        after = words[n + 1] if n + 1 < len(words) else ""
        if level and after[:1].isupper() and fold(after) not in region_kind_words():
            levels.append(level)
        else:
            core.append(word)
    return core, levels


def _places_written_out(words: list[str]) -> list[str]:
    """A province's short name at the end of a body's name written out ("Dinkes Jabar" is "Dinas
    Kesehatan Jawa Barat"), as the gazetteer spells the province, without its level word."""
    for cut in range(1, len(words)):
        tail = words[cut:]
        ids = gazetteer().abbrevs.get(tuple(tail)) or gazetteer().names.get(tuple(fold(w) for w in tail))
        entry = gazetteer().entries.get(ids[0]) if ids else None
        if entry is not None and entry.type == "LOC" and entry.country == "ID" and entry.kind != "country":
            written, _ = _without_levels(entry.name.split())
            return [*words[:cut], *written]
    return words


# Levels tried before a bare place name the gazetteer knows only with its level ("Subang" is
# "Kabupaten Subang"): the one that fits is meant.
GUESSED_LEVELS = ("kabupaten", "kota", "provinsi")


def region_of(name: str) -> str | None:
    """The gazetteer row of the Indonesian region a name is, or a body's name ends in ("Dinas
    Kesehatan Jawa Barat", "Dinkes Kabupaten Bandung Barat", "Polres Subang"): a regional body
    tells where its story happens."""
    words = _expanded([w for w in (w.strip(PUNCTUATION) for w in name.split()) if w])
    for cut in range(len(words)):
        if (found := _region(words[cut:])) is not None:
            return found
    return None


def _region(words: list[str]) -> str | None:
    table = gazetteer()
    exact = table.abbrevs.get(tuple(words)) or table.names.get(tuple(fold(w) for w in words))
    if exact:
        return exact[0] if _indonesian_region(exact[0]) else None
    if not words or not words[0][:1].isupper() or fold(words[0]) in region_kind_words():
        return None
    guesses = {ids[0] for level in GUESSED_LEVELS
               if (ids := table.names.get((level, *(fold(w) for w in words)))) and _indonesian_region(ids[0])}
    return guesses.pop() if len(guesses) == 1 else None


def _indonesian_region(gazetteer_id: str) -> bool:
    entry = gazetteer().entries.get(gazetteer_id)
    return entry is not None and entry.type == "LOC" and entry.country == "ID" and entry.kind != "country"
