"""The texts the quotes-events gold indexes into, rebuilt from ``../shared/data`` by document id."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from warta.bench.corpora import indosum_record_text, tml_text


class GoldError(ValueError):
    """A gold file that cannot be used: an anchor not in the text or a value off the lists."""


def document_text(doc_id: str, data_dir: Path) -> str:
    """The text gold offsets index into: ``kompas:<folder>/<file>.tml`` or ``indosum:<id>``."""
    corpus, _, key = doc_id.partition(":")
    if corpus == "kompas":
        path = data_dir / "indotimex-kompas" / key
        return tml_text(path.read_text(encoding="utf-8", errors="replace"))
    if corpus == "indosum":
        records = _indosum_records(data_dir)
        if key not in records:
            raise GoldError(f"IndoSum record {key!r} not in {data_dir / 'indosum' / 'dev.01.jsonl'}")
        return indosum_record_text(records[key])
    raise GoldError(f"document id {doc_id!r} is neither kompas:… nor indosum:…")


@cache
def _indosum_records(data_dir: Path) -> dict[str, dict[str, Any]]:
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    return {record["id"]: record for record in records}


def title_end(doc_id: str, text: str) -> int:
    """End of the headline (Kompas: before the first blank line); IndoSum texts have none."""
    if not doc_id.startswith("kompas:"):
        return 0
    cut = text.find("\n\n")
    return 0 if cut < 0 else cut
