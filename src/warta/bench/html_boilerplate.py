"""Task ``html-boilerplate``: main-text extraction from HTML, warta beside plain trafilatura.

Two public gold sets, each scored with its own upstream metric:

* scrapinghub article-extraction-benchmark (``aeb_*``): 4-gram shingle matching of
  the extracted body against the gold ``articleBody`` (evaluate.py of that repo);
* trafilatura-eval (``trafeval_*``): "with" snippets must appear in the extracted
  text, "without" snippets must not (trafilatura's tests/eval_common.py).

Both systems get the raw page bytes so that each detects the encoding itself.
The loaders and :func:`pool_map` are shared with the text-dump benchmark.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import TypeVar

from warta.bench import Metrics

AEB_DIR = "article-extraction-benchmark"
TRAFEVAL_DIR = "trafilatura-eval"
SHINGLE_N = 4
WORKERS = 2

T = TypeVar("T")
R = TypeVar("R")
Counts = tuple[float, float, float]  # (tp, fp, fn), normalised per document
Confusion = tuple[int, int, int, int]  # (tp, fp, fn, tn)

_TOKEN = re.compile(r"\w+")
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class Page:
    """One gold page; the HTML stays on disk until a worker needs it."""

    key: str
    path: Path
    url: str | None
    gold_body: str = ""  # article-extraction-benchmark: the full gold text
    with_snippets: tuple[str, ...] = ()  # trafilatura-eval: must be extracted
    without_snippets: tuple[str, ...] = ()  # trafilatura-eval: must not be

    def html(self) -> bytes:
        return gzip.decompress(self.path.read_bytes())


# --- loading -------------------------------------------------------------------------


def load_aeb(data_dir: Path, limit: int | None = None) -> list[Page]:
    root = data_dir / AEB_DIR
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [
        Page(key, root / "html" / f"{key}.html.gz", item.get("url"), item.get("articleBody") or "")
        for key, item in sorted(gold.items())
    ]
    return pages[:limit]


def load_trafeval(data_dir: Path, limit: int | None = None) -> list[Page]:
    root = data_dir / TRAFEVAL_DIR
    gold = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    pages = [
        Page(
            key=item["file"],
            path=root / "html" / f"{item['file']}.gz",
            url=url,
            with_snippets=tuple(item["with"]),
            without_snippets=tuple(item["without"]),
        )
        for url, item in sorted(gold.items())
    ]
    return pages[:limit]


def pool_map(fn: Callable[[T], R], items: Sequence[T], workers: int = WORKERS) -> list[R]:
    """``map`` over worker processes (pages are independent); serial for one worker."""
    if workers <= 1 or len(items) < 2:
        return [fn(item) for item in items]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fn, items, chunksize=4))


# --- shingle metric (article-extraction-benchmark evaluate.py) --------------------------


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = SHINGLE_N) -> Counter[tuple[str, ...]]:
    tokens = tokenize(text)
    # Upstream keeps one short shingle for texts under n tokens, so they still count.
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(gram for gram in grams if gram)


def shingle_counts(true: str, pred: str, n: int = SHINGLE_N) -> Counts:
    """Per-document TP/FP/FN over shingle multisets, normalised to sum to 1."""
    gold, got = shingles(true, n), shingles(pred, n)
    tp = float(sum((gold & got).values()))
    fp = float(sum((got - gold).values()))
    fn = float(sum((gold - got).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def shingle_scores(counts: Sequence[Counts]) -> dict[str, float]:
    """Mean per-document precision and recall (upstream skips undefined ones); F1 of the means."""
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = mean(precisions) if precisions else 0.0
    recall = mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def exact_match(true: str, pred: str) -> bool:
    return tokenize(true) == tokenize(pred)


# --- snippet metric (trafilatura tests/eval_common.py) --------------------------------


def normalize_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


def snippet_counts(with_: Iterable[str], without: Iterable[str], result: str | None) -> Confusion:
    """(tp, fp, fn, tn): "with" snippets found are TP, "without" snippets found are FP."""
    with_, without = list(with_), list(without)
    text = normalize_ws(result) if result is not None else None
    tp = sum(1 for s in with_ if text is not None and normalize_ws(s) in text)
    fp = sum(1 for s in without if text is not None and normalize_ws(s) in text)
    return tp, fp, len(with_) - tp, len(without) - fp


def confusion_scores(counts: Iterable[Confusion]) -> dict[str, float]:
    """Micro precision, recall, F1 and accuracy over summed confusion counts."""
    tp = fp = fn = tn = 0
    for c_tp, c_fp, c_fn, c_tn in counts:
        tp, fp, fn, tn = tp + c_tp, fp + c_fp, fn + c_fn, tn + c_tn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    total = tp + fp + fn + tn
    accuracy = (tp + tn) / total if total else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


# --- extraction ------------------------------------------------------------------------


@dataclass(frozen=True)
class Extraction:
    """One page's extracted text, seconds and error count, keyed by system name."""

    texts: dict[str, str]
    seconds: dict[str, float]
    errors: dict[str, int]


