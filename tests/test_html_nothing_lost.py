"""HTML ingest accounts for every piece of visible text: body, title, metadata or a removed
block with its reason."""

from __future__ import annotations

import re

import pytest
from lxml import html as lxml_html

from warta.api import analyze_bytes, foundation_pipeline
from warta.models import Article

PARAGRAPHS = [
    "Hujan deras yang turun sejak Minggu malam membuat sungai di pinggir kota meluap dan "
    "merendam ratusan rumah warga di tiga kelurahan, kata kepala badan penanggulangan bencana.",
    "Menurut dia, petugas telah mengevakuasi warga lanjut usia dan anak-anak ke gedung sekolah "
    "yang berada di dataran lebih tinggi sejak Senin dini hari.",
    "Warga berharap pemerintah segera memperbaiki tanggul yang jebol agar banjir serupa tidak "
    "terulang ketika musim hujan mencapai puncaknya bulan depan.",
    "Hingga Senin siang, air mulai surut perlahan, tetapi sebagian warga memilih tetap tinggal "
    "di pengungsian karena rumah mereka masih dipenuhi lumpur.",
]

PAGE = f"""<!doctype html><html lang="id"><head><title>Banjir Rendam Tiga Kelurahan | Warta Pesisir</title>
<meta property="article:published_time" content="2024-03-04T16:09:00+07:00">
<style>.x {{ color: red }}</style><script>var tracking = "jangan tampil";</script></head>
<body><div class="topbar">Sabtu, 21 November 2026</div>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/olahraga">Olahraga</a></nav>
<article><h1>Banjir Rendam Tiga Kelurahan</h1>
<div class="date">Senin, 04 Maret 2024 - 16:09 WIB</div>
<div class="author">Penulis: Sari Dewi</div>
<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>
<div class="related">Baca juga: <a href="/a">Tanggul Jebol di Hulu Sungai Diperbaiki</a></div>
<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>
<div class="share"><span>Bagikan:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
</article>
<aside><h3>Terpopuler</h3><ul><li>Harga Cabai Naik Lagi di Pasar Induk</li>
<li>Jadwal Kereta Mudik Sudah Bisa Dipesan</li></ul></aside>
<footer><div>Copyright © 2024 Warta Pesisir. All rights reserved.</div>
<div>Redaksi <b>Pedoman Media Siber</b> Kontak</div></footer></body></html>"""

SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def visible_text_nodes(page: str) -> list[str]:
    """Every text node of the page's body a reader sees, independently of warta's layout."""
    root = lxml_html.document_fromstring(page)
    for element in root.iter("script", "style", "head"):
        element.drop_tree()
    return [norm(text) for text in root.body.itertext() if norm(text)]


def accounted_text(article: Article) -> str:
    pieces = [article.title or "", article.body]
    pieces += [removed.text for removed in article.removed]
    pieces += [meta.text for meta in article.metadata_lines]
    return norm(" \n ".join(pieces))


@pytest.fixture(scope="module")
def article() -> Article:
    return analyze_bytes(PAGE.encode(), "html", pipeline=foundation_pipeline())


def test_every_visible_text_of_the_page_is_accounted_for(article: Article) -> None:
    accounted = accounted_text(article)
    missing = [text for text in visible_text_nodes(PAGE) if text not in accounted]
    assert missing == []


def test_dropped_blocks_are_removed_with_their_reasons(article: Article) -> None:
    reasons = {removed.text: removed.reason for removed in article.removed}
    assert reasons["Baca juga: Tanggul Jebol di Hulu Sungai Diperbaiki"] == "related-link"
    assert reasons["Copyright © 2024 Warta Pesisir. All rights reserved."] == "footer"
    assert reasons["Harga Cabai Naik Lagi di Pasar Induk"] == "related-link"
    assert reasons["Beranda"] == "navigation"


def test_date_line_under_the_headline_is_metadata_and_the_top_bar_is_not(article: Article) -> None:
    kinds = {meta.text: meta.kind for meta in article.metadata_lines}
    assert kinds.get("Senin, 04 Maret 2024 - 16:09 WIB") == "date"
    assert "Sabtu, 21 November 2026" not in kinds
    assert article.published is not None and article.published.startswith("2024-03-04T16:09")


def test_nothing_of_the_article_is_listed_as_removed(article: Article) -> None:
    removed = " ".join(r.text for r in article.removed)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
        assert paragraph not in removed
    assert "jangan tampil" not in accounted_text(article)


def test_hidden_invisible_elements_do_not_break_extraction() -> None:
    hidden = ('<noscript style="display:none"><img src="/pixel.gif"></noscript>'
              '<div style="display: none">Teks tersembunyi untuk mesin pencari</div>')
    page_html = PAGE.replace("<body>", "<body>" + hidden)
    article = analyze_bytes(page_html.encode(), "html", pipeline=foundation_pipeline())
    assert not [e for e in article.errors if e.code.startswith("E-")]
    assert PARAGRAPHS[0] in article.body


def test_control_character_in_the_page_does_not_break_extraction() -> None:
    page_html = PAGE.replace("</aside>", "<p>Iklan\x0c di sini</p></aside>")
    article = analyze_bytes(page_html.encode(), "html", pipeline=foundation_pipeline())
    assert not [e for e in article.errors if e.code == "E-STAGE-001"]
    assert PARAGRAPHS[0] in article.body
