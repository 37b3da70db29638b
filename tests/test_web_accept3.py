"""Third acceptance run: an article without an outlet is shown with a dash, listed last."""

from __future__ import annotations

from warta.models import Article, Story
from warta.web.views import UNKNOWN_OUTLET, outlet_of


def _article(aid: str, outlet_name: str | None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", sha256="0" * 64, body="Harga beras turun pekan ini.",
                   outlet_name=outlet_name)


def test_an_unknown_outlet_is_a_dash_and_comes_after_the_named_ones() -> None:
    from warta.web.links import WebLinks
    from warta.web.views import _story_row

    articles = {a.id: a for a in [_article("a1", None), _article("a2", "Warta Kita"), _article("a3", "antara")]}
    row = _story_row(Story(id="s1", label="Beras", articles=list(articles)), articles, WebLinks())
    assert outlet_of(articles["a1"]) == UNKNOWN_OUTLET
    assert row.outlets == ["antara", "Warta Kita", UNKNOWN_OUTLET]
