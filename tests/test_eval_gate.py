"""CI's eval gate: every benchmark with floors in bench/baseline.json must meet them."""

from __future__ import annotations

import pytest

from warta.bench import TASKS
from warta.bench.runner import floor_violations, load_baseline, run_task

from .conftest import SHARED_DATA, needs_shared_data

FLOORS = load_baseline()


def test_baseline_names_real_tasks_and_rules() -> None:
    assert FLOORS, "bench/baseline.json has no floors"
    for task, rules in FLOORS.items():
        assert task in TASKS, task
        for metric, rule in rules.items():
            assert set(rule) <= {"min", "max", "at_least"}, (task, metric)


def test_floor_rules_catch_regressions() -> None:
    floors = {"t": {"f1": {"min": 0.9, "at_least": "base"}, "err": {"max": 0.1}}}
    assert floor_violations("t", {"f1": 0.95, "base": 0.9, "err": 0.0}, floors) == []
    assert len(floor_violations("t", {"f1": 0.85, "base": 0.9, "err": 0.2}, floors)) == 3
    assert floor_violations("t", {"base": 0.9, "err": 0.0}, floors) == ["t.f1: missing"]


@needs_shared_data
@pytest.mark.parametrize("task", sorted(FLOORS))
def test_scores_meet_their_floors(task: str) -> None:
    metrics = run_task(task, SHARED_DATA)
    assert floor_violations(task, metrics, FLOORS) == [], metrics
