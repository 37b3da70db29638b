"""Teaser lists that a scraper glued together: a headline run into its summary with no space.

A box of related stories rendered as text often loses the break between each headline and its
summary: "Storm Closes Coastal RoadThe county shut the road on Monday after…". One such line
could be a sentence with a brand name in it ("SoftBank", "McDonald"), but several of them a few
lines apart are a list of teasers, never the article: the joint is preceded by at least three
mostly capitalised words (a headline, no sentence end inside it) and followed by four or more,
and the glued word occurs once in the dump (a brand written in camel case recurs: "BlackBerry
Motion" in every paragraph of an article about it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

# A capital letter right after three small letters, or after "?" or "!" closing a small word:
# "…RoadThe county", "…Rise?Violence". Two letters are not enough ("WeWork", "McDonald").
JOINT = re.compile(r"(?<=[a-zà-ÿ]{3})[A-ZÀ-Þ]|(?<=[a-zà-ÿ][?!])[A-ZÀ-Þ]")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
GLUED_WORD = re.compile(r"\S*$")  # the part of the glued word before the joint
TOKENS = re.compile(r"\S+")
SENTENCE_BREAK = re.compile(r"[.!?]\s")
HEADLINE_WORDS = 3
SUMMARY_WORDS = 4
HEADLINE_CAPITALISED = 0.6
RUN_REACH = 2  # lines: another glued teaser this close makes a list of them


def glued_teaser_words(text: str) -> list[str]:
    """The glued words of a line whose headline runs into its summary (Title-Case words, no
    break, then a sentence): for "…After Winter PauseThe first boat…" that is "PauseThe"."""
    words = []
    for joint in JOINT.finditer(text):
        head, tail = text[: joint.start()], text[joint.start() :]
        head_words = WORD.findall(head)
        if len(head_words) < HEADLINE_WORDS or SENTENCE_BREAK.search(head):
            continue
        if len(WORD.findall(tail)) < SUMMARY_WORDS:
            continue
        if sum(1 for word in head_words if word[0].isupper()) / len(head_words) >= HEADLINE_CAPITALISED:
            start = GLUED_WORD.search(head)
            words.append((start.group() if start else "") + tail.split(maxsplit=1)[0])
    return words


def teaser_list_lines(texts: Sequence[str]) -> list[bool]:
    """Whether each line is a glued teaser with another one at most :data:`RUN_REACH` lines away;
    a glued word that recurs in the dump is a name, not a joint."""
    candidates = [glued_teaser_words(text) for text in texts]
    n = len(texts)
    if sum(1 for words in candidates if words) < 2:
        return [False] * n
    counts = Counter(word for text in texts for word in TOKENS.findall(text))
    glued = [any(counts[word] <= 1 for word in words) for words in candidates]
    return [flag and any(glued[j] for j in range(max(0, i - RUN_REACH), min(n, i + RUN_REACH + 1)) if j != i)
            for i, flag in enumerate(glued)]
