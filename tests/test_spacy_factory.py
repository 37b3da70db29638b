"""The spaCy component: found through the entry point, registered only when spaCy asks."""

from __future__ import annotations

import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy")


def test_add_pipe_by_name() -> None:
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_entities")
    doc = nlp("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta. Lavrov bertemu wartawan.")
    ents = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert ("Rusia", "LOC", "Q159") in ents
    assert ("Sergei Lavrov", "PERSON", "") in ents and ("Lavrov", "PERSON", "") in ents
    records = doc.user_data["warta_entities"]
    lavrov = next(r for r in records if r["name"] == "Sergei Lavrov")
    assert lavrov["roles"] == ["Menteri Luar Negeri Rusia"]


def test_importing_warta_registers_nothing() -> None:
    code = ("import sys, warta, warta.api, warta.article.entities; "
            "print('spacy' in sys.modules, 'warta.spacy_factories' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
