"""Real Indonesian articles from the gold data, rendered as plain text dumps."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from warta.document import Doc
from warta.ingest.records import new_doc

TML_TAG = re.compile(r"<[^>]+>")


def indosum_texts(data_dir: Path) -> list[str]:
    """IndoSum articles: paragraphs of space-joined tokens, one paragraph per line."""
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        return [indosum_record_text(json.loads(line)) for line in lines]


def indosum_record_text(record: dict[str, Any]) -> str:
    """One IndoSum record's text: sentences of space-joined tokens, paragraphs split by a blank line."""
    paragraphs = [" ".join(" ".join(sentence) for sentence in p) for p in record["paragraphs"]]
    return "\n\n".join(paragraphs)


def kompas_texts(data_dir: Path) -> list[str]:
    """IndoTimex Kompas documents (raw and development sets): title line, then the text."""
    root = data_dir / "indotimex-kompas"
    texts = []
    for folder in ("kompas_test", "kompas_development"):
        for path in sorted((root / folder).glob("*.tml")):
            texts.append(tml_text(path.read_text(encoding="utf-8", errors="replace")))
    return texts


def tml_text(tml: str) -> str:
    """TITLE and TEXT of a TimeML document, tags stripped (the DCT is left out)."""
    title = re.search(r"<TITLE>(.*?)</TITLE>", tml, re.S)
    text = re.search(r"<TEXT>(.*?)</TEXT>", tml, re.S)
    parts = [TML_TAG.sub("", m.group(1)).strip() for m in (title, text) if m]
    return "\n\n".join(parts)


def text_docs(texts: list[str], prefix: str) -> list[Doc]:
    """One unanalysed doc per text, read as a ``{prefix}-N.txt`` dump, with article ids a1, a2, …"""
    docs = []
    for number, text in enumerate(texts, start=1):
        doc = new_doc(f"{prefix}-{number}.txt", text.encode("utf-8"), "txt")
        doc.article.id = f"a{number}"
        docs.append(doc)
    return docs
