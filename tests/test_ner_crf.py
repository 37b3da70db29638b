"""The CRF beside the NER model: features, training on a tiny invented corpus, combinations."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.strings import get_string_id

from warta.article.ner_crf_combine import arbitrate, intersection, union
from warta.article.ner_crf_features import (
    capital_runs,
    case_pattern,
    gazetteer_tags,
    sentence_features,
    shape,
)
from warta.article.ner_crf_tagger import CrfTagger, Tagged, trimmed
from warta.article.ner_crf_words import Clusters, WordVectors, with_vectors
from warta.bench.ner import Sentence, tags_from_spans
from warta.train.ner_crf import CrfSettings, crf_sentences, train_crf

pytest.importorskip("pycrfsuite")  # the `crf` extra (also in `test`)


def _sentence(text: str, spans: list[tuple[int, int, str]]) -> Sentence:
    words = tuple(text.split())
    return Sentence(words, tags_from_spans(len(words), spans))


# Invented local news: a regent, a village head and a cooperative, each named a few times.
CORPUS = [
    _sentence("Bupati Sutrisno Harjowiyono meresmikan pasar baru di Wonokerto .", [(1, 3, "PERSON"), (7, 8, "LOC")]),
    _sentence("Kepala desa Sutrisno Harjowiyono menyambut warga di balai desa .", [(2, 4, "PERSON")]),
    _sentence("Warga Wonokerto menanam padi pada musim hujan .", [(1, 2, "LOC")]),
    _sentence("Koperasi Tani Makmur membeli gabah dari petani Wonokerto .", [(0, 3, "ORG"), (7, 8, "LOC")]),
    _sentence("Menurut Sutrisno Harjowiyono , harga gabah naik pekan ini .", [(1, 3, "PERSON")]),
    _sentence("Pengurus Koperasi Tani Makmur menggelar rapat tahunan .", [(1, 4, "ORG")]),
    _sentence("Harga pupuk turun setelah panen raya .", []),
    _sentence("Ibu Ratna Kusumawati membuka kios sayur di Wonokerto .", [(1, 3, "PERSON"), (7, 8, "LOC")]),
]


def _clusters(words: list[str]) -> Clusters:
    # Two invented granularities: names share a cluster, other words another.
    ids = {get_string_id(w.lower()): ((1, 7) if w[0].isupper() else (0, 3)) for w in words}
    return Clusters(ids, (2, 8))


@pytest.fixture(scope="module")
def tiny_crf(tmp_path_factory: pytest.TempPathFactory) -> CrfTagger:
    words = sorted({w for s in CORPUS for w in s.words})
    out = tmp_path_factory.mktemp("crf")
    return train_crf(CORPUS * 3, _clusters(words), out, CrfSettings(c1=0.0, c2=0.01, max_iterations=80))


def test_crf_predicts_a_name_it_was_taught_in_a_new_sentence(tiny_crf: CrfTagger) -> None:
    words = ["Kemarin", "Sutrisno", "Harjowiyono", "meninjau", "sawah", "."]
    tagged = tiny_crf.tag([words])[0]
    assert (1, 3, "PERSON") in tagged.spans
    assert tagged.span_probability((1, 3, "PERSON")) > 0.5
    assert tagged.outside_probability((3, 4, "PERSON")) > 0.5  # "meninjau" is no name


def test_crf_model_and_clusters_are_written(tiny_crf: CrfTagger, tmp_path: Path) -> None:
    path = tiny_crf.path
    assert path.is_file() and path.stat().st_size > 0
    clusters = tiny_crf.clusters
    clusters.save(tmp_path / "c.npz")
    again = Clusters.load(tmp_path / "c.npz")
    assert again == clusters
    assert again.of("WONOKERTO") == (1, 7)
    assert again.of("tidakada") is None


def test_features_carry_window_gazetteer_and_clusters() -> None:
    words = ["Presiden", "Prancis", "berkunjung", "ke", "Jakarta", "."]
    clusters = Clusters({get_string_id("jakarta"): (4, 9)}, (10, 100))
    feats = sentence_features(words, clusters)
    assert len(feats) == len(words)
    jakarta = feats[4]
    assert "w=jakarta" in jakarta and "c10=4" in jakarta and "c100=9" in jakarta
    assert "g=B-LOC" in jakarta  # the gazetteer knows Jakarta
    assert "-1:w=ke" in jakarta and "2:pad" in jakarta
    assert "c=none" in feats[2] and "first" in feats[0] and "last" in feats[5]


def test_gazetteer_tags_and_shapes() -> None:
    tags = gazetteer_tags(["Warga", "Amerika", "Serikat", "pulang", "."])
    assert tags[1:3] == ["B-LOC", "I-LOC"] and tags[3] == "O"
    assert shape("Jong-un") == "Xx-x" and shape("KPK") == "X" and shape("2014") == "d"
    assert case_pattern("KPK") == "upper" and case_pattern("Budi") == "title" and case_pattern("ke") == "lower"


def test_spans_are_trimmed_like_the_cnn() -> None:
    words = ["Badan", "Pangan", "(", "BP", ")", "kemarin"]
    assert trimmed(words, [(0, 6, "ORG")]) == [(0, 2, "ORG"), (3, 4, "ORG")]


def test_missing_labels_are_dropped_or_read_as_outside() -> None:
    sentences = [Sentence(("a", "B"), ("O", "-")), Sentence(("C",), ("B-ORG",))]
    assert crf_sentences(sentences, "drop") == [sentences[1]]
    assert crf_sentences(sentences, "outside")[0].tags == ("O", "O")


def _tagged(words: list[str], tags: list[str], outside: list[float]) -> Tagged:
    begin = [0.9 if t.startswith("B") else 0.0 for t in tags]
    inside = [0.9 if t.startswith("I") else 0.0 for t in tags]
    return Tagged(tuple(words), tuple(tags), {"O": tuple(outside), "B-ORG": tuple(begin), "I-ORG": tuple(inside)})


def test_combinations() -> None:
    words = ["Dinas", "Pasar", "dan", "Warung", "Kopi", "buka"]
    tagged = _tagged(words, ["O", "O", "O", "B-ORG", "I-ORG", "O"], [0.99, 0.99, 1.0, 0.1, 0.1, 1.0])
    cnn = [(0, 2, "ORG")]
    assert union(cnn, tagged.spans) == [(0, 2, "ORG"), (3, 5, "ORG")]
    assert intersection(cnn, tagged.spans) == []
    # The CRF is 99 % sure "Dinas Pasar" is no name: dropped above 0.98, kept at 1.01 (never).
    assert arbitrate(cnn, tagged, 0.5, 0.98) == [(3, 5, "ORG")]
    assert arbitrate(cnn, tagged, 0.95, 1.01) == [(0, 2, "ORG")]


def test_capital_runs_mark_name_edges() -> None:
    assert capital_runs(["Kata", "Wali", "Kota", "Bogor", "itu", "KPK"]) == ["B", "I", "I", "E", "O", "S"]


def test_dense_vectors_are_added_as_real_valued_features() -> None:
    import numpy as np

    vectors = WordVectors({get_string_id("bogor"): 0}, np.array([[0.5, -1.0]], dtype=np.float16))
    items = with_vectors([["w=bogor"], ["w=itu"]], ["Bogor", "itu"], vectors)
    assert items[0] == {"w=bogor": 1.0, "v0": 0.5, "v1": -1.0}
    assert items[1] == {"w=itu": 1.0}


def test_shipped_ensemble_keeps_offsets_and_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.article import ner
    from warta.article.ner_crf import crf_available

    if not crf_available():
        pytest.skip("the CRF is not installed")
    text = "Wali Kota Medan Bobby Nasution meninjau banjir di Kecamatan Medan Johor.\n\nWarga mengungsi."
    monkeypatch.delenv(ner.CRF_SWITCH, raising=False)
    assert not ner.crf_enabled()
    monkeypatch.setenv(ner.CRF_SWITCH, "1")
    assert ner.crf_enabled()
    spans = ner.entities_with(ner.load_ner(), text, crf=True)
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert ("Bobby Nasution", "PERSON") in {(s.text, s.label) for s in spans}


def test_numpy_decoder_gives_crfsuite_tags_and_marginals(tiny_crf: CrfTagger) -> None:
    from warta.article.ner_crf_fast import fast_decoder

    fast = fast_decoder(tiny_crf.path, tiny_crf.clusters)
    assert fast is not None  # train_crf exported the weights beside the model
    sentences = [["Kemarin", "Sutrisno", "Harjowiyono", "meninjau", "sawah", "di", "Wonokerto", "."],
                 ["Koperasi", "Tani", "Makmur", "tutup", "."], ["Harga"]]
    by_crfsuite = tiny_crf.tag(sentences)
    by_numpy = tiny_crf.tag_many(sentences)
    assert [t.tags for t in by_numpy] == [t.tags for t in by_crfsuite]
    assert (1, 3, "PERSON") in by_numpy[0].spans
    for slow, quick in zip(by_crfsuite, by_numpy, strict=True):
        for label, column in slow.marginals.items():
            assert quick.marginals[label] == pytest.approx(column, abs=1e-4)


def test_feature_cache_repeats_itself_and_keeps_only_weighed_attributes() -> None:
    from warta.article.ner_crf_features import FeatureMaker

    clusters = Clusters({get_string_id("jakarta"): (4, 9)}, (10, 100))
    words = ["Warga", "Jakarta", "dan", "warga", "Jakarta", "."]
    first = FeatureMaker(clusters).sentence(words)
    again = FeatureMaker(clusters).sentence(words)
    assert first == again and first == sentence_features(words, clusters)
    assert "-1:w=warga" in first[1] and "1:w=dan" in first[1] and "-1:w=jakarta" in first[2]
    known = frozenset({"w=jakarta", "g=B-LOC", "-1:w=warga"})
    kept = FeatureMaker(clusters, known).sentence(words)
    assert kept[1] == ["w=jakarta", "g=B-LOC", "-1:w=warga"] and kept[2] == []


def _words(text: str) -> list[str]:
    return text.split(" ")


def test_only_running_text_case_goes_to_the_crf() -> None:
    from warta.article.ner_crf_combine import cased

    assert cased(_words("Bupati Sutrisno meninjau sawah di Wonokerto ."))
    assert not cased(_words("bupati sutrisno meninjau sawah di wonokerto ."))
    assert not cased(_words("BUPATI SUTRISNO MENINJAU SAWAH DI WONOKERTO ."))
    assert not cased(_words("Bupati Sutrisno Resmikan Pasar Baru di Wonokerto"))  # a Title Case headline


def test_ensemble_leaves_uncased_lines_to_the_cnn(tiny_crf: CrfTagger) -> None:
    from warta.article.ner_crf import ensemble

    lower = _words("kemarin sutrisno harjowiyono meninjau sawah .")
    cnn = [[(1, 2, "LOC")]]
    assert ensemble(cnn, [lower], tiny_crf) == cnn  # the CRF would read O all along: not asked


def _guarded_case(words: list[str], outside: float) -> Tagged:
    n = len(words)
    return Tagged(tuple(words), ("O",) * n, {"O": (outside,) * n, "B-ORG": (0.0,) * n, "I-ORG": (0.0,) * n},
                  ("O",) * n)


def test_the_crf_veto_takes_common_words_readily_rare_names_only_when_all_but_certain() -> None:
    from warta.article.ner_crf_combine import arbitrate_guarded

    common = ["Pembayar", "Pajak", "datang", "."]  # dictionary words, capitalised
    assert arbitrate_guarded([(0, 2, "ORG")], _guarded_case(common, 0.9)) == []
    rare = ["Kopdesmart", "membuka", "gerai", "."]  # no common reading
    assert arbitrate_guarded([(0, 1, "ORG")], _guarded_case(rare, 0.95)) == [(0, 1, "ORG")]
    assert arbitrate_guarded([(0, 1, "ORG")], _guarded_case(rare, 0.995)) == []


def test_a_gazetteer_name_stays_and_a_lower_case_edge_is_no_sure_span() -> None:
    from warta.article.ner_crf_combine import arbitrate_guarded

    words = ["Lembaga", "Tani", "Indonesia", "buka", "kantor", "Koptani", "."]
    gazetteer = ("O", "O", "B-LOC", "O", "O", "O", "O")
    n = len(words)
    tagged = Tagged(tuple(words), ("B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"), {
        "O": (0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0),
        "B-ORG": (1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0), "I-ORG": (0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0),
        "B-LOC": (0.0,) * n, "I-LOC": (0.0,) * n}, gazetteer)
    # The CRF is sure of "Lembaga Tani Indonesia" but "Indonesia" is the gazetteer's place: it stays;
    # "kantor Koptani" opens on a lower-case word: not sure enough to beat the CNN's "Koptani".
    assert arbitrate_guarded([(2, 3, "LOC"), (5, 6, "ORG")], tagged) == [(2, 3, "LOC"), (5, 6, "ORG")]


def _sure_reading(words: list[str], tags: list[str]) -> Tagged:
    """The CRF's reading ``tags`` with every marginal certain (1.0 for the tag it chose)."""
    labels = {"O", *(f"{edge}-{kind}" for edge in "BI" for kind in ("PERSON", "ORG", "LOC"))}
    return Tagged(tuple(words), tuple(tags), {label: tuple(float(t == label) for t in tags) for label in labels},
                  ("O",) * len(words))


