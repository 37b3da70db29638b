"""Stage ``sentences``: sentence offsets over the article body.

A regex-and-scan splitter, written for scraped Indonesian news: it must be fast (it runs
on every article; a statistical parser would dominate the run time) and predictable. A
candidate boundary is a run of terminal punctuation (``.``, ``!``, ``?``, ellipsis) with
any closing quotes or brackets glued to it; the word before and the character after
decide whether it ends a sentence. Abbreviations come from ``resources/abbreviations.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from warta.document import Doc
from warta.options import Options
from warta.pipeline import article_stage
from warta.resources import read_tsv

# A blank line always ends a paragraph. A single newline ends a sentence too unless the
# next line starts in lower case, which means a hard-wrapped sentence goes on.
_BREAK = re.compile(r"\n[^\S\n]*\n\s*+|\n[^\S\n]*+(?![a-z])")
# Terminal punctuation with the closing quotes/brackets glued to it. Followed by white
# space, the end, or (scraping noise: "kemarin.Sementara") a capitalised word.
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$|[A-Z][a-z])")
_OPENERS = "\"'“‘«([{"
_STRAIGHT_QUOTES = "\"'"
# Top-level domains that make "Kompas.Com"-style outlet names look like a glued sentence.
_DOMAIN_WORDS = frozenset({"com", "co", "id", "net", "org", "go", "ac", "or", "web", "info"})
_GLUED_BEFORE = re.compile(r"[a-z]{3}$")
_GLUED_AFTER = re.compile(r"[A-Za-z]+")
_NUMBERED = re.compile(r"\d{1,3}|[A-Za-z]|[IVXivx]{1,4}")

Span = tuple[int, int]


@cache
def abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    """(exact, all-caps) maps from an abbreviation without its final period to its kind."""
    exact: dict[str, str] = {}
    for row in read_tsv("abbreviations.tsv"):
        exact[row["abbrev"].removesuffix(".")] = row["kind"]
    caps: dict[str, str] = {}
    for key, kind in exact.items():
        # On a collision keep "other": it is the kind that lets a sentence end.
        if caps.get(key.upper()) != "other":
            caps[key.upper()] = kind
    return exact, caps


def _abbreviation_kind(token: str) -> str | None:
    exact, caps = abbreviations()
    kind = exact.get(token)
    if kind is None and token.isupper():
        # Only ALL-CAPS tokens fall back, so a lower-case word ("kol", "no") never matches.
        kind = caps.get(token)
    return kind


def _is_initials(token: str) -> bool:
    """"B" (as in "B. J. Habibie") or a short dotted acronym like "J.K"."""
    if len(token) == 1:
        return token.isupper()
    parts = token.split(".")
    return len(parts) > 1 and token[0].isupper() and all(
        0 < len(part) <= 2 and part.isalpha() for part in parts
    )


def _after_number(text: str, token_start: int, lo: int) -> bool:
    """A unit letter after a number ("2 C.", "abad ke-6 M.") is not a name's initial."""
    _, previous = _token_before(text, max(lo, token_start - 1), lo)
    return any(ch.isdigit() for ch in previous)


def _token_before(text: str, end: int, lo: int) -> tuple[int, str]:
    """Start offset and text of the word ending at ``end``, opening quotes stripped."""
    start = end
    while start > lo and not text[start - 1].isspace():
        start -= 1
    while start < end and text[start] in _OPENERS:
        start += 1
    return start, text[start:end]


def _is_lower_start(text: str, at: int, hi: int) -> bool:
    # "iPhone" and "eKTP" start in lower case yet may open a sentence.
    return text[at].islower() and not (at + 1 < hi and text[at + 1].isupper())


