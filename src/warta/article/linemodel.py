"""A small trained line model for text dumps: is this line part of the article body?

The cleaner's rules (markers, title, metadata) run first; this model then judges
every line the rules left open, from language-independent signals of the line
and of its neighbours (length in characters, with CJK characters weighed as
words; sentence punctuation including 。！？; digits; capitals; stop-word density
where the document's language has a list; the jusText-style class; copies of the
line; a reader-comment header above it; page furniture: photo credits, teaser
headlines glued to their summaries, the words of banners and forms from
``resources/boilerplate_words.tsv``, Title-Case openings). Two stages are stacked:
boosted trees over these signals, then a logistic regression that sees the first
stage's scores around the line and whether the line lies in the dump's main text
region, the maximum-sum run of first-stage scores (an article is nearly always one
contiguous region).

The decision (:func:`decide`) keeps lines scoring over a threshold, then extends
the article through sentence-like lines that continue it (hysteresis), fills single
gaps, keeps an opening sentence above the article, and never empties a dump.
Nothing here depends on the absolute position of a line in the dump: a clean scrape
that is all article must lose nothing at its edges.

Weights live in ``resources/line_model.json``; they are fitted by
``python -m warta.train.line_model`` (see ``resources/line_model.md``). Inference is
plain Python: no numpy or scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from warta.article.linefeatures import LineFeatures
from warta.article.linelexicon import LEXICAL_NAMES, LexicalScore, Lexicon, lexical_columns
from warta.article.linelists import LIST_NAMES, list_columns, numbered_sequences
from warta.article.linepage import PAGE_NAMES, page_columns
from warta.article.lineteasers import teaser_list_lines
from warta.article.outlet import find_lead
from warta.resources import read_tsv

MODEL_RESOURCE = "line_model.json"
# The page-level list signal in stage two (:mod:`warta.article.linelists`); it changes stage
# two's layout, so the model is fitted with it on or off. Held-out decision F1 of the open lines
# (line_model.md, Scores): dev 0.8571 -> 0.8689, rotation mean 0.8658 -> 0.8677 with the voting.
LIST_SIGNAL = True
# Numbered items under a prose lead share one verdict (:func:`_vote_numbered`). Held-out decision
# F1 of the open lines, the four quarters of the non-test pages: 0.8421/0.8666/0.8724/0.8671 ->
# 0.8571/0.8666/0.8724/0.8671 (dev +0.015, mean 0.8620 -> 0.8658; a decision rule, no refit).
NUMBERED_VOTE = True
# Stage one also sees the line's lexical log-odds and stop-word density against its page's good
# lines, and the lexicon's coverage of the page (:mod:`warta.article.linepage`). Off: it changes
# stage one's layout and the shipped JSON was fitted without it; held-out dev 0.8507 -> 0.8709
# but q1 0.8204 -> 0.8063 with it (line_model.md, Scores); q2, q3 and the refit not run yet.
PAGE_RELATIVE = False
# Glued headline-and-summary lines a few lines apart are a teaser list, never the article
# (:mod:`warta.article.lineteasers`; a decision rule, no refit). Held-out dev 0.8507 -> 0.8580.
TEASER_LISTS = True

SENTENCE_MARKS = (". ", "! ", "? ", "。", "！", "？")  # inside a line; a final ".!?" counts too
COMMA = re.compile(r"[,，、;；]")
DIGIT = re.compile(r"\d")
UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]")
BULLET = re.compile(r"^(?:[•·▪◦*>–—-]\s|\d{1,3}[.)]\s|\(?[a-z\d]\)\s)")
SEPARATORS = "|»›·•"
SEPARATOR = re.compile(r"\s[|»›·•]\s|\s[|»›·•]$")
WEB = re.compile(r"www\.|\.(?:com|org|net|de|ru|id|co\.)")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
QUOTES = "\"“”«»„「」"
# A photo credit: agencies and picture words, or a slash between names on a short line.
CREDIT = re.compile(r"getty|reuters|\bafp\b|\bap\b|\bdpa\b|\bepa\b|imago|shutterstock|istock|images?\b"
                    r"|\bphoto|\bfoto|\bbild\b|credit|©|\w/\s?\w", re.IGNORECASE)
# A headline glued to its teaser ("Student-AthleteA 24-year-old…"): a capital right after
# a small letter.
GLUED = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
LEAD_WORDS = 6

# Shape classes of the jusText-style pass, as the cleaner computes them.
CLASSES = ("good", "neargood", "short", "bad")
# Where the rules left a line: still open for the model, or already decided.
PRIOR_OPEN, PRIOR_REMOVED, PRIOR_META, PRIOR_TITLE = "open", "removed", "meta", "title"
NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
SHORT_WORDS = 8
WINDOWS = (2, 5, 12)


@dataclass(frozen=True)
class LineInput:
    """What the cleaner knows about one line when the model is asked."""

    text: str
    feat: LineFeatures
    shape: str  # one of CLASSES
    shape_keep: bool  # the jusText-style pass would keep it
    prior: str  # PRIOR_*


# --- features ------------------------------------------------------------------------


def own_features(line: LineInput, covered: bool) -> list[float]:
    """Signals of the line alone (see OWN_NAMES)."""
    text = line.text.strip()
    feat = line.feat
    chars = len(text)
    letters = feat.letters or 1
    words = max(feat.words, 1)
    sentences = sum(map(text.count, SENTENCE_MARKS)) + (1 if text.endswith((".", "!", "?")) else 0)
    lower = text.lower()
    return [
        math.log1p(feat.reading_length),
        math.log1p(feat.words),
        feat.wide / (chars or 1),
        1.0 if feat.terminal else 0.0,
        1.0 if text.endswith((":", "：")) else 0.0,
        1.0 if text.endswith(("...", "…")) else 0.0,
        1.0 if text.endswith(("?", "？")) else 0.0,
        math.log1p(sentences),
        min(len(COMMA.findall(text)) / words, 1.0),
        (chars - len(DIGIT.sub("", text))) / (chars or 1),
        len(UPPER.findall(text)) / letters,
        feat.capitalised,
        1.0 if feat.words >= 3 and feat.capitalised >= 0.99 else 0.0,
        feat.density if covered else 0.0,
        1.0 if covered else 0.0,
        min((letters / words) / 10.0, 2.0),
        1.0 if BULLET.match(text) else 0.0,
        1.0 if any(mark in text for mark in SEPARATORS) and SEPARATOR.search(text) else 0.0,
        1.0 if "@" in text or "://" in text or WEB.search(lower) else 0.0,
        1.0 if "©" in text or "(c)" in lower or "copyright" in lower else 0.0,
        # A time or date on a short line is a timestamp; in a sentence it is news.
        1.0 if feat.words <= SHORT_WORDS and CLOCK.search(text) else 0.0,
        1.0 if any(mark in text for mark in QUOTES) else 0.0,
        1.0 if text[:1].islower() else 0.0,
        1.0 if find_lead(text) is not None else 0.0,
        *(1.0 if line.shape == cls else 0.0 for cls in CLASSES),
        1.0 if line.shape_keep else 0.0,
        *_furniture_features(text, lower, feat),
        1.0 if line.prior == PRIOR_REMOVED else 0.0,
    ]


def _furniture_features(text: str, lower: str, feat: LineFeatures) -> list[float]:
    """Signs of page furniture: a photo credit, a glued headline, the words of banners and
    forms (``resources/boilerplate_words.tsv``), a capitalised opening."""
    tokens = TOKEN.findall(lower)
    furniture = sum(map(boilerplate_words().__contains__, tokens))
    lead = TOKEN.findall(text[:80])[:LEAD_WORDS]
    return [
        1.0 if feat.words <= SHORT_WORDS and CREDIT.search(text) else 0.0,
        math.log1p(len(GLUED.findall(text))),
        math.log1p(furniture),
        furniture / (len(tokens) or 1),
        sum(1 for w in lead if w[0].isupper()) / (len(lead) or 1),
    ]


@cache
def boilerplate_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("boilerplate_words.tsv"))


OWN_NAMES = (
    "log_chars", "log_words", "cjk_share", "terminal", "colon_end", "ellipsis_end", "question_end",
    "log_sentences", "comma_rate", "digit_share", "upper_share", "capitalised", "title_case",
    "stop_density", "covered", "word_length", "bullet", "separator", "web", "copyright", "clock",
    "quote", "lower_start", "outlet_lead", *(f"shape_{cls}" for cls in CLASSES), "shape_keep",
    "credit", "log_glued", "log_furniture", "furniture_share", "lead_capitalised", "prior_removed",
)
# The few own signals each neighbour contributes.
NEIGHBOUR_KEYS = ("log_chars", "terminal", "stop_density", "shape_good", "shape_keep", "credit",
                  "furniture_share", "prior_removed")
_NEIGHBOUR_INDEX = tuple(OWN_NAMES.index(key) for key in NEIGHBOUR_KEYS)
_GOOD, _LOG_CHARS, _TERMINAL = (OWN_NAMES.index(key) for key in ("shape_good", "log_chars", "terminal"))
_DENSITY = OWN_NAMES.index("stop_density")
_GLUED, _LEAD_CAPS, _FURNITURE = (OWN_NAMES.index(key)
                                  for key in ("log_glued", "lead_capitalised", "furniture_share"))


def stage1_rows(lines: Sequence[LineInput], covered: bool, lexical: Sequence[LexicalScore]
                ) -> list[list[float]]:
    """Stage-one rows: the line, its neighbours and windows around it, and the lexical model's
    verdict on the line's words and on its neighbours' (:func:`lexical_columns`)."""
    n = len(lines)
    if not n:
        return []
    own = [own_features(line, covered) for line in lines]
    keys = [line.text.strip().lower() for line in lines]
    counts = Counter(keys)
    goods = [row[_GOOD] for row in own]
    good_above = _distance_to(goods, reverse=False)
    good_below = _distance_to(goods, reverse=True)
    comments = _after_comment_header(lines)
    context = [
        [math.log1p(counts[key] - 1), _LOG_DISTANCE[min(above, FAR)], _LOG_DISTANCE[min(below, FAR)],
         1.0 if max(above, below) <= SANDWICH else 0.0, comment]
        for key, above, below, comment in zip(keys, good_above, good_below, comments, strict=True)
    ]
    # What each line shows its neighbours: a few own signals, and whether it is the title.
    shown = [[row[k] for k in _NEIGHBOUR_INDEX] + [1.0 if line.prior == PRIOR_TITLE else 0.0]
             for row, line in zip(own, lines, strict=True)]
    prefixes = [_prefix([row[k] for row in own]) for k in (_GOOD, _LOG_CHARS, _TERMINAL)]
    windows = []
    for width in WINDOWS:
        spans = [(max(0, i - width), min(n, i + width + 1)) for i in range(n)]
        windows += [[(prefix[hi] - prefix[lo]) / (hi - lo) for lo, hi in spans] for prefix in prefixes]
    document = [math.log1p(n), sum(goods) / n]
    last = n - 1
    rows: list[list[float]] = []
    for i, window in enumerate(zip(*windows, strict=True)):
        row = own[i] + context[i]
        for offset in NEIGHBOUR_OFFSETS:
            # Past the edge of the dump the nearest line stands in: a dump that is all
            # article (a clean scrape) has body lines at its edges, and they must not look
            # like lines beside nothing.
            j = i + offset
            row += shown[0 if j < 0 else last if j > last else j]
        row += window
        row += document
        rows.append(row)
    for row, extra, words in zip(rows, block_features(lines, own), lexical_columns(lexical), strict=True):
        row += extra
        row += words
    if PAGE_RELATIVE:
        for row, extra in zip(rows, _page_relative(own, lexical), strict=True):
            row += extra
    return rows


def _page_relative(own: Sequence[Sequence[float]], lexical: Sequence[LexicalScore]) -> list[list[float]]:
    """The line's lexical log-odds and stop-word density against its page's good lines."""
    return page_columns([logit for logit, _ in lexical], [known for _, known in lexical],
                        [row[_DENSITY] for row in own], [row[_GOOD] > 0 for row in own])


def block_features(lines: Sequence[LineInput], own: Sequence[Sequence[float]]) -> list[list[float]]:
    """Where the line sits in the dump's blocks (see BLOCK_NAMES): the run of short lines it
    belongs to (a menu, a list), how unevenly long the lines around it are, the share of
    the dump's good text above and below it (tail noise sits under nearly all of it), and
    link-like lines around it."""
    n = len(lines)
    log_chars = [row[_LOG_CHARS] for row in own]
    mass = _prefix([row[_GOOD] * row[_LOG_CHARS] for row in own])
    total = mass[n] or 1.0
    linky = _prefix([1.0 if _link_like(line.feat) else 0.0 for line in lines])
    glued = _prefix([1.0 if row[_GLUED] > 0 else 0.0 for row in own])
    lead_caps = _prefix([row[_LEAD_CAPS] for row in own])
    furniture = _prefix([row[_FURNITURE] for row in own])
    short_runs = _run_lengths([line.feat.words < SHORT_WORDS for line in lines])
    out = []
    for i in range(n):
        lo, hi = max(0, i - SPREAD), min(n, i + SPREAD + 1)
        near = log_chars[lo:hi]
        mean = sum(near) / len(near)
        spread = math.sqrt(sum((v - mean) ** 2 for v in near) / len(near))
        width = hi - lo
        out.append([math.log1p(short_runs[i]), spread, mass[i] / total, (mass[n] - mass[i + 1]) / total,
                    (linky[hi] - linky[lo]) / width, (glued[hi] - glued[lo]) / width,
                    (lead_caps[hi] - lead_caps[lo]) / width, (furniture[hi] - furniture[lo]) / width])
    return out


BLOCK_NAMES = ("log_short_run", "w3_length_spread", "good_text_above", "good_text_below", "w3_link_like",
               "w3_glued", "w3_lead_capitalised", "w3_furniture")
SPREAD = 3  # lines each side for the spread of lengths and the link-like share


def _link_like(feat: LineFeatures) -> bool:
    """A menu entry or headline link: a few mostly capitalised words, no sentence end."""
    return feat.words <= SHORT_WORDS and not feat.terminal and feat.capitalised >= 0.5


def _run_lengths(flags: Sequence[bool]) -> list[int]:
    """For each flagged line, the length of the run of flagged lines it is in; 0 elsewhere."""
    out = [0] * len(flags)
    start = 0
    for i in range(len(flags) + 1):
        if i == len(flags) or not flags[i]:
            for j in range(start, i):
                out[j] = i - start
            start = i + 1
    return out


def _shifted(column: Sequence[float], offset: int) -> list[float]:
    """The value ``offset`` lines away from each line, the edge line standing in past the edge."""
    values = list(column)
    if offset < 0:
        k = min(-offset, len(values))
        return [values[0]] * k + values[: len(values) - k]
    k = min(offset, len(values))
    return values[k:] + [values[-1]] * k


def _window_means(column: Sequence[float], width: int) -> list[float]:
    """Mean of the column over the lines at most ``width`` away (inside the dump)."""
    prefix = _prefix(column)
    n = len(column)
    spans = [(max(0, i - width), min(n, i + width + 1)) for i in range(n)]
    return [(prefix[hi] - prefix[lo]) / (hi - lo) for lo, hi in spans]


def stage1_names() -> list[str]:
    names = [*OWN_NAMES, "log_copies", "log_good_above", "log_good_below", "good_both_sides",
             "after_comments"]
    for offset in NEIGHBOUR_OFFSETS:
        names += [f"n{offset:+d}_{key}" for key in (*NEIGHBOUR_KEYS, "title")]
    for width in WINDOWS:
        names += [f"w{width}_good", f"w{width}_log_chars", f"w{width}_terminal"]
    names += ["log_lines", "doc_good", *BLOCK_NAMES, *LEXICAL_NAMES]
    return [*names, *PAGE_NAMES] if PAGE_RELATIVE else names


FAR = 50  # lines: farther than this counts as far
_LOG_DISTANCE = [math.log1p(d) for d in range(FAR + 1)]
SANDWICH = 8  # lines: a good line this close above and below frames a list or subhead

# Headers that open a reader-comment section, in the languages warta meets most.
COMMENT_HEADER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|kommentare?|komentar(?:\s+\w+)?|commentaires?|comentarios?|comentários?"
    r"|commenti|reacties|reactions?|responses?|replies|diskusi|tanggapan|leave a (?:reply|comment)"
    r"|deixe (?:uma resposta|um comentário)|schreibe einen kommentar|deja un comentario"
    r"|laisser un commentaire|lascia un commento|post a comment|add a comment|join the discussion"
    r"|tulis komentar|berikan komentar|комментари[иийя]|отзывы|댓글|コメント|评论|評論)"
    r"(?:\s*\(\d+\)|\s+\d+)?\s*[:.!]?$",
    re.IGNORECASE,
)


def _distance_to(flags: Sequence[float], reverse: bool) -> list[int]:
    """Lines to the nearest flagged line above (below when ``reverse``), not counting itself."""
    n = len(flags)
    out = [FAR * 2] * n
    last: int | None = None
    indices = range(n - 1, -1, -1) if reverse else range(n)
    for i in indices:
        if last is not None:
            out[i] = abs(i - last)
        if flags[i]:
            last = i
    return out


def _after_comment_header(lines: Sequence[LineInput]) -> list[float]:
    """1 for the lines below the first reader-comment header in the last two thirds of the
    dump, else 0."""
    n = len(lines)
    flags = [0.0] * n
    for i, line in enumerate(lines):
        if i >= n // 3 and len(line.text) <= 60 and COMMENT_HEADER.match(line.text.strip()):
            for j in range(i + 1, n):
                flags[j] = 1.0
            break
    return flags


def _prefix(values: Sequence[float]) -> list[float]:
    out = [0.0]
    for value in values:
        out.append(out[-1] + value)
    return out


STAGE2_OFFSETS = (-3, -2, -1, 1, 2, 3)
STAGE2_WINDOWS = (3, 8, 20)
_RESTATED_INDEX = tuple(OWN_NAMES.index(key) for key in ("log_chars", "terminal", "shape_keep"))
STAGE2_REACH = 8  # lines looked at above and below for the best first-stage score
REGION_BIASES = (0.3, 0.7)  # further main regions, drawn more and less generously


def stage2_rows(stage1: Sequence[Sequence[float]], scores: Sequence[float], lines: Sequence[LineInput]
                ) -> list[list[float]]:
    """Stage-two rows: the first stage's score around each line and the main text region
    (column by column, as :func:`stage1_rows`)."""
    n = len(scores)
    if not n:
        return []
    columns: list[Sequence[float]] = [[_logit(p) for p in scores]]
    columns += [_shifted(scores, offset) for offset in STAGE2_OFFSETS]
    columns += [_window_means(scores, width) for width in STAGE2_WINDOWS]
    weights = [math.log1p(len(line.text)) for line in lines]
    start, end = main_region([(p - 0.5) * w for p, w in zip(scores, weights, strict=True)])
    columns.append([1.0 if start <= i < end else 0.0 for i in range(n)])
    columns.append([math.log1p(start - i if i < start else max(i - end + 1, 0)) for i in range(n)])
    columns.append([(end - start) / n] * n)
    before = [max(scores[max(0, i - STAGE2_REACH) : i], default=0.0) for i in range(n)]
    after = [max(scores[i + 1 : i + 1 + STAGE2_REACH], default=0.0) for i in range(n)]
    columns += [before, after, [min(b, a) for b, a in zip(before, after, strict=True)]]
    high = [1.0 if p >= 0.5 else 0.0 for p in scores]
    columns.append([_LOG_DISTANCE[min(d, FAR)] for d in _distance_to(high, reverse=False)])
    columns.append([_LOG_DISTANCE[min(d, FAR)] for d in _distance_to(high, reverse=True)])
    for bias in REGION_BIASES:
        lo, hi = main_region([(p - bias) * w for p, w in zip(scores, weights, strict=True)])
        columns.append([1.0 if lo <= i < hi else 0.0 for i in range(n)])
    columns.append([sum(high) / n] * n)
    # A few strong stage-one signals again, so that stage two can weigh them anew.
    columns += [[row[k] for row in stage1] for k in _RESTATED_INDEX]
    if LIST_SIGNAL:
        columns += _page_list_columns(lines, (start, end))
    return [list(row) for row in zip(*columns, strict=True)]


def _page_list_columns(lines: Sequence[LineInput], region: tuple[int, int]) -> list[list[float]]:
    """Whether the article's body is a list or a table (:mod:`warta.article.linelists`)."""
    runs = [0] * len(lines)
    for run in _pattern_runs(lines):
        for i in run:
            runs[i] = len(run)
    return list_columns([line.text for line in lines], [line.prior == PRIOR_OPEN for line in lines],
                        [line.feat.words for line in lines], region, runs)



