"""The cross-article layer: what a run's articles say together.

:func:`complete` works on an :class:`~warta.models.Analysis` (not on ``Doc``s) so that a
store can run it again over analyses it kept, adding articles as they arrive. It fills,
in order: ``duplicates`` (kept when the caller says it already knows them, as a store
indexing duplicates store-wide does) and ``stories`` (kept when the analysis already has every
article in exactly one story, as a store clustering incrementally gives it), one event
per real event (``events``, ids ``v1…``), the ``timeline``, the claim matrix
(``claims``, ids ``c1…``), the cited ``summary`` and each story's own ``summary``. Running
it twice gives the same result: merged events and claims are valid input to merge again.

A part that fails is recorded as a run-level ``E-STAGE-001`` error naming it, and the
other parts still run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from warta.article.outlet import outlet_key
from warta.corpus.claims import ArticleReport, build_claims
from warta.corpus.copy_dates import read_copies_on_original_dates
from warta.corpus.event_merge import merge_events
from warta.corpus.event_salience import StoryContext
from warta.corpus.summary import summarize, summarize_stories
from warta.corpus.timeline import build_timeline
from warta.errors import Code
from warta.models import Analysis, Article, Duplicate, Event, Story, SummarySentence
from warta.options import Options

T = TypeVar("T")


class _Parts:
    """Runs the parts of :func:`complete`, each guarded and timed."""

    def __init__(self, analysis: Analysis, timings: dict[str, float] | None) -> None:
        self.analysis = analysis
        self.timings = timings if timings is not None else {}

    def run(self, part: str, fn: Callable[[], T], fallback: T) -> T:
        started = time.perf_counter()
        try:
            return fn()
        except Exception as exc:  # one part failing must not lose the others
            reason = f"{type(exc).__name__}: {exc}"
            self.analysis.errors.append(Code.STAGE_FAILED.error(stage=f"across:{part}", reason=reason))
            return fallback
        finally:
            self.timings[part] = self.timings.get(part, 0.0) + time.perf_counter() - started


def find_duplicates(analysis: Analysis) -> list[Duplicate]:
    """Copies of earlier articles, earlier meaning published earlier: a repost handed in before
    its original (a crawl's order is no publication order) is still the copy. Undated articles
    and those with only an estimated date come after the dated ones, in input order."""
    from warta.corpus.duplicates import find_duplicates as find

    position = {a.id: n for n, a in enumerate(analysis.articles)}
    by_publication = sorted(analysis.articles, key=lambda a: _publication_order(a, position[a.id]))
    return sorted(find(_retellings_after_their_sources(by_publication)), key=lambda d: position[d.article])


# A retelling's stated day and its source's may disagree by a day or two (a crawl's date, a
# time zone, a late repost); further apart, the same outlet's article is another report.
RETELLING_DAYS = 2


def _retellings_after_their_sources(ordered: list[Article]) -> list[Article]:
    """Move an article that says whose report it retells ("Dilansir dari CNN Indonesia") after
    the articles of that outlet stated within a few days of it: its own words name it the copy,
    whatever the dates say (a crawler's date of the original may be a day late)."""
    result = list(ordered)
    by_outlet: dict[str, list[Article]] = {}
    for article in ordered:
        if article.outlet:
            by_outlet.setdefault(article.outlet, []).append(article)
    for article in [a for a in ordered if a.retold_from]:
        credited = {outlet_key(name) for name in article.retold_from}
        sources = {id(other) for key in credited for other in by_outlet.get(key, ())
                   if other is not article and _days_apart(other, article) <= RETELLING_DAYS}
        if sources:
            _move_after_last_source(result, article, sources)
    return result


def _move_after_last_source(result: list[Article], article: Article, sources: set[int]) -> None:
    # positions by identity: list.index would compare pydantic models field by field, which on
    # ten thousand articles cost most of the cross-article step (bench corpus-scale)
    here = last = -1
    for n, other in enumerate(result):
        if other is article:
            here = n
        elif id(other) in sources:
            last = n
    if last > here:
        result.insert(last, result.pop(here))


def _days_apart(one: Article, other: Article) -> int:
    try:
        first, second = (date.fromisoformat(_stated_day(a)[:10]) for a in (one, other))
    except ValueError:  # undated, or a month or year only: the retelling is taken at its word
        return 0
    return abs((first - second).days)


def _publication_order(article: Article, position: int) -> tuple[str, bool, str, int]:
    """Day first; on one day an article saying it retells another outlet ("Dilansir dari Pos
    Kota") comes after the others, as a day without a time of day cannot place it."""
    stated = _stated_day(article)
    return stated[:10], bool(article.retold_from), stated, position


def _stated_day(article: Article) -> str:
    """The publication moment as stated (ISO text: days sort in order), "~" (after any) without one."""
    if article.published is None or article.published_source == "estimated":
        return "~"
    return article.published


def _original(article: str, copies: dict[str, str]) -> str:
    seen = {article}
    while article in copies and copies[article] not in seen:
        article = copies[article]
        seen.add(article)
    return article


def cluster_stories(analysis: Analysis) -> list[Story]:
    """Stories of the articles; a duplicate joins the story of the article it copies.

    Only originals are clustered: a repost says nothing the clusterer has not seen, and
    reposts are common, so clustering them again would cost time and change nothing.
    """
    copies = {d.article: d.duplicate_of for d in analysis.duplicates}
    originals = [a for a in analysis.articles if a.id not in copies and has_story(a)]
    try:
        from warta.corpus.stories import cluster_stories as cluster
    except ImportError:  # story clustering not installed: each article is its own story
        stories = [Story(id=f"s{n}", label=a.title or a.id, articles=[a.id])
                   for n, a in enumerate(originals, start=1)]
    else:
        stories = cluster(analysis.model_copy(update={"articles": originals}))
    home = {article: story for story in stories for article in story.articles}
    order = {a.id: n for n, a in enumerate(analysis.articles)}
    for article in analysis.articles:
        if article.id not in copies or not has_story(article):
            continue
        story = home.get(_original(article.id, copies))
        if story is None:  # its original is in no story: it gets one of its own, never none
            story = home[article.id] = Story(id=f"s{len(stories) + 1}", label=article.title or article.id,
                                             articles=[])
            stories.append(story)
        story.articles.append(article.id)
    for story in stories:
        story.articles.sort(key=lambda a: order.get(a, len(order)))
    return stories


def has_story(article: Article) -> bool:
    """An article with a body belongs to a story; an input that failed (empty, binary, no
    article in the page, only noise) has nothing to tell and would be a "story" of its id."""
    return bool(article.body.strip())


def _each_in_one_story(analysis: Analysis) -> bool:
    placed = [a for story in analysis.stories for a in story.articles]
    return bool(placed) and sorted(placed) == sorted(a.id for a in analysis.articles if has_story(a))


def article_reports(events: list[Event], renamed: dict[str, str]) -> list[ArticleReport]:
    """How each article reports each merged event; asserted when any of its reports is."""
    found: dict[tuple[str, str], ArticleReport] = {}
    for event in events:
        merged = renamed.get(event.id, event.id)
        in_own_voice = not event.negated and event.status != "denied"
        for evidence in event.evidence:
            key = (merged, evidence.article)
            known = found.get(key)
            if known is None or (in_own_voice and not known.asserted):
                found[key] = ArticleReport(merged, evidence.article, in_own_voice, evidence.sentence,
                                           negated=event.negated and event.status != "denied")
    return list(found.values())


def complete(analysis: Analysis, options: Options, timings: dict[str, float] | None = None,
             *, duplicates_known: bool = False) -> Analysis:
    """Fill the cross-article fields of ``analysis`` in place, and return it.

    ``timings``, when given, receives the seconds each part took (for benchmarks).
    ``duplicates_known`` keeps ``analysis.duplicates`` as given instead of finding them again
    (finding them is the costliest part when a store re-completes a grown story).
    """
    parts = _Parts(analysis, timings)
    if not duplicates_known:
        analysis.duplicates = parts.run("duplicates", lambda: find_duplicates(analysis), [])
    # Before events merge: a copy's reprinted "kemarin" means its original's yesterday.
    parts.run("copy-dates", lambda: bool(read_copies_on_original_dates(analysis)), False)
    if not _each_in_one_story(analysis):  # stories a caller clustered incrementally are kept
        analysis.stories = parts.run("stories", lambda: cluster_stories(analysis), [])
    merged = parts.run("events", lambda: merge_events(analysis), None)
    context = StoryContext(analysis)  # the stories as clustered: merging keeps every evidence's article
    if merged is not None:
        reports = article_reports(analysis.events, merged.renamed)
        claims = analysis.claims
        analysis.events = merged.events
        analysis.claims = parts.run(
            "claims", lambda: build_claims(analysis, claims, merged.renamed, reports, context), claims)
    analysis.timeline = parts.run("timeline", lambda: build_timeline(analysis, context), [])
    analysis.summary = parts.run("summary", lambda: summarize(analysis, options.summary_sentences), [])
    nothing: dict[str, list[SummarySentence]] = {}
    by_story = parts.run("story-summaries", lambda: summarize_stories(analysis, options.summary_sentences),
                         nothing)
    for story in analysis.stories:  # in place: a store's caller keeps the story object it passed
        story.summary = by_story.get(story.id, [])
    return analysis
