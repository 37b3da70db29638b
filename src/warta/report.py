"""``warta report``: one self-contained HTML file with every view of an analysis.

The file inlines its CSS and JS and references nothing outside itself, so it can be read offline
and sent by e-mail. Its input is raw articles (analysed first), analysis JSON files written by
``warta analyze``/``warta demo``, or a store.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from warta.models import Analysis
from warta.options import Options
from warta.web.reader import Reader
from warta.web.render import report_html


class ReportInputError(ValueError):
    """An analysis JSON file given to the report that cannot be read as an analysis."""


def write_report(analysis: Analysis, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report_html(analysis), encoding="utf-8")
    return out


def report_from_reader(reader: Reader, out: Path) -> Path:
    return write_report(reader.analysis(), out)


def analysis_for_report(inputs: Sequence[str], options: Options | None = None) -> Analysis:
    """One analysis JSON file is read as it is; raw articles are analysed now, together."""
    documents = [p for p in inputs if p.endswith(".json") and Path(p).is_file()]
    if not documents:
        from warta.api import analyze

        return analyze(list(inputs), options)
    if len(inputs) > 1:
        # Ids (a1, e1, ...) are only unique within one analysis, so two cannot share a report.
        raise ReportInputError("give one analysis JSON file, or raw articles to analyse together")
    return load_analysis(Path(documents[0]))


def load_analysis(path: Path) -> Analysis:
    try:
        return Analysis.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as exc:
        raise ReportInputError(f"{path}: not a warta analysis JSON ({_first_line(exc)})") from exc


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
