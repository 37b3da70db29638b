"""Stage ``extract``: decoded text to numbered lines (text dumps) or blocks (HTML).

For HTML, trafilatura finds the main text and the page metadata; every other
visible block of the page is kept as a removed line, so the output still
accounts for what the page showed.
"""

from __future__ import annotations

import re
from typing import Any

from warta.document import Doc, Line
from warta.errors import Code
from warta.options import Options
from warta.pipeline import StageFailure, article_stage

SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption",
              "blockquote", "dt", "dd", "caption", "pre", "address", "summary", "a")


def normalise_space(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def text_lines(text: str) -> list[Line]:
    """Non-blank lines of a text dump, numbered from 1 as in the input."""
    return [
        Line(number, normalise_space(raw))
        for number, raw in enumerate(text.split("\n"), start=1)
        if raw.strip()
    ]


@article_stage("extract", requires={"text"}, provides={"lines"})
def extract(doc: Doc, options: Options) -> None:
    if doc.fmt == "html":
        extract_html(doc)
    else:
        doc.lines = text_lines(doc.text)
    if not doc.lines:
        raise StageFailure(Code.EMPTY_INPUT.error())


def extract_html(doc: Doc) -> None:
    import trafilatura  # lazy: text-only runs never pay for it

    result: Any = trafilatura.bare_extraction(
        doc.text, url=doc.hints.url, with_metadata=True, include_comments=False,
        include_tables=True, deduplicate=False,
    )
    body = (result.text or "") if result is not None else ""
    if not body.strip():
        raise StageFailure(Code.NO_ARTICLE_IN_HTML.error())
    doc.html_meta = {
        key: str(value)
        for key in ("title", "author", "date", "sitename", "hostname", "url", "description")
        if (value := getattr(result, key, None))
    }
    kept = [Line(None, normalise_space(line)) for line in body.split("\n") if line.strip()]
    doc.lines = kept + dropped_blocks(doc.text, kept)


def dropped_blocks(html: str, kept: list[Line]) -> list[Line]:
    """Visible blocks of the page that the extractor left out, as removed lines."""
    body_text = " ".join(line.text for line in kept)
    dropped: list[Line] = []
    seen: set[str] = set()
    for block in visible_blocks(html):
        if block in body_text or block in seen:
            continue
        seen.add(block)
        dropped.append(Line(None, block, label="removed", reason="boilerplate"))
    return dropped


def visible_blocks(html: str) -> list[str]:
    """Text of the page's innermost block elements, in document order."""
    from lxml import html as lxml_html  # lazy, as above

    tree: Any  # lxml's stubs type xpath() results too loosely to be useful here
    try:
        tree = lxml_html.fromstring(html)
    except Exception:
        return []
    for junk in tree.xpath("//script|//style|//noscript|//template|//svg"):
        junk.drop_tree()
    blocks: list[str] = []
    element: Any
    for element in tree.iter(*BLOCK_TAGS):
        if any(child.tag in BLOCK_TAGS for child in element.iterdescendants()):
            continue  # only innermost blocks, so no text is listed twice
        text = normalise_space(element.text_content())
        if text:
            blocks.append(text)
    return blocks
