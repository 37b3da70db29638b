"""NER as users get it: the entity stage's spans mapped onto gold tokens (``warta.bench.ner_stage``)."""

from __future__ import annotations

from warta.bench.ner import Sentence, read_conll, tags_from_spans
from warta.bench.ner_stage import dev_sets, evaluate_stage, stage_spans, token_edges

from .conftest import SHARED_DATA, needs_shared_data


def _sentence(text: str, spans: list[tuple[int, int, str]]) -> Sentence:
    words = tuple(text.split(" "))
    return Sentence(words, tags_from_spans(len(words), spans))


def test_token_edges_of_words_joined_by_spaces() -> None:
    starts, ends = token_edges(["Joko", "Widodo", "."])
    assert starts == {0: 0, 5: 1, 12: 2}
    assert ends == {4: 1, 11: 2, 13: 3}


def test_stage_spans_leave_the_title_out_of_the_person_and_keep_the_country() -> None:
    sentence = _sentence("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta pada Senin .", [])
    spans = {(sentence.words[s].strip(), e - s, kind) for s, e, kind in stage_spans(sentence)}
    assert ("Sergei", 2, "PERSON") in spans
    assert ("Rusia", 1, "LOC") in spans
    assert ("Jakarta", 1, "LOC") in spans
    assert not any(word == "Menteri" for word, _, _ in spans)


def test_stage_is_scored_like_the_model_with_a_title_outside_the_name() -> None:
    sentence = _sentence("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta pada Senin .",
                         [(3, 4, "LOC"), (4, 6, "PERSON"), (8, 9, "LOC")])
    scores = evaluate_stage(None, [sentence])
    assert scores["f1"] == 1.0 and scores["PERSON_support"] == 1.0
    wider = _sentence(" ".join(sentence.words), [(0, 6, "PERSON")])  # a guideline with the title inside
    assert evaluate_stage(None, [wider])["r"] == 0.0


def test_stage_spans_only_count_whole_tokens() -> None:
    # "AS-nya" is one gold token: a mention of "AS" inside it maps to no token span
    sentence = _sentence("Pemerintah AS-nya menolak , kata Joe Biden di Washington .", [])
    for start, end, _ in stage_spans(sentence):
        assert 0 <= start < end <= len(sentence.words)
        assert sentence.words[start] != "AS-nya"


@needs_shared_data
def test_dev_sets_are_the_held_out_tenth_and_idner_dev() -> None:
    from warta.train.ner import training_data

    sets = dev_sets(SHARED_DATA)
    _, dev = training_data(SHARED_DATA, nerp=False)
    assert sets["dev_nergrit"] + sets["dev_idner"] == dev
    valid = {s.key for s in read_conll(SHARED_DATA / "indonlu-nergrit" / "valid_preprocess.txt", "nergrit")}
    assert not valid & {s.key for s in sets["dev_nergrit"]}  # tuning never sees the evaluation set
