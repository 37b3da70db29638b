"""Acceptance run 8: defects a fresh user's pile (markets, sport, health, a province, diplomacy)
showed in ingest, cleaning, metadata, stories, claims and the trainer options. All texts are
fictional and written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from warta.api import analyze, analyze_bytes, analyze_text
from warta.article.bylines import names_before, parse_byline
from warta.article.decode import decode_bytes, without_c1_controls
from warta.article.outlet import find_lead, footer_outlet, opens_report, outlet_key
from warta.cli import main

MARKET_STORY = """Saham Emiten Ritel Melemah Usai Penutupan Gerai
Editor: Sari Wulandari
Diperbarui 04/09/2023, 16:20 WIB
Pasarkita.id-Direktur PT Kembang Niaga Sejahtera Tbk Hendra Wijaya membantah penutupan sepuluh gerai perseroan disebabkan oleh melemahnya daya beli masyarakat. Menurutnya, penutupan itu bagian dari pemindahan toko ke kawasan yang lebih ramai.
"Kami tidak sedang merugi. Toko yang ditutup akan dibuka lagi di lokasi baru," kata Hendra di Jakarta, Senin (4/9/2023). Baca juga: Harga Gula Pasir Naik Jelang Akhir Tahun
Harga saham perseroan turun 2,4 persen pada penutupan perdagangan Senin sore.
FOTO GALERI
Foto 1 dari 3: Pengunjung di salah satu gerai (Dok. Pasarkita)
Foto 2 dari 3: Papan pengumuman penutupan toko
Foto 3 dari 3: Kasir melayani pembeli
Analis menilai investor masih menunggu laporan keuangan kuartal ketiga sebelum kembali membeli saham ritel.
[wid]
"""


def test_teaser_glued_to_a_sentence_is_removed_and_the_sentence_stays() -> None:
    article = analyze_text(MARKET_STORY)
    assert "Baca juga" not in article.body
    assert "Senin (4/9/2023)." in article.body
    teasers = [r for r in article.removed if r.text.startswith("Baca juga")]
    assert teasers and teasers[0].reason == "related-link" and teasers[0].line == 5


def test_gallery_captions_and_bracketed_initials_are_removed() -> None:
    article = analyze_text(MARKET_STORY)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("FOTO GALERI") == "caption"
    assert reasons.get("Foto 3 dari 3: Kasir melayani pembeli") == "caption"
    assert reasons.get("[wid]") == "editor-initials"
    assert "Foto " not in article.body and "[wid]" not in article.body


def test_outlet_lead_is_not_part_of_a_speaker_description() -> None:
    analysis = analyze_text_run(MARKET_STORY)
    descriptions = [q.speaker.description or "" for q in analysis.quotes if q.speaker]
    assert descriptions
    assert not any("pasarkita" in d.lower() for d in descriptions)


def analyze_text_run(text: str) -> Any:
    """A whole run (quotes, claims) over one text."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "berita.txt"
        path.write_text(text, encoding="utf-8")
        return analyze([str(path)])


BARE = """Gubernur meminta seluruh kepala daerah di provinsinya menyiapkan lahan untuk sirkuit balap motor internasional.
Pemerintah provinsi berjanji menanggung biaya pembangunan jalan menuju kawasan sirkuit itu.
"""


def test_claim_holder_of_an_article_without_outlet_shows_no_internal_id() -> None:
    analysis = analyze_text_run(BARE)
    holders = [p.holder for c in analysis.claims for p in c.positions]
    assert holders  # the report's own voice holds the request it reports
    for holder in holders:
        assert analysis.articles[0].id not in f"{holder.name} {holder.description}"
        assert holder.name or holder.description


