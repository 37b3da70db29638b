"""The NER model's fast paths (ner_tokens.py, ner_speed.py) give it the same input and the same
numbers as spaCy's own tokenizer and thinc's own ops: speed without a change in answers."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.language import Language
from thinc.api import Model, NumpyOps

from warta.article import ner_tokens
from warta.article.ner import entities_with, line_tokenizer, load_ner, model_path
from warta.article.ner_speed import _layer_norm, use_numpy_blas
from warta.article.ner_tokens import LineTokenizer

# Written for these tests: punctuation glued to words, abbreviations, money, times, hyphens,
# URLs, e-mail, quotes, brackets, emoji and odd whitespace (tabs, runs of spaces, no-break
# spaces), which spaCy's rules split in their own ways.
LINES = [
    "Presiden Prabowo Subianto tiba di Bandara Soekarno-Hatta, Tangerang, Senin (3/2/2025) pukul 10.30 WIB.",
    "\"Kami siap,\" kata Kepala Basarnas Marsdya TNI Kusworo kepada KOMPAS.com di Jl. Angkasa No. 2.",
    "dr. Siti Nadia Tarmizi, M.Epid., menyebut biaya Rp10.000 hingga Rp 5 juta; naik 12,5% dari 2023/2024.",
    "Juru bicara Kremlin Dmitry Peskov (foto) menolak tuduhan AS-Rusia soal Al-Qaeda dan ISIS...",
    "Baca juga: https://www.kompas.com/tren/read/2025/01/01/a-b?page=2 atau kirim surel ke redaksi@contoh.co.id",
    "Warga Kabupaten Bantul 🙏 menggelar doa bersama—sementara anak-anak bermain e-sport & COVID-19 mereda.",
    "  Spasi di depan dan di belakang  ",
    "Tab\tdi tengah dan  dua spasi serta spasi\u00a0tak-putus di sini.",
    "O'Brien, Jong-un, dan Erdoğan bertemu di Washington D.C. pada 1-2 Mei; 3x lipat, 5km.",
    "TNI-Polri, PDI-P, dan Partai Golkar (PG) sepakat. [Red: ANT] #pemilu @kpu_ri",
    "Sidang digelar Jum'at, 3 Jan. 2025, dan ditunda ke Feb. atau Mar. (lihat hlm. 4).",
    "",
    "x",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_ner()


def _tokens(doc: spacy.tokens.Doc) -> list[tuple[str, str, str]]:
    return [(token.text, token.whitespace_, token.norm_) for token in doc]  # norms: the model reads them


@pytest.mark.parametrize("line", LINES)
def test_line_tokenizer_makes_spacys_tokens(nlp: Language, line: str) -> None:
    doc = LineTokenizer(nlp)(line)
    assert doc.text == line
    assert _tokens(doc) == _tokens(nlp.make_doc(line))


@pytest.mark.parametrize("line", LINES)
def test_words_handed_to_the_crf_are_the_docs_tokens(nlp: Language, line: str) -> None:
    doc, words = LineTokenizer(nlp).with_words(line)  # the fast path and spaCy's (odd whitespace) alike
    assert words == [token.text for token in doc]


def test_special_cases_keep_their_norms(nlp: Language) -> None:
    doc = LineTokenizer(nlp)("Rapat pada 3 Jan. lalu.")
    assert [token.norm_ for token in doc if token.text == "Jan."] == ["Januari"]


def test_remembered_pieces_give_the_same_tokens_again(nlp: Language) -> None:
    tokenizer = LineTokenizer(nlp)
    first = [_tokens(tokenizer(line)) for line in LINES]
    assert [_tokens(tokenizer(line)) for line in LINES] == first


def test_memory_of_pieces_is_bounded(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner_tokens, "MAX_REMEMBERED", 3)
    tokenizer = LineTokenizer(nlp)
    for line in LINES:
        tokenizer(line)
    assert len(tokenizer._pieces) == 3
    assert _tokens(tokenizer(LINES[2])) == _tokens(nlp.make_doc(LINES[2]))  # past the bound: still right


def test_one_line_tokenizer_per_pipeline(nlp: Language) -> None:
    assert line_tokenizer(nlp) is line_tokenizer(nlp)


def test_entities_are_the_same_as_through_spacys_tokenizer(nlp: Language) -> None:
    text = "\n\n".join(line for line in LINES if line.strip())
    with_fast = [(s.start, s.end, s.label) for s in entities_with(nlp, text)]
    assert len(with_fast) >= 10, "the model should find names in the sample text"
    assert with_fast == [(s.start, s.end, s.label) for s in _spacy_tokenized_entities(nlp, text)]


def _spacy_tokenized_entities(nlp: Language, text: str) -> list[object]:
    from warta.article import ner

    class SpacysOwn:  # spaCy's tokenizer behind the line tokenizer's interface
        def __init__(self, pipeline: Language) -> None:
            self.pipeline = pipeline

        def with_words(self, line: str) -> tuple[spacy.tokens.Doc, list[str]]:
            doc = self.pipeline.make_doc(line)
            return doc, [token.text for token in doc]

    original = ner.line_tokenizer
    ner.line_tokenizer = SpacysOwn  # type: ignore[assignment]
    try:
        return list(entities_with(nlp, text))
    finally:
        ner.line_tokenizer = original


def test_embedding_sums_are_thincs_to_the_bit(nlp: Language) -> None:
    model = nlp.get_pipe("ner").model  # type: ignore[attr-defined]
    embeds = [layer for layer in model.walk() if layer.name == "hashembed"]
    assert embeds, "the model should embed hashed token attributes"
    table = embeds[0].get_param("E")
    rng = numpy.random.default_rng(7)
    keys = rng.integers(0, table.shape[0], size=(300, 4)).astype("uint32")  # what thinc.hash gives hashembed
    blis_sum = NumpyOps(use_blis=True).gather_add(table, keys)
    assert numpy.array_equal(embeds[0].ops.gather_add(table, keys), blis_sum)


def test_the_tuned_model_encodes_tokens_to_the_bit() -> None:
    # numpy's products in both, thinc's embedding sum in one: the only difference is the sum
    plain, tuned = spacy.load(model_path()), use_numpy_blas(spacy.load(model_path()))
    plain_model = plain.get_pipe("ner").model  # type: ignore[attr-defined]
    for layer in plain_model.walk():
        layer.ops = NumpyOps(use_blis=False)
    docs = [tuned.make_doc(line) for line in LINES if line.strip()]
    before = plain_model.get_ref("tok2vec").predict(docs)
    after = tuned.get_pipe("ner").model.get_ref("tok2vec").predict(docs)  # type: ignore[attr-defined]
    assert len(before) == sum(len(doc) for doc in docs)  # one row per token
    assert numpy.array_equal(before, after)


def test_every_layer_norm_of_the_tuned_model_reuses_its_centring() -> None:
    tuned = use_numpy_blas(spacy.load(model_path()))
    norms = [layer for layer in tuned.get_pipe("ner").model.walk()  # type: ignore[attr-defined]
             if layer.name == "layernorm"]
    assert len(norms) == 5  # the embedding's and one per encoder layer (depth 4)
    assert all(layer._func is _layer_norm for layer in norms)


def test_the_fast_layer_norm_trains_as_thincs_does() -> None:
    from thinc.api import LayerNorm

    plain = LayerNorm(nI=4)
    plain.initialize()
    plain.set_param("G", numpy.array([1.0, 2.0, 0.5, 1.5], dtype="f"))
    X = numpy.random.default_rng(3).standard_normal((6, 4)).astype("f")
    fast = Model("layernorm", _layer_norm, dims={"nI": 4, "nO": 4},
                 params={"G": plain.get_param("G"), "b": plain.get_param("b")})
    assert numpy.array_equal(fast.predict(X), plain.predict(X))
    (y_fast, _), (y_plain, _) = fast.begin_update(X), plain.begin_update(X)
    assert numpy.array_equal(y_fast, y_plain)
    with pytest.raises(RuntimeError, match="inference only"):
        fast(X, is_train=False)[1](y_fast)
