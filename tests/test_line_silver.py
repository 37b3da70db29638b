"""Silver line labels from an extractor's text: body inside, noise far outside, unsure unlabelled."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.train.line_silver import SILVER_PREFIX, gold_identities, load_silver, silver_labels

ARTICLE = [
    "Hujan deras sejak sore membuat sungai di pinggir kota meluap ke permukiman warga.",
    "Petugas mengevakuasi puluhan keluarga ke balai desa menggunakan perahu karet.",
    "Kepala desa meminta warga tetap waspada karena hujan diperkirakan berlanjut malam ini.",
]
MENU = ["Beranda", "Nasional", "Olahraga", "Masuk"]


def page(middle: str) -> list[str]:
    return [*MENU, ARTICLE[0], middle, ARTICLE[1], ARTICLE[2], "Baca juga", "Kebijakan privasi", *MENU]


def test_lines_inside_the_extraction_are_body_and_far_lines_noise() -> None:
    lines = page("Iklan")
    labels = silver_labels(lines, "\n".join(ARTICLE), [True] * len(lines))
    assert labels[4] is True and labels[6] is True and labels[7] is True
    assert labels[0] is False and labels[-1] is False
    # Just outside the extracted region: a precision-favouring extractor may have cut it.
    assert labels[3] is None and labels[8] is None


def test_a_line_left_out_inside_the_article_is_noise_only_when_jusText_agrees() -> None:
    lines = page("Iklan")
    agree = silver_labels(lines, "\n".join(ARTICLE), [i != 5 for i in range(len(lines))])
    disagree = silver_labels(lines, "\n".join(ARTICLE), [True] * len(lines))
    assert agree[5] is False and disagree[5] is None


def test_an_extraction_without_enough_sentences_labels_nothing() -> None:
    lines = page("Iklan")
    assert silver_labels(lines, ARTICLE[0], [True] * len(lines)) == [None] * len(lines)


def test_extracted_lines_far_from_the_article_are_unsure() -> None:
    footer = "Hak cipta seluruh isi situs ini dilindungi undang-undang dan tidak boleh disalin."
    lines = [*page("Iklan"), *["Tautan"] * 12, footer]
    labels = silver_labels(lines, "\n".join([*ARTICLE, footer]), [True] * len(lines))
    assert labels[-1] is None and labels[4] is True


@needs_shared_data
def test_no_silver_page_is_a_gold_page() -> None:
    data = Path(SHARED_DATA)
    pages = load_silver(data)
    digests, urls = gold_identities(data)
    assert len(pages) > 300
    for page in pages:
        assert page.key.startswith(SILVER_PREFIX) and page.path.parent == (data / "htmldate-eval" / "html").resolve()
        assert (page.url or "").rstrip("/") not in urls
        assert hashlib.sha1(gzip.decompress(page.path.read_bytes())).hexdigest() not in digests
