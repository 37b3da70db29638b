"""Task ``text-boilerplate``: line-level boilerplate removal on scraped text dumps.

There is no public gold set of noisy text dumps, so one is built from the HTML
gold: each page is rendered to one line per visible block
(:func:`warta.bench.render.html_to_lines`) and the gold is projected onto lines:

* article-extraction-benchmark: a line is *body* when its lower-cased ``\\w+``
  tokens occur as a contiguous run in the gold body's tokens and it has at least
  :data:`MIN_TOKENS` tokens or is a whole gold paragraph (short subheads), or when it
  belongs to a run of consecutive lines that together are one contiguous stretch of
  the gold of at least :data:`MIN_RUN_TOKENS` tokens (a table or list inside the
  article, rendered one short cell per line: :func:`gold_runs`); *boilerplate*
  otherwise (short lines such as "Home" or "0" that merely occur in the gold
  included); *unlabelled* when it is ambiguous (half or more of its 4-grams in the
  gold without being contained, or more copies on the page than in the gold).
* trafilatura-eval: *body* when a line overlaps a "with" snippet, *boilerplate*
  when it contains a "without" snippet, unlabelled otherwise, when both hold, or
  when the snippet overlaps so many lines that it cannot locate the main text.

Unlabelled lines are left out of scoring. Scores are precision/recall/F1 of the
body class, micro-averaged over lines. warta's title line is scored as whatever
the gold says (a title is neither kept body nor noise: it is never penalised);
its metadata lines (byline, date) count as not body.

The gold pages are split for honest work (:func:`split_of`): a page whose key has an
odd SHA-1 is *test* (reported only); of the others, a quarter is *dev* (the line
model's thresholds and settings are chosen there) and the rest *train* (the line
model is fitted there). Every score is reported for all pages, then with ``train_``,
``dev_`` and ``test_`` prefixes for each split, and ``devtrain_`` for the two
together (the pages every figure before the three-way split called "dev").

Baselines in the same run: *keepall* (every line is body) and *justext*
(each line wrapped in ``<p>``, stoplist chosen by stopword overlap).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from warta.bench import Metrics
from warta.bench.html_boilerplate import (
    WORKERS,
    Confusion,
    Page,
    confusion_scores,
    load_aeb,
    load_trafeval,
    normalize_ws,
    pool_map,
)
from warta.bench.render import html_to_lines
from warta.models import Article

MIN_TOKENS = 3  # a shorter line in the gold may be any common word, not article text
# Tag lists ("Hong Kong", "Protests") may chance upon a short run of the gold; a table
# inside the article gives a long one.
MIN_RUN_TOKENS = 8
PARTIAL_SHINGLES = 0.5  # share of a line's 4-grams in the gold above which it is ambiguous
MIN_OVERLAP_CHARS = 12  # shortest line/snippet overlap that ties a line to a snippet
MAX_SNIPPET_LINES = 3  # a long snippet may span a few rendered lines, not more
JUSTEXT_LANGUAGES = (
    "English", "German", "Indonesian", "French", "Spanish", "Polish", "Italian", "Dutch",
    "Portuguese", "Czech", "Russian",
)
SYSTEMS = ("warta", "justext", "keepall")
CORPORA = ("aeb", "trafeval")
SPLITS = ("train", "dev", "test")
DEV_SHARE = 4  # one page in DEV_SHARE of the non-test pages is dev

Gold = bool | None  # True body, False boilerplate, None unlabelled

_TOKEN = re.compile(r"\w+")


# --- gold labels ---------------------------------------------------------------------


def norm_tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _grams(tokens: Sequence[str], n: int = 4) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


@dataclass
class _BodyIndex:
    """The gold body in forms that make per-line containment tests cheap."""

    text: str  # " tok tok ... " so that " line tokens " is a containment test
    paragraphs: set[str]
    grams: set[tuple[str, ...]]

    @classmethod
    def of(cls, body: str) -> _BodyIndex:
        tokens = norm_tokens(body)
        paragraphs = {" ".join(norm_tokens(p)) for p in body.splitlines()}
        return cls(f" {' '.join(tokens)} ", paragraphs - {""}, set(_grams(tokens)))


def _label_against_body(tokens: list[str], index: _BodyIndex) -> Gold:
    joined = " ".join(tokens)
    if tokens and f" {joined} " in index.text:
        # Short lines found in the gold are nearly always nav words ("Home", "0",
        # "Share") that happen to occur in the text, unless they are a whole paragraph.
        return len(tokens) >= MIN_TOKENS or joined in index.paragraphs
    grams = _grams(tokens)
    if grams and sum(g in index.grams for g in grams) / len(grams) >= PARTIAL_SHINGLES:
        return None
    return False


def _contains(index: _BodyIndex, tokens: Sequence[str]) -> bool:
    return bool(tokens) and f" {' '.join(tokens)} " in index.text


def gold_runs(tokenized: Sequence[Sequence[str]], index: _BodyIndex) -> list[tuple[int, int]]:
    """[start, end) of runs of two or more lines whose tokens, read in order, are one
    contiguous stretch of the gold body of at least :data:`MIN_RUN_TOKENS` tokens.

    A table or list inside the article renders one short cell per line ("Kyle Busch",
    "5040", "5"); each alone is too short to trust, the run is the article's table.
    Lines without tokens ("%", "|") inside a run belong to it. Runs grow greedily from
    the first line that the gold contains.
    """
    runs: list[tuple[int, int]] = []
    i, n = 0, len(tokenized)
    while i < n:
        if not _contains(index, tokenized[i]):
            i += 1
            continue
        joined, last = list(tokenized[i]), i
        for j in range(i + 1, n):
            if not tokenized[j]:
                continue
            if not _contains(index, [*joined, *tokenized[j]]):
                break
            joined, last = [*joined, *tokenized[j]], j
        if last > i and len(joined) >= MIN_RUN_TOKENS:
            runs.append((i, last + 1))
        i = last + 1
    return runs


def label_aeb_lines(lines: Sequence[str], gold_body: str) -> list[Gold]:
    """Project a gold article body onto rendered lines (see the module docstring)."""
    index = _BodyIndex.of(gold_body)
    tokenized = [norm_tokens(line) for line in lines]
    labels = [_label_against_body(tokens, index) for tokens in tokenized]
    for start, end in gold_runs(tokenized, index):
        labels[start:end] = [True] * (end - start)
    # A body line repeated on the page more often than in the gold (a teaser, a pull
    # quote) cannot be told apart from its copies, so none of them is scored.
    copies = Counter(" ".join(t) for t, label in zip(tokenized, labels, strict=True) if label)
    for i, tokens in enumerate(tokenized):
        joined = " ".join(tokens)
        if labels[i] and copies[joined] > index.text.count(f" {joined} "):
            labels[i] = None
    return labels


def overlaps(line: str, snippet: str, min_chars: int = MIN_OVERLAP_CHARS) -> bool:
    """Whether a snippet lies in the line, the line in the snippet, or they share an edge."""
    if snippet in line or (len(line) >= min_chars and line in snippet):
        return True
    if len(snippet) <= min_chars:
        return False
    return _suffix_starts(line, snippet, min_chars) or _prefix_ends(line, snippet, min_chars)


def _suffix_starts(line: str, snippet: str, min_chars: int) -> bool:
    """Does a tail of ``line`` (at least ``min_chars`` long) begin the snippet?"""
    pos = line.find(snippet[:min_chars])
    while pos != -1:
        if snippet.startswith(line[pos:]):
            return True
        pos = line.find(snippet[:min_chars], pos + 1)
    return False


def _prefix_ends(line: str, snippet: str, min_chars: int) -> bool:
    """Does a head of ``line`` (at least ``min_chars`` long) end the snippet?"""
    pos = line.find(snippet[-min_chars:])
    while pos != -1:
        if snippet.endswith(line[: pos + min_chars]):
            return True
        pos = line.find(snippet[-min_chars:], pos + 1)
    return False


def label_trafeval_lines(
    lines: Sequence[str], with_: Sequence[str], without: Sequence[str]
) -> list[Gold]:
    """Body if a line overlaps a "with" snippet, boilerplate if it holds a "without" one.

    A "with" snippet that overlaps more than :data:`MAX_SNIPPET_LINES` lines (a team
    name repeated down a results table) does not locate the main text: the lines it
    alone marks are left unlabelled rather than all counted as body.
    """
    texts = [normalize_ws(line) for line in lines]
    without_n = [normalize_ws(s) for s in without if s.strip()]
    hits = [
        [i for i, text in enumerate(texts) if overlaps(text, normalize_ws(s))]
        for s in with_ if s.strip()
    ]
    specific = {i for hit in hits if len(hit) <= MAX_SNIPPET_LINES for i in hit}
    generic = {i for hit in hits if len(hit) > MAX_SNIPPET_LINES for i in hit}
    labels: list[Gold] = []
    for i, text in enumerate(texts):
        noise = any(s in text for s in without_n)
        if noise:
            labels.append(None if i in specific or i in generic else False)
        else:
            labels.append(True if i in specific else None)
    return labels


def split_of(key: str) -> str:
    """``train``, ``dev`` or ``test`` from the key's SHA-1: odd is test (the split every
    earlier figure used); of the even ones, one in :data:`DEV_SHARE` is dev."""
    digest = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16)
    if digest % 2:
        return "test"
    return "dev" if (digest >> 1) % DEV_SHARE == 0 else "train"


# --- systems -------------------------------------------------------------------------


def warta_line_labels(lines: Sequence[str], article: Article) -> list[str]:
    """warta's verdict per line: ``body``, ``title``, ``meta:<kind>`` or ``removed:<reason>``."""
    labels = ["body"] * len(lines)
    for removed in article.removed:
        if removed.line and 0 < removed.line <= len(lines):
            labels[removed.line - 1] = f"removed:{removed.reason}"
    for meta in article.metadata_lines:
        if meta.line and 0 < meta.line <= len(lines):
            labels[meta.line - 1] = "title" if meta.kind == "title" else f"meta:{meta.kind}"
    title = (article.title or "").strip()
    if title and "title" not in labels:
        # The title line is the first line still unaccounted for that reads as the title.
        for i, line in enumerate(lines):
            if labels[i] == "body" and line.strip() == title:
                labels[i] = "title"
                break
    return labels


