"""Data files (lexicons, markers, outlet names) read by the stages."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a resource TSV as dicts; '#' lines are the file's documentation."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = (line for line in text.splitlines() if line and not line.startswith("#"))
    yield from csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