def stage2_names() -> list[str]:
    return [
        "logit", *(f"p{offset:+d}" for offset in STAGE2_OFFSETS), *(f"pw{w}" for w in STAGE2_WINDOWS),
        "in_region", "log_region_gap", "region_share",
        "best_above", "best_below", "best_both_sides", "log_high_above", "log_high_below",
        *(f"in_region_{bias}" for bias in REGION_BIASES), "high_share",
        "log_chars", "terminal", "shape_keep", *(LIST_NAMES if LIST_SIGNAL else ()),
    ]


def main_region(values: Sequence[float]) -> tuple[int, int]:
    """[start, end) of the run with the largest sum (Kadane); (0, 0) when every value is negative."""
    best, best_start, best_end = 0.0, 0, 0
    running, start = 0.0, 0
    for i, value in enumerate(values):
        if running <= 0:
            running, start = value, i
        else:
            running += value
        if running > best:
            best, best_start, best_end = running, start, i + 1
    return best_start, best_end


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


# --- inference -----------------------------------------------------------------------


@dataclass(frozen=True)
class Logistic:
    """A logistic regression fitted on standardised features, the standardisation folded
    into the weights: sigmoid(w · x + b)."""

    weights: tuple[float, ...]
    bias: float

    @classmethod
    def of(cls, spec: dict[str, list[float] | float]) -> Logistic:
        """From the exported form: sigmoid(coef · (x - mean) / scale + intercept)."""
        mean, scale, weights, bias = spec["mean"], spec["scale"], spec["weights"], spec["bias"]
        assert isinstance(mean, list) and isinstance(scale, list) and isinstance(weights, list)
        assert isinstance(bias, float | int)
        folded = tuple(w / s for w, s in zip(weights, scale, strict=True))
        return cls(folded, float(bias) - sum(w * m for w, m in zip(folded, mean, strict=True)))

    def predict(self, row: Sequence[float]) -> float:
        return _sigmoid(self.bias + sum(map(operator.mul, self.weights, row)))


