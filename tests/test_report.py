"""The one-file report: every view as an anchored section, nothing outside the file, the CLI."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from click.testing import CliRunner

from tests.web_analysis import full_analysis
from warta.cli import main
from warta.models import Analysis
from warta.report import ReportInputError, analysis_for_report, write_report
from warta.web.render import report_html

ARTICLE = """Nelayan Pulau Seruni Tolak Rencana Tambang Pasir
Senin, 3 April 2023 09:15 WIB

SERUNI, Kabar Laut - Ratusan nelayan Pulau Seruni berunjuk rasa di depan kantor bupati pada Senin (3/4/2023). Mereka menolak rencana tambang pasir laut yang dinilai merusak tempat ikan bertelur.

"Kami hidup dari laut ini," kata Darmawan, ketua kelompok nelayan setempat.
"""


@pytest.fixture
def analysis(validate: Any) -> Analysis:
    made = full_analysis()
    validate(made)
    return made


@pytest.fixture
def report(analysis: Analysis) -> Any:
    return lxml.html.fromstring(report_html(analysis))


def test_every_view_is_a_section_of_the_one_file(report: Any, analysis: Analysis) -> None:
    sections = report.xpath("//div[@class='views']/section[@class='view']/@id")
    expected = (["stories"] + [f"story-{s.id}" for s in analysis.stories] + [f"article-{a.id}" for a in analysis.articles]
                + [f"entity-{e.id}" for e in analysis.entities] + ["search"])
    assert sections == expected
    story = report.xpath("//section[@id='story-s1']")[0]
    assert story.xpath("string(.//h1)") == "Banjir Sungaiwangi"
    assert story.xpath(".//ol[@class='summary']/li[1]/a[@class='cite']/@href") == ["#a1-s1"]
    assert story.xpath(".//svg[@class='actor-graph']") and story.xpath(".//table[@class='matrix']")


def test_every_in_page_link_has_its_anchor_and_ids_are_unique(report: Any) -> None:
    ids = report.xpath("//@id")
    assert len(ids) == len(set(ids))
    hrefs = report.xpath("//a/@href")
    internal = [h for h in hrefs if h.startswith("#")]
    assert len(internal) > 30
    for href in internal:
        assert href[1:] in ids, href
    external = [h for h in hrefs if not h.startswith("#")]
    # The knowledge-base id is a link the reader may follow, never something the file loads.
    assert external == ["https://www.wikidata.org/wiki/Q252"]


def test_the_file_loads_nothing_from_outside(analysis: Analysis) -> None:
    html = report_html(analysis)
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//link | //img | //iframe | //script[@src] | //object | //embed")
    assert not tree.xpath("//*[@src]")
    styles = " ".join(tree.xpath("//style/text()"))
    assert "--target-bg" in styles and "url(" not in styles and "@import" not in styles
    assert tree.xpath("//script[not(@src)]") and "fetch(" not in html and "XMLHttpRequest" not in html
    assert "<script>alert" not in html


def test_navigation_works_without_script(report: Any) -> None:
    """The CSS alone shows the targeted section (or the one holding the target) and the list by default."""
    css = report.xpath("string(//style)")
    assert ".view:target" in css and ".view:has(:target)" in css
    assert re.search(r":not\(:has\([^)]*:target", css)
    assert report.xpath("//body/@class") == ["report"]


def test_report_of_an_empty_analysis_still_reads(validate: Any) -> None:
    empty = Analysis(warta_version="0.1.0", created="2023-01-01T00:00:00Z")
    validate(empty)
    tree = lxml.html.fromstring(report_html(empty))
    assert "Belum ada cerita." in tree.xpath("string(//section[@id='stories'])")


def test_write_report_creates_the_folder(tmp_path: Path, analysis: Analysis) -> None:
    out = write_report(analysis, tmp_path / "deep" / "laporan.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- inputs and the command -----------------------------------------------------------------------------


def test_cli_reports_an_analysis_json(tmp_path: Path, analysis: Analysis) -> None:
    source = tmp_path / "analysis.json"
    source.write_text(analysis.model_dump_json(), encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "xdg-open" in result.output
    assert "Banjir Sungaiwangi" in out.read_text(encoding="utf-8")


def test_cli_refuses_mixed_or_missing_inputs(tmp_path: Path, analysis: Analysis) -> None:
    source = tmp_path / "analysis.json"
    source.write_text(analysis.model_dump_json(), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"articles": 3}', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["report"]).exit_code == 2
    assert runner.invoke(main, ["report", str(source), str(source)]).exit_code == 2
    refused = runner.invoke(main, ["report", str(bad), "-o", str(tmp_path / "x.html")])
    assert refused.exit_code == 2 and "not a warta analysis JSON" in refused.output
    missing = runner.invoke(main, ["report", str(tmp_path / "tidak-ada.txt"), "-o", str(tmp_path / "x.html")])
    assert missing.exit_code == 2 and "E-INGEST" in missing.output
    assert not (tmp_path / "x.html").exists()


def test_loading_a_bad_analysis_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ReportInputError, match=r"rusak\.json"):
        analysis_for_report([str(bad)])


def test_cli_reports_raw_articles(tmp_path: Path, validate: Any) -> None:
    article = tmp_path / "nelayan.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    validate(analysis_for_report([str(article)]))
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    tree = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    assert tree.xpath("string(//section[@id='article-a1']//h1)") == "Nelayan Pulau Seruni Tolak Rencana Tambang Pasir"
    assert "Ratusan nelayan" in tree.xpath("string(//section[@id='article-a1']//div[@class='body'])")


def test_cli_reports_a_store(tmp_path: Path) -> None:
    store_module = pytest.importorskip("warta.store", reason="the store is not in this checkout")
    article = tmp_path / "nelayan.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "warta.db"
    with store_module.Store(db) as store:
        store.ingest([str(article)])
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Nelayan Pulau Seruni" in out.read_text(encoding="utf-8")


def test_demo_ends_with_its_report_and_how_to_serve(tmp_path: Path, analysis: Analysis, monkeypatch: Any,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from warta.demo import run_demo
    from warta.options import Options

    monkeypatch.setattr("warta.api.analyze", lambda files, options: analysis)  # the pipeline is tested elsewhere
    run_demo(tmp_path, Options())
    report = tmp_path / "report.html"
    assert "Banjir Sungaiwangi" in report.read_text(encoding="utf-8")
    printed = " ".join(capsys.readouterr().out.split())
    assert f"xdg-open {report}" in printed
    assert "warta ingest" in printed and "--db demo.db && warta serve --db demo.db" in printed


def test_cli_report_exits_1_when_an_input_failed_but_still_writes(tmp_path: Path) -> None:
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "nelayan.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(folder), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "Nelayan Pulau Seruni" in out.read_text(encoding="utf-8")
