"""NER: the shipped model, character offsets, the seqeval-style scorer, NERP case restoration."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

import warta
from warta.article.ner import NerSpan, chunks, find_entities, load_ner, model_path
from warta.bench.ner import LABELS, Sentence, read_conll, score, tags_from_spans
from warta.bench.ner import chunks as bio_chunks
from warta.train.ner import restore_case

from .conftest import SHARED_DATA, needs_shared_data


def _found(text: str) -> set[tuple[str, str]]:
    return {(span.text, span.label) for span in find_entities(text)}


# ---------------------------------------------------------------- the shipped model


def test_model_ships_inside_the_package() -> None:
    path = model_path()
    assert path.is_relative_to(Path(warta.__file__).parent)
    assert (path / "config.cfg").is_file() and (path / "ner" / "model").is_file()
    assert (path / "MODEL_CARD.md").is_file()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 15_000_000, "the model is meant to stay a few MB"


def test_load_is_cached_and_has_only_ner() -> None:
    nlp = load_ner()
    assert nlp is load_ner()
    assert nlp.pipe_names == ["ner"]
    assert set(LABELS) <= set(nlp.get_pipe("ner").labels)  # type: ignore[attr-defined]


def test_ner_can_be_sourced_into_another_pipeline() -> None:
    source = spacy.load(model_path())
    nlp = spacy.blank("id")
    nlp.vocab.vectors = source.vocab.vectors  # the component reads the word vectors it was trained with
    nlp.add_pipe("ner", source=source)
    doc = nlp("Presiden Joko Widodo meresmikan bendungan di Kabupaten Bogor.")
    assert ("Joko Widodo", "PERSON") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor pada Senin.",
            {("Joko Widodo", "PERSON"), ("Anwar Ibrahim", "PERSON")},
        ),
        (
            "Partai Golkar dan PDI Perjuangan sepakat mendukung Bank Indonesia.",
            {("Partai Golkar", "ORG"), ("PDI Perjuangan", "ORG"), ("Bank Indonesia", "ORG")},
        ),
        (
            "KPK menahan seorang pejabat Kementerian Pertanian kemarin.",
            {("KPK", "ORG"), ("Kementerian Pertanian", "ORG")},
        ),
        (
            "Banjir besar melanda Semarang dan Surabaya sepanjang pekan lalu.",
            {("Semarang", "LOC"), ("Surabaya", "LOC")},
        ),
        (
            "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta untuk bertemu Retno Marsudi.",
            {("Sergei Lavrov", "PERSON"), ("Jakarta", "LOC"), ("Retno Marsudi", "PERSON")},
        ),
        (
            "Ketua Umum Partai Demokrasi Indonesia Perjuangan Megawati Soekarnoputri berpidato di Medan.",
            {("Megawati Soekarnoputri", "PERSON"), ("Medan", "LOC")},
        ),
    ],
)
def test_finds_people_organisations_and_places(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _found(text)


def test_all_caps_datelines() -> None:
    assert ("JAKARTA", "LOC") in _found("JAKARTA, KOMPAS.com - Presiden Joko Widodo tiba di Bandung.")
    text = "SURABAYA, Kabar Kota - Gubernur Jawa Timur Khofifah Indar Parawansa meninjau lokasi banjir."
    spans = find_entities(text)
    assert ("SURABAYA", "LOC") in {(s.text, s.label) for s in spans}
    # the name is found; its span may stop short of the last word ("Khofifah Indar")
    assert any(s.label == "PERSON" and s.text.startswith("Khofifah") for s in spans)


def test_offsets_point_into_the_text_across_paragraphs() -> None:
    text = (
        "  JAKARTA - Presiden Joko Widodo tiba di Bandung.\n\n"
        "Ia disambut Gubernur Jawa Barat Ridwan Kamil.\r\n"
        "\n\n   Wakil Presiden Ma'ruf Amin tidak ikut.\n"
    )
    spans = find_entities(text)
    assert spans == sorted(spans, key=lambda s: s.start)
    for span in spans:
        assert isinstance(span, NerSpan)
        assert text[span.start : span.end] == span.text
        assert span.label in LABELS
    assert ("Ridwan Kamil", "PERSON") in {(s.text, s.label) for s in spans}


def test_long_paragraph_without_breaks_is_cut_but_offsets_hold() -> None:
    sentence = "Presiden Joko Widodo meresmikan jalan tol di Semarang. "
    text = sentence * 400  # ~22,000 characters on one line
    spans = find_entities(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    people = [s for s in spans if s.text == "Joko Widodo"]
    assert len(people) >= 390  # a cut may fall inside at most a few sentences
    assert max(s.start for s in people) > 20_000


def test_empty_and_blank_texts() -> None:
    assert find_entities("") == []
    assert find_entities(" \n\n \t\n") == []


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), st.integers(5, 40))
def test_chunks_are_slices_of_the_text(text: str, limit: int) -> None:
    for offset, piece in chunks(text, limit):
        assert text[offset : offset + len(piece)] == piece
        assert "\n" not in piece and piece.strip()
        assert len(piece) <= limit
    covered = "".join(piece for _, piece in chunks(text, limit))
    assert covered.replace(" ", "") == text.replace("\n", "").replace(" ", "")


# ---------------------------------------------------------------- the scorer


def test_bio_chunks() -> None:
    tags = ["B-PERSON", "I-PERSON", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-ORG"]
    assert bio_chunks(tags) == [(0, 2, "PERSON"), (3, 4, "LOC"), (4, 6, "LOC"), (7, 8, "ORG")]


def test_stray_inside_tag_starts_an_entity_and_type_change_splits() -> None:
    assert bio_chunks(["O", "I-ORG", "I-ORG", "I-LOC"]) == [(1, 3, "ORG"), (3, 4, "LOC")]


def test_bioes_chunks() -> None:
    tags = ["S-LOC", "B-PERSON", "I-PERSON", "E-PERSON", "O", "E-ORG"]
    assert bio_chunks(tags) == [(0, 1, "LOC"), (1, 4, "PERSON"), (5, 6, "ORG")]


def test_tags_round_trip() -> None:
    spans = [(0, 2, "PERSON"), (2, 3, "PERSON"), (5, 7, "LOC")]
    assert bio_chunks(tags_from_spans(8, spans)) == spans


def test_score_exact_spans() -> None:
    gold = [[(0, 2, "PERSON"), (4, 5, "LOC")], [(1, 3, "ORG")]]
    predicted = [[(0, 2, "PERSON"), (4, 5, "ORG")], [(1, 2, "ORG")]]
    scores = score(gold, predicted)
    # one right of three predicted and three gold; a wrong type and a short span count both ways
    assert scores["p"] == pytest.approx(1 / 3)
    assert scores["r"] == pytest.approx(1 / 3)
    assert scores["f1"] == pytest.approx(1 / 3)
    assert scores["PERSON_f1"] == 1.0
    assert scores["LOC_r"] == 0.0 and scores["LOC_support"] == 1
    assert scores["ORG_p"] == 0.0


def test_score_of_nothing_is_zero_not_an_error() -> None:
    assert score([[]], [[]])["f1"] == 0.0


# ---------------------------------------------------------------- NERP case restoration


def test_restore_case() -> None:
    vocabulary = {"kpk": "KPK", "senin": "Senin", "menahan": "menahan"}
    words = ["kemarin", "kpk", "menahan", "bupati", "abdul", "bin", "salam", "pada", "senin", "."]
    proper = [False, True, False, False, True, True, True, False, False, False]
    assert restore_case(words, proper, vocabulary) == [
        "Kemarin", "KPK", "menahan", "bupati", "Abdul", "bin", "Salam", "pada", "Senin", ".",
    ]


# ---------------------------------------------------------------- the gold data


@needs_shared_data
def test_readers_match_the_published_counts() -> None:
    test = read_conll(SHARED_DATA / "idner-news-2k" / "test.txt", "idner")
    labels = [span[2] for sentence in test for span in sentence.spans]
    assert (labels.count("PERSON"), labels.count("ORG"), labels.count("LOC")) == (515, 401, 103)


@needs_shared_data
def test_nerp_training_text_gets_its_case_back() -> None:
    from warta.train.ner import restore_case_nerp

    restored = restore_case_nerp(SHARED_DATA, "train")
    first: Sentence = restored[0]
    assert first.words[:7] == ("Kepala", "dinas", "tata", "kota", "Manado", "Amos", "Kenda")


@needs_shared_data
def test_nergrit_repetition_and_decontamination_of_the_training_data() -> None:
    from warta.train.ner import UPPER_FRACTION, evaluation_keys, training_data

    once, dev = training_data(SHARED_DATA, nerp=False, nergrit_copies=1)
    thrice, dev_again = training_data(SHARED_DATA, nerp=False, nergrit_copies=3)
    assert dev == dev_again  # the held-out NERGrit tenth does not depend on the repetition
    grit = len(read_conll(SHARED_DATA / "indonlu-nergrit" / "train_preprocess.txt", "nergrit"))
    added = (len(thrice) - len(once)) / (1 + UPPER_FRACTION)
    assert added == pytest.approx(2 * 0.9 * grit, abs=10)
    banned = evaluation_keys(SHARED_DATA)
    assert not {s.key for s in thrice} & banned


def test_model_entities_are_cut_at_brackets_and_keep_their_label() -> None:
    from spacy.tokens import Doc, Span

    from warta.article.ner import model_entities

    words = ["kepada", "Badan", "Narkotika", "Nasional", "(", "BNN", ")", "di", "Jakarta", "."]
    doc = Doc(spacy.blank("id").vocab, words=words)
    doc.ents = [Span(doc, 1, 7, label="ORG"), Span(doc, 8, 9, label="LOC")]
    cut = [(span.text, span.label_) for span in model_entities(doc)]
    assert cut == [("Badan Narkotika Nasional", "ORG"), ("BNN", "ORG"), ("Jakarta", "LOC")]


def test_find_entities_does_not_return_a_name_with_its_acronym_in_brackets() -> None:
    text = "Kasus itu diserahkan kepada Badan Narkotika Nasional (BNN) di Jakarta."
    spans = find_entities(text)
    assert all("(" not in span.text and ")" not in span.text for span in spans)
    assert "Badan Narkotika Nasional" in {span.text for span in spans}  # the name is kept, only cut


def test_model_entities_drop_a_function_word_or_full_stop_the_model_ran_on_to() -> None:
    from spacy.tokens import Doc, Span

    from warta.article.ner import model_entities

    words = ["pejabat", "Kementerian", "Pertanian", "kemarin", ".", "Bank", "Dunia", "."]
    doc = Doc(spacy.blank("id").vocab, words=words)
    doc.ents = [Span(doc, 1, 5, label="ORG"), Span(doc, 5, 8, label="ORG")]
    kept = [span.text for span in model_entities(doc)]
    assert kept == ["Kementerian Pertanian", "Bank Dunia"]
