"""The command line: exit codes, messages, the demo, the schema, and documented options."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from click.testing import CliRunner

from warta.cli import main

ARTICLE = (
    "Warga Tanam Seribu Pohon\n\n"
    "BANDUNG, Kabar Kota - Ratusan warga menanam seribu pohon di lereng bukit pada Minggu (3/3/2024) "
    "untuk mencegah longsor yang kerap terjadi saat musim hujan, kata ketua panitia.\n"
)


def invoke(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def test_demo_writes_a_valid_analysis(tmp_path: Path, validate: Any) -> None:
    result = invoke("demo", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    data = validate(json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8")))
    articles = data["articles"]
    assert len(articles) >= 8
    assert len({a["outlet"] for a in articles}) >= 3
    assert "Removed lines by reason" in result.output
    estimated = [a for a in articles if a["published_source"] == "estimated"]
    assert estimated and all(a["published_window"] for a in estimated)
    assert any(a["retold_from"] for a in articles)
    assert {a["language"] for a in articles} >= {"id", "en"}
    for article in articles:
        assert not [e for e in article["errors"] if e["code"].startswith("E-")], article["source"]
        body = article["body"]
        for noise in ("Baca juga", "Advertisement", "loading...", "A A A", "gacor"):
            assert noise.lower() not in body.lower(), (article["source"], noise)


def test_analyze_stdin_to_stdout(validate: Any) -> None:
    result = invoke("analyze", "-", stdin=ARTICLE)
    assert result.exit_code == 0
    data = validate(json.loads(result.output))
    assert data["articles"][0]["title"] == "Warga Tanam Seribu Pohon"


def test_exit_code_1_when_an_article_fails(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4 binary")
    out = tmp_path / "out.json"
    result = invoke("analyze", str(tmp_path), "--json", str(out))
    assert result.exit_code == 1
    codes = [e["code"] for a in json.loads(out.read_text())["articles"] for e in a["errors"]]
    assert "E-INGEST-002" in codes


def test_exit_code_2_when_nothing_is_readable(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "E-INGEST-007" in result.output
    assert "Traceback" not in result.output


def test_bad_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["analyze", "-", "--jobs", "0"], input=ARTICLE)
    assert result.exit_code == 2
    assert "--jobs" in result.output


def test_schema_command_prints_the_contract() -> None:
    schema = json.loads(invoke("schema").output)
    article = schema["$defs"]["Article"]["properties"]
    for field in ("id", "source", "sha256", "published_window", "removed", "errors"):
        assert field in article


def _commands() -> dict[str, click.Command]:
    assert isinstance(main, click.Group)
    return dict(main.commands)


def test_every_command_and_option_is_documented() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name, command in _commands().items():
        assert command.help, f"command {name} has no help"
        assert f"warta {name}" in readme, f"README does not mention `warta {name}`"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"option {param.opts} of {name} has no help"
