"""The line model's decision around in-article widgets and lists (after the scores)."""

from __future__ import annotations

from warta.api import analyze_text
from warta.article.clean import _dateline_lead
from warta.article.linefeatures import LineFeatures, features
from warta.article.linemodel import PRIOR_OPEN, PRIOR_REMOVED, LineInput, decide
from warta.document import Line

PRIORS = {"o": PRIOR_OPEN, "r": PRIOR_REMOVED}
SHAPES = {"g": "good", "s": "short", "b": "bad"}


def inputs(shapes: str, priors: str, texts: list[str] | None = None) -> list[LineInput]:
    texts = texts or ["x"] * len(shapes)
    return [LineInput(text, features(text, None), SHAPES[s], False, PRIORS[p])
            for text, s, p in zip(texts, shapes, priors, strict=True)]


def test_paragraph_between_widgets_inside_the_article_stays() -> None:
    # body, "Baca juga" (removed), a paragraph the model doubts, an ad (removed), body
    scores = [0.9, 0.2, 0.5, 0.1, 0.9]
    assert decide(scores, inputs("gsgsg", "ororo"), 0.62, 0.05) == [True, False, True, False, True]


def test_doubtful_line_between_widgets_is_not_kept_when_the_article_ends_there() -> None:
    scores = [0.9, 0.2, 0.5, 0.1, 0.1]
    assert decide(scores, inputs("gsgsg", "ororo"), 0.62, 0.05)[2] is False


def test_short_line_between_widgets_is_not_bridged() -> None:
    # A teaser headline between two removed widgets is no paragraph of the article.
    scores = [0.9, 0.2, 0.3, 0.1, 0.9]
    assert decide(scores, inputs("gssbg", "orooo"), 0.62, 0.05)[2] is False


ITEMS = [
    "Paolo Maldini: AC Milan 2-1 Liverpool, 23/05/2007 – 38 tahun",
    "Pietro Vierchowod: Juventus 1-1 Ajax, 22/05/1996 – 37 tahun",
    "Javier Zanetti: Internazionale 2-0 Bayern, 22/05/2010 – 36 tahun",
    "Ryan Giggs: Barcelona 3-1 Manchester United, 28/05/2011 – 37 tahun",
]


def test_items_of_one_list_share_the_verdict_of_any_item() -> None:
    texts = ["Berikut daftar pemain tertua yang menjuarai turnamen itu.", *ITEMS]
    scores = [0.9, 0.3, 0.7, 0.2, 0.1]
    assert decide(scores, inputs("gssss", "ooooo", texts), 0.62, 0.05) == [True] * 5


def test_list_that_does_not_continue_the_article_keeps_its_verdicts() -> None:
    texts = ["Terpopuler", *ITEMS]
    scores = [0.1, 0.3, 0.7, 0.2, 0.1]
    assert decide(scores, inputs("sssss", "ooooo", texts), 0.62, 0.05) == [False, False, True, False, False]


def test_a_row_of_share_buttons_is_no_list_of_the_article() -> None:
    texts = ["Bagikan artikel ini kepada teman dan keluarga Anda sekarang juga.",
             *(f"Klik, untuk bagikan ke {name} (jendela baru)" for name in ("Facebook", "WhatsApp", "Telegram"))]
    scores = [0.9, 0.7, 0.2, 0.2]
    assert decide(scores, inputs("gsss", "oooo", texts), 0.62, 0.05) == [True, True, False, False]


def test_dump_keeps_a_paragraph_its_scraper_framed_with_widgets() -> None:
    paragraphs = [
        "JAKARTA, Kabar Kota - Pebalap tuan rumah tampil cemerlang dengan menjadi yang tercepat pada "
        "sesi latihan bebas pertama di sirkuit kota, Jumat (19/5), setelah cuaca cerah sepanjang hari.",
        "Dia mencatat putaran terbaik satu menit 37,467 detik memasuki detik-detik terakhir sesi.",
        "Udin Saputra (Tim Merah) dan Joko Santoso (Tim Biru Satelit) menyelesaikan sesi dengan berada "
        "di urutan kedua dan ketiga tercepat.",
        "Sesi kali ini berlangsung sangat kompetitif. Beberapa pebalap saling bergantian mencatat "
        "putaran terbaik sejak awal sesi dan selisih waktu mereka sangat tipis.",
        "Tak berselang lama, pebalap tuan rumah kembali menggeser rivalnya dengan menyelesaikan satu "
        "putaran dalam waktu yang lebih cepat dari catatan sebelumnya.",
        "Memasuki tujuh menit sesi berjalan, pebalap tim biru kembali menjadi yang tercepat, namun "
        "catatan itu tidak bertahan lama setelah dia tergeser lagi oleh pebalap tuan rumah.",
        "Para pebalap akan kembali ke lintasan untuk menjalani sesi latihan bebas kedua pada sore hari "
        "sebelum babak kualifikasi digelar keesokan harinya.",
    ]
    lines = ["Pebalap Tuan Rumah Kuasai Latihan Pertama", "", paragraphs[0], "", paragraphs[1], "",
             "Baca juga: Lima Hal yang Perlu Diketahui Sebelum Akhir Pekan", "", paragraphs[2], "",
             "Advertisement", "Scroll untuk melanjutkan", "", *"\n\n".join(paragraphs[3:]).split("\n"),
             "", "(ant/rdn)", "", "Terpopuler", "1. Harga Emas Hari Ini Turun Tipis"]
    article = analyze_text("\n".join(lines))
    for text in paragraphs:
        assert text in article.body, text


