"""Corpus stage ``repeats``: lines one outlet prints under many of its articles.

A promo, a widget label or a footer that no marker knows still gives itself
away by appearing, word for word, under several articles of the same outlet in
one run. Long sentence-like lines are left alone: outlets reuse background
paragraphs in follow-up stories, and those are content.
"""

from __future__ import annotations

import re
from collections import defaultdict

from warta.article.linefeatures import TERMINAL, words_of
from warta.document import Doc, Line
from warta.options import Options
from warta.pipeline import corpus_stage

LONG_SENTENCE_WORDS = 15
# A document most of whose lines recur elsewhere is a copy, not a carrier of boilerplate.
COPY_SHARE = 0.5


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _candidate(line: Line) -> bool:
    if line.label != "body":
        return False
    return len(words_of(line.text)) < LONG_SENTENCE_WORDS or not TERMINAL.search(line.text)


def _generic(line: Line) -> bool:
    return line.label == "removed" and line.reason == "boilerplate"


@corpus_stage("repeats", requires={"labels"}, provides={"repeats"})
def repeated_lines(docs: list[Doc], options: Options) -> None:
    by_outlet: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        if doc.outlet_guess:
            by_outlet[doc.outlet_guess].append(doc)
    for group in by_outlet.values():
        if len(group) >= options.repeat_min_articles:
            _mark_group(group, options.repeat_min_articles)


def _mark_group(group: list[Doc], min_articles: int) -> None:
    seen_in: dict[str, int] = defaultdict(int)
    for doc in group:
        for key in {_key(line.text) for line in doc.lines if line.label == "body" or _generic(line)}:
            seen_in[key] += 1
    repeated = {key for key, count in seen_in.items() if count >= min_articles and key}
    for doc in group:
        for line in doc.lines:
            # the line model removed it without saying why; repeating across the outlet's
            # articles is the more telling reason
            if _generic(line) and _key(line.text) in repeated:
                line.reason = "repeated-boilerplate"
        body = [line for line in doc.lines if line.label == "body"]
        shared = [line for line in body if _key(line.text) in repeated]
        if not body or len(shared) / len(body) > COPY_SHARE:
            continue
        for line in shared:
            if _candidate(line):
                line.label, line.reason = "removed", "repeated-boilerplate"
