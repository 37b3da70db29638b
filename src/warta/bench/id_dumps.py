"""Task ``id-dumps``: does warta recover title, outlet, date, authors and exactly the body
from noisy Indonesian text dumps?

The dumps are generated in memory with a fixed seed (:mod:`warta.bench.id_dump_gen`):
IndoSum articles with noise lines written for warta around and between their paragraphs,
every line labelled. Each split's dumps are analysed together, as ``warta analyze DIR``
reads a folder of ``.txt`` files (so lines that repeat across one outlet's dumps are seen
as the run sees them), with the foundation pipeline (ingest → clean → metadata).

Scores (each with a ``dev_`` and a ``test_`` prefix; dev and test are halves of IndoSum
dev.01 by a hash of the record id, without the records of the quotes-events test gold):

* ``body_precision/recall/f1``: the body class over lines (a title or metadata line kept as
  body is a false positive);
* ``kept_<kind>``: share of the lines of each noise or metadata kind kept as body;
* ``reason_accuracy``: of the noise lines warta removed, the share removed for a reason the
  kind accepts (a caption given as a photo credit is right);
* ``title_exact`` (dumps with a title line), ``title_none`` (dumps without: no title given);
* ``outlet_accuracy`` (named dumps: the key is one the outlet goes by), ``outlet_none``;
* ``date_accuracy`` (dated dumps: the publication day), ``undated_estimated`` (undated dumps
  marked ``estimated``), ``undated_window_hit`` (their window holds the true day),
  ``undated_stated`` (undated dumps given a date that is not marked estimated);
* ``author_precision/recall`` over author names (editors are no authors);
* ``lost_lines``: non-blank input lines that no body paragraph, title, metadata line or
  removed line accounts for (must be 0); ``failed``: dumps with an error;
* ``articles_per_s``: the analysis of the split, one process.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.bench import Metrics, project_root
from warta.bench.id_dump_gen import Dump, accepted_reasons, build_dumps
from warta.models import Article

DUMPS_PER_SPLIT = 300
SPLITS = ("dev", "test")


@dataclass
class Scored:
    """A dump and what warta made of it: the set of warta labels of each input line."""

    dump: Dump
    article: Article
    labels: dict[int, set[str]]


# --- warta -----------------------------------------------------------------------------


def analyse(dumps: Sequence[Dump]) -> tuple[list[Article], float]:
    """warta's articles for the dumps, read together as one run, and the seconds it took."""
    from warta.api import analyze_docs, foundation_pipeline
    from warta.ingest.records import new_doc
    from warta.options import Options

    pipeline = foundation_pipeline()
    docs = [new_doc(f"{d.key}.txt", d.text().encode("utf-8"), "txt") for d in dumps]
    for number, doc in enumerate(docs, start=1):
        doc.article.id = f"a{number}"
    start = time.perf_counter()
    done = analyze_docs(docs, Options(), pipeline)
    return [doc.article for doc in done], time.perf_counter() - start


def line_labels(article: Article) -> dict[int, set[str]]:
    """Input line number -> warta's labels for it (``body``, ``title``, ``meta:<kind>``,
    ``removed:<reason>``); a body line whose closing initials were split off has two."""
    labels: dict[int, set[str]] = defaultdict(set)
    for number in article.paragraph_lines:
        if number is not None:
            labels[number].add("body")
    if article.title_line is not None:
        labels[article.title_line].add("title")
    for meta in article.metadata_lines:
        if meta.line is not None:
            labels[meta.line].add("title" if meta.kind == "title" else f"meta:{meta.kind}")
    for removed in article.removed:
        if removed.line is not None:
            labels[removed.line].add(f"removed:{removed.reason}")
    return dict(labels)


def score_split(dumps: Sequence[Dump]) -> tuple[list[Scored], float]:
    articles, seconds = analyse(dumps)
    return [Scored(d, a, line_labels(a)) for d, a in zip(dumps, articles, strict=True)], seconds


# --- scores ----------------------------------------------------------------------------


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def body_scores(scored: Sequence[Scored]) -> Metrics:
    tp = fp = fn = 0
    for item in scored:
        for number, line in item.dump.numbered():
            kept, gold = "body" in item.labels.get(number, set()), line.label == "body"
            tp, fp, fn = tp + (kept and gold), fp + (kept and not gold), fn + (gold and not kept)
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = _ratio(2 * tp, 2 * tp + fp + fn)
    return {"body_precision": precision, "body_recall": recall, "body_f1": f1}


def kept_by_kind(scored: Sequence[Scored]) -> Metrics:
    """Share of each non-body kind's lines kept as body (``noise:`` and ``meta:`` kinds, title)."""
    total: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for item in scored:
        for number, line in item.dump.numbered():
            if line.label != "body":
                kind = line.label.split(":")[-1]
                total[kind] += 1
                kept[kind] += "body" in item.labels.get(number, set())
    return {f"kept_{kind}": _ratio(kept[kind], total[kind]) for kind in sorted(total)}


