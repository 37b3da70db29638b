"""What an ingest did to each input: the answer of ``warta ingest`` and ``POST /api/articles``."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from warta.models import ArticleError, Model

# "skipped": an input read and deliberately not kept, with a warning that says why (a WARC
# revisit or redirect, W-INGEST-102); "failed": an input with an error (E-…), which fails the run.
IngestStatus = Literal["added", "new-version", "unchanged", "skipped", "failed"]


class IngestItem(Model):
    source: str
    sha256: str
    status: IngestStatus
    article: str | None = None  # store article id; None when the input could not be read
    version: int | None = None  # 1 for a new article, 2, 3, ... for later versions
    title: str | None = None
    errors: list[ArticleError] = Field(default_factory=list)


class IngestReport(Model):
    items: list[IngestItem] = Field(default_factory=list)
    errors: list[ArticleError] = Field(default_factory=list)  # run-level problems (paths that yield nothing)

    def with_status(self, status: IngestStatus) -> list[IngestItem]:
        return [item for item in self.items if item.status == status]

    def counts(self) -> dict[str, int]:
        statuses: tuple[IngestStatus, ...] = ("added", "new-version", "unchanged", "skipped", "failed")
        return {status: len(self.with_status(status)) for status in statuses}
