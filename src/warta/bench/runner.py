"""Run benchmark tasks, print a table, write JSON, and check floors from the baseline."""

from __future__ import annotations

import json
import time
import traceback
from pathlib import Path

from rich.console import Console
from rich.table import Table

from warta.bench import Metrics, default_data_dir, project_root, task_function

BASELINE = "bench/baseline.json"
Floors = dict[str, dict[str, dict[str, float | str]]]


def load_baseline(path: Path | None = None) -> Floors:
    path = path or project_root() / BASELINE
    if not path.is_file():
        return {}
    floors: Floors = json.loads(path.read_text(encoding="utf-8"))["floors"]
    return floors


def floor_violations(task: str, metrics: Metrics, floors: Floors) -> list[str]:
    """Each metric past its bound: "min" and "max" numbers, or another metric ("at_least")."""
    problems: list[str] = []
    for metric, rule in floors.get(task, {}).items():
        value = metrics.get(metric)
        if not isinstance(value, int | float):
            problems.append(f"{task}.{metric}: missing")
            continue
        minimum = rule.get("min")
        if isinstance(minimum, int | float) and value < minimum:
            problems.append(f"{task}.{metric} = {value:.4f} < floor {minimum}")
        maximum = rule.get("max")
        if isinstance(maximum, int | float) and value > maximum:
            problems.append(f"{task}.{metric} = {value:.4f} > ceiling {maximum}")
        other = rule.get("at_least")
        if isinstance(other, str):
            ref = metrics.get(other)
            if isinstance(ref, int | float) and value < ref - 1e-9:
                problems.append(f"{task}.{metric} = {value:.4f} < {other} = {ref:.4f}")
    return problems


def run_task(task: str, data_dir: Path) -> Metrics:
    started = time.perf_counter()
    metrics = task_function(task)(data_dir)
    metrics.setdefault("bench_seconds", round(time.perf_counter() - started, 2))
    return metrics


def run_benchmarks(tasks: list[str], data: str | None, json_out: str | None) -> int:
    console = Console(stderr=False)
    data_dir = Path(data) if data else default_data_dir()
    if not data_dir.is_dir():
        console.print(f"[red]data directory {data_dir} not found[/red] (pass --data DIR)")
        return 2
    floors = load_baseline()
    results: dict[str, Metrics] = {}
    problems: list[str] = []
    for task in tasks:
        try:
            results[task] = run_task(task, data_dir)
        except Exception:
            console.print(f"[red]task {task} failed[/red]\n{traceback.format_exc()}")
            problems.append(f"{task}: failed")
            continue
        problems += floor_violations(task, results[task], floors)
        console.print(_table(task, results[task], floors))
    if json_out:
        Path(json_out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for problem in problems:
        console.print(f"[red]below floor:[/red] {problem}")
    return 1 if problems else 0


def _table(task: str, metrics: Metrics, floors: Floors) -> Table:
    table = Table(title=task, title_justify="left")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("floor", justify="right")
    for metric, value in metrics.items():
        rule = floors.get(task, {}).get(metric, {})
        floor = " / ".join(str(v) for v in rule.values())
        shown = f"{value:.4f}" if isinstance(value, float) else str(value)
        table.add_row(metric, shown, floor)
    return table