def run_warta(lines: Sequence[str], key: str) -> list[str]:
    from warta.api import analyze_bytes, foundation_pipeline

    # Cleaning is what is measured: entities, quotes and events would only cost time here.
    raw = "\n".join(lines).encode("utf-8")
    article = analyze_bytes(raw, "txt", source=key, pipeline=foundation_pipeline())
    return warta_line_labels(lines, article)


@cache
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in JUSTEXT_LANGUAGES}


def guess_stoplist(lines: Sequence[str]) -> str:
    """The candidate language whose stopwords cover most of the page's words."""
    tokens = norm_tokens(" ".join(lines))
    if not tokens:
        return "English"
    coverage = {
        name: sum(token in words for token in tokens) for name, words in _stoplists().items()
    }
    return max(coverage, key=lambda name: coverage[name])


def run_justext(lines: Sequence[str]) -> list[bool]:
    """jusText's good/bad verdict per line, each line given as one paragraph."""
    import justext

    page = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
    stoplist = _stoplists()[guess_stoplist(lines)]
    paragraphs = justext.justext(f"<html><body>{page}</body></html>", stoplist)
    if len(paragraphs) == len(lines):
        return [not p.is_boilerplate for p in paragraphs]
    # jusText dropped or merged a paragraph: align by text, in order.
    good: list[bool] = []
    queue = [(normalize_ws(p.text), not p.is_boilerplate) for p in paragraphs]
    for line in lines:
        text = normalize_ws(line)
        while queue and queue[0][0] != text and text not in queue[0][0]:
            queue.pop(0)
        good.append(queue[0][1] if queue else False)
    return good


