"""Shared fixtures: the gold-data directory and the analysis JSON Schema validator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from warta.bench import default_data_dir
from warta.models import Analysis, analysis_json_schema

SHARED_DATA = default_data_dir()
needs_shared_data = pytest.mark.skipif(
    not SHARED_DATA.is_dir(),
    reason=f"gold data not found at {SHARED_DATA} (CI and developer machines have ../shared beside the checkout)",
)


@pytest.fixture(scope="session")
def schema_validator() -> Any:
    return jsonschema.Draft202012Validator(analysis_json_schema())


@pytest.fixture
def validate(schema_validator: Any) -> Any:
    """Validate an analysis (model or dumped dict) against the JSON Schema; return the dict."""

    def check(analysis: Analysis | dict[str, Any]) -> dict[str, Any]:
        data = analysis.model_dump(mode="json") if isinstance(analysis, Analysis) else analysis
        schema_validator.validate(data)
        return data

    return check


@pytest.fixture
def write(tmp_path: Path) -> Any:
    """Write a file under tmp_path (str → UTF-8, bytes as is) and return its path."""

    def make(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make