def test_the_veto_spares_an_organisation_opening_on_an_institution_head_noun() -> None:
    from warta.article.ner_crf_combine import arbitrate_guarded

    court = ["Sidang", "di", "Pengadilan", "Tinggi", "ditunda", "."]  # "Pengadilan": an org head
    assert arbitrate_guarded([(2, 4, "ORG")], _guarded_case(court, 0.99)) == [(2, 4, "ORG")]
    plenary = ["Sidang", "Pleno", "ditunda", "."]  # no head noun: the sure veto takes it
    assert arbitrate_guarded([(0, 2, "ORG")], _guarded_case(plenary, 0.99)) == []


def test_a_crf_span_opening_on_a_title_or_its_field_is_not_sure() -> None:
    from warta.article.ner_crf_combine import arbitrate_guarded

    post = ["Kabid", "Tanaman", "Pangan", "Rudi", "Hartono", "meninjau", "sawah", "."]
    tagged = _sure_reading(post, ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert arbitrate_guarded([], tagged) == [(3, 5, "PERSON")]  # the title's words are no person
    minister = ["Menteri", "ESDM", "Rudi", "Hartono", "datang", "."]  # "ESDM" completes "Menteri ESDM"
    tagged = _sure_reading(minister, ["O", "B-ORG", "B-PERSON", "I-PERSON", "O", "O"])
    assert arbitrate_guarded([], tagged) == [(2, 4, "PERSON")]
    office = ["Warga", "mendatangi", "Kantor", "ESDM", "kemarin", "."]  # no title before: the CRF adds it
    tagged = _sure_reading(office, ["O", "O", "O", "B-ORG", "O", "O"])
    assert arbitrate_guarded([], tagged) == [(3, 4, "ORG")]


def test_the_crf_lives_apart_from_the_cnn_model_that_training_rewrites() -> None:
    from warta.article.ner import model_path
    from warta.article.ner_crf import crf_path

    assert model_path() not in crf_path().parents


def test_the_veto_spares_the_head_of_a_longer_capitalised_run() -> None:
    from warta.article.ner_crf_combine import arbitrate_guarded

    # "Piagam" is a dictionary word the CRF is fairly sure is no name: vetoed alone, but not when it
    # opens "Piagam Kerja Sama Desa", of which the CNN read only the head.
    alone = ["Warga", "membaca", "Piagam", "itu", "."]
    assert arbitrate_guarded([(2, 3, "ORG")], _guarded_case(alone, 0.9)) == []
    head = ["Warga", "membaca", "Piagam", "Kerja", "Sama", "Desa", "."]
    assert arbitrate_guarded([(2, 3, "ORG")], _guarded_case(head, 0.9)) == [(2, 3, "ORG")]


def test_a_name_read_alone_is_left_to_the_cnn(tiny_crf: CrfTagger) -> None:
    from warta.article.ner_crf import ensemble
    from warta.article.ner_crf_combine import cased

    assert not cased(_words("Koperasi Tani Makmur"))  # no word opens in lower case: no sentence
    cnn = [[(0, 3, "ORG")]]
    assert ensemble(cnn, [_words("Koperasi Tani Makmur")], tiny_crf) == cnn


def test_lines_whose_marginals_go_unread_get_the_same_spans_without_them(tiny_crf: CrfTagger) -> None:
    from dataclasses import replace

    from warta.article.ner_crf_combine import arbitrate_guarded, reads_marginals

    words = ["Kemarin", "Sutrisno", "Harjowiyono", "meninjau", "sawah", "di", "Wonokerto", "."]
    tagged = tiny_crf.tag([words])[0]
    agreeing = list(tagged.spans)  # the CNN found what the CRF's best tags say
    assert agreeing and not reads_marginals(agreeing, tagged)
    bare = replace(tagged, marginals={})
    assert arbitrate_guarded(agreeing, bare) == arbitrate_guarded(agreeing, tagged) == sorted(agreeing)
    differing = [(3, 5, "ORG")]  # "meninjau sawah": no CRF span, so the veto must be weighed
    assert reads_marginals(differing, tagged)


def test_english_text_is_read_by_the_cnn_alone_even_with_the_ensemble_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.article import ner, ner_crf
    from warta.article.entities import find_article_entities
    from warta.article.model_spans import model

    if not ner_crf.crf_available() or model() is None:
        pytest.skip("the NER model or the CRF is not installed")
    calls: list[int] = []
    real = ner_crf.ensemble

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ner_crf, "ensemble", counted)
    monkeypatch.setenv(ner.CRF_SWITCH, "1")
    english = "Fire crews from Ridgeway County fought the blaze near Lake Morrow until Tuesday, officials said."
    find_article_entities(english, "a1", lang="en")
    assert not calls  # the CRF reads Indonesian features: English text gets the CNN's spans
    find_article_entities("Bupati Sleman Kustini Sri Purnomo meninjau banjir di Kecamatan Mlati.", "a2")
    assert calls  # Indonesian text still goes through the ensemble