def _glued_boundary(text: str, dot: int, after: int, lo: int) -> bool:
    """``word.Word`` with no space: a sentence end only between two plain words."""
    if text[dot] != "." or not _GLUED_BEFORE.search(text, lo, dot):
        return False
    _, token = _token_before(text, dot, lo)
    if any(ch in token for ch in "/@.") or token.lower().startswith("www"):
        return False  # a URL, an e-mail address or a dotted domain
    word = _GLUED_AFTER.match(text, after)
    return word is not None and word.group().lower() not in _DOMAIN_WORDS


def _period_boundary(text: str, dot: int, nxt: int, sent_start: int) -> bool:
    """Does a single period at ``dot``, followed by a word at ``nxt``, end a sentence?"""
    token_start, token = _token_before(text, dot, sent_start)
    if not token and dot > sent_start:
        # IndoSum's tokenised text spaces the period off: "Jenderal Pol . Tito" is still "Pol.".
        token_start, token = _token_before(text, dot - 1, sent_start)
        if _abbreviation_kind(token) == "prefix":
            return False
        token_start, token = dot, ""
    kind = _abbreviation_kind(token)
    if kind == "prefix" or (kind is None and _is_initials(token)
                            and not _after_number(text, token_start, sent_start)):
        return False
    if kind == "other":
        return text[nxt].isupper()
    # "1. Pertama" / "a. Kedua": the number of a list item, not the end of a sentence.
    return not (token_start == sent_start and _NUMBERED.fullmatch(token))


def _boundary_end(text: str, match: re.Match[str], sent_start: int, hi: int) -> int | None:
    """End offset of the sentence closed by the candidate ``match``, or None."""
    end = match.end()
    nxt = end
    while nxt < hi and text[nxt].isspace():
        nxt += 1
    if nxt >= hi:
        return None  # the end of the block closes the sentence anyway
    glued = nxt == end
    cluster = match.group()
    if glued:
        # In "kemarin."Dia" the straight quote opens the next sentence.
        while cluster[-1] in _STRAIGHT_QUOTES:
            cluster = cluster[:-1]
            end -= 1
        return end if _glued_boundary(text, match.start(), nxt, sent_start) else None
    if _is_lower_start(text, nxt, hi) or text[nxt] in ",;:":
        # A lower-case word continues: '"Awas!" teriak dia.' or 'dll. dan'.
        return None
    terminal = cluster.rstrip("\"'”’»)]")
    if terminal != ".":
        return end  # ! ? ellipsis and mixed runs before a capital, digit or quote
    return end if _period_boundary(text, match.start(), nxt, sent_start) else None


def _split_block(text: str, lo: int, hi: int, out: list[Span]) -> None:
    """Append the sentences of ``text[lo:hi]`` (no paragraph or line breaks inside)."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    start = lo
    for match in _CANDIDATE.finditer(text, lo, hi):
        if match.start() < start:
            continue
        end = _boundary_end(text, match, start, hi)
        if end is None:
            continue
        out.append((start, end))
        start = end
        while start < hi and text[start].isspace():
            start += 1
    if start < hi:
        out.append((start, hi))


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence ``[start, end)`` offsets in ``text``, trimmed of white space.

    ``start`` is the offset of ``text`` inside a larger body (a paragraph's offset); it is
    added to every returned offset. Sentences never cross a blank line.
    """
    spans: list[Span] = []
    lo = 0
    for brk in _BREAK.finditer(text):
        _split_block(text, lo, brk.start(), spans)
        lo = brk.end()
    _split_block(text, lo, len(text), spans)
    if start:
        return [(s + start, e + start) for s, e in spans]
    return spans


@article_stage("sentences", requires={"body"}, provides={"sentences"})
def sentences(doc: Doc, options: Options) -> None:
    article = doc.article
    body = article.body
    spans: list[Span] = []
    if article.paragraphs:
        for para_start, para_end in article.paragraphs:
            spans.extend(split_sentences(body[para_start:para_end], para_start))
    else:
        spans = split_sentences(body)
    article.sentences = [[s, e] for s, e in spans]
