"""CI's eval gate: every benchmark with floors in bench/baseline.json must meet them."""

from __future__ import annotations

import pytest

from warta.bench import TASKS, Metrics
from warta.bench.runner import floor_violations, load_baseline, run_task

from .conftest import SHARED_DATA, needs_shared_data

FLOORS = load_baseline()
# A speed read once on a shared CI machine swings by a fifth with whatever else runs; a task whose
# only shortfall is speed is measured again, and each speed metric keeps its best reading.
SPEED_RETRIES = 2


def is_speed_metric(metric: str) -> bool:
    return "_per_s" in metric or "_per_cpu_s" in metric or metric.endswith("_per_second")


def only_speed_shortfalls(problems: list[str]) -> bool:
    names = [problem.split(":")[0].split(" ")[0].split(".", 1)[1] for problem in problems]
    return bool(names) and all(is_speed_metric(name) for name in names)


def best_speeds(first: Metrics, again: Metrics) -> Metrics:
    merged = dict(first)
    for metric, value in again.items():
        old = merged.get(metric)
        if is_speed_metric(metric) and isinstance(value, int | float) and isinstance(old, int | float):
            merged[metric] = max(old, value)
    return merged


def test_baseline_names_real_tasks_and_rules() -> None:
    assert FLOORS, "bench/baseline.json has no floors"
    for task, rules in FLOORS.items():
        assert task in TASKS, task
        for metric, rule in rules.items():
            assert set(rule) <= {"min", "max", "at_least"}, (task, metric)


def test_only_speed_shortfalls_are_measured_again() -> None:
    assert only_speed_shortfalls(["ner.tokens_per_s_1core = 1.0000 < floor 20000"])
    assert not only_speed_shortfalls(["ner.tokens_per_s_1core = 1.0000 < floor 20000", "ner.f1: missing"])
    assert not only_speed_shortfalls([])
    merged = best_speeds({"f1": 0.9, "tokens_per_cpu_s": 10.0}, {"f1": 0.1, "tokens_per_cpu_s": 30.0})
    assert merged == {"f1": 0.9, "tokens_per_cpu_s": 30.0}


def test_floor_rules_catch_regressions() -> None:
    floors = {"t": {"f1": {"min": 0.9, "at_least": "base"}, "err": {"max": 0.1}}}
    assert floor_violations("t", {"f1": 0.95, "base": 0.9, "err": 0.0}, floors) == []
    assert len(floor_violations("t", {"f1": 0.85, "base": 0.9, "err": 0.2}, floors)) == 3
    assert floor_violations("t", {"base": 0.9, "err": 0.0}, floors) == ["t.f1: missing"]


@needs_shared_data
@pytest.mark.parametrize("task", sorted(FLOORS))
def test_scores_meet_their_floors(task: str) -> None:
    metrics = run_task(task, SHARED_DATA)
    problems = floor_violations(task, metrics, FLOORS)
    for _ in range(SPEED_RETRIES):
        if not only_speed_shortfalls(problems):
            break
        metrics = best_speeds(metrics, run_task(task, SHARED_DATA))
        problems = floor_violations(task, metrics, FLOORS)
    assert problems == [], metrics
