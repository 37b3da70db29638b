"""Accuracy and speed benchmarks on the public gold data in ``../shared/data``.

Each task is a function ``run(data_dir: Path) -> dict[str, float | int | str]``
living in its own module; :data:`TASKS` names them lazily so that listing tasks
imports nothing heavy. Results are ``{task: {metric: value}}``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

Metrics = dict[str, float | int | str]
TaskFn = Callable[[Path], Metrics]

# task name -> "module:function"
TASKS: dict[str, str] = {
    "html-boilerplate": "warta.bench.html_boilerplate:run",
    "text-boilerplate": "warta.bench.text_boilerplate:run",
    "id-dumps": "warta.bench.id_dumps:run",
    "dates": "warta.bench.dates:run",
    "timex": "warta.bench.timex:run",
    "language": "warta.bench.language:run",
    "sentences": "warta.bench.sentences:run",
    "speed": "warta.bench.speed:run",
    "entities": "warta.bench.entities:run",
    "ner": "warta.bench.ner:run",
    "parser": "warta.bench.parser:run",
    "plover-gsr": "warta.bench.plover:run",
    "summary": "warta.bench.summary:run",
    "corpus-scale": "warta.bench.scale:run",
    "duplicates": "warta.bench.duplicates:run",
    "stories": "warta.bench.stories:run",
    "stories-embeddings": "warta.bench.stories:run_embeddings",
    "quotes-events": "warta.bench.quotes_events:run",
    "serve": "warta.bench.serve:run",
    "spark": "warta.bench.spark:run",
}


def task_function(name: str) -> TaskFn:
    module_name, _, attr = TASKS[name].partition(":")
    fn: TaskFn = getattr(importlib.import_module(module_name), attr)
    return fn


def project_root() -> Path:
    """The checkout this package runs from (src layout: src/warta/bench -> root)."""
    return Path(__file__).resolve().parents[3]


def default_data_dir() -> Path:
    return project_root().parent / "shared" / "data"
