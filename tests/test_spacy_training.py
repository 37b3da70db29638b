"""The shared training sections: each model's config carries its own settings in them and stays a
valid spaCy config."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from thinc.api import Config

from warta.train.ner_config import Settings
from warta.train.ner_config import config_text as ner_config
from warta.train.parser_config import ParserSettings
from warta.train.parser_config import config_text as parser_config
from warta.train.spacy_training import TrainCommand, model_size, run_train_command, training_sections


def test_each_model_config_carries_its_own_training_settings() -> None:
    ner = Config().from_str(ner_config(Settings(dropout=0.3, patience=7, max_epochs=3, eval_frequency=11)),
                            interpolate=False)
    parser = Config().from_str(parser_config(ParserSettings()), interpolate=False)
    assert (ner["training"]["dropout"], ner["training"]["patience"]) == (0.3, 7)
    assert (ner["training"]["max_epochs"], ner["training"]["eval_frequency"]) == (3, 11)
    assert parser["training"]["dropout"] == ParserSettings().dropout
    assert parser["training"]["max_epochs"] == ParserSettings().max_epochs
    assert ner["training"]["optimizer"] == parser["training"]["optimizer"]


def test_training_sections_read_both_corpora() -> None:
    text = training_sections(dropout=0.1, patience=1, max_epochs=2, eval_frequency=3)
    assert text.count("@readers = \"spacy.Corpus.v1\"") == 2
    assert "path = ${paths.train}" in text and "path = ${paths.dev}" in text


def test_model_size_leaves_the_card_out(tmp_path: Path) -> None:
    (tmp_path / "weights").mkdir()
    (tmp_path / "weights" / "model").write_bytes(b"x" * 10)
    (tmp_path / "MODEL_CARD.md").write_text("card " * 50, encoding="utf-8")
    assert model_size(tmp_path) == 10


def test_rerun_command_names_only_the_options_given() -> None:
    from warta.train.spacy_training import rerun_command

    assert rerun_command("parser", {"seed": 7, "width": None, "max_epochs": 3}) == \
        "warta train parser --seed 7 --max-epochs 3"
    assert rerun_command("ner", {"seed": None}) == "warta train ner"


def test_component_sections_carry_each_models_own_sizes() -> None:
    ner = Config().from_str(ner_config(Settings(width=48, rows=(11, 12, 13, 14), vector_rows=0)),
                            interpolate=False)
    parser = Config().from_str(parser_config(ParserSettings(width=80, hidden_width=24)), interpolate=False)
    embed = ner["components"]["ner"]["model"]["tok2vec"]["embed"]
    assert (embed["width"], embed["rows"], embed["include_static_vectors"]) == (48, [11, 12, 13, 14], False)
    assert parser["components"]["parser"]["model"]["hidden_width"] == 24
    assert parser["components"]["parser"]["model"]["state_type"] == "parser"
    for component in ("tagger", "parser"):
        assert parser["components"][component]["model"]["tok2vec"]["width"] == 80


@dataclass(frozen=True)
class _FakeSettings:
    seed: int = 5
    width: int = 32
    max_epochs: int = 9


def _fake_command(seen: dict[str, Any], dev_f1: float | None) -> TrainCommand[_FakeSettings]:
    """A command whose training saves a blank pipeline and whose bench counts what it is given."""
    def train(data_dir: Path, out_dir: Path, settings: _FakeSettings, log: Any) -> dict[str, Any]:
        spacy.blank("id").to_disk(out_dir)
        seen.update(data_dir=data_dir, settings=settings)
        return {"seconds": 3, **({"dev": {"f1": dev_f1}} if dev_f1 is not None else {})}

    def measure(nlp: Any, data_dir: Path) -> dict[str, Any]:
        seen["measured"] = nlp.lang
        return {"score": 0.5}

    def render_card(result: dict[str, Any], scores: dict[str, Any], size: int, command: str) -> str:
        return f"{command} | {sorted(scores)} | {size > 0}"

    return TrainCommand("fake", _FakeSettings(), train, lambda: Path("/nowhere"), measure, render_card)


def test_train_command_overrides_only_the_options_given_and_writes_the_card(tmp_path: Path) -> None:
    seen: dict[str, Any] = {}
    logged: list[str] = []
    out = tmp_path / "model"
    run_train_command(_fake_command(seen, 0.81234), str(tmp_path), str(out),
                      {"seed": 0, "width": None, "max_epochs": 4}, bench=True, log=logged.append)
    assert seen["settings"] == _FakeSettings(seed=0, width=32, max_epochs=4)  # seed 0 is no default
    assert seen["data_dir"] == tmp_path and seen["measured"] == "id"
    assert logged[0] == f"trained in 3 s; dev F1 0.8123; wrote {out}"
    assert (out / "MODEL_CARD.md").read_text(encoding="utf-8") == \
        "warta train fake --seed 0 --max-epochs 4 | ['score'] | True"


def test_train_command_without_bench_scores_nothing(tmp_path: Path) -> None:
    seen: dict[str, Any] = {}
    logged: list[str] = []
    out = tmp_path / "model"
    run_train_command(_fake_command(seen, None), None, str(out), {"seed": None}, bench=False, log=logged.append)
    assert "measured" not in seen and seen["settings"] == _FakeSettings()
    assert logged == [f"trained in 3 s; wrote {out}"]
    assert (out / "MODEL_CARD.md").read_text(encoding="utf-8").startswith("warta train fake | []")


def test_saved_pipeline_keeps_only_its_labels_and_no_run_paths(tmp_path: Path) -> None:
    from warta.train.spacy_training import save_pipeline

    nlp = spacy.blank("id")
    ner = nlp.add_pipe("ner")
    for label in ("PERSON", "LOC"):
        ner.add_label(label)
    nlp.initialize()
    nlp("Wali kota meresmikan jembatan baru di Bandung")  # strings a training run leaves behind
    nlp.meta["performance"] = {"ents_f": 0.5}
    nlp.config = nlp.config.merge({"paths": {"train": "/tmp/run/train.spacy"}})
    out = tmp_path / "models" / "ner"
    save_pipeline(nlp, out, ["PERSON", "LOC"])
    assert json.loads((out / "vocab" / "strings.json").read_text(encoding="utf-8")) == ["LOC", "PERSON"]
    assert "performance" not in json.loads((out / "meta.json").read_text(encoding="utf-8"))
    saved = Config().from_disk(out / "config.cfg", interpolate=False)
    assert all(value is None for value in saved["paths"].values())
    assert spacy.load(out)("Jembatan di Bandung").text == "Jembatan di Bandung"
