"""The quotes-events gold documents: quotes, events and stances with offsets re-derived from their anchors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.bench import project_root
from warta.bench.quotes_events_offsets import fill_offsets
from warta.bench.quotes_events_texts import GoldError, document_text, title_end


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    speaker: str | None
    description: str | None
    kind: str


@dataclass(frozen=True)
class GoldEvent:
    start: int  # the sentence's offsets
    end: int
    type: str
    source: str | None
    target: str | None
    date: str | None
    location: str | None


@dataclass(frozen=True)
class GoldStance:
    start: int
    end: int
    holder: str | None
    stance: str


@dataclass
class GoldDoc:
    name: str
    doc_id: str
    dct: str | None
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    stances: list[GoldStance] = field(default_factory=list)

    @property
    def title_end(self) -> int:
        return title_end(self.doc_id, self.text)


def gold_dir() -> Path:
    return project_root() / "bench" / "gold" / "quotes-events"


def load_gold(split: str, data_dir: Path, root: Path | None = None) -> list[GoldDoc]:
    """The gold documents of one split, offsets re-derived from the anchors (and checked)."""
    folder = (root or gold_dir()) / split
    return [load_gold_file(path, data_dir) for path in sorted(folder.glob("*.json"))]


def read_annotation(path: Path, data_dir: Path) -> tuple[dict[str, Any], str]:
    """One annotation file as read, its offsets re-derived from the anchors (and checked), and its
    document's text."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    text = document_text(raw["doc"], data_dir)
    problems = fill_offsets(raw, text)
    if problems:
        raise GoldError(f"{path}: " + "; ".join(problems))
    return raw, text


def load_gold_file(path: Path, data_dir: Path) -> GoldDoc:
    raw, text = read_annotation(path, data_dir)
    return GoldDoc(
        name=path.stem,
        doc_id=raw["doc"],
        dct=raw.get("dct"),
        text=text,
        quotes=[_gold_quote(q) for q in raw.get("quotes", [])],
        events=[_gold_event(e) for e in raw.get("events", [])],
        stances=[GoldStance(s["sentence_start"], s["sentence_end"], s.get("holder"), s["stance"])
                 for s in raw.get("stances", [])],
    )


def _gold_quote(q: dict[str, Any]) -> GoldQuote:
    return GoldQuote(q["start"], q["end"], q.get("speaker"), q.get("speaker_description"), q["speaker_kind"])


def _gold_event(e: dict[str, Any]) -> GoldEvent:
    return GoldEvent(e["sentence_start"], e["sentence_end"], e["type"], e.get("source"), e.get("target"),
                     e.get("date"), e.get("location"))
