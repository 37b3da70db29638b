"""Render an HTML page as the text dump a naive scraper would save.

The text-dump benchmark needs realistic noisy input: every visible block of the
page (navigation, captions, footers, article paragraphs alike) on its own line,
as "select all, copy" in a browser or ``element.text_content()`` per block
gives. Gold labels are then projected onto these lines.
"""

from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

# Elements that start a new line in a browser rendering.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    }
)
# Elements whose content is never visible text on the page. <noscript> stays: a
# scraper runs no JavaScript, and some pages wrap their whole content in it.
SKIP_TAGS = frozenset(
    {
        "head", "script", "style", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "datalist", "textarea", "input", "button",
        "audio", "video", "map", "meta", "link",
    }
)
_WS = re.compile(r"\s+")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def decode_html(raw: bytes) -> str:
    """Decode page bytes: BOM, strict UTF-8, the declared charset, then cp1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Strict UTF-8 failed, so a declared legacy charset is now the best evidence.
    declared = _CHARSET.search(raw[:8192])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


class _LineSink:
    """Accumulates inline text and cuts it into lines at block boundaries."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._parts: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._parts.append(text)

    def flush(self) -> None:
        line = _WS.sub(" ", "".join(self._parts)).strip()
        self._parts = []
        if line:
            self.lines.append(line)


def _is_hidden(element: lxml.html.HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style", "")))


def _walk(element: lxml.html.HtmlElement, sink: _LineSink) -> None:
    tag = element.tag
    # Comments and processing instructions have a non-string tag; only their tail shows.
    if not isinstance(tag, str) or tag.lower() in SKIP_TAGS or _is_hidden(element):
        sink.add(element.tail)
        return
    tag = tag.lower()
    block = tag in BLOCK_TAGS
    if block or tag == "br":
        sink.flush()
    sink.add(element.text)
    for child in element:
        _walk(child, sink)
    if block:
        sink.flush()
    sink.add(element.tail)


def html_to_lines(html: bytes | str) -> list[str]:
    """One line per visible block of ``html``, whitespace collapsed, empty lines skipped."""
    text = decode_html(html) if isinstance(html, bytes) else html
    # lxml refuses str input that carries an XML encoding declaration.
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return []
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    sink = _LineSink()
    _walk(root, sink)
    sink.flush()
    return sink.lines