# --- per page ------------------------------------------------------------------------


@dataclass
class PageResult:
    corpus: str
    key: str
    lines: list[str]
    gold: list[Gold]
    warta: list[str]  # warta's label per line, for the error report
    predicted: dict[str, list[bool]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)


def gold_for(page: Page, lines: Sequence[str]) -> tuple[str, list[Gold]]:
    """The corpus of a page and the gold label of each of its rendered lines."""
    if page.with_snippets or page.without_snippets:
        return "trafeval", label_trafeval_lines(lines, page.with_snippets, page.without_snippets)
    return "aeb", label_aeb_lines(lines, page.gold_body)


def warta_body(labels: Sequence[str], gold: Sequence[Gold]) -> list[bool]:
    """Predicted body per line; a title line agrees with whatever the gold says."""
    return [
        label == "body" or (label == "title" and bool(g))
        for label, g in zip(labels, gold, strict=True)
    ]


def score_page(page: Page) -> PageResult:
    lines = html_to_lines(page.html())
    corpus, gold = gold_for(page, lines)
    result = PageResult(corpus, page.key, lines, gold, ["body"] * len(lines))
    result.errors = {system: 0 for system in SYSTEMS}
    try:
        result.warta = run_warta(lines, page.key)
    except Exception:
        # A crash keeps nothing, as a failed extractor is scored upstream.
        result.warta, result.errors["warta"] = ["removed:error"] * len(lines), 1
    result.predicted["warta"] = warta_body(result.warta, gold)
    try:
        result.predicted["justext"] = run_justext(lines) if lines else []
    except Exception:
        result.predicted["justext"], result.errors["justext"] = [False] * len(lines), 1
    result.predicted["keepall"] = [True] * len(lines)
    return result


