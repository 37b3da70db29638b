"""Silver training pages for the line model: htmldate-eval's news pages, labelled by an extractor.

The gold pages (article-extraction-benchmark, trafilatura-eval) are few: 592 non-test pages,
most of them English or German. htmldate-eval (Apache-2.0) holds several hundred more news
pages from many countries, with a gold publication date but no gold body. Each is rendered
to a text dump as the gold pages are (:func:`warta.bench.render.html_to_lines`) and its lines
are labelled from an HTML-aware extractor reading the same page, with the markup the dump
lost (:func:`silver_labels`):

* *body*: the line lies inside trafilatura's precision-favouring extraction of the page (the
  gold projection of :func:`warta.bench.text_boilerplate.label_aeb_lines`: at least three
  tokens or a whole extracted paragraph, or one of a run of table cells);
* *noise*: the line is outside the extraction and away from its region (but at most
  :data:`NOISE_REACH` lines), or inside the region but jusText also calls it boilerplate (an
  in-article ad, a caption: both extractors agree);
* *unlabelled* (not trained on, still seen as context): everything unsure: a line the
  extraction left out inside its region that jusText keeps (precision-favouring extraction
  drops some subheads and list items), lines just outside the region, partial overlaps.

Pages the extractor cannot read (too little text) are skipped. Pages of htmldate-eval that
are also pages of trafilatura-eval or article-extraction-benchmark (557 of its files are
stored there; any copy by content or address) are never read: those sets' test pages must
stay unseen. Silver pages only ever join the fitting side of a split (train, or the three
fitting quarters of a rotation), at a lower sample weight than the gold pages.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from warta.article.linemodel import main_region
from warta.bench.html_boilerplate import Page, load_aeb, load_trafeval, pool_map
from warta.bench.render import decode_html, html_to_lines
from warta.bench.text_boilerplate import Gold, label_aeb_lines, run_justext
from warta.train.line_model import Dump, dump_of

HTMLDATE_DIR = "htmldate-eval"
SILVER_CORPUS = "silver"
SILVER_PREFIX = "silver:"  # keys of silver pages, apart from the gold pages' keys
MIN_EXTRACTED_CHARS = 400  # a shorter extraction is no article to learn from
MIN_BODY_LINES = 3
# Lines outside the extracted region this close to it are unsure: a precision-favouring
# extraction may have cut the article's first or last paragraph.
EDGE_MARGIN = 3
CLUSTER_NOISE = -0.3  # weight of an extracted-out line inside the extraction's main cluster
SENTENCE_WORDS = 8
# Noise lines are labelled up to this many lines from the region; farther ones (the rest of a
# long menu or footer) stay context only: they would outnumber the body lines ten to one and
# double the fit's time while teaching little the nearer ones do not.
NOISE_REACH = 30  # a page needs MIN_BODY_LINES extracted lines this long to count as an article


def _digest(raw: bytes) -> str:
    return hashlib.sha1(raw).hexdigest()


def gold_identities(data_dir: Path) -> tuple[set[str], set[str]]:
    """Content digests and addresses of every gold page (all splits): a silver page that is one
    of them is left out, so that no test page is ever read as silver."""
    pages = [*load_aeb(data_dir), *load_trafeval(data_dir)]
    digests = {_digest(gzip.decompress(page.path.read_bytes())) for page in pages}
    urls = {page.url.rstrip("/") for page in pages if page.url}
    return digests, urls


def load_silver(data_dir: Path) -> list[Page]:
    """htmldate-eval's own pages (not those it shares with the gold sets), as pages without gold."""
    root = data_dir / HTMLDATE_DIR
    locations: dict[str, str] = json.loads((root / "file_locations.json").read_text(encoding="utf-8"))
    urls: dict[str, str] = {}
    for name in ("eval_default.json", "eval_mediacloud_2020.json"):
        for url, item in json.loads((root / name).read_text(encoding="utf-8")).items():
            urls.setdefault(item["file"], url)
    digests, gold_urls = gold_identities(data_dir)
    pages = []
    for file, location in sorted(locations.items()):
        path = (root / location).resolve()
        url = urls.get(file)
        if not path.is_relative_to(root.resolve()) or (url and url.rstrip("/") in gold_urls):
            continue
        if _digest(gzip.decompress(path.read_bytes())) in digests:
            continue
        pages.append(Page(SILVER_PREFIX + file, path, url))
    return pages


def extracted_text(html: str) -> str:
    """trafilatura's main text of the page, favouring precision (no comments)."""
    import trafilatura

    text = trafilatura.extract(html, favor_precision=True, include_comments=False, include_tables=True,
                               include_images=False, deduplicate=False)
    return text or ""


def silver_labels(lines: Sequence[str], extracted: str, justext_good: Sequence[bool]) -> list[Gold]:
    """Line labels from the extraction, unsure lines left unlabelled (see the module docstring)."""
    labels = main_cluster(label_aeb_lines(lines, extracted))
    body = [i for i, label in enumerate(labels) if label]
    if sum(1 for i in body if len(lines[i].split()) >= SENTENCE_WORDS) < MIN_BODY_LINES:
        return [None] * len(lines)
    first, last = body[0], body[-1]
    out: list[Gold] = []
    for i, label in enumerate(labels):
        if label is None or label:
            out.append(label)
        elif first <= i <= last:
            out.append(None if justext_good[i] else False)
        elif not EDGE_MARGIN < max(first - i, i - last) <= NOISE_REACH:
            out.append(None)
        else:
            out.append(False)
    return out


def main_cluster(labels: Sequence[Gold]) -> list[Gold]:
    """Extracted lines outside the extraction's main cluster are unsure: an extractor also picks
    up a copyright footer or a teaser list far from the article. The cluster is the run of lines
    with the largest sum of +1 a body line, :data:`CLUSTER_NOISE` a noise line (Kadane)."""
    values = [1.0 if label else CLUSTER_NOISE if label is False else 0.0 for label in labels]
    lo, hi = main_region(values)
    return [None if label and not lo <= i < hi else label for i, label in enumerate(labels)]


def silver_page(page: Page) -> tuple[list[str], list[Gold]] | None:
    """The page's dump and its silver labels, or None when the extractor finds no article."""
    html = decode_html(page.html())
    lines = html_to_lines(html)
    extracted = extracted_text(html) if lines else ""
    if len(extracted) < MIN_EXTRACTED_CHARS:
        return None
    labels = silver_labels(lines, extracted, run_justext(lines))
    return (lines, labels) if any(labels) else None


def silver_pages(data_dir: Path, workers: int) -> list[tuple[Page, list[str], list[Gold]]]:
    pages = load_silver(data_dir)
    labelled = pool_map(silver_page, pages, workers)
    return [(page, *result) for page, result in zip(pages, labelled, strict=True) if result is not None]


def silver_dumps(data_dir: Path, workers: int) -> list[Dump]:
    """The silver pages as training dumps (weight 1: the caller sets theirs)."""
    return [dump for page, lines, labels in silver_pages(data_dir, workers)
            if (dump := dump_of(SILVER_CORPUS, page.key, lines, labels)).inputs]
