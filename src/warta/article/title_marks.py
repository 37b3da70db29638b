"""Pictographs a site or a social-media repost puts around a headline ("🔴 Harga Cabai Naik 🙏").

They decorate the headline without saying anything, and a story's label is made from the title:
they are cut from a title's ends. Characters cut from a dump's title line are kept as removed
text of that line (reason ``decoration``), so every character of the input stays accounted for.
"""

from __future__ import annotations

import unicodedata

from warta.document import Doc, Line

# Below the arrows block, "other symbols" are signs a headline may mean: ©, ®, °, №, ™.
FIRST_PICTOGRAPH = 0x2190
# The Specials block: U+FFFD stands for a character the decoder could not read (a quote mark
# in "Harga Minyak dan �Jokowinomics�"), not for a pictograph.
SPECIALS = range(0xFFF0, 0x10000)
# What joins or shapes a pictograph: zero-width joiner, variation selectors, the keycap mark,
# skin-tone modifiers.
PICTOGRAPH_PARTS = frozenset({0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400)})


def is_pictograph(char: str) -> bool:
    code = ord(char)
    if code in PICTOGRAPH_PARTS:
        return True
    return code >= FIRST_PICTOGRAPH and code not in SPECIALS and unicodedata.category(char) == "So"


def _decoration_end(text: str, chars: range) -> int:
    """Index just past the pictographs and spaces at one end of ``text`` (walking ``chars``);
    the end itself when none is there."""
    last = chars.start
    for index in chars:
        if is_pictograph(text[index]):
            last = index + chars.step
        elif not text[index].isspace():
            break
    return last


def split_decorations(title: str) -> tuple[str, str, str]:
    """(pictographs before, the headline, pictographs after); a title of nothing but pictographs
    is left whole (it is all the headline there is)."""
    start = _decoration_end(title, range(0, len(title)))
    end = _decoration_end(title, range(len(title) - 1, -1, -1)) + 1
    if start >= end or not any(c.isalnum() for c in title[start:end]):
        return "", title, ""
    return title[:start], title[start:end], title[end:]


def trim_decorations(title: str | None) -> str | None:
    """A title without the pictographs at its ends (a container's or a page's stated title)."""
    return split_decorations(title)[1].strip() or None if title else title


def split_title_decorations(doc: Doc) -> None:
    """Cut the pictographs from the ends of a dump's title line into removed lines of their own
    (same line number, before and after the title), and the article's title with them."""
    for position, line in enumerate(doc.lines):
        if line.label != "title":
            continue
        before, headline, after = split_decorations(line.text)
        if not before.strip() and not after.strip():
            return
        line.text = headline.strip()
        if doc.article.title is not None:
            doc.article.title = trim_decorations(doc.article.title)
        if after.strip():
            doc.lines.insert(position + 1, Line(line.number, after.strip(), "removed", "decoration"))
        if before.strip():
            doc.lines.insert(position, Line(line.number, before.strip(), "removed", "decoration"))
        return
