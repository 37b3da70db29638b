"""The boilerplate benchmarks: metric functions on handwritten cases, then a smoke run."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.bench import default_data_dir
from warta.bench import html_boilerplate as hb
from warta.bench import text_boilerplate as tb
from warta.bench.render import decode_html, html_to_lines
from warta.models import Article, MetadataLine, RemovedLine

BODY = "The quick brown fox jumps over the lazy dog near the river bank today."


# --- shingle metric ------------------------------------------------------------------


def test_shingles_identical_texts_are_perfect() -> None:
    assert hb.shingle_counts(BODY, BODY) == (1.0, 0.0, 0.0)
    assert hb.shingle_scores([hb.shingle_counts(BODY, BODY)])["f1"] == 1.0


def test_shingles_disjoint_texts_score_zero() -> None:
    counts = hb.shingle_counts(BODY, "Completely different words appear in this other sentence.")
    assert counts[0] == 0.0
    assert hb.shingle_scores([counts]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_shingles_partial_prediction() -> None:
    # 8 tokens -> 5 gold shingles; the prediction keeps the first 6 tokens -> 3 shingles.
    gold = "one two three four five six seven eight"
    tp, fp, fn = hb.shingle_counts(gold, "one two three four five six")
    assert (tp, fp, fn) == pytest.approx((3 / 5, 0.0, 2 / 5))
    scores = hb.shingle_scores([(tp, fp, fn)])
    assert scores["precision"] == 1.0
    assert scores["recall"] == pytest.approx(0.6)
    assert scores["f1"] == pytest.approx(0.75)


def test_shingles_are_multisets_and_short_texts_count() -> None:
    assert hb.shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert hb.shingles("two words") == {("two", "words"): 1}
    # Precision and recall are means over documents, F1 is taken of the means.
    scores = hb.shingle_scores([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)])
    assert scores["precision"] == pytest.approx(0.75)
    assert scores["recall"] == 1.0


def test_exact_match_ignores_punctuation_and_spacing() -> None:
    assert hb.exact_match("Hello, world!\n\nBye.", "Hello world Bye")
    assert not hb.exact_match("Hello world", "Hello world again")


# --- snippet metric ------------------------------------------------------------------


def test_snippet_counts() -> None:
    text = "Main   text here.\nMore\tbody text."
    counts = hb.snippet_counts(["Main text", "body text.", "missing"], ["Impressum"], text)
    assert counts == (2, 0, 1, 1)
    assert hb.snippet_counts(["a"], ["b"], None) == (0, 0, 1, 1)
    assert hb.snippet_counts(["Main"], ["text"], "Main text") == (1, 1, 0, 0)


def test_confusion_scores() -> None:
    scores = hb.confusion_scores([(2, 0, 1, 1), (1, 1, 0, 0)])
    assert scores["precision"] == pytest.approx(3 / 4)
    assert scores["recall"] == pytest.approx(3 / 4)
    assert scores["f1"] == pytest.approx(3 / 4)
    assert scores["accuracy"] == pytest.approx(4 / 6)
    assert hb.confusion_scores([])["f1"] == 0.0


# --- rendering -----------------------------------------------------------------------

PAGE = b"""<!DOCTYPE html>
<html><head><title>Ignored title</title><style>p {color: red}</style></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<!-- a comment -->
<script>var x = "not text";</script>
<article>
  <h1>Big   headline</h1>
  <p>First <b>bold</b> paragraph,
     wrapped.</p>
  <p>Line one<br>line two</p>
  <figure><img src="x.jpg" alt="alt text"><figcaption>A caption</figcaption></figure>
  <div>Loose div text <span>with span</span></div>
  <div style="display: none">Hidden text</div>
  <p>   </p>
