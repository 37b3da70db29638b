"""The dependency parser: its UD data loader, its API, the event sides read off a parse, the bench."""

from __future__ import annotations

import pytest

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.article.parse import Parse, parse_many, parse_tokens
from warta.article.tokens import tokenize
from warta.bench.parser_sides import phrase, sides_of, voice
from warta.train.parser_data import (
    UD_DIR,
    GoldWord,
    is_tree,
    map_label,
    read_conllu,
    to_warta_tokens,
)

# Clitic written as its own token (as PUD does), a multiword-token range, a relative clause.
_CONLLU = "\n".join([
    "# sent_id = t1",
    "# text = Adiknya membaca buku yang dibelinya.",
    "1-2\tAdiknya\t_\t_\t_\t_\t_\t_\t_\t_",
    "1\tAdik\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_",
    "2\tnya\t_\tPRON\t_\t_\t1\tnmod:poss\t_\t_",
    "3\tmembaca\t_\tVERB\t_\t_\t0\troot\t_\t_",
    "4\tbuku\t_\tNOUN\t_\t_\t3\tobj\t_\t_",
    "5\tyang\t_\tPRON\t_\t_\t6\tnsubj:pass\t_\t_",
    "6\tdibeli\t_\tVERB\t_\t_\t4\tacl:relcl\t_\tSpaceAfter=No",
    "7\tnya\t_\tPRON\t_\t_\t6\tobl:agent\t_\tSpaceAfter=No",
    "8\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_",
    "",
])


def _sentence() -> tuple[str, list[GoldWord]]:
    [(text, words)] = list(read_conllu(_CONLLU))
    return text, words


def test_reader_skips_range_lines_and_keeps_the_text() -> None:
    text, words = _sentence()
    assert text == "Adiknya membaca buku yang dibelinya."
    assert [w.form for w in words][:3] == ["Adik", "nya", "membaca"]


def test_clitics_and_multiword_tokens_become_warta_tokens() -> None:
    parsed = to_warta_tokens(*_sentence())
    assert parsed is not None
    assert parsed.words == tuple(t.text for t in tokenize(parsed.text))
    assert parsed.words[:2] == ("Adiknya", "membaca")
    adik, verb, buku, _, dibeli = range(5)
    # the merged token keeps the part headed outside it: the subject, not the possessor
    assert (parsed.upos[adik], parsed.heads[adik], parsed.deprels[adik]) == ("NOUN", verb, "nsubj")
    assert parsed.heads[verb] == verb and parsed.deprels[verb] == "root"
    assert parsed.heads[dibeli] == buku and parsed.deprels[dibeli] == "acl"


def test_labels_keep_the_universal_part_and_the_passive_subject() -> None:
    assert map_label("acl:relcl") == "acl"
    assert map_label("obl:agent") == "obl"
    assert map_label("nsubj:pass") == "nsubj:pass"
    assert map_label("nsubj") == "nsubj"


def test_a_split_gold_word_hangs_its_pieces_on_the_first() -> None:
    words = [GoldWord("Pertemuan", "NOUN", 0, "root"), GoldWord("AS-Rusia", "PROPN", 1, "nmod")]
    parsed = to_warta_tokens("Pertemuan AS-Rusia", words)
    assert parsed is not None
    assert parsed.words == ("Pertemuan", "AS", "Rusia")
    assert parsed.heads == (0, 0, 1)
    assert parsed.deprels == ("root", "nmod", "goeswith")


def test_sentences_that_do_not_align_or_are_no_tree_are_left_out() -> None:
    assert to_warta_tokens("Kucing tidur", [GoldWord("Anjing", "NOUN", 0, "root")]) is None
    assert is_tree([1, 1, 1])
    assert not is_tree([0, 1])  # two roots
    assert not is_tree([1, 2, 1, 2])  # a cycle


def _words(sentence: str) -> list[str]:
    return [t.text for t in tokenize(sentence)]


@pytest.mark.parametrize(("sentence", "subject", "verb", "obj"), [
    ("Polisi menangkap pencuri itu di pasar kemarin.", "Polisi", "menangkap", "pencuri"),
    ("Gubernur meresmikan jembatan baru pada hari Senin.", "Gubernur", "meresmikan", "jembatan"),
])
def test_the_parser_finds_subject_and_object_of_a_simple_clause(sentence: str, subject: str, verb: str,
                                                                obj: str) -> None:
    words = _words(sentence)
    parse = parse_tokens(words)
    assert len(parse.heads) == len(words)
    v = words.index(verb)
    assert parse.upos[v] == "VERB"
    assert [words[i] for i in parse.dependents(v, "nsubj")] == [subject]
    assert [words[i] for i in parse.dependents(v, "obj")] == [obj]


