"""Stage ``extract``: decoded text to numbered lines (text dumps) or blocks (HTML).

For HTML, trafilatura finds the main text and the page metadata; every other
visible block of the page is kept as a removed line, so the output still
accounts for what the page showed. The blocks of a reader-comment section (an element whose
id or class names comments: "comments", "komentar-list", "disqus_thread") are removed as
``comment`` all alike (header, names, comments, the send button), except a comment a spam
marker hits, which stays ``spam``.
"""

from __future__ import annotations

import re
from typing import Any

from warta.article.json_ld import with_json_ld_paragraphs
from warta.article.markers import match_marker
from warta.document import Doc, Line
from warta.errors import Code
from warta.options import Options
from warta.pipeline import StageFailure, article_stage

SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Characters that take no room: a soft hyphen, zero-width space/non-joiner/joiner, word joiner.
# Editors' tools leave them inside words ("Ste\u200bfanus"); read as a space they would cut the
# word in two, so they are dropped.
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060]")
# Elements that flow inside a line of text; every other element starts a new line, as in a browser.
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var", "wbr",
})  # fmt: skip
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head", "select", "textarea")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Decoration trafilatura puts around list items and table cells in its text.
CELL_SEPARATOR = re.compile(r"\s*\|\s*|^\s*[-*]\s+")
# A block this short found inside the article text may be there by chance ("Olahraga").
MIN_CONTAINED_WORDS = 3
# An id or class token naming a reader-comment section; "commentary" (an opinion column) does not.
COMMENT_SECTION = re.compile(r"^(?:comments?|komentar|tanggapan)(?:[-_].*)?$|^(?:disqus_thread|fb-comments)$",
                             re.IGNORECASE)


def normalise_space(text: str) -> str:
    return SPACES.sub(" ", INVISIBLE.sub("", text)).strip()


# Markdown a converter leaves in a dump: a heading's hashes ("### Judul") and strong emphasis
# ("**tebal**"). Neither is ever the text itself; a hashtag ("#TiLV") has no space after its hash.
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
MARKDOWN_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def without_markdown(line: str) -> str:
    return MARKDOWN_STRONG.sub(r"\1", MARKDOWN_HEADING.sub("", line))


