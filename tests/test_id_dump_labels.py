"""Gold labels of the id-dumps generator: the source article's own related-link lines are noise."""

from __future__ import annotations

from typing import Any

from warta.bench.id_dump_gen import make_dump, source_label

# An invented story in IndoSum's shape (space-separated tokens); its third paragraph is a related
# link the site printed in brackets, which IndoSum kept as a paragraph.
RECORD: dict[str, Any] = {
    "id": "1500000100-pasar-ikan-baru",
    "source": "kumparan",
    "source_url": "https://kumparan.com/redaksi/pasar-ikan-baru-dibuka-di-pesisir-utara",
    "paragraphs": [
        [["Pemerintah", "kota", "membuka", "pasar", "ikan", "baru", "di", "pesisir", "utara", "."]],
        [["Para", "nelayan", "menyambut", "pasar", "itu", "dengan", "gembira", "."]],
        [["[", "Baca", "Juga", ":", "Harga", "Ikan", "Tongkol", "Turun", "Menjelang", "Musim", "Hujan", "]"]],
        [["Pasar", "itu", "buka", "setiap", "hari", "sejak", "pukul", "04.00", "."]],
    ],
}


def test_bracketed_related_link_of_the_source_is_labelled_noise() -> None:
    for n in range(20):
        dump = make_dump({**RECORD, "id": f"{1500000100 + n}-pasar-ikan"}, "dev")
        labels = {line.text: line.label for _, line in dump.numbered()}
        assert labels["[Baca Juga: Harga Ikan Tongkol Turun Menjelang Musim Hujan]"] == "noise:related-link"
        assert labels["Para nelayan menyambut pasar itu dengan gembira."] == "body"
        assert labels["Pasar itu buka setiap hari sejak pukul 04.00."] == "body"


def test_only_lines_the_markers_read_as_related_links_change() -> None:
    assert source_label("( Baca juga : Jembatan Desa Rampung Dibangun )") == "noise:related-link"
    # a sentence that mentions reading is article text, and other markers' lines are not relabelled
    assert source_label("Warga diminta membaca juga pengumuman di balai desa.") == "body"
    assert source_label("Editor: Rina") == "body"