def reason_accuracy(scored: Sequence[Scored]) -> Metrics:
    removed = right = 0
    for item in scored:
        for number, line in item.dump.numbered():
            if not line.label.startswith("noise:"):
                continue
            reasons = {label[8:] for label in item.labels.get(number, set()) if label.startswith("removed:")}
            if reasons and "body" not in item.labels.get(number, set()):
                removed += 1
                right += bool(reasons & set(accepted_reasons(line.label[6:])))
    return {"noise_removed": removed, "reason_accuracy": _ratio(right, removed)}


def title_scores(scored: Sequence[Scored]) -> Metrics:
    titled = [s for s in scored if s.dump.title]
    untitled = [s for s in scored if not s.dump.title]
    exact = sum((s.article.title or "").strip() == s.dump.title for s in titled)
    return {"title_exact": _ratio(exact, len(titled)),
            "title_none": _ratio(sum(not s.article.title for s in untitled), len(untitled))}


def outlet_scores(scored: Sequence[Scored]) -> Metrics:
    named = [s for s in scored if s.dump.outlet_keys]
    unnamed = [s for s in scored if not s.dump.outlet_keys]
    right = sum(s.article.outlet in s.dump.outlet_keys for s in named)
    return {"outlet_accuracy": _ratio(right, len(named)),
            "outlet_none": _ratio(sum(s.article.outlet is None for s in unnamed), len(unnamed))}


def date_scores(scored: Sequence[Scored]) -> Metrics:
    dated = [s for s in scored if s.dump.published]
    undated = [s for s in scored if not s.dump.published]
    right = sum((s.article.published or "")[:10] == s.dump.published for s in dated)
    estimated = [s for s in undated if s.article.published_source == "estimated"]
    stated = [s for s in undated if s.article.published and s.article.published_source != "estimated"]
    return {"date_accuracy": _ratio(right, len(dated)),
            "undated_estimated": _ratio(len(estimated), len(undated)),
            "undated_window_hit": _ratio(sum(_window_holds(s) for s in undated), len(undated)),
            "undated_stated": _ratio(len(stated), len(undated))}


def _window_holds(item: Scored) -> bool:
    window = item.article.published_window or []
    return bool(window) and window[0][:10] <= item.dump.true_day <= window[-1][:10]


def author_scores(scored: Sequence[Scored]) -> Metrics:
    tp = given = gold = 0
    for item in scored:
        predicted = {a.casefold() for a in item.article.authors}
        expected = {a.casefold() for a in item.dump.authors}
        tp, given, gold = tp + len(predicted & expected), given + len(predicted), gold + len(expected)
    return {"author_precision": _ratio(tp, given) if given else 1.0, "author_recall": _ratio(tp, gold)}


def accounting(scored: Sequence[Scored]) -> Metrics:
    lost = sum(1 for s in scored for number, _ in s.dump.numbered() if not s.labels.get(number))
    failed = sum(any(e.code.startswith("E-") for e in s.article.errors) for s in scored)
    return {"lost_lines": lost, "failed": failed}


def split_metrics(scored: Sequence[Scored], seconds: float) -> Metrics:
    out: Metrics = {"dumps": len(scored), "lines": sum(1 for s in scored for _ in s.dump.numbered())}
    for part in (body_scores, reason_accuracy, title_scores, outlet_scores, date_scores, author_scores,
                 accounting, kept_by_kind):
        out.update(part(scored))
    out["articles_per_s"] = round(len(scored) / seconds, 1) if seconds else 0.0
    return out


def run(data_dir: Path, limit: int = DUMPS_PER_SPLIT) -> Metrics:
    """``dev_*`` and ``test_*`` scores over ``limit`` generated dumps per split."""
    out: Metrics = {}
    for split in SPLITS:
        scored, seconds = score_split(build_dumps(data_dir, project_root(), split, limit))
        out.update({f"{split}_{name}": value for name, value in split_metrics(scored, seconds).items()})
    return out


# --- error report (for the lead and docs/benchmarks.md; not part of the metrics) --------


def mistakes(scored: Sequence[Scored], per_kind: int = 3) -> str:
    """Markdown: misread lines grouped by gold label and warta's labels, a few examples each."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item in scored:
        for number, line in item.dump.numbered():
            labels = item.labels.get(number, set())
            if _misread(line.label, labels):
                groups[(line.label, "+".join(sorted(labels)) or "lost")].append(line.text[:100])
    rows = ["| gold | warta | lines | examples |", "|---|---|---|---|"]
    for (gold, got), texts in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        sample = " / ".join(f"`{t}`" for t in texts[:per_kind]).replace("|", "\\|")
        rows.append(f"| {gold} | {got} | {len(texts)} | {sample} |")
    return "\n".join(rows)


def _misread(gold: str, got: set[str]) -> bool:
    if gold == "body" or gold == "title" or gold.startswith("meta:"):
        return gold not in got
    reasons = {g[8:] for g in got if g.startswith("removed:")}
    return "body" in got or not reasons & set(accepted_reasons(gold[6:]))
