"""``warta export``: the analysis contract out of the store as JSON, JSONL, CSV or Parquet.

- json: one analysis document (the same as ``warta analyze --json``).
- jsonl: one article per line with its own entities, timexes, quotes, events and claims.
- csv / parquet: one table per file; nested fields become ``parent_child`` columns and lists
  become JSON text, so every cell is a scalar. Without ``--table`` the articles go to OUT and
  every other non-empty table beside it (``OUT.quotes.csv`` ...).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Literal

from warta.errors import Code, WartaError
from warta.models import Analysis
from warta.store.store import Store

ExportFormat = Literal["json", "jsonl", "csv", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("json", "jsonl", "csv", "parquet")
TABLES = ("articles", "entities", "timexes", "quotes", "events", "claims", "stories", "duplicates",
          "timeline", "summary")
Row = dict[str, Any]


def export(store: Store, fmt: ExportFormat, out: Path, table: str | None = None) -> list[Path]:
    """Write the store in one format; return the files written."""
    if table is not None and table not in TABLES:
        raise WartaError(Code.EXPORT_BAD_TABLE, {"table": table, "tables": ", ".join(TABLES)})
    if fmt == "parquet":
        _require_pyarrow()
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        out.write_text(store.analysis().model_dump_json(indent=2) + "\n", encoding="utf-8")
        return [out]
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as lines:
            for record in store.article_annotations():
                lines.write(json.dumps(record, ensure_ascii=False) + "\n")
        return [out]
    return _write_tables(store.analysis(), fmt, out, table)


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401  # only checking it is installed
    except ModuleNotFoundError as exc:
        raise WartaError(Code.EXPORT_NEEDS_PYARROW, {}) from exc


def _write_tables(analysis: Analysis, fmt: ExportFormat, out: Path, table: str | None) -> list[Path]:
    tables = table_rows(analysis)
    if table is not None:
        targets = {table: out}
    else:
        targets = {"articles": out} | {name: out.with_name(f"{out.stem}.{name}{out.suffix or '.' + fmt}")
                                       for name in TABLES[1:] if tables[name]}
    write = _write_csv if fmt == "csv" else _write_parquet
    for name, path in targets.items():
        write(tables[name], path)
    return list(targets.values())


def table_rows(analysis: Analysis) -> dict[str, list[Row]]:
    """Every part of the analysis as flat rows (entities without their mentions, counted instead)."""
    dumped = analysis.model_dump(mode="json")
    rows = {name: [flatten(record) for record in dumped[name]] for name in TABLES}
    for row, entity in zip(rows["entities"], dumped["entities"], strict=True):
        row["mentions"] = len(entity["mentions"])
    return rows


def flatten(record: dict[str, Any], prefix: str = "") -> Row:
    """Nested objects become prefixed columns, lists become JSON text."""
    row: Row = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            row.update(flatten(value, f"{name}_"))
        elif isinstance(value, list):
            row[name] = json.dumps(value, ensure_ascii=False)
        else:
            row[name] = value
    return row


def _columns(rows: list[Row]) -> list[str]:
    return list(dict.fromkeys(key for row in rows for key in row))


def _write_csv(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=_columns(rows))
        writer.writeheader()
        writer.writerows(rows)


def _write_parquet(rows: list[Row], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = _columns(rows)
    data = {name: [row.get(name) for row in rows] for name in columns}
    pq.write_table(pa.table(data), path)