def test_failed_inputs_form_no_stories(tmp_path: Path) -> None:
    (tmp_path / "kosong.txt").write_bytes(b"")
    (tmp_path / "gambar.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "berita.txt").write_text(BARE, encoding="utf-8")
    analysis = analyze([str(tmp_path)])
    failed = {a.id for a in analysis.articles if not a.body}
    assert len(failed) == 2
    placed = [a for s in analysis.stories for a in s.articles]
    assert placed and not failed & set(placed)
    assert sorted(placed) == sorted(a.id for a in analysis.articles if a.body)


def test_latin1_fallback_leaves_no_c1_control_characters() -> None:
    raw = "Defisit tetap aman \x85 kata menteri \x93hari ini\x94.\n".encode("latin-1") + b"Kopi \x81\x9d.\n"
    text, fallback = decode_bytes(raw)
    assert fallback is not None
    assert not any(0x80 <= ord(ch) <= 0x9F for ch in text)
    assert "aman … kata" in text and "“hari ini”" in text
    assert without_c1_controls("a\u0085b") == "a…b"


def test_c1_controls_in_utf8_input_are_read_as_cp1252() -> None:
    article = analyze_text("Menteri menegaskan anggaran tetap aman\u0085 kata dia di Jakarta, Senin (4/9/2023).\n")
    assert not any(0x80 <= ord(ch) <= 0x9F for ch in article.body)


RETELLING = """Pelatih Tim Nasional Puas dengan Hasil Uji Coba
Olahbola.id - 5 September 2023, 20:15 WIB
JAKARTA, Olahbola.id - Seperti dikutip dari Warta Sepakbola, pelatih tim nasional mengaku puas dengan hasil uji coba melawan tim tamu di Stadion Utama, Selasa (5/9/2023).
Ia menilai para pemain muda mampu menjalankan instruksi dengan baik sepanjang laga.
"""


def test_retold_from_keys_match_outlet_keys() -> None:
    article = analyze_text(RETELLING)
    assert article.retold_from == ["Warta Sepakbola"]
    assert article.retold_from_keys == [outlet_key(name) for name in article.retold_from]
    assert article.outlet not in article.retold_from_keys


def test_reporter_byline_names_the_outlet_apart_from_the_reporter() -> None:
    byline = parse_byline("Laporan wartawan Kabar Bahari, Rudi Santoso")
    assert byline.authors == ["Rudi Santoso"] and byline.outlet == "Kabar Bahari"
    assert parse_byline("Laporan wartawan Rudi Santoso").authors == ["Rudi Santoso"]
    assert names_before("Olahbola.net - 5 September 2023, 20:15 WIB") is None
    assert "Olahbola.net" not in analyze_text(RETELLING.replace("Olahbola.id", "Olahbola.net")).authors


def test_us_state_in_a_dateline_is_no_outlet_and_open_year_range_footer() -> None:
    for line, place in [("SPRINGFIELD, Ill. — The city council voted", "SPRINGFIELD, Ill."),
                        ("ALBANY, N.Y. — The state senate met", "ALBANY, N.Y."),
                        ("TOLEDO, Ohio — The mayor said", "TOLEDO, Ohio")]:
        lead = find_lead(line)
        assert lead is not None and lead.outlet is None and lead.place == place
    own = find_lead("JAKARTA, Kabar Bahari - Presiden meresmikan pelabuhan")
    assert own is not None and own.outlet == "Kabar Bahari"
    assert footer_outlet("Copyright © 2004- Kabarkota.com, LLC.") == "Kabarkota.com"
    assert footer_outlet("© Copyright Kabar Harian 2020") == "Kabar Harian"
    assert opens_report(find_lead("ALBANY, N.Y. — The state senate met"))
    assert not opens_report(find_lead("ALBANY - The state senate met"))


def test_caption_above_a_us_dateline_is_removed() -> None:
    page = ("<html><head><title>Senate passes transit bill</title></head><body><article>"
            "<h1>Senate passes transit bill</h1><p>Commuters wait for a train at a station in the capital.</p>"
            "<p>ALBANY, N.Y. — The state senate passed a bill on Tuesday that would fund three new bus lines.</p>"
            "<p>The governor is expected to sign the bill next week, her office said.</p></article></body></html>")
    article = analyze_bytes(page.encode(), fmt="html")
    assert article.body.startswith("ALBANY, N.Y. —") and article.dateline == "Albany, N.Y."
    assert article.outlet is None or article.outlet != outlet_key("N.Y.")


def test_english_zone_gives_an_offset() -> None:
    text = ("Council approves new budget\nTuesday March 7, 2023 6:30 pm PST by Dana Lee\n"
            "The city council approved a new budget on Tuesday after a long debate about road repairs.\n\n"
            "The mayor said the budget would keep libraries open on weekends.\n")
    assert analyze_text(text).published == "2023-03-07T18:30-08:00"


@pytest.mark.parametrize("option", ["--width", "--max-epochs"])
def test_trainer_refuses_zero_width_or_epochs(option: str) -> None:
    result = CliRunner().invoke(main, ["train", "parser", option, "0", "--no-bench"])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_parser_trainer_keeps_seed_zero(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from warta.train import parser as trainer

    seen: dict[str, Any] = {}

    def fake_train(data_dir: Path, out_dir: Path, settings: Any, log: Any) -> dict[str, Any]:
        seen["settings"] = settings
        raise SystemExit(0)  # the settings are all this test needs

    monkeypatch.setattr(trainer, "train", fake_train)
    with pytest.raises(SystemExit):
        trainer.run_training(str(tmp_path), str(tmp_path / "out"), seed=0, bench=False)
    assert seen["settings"].seed == 0
    assert seen["settings"].width == trainer._DEFAULT_SETTINGS.width


def test_retelling_opener_naming_a_domain_is_left_out_of_the_lead() -> None:
    from warta.corpus.leads import without_lead

    opened = "BANDUNG, Olahbola.id - Seperti dikutip dari Warta-bola.com, klub tuan rumah menang dua gol."
    assert without_lead(opened) == "Klub tuan rumah menang dua gol."
    assert without_lead("Mengutip data Olahbola.id, penonton naik.").startswith("Mengutip")