@dataclass(frozen=True)
class BoostedTrees:
    """Gradient-boosted regression trees on the log-odds scale: sigmoid(base + Σ tree(x)).

    A row goes left at a node when its feature is at most the node's threshold (the rule of
    scikit-learn's histogram boosting, which fits them). The trees are compiled once into
    one Python function of nested conditional expressions: walking them node by node costs
    three times as much, and the model scores every line of every dump.
    """

    base: float
    tree_sum: Callable[[Sequence[float]], float]

    @classmethod
    def of(cls, spec: dict[str, Any]) -> BoostedTrees:
        """From the exported form: per tree, flat nodes ``[feature, threshold, left, right, value]``
        with feature -1 at a leaf, the root first."""
        terms = [_tree_source(nodes, 0) for nodes in spec["trees"]]
        source = f"def tree_sum(x):\n    return {' + '.join(terms) or '0.0'}\n"
        namespace: dict[str, Any] = {}
        # The source holds only the ints and floats formatted by _tree_source.
        exec(compile(source, MODEL_RESOURCE, "exec"), namespace)
        return cls(float(spec["base"]), namespace["tree_sum"])

    def predict(self, row: Sequence[float]) -> float:
        return _sigmoid(self.base + self.tree_sum(row))


def _tree_source(nodes: Sequence[Sequence[float]], index: int) -> str:
    """One tree as a Python expression over the row ``x``."""
    # int() and float() refuse anything but numbers: nothing else reaches the source.
    node = nodes[index]
    feature, threshold, value = int(node[0]), float(node[1]), float(node[4])
    if feature < 0:
        if not math.isfinite(value):
            raise ValueError(f"{MODEL_RESOURCE}: a leaf's value is {value}")
        return repr(value)
    below, above = _tree_source(nodes, int(node[2])), _tree_source(nodes, int(node[3]))
    limit = threshold if math.isfinite(threshold) else math.copysign(1e308, threshold)
    return f"({below} if x[{feature}] <= {limit!r} else {above})"


