"""The cross-article step over the stored articles: stories, merged events, timeline, claims, summary.

``warta.corpus.across.complete(analysis, options)`` fills those parts of an analysis; the
store runs it after each ingest over the latest versions and keeps the result, so reading
a story never recomputes anything. Where the step is not installed the parts stay empty.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from warta.models import Analysis
from warta.options import Options

CORPUS_PARTS = ("events", "claims", "stories", "duplicates", "timeline", "summary")
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
    return {part: dumped[part] for part in CORPUS_PARTS}