LEAD_UNDER_PHOTO = """Warta Kali
Beranda | Nasional | Daerah | Olahraga | Indeks
A A A
Banjir Rendam Tiga Kecamatan, Pemkot Bekasi Buka Posko Pengungsian
Senin (6/3/2023)
Laporan: Rina Lestari
Warga mengungsi dengan perahu karet di Kecamatan Rawalumbu, Bekasi. (Warta Kali/Rina Lestari)
Foto: Dok. Istimewa
Share: Facebook Twitter WhatsApp

BEKASI - Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi membantah tudingan lambat mengevakuasi warga dalam banjir yang dilaporkan ke Dewan Perwakilan Rakyat Daerah (DPRD). Bantahan itu disampaikan dalam rapat dengar pendapat di Gedung DPRD, Bekasi, kemarin.

Baca juga: Jadwal Pemadaman Listrik di Bekasi Pekan Ini

Kepala Badan Penanggulangan Bencana Daerah Kota Bekasi, Hendra Wijaya, mengatakan sebanyak 1.200 warga sudah dievakuasi.

ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT

Banjir Rendam Tiga Kecamatan, Pemkot Bek...

"Kami menyiapkan dapur umum dan layanan kesehatan di setiap posko," kata Hendra kepada wartawan.
"""


def test_dateline_lead_under_a_photo_credit_and_share_bar_stays() -> None:
    article = analyze_text(LEAD_UNDER_PHOTO)
    removed = {line.text for line in article.removed}
    assert not any(text.startswith("BEKASI - Pemerintah") for text in removed)
    assert any(text.startswith("Share:") for text in removed)


def _lines(texts: list[str]) -> tuple[list[Line], list[LineFeatures]]:
    lines = [Line(number=i + 1, text=text) for i, text in enumerate(texts)]
    return lines, [features(text, None) for text in texts]


def test_dateline_lead_is_the_first_full_sentence_opening_with_a_dateline() -> None:
    lead = LEAD_UNDER_PHOTO.splitlines()[10]
    lines, feats = _lines(["Foto: Dok. Istimewa", lead, "SURABAYA - Warga kota ini juga bersiap menghadapi banjir."])
    assert _dateline_lead(lines, feats) == 1


def test_a_teaser_cut_short_is_no_dateline_lead() -> None:
    teaser = "BEKASI - Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi membantah tudingan lambat dalam..."
    lines, feats = _lines([teaser, LEAD_UNDER_PHOTO.splitlines()[10]])
    assert _dateline_lead(lines, feats) is None


def test_a_photo_credit_between_paragraphs_is_not_carried_by_the_article() -> None:
    texts = ["Warga memadati alun-alun kota sejak pagi untuk menyaksikan pawai budaya tahunan itu.",
             "Rina Lestari/Warta Kali/Getty Images",
             "Pawai tahun ini diikuti lebih dari tiga puluh kelompok seni dari seluruh kabupaten."]
    scores = [0.9, 0.3, 0.9]
    assert decide(scores, inputs("gsg", "ooo", texts), 0.62, 0.05) == [True, False, True]
    # on its own score it stays
    assert decide([0.9, 0.7, 0.9], inputs("gsg", "ooo", texts), 0.62, 0.05) == [True, True, True]


def test_a_short_subhead_between_paragraphs_is_still_filled_in() -> None:
    texts = ["Warga memadati alun-alun kota sejak pagi untuk menyaksikan pawai budaya tahunan itu.",
             "Persiapan sejak bulan lalu",
             "Pawai tahun ini diikuti lebih dari tiga puluh kelompok seni dari seluruh kabupaten."]
    assert decide([0.9, 0.3, 0.9], inputs("gsg", "ooo", texts), 0.62, 0.05) == [True, True, True]