def _sigmoid(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


Scorer = Logistic | BoostedTrees


def scorer_of(spec: dict[str, Any]) -> Scorer:
    """A stage from its exported form: boosted trees when it lists trees, else a logistic one."""
    return BoostedTrees.of(spec) if "trees" in spec else Logistic.of(spec)


@dataclass(frozen=True)
class LineModel:
    lexicon: Lexicon
    stage1: Scorer
    stage2: Scorer
    threshold: float  # a line scoring this much is body
    weak_threshold: float  # … and so is a sentence-like line scoring this much beside body

    def probabilities(self, lines: Sequence[LineInput], covered: bool) -> list[float]:
        rows = stage1_rows(lines, covered, self.lexicon.scores([line.text for line in lines]))
        first = [self.stage1.predict(row) for row in rows]
        return [self.stage2.predict(row) for row in stage2_rows(rows, first, lines)]

    def keep(self, lines: Sequence[LineInput], covered: bool) -> list[bool]:
        """Whether each line open to the model is body."""
        scores = self.probabilities(lines, covered)
        return decide(scores, lines, self.threshold, self.weak_threshold)


RESCUE_SHARE = 0.8  # with no line over the threshold, lines this close to the best one stay


def decide(scores: Sequence[float], lines: Sequence[LineInput], strong: float, weak: float) -> list[bool]:
    """Body lines from the scores, with hysteresis: an open line at ``strong`` or more is
    body; a jusText-good line at ``weak`` or more is body too when the open line next to it
    (above or below, across metadata lines) is; a single open line between body lines is
    body. A dump keeps at least its best line: warta never empties an article on scores
    alone."""
    priors = [line.prior for line in lines]
    good = [line.shape == "good" for line in lines]
    keep = _keep_opening(lines, _fill_gaps(_hysteresis(scores, priors, good, strong, weak), priors))
    keep = _vote_lists(_bridge_widgets(keep, scores, lines, weak), lines)
    if NUMBERED_VOTE:
        keep = _vote_numbered(keep, scores, lines, weak)
    keep = _credits_on_own_score(keep, scores, lines, strong)
    if TEASER_LISTS:
        keep = [kept and not teaser for kept, teaser in
                zip(keep, teaser_list_lines([line.text for line in lines]), strict=True)]
    if not any(keep) and PRIOR_OPEN in priors:
        best = max(score for score, prior in zip(scores, priors, strict=True) if prior == PRIOR_OPEN)
        keep = _hysteresis(scores, priors, [True] * len(lines), best, best * RESCUE_SHARE)
    return keep


def _hysteresis(scores: Sequence[float], priors: Sequence[str], eligible: Sequence[bool],
                strong: float, weak: float) -> list[bool]:
    opened = [prior == PRIOR_OPEN for prior in priors]
    keep = [is_open and score >= strong for score, is_open in zip(scores, opened, strict=True)]
    weak_ok = [is_open and ok and score >= weak
               for score, is_open, ok in zip(scores, opened, eligible, strict=True)]
    n = len(scores)
    # A run of weak lines hangs off a strong line above it (first pass) or below it (second).
    # Metadata lines do not break a run; a line the rules removed (an ad, a "Related" header)
    # ends it.
    for order in (range(n), range(n - 1, -1, -1)):
        previous = False
        for i in order:
            if not opened[i]:
                previous = previous and priors[i] != PRIOR_REMOVED
                continue
            if not keep[i] and previous and weak_ok[i]:
                keep[i] = True
            previous = keep[i]
    return keep


OPENING_WORDS = 10


def _keep_opening(lines: Sequence[LineInput], keep: Sequence[bool]) -> list[bool]:
    """The dump's first open line is body when it is a sentence and the open line under it
    is body: a dump that opens with its article (the rules took the headline and dates)
    starts with the lead paragraph, whose names and place crowd out the stop words."""
    kept = list(keep)
    opened = [i for i, line in enumerate(lines) if line.prior == PRIOR_OPEN]
    if len(opened) >= 2 and not kept[opened[0]] and kept[opened[1]]:
        first = lines[opened[0]]
        if first.feat.terminal and first.feat.words >= OPENING_WORDS:
            kept[opened[0]] = True
    return kept


BRIDGE_REMOVED = 4  # at most this many lines the rules removed (an ad, a "Baca juga" link) on a side


def _bridge_widgets(keep: Sequence[bool], scores: Sequence[float], lines: Sequence[LineInput],
                    weak: float) -> list[bool]:
    """A paragraph between widgets inside the article is body: a jusText-good open line at
    ``weak`` or more whose nearest open lines above and below are body, with only metadata
    and a few lines the rules removed between. Scrapers leave in-article ads and "read also"
    links between paragraphs; the line model reads a paragraph they surround as furniture."""
    kept = list(keep)
    opened = [i for i, line in enumerate(lines) if line.prior == PRIOR_OPEN]
    for before, here, after in zip(opened, opened[1:], opened[2:], strict=False):
        eligible = lines[here].shape == "good" and scores[here] >= weak and not keep[here]
        if eligible and keep[before] and keep[after]:
            removed = [_removed_between(lines, before, here), _removed_between(lines, here, after)]
            if any(removed) and max(removed) <= BRIDGE_REMOVED:
                kept[here] = True
    return kept


def _removed_between(lines: Sequence[LineInput], start: int, end: int) -> int:
    return sum(1 for line in lines[start + 1 : end] if line.prior == PRIOR_REMOVED)


LIST_MIN_ITEMS = 3
LIST_SKELETON_MARKS = 3
_NOT_MARK = re.compile(r"[\w\s\u00ad]+")


def _vote_lists(keep: Sequence[bool], lines: Sequence[LineInput]) -> list[bool]:
    """Items of one list share one verdict. A run of consecutive open lines written to one
    pattern (the same first punctuation marks: "Name: Club 2-1 Club, 23/05/2007 – …") that
    continues the article (the open line right above it is body) is body when any of its items
    is: the line model reads names, scores and dates on short lines as menus and timestamps.
    A run of share buttons or other page furniture is no list of the article."""
    kept = list(keep)
    for run in _pattern_runs(lines):
        above = run[0] - 1
        continues = above >= 0 and lines[above].prior == PRIOR_OPEN and keep[above]
        furniture = sum(1 for i in run if _has_furniture(lines[i].text))
        if continues and any(keep[i] for i in run) and furniture * 2 < len(run):
            for i in run:
                kept[i] = True
    return kept


def _vote_numbered(keep: Sequence[bool], scores: Sequence[float], lines: Sequence[LineInput], weak: float
                   ) -> list[bool]:
    """A numbered sequence of items under the article's prose lead ("1) …", a link, "2) …") is
    body when any of its lines is: its items and the open lines between them scoring ``weak`` or
    more. The line model reads product names and links on short lines as furniture; a sequence
    counting up under a kept paragraph is the article's list. A most-read box numbers its
    headlines too, but stands under a header, not right under a paragraph."""
    kept = list(keep)
    opened = [line.prior == PRIOR_OPEN for line in lines]
    for items in numbered_sequences([line.text for line in lines], opened):
        first, last = min(items), max(items)
        above = next((i for i in range(first - 1, -1, -1) if opened[i]), None)
        span = [i for i in range(first, last + 1) if opened[i]]
        furniture = sum(1 for i in items if _has_furniture(lines[i].text))
        if above is None or not keep[above] or not any(keep[i] for i in span) or furniture * 2 >= len(items):
            continue
        for i in span:
            if i in items or scores[i] >= weak:
                kept[i] = True
    return kept


def _has_furniture(text: str) -> bool:
    words = boilerplate_words()
    return any(token in words for token in TOKEN.findall(text.lower()))


def _pattern_runs(lines: Sequence[LineInput]) -> list[list[int]]:
    runs: list[list[int]] = []
    run: list[int] = []
    key: str | None = None
    for i, line in enumerate(lines):
        here = _skeleton(line.text) if line.prior == PRIOR_OPEN else None
        if here is not None and here == key:
            run.append(i)
            continue
        if len(run) >= LIST_MIN_ITEMS:
            runs.append(run)
        run, key = ([i], here) if here is not None else ([], None)
    if len(run) >= LIST_MIN_ITEMS:
        runs.append(run)
    return runs


def _skeleton(text: str) -> str | None:
    """The first punctuation marks of a line, or None when it has too few to be a pattern."""
    marks = _NOT_MARK.sub("", text)
    return marks[:LIST_SKELETON_MARKS] if len(marks) >= LIST_SKELETON_MARKS else None


def _credits_on_own_score(keep: Sequence[bool], scores: Sequence[float], lines: Sequence[LineInput],
                          strong: float) -> list[bool]:
    """A short line shaped like a photo credit ("Photograph by …", "Name/Agency/Getty Images",
    "Bild: …") is body only on its own score, never carried by the article around it: the
    gap filling, hysteresis and list rules would keep the credit under an in-article picture.
    (Held-out line F1 on all four quarters of the gold pages: mean 0.8631 → 0.8650.)"""
    return [kept and (score >= strong or not _credit_like(line))
            for kept, score, line in zip(keep, scores, lines, strict=True)]


# The slash of a credit stands between names, not between the numbers of a date or score.
_NUMBER_SLASH = re.compile(r"\d\s?/\s?\d")


def _credit_like(line: LineInput) -> bool:
    text = line.text
    short = line.feat.words <= SHORT_WORDS and not line.feat.terminal
    return short and bool(CREDIT.search(_NUMBER_SLASH.sub(" ", text)))


GAP_LINES = 1  # a dropped open line between two body lines is body: a list item, a subhead


def _fill_gaps(keep: Sequence[bool], priors: Sequence[str]) -> list[bool]:
    """Keep short runs of open lines framed by body lines above and below (metadata lines
    are passed over; a line the rules removed breaks the frame)."""
    filled = list(keep)
    gap: list[int] = []
    framed = False  # the run so far has a body line right above it
    for i in (i for i, prior in enumerate(priors) if prior in (PRIOR_OPEN, PRIOR_REMOVED)):
        if priors[i] == PRIOR_OPEN and not keep[i]:
            gap.append(i)
            continue
        closes = priors[i] == PRIOR_OPEN and keep[i]
        if closes and framed and 0 < len(gap) <= GAP_LINES:
            for j in gap:
                filled[j] = True
        gap, framed = [], closes
    return filled


@cache
def line_model() -> LineModel | None:
    """The packaged model, or None when the resource is missing (the rules then decide alone)."""
    try:
        raw = resources.files("warta.resources").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    spec = json.loads(raw)
    if spec.get("stage1_features") != stage1_names() or spec.get("stage2_features") != stage2_names():
        raise ValueError(f"{MODEL_RESOURCE} was fitted for another feature layout: refit it with "
                         "python -m warta.train.line_model")
    return LineModel(Lexicon.of(spec["lexicon"]), scorer_of(spec["stage1"]), scorer_of(spec["stage2"]),
                     float(spec["threshold"]),
                     float(spec.get("weak_threshold", spec["threshold"])))