def test_a_passive_reads_its_agent_from_oleh() -> None:
    words = _words("Pencuri itu ditangkap oleh polisi di pasar.")
    parse = parse_tokens(words)
    trigger = words.index("ditangkap")
    sides = sides_of(parse, words, trigger, voice(words[trigger], parse.upos[trigger]))
    assert phrase(parse, words, sides.source) == "polisi"
    assert phrase(parse, words, sides.target) == "Pencuri"


def test_parse_many_keeps_empty_sentences_in_place() -> None:
    parses = parse_many([[], _words("Petani menjual beras."), []])
    assert [len(p.heads) for p in parses] == [0, 4, 0]


def test_sides_of_a_hand_built_parse() -> None:
    # "Menteri yang meminta bantuan": the relative clause's "yang" is the noun it modifies
    words = ["Menteri", "yang", "meminta", "bantuan"]
    parse = Parse(heads=(0, 2, 0, 2), deprels=("root", "nsubj", "acl", "obj"), upos=("NOUN", "PRON", "VERB", "NOUN"))
    sides = sides_of(parse, words, 2, voice("meminta", "VERB"))
    assert (sides.source, sides.target) == (0, 3)
    assert voice("ditangkap", "VERB") == "di"
    assert voice("serangan", "NOUN") == "noun"


@needs_shared_data
def test_every_treebank_sentence_aligns_to_warta_tokens() -> None:
    from warta.train.parser_data import GSD_TEST, read_conllu, read_treebank

    path = SHARED_DATA / UD_DIR / GSD_TEST
    raw = list(read_conllu(path.read_text(encoding="utf-8")))
    assert len(read_treebank(path)) >= 0.99 * len(raw)


def test_event_side_checks_follow_the_scorers_name_matching() -> None:
    from warta.bench.parser_events import head_in_gold, side_right, stated_in, trigger_index

    assert side_right("Gubernur Jawa Barat Ridwan Kamil", "Ridwan Kamil")
    assert not side_right("pencuri", "Ridwan Kamil")
    assert side_right(None, None) and not side_right(None, "Ridwan Kamil")
    assert head_in_gold("Kamil", "Ridwan Kamil") and not head_in_gold("Gubernur", "Ridwan Kamil")
    assert stated_in({"ridwan", "kamil", "meresmikan"}, "Ridwan Kamil")
    assert not stated_in({"gubernur", "meresmikan"}, "Ridwan Kamil")
    tokens = tokenize("Warga desa itu didesak mengungsi oleh petugas.")
    assert trigger_index(tokens, "didesak mengungsi") == 3
    assert trigger_index(tokens, "menyerang") is None


def test_tabulate_shares_per_voice_and_overall() -> None:
    from warta.bench.parser_events import EventCase, tabulate

    right, wrong = (True, True), (False, False)

    def case(voice: str, typed: bool, parser: tuple[bool, bool], rules: tuple[bool, bool],
             stated: tuple[bool, bool]) -> EventCase:
        return EventCase(voice=voice, typed=typed, parser_right=parser, parser_head=parser, rules_right=rules,
                         parser_pronoun=wrong, stated=stated)

    rows = [case("me", True, right, right, right), case("me", False, right, wrong, right),
            case("di", True, wrong, right, wrong)]
    table = tabulate(rows)
    assert table["me"]["events"] == 2 and table["all"]["events"] == 3
    assert table["me"]["parser_source"] == 1.0 and table["me"]["rules_source"] == 0.5
    assert table["all"]["either_target"] == 1.0
    assert table["all"]["typed_rules_source"] == 1.0  # both typed events: rules right
    assert table["all"]["stated_source"] == 2 and table["all"]["stated_parser_source"] == 1.0
    assert "ber" not in table


def test_the_model_ships_as_package_data_with_its_card() -> None:
    import fnmatch
    import tomllib
    from pathlib import Path

    from warta.article.parse import model_path

    root = Path(__file__).resolve().parents[1]
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["warta"]
    package = root / "src" / "warta"
    files = [p for p in model_path().rglob("*") if p.is_file()]
    assert (model_path() / "MODEL_CARD.md") in files
    assert sum(p.stat().st_size for p in files) < 8_000_000  # a few MB: small enough to ship in the package
    for path in files:
        relative = path.relative_to(package).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), f"{relative} is not package data"
