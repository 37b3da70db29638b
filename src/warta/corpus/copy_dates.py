"""A copy's reprinted sentences are read on the day they were written: its original's.

The timex stage reads each article on its own publication date, so a repost published on
13 November that reprints the original's "Kemarin KPK kembali menetapkan …" of 12 November
reads "kemarin" as the 12th, a day late. Once duplicates are known, every sentence of a
copy that its original prints too (the opening dateline and outlet aside, which reposts
change) takes the original's reading of its time expressions: the value the original's
timex at the same place in the same sentence has. The copy's timex then says
``anchor: "original"`` (an original read on an estimated date passes ``"estimated"`` on).
Sentences the copy wrote itself keep the copy's own reading.

The copy's events dated from a re-read expression take its new value, so merged events and
the timeline give the day the reprinted sentence means. Running this again changes nothing:
the copy's values are then the original's.
"""

from __future__ import annotations

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


def _sentences(article: Article) -> Iterator[tuple[int, str]]:
    """(start, text) of each sentence, the opening dateline and outlet left out."""
    spans = [(s, e) for s, e in article.sentences] if article.sentences else split_sentences(article.body)
    for index, (start, end) in enumerate(spans):
        text = article.body[start:end]
        cut = lead_end(text) if index == 0 else 0
        yield start + cut, text[cut:]


def _shared_sentences(copy: Article, original: Article) -> list[tuple[int, int, int]]:
    """(start, end, shift) of each copy sentence the original prints; shift moves copy offsets onto it."""
    printed = {text: start for start, text in _sentences(original) if text.strip()}
    return [(start, start + len(text), printed[text] - start)
            for start, text in _sentences(copy) if text in printed]


def _reread(copy: Article, original: Article, timexes: dict[str, list[Timex]]) -> list[Reread]:
    """Give the copy's timexes in reprinted sentences the original's value, in place."""
    theirs = {(t.start, t.text): t for t in timexes.get(original.id, [])}
    changed = []
    for start, end, shift in _shared_sentences(copy, original):
        for timex in timexes.get(copy.id, []):
            source = theirs.get((timex.start + shift, timex.text)) if start <= timex.start < end else None
            if source is None or timex.value == source.value:  # read alike on either day: nothing to say
                continue
            changed.append(Reread(copy.id, start, end, timex.value, source.value))
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
    for timex in analysis.timexes:
        timexes.setdefault(timex.article, []).append(timex)
    rereads: list[Reread] = []
    for copy in copy_of:
        original = articles.get(_root(copy, copy_of))
        if copy in articles and original is not None and original.id != copy:
            rereads += _reread(articles[copy], original, timexes)
    copied = {r.article for r in rereads}
    for event in analysis.events:
        if event.evidence and all(e.article in copied for e in event.evidence):
            _redate(event, rereads)
    return rereads
