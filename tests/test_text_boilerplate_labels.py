"""Gold labels of the text-dump benchmark: tables inside the article, tag lists beside it."""

from __future__ import annotations

from warta.bench import text_boilerplate as tb

GOLD = (
    "The drivers ended the season as follows.\n"
    "Pos Driver Points 1 Kyle Busch 5040 2 Martin Truex 5035\n"
    "The next race is in February in Daytona.\n"
    "Hong Kong protests went on all week."
)


def test_table_cells_inside_the_article_are_body() -> None:
    lines = ["Home", "The drivers ended the season as follows.", "Pos", "Driver", "Points", "1",
             "Kyle Busch", "5040", "2", "Martin Truex", "5035",
             "The next race is in February in Daytona.", "Share"]
    labels = tb.label_aeb_lines(lines, GOLD)
    assert labels[2:11] == [True] * 9
    assert labels[0] is False and labels[-1] is False


def test_a_short_tag_list_that_chances_upon_the_gold_stays_noise() -> None:
    # "Hong Kong" + "Protests" read as the gold's "Hong Kong protests", but three tokens
    # of tags are no table.
    lines = ["China", "Hong Kong", "Protests", "Beijing"]
    assert tb.label_aeb_lines(lines, GOLD) == [False, False, False, False]


def test_gold_runs_skip_token_less_lines_and_need_enough_tokens() -> None:
    index = tb._BodyIndex.of(GOLD)
    tokenized = [tb.norm_tokens(line) for line in ["1", "Kyle Busch", "|", "5040", "2",
                                                           "Martin Truex", "5035"]]
    assert tb.gold_runs(tokenized, index) == [(0, 7)]
    assert tb.gold_runs(tokenized[:3], index) == []  # three tokens: too few to trust


def test_splits_partition_the_pages() -> None:
    keys = [f"key-{n}" for n in range(200)]
    assert {tb.split_of(key) for key in keys} == set(tb.SPLITS)
