"""A "Baca juga:" label standing alone heads a list of related headlines.

The event coder used to skip such lists with its own pattern; the cleaner now
removes the headlines under the label as related links, so no later stage sees them.
"""

from warta.api import analyze_text

DUMP = [
    "Gubernur Resmikan Jembatan Baru di Kota Tepian",
    "",
    "SAMARINDA, Warta Borneo - Gubernur meresmikan jembatan yang menghubungkan dua kecamatan pada Kamis (6/7/2023).",
    "",
    "Baca juga:",
    "",
    "Harga Beras di Pasar Segiri Turun Pekan Ini",
    "",
    "Dua Pemuda Hanyut Saat Berenang di Sungai Mahakam",
    "",
    "Menurut gubernur, jembatan itu dibangun selama dua tahun dengan dana daerah dan pusat.",
]


def _removed_reasons() -> dict[str, str]:
    article = analyze_text("\n".join(DUMP))
    return {item.text: item.reason for item in article.removed}


def test_headlines_under_a_lone_read_also_label_are_related_links() -> None:
    reasons = _removed_reasons()
    assert reasons["Baca juga:"] == "related-link"
    assert reasons["Harga Beras di Pasar Segiri Turun Pekan Ini"] == "related-link"
    assert reasons["Dua Pemuda Hanyut Saat Berenang di Sungai Mahakam"] == "related-link"


def test_body_after_the_list_stays() -> None:
    reasons = _removed_reasons()
    assert not any(text.startswith("Menurut gubernur") for text in reasons)


BRACKETED = [
    "Warga Keluhkan Jalan Rusak di Kecamatan Sukamaju",
    "",
    "BANDUNG, Kabar Priangan - Warga Kecamatan Sukamaju mengeluhkan jalan rusak sejak awal tahun.",
    "",
    "[ Baca Juga : Pemkab Janjikan Perbaikan Jalan Tahun Depan ]",
    "",
    "» Baca juga: Dua Pengendara Motor Terjatuh di Jalan Berlubang",
    "",
    "Kepala Desa Sukamaju Ahmad Fauzi mengatakan pihaknya sudah mengirim surat tiga kali.",
]


def test_a_read_also_link_in_brackets_or_after_a_bullet_is_a_related_link() -> None:
    article = analyze_text("\n".join(BRACKETED))
    reasons = {item.text: item.reason for item in article.removed}
    assert reasons["[ Baca Juga : Pemkab Janjikan Perbaikan Jalan Tahun Depan ]"] == "related-link"
    assert reasons["» Baca juga: Dua Pengendara Motor Terjatuh di Jalan Berlubang"] == "related-link"
    assert "Kepala Desa Sukamaju" in article.body
