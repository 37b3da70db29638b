"""The headline of a text dump under a masthead, and the sign-off lines around the report."""

from __future__ import annotations

import pytest

from warta.api import analyze_text

HEADLINE = "Perbaikan Jalan Rusak di Pusat Kota Dimulai Pekan Depan"
BODY = [
    "JAKARTA, Kabar Kota - Pemerintah provinsi menyiapkan anggaran tambahan untuk memperbaiki "
    "jalan yang rusak akibat banjir, kata kepala dinas pekerjaan umum pada Senin (4/3/2024).",
    "Menurut dia, perbaikan akan dimulai dari ruas yang paling banyak dilalui kendaraan umum "
    "karena ruas itu menjadi jalur utama warga menuju pasar dan sekolah.",
    "Sejumlah warga mengaku lega mendengar rencana tersebut, meski mereka berharap pekerjaan "
    "dilakukan pada malam hari agar tidak menambah kemacetan di pusat kota.",
]


def dump(*top: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, HEADLINE, "Senin, 04 Maret 2024 - 16:09 WIB", "", *BODY, *tail])


@pytest.mark.parametrize("masthead", ["CNN Indonesia", "kumparan", "Kabar Kota", "KABARKOTA.COM"])
def test_headline_under_a_bare_outlet_name_is_the_title(masthead: str) -> None:
    article = analyze_text(dump(masthead, "Beranda | Nasional | Daerah | Olahraga | Indeks", "A A A"))
    assert article.title == HEADLINE
    assert HEADLINE not in {r.text for r in article.removed}


def test_unknown_masthead_on_the_first_line_is_the_outlet_line() -> None:
    article = analyze_text(dump("Warta Pesisir", "A A A"))
    kinds = {m.text: m.kind for m in article.metadata_lines}
    assert kinds.get("Warta Pesisir") == "outlet"
    assert article.title == HEADLINE


def test_section_label_and_a_masthead_both_stay_above_the_headline() -> None:
    article = analyze_text(dump("Warta Pesisir", "Nasional"))
    assert article.title == HEADLINE


def test_dump_opening_with_body_text_still_has_no_headline() -> None:
    article = analyze_text("\n\n".join(["Warta Pesisir", *BODY]))
    assert article.title is None
    assert BODY[0] in article.body


def test_initials_on_a_line_of_their_own_sign_the_report_off() -> None:
    tail = ("", "(ant/rdn)", "", "Ikuti berita terkini kami di kanal WhatsApp, klik di sini", "",
            "Terpopuler", "1. Harga Emas Hari Ini Turun Tipis", "2. Jadwal Kereta Mudik Sudah Dibuka")
    article = analyze_text(dump("Kabar Kota", tail=tail))
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["(ant/rdn)"] == "editor-initials"
    assert article.body.rstrip().endswith("pusat kota.")


def test_agency_credit_on_its_own_line_is_no_initials() -> None:
    article = analyze_text(dump("Kabar Kota", tail=("", "(AFP/Rtr)")))
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("(AFP/Rtr)") != "editor-initials"
