"""The page-kind breakdown of held-out text-dump verdicts (no fitting here)."""

from __future__ import annotations

from warta.bench.text_boilerplate import split_of
from warta.bench.text_boilerplate_kinds import PageVerdict, breakdown, markdown, quarter_of


def _verdict(corpus: str, language: str, lines: int, short: float, tp: int, fp: int, fn: int) -> PageVerdict:
    return PageVerdict(corpus, f"{corpus}-{tp}-{fp}-{fn}", 0, lines, language, short, tp, fp, fn)


def test_quarter_zero_is_the_dev_split() -> None:
    keys = [f"page-{i}" for i in range(400)]
    nontest = [k for k in keys if split_of(k) != "test"]
    assert nontest
    assert all((quarter_of(k) == 0) == (split_of(k) == "dev") for k in nontest)
    assert {quarter_of(k) for k in nontest} == {0, 1, 2, 3}


def test_breakdown_splits_errors_by_kind() -> None:
    verdicts = [
        _verdict("aeb", "en", 40, 0.0, tp=19, fp=1, fn=0),
        _verdict("trafeval", "de", 400, 0.5, tp=1, fp=3, fn=6),
    ]
    table = breakdown(verdicts)
    (overall,) = table["all"]
    assert overall["fp"] == 4 and overall["fn"] == 6
    assert overall["f1"] == round(40 / (40 + 10), 4)
    source = {row["kind"]: row for row in table["source"]}
    assert source["trafeval"]["error_share"] == 0.9  # 9 of the 10 misread lines
    assert table["source"][0]["kind"] == "trafeval"  # largest share first
    assert {row["kind"] for row in table["page F1"]} == {"page F1 >= 0.95", "page F1 < 0.5"}
    assert {row["kind"] for row in table["short lines"]} == {"short body < 10 %", "short body >= 40 %"}
    assert "| language | de | 1 |" in markdown(table)


def test_all_line_rows_give_each_quarter_the_pooled_figure_and_their_mean() -> None:
    from warta.bench.text_boilerplate_kinds import all_lines_rows

    rows = {row["kind"]: row for row in all_lines_rows([(8, 2, 0, 5), (4, 0, 4, 5)])}
    assert rows["q0"]["f1"] == round(16 / 18, 4) and rows["q0"]["precision"] == 0.8
    assert rows["q1"]["recall"] == 0.5
    assert rows["pooled"]["f1"] == round(24 / 30, 4)
    assert rows["mean"]["f1"] == round((16 / 18 + 8 / 12) / 2, 4)
