"""One immutable options object, built the same way by the CLI and the Python API."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    """Settings for one run; passed down to every stage, never mutated."""

    jobs: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    progress: bool = False
    # Lines shared by at least this many articles of one outlet in a run are
    # treated as that outlet's boilerplate (promos, footers, widgets).
    repeat_min_articles: int = 2
    # Sentences in the run's cited multi-document summary.
    summary_sentences: int = 5