def extract_warta(raw: bytes, url: str | None) -> str:
    from warta.api import analyze_bytes, foundation_pipeline

    # Extraction and cleaning are what is measured: entities, quotes and events would only
    # cost time here.
    return analyze_bytes(raw, "html", source=url or "<bench>", url=url, pipeline=foundation_pipeline()).body


def extract_trafilatura(raw: bytes, url: str | None) -> str:
    import trafilatura

    text: str | None = trafilatura.extract(raw, url=url)
    return text or ""


EXTRACTORS: dict[str, Callable[[bytes, str | None], str]] = {
    "warta": extract_warta,
    "trafilatura": extract_trafilatura,
}
SYSTEMS = tuple(EXTRACTORS)


def extract_page(page: Page) -> Extraction:
    """Run every system on one page; a crash counts as an empty result, as upstream scores it."""
    raw = page.html()
    result = Extraction({}, {}, {})
    for system, extract in EXTRACTORS.items():
        start = time.perf_counter()
        try:
            text, errors = extract(raw, page.url), 0
        except Exception:
            text, errors = "", 1
        result.texts[system] = text
        result.seconds[system] = time.perf_counter() - start
        result.errors[system] = errors
    return result


def _aeb_metrics(pages: Sequence[Page], results: Sequence[Extraction]) -> Metrics:
    metrics: Metrics = {}
    for system in SYSTEMS:
        pairs = [(p.gold_body, r.texts[system]) for p, r in zip(pages, results, strict=True)]
        counts = [shingle_counts(gold, pred) for gold, pred in pairs]
        for name, value in shingle_scores(counts).items():
            metrics[f"aeb_{name}_{system}"] = round(value, 4)
        exact = [exact_match(gold, pred) for gold, pred in pairs]
        metrics[f"aeb_accuracy_{system}"] = round(float(mean(exact)), 4) if exact else 0.0
    return metrics


def _trafeval_metrics(pages: Sequence[Page], results: Sequence[Extraction]) -> Metrics:
    metrics: Metrics = {}
    for system in SYSTEMS:
        counts = [
            snippet_counts(p.with_snippets, p.without_snippets, r.texts[system])
            for p, r in zip(pages, results, strict=True)
        ]
        for name, value in confusion_scores(counts).items():
            metrics[f"trafeval_{name}_{system}"] = round(value, 4)
    return metrics


def _totals(results: Sequence[Extraction]) -> Metrics:
    metrics: Metrics = {"pages": len(results)}
    for system in SYSTEMS:
        metrics[f"seconds_{system}"] = round(sum(r.seconds[system] for r in results), 2)
        metrics[f"errors_{system}"] = sum(r.errors[system] for r in results)
    return metrics


def run(data_dir: Path, limit: int | None = None, workers: int = WORKERS) -> Metrics:
    """Score both systems on both gold sets; ``limit`` takes the first pages of each.

    ``seconds_*`` sum the per-page extraction time, so they do not shrink with workers.
    """
    aeb, trafeval = load_aeb(data_dir, limit), load_trafeval(data_dir, limit)
    results = pool_map(extract_page, [*aeb, *trafeval], workers)
    aeb_results, trafeval_results = results[: len(aeb)], results[len(aeb) :]
    return {
        **_aeb_metrics(aeb, aeb_results),
        **_trafeval_metrics(trafeval, trafeval_results),
        **_totals(results),
    }
