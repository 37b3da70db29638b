"""The text dumps of the text-dump benchmark: each HTML gold page rendered one visible
block a line by :func:`warta.article.render.html_to_lines` (the renderer the HTML
extractor uses to list the blocks it left out)."""

from __future__ import annotations

from warta.article.render import decode_html, html_to_lines

__all__ = ["decode_html", "html_to_lines"]
