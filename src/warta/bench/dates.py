"""Benchmark ``dates``: publication-date accuracy of :mod:`warta.article.dates`.

Two gold sets under ``data_dir``:

- ``htmldate-eval``: 1,000 HTML pages with their publication day (BBAW 800 + MediaCloud
  200). ``html_published`` is scored side by side with plain htmldate
  (``find_date(html, original_date=True)``, default settings). Accuracy is the share of
  pages whose predicted YYYY-MM-DD equals the gold day; a page with no output counts as
  wrong, except on the few pages whose gold is "no date" (NaN), where no output is the
  right answer (as in htmldate's own comparison). Coverage is the share with any output.
- ``indotimex-kompas``: kompas.com articles whose document creation time (DCT) is
  annotated. The DCT element is removed, TITLE + TEXT become a plain text dump, and the
  date warta assigns (a date line if the dump has one, else ``estimate_published``) is
  compared with the DCT. ``kompas_development`` (50 docs) is for tuning, ``kompas_test``
  (25 docs) is held out. ``*_window_hit`` is the share whose estimated window holds the DCT.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import math
import re
from pathlib import Path

from htmldate import find_date

from warta.article.dates import estimate_published, html_published, parse_date_line

Metrics = dict[str, float | int | str]

_EVAL_SETS = ("eval_default.json", "eval_mediacloud_2020.json")
_DCT_RE = re.compile(r"<DCT>.*?value=\"(?P<value>[^\"]+)\".*?</DCT>", re.DOTALL)
_TITLE_RE = re.compile(r"<TITLE>(?P<body>.*?)</TITLE>", re.DOTALL)
_TEXT_RE = re.compile(r"<TEXT>(?P<body>.*?)</TEXT>", re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")


def _decode(raw: bytes) -> str:
    """UTF-8 when it is; otherwise Windows-1252, which these corpora fall back to."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


# --------------------------------------------------------------------------- htmldate-eval


def _gold_pages(eval_dir: Path, limit: int | None) -> list[tuple[str, Path | None, str | None]]:
    """(url, gzip path or None if unlisted, gold YYYY-MM-DD or None for "no date"),
    ``limit`` pages per set."""
    locations: dict[str, str] = json.loads((eval_dir / "file_locations.json").read_text("utf-8"))
    pages: list[tuple[str, Path | None, str | None]] = []
    for name in _EVAL_SETS:
        entries: dict[str, dict[str, object]] = json.loads((eval_dir / name).read_text("utf-8"))
        for url, entry in list(entries.items())[:limit]:
            gold = entry.get("date")
            day = gold if isinstance(gold, str) else None  # NaN marks a page without a date
            location = locations.get(str(entry.get("file")))
            pages.append((url, None if location is None else eval_dir / location, day))
    return pages


