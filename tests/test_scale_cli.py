"""warta batch on the command line, without starting Spark: refusals are usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main


def test_batch_without_spark_is_a_coded_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import warta.scale.session as session

    monkeypatch.setattr(session, "spark_missing", lambda: "no java on PATH")
    source = tmp_path / "a.jsonl"
    source.write_text('{"text": "Hujan deras mengguyur Jakarta sejak pagi."}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(source), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "E-SPARK-001" in result.output and "no java on PATH" in result.output
    assert not (tmp_path / "out").exists()


def test_batch_refuses_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["batch", "-", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "not stdin" in result.output
