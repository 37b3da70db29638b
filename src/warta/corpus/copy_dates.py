"""A copy's reprinted sentences are read on the day they were written: its original's.

The timex stage reads each article on its own publication date, so a repost published on
13 November that reprints the original's "Kemarin KPK kembali menetapkan …" of 12 November
reads "kemarin" as the 12th, a day late. Once duplicates are known, every sentence of a
copy that its original prints too (the opening dateline and outlet aside, which reposts
change) takes the original's reading of its time expressions: the value of the same
expression (the n-th with its words) in the original's sentence, however the lines are laid
out. The copy's timex then says ``anchor: "original"`` (an original read on an estimated
date passes ``"estimated"`` on).
Sentences the copy wrote itself keep the copy's own reading.

The copy's events dated from a re-read expression take its new value, so merged events and
the timeline give the day the reprinted sentence means. Running this again changes nothing:
the copy's values are then the original's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from warta.article.sentences import split_sentences
from warta.corpus.leads import lead_end
from warta.models import Analysis, Article, Event, Timex

# The anchor a re-read timex of a copy says: its original's publication date.
ORIGINAL = "original"


@dataclass(frozen=True)
class Reread:
    """One timex of a copy given its original's reading."""

    article: str
    start: int
    end: int
    old: str | None
    new: str | None


def _root(article: str, copy_of: dict[str, str]) -> str:
    seen = {article}
    while (copied := copy_of.get(article)) is not None and copied not in seen:
        article = copied
        seen.add(article)
    return article


def _sentences(article: Article) -> Iterator[tuple[int, int, str]]:
    """(start, end, words) of each sentence, the opening dateline and outlet left out; words with
    single spaces, since a copy may lay out its text differently (an export against a page dump)."""
    spans = [(s, e) for s, e in article.sentences] if article.sentences else split_sentences(article.body)
    for index, (start, end) in enumerate(spans):
        text = article.body[start:end]
        cut = lead_end(text) if index == 0 else 0
        words = " ".join(text[cut:].split())
        if words:
            yield start + cut, end, words


Printed = dict[str, tuple[int, int]]  # an original's sentences: words -> span


def _printed(original: Article) -> Printed:
    return {words: (start, end) for start, end, words in _sentences(original)}


def _shared_sentences(copy: Article, printed: Printed) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The spans of each copy sentence the original prints too, and of the original's."""
    return [((start, end), printed[words]) for start, end, words in _sentences(copy) if words in printed]


def _within(timexes: list[Timex], span: tuple[int, int]) -> list[Timex]:
    """The (start-sorted) timexes that begin inside the span."""
    return timexes[bisect_left(timexes, span[0], key=_start):bisect_left(timexes, span[1], key=_start)]


def _start(timex: Timex) -> int:
    return timex.start


def _reread(copy: Article, original: str, printed: Printed, timexes: dict[str, list[Timex]]) -> list[Reread]:
    """Give the copy's timexes in reprinted sentences the original's value, in place: the n-th
    expression of a text in the copy's sentence is the n-th of that text in the original's."""
    changed = []
    for mine, theirs in _shared_sentences(copy, printed):
        sources: dict[str, list[Timex]] = {}
        for timex in _within(timexes.get(original, []), theirs):
            sources.setdefault(timex.text, []).append(timex)
        for timex in _within(timexes.get(copy.id, []), mine):
            source = sources[timex.text].pop(0) if sources.get(timex.text) else None
            if source is None or timex.value == source.value:  # read alike on either day: nothing to say
                continue
            changed.append(Reread(copy.id, mine[0], mine[1], timex.value, source.value))
            timex.value, timex.anchor = source.value, _anchor(source)
    return changed


def _anchor(source: Timex) -> str | None:
    return ORIGINAL if source.anchor == "published" else source.anchor


def _redate(event: Event, rereads: list[Reread]) -> None:
    """A copy's event dated by a re-read expression of its sentence takes the new value."""
    for evidence in event.evidence:
        for r in rereads:
            if r.article == evidence.article and evidence.start < r.end and r.start < evidence.end \
                    and event.date == r.old:
                event.date = r.new
                return


def read_copies_on_original_dates(analysis: Analysis) -> list[Reread]:
    """Re-read the copies' reprinted time expressions and their events' dates (in place)."""
    copy_of = {d.article: d.duplicate_of for d in analysis.duplicates}
    articles = {a.id: a for a in analysis.articles}
    timexes: dict[str, list[Timex]] = {}
    for timex in sorted(analysis.timexes, key=lambda t: t.start):
        timexes.setdefault(timex.article, []).append(timex)
    rereads: list[Reread] = []
    printed: dict[str, Printed] = {}  # an original of many copies is split once
    for copy in copy_of:
        original = articles.get(_root(copy, copy_of))
        if copy not in timexes or copy not in articles or original is None or original.id == copy:
            continue  # a copy without time expressions has nothing to re-read
        if original.id not in printed:
            printed[original.id] = _printed(original)
        rereads += _reread(articles[copy], original.id, printed[original.id], timexes)
    copied = {r.article for r in rereads}
    for event in analysis.events:
        if event.evidence and all(e.article in copied for e in event.evidence):
            _redate(event, rereads)
    return rereads
