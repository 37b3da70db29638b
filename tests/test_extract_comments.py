"""A web page's reader-comment section is removed as one kind of line, "comment" (spam posted as
a comment stays "spam"); the page is written for these tests (a fictional local news item)."""

from __future__ import annotations

from typing import Any

from warta.api import analyze

PAGE = """<html><head><title>Pasar Rakyat Cibadak Dibuka Kembali</title></head><body>
<nav><a>Beranda</a> <a>Daerah</a></nav>
<article><h1>Pasar Rakyat Cibadak Dibuka Kembali</h1>
<p>Pemerintah Kabupaten Sukabumi membuka kembali Pasar Rakyat Cibadak pada Sabtu (4/3/2023) setelah
renovasi selama delapan bulan. Sebanyak empat ratus pedagang kembali menempati kios yang kini
lebih luas dan bersih.</p>
<p>Kepala dinas perdagangan setempat mengatakan los daging dan ikan kini dilengkapi saluran air
sehingga pasar tidak lagi becek ketika hujan turun deras pada sore hari.</p>
<p>Para pedagang berharap pembeli yang selama renovasi beralih ke pasar lain segera kembali
berbelanja di Cibadak karena harga sayuran di pasar ini masih terjangkau.</p>
</article>
<section class="comments-area"><h3>Tanggapan Pembaca (3)</h3>
<div class="comment"><b>warga_cbd</b> <span>3 jam lalu</span><p>Alhamdulillah, akhirnya bisa belanja lagi.</p></div>
<div class="comment"><b>Neng Yuli</b><p>Parkirnya semoga ditata juga.</p></div>
<div class="comment"><b>jp_kilat</b><p>Daftar sekarang situs slot gacor maxwin bonus 100% klik link di bio</p></div>
<form><button>Kirim</button></form></section>
<div class="commentary"><p>Kolom Opini Minggu Ini</p></div>
<footer><p>Tentang Kami</p></footer>
</body></html>"""


def test_comment_section_lines_share_one_reason(write: Any, validate: Any) -> None:
    analysis = analyze([str(write("pasar.html", PAGE))])
    validate(analysis)
    reasons = {r.text: r.reason for r in analysis.articles[0].removed}
    for line in ("Tanggapan Pembaca (3)", "warga_cbd 3 jam lalu", "Alhamdulillah, akhirnya bisa belanja lagi.",
                 "Neng Yuli", "Parkirnya semoga ditata juga.", "jp_kilat", "Kirim"):
        assert reasons.get(line) == "comment", (line, reasons.get(line))
    assert reasons["Daftar sekarang situs slot gacor maxwin bonus 100% klik link di bio"] == "spam"
    # An opinion column's box and the page footer are not comments.
    assert reasons.get("Kolom Opini Minggu Ini") != "comment"
    assert reasons.get("Tentang Kami") != "comment"
    assert "Cibadak" in analysis.articles[0].body
