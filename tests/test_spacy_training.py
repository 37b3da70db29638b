"""The shared training sections: each model's config carries its own settings in them and stays a
valid spaCy config."""

from __future__ import annotations

from pathlib import Path

from thinc.api import Config

from warta.train.ner_config import Settings
from warta.train.ner_config import config_text as ner_config
from warta.train.parser_config import ParserSettings
from warta.train.parser_config import config_text as parser_config
from warta.train.spacy_training import model_size, training_sections


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