# --- scoring -------------------------------------------------------------------------


def line_confusion(predicted: Sequence[bool], gold: Sequence[Gold]) -> Confusion:
    """(tp, fp, fn, tn) of the body class over labelled lines."""
    pairs = [(p, g) for p, g in zip(predicted, gold, strict=True) if g is not None]
    tp = sum(1 for p, g in pairs if p and g)
    fp = sum(1 for p, g in pairs if p and not g)
    fn = sum(1 for p, g in pairs if not p and g)
    return tp, fp, fn, len(pairs) - tp - fp - fn


def page_f1(result: PageResult, system: str = "warta") -> float:
    return confusion_scores([line_confusion(result.predicted[system], result.gold)])["f1"]


def _scores(results: Sequence[PageResult], system: str, prefix: str) -> Metrics:
    counts = [line_confusion(r.predicted[system], r.gold) for r in results]
    scores = confusion_scores(counts)
    return {f"{prefix}line_{name}_{system}": round(scores[name], 4) for name in
            ("precision", "recall", "f1")}


def _split_metrics(results: Sequence[PageResult], prefix: str = "") -> Metrics:
    out: Metrics = {}
    for system in SYSTEMS:
        for corpus in CORPORA:
            part = [r for r in results if r.corpus == corpus]
            out.update(_scores(part, system, f"{prefix}{corpus}_"))
        out.update(_scores(results, system, prefix))
    return out


def metrics(results: Sequence[PageResult]) -> Metrics:
    out = _split_metrics(results)
    for system in SYSTEMS:
        out[f"errors_{system}"] = sum(r.errors[system] for r in results)
    gold = [g for r in results for g in r.gold if g is not None]
    out.update(pages=len(results), lines=len(gold), lines_body=sum(gold))
    for split in SPLITS:
        part = [r for r in results if split_of(r.key) == split]
        out.update(_split_metrics(part, f"{split}_"))
        out[f"{split}_pages"] = len(part)
    # train and dev together: what the figures before the three-way split called dev
    part = [r for r in results if split_of(r.key) != "test"]
    out.update(_split_metrics(part, "devtrain_"))
    return out


