"""The gazetteer file: shape, coverage, the Wikidata ids we are sure of, and how it matches."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from warta.article.gazetteer import gazetteer
from warta.article.tokens import tokenize
from warta.resources import read_tsv

# Ids checked by hand against Wikidata; a wrong id is worse than none.
KNOWN_IDS = {
    "country:ID": "Q252", "country:US": "Q30", "country:RU": "Q159", "country:CN": "Q148",
    "country:GB": "Q145", "country:FR": "Q142", "country:DE": "Q183", "country:JP": "Q17",
    "country:UA": "Q212", "country:TR": "Q43", "capital:ID": "Q3940", "capital:RU": "Q649",
    "capital:US": "Q61", "capital:GB": "Q84", "capital:FR": "Q90", "org:un": "Q1065",
    "org:nato": "Q7184", "org:eu": "Q458", "org:asean": "Q7768", "org:who": "Q7817",
    "person:barack-obama": "Q76", "person:donald-trump": "Q22686", "person:joe-biden": "Q6279",
    "person:vladimir-putin": "Q7747", "person:angela-merkel": "Q567",
}


def test_file_has_a_header_and_enough_rows() -> None:
    text = (Path(__file__).parents[1] / "src/warta/resources/gazetteer.tsv").read_text(encoding="utf-8")
    assert text.startswith("# warta's gazetteer")
    rows = list(read_tsv("gazetteer.tsv"))
    assert len(rows) >= 3000
    assert len({row["id"] for row in rows}) == len(rows)
    assert {row["type"] for row in rows} == {"PERSON", "ORG", "LOC"}


@pytest.mark.parametrize(("row_id", "qid"), sorted(KNOWN_IDS.items()))
def test_known_wikidata_ids(row_id: str, qid: str) -> None:
    assert gazetteer().entries[row_id].qid == qid


def test_qids_are_unique_and_well_formed() -> None:
    qids = [e.qid for e in gazetteer().entries.values() if e.qid]
    assert len(qids) == len(set(qids))
    assert all(q[0] == "Q" and q[1:].isdigit() for q in qids)


def test_coverage_of_the_required_kinds() -> None:
    kinds = {e.kind for e in gazetteer().entries.values()}
    assert {"country", "capital", "office", "intl-org", "state-institution", "agency", "outlet",
            "person", "province", "city", "regency"} <= kinds
    entries = gazetteer().entries
    for row_id in ["country:KP", "org:kpk", "org:bawaslu", "org:tni", "org:polri", "org:bin", "org:kpu",
                   "org:dpr", "org:mpr", "org:iaea", "org:g20", "outlet:antara", "outlet:reuters",
                   "place:jawa-barat", "place:surabaya", "person:sergei-lavrov"]:
        assert row_id in entries, row_id


@pytest.mark.parametrize(
    ("text", "row_id"),
    [("AS", "country:US"), ("RI", "country:ID"), ("RRT", "country:CN"), ("UE", "org:eu"),
     ("Tiongkok", "country:CN"), ("Federasi Rusia", "country:RU"), ("Moskow", "capital:RU"),
     ("Washington", "capital:US"), ("Kremlin", "office:kremlin"), ("PBB", "org:un"),
     ("Badan Intelijen Negara", "org:bin"), ("Jabar", "place:jawa-barat")],
)
def test_names_and_abbreviations_match(text: str, row_id: str) -> None:
    found = gazetteer().match(tokenize(text), 0)
    assert found is not None and found[1][0] == row_id


def test_capitals_and_offices_stand_for_their_country() -> None:
    entries = gazetteer().entries
    assert entries["capital:RU"].stands_for == "country:RU"
    assert entries["office:white-house"].stands_for == "country:US"


@pytest.mark.skipif(importlib.util.find_spec("pycountry") is None or importlib.util.find_spec("babel") is None,
                    reason="the build needs pycountry and babel (pip install pycountry babel)")
def test_build_is_reproducible(tmp_path: Path) -> None:
    from warta.train.gazetteer import main

    committed = Path(__file__).parents[1] / "src/warta/resources/gazetteer.tsv"
    out = tmp_path / "gazetteer.tsv"
    assert main(["--out", str(out)]) == 0
    if not (Path(__file__).parents[2] / "shared/data/id-ner-mdee-goldstandard").is_dir():
        pytest.skip("the MDEE place list is not beside the checkout; the regency rows differ")
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")
