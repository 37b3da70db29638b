"""Third acceptance run: a text dump's reader-comment section is removed as comments.

The dump is fictional, written for this test.
"""

from __future__ import annotations

from warta.api import analyze_text
from warta.article.clean import EDITOR_INITIALS

DUMP = """Warta Pesisir
Nelayan Tolak Rencana Reklamasi Teluk
Selasa, 12 Maret 2024 - 10:15 WIB

Ratusan nelayan berunjuk rasa di depan kantor bupati menolak rencana reklamasi teluk yang dinilai akan menghilangkan wilayah tangkapan ikan mereka.

Koordinator aksi, Samsul Bahri, mengatakan warga tidak pernah diajak bermusyawarah sebelum izin reklamasi diterbitkan oleh pemerintah kabupaten.

Komentar (2)
pakde_joko: setuju, laut bukan untuk dijual
Rina88: semoga didengar bupati

© 2024 Warta Pesisir
"""


def test_a_comment_section_header_and_its_items_are_comments() -> None:
    article = analyze_text(DUMP)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Komentar (2)"] == "comment"
    assert reasons["pakde_joko: setuju, laut bukan untuk dijual"] == "comment"
    assert reasons["Rina88: semoga didengar bupati"] == "comment"
    assert "Samsul Bahri" in article.body


def test_a_sentence_about_comments_stays_in_the_body() -> None:
    sentence = "Komentar warganet di media sosial pun membanjiri akun resmi pemerintah kabupaten itu."
    text = DUMP.replace("Komentar (2)\n", sentence + "\n\n")
    article = analyze_text(text)
    assert "Komentar warganet di media sosial" in article.body


def test_a_wire_desks_staff_codes_closing_the_article_are_editor_initials() -> None:
    text = DUMP.replace("Komentar (2)\n", "(Uu. TMS / B014/K022)\n\n")
    article = analyze_text(text)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["(Uu. TMS / B014/K022)"] == "editor-initials"


def test_a_law_number_or_a_date_in_brackets_is_no_staff_code() -> None:
    for closing in ("pesisir (UU 27/2007)", "pada Sabtu (22/7)", "oleh PBB (PBB/2017)", "(1/3)"):
        assert EDITOR_INITIALS.search(closing) is None, closing
