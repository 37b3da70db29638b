"""The NER model's CPU settings (ner_speed.py) change its speed, never its answers; the speed bench."""

from __future__ import annotations

import os

import pytest
import spacy
from threadpoolctl import threadpool_info, threadpool_limits

from warta.article.ner import entities_with, model_path
from warta.article.ner_speed import one_blas_thread, use_numpy_blas
from warta.bench.entities import Speed, one_core, stage_speed

TEXT = ("Menteri Luar Negeri Retno Marsudi bertemu Sekretaris Jenderal PBB di New York, Senin.\n\n"
        "Juru bicara Kementerian Pertahanan, Dahnil Anzar, mengatakan TNI siap membantu warga Aceh.\n"
        "Presiden Prabowo Subianto terbang ke Tokyo untuk bertemu Perdana Menteri Jepang.")


def _spans(nlp: spacy.language.Language) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in entities_with(nlp, TEXT)]


@pytest.fixture(scope="module")
def tuned() -> spacy.language.Language:
    return use_numpy_blas(spacy.load(model_path()))


def test_numpy_blas_finds_the_same_spans_as_blis(tuned: spacy.language.Language) -> None:
    blis_spans = _spans(spacy.load(model_path()))
    assert blis_spans, "the model should find names in the sample text"
    assert _spans(tuned) == blis_spans


def test_numpy_blas_reaches_every_layer(tuned: spacy.language.Language) -> None:
    layers = list(tuned.get_pipe("ner").model.walk())  # type: ignore[attr-defined]
    assert len(layers) > 5
    assert all(not getattr(layer.ops, "use_blis", True) for layer in layers)


def _blas_threads() -> list[int]:
    # numpy's BLAS is the one the model multiplies with; a BLAS another library loads later
    # (scipy's, once some other test imports it) is outside the limit and beside the point.
    return [int(lib["num_threads"]) for lib in threadpool_info()
            if lib["user_api"] == "blas" and "numpy" in lib["filepath"]]


def test_one_blas_thread_is_lifted_after_the_block() -> None:
    with threadpool_limits(limits=2, user_api="blas"):  # so that lifting the limit shows
        before = _blas_threads()
        assert before == [2] * len(before) and before, "numpy should load a BLAS"
        with one_blas_thread():
            assert all(n == 1 for n in _blas_threads())
        assert _blas_threads() == before


def test_the_limit_holds_until_the_last_block_leaves() -> None:
    # Blocks of two threads of the web API interleave: the first to leave must not lift the
    # limit while the other is still inside (run here in one thread, in the same order).
    first, second = one_blas_thread(), one_blas_thread()
    with threadpool_limits(limits=2, user_api="blas"):
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)
        while_second_inside = _blas_threads()
        second.__exit__(None, None, None)
        after = _blas_threads()
    assert while_second_inside and all(n == 1 for n in while_second_inside)
    assert after == [2] * len(after)



def test_stage_speed_counts_every_article_once_on_one_core() -> None:
    texts = ["Presiden Joko Widodo tiba di Bandung , Senin .", "Menteri Retno Marsudi bertemu wartawan ."]
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    speed = stage_speed(texts, use_model=False)
    assert speed.tokens == 15
    assert 0 < speed.cpu_seconds < 60 and speed.wall_seconds > 0
    if cores is not None:
        assert os.sched_getaffinity(0) == cores  # the pin is lifted afterwards


def test_one_core_pins_inside_the_block() -> None:
    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("no CPU affinity on this platform")
    with one_core():
        assert len(os.sched_getaffinity(0)) == 1


def test_stage_speed_keeps_the_fastest_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.bench import entities as bench_entities

    passes = iter([Speed(10, 2.0, 2.5), Speed(10, 1.0, 1.2), Speed(10, 1.5, 1.6)])
    monkeypatch.setattr(bench_entities, "_one_pass", lambda *_: next(passes))
    best = bench_entities.stage_speed(["Presiden Joko Widodo tiba ."], use_model=False, passes=3)
    assert (best.tokens, best.cpu_seconds) == (10, 1.0)
