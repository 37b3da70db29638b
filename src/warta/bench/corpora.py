"""Real Indonesian articles from the gold data, rendered as plain text dumps."""

from __future__ import annotations

import json
import re
from pathlib import Path

TML_TAG = re.compile(r"<[^>]+>")


def indosum_texts(data_dir: Path) -> list[str]:
    """IndoSum articles: paragraphs of space-joined tokens, one paragraph per line."""
    texts = []
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            paragraphs = [" ".join(" ".join(sentence) for sentence in p) for p in record["paragraphs"]]
            texts.append("\n\n".join(paragraphs))
    return texts


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
