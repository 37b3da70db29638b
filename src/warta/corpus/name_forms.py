"""Short forms Indonesian news makes of people's names.

Politicians and public figures go by clipped compounds of their names ("Setya Novanto" →
"Setnov", "Joko Widodo" → "Jokowi", "Zulkifli Hasan" → "Zulhas") or by initials ("Susilo
Bambang Yudhoyono" → "SBY"), and by their name without its last part ("Sufmi Dasco Ahmad" →
"Sufmi Dasco"), or without a head read as a title ("Ratu Atut Chosiyah" → "Atut Chosiyah").
These tests say whether a written form can be one of them; the caller
decides whether exactly one person of the run fits.
"""

from __future__ import annotations

from warta.article.tokens import fold

MIN_CLIP = 2  # letters each name part gives a clipped compound ("Joko" + "wi")
MIN_FIRST_CLIP = 3  # ... and the first part at least this many ("Set" + "nov")
MIN_COMPOUND = 5  # a shorter word is too easily a name of its own


def is_clipped_name(word: str, parts: list[str]) -> bool:
    """``word`` joins the beginnings of two or more leading ``parts``: "Setnov" of [Setya, Novanto];
    in capitals, their initials: "SBY" of [Susilo, Bambang, Yudhoyono]."""
    if len(parts) < 2:
        return False
    if word.isupper() and len(word) == len(parts) and len(word) >= 2:
        return all(fold(w)[:1] == fold(p)[:1] for w, p in zip(word, parts, strict=True))
    return len(word) >= MIN_COMPOUND and _clips(fold(word), [fold(p) for p in parts], 0)


def _clips(word: str, parts: list[str], used: int) -> bool:
    if not word:
        return used >= 2
    if not parts:
        return False
    head, rest = parts[0], parts[1:]
    least = MIN_FIRST_CLIP if used == 0 else MIN_CLIP
    for size in range(min(len(head), len(word)), least - 1, -1):
        if word.startswith(head[:size]) and _clips(word[size:], rest, used + 1):
            return True
    return False


# Given names so common that one alone cannot point at one person of a run.
COMMON_GIVEN = frozenset({"muhammad", "mohammad", "mohamad", "muhamad", "moh", "ahmad", "achmad", "abdul",
                          "siti", "nur", "sri", "i", "ni"})


def is_given_name(word: str, parts: list[str]) -> bool:
    """``word`` is the given name the news calls a person by, or its opening ("Sandi" of [Sandiaga,
    Uno], "Djarot" of [Djarot, Saiful, Hidayat]); never a given name shared by too many."""
    if len(parts) < 2 or fold(parts[0]) in COMMON_GIVEN:
        return False
    short, given = fold(word), fold(parts[0])
    return short == given or (len(short) >= MIN_COMPOUND and given.startswith(short))


def is_leading_part(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` without its last words, keeping at least two: [Sufmi, Dasco] of
    [Sufmi, Dasco, Ahmad]."""
    if not 2 <= len(short) < len(full):
        return False
    return all(fold(a) == fold(b) for a, b in zip(short, full, strict=False))


def is_trailing_part(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` without its first words, keeping at least two: [Atut, Chosiyah] of
    [Ratu, Atut, Chosiyah] (a report that read the name's head as a title)."""
    if not 2 <= len(short) < len(full):
        return False
    return all(fold(a) == fold(b) for a, b in zip(short, full[len(full) - len(short):], strict=True))
