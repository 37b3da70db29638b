"""Page-level list signals for the line model: is this article's body a list or a table?

An article that is a numbered gift list, a results table or a race calendar is mostly
short lines, and a short line alone reads like a menu entry. Stage two of the line model
(:mod:`warta.article.linemodel`) therefore also sees, for the whole page, how much of its
main text region is short lines, whether the page holds a numbered sequence of items
("1) …", "2) …", "3) …", with the item's text and links between them) and how long a
run of lines written to one pattern the line belongs to; and the decision lets a
numbered sequence under the article's prose lead share one verdict
(:func:`numbered_sequences`).

Plain functions of the line texts and of which lines the rules left open: no model here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

# "1) …", "2. …", "(3) …", "#4 …": an item number opening a line. A number alone ("1. FC
# Köln", "2. Bundesliga") is common; only a sequence counting up or down makes a list.
NUMBERED = re.compile(r"^\s*(?:\(|#\s?)?(\d{1,2})(?:[.):]|\s[-–—])\s*\S")
SEQUENCE_MIN_ITEMS = 3
ITEM_GAP = 12  # lines at most between two items of one sequence (the item's text, a link)
SHORT_LINE_WORDS = 4  # a table cell, a list entry, a label

LIST_NAMES = ("region_short_share", "short_on_list_page", "log_pattern_run", "numbered_item",
              "in_numbered_span", "log_numbered_items")


def item_number(text: str) -> int | None:
    match = NUMBERED.match(text)
    return int(match.group(1)) if match else None


def numbered_sequences(texts: Sequence[str], opened: Sequence[bool]) -> list[list[int]]:
    """Indices of the items of each numbered sequence of open lines (numbers counting up or
    down by one, at most :data:`ITEM_GAP` lines apart, at least :data:`SEQUENCE_MIN_ITEMS`)."""
    numbers = [(i, n) for i, (text, ok) in enumerate(zip(texts, opened, strict=True))
               if ok and (n := item_number(text)) is not None]
    sequences: list[list[int]] = []
    used: set[int] = set()
    for start, (first, number) in enumerate(numbers):
        if first in used:
            continue
        for step in (1, -1):
            items, last, expected = [first], first, number + step
            for index, value in numbers[start + 1:]:
                if index - last > ITEM_GAP:
                    break
                if value == expected and index not in used:
                    items.append(index)
                    last, expected = index, expected + step
            if len(items) >= SEQUENCE_MIN_ITEMS:
                sequences.append(items)
                used.update(items)
                break
    return sequences


def list_columns(texts: Sequence[str], opened: Sequence[bool], words: Sequence[int], region: tuple[int, int],
                 pattern_runs: Sequence[int]) -> list[list[float]]:
    """Stage-two columns (see :data:`LIST_NAMES`): the share of short lines among the open lines
    of the main text region, the same for a short line only, the length of the line's run of
    lines written to one pattern, whether it is an item of a numbered sequence or lies within
    one's span, and the page's number of numbered items."""
    n = len(texts)
    start, end = region
    in_region = [i for i in range(start, end) if opened[i]]
    short = [w <= SHORT_LINE_WORDS for w in words]
    share = sum(1 for i in in_region if short[i]) / len(in_region) if in_region else 0.0
    items = [0.0] * n
    span = [0.0] * n
    sequences = numbered_sequences(texts, opened)
    for sequence in sequences:
        for i in range(min(sequence), max(sequence) + 1):
            span[i] = 1.0
        for i in sequence:
            items[i] = 1.0
    total = math.log1p(sum(len(s) for s in sequences))
    return [[share] * n, [share if s else 0.0 for s in short], [math.log1p(r) for r in pattern_runs],
            items, span, [total] * n]
