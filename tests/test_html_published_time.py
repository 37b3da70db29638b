"""An HTML page's publication time of day, from the markup that carries it."""

from __future__ import annotations

import datetime as dt

from warta.api import analyze_bytes, foundation_pipeline
from warta.article.dates import html_published

WIB = dt.timezone(dt.timedelta(hours=7))
PARAGRAPHS = [
    "Petugas pemadam kebakaran memadamkan api yang melalap sebuah gudang kayu di pinggir kota "
    "pada Senin pagi, kata kepala dinas pemadam kebakaran setempat kepada wartawan.",
    "Menurut dia, api diduga berasal dari korsleting listrik di bagian belakang gudang dan cepat "
    "membesar karena tumpukan kayu kering yang disimpan di sana sejak bulan lalu.",
    "Tidak ada korban jiwa dalam kejadian itu, tetapi kerugian pemilik gudang ditaksir mencapai "
    "ratusan juta rupiah, sementara polisi masih memeriksa sejumlah saksi di lokasi.",
]


def page(*meta: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (f"<html><head><title>Gudang Kayu Terbakar</title>{''.join(meta)}</head><body><article>"
            f"<h1>Gudang Kayu Terbakar di Pinggir Kota</h1>{paragraphs}</article></body></html>")


def test_published_time_meta_keeps_its_time_of_day() -> None:
    html = page('<meta property="article:published_time" content="2017-11-20T14:35:00+07:00">')
    found = html_published(html)
    assert found is not None and found.has_time
    assert found.value == dt.datetime(2017, 11, 20, 14, 35, tzinfo=WIB)


def test_publication_label_wins_over_a_later_modification_of_the_same_day() -> None:
    html = page('<meta property="article:modified_time" content="2017-11-20T18:05:00+07:00">',
                '<meta property="article:published_time" content="2017-11-20T14:35:00+07:00">')
    found = html_published(html)
    assert found is not None and found.value == dt.datetime(2017, 11, 20, 14, 35, tzinfo=WIB)


def test_time_element_gives_the_minute() -> None:
    html = page().replace("<article>", '<article><time datetime="2017-11-20T14:35:00Z">20/11</time>')
    found = html_published(html)
    assert found is not None and found.value == dt.datetime(2017, 11, 20, 14, 35, tzinfo=dt.UTC)


def test_article_published_field_carries_the_minute() -> None:
    html = page('<meta property="article:published_time" content="2017-11-20T14:35:00+07:00">')
    article = analyze_bytes(html.encode(), "html", pipeline=foundation_pipeline())
    assert article.published == "2017-11-20T14:35+07:00"