</article>
<table><tr><td>Cell A</td><td>Cell B</td></tr></table>
<footer>&copy; 2024 Example</footer>
</body></html>"""


def test_html_to_lines_renders_blocks_as_lines() -> None:
    assert html_to_lines(PAGE) == [
        "Home",
        "News",
        "Big headline",
        "First bold paragraph, wrapped.",
        "Line one",
        "line two",
        "A caption",
        "Loose div text with span",
        "Cell A",
        "Cell B",
        "© 2024 Example",
    ]


def test_html_to_lines_handles_str_and_empty_input() -> None:
    assert html_to_lines('<?xml version="1.0" encoding="utf-8"?><p>Hi</p>') == ["Hi"]
    assert html_to_lines(b"") == []


def test_decode_html_uses_declared_charset_when_not_utf8() -> None:
    raw = '<meta charset="windows-1252"><p>Caf\u00e9 \u201cquoted\u201d</p>'.encode("cp1252")
    assert decode_html(raw).endswith("Caf\u00e9 \u201cquoted\u201d</p>")
    assert decode_html("<p>Kabar \u00e9</p>".encode()) == "<p>Kabar \u00e9</p>"


# --- line labels ---------------------------------------------------------------------


def test_label_aeb_lines() -> None:
    gold = "Results\nThe quick brown fox jumps over the lazy dog.\nIt ran away quickly."
    lines = [
        "Home",  # nav, not in gold
        "Results",  # short, but a whole gold paragraph (a subhead)
        "The quick brown fox jumps over the lazy dog.",
        "fox",  # short word that merely occurs in the gold
        "The quick brown fox jumps over the lazy dog. Tweet",  # mostly gold: ambiguous
        "Subscribe to our newsletter today",
    ]
    assert tb.label_aeb_lines(lines, gold) == [False, True, True, False, None, False]


def test_label_aeb_lines_leaves_extra_copies_unlabelled() -> None:
    gold = "The quick brown fox jumps over the lazy dog."
    lines = [gold, "Menu", gold]
    assert tb.label_aeb_lines(lines, gold) == [None, False, None]


def test_overlaps() -> None:
    snippet = "the start of a long gold snippet that spans two lines"
    assert tb.overlaps("Intro: the start of a long gold snippet that spans two lines!", snippet)
    assert tb.overlaps("gold snippet that", snippet)  # line inside the snippet
    assert tb.overlaps("Earlier words then the start of a long", snippet)  # shared edge
    assert tb.overlaps("snippet that spans two lines and more", snippet)
    assert not tb.overlaps("the start", snippet)  # too short to tie to the snippet
    assert not tb.overlaps("unrelated navigation line", snippet)


def test_label_trafeval_lines() -> None:
    lines = ["Impressum", "Die GEMA dreht völlig am Zeiger!", "Kontakt", "GEMA Impressum x"]
    labels = tb.label_trafeval_lines(lines, ["Die GEMA dreht  völlig"], ["Impressum"])
    assert labels == [False, True, None, False]


def test_label_trafeval_lines_ignores_snippets_that_match_many_lines() -> None:
    lines = ["LG Staufen 1", "LG Staufen 2", "LG Staufen 3", "LG Staufen 4", "Results table"]
    labels = tb.label_trafeval_lines(lines, ["LG Staufen", "Results table"], ["Impressum"])
    assert labels == [None, None, None, None, True]


def test_warta_line_labels_and_title_scoring() -> None:
    lines = ["Menu", "The Title", "Jakarta, 1 Mei 2024", "Body paragraph text."]
    article = Article(
        id="a1",
        source="x",
        sha256="0",
        title="The Title",
        removed=[RemovedLine(text="Menu", reason="navigation", line=1)],
        metadata_lines=[MetadataLine(text=lines[2], kind="dateline", line=3)],
    )
    labels = tb.warta_line_labels(lines, article)
    assert labels == ["removed:navigation", "title", "meta:dateline", "body"]
    # The title agrees with the gold either way; metadata counts as not body.
    assert tb.warta_body(labels, [False, True, True, True]) == [False, True, False, True]
    assert tb.warta_body(labels, [False, False, None, True]) == [False, False, False, True]


def test_line_confusion_skips_unlabelled_lines() -> None:
    predicted = [True, True, False, False, True]
    gold: list[bool | None] = [True, False, True, False, None]
    assert tb.line_confusion(predicted, gold) == (1, 1, 1, 1)


def test_guess_stoplist() -> None:
    assert tb.guess_stoplist(["This is what the people said about it."]) == "English"
    assert tb.guess_stoplist(["Das ist nicht, was die Leute dazu gesagt haben."]) == "German"
    indonesian = ["Ini adalah apa yang mereka katakan tentang hal itu."]
    assert tb.guess_stoplist(indonesian) == "Indonesian"


# --- smoke runs on the real gold data --------------------------------------------------

DATA = default_data_dir()
needs_data = pytest.mark.skipif(
    not (DATA / hb.AEB_DIR).is_dir() or not (DATA / hb.TRAFEVAL_DIR).is_dir(),
    reason=f"benchmark data not found under {DATA} (shared/data beside the checkout)",
)


def _num(metrics: dict[str, float | int | str], key: str) -> float:
    value = metrics[key]
    assert isinstance(value, int | float), key
    return float(value)


@needs_data
def test_html_benchmark_smoke() -> None:
    metrics = hb.run(Path(DATA), limit=20)
    assert metrics["pages"] == 40
    assert metrics["errors_trafilatura"] == 0
    # Floors sit about 0.1 under the scores of both systems on these pages (AEB ~0.95,
    # trafilatura-eval ~0.76: its first pages are harder than the set as a whole).
    for system in ("trafilatura", "warta"):
        assert metrics[f"errors_{system}"] == 0
        assert _num(metrics, f"aeb_f1_{system}") > 0.85
        assert _num(metrics, f"trafeval_f1_{system}") > 0.65


@needs_data
def test_text_benchmark_smoke() -> None:
    metrics = tb.run(Path(DATA), limit=20)
    assert metrics["pages"] == 40
    assert _num(metrics, "lines") > 500
    assert _num(metrics, "line_recall_keepall") == 1.0
    assert metrics["errors_warta"] == 0
    # The cleaner must beat keeping every line where most lines are noise (AEB pages,
    # and so overall); on trafilatura-eval's labelled lines, half body, a floor suffices.
    for corpus in ("aeb_", ""):
        assert _num(metrics, f"{corpus}line_f1_warta") > _num(metrics, f"{corpus}line_f1_keepall")
    assert _num(metrics, "trafeval_line_f1_warta") > 0.5
