"""``python -m warta.train.<model>`` reads the same options as ``warta train <model>``: ``--help`` must
print the options and exit, never start a training run."""

from __future__ import annotations

import subprocess
import sys


def test_python_m_train_ner_help_lists_options_without_training() -> None:
    done = subprocess.run([sys.executable, "-m", "warta.train.ner", "--help"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0
    assert "Usage: python -m warta.train.ner" in done.stdout
    assert "--max-epochs" in done.stdout
    assert "epoch" not in done.stderr.lower()  # no training log was written


def test_python_m_train_ner_rejects_unknown_option() -> None:
    done = subprocess.run([sys.executable, "-m", "warta.train.ner", "--no-such-option"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert "no such option" in done.stderr.lower()