def score_pages(data_dir: Path, limit: int | None = None, workers: int = WORKERS
                ) -> list[PageResult]:
    pages = [*load_aeb(data_dir, limit), *load_trafeval(data_dir, limit)]
    return pool_map(score_page, pages, workers)


def run(data_dir: Path, limit: int | None = None, workers: int = WORKERS) -> Metrics:
    """Line F1 of warta, jusText and keep-all; ``limit`` takes the first pages of each set;
    and the share of lines of clean Indonesian news that the cleaner keeps."""
    return {**metrics(score_pages(data_dir, limit, workers)), **indonesian_keep(data_dir, limit)}


def indonesian_keep(data_dir: Path, limit: int | None = None) -> Metrics:
    """Lines of IndoSum and IndoTimex Kompas articles (already clean news text) the cleaner keeps
    (as body, title or metadata): the line model is fitted on English-heavy HTML gold, and this
    guards what matters most, that Indonesian article text is not removed."""
    from warta.api import analyze_text, foundation_pipeline
    from warta.bench.corpora import indosum_texts, kompas_texts

    texts = [*indosum_texts(data_dir)[:limit], *kompas_texts(data_dir)[:limit]]
    pipeline = foundation_pipeline()
    lines = removed = 0
    for text in texts:
        lines += sum(1 for line in text.splitlines() if line.strip())
        removed += len(analyze_text(text, pipeline=pipeline).removed)
    return {"id_news_lines": lines, "id_news_keep_rate": round(1 - removed / lines, 4) if lines else 0.0}


# --- error report (for tuning the cleaner; not part of the task's metrics) -------------


def _mistakes(result: PageResult, limit: int) -> list[str]:
    rows = []
    for line, gold, label, pred in zip(
        result.lines, result.gold, result.warta, result.predicted["warta"], strict=True
    ):
        if gold is not None and pred != gold:
            kind = "FP kept" if pred else "FN dropped"
            text = line if len(line) <= 160 else f"{line[:157]}..."
            rows.append(f"- {kind}: predicted `{label}`, gold `{'body' if gold else 'noise'}`: "
                        f"{text}")
    return rows[:limit]


def _by_reason(results: Sequence[PageResult], examples: int) -> list[str]:
    """Misread lines over all pages, grouped by corpus, error kind and warta's label."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for result in results:
        for line, gold, label, pred in zip(
            result.lines, result.gold, result.warta, result.predicted["warta"], strict=True
        ):
            if gold is not None and pred != gold:
                kind = "FP kept" if pred else "FN dropped"
                cell = line[:120].replace("|", "\\|").replace("`", "'")
                groups.setdefault((result.corpus, kind, label), []).append(cell)
    rows = ["| corpus | error | warta label | lines | examples |", "|---|---|---|---|---|"]
    for (corpus, kind, label), lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        sample = " / ".join(f"`{line}`" for line in lines[:: max(1, len(lines) // examples)][:3])
        rows.append(f"| {corpus} | {kind} | {label} | {len(lines)} | {sample} |")
    return rows


def error_report(results: Sequence[PageResult], worst: int = 10, examples: int = 12) -> str:
    """Markdown: misread lines by warta label, then the pages with the lowest line F1."""
    scored = [r for r in results if any(g for g in r.gold)]
    # Among equally bad pages, those with more gold body lines say more.
    scored.sort(key=lambda r: (page_f1(r), -sum(bool(g) for g in r.gold)))
    out = ["# warta text-dump line errors", "", "FP kept = gold noise that warta kept as body;",
           "FN dropped = gold body that warta removed or took as metadata.", "",
           "## All misread lines by warta's label", "", *_by_reason(results, examples), "",
           f"## The {worst} pages with the lowest line F1", ""]
    for result in scored[:worst]:
        tp, fp, fn, tn = line_confusion(result.predicted["warta"], result.gold)
        out += [f"### {result.corpus} {result.key}: F1 {page_f1(result):.3f} "
                f"(tp {tp}, fp {fp}, fn {fn}, tn {tn}; {len(result.lines)} lines)", ""]
        out += [*_mistakes(result, examples), ""]
    return "\n".join(out)
