"""The shipped line model's decision thresholds are the training script's defaults and the card's."""

from __future__ import annotations

import json
from importlib import resources

from warta.train.line_model import THRESHOLD, WEAK_THRESHOLD, arguments, thresholds_of


def _shipped() -> dict[str, object]:
    spec: dict[str, object] = json.loads(
        resources.files("warta.resources").joinpath("line_model.json").read_text("utf-8"))
    return spec


def test_the_one_command_writes_the_shipped_thresholds() -> None:
    spec = _shipped()
    assert thresholds_of(arguments(["--data", "d", "--final"])) == (spec["threshold"], spec["weak_threshold"])
    assert (spec["threshold"], spec["weak_threshold"]) == (THRESHOLD, WEAK_THRESHOLD)


def test_thresholds_can_be_set_or_left_to_the_dev_selection() -> None:
    assert thresholds_of(arguments(["--data", "d", "--threshold", "0.66"])) == (0.66, WEAK_THRESHOLD)
    assert thresholds_of(arguments(["--data", "d", "--select"])) is None


def test_card_states_the_shipped_thresholds_and_the_command() -> None:
    card = resources.files("warta.resources").joinpath("line_model.md").read_text("utf-8")
    assert f"`threshold` ({THRESHOLD:.2f})" in card
    assert f"`weak_threshold` ({WEAK_THRESHOLD:.2f})" in card
    assert "python -m warta.train.line_model --data ../shared/data --final" in card
