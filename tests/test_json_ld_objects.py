"""One reader of JSON-LD for the article text (json_ld) and the publication time (html_dates)."""

from __future__ import annotations

from lxml import html as lxml_html

from warta.article.html_dates import _json_ld_stamps
from warta.article.json_ld import article_bodies, with_json_ld_paragraphs
from warta.article.json_ld_objects import json_ld_objects, json_ld_pairs, script_texts


def _page(*scripts: str) -> str:
    blocks = "".join(f'<script type="application/ld+json">{script}</script>' for script in scripts)
    return f"<html><head>{blocks}</head><body><p>Isi halaman.</p></body></html>"


def test_a_graph_a_list_and_nested_objects_are_all_read() -> None:
    script = ('{"@graph": [{"@type": "WebSite", "name": "Kabar Kita"},'
              ' {"@type": "NewsArticle", "mainEntity": {"@type": "Thing", "name": "Pasar"}}]}')
    types = [obj.get("@type") for obj in json_ld_objects(script)]
    assert types == [None, "WebSite", "NewsArticle", "Thing"]
    assert [obj["name"] for obj in json_ld_objects('[{"name": "Satu"}, {"name": "Dua"}]')] == ["Satu", "Dua"]


def test_two_objects_and_a_trailing_comma_in_one_script_are_read() -> None:
    script = '{"headline": "Banjir surut",} {"headline": "Harga beras naik"}'
    assert [obj["headline"] for obj in json_ld_objects(script)] == ["Banjir surut", "Harga beras naik"]


def test_a_raw_line_break_inside_a_string_is_read() -> None:
    script = '{"articleBody": "Paragraf satu.\nParagraf dua."}'
    assert json_ld_objects(script) == [{"articleBody": "Paragraf satu.\nParagraf dua."}]


def test_a_script_past_repair_keeps_its_string_pairs() -> None:
    script = '{"@type": "NewsArticle", "author": Budi Santoso, "datePublished": "2026-03-02T08:15:00+07:00"}'
    assert ("datePublished", "2026-03-02T08:15:00+07:00") in json_ld_pairs(script)
    assert json_ld_objects("not json at all") == []


def test_pairs_come_in_the_order_written() -> None:
    script = ('{"datePublished": "2026-01-05", "author": {"dateCreated": "2026-01-04"},'
              ' "dateModified": "2026-01-06"}')
    dates = [value for key, value in json_ld_pairs(script) if key.startswith("date")]
    assert dates == ["2026-01-05", "2026-01-04", "2026-01-06"]


def test_script_texts_finds_each_json_ld_script() -> None:
    html = _page('{"name": "A"}', '{"name": "B"}') + '<script type="text/javascript">var x = 1;</script>'
    assert script_texts(html) == ['{"name": "A"}', '{"name": "B"}']


def test_article_bodies_read_a_nested_body_and_skip_a_broken_script() -> None:
    html = _page('{"mainEntity": {"articleBody": "Teks berita."}}', "{broken")
    assert article_bodies(html) == ["Teks berita."]


def test_json_ld_paragraphs_restore_lost_line_breaks() -> None:
    html = _page('{"@type": "NewsArticle", "articleBody": "Hujan turun sejak pagi.\\nJalan utama tergenang."}')
    assert with_json_ld_paragraphs(html, "Hujan turun sejak pagi. Jalan utama tergenang.") == (
        "Hujan turun sejak pagi.\nJalan utama tergenang.")


def test_dates_of_broken_json_ld_are_still_read_with_their_rank() -> None:
    html = _page('{"@type": "NewsArticle", "headline": "Kata "resmi" dipakai", '
                 '"datePublished": "2026-02-01T09:00:00+07:00", "dateModified": "2026-02-01T11:30:00+07:00"}')
    root = lxml_html.fromstring(html)
    assert _json_ld_stamps(root) == [(False, "2026-02-01T09:00:00+07:00"), (True, "2026-02-01T11:30:00+07:00")]
