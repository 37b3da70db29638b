"""English development scores of the time-expression grammar on MEANTIME (120 Wikinews articles).

MEANTIME marks TIMEX3 only in each article's first six sentences (title, date line and four
more), so warta reads the whole article and is scored on what it finds there. The article's
creation-time TIMEX3 is its anchor (and, being the date line, is scored too). Scores are
TempEval-3's, as in ``warta bench timex``. A development set: rules may be written on it.

    python -m warta.bench.timex_meantime [--data DIR] [--errors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from warta.bench import Metrics, default_data_dir
from warta.bench.timex import Document, Mark, comparable, score, warta_marks
from warta.bench.timex import _pairs as matched_pairs  # the one-to-one relaxed matches the scores count

FOLDER = "meantime-en/intra_cross-doc_annotation"
ANNOTATED_SENTENCES = 6  # sentences 0-5 carry TIMEX3 marks
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ":", ";", "?", "!", ")", "%", "'", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"}
)
_NO_SPACE_AFTER = frozenset({"(", "$"})
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_DAY_FIRST = re.compile(r"(\d\d)-(\d\d)-(\d{4})")  # one article writes its creation date so


def _joined(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]], int]:
    """The article's text from its tokens (title and date line as paragraphs of their own), each
    token's offsets, and where the annotated sentences end."""
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = annotated_end = 0
    previous: tuple[str, str] | None = None  # (sentence, word)
    for token in root.iter("token"):
        word, sentence = token.text or "", token.get("sentence", "")
        gap = _gap(previous, word, sentence)
        start = length + len(gap)
        pieces += [gap, word]
        length = start + len(word)
        offsets[token.get("t_id", "")] = (start, length)
        if int(sentence) < ANNOTATED_SENTENCES:
            annotated_end = length
        previous = (sentence, word)
    return "".join(pieces), offsets, annotated_end


def _gap(previous: tuple[str, str] | None, word: str, sentence: str) -> str:
    if previous is None:
        return ""
    if previous[0] != sentence and previous[0] in ("0", "1"):
        return "\n\n"
    return "" if word in _NO_SPACE_BEFORE or previous[1] in _NO_SPACE_AFTER else " "


def _creation_date(value: str) -> dt.date:
    day_first = _DAY_FIRST.fullmatch(value[:10])
    if day_first is not None:
        return dt.date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
    return dt.date.fromisoformat(value[:10])


def read_document(path: Path) -> tuple[Document, int]:
    """One article as a scored document and where its annotated sentences end."""
    root = ET.parse(path).getroot()
    text, offsets, annotated_end = _joined(root)
    marks: list[Mark] = []
    anchor: dt.date | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            anchor = _creation_date(timex.get("value", ""))
        ids = [a.get("t_id", "") for a in timex.iter("token_anchor")]
        if ids:
            start, end = min(offsets[i][0] for i in ids), max(offsets[i][1] for i in ids)
            marks.append(Mark(start, end, timex.get("type", ""), timex.get("value")))
    marks.sort(key=lambda mark: mark.start)
    if anchor is None:  # one article leaves its date line's function unmarked: the first full date
        anchor = next(_creation_date(m.value) for m in marks if m.value and _FULL_DATE.match(m.value))
    return Document(path.stem, text, anchor, tuple(marks)), annotated_end


def documents(data_dir: Path) -> list[tuple[Document, int]]:
    return [read_document(path) for path in sorted((data_dir / FOLDER).glob("*/*.xml"))]


def _system(document: Document, annotated_end: int) -> list[Mark]:
    return [mark for mark in warta_marks(document, "en") if mark.start < annotated_end]


def run(data_dir: Path) -> Metrics:
    results = [(_system(document, end), document.gold) for document, end in documents(data_dir)]
    return score(results, "meantime")


def errors(data_dir: Path) -> Iterator[str]:
    """Each difference from the gold: a wrong extent or value, an extra, a miss."""
    for document, end in documents(data_dir):
        system, text = _system(document, end), document.text
        pairs = matched_pairs(system, document.gold)
        for found, gold in pairs:
            same_value = comparable(found.value) == comparable(gold.value)
            if not same_value or (found.start, found.end) != (gold.start, gold.end):
                yield (f"{document.name}\tDIFF\t{text[found.start:found.end]!r} {found.value}\t"
                       f"gold {text[gold.start:gold.end]!r} {gold.value}")
        for found in set(system) - {s for s, _ in pairs}:
            yield f"{document.name}\tEXTRA\t{text[found.start:found.end]!r} {found.value}"
        for gold in set(document.gold) - {g for _, g in pairs}:
            yield f"{document.name}\tMISS\t{text[gold.start:gold.end]!r} {gold.type} {gold.value}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--errors", action="store_true", help="list each difference from the gold")
    options = parser.parse_args(argv)
    for name, value in run(options.data).items():
        print(f"{name}\t{value}")
    if options.errors:
        for line in errors(options.data):
            print(line)


if __name__ == "__main__":
    main()
