"""Marked-up article text: paragraphs, sentences, quotes, time expressions and entities as HTML.

Spans come from character offsets and may overlap in any way (a quote that starts inside one
sentence and ends in the next, an entity that crosses a quote mark). The text is cut at every
span boundary; each piece is wrapped in the spans that cover it, outermost layer first, and tags
that the next piece shares stay open. A span cut in two is reopened without its ``id`` so anchors
stay unique and the HTML stays well nested.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

# Outer layers first: a paragraph holds sentences, a sentence holds quotes, and so on.
LAYERS = ("paragraph", "sentence", "quote", "timex", "entity")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    layer: str
    tag: str = "span"
    attrs: tuple[tuple[str, str], ...] = field(default=())  # escaped on output; "id" only on the first piece

    def rank(self) -> tuple[int, int, int]:
        return (LAYERS.index(self.layer), self.start, -self.end)


def highlight(text: str, spans: list[Span]) -> Markup:
    """The text as HTML with every span wrapped around its characters; text is always escaped."""
    usable = sorted((s for s in _clipped(spans, len(text)) if s.end > s.start), key=Span.rank)
    cuts = sorted({0, len(text)} | {s.start for s in usable} | {s.end for s in usable})
    out: list[str] = []
    stack: list[Span] = []
    opened: set[Span] = set()
    for start, end in pairwise(cuts):
        wanted = [s for s in usable if s.start <= start and end <= s.end]
        keep = _common_prefix(stack, wanted)
        out.extend(_close(stack[keep:]))
        del stack[keep:]
        for span in wanted[keep:]:
            out.append(_open(span, first=span not in opened))
            opened.add(span)
            stack.append(span)
        out.append(str(escape(text[start:end])))
    out.extend(_close(stack))
    return Markup("".join(out))


def _clipped(spans: list[Span], length: int) -> list[Span]:
    """Spans limited to the text (a producer's off-by-one must not break the page)."""
    return [Span(max(0, s.start), min(length, s.end), s.layer, s.tag, s.attrs) for s in spans]


def _common_prefix(stack: list[Span], wanted: list[Span]) -> int:
    count = 0
    for have, want in zip(stack, wanted, strict=False):
        if have != want:
            break
        count += 1
    return count


def _open(span: Span, first: bool) -> str:
    attrs = [(k, v) for k, v in span.attrs if first or k != "id"]
    if not first:
        attrs = _with_class(attrs, "cont")
    rendered = "".join(f' {k}="{escape(v)}"' for k, v in attrs)
    return f"<{span.tag}{rendered}>"


def _with_class(attrs: list[tuple[str, str]], extra: str) -> list[tuple[str, str]]:
    if any(k == "class" for k, _ in attrs):
        return [(k, f"{v} {extra}" if k == "class" else v) for k, v in attrs]
    return [*attrs, ("class", extra)]


def _close(spans: list[Span]) -> list[str]:
    return [f"</{span.tag}>" for span in reversed(spans)]