def text_lines(text: str) -> list[Line]:
    """Non-blank lines of a text dump, numbered from 1 as in the input."""
    return [
        Line(number, line)
        for number, raw in enumerate(text.split("\n"), start=1)
        if (line := without_markdown(normalise_space(raw)))
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
    body = with_json_ld_paragraphs(doc.text, body)
    if not body.strip():
        raise StageFailure(Code.NO_ARTICLE_IN_HTML.error())
    doc.html_meta = {
        key: str(value)
        for key in ("title", "author", "date", "sitename", "hostname", "url", "description")
        if (value := getattr(result, key, None))
    }
    if "sitename" in doc.html_meta:
        doc.html_meta["sitename"] = _as_written(doc.html_meta["sitename"], doc.text)
    kept = [Line(None, normalise_space(line)) for line in body.split("\n") if line.strip()]
    doc.lines = with_dropped_blocks(doc.text, kept)


META_CONTENT = re.compile(r"""content\s*=\s*["']([^"'<>]{2,80})["']""", re.IGNORECASE)


def _as_written(name: str, html: str) -> str:
    """``name`` as the page's markup spells it: trafilatura capitalises a site name written in
    lower case ("kumparanTECH" comes back "Kumparantech"), and the outlet name is the one seen."""
    for match in META_CONTENT.finditer(html):
        if match[1].strip().lower() == name.lower():
            return match[1].strip()
    return name


def with_dropped_blocks(html: str, kept: list[Line]) -> list[Line]:
    """The kept lines with every visible line of the page the extractor left out, as removed
    lines, each placed after the kept line it follows on the page (so a date line stays under
    its headline)."""
    after: dict[int, list[Line]] = {}  # kept line index (-1: before the first) -> dropped lines
    pieces = [_pieces(line.text) for line in kept]
    comments = comment_blocks(html)
    seen: set[str] = set()
    anchor = -1
    for block in visible_blocks(html):
        found = _kept_line_of(block, kept, pieces, anchor)
        if found is not None:
            anchor = found
        elif block not in seen:
            seen.add(block)
            reason = _comment_reason(block) if block in comments else "boilerplate"
            after.setdefault(anchor, []).append(Line(None, block, label="removed", reason=reason))
    lines = after.get(-1, [])
    for index, line in enumerate(kept):
        lines += [line, *after.get(index, [])]
    return lines


def _comment_reason(block: str) -> str:
    """A comment section's line is a comment, unless it is spam posted as one."""
    hit = match_marker(block, len(block.split()))
    return "spam" if hit is not None and hit.reason == "spam" else "comment"


def comment_blocks(html: str) -> frozenset[str]:
    """The visible lines of the page's reader-comment sections."""
    tree = _page_tree(html)
    if tree is None:
        return frozenset()
    blocks: set[str] = set()
    for element in tree.iter():
        if isinstance(element.tag, str) and _names_comments(element):
            parts = _laid_out(element)[:-1]  # the last part is the text after the section (its tail)
            text = "".join(parts).split("\n")
            blocks.update(line for raw in text if (line := normalise_space(raw)))
    return frozenset(blocks)


def _names_comments(element: Any) -> bool:
    tokens = [element.get("id", ""), *element.get("class", "").split()]
    return any(COMMENT_SECTION.match(token) for token in tokens if token)


def _pieces(line: str) -> frozenset[str]:
    """A kept line, and its list items and table cells without trafilatura's decoration."""
    return frozenset({line, *(piece.strip() for piece in CELL_SEPARATOR.split(line))})


def _kept_line_of(block: str, kept: list[Line], pieces: list[frozenset[str]], anchor: int) -> int | None:
    """The kept line that holds this block, searched from the last one found on: as a whole
    line, item or cell, or inside a line when the block is long enough not to be there by
    chance ("Olahraga"). None when the extractor left the block out."""
    start = max(anchor, 0)
    order = [*range(start, len(kept)), *range(0, start)]
    long_enough = len(block.split()) >= MIN_CONTAINED_WORDS
    return next((index for index in order
                 if block in pieces[index] or (long_enough and block in kept[index].text)), None)


def visible_blocks(html: str) -> list[str]:
    """The page's visible text as a browser lays it out: one entry per line, in page order."""
    tree = _page_tree(html)
    if tree is None:
        return []
    lines = (normalise_space(line) for line in "".join(_laid_out(tree)).split("\n"))
    return [line for line in lines if line]


def _page_tree(html: str) -> Any:
    from lxml import html as lxml_html  # lazy, as above

    # A str with an XML encoding declaration is refused as str: retry as bytes.
    for source in (html, html.encode("utf-8", "replace")):
        try:
            return lxml_html.document_fromstring(source)
        except ValueError:
            continue
        except Exception:  # lxml raises assorted errors on what is not markup at all
            return None
    return None


def _laid_out(tree: Any) -> list[str]:
    """The tree's text with a line break around every element that starts a line; invisible
    and hidden elements left out. The tree is only read: lxml refuses to write back some
    characters its parser accepted."""
    from lxml import etree  # lazy, as above

    parts: list[str] = []
    walker = etree.iterwalk(tree, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):  # not shown, but the text after it is
            parts.append(element.tail or "")
            continue
        invisible = _invisible(element)
        block = "\n" if _starts_a_line(element) and not invisible else ""
        if event == "start" and invisible:
            walker.skip_subtree()  # its "end" still comes, with the tail that stays visible
        elif event == "start":
            parts += [block, element.text or ""]
        else:
            parts += [block, element.tail or ""]
    return parts


def _invisible(element: Any) -> bool:
    return element.tag in INVISIBLE_TAGS or bool(HIDDEN_STYLE.search(element.get("style", "")))


def _starts_a_line(element: Any) -> bool:
    """Block elements do; so does a link in a menu (a parent holding links and nothing else)."""
    if element.tag not in INLINE_TAGS:
        return True
    if element.tag != "a":
        return False
    parent = element.getparent()
    if parent is None:
        return False
    loose_text = (parent.text or "") + "".join(child.tail or "" for child in parent)
    return not loose_text.strip() and all(child.tag == "a" for child in parent)
