"""The working document that per-article stages pass along.

``Doc`` wraps the output record (:class:`warta.models.Article`) together with
the intermediate state stages need (raw bytes, decoded text, labelled lines)
but that does not belong in the JSON contract. It is a plain dataclass so it
pickles cheaply into worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from warta.models import Article, Claim, Entity, Event, Quote, Timex

LineLabel = Literal["title", "meta", "body", "removed"]
InputFormat = Literal["txt", "html", "jsonl", "warc"]


@dataclass
class Line:
    """One input line (text dump) or block (HTML) and what the cleaner made of it."""

    number: int | None  # 1-based input line number; None for HTML blocks
    text: str
    label: LineLabel = "body"
    reason: str | None = None  # removal reason, or metadata kind for "meta" lines


@dataclass
class Hints:
    """Metadata that came with the input container (JSONL fields, WARC headers)."""

    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    # When the page was saved (a JSONL "scraped_at", a WARC record's date) and where that was
    # read: a date line that counts back ("2 jam lalu") is resolved against it.
    saved: str | None = None
    saved_from: str | None = None


@dataclass(frozen=True)
class Decoded:
    """Text a reader already decoded (a text dump is decoded once, to find its articles), and
    the encoding it fell back to, if any; the decode stage takes it instead of decoding again."""

    text: str
    fallback: str | None


@dataclass
class Doc:
    article: Article
    raw: bytes
    fmt: InputFormat
    hints: Hints = field(default_factory=Hints)
    decoded: Decoded | None = None
    text: str = ""
    lines: list[Line] = field(default_factory=list)
    provided: set[str] = field(default_factory=set)
    # Outlet key guessed during cleaning, used by the repeated-line corpus stage
    # before the metadata stage settles the outlet.
    outlet_guess: str | None = None
    # Metadata found while extracting HTML (trafilatura), consulted by the meta stage.
    html_meta: dict[str, str] = field(default_factory=dict)
    # Run-level annotations found in this article; gathered into the Analysis at the end.
    timexes: list[Timex] = field(default_factory=list)
    # Entities of this article (in-article clusters, ids "a1/e1"); the corpus stage renames
    # them to run-wide ids so that gathering can merge the clusters of one real thing.
    entities: list[Entity] = field(default_factory=list)
    # Who said what (stage ``quotes``), what happened (stage ``events``) and who confirmed,
    # denied or declined it (stage ``stances``, per-article claim positions). Ids are
    # article-scoped ("a1-q1", "a1-v1", "a1-c1"); the cross-article step merges events and
    # claims into run-wide ones.
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
