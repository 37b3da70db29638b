"""What an article is called on the pages: its title, else the start of what it says.

A scraped dump can lose its headline; its file path ("input/01-setnov.txt") tells a reader
nothing about the article, while its first sentence does. The estimate is marked as such
wherever it is shown, and the path stays on the article page as its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.corpus.leads import without_lead
from warta.models import Article

TITLE_WORDS = 12  # about the length of an Indonesian headline
# A sentence end inside the first paragraph, when the article has no sentence offsets.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Heading:
    text: str
    estimated: bool  # True: the article has no title; ``text`` is its first sentence, clipped


def article_heading(article: Article) -> Heading:
    """The title, else the first sentence without its dateline (clipped), else the source."""
    if article.title and article.title.strip():
        return Heading(article.title.strip(), False)
    opening = _first_sentence(article)
    if opening:
        return Heading(_clip(opening), True)
    return Heading(article.url or article.source or article.id, False)


def article_name(article: Article) -> str:
    """The heading as one string for links and tooltips, an estimate in brackets."""
    heading = article_heading(article)
    return f"[{heading.text}]" if heading.estimated else heading.text


def _first_sentence(article: Article) -> str:
    body = article.body
    if article.sentences:
        start, end = article.sentences[0]
        sentence = body[start:end]
    else:
        paragraph = body.strip().split("\n", 1)[0] if body.strip() else ""
        sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
    return " ".join(without_lead(sentence.strip()).split())


def _clip(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= TITLE_WORDS:
        return sentence.rstrip(".")
    return " ".join(words[:TITLE_WORDS]).rstrip(",;:") + " …"