def _page_bytes(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return gzip.decompress(path.read_bytes())
    except (OSError, EOFError):  # missing or truncated archive
        return None


def _plain_htmldate(raw: bytes) -> str | None:
    try:
        value: str | None = find_date(raw, original_date=True)
    except Exception:  # a crash is a miss, as it would be for a user of the library
        return None
    return value


def _warta_html(raw: bytes, url: str) -> str | None:
    found = html_published(_decode(raw), url=url)
    return None if found is None else found.day.isoformat()


def _htmldate_eval(eval_dir: Path, limit: int | None) -> Metrics:
    pages = _gold_pages(eval_dir, limit)
    hits = {"warta": 0, "htmldate": 0}
    covered = {"warta": 0, "htmldate": 0}
    unreadable = 0
    for url, path, gold in pages:
        raw = _page_bytes(path)
        if raw is None:
            unreadable += 1  # scored as a miss for both systems
            continue
        answers = {"warta": _warta_html(raw, url), "htmldate": _plain_htmldate(raw)}
        for system, answer in answers.items():
            hits[system] += answer == gold
            covered[system] += answer is not None
    metrics: Metrics = {"pages": len(pages), "htmldate_eval_unreadable": unreadable}
    for system in hits:
        metrics[f"htmldate_eval_accuracy_{system}"] = round(hits[system] / len(pages), 4)
        metrics[f"htmldate_eval_coverage_{system}"] = round(covered[system] / len(pages), 4)
    return metrics


# --------------------------------------------------------------------------- Kompas DCT


def _dct(tml: str) -> dt.date | None:
    """The creation day; values in the corpus are not zero-padded ("2013-12-4")."""
    match = _DCT_RE.search(tml)
    if match is None:
        return None
    try:
        year, month, day = (int(part) for part in match["value"].split("T")[0].split("-"))
        return dt.date(year, month, day)
    except ValueError:  # a DCT that is not a day ("2014-W52", "PRESENT_REF"): no gold
        return None


def _plain_text(tml: str) -> str:
    """TITLE and TEXT as the text dump a scraper would produce; DCT left out."""
    parts = [m["body"] for regex in (_TITLE_RE, _TEXT_RE) if (m := regex.search(tml))]
    return "\n\n".join(html.unescape(_TAG_RE.sub("", part)).strip() for part in parts)


def _predict(text: str) -> tuple[dt.date, tuple[dt.date, dt.date]] | None:
    """A date line wins when the dump has one; otherwise the estimate."""
    for line in text.splitlines():
        found = parse_date_line(line.strip())
        if found is not None:
            return found.day, (found.day, found.day)
    estimate = estimate_published(text)
    return None if estimate is None else (estimate.value, estimate.window)


def _gold_documents(folder: Path) -> list[tuple[str, dt.date]]:
    """(TimeML text, creation day) for every .tml of ``folder`` whose DCT is a day."""
    documents = []
    for path in sorted(folder.glob("*.tml")):
        tml = _decode(path.read_bytes())
        gold = _dct(tml)
        if gold is not None:
            documents.append((tml, gold))
    return documents


def _kompas(folder: Path) -> tuple[float, float, int]:
    """(accuracy, window hit rate, documents) over the .tml files of ``folder``."""
    hits = window_hits = docs = 0
    for tml, gold in _gold_documents(folder):
        docs += 1
        predicted = _predict(_plain_text(tml))
        if predicted is not None:
            hits += predicted[0] == gold
            window_hits += predicted[1][0] <= gold <= predicted[1][1]
    if docs == 0:
        return math.nan, math.nan, 0
    return round(hits / docs, 4), round(window_hits / docs, 4), docs


def _dump_with_date_line(tml: str) -> str:
    """The article as a scraped page shows it: headline, the DCT's date line, then the text."""
    date_line = _TAG_RE.sub("", m.group(0)).strip() if (m := _DCT_RE.search(tml)) else ""
    title, _, text = _plain_text(tml).partition("\n\n")
    return "\n\n".join(part for part in (title, date_line, text) if part)


def _kompas_pipeline(folder: Path) -> float:
    """Share of documents whose full-pipeline ``published`` day equals the DCT."""
    from warta.api import analyze_text, foundation_pipeline  # lazy: the rest needs no pipeline

    documents = _gold_documents(folder)
    hits = 0
    for tml, gold in documents:
        published = analyze_text(_dump_with_date_line(tml), pipeline=foundation_pipeline()).published
        hits += published is not None and published[:10] == gold.isoformat()
    return round(hits / len(documents), 4) if documents else math.nan


def _kompas_metrics(kompas_dir: Path) -> Metrics:
    accuracy, window, docs = _kompas(kompas_dir / "kompas_test")
    dev_accuracy, dev_window, dev_docs = _kompas(kompas_dir / "kompas_development")
    return {
        # The scraped page as shown, date line included, through the whole pipeline.
        "kompas_dct_accuracy": _kompas_pipeline(kompas_dir / "kompas_test"),
        # No date line anywhere: estimated from the dates the text mentions.
        "kompas_estimate_accuracy": accuracy,
        "kompas_estimate_window_hit": window,
        "kompas_docs": docs,
        "kompas_dev_estimate_accuracy": dev_accuracy,
        "kompas_dev_estimate_window_hit": dev_window,
        "kompas_dev_docs": dev_docs,
    }


def run(data_dir: Path, limit: int | None = None) -> Metrics:
    """Date-extraction accuracy on htmldate-eval and Kompas DCTs (see module docstring).

    ``limit`` caps the htmldate-eval pages taken from each of its two sets (smoke tests).
    """
    return {
        **_htmldate_eval(data_dir / "htmldate-eval", limit),
        **_kompas_metrics(data_dir / "indotimex-kompas"),
    }
