"""The cross-article step over the stored articles: stories, merged events, timeline, claims, summary.

Stories are clustered incrementally: the state of :class:`warta.corpus.stories.StoryClusterer`
lives in the store, so an ingest only adds its new articles to the stories already there
(an article keeps its story when a new version of it arrives). Then
``warta.corpus.across.complete(analysis, options)`` fills the other parts with those stories
set; the store keeps the result, so reading a story never recomputes anything. Where a step
is not installed its parts stay empty. (While ``complete`` re-clusters the stories itself,
its stories win, so that merged events and stories agree.)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from warta.models import Analysis, Story
from warta.options import Options

# "errors": problems the cross-article step recorded (a part that failed), shown with the analysis.
CORPUS_PARTS = ("events", "claims", "stories", "duplicates", "timeline", "summary", "errors")
Complete = Callable[[Analysis, Options], Analysis | None]


def complete_step() -> Complete | None:
    """The cross-article step, or None while the module that provides it is absent."""
    try:
        module = importlib.import_module("warta.corpus.across")
    except ModuleNotFoundError as exc:
        if exc.name not in {"warta.corpus.across"}:
            raise  # the module exists but something it needs is missing: say so
        return None
    step: Complete | None = getattr(module, "complete", None)
    return step


def completed_parts(analysis: Analysis, options: Options) -> dict[str, list[Any]] | None:
    """The cross-article parts of the analysis as JSON lists, None when there is no step."""
    step = complete_step()
    if step is None:
        return None
    result = step(analysis, options)
    done = result if isinstance(result, Analysis) else analysis
    dumped = done.model_dump(mode="json")
    if not dumped["stories"]:  # the step left the stories to the store's clusterer
        dumped["stories"] = [s.model_dump(mode="json") for s in analysis.stories]
    return {part: dumped[part] for part in CORPUS_PARTS}


def cluster_new_articles(analysis: Analysis,
                         state: dict[str, Any] | None) -> tuple[list[Story], dict[str, Any]] | None:
    """Stories after adding the articles the stored clusterer has not seen; None without a clusterer."""
    try:
        from warta.corpus.stories import StoryClusterer
        from warta.corpus.story_features import features_of
    except ImportError:
        return None
    clusterer = StoryClusterer.from_dict(state) if state else StoryClusterer()
    seen = {article for story in clusterer.stories() for article in story.articles}
    unseen = analysis.model_copy(update={"articles": [a for a in analysis.articles if a.id not in seen]})
    for features in features_of(unseen):
        clusterer.add(features)
    return clusterer.stories(), clusterer.to_dict()
