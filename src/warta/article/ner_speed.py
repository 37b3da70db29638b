"""Running the NER model fast on one CPU core.

Three settings of the libraries under spaCy decide much of the model's speed, and none
changes what it finds (the same weights, the same arithmetic up to float rounding):

- Matrix products. thinc multiplies through BLIS, whose wheel picks its kernel from the CPU
  model it recognises; on a CPU newer than the wheel (AMD Zen 5, for one) it falls back to
  the generic reference kernel, several times slower. numpy's OpenBLAS detects CPUs by
  their features instead, so the model's layers are switched to numpy's products.
- Threads. OpenBLAS splits each product over every core. The model's matrices are small
  (one article's tokens), so the threads spend more time waiting for each other than
  multiplying, and with a process per core they fight over the cores. The model runs with
  one BLAS thread; the limit is lifted again after each call.
- Embedding sums. thinc's NumPy ops sum a token's hashed embedding rows with one BLIS vector
  call per row (the same slow generic kernel, and a call's overhead for 64 numbers); the
  model's ops take each column of rows with numpy and add them in the same order, so the
  sums are the same to the bit, in a third of the time.
- Layer norms. thinc's layer norm computes each token's mean twice (once inside numpy's
  variance); at inference the model's layer norms centre once and reuse it, with the same
  numpy operations in the same order, so their outputs are the same to the bit too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from thinc.api import NumpyOps
    from threadpoolctl import ThreadpoolController


def use_numpy_blas(nlp: Language) -> Language:
    """``nlp`` with every model layer computing its matrix products through numpy."""
    ops = _numpy_ops_class()(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            _reuse_centred_layer_norms(model)
            for layer in model.walk():
                layer.ops = ops
    return nlp


def _reuse_centred_layer_norms(model: Any) -> None:
    """Every layer norm of ``model`` replaced by one with the same weights and :func:`_layer_norm`."""
    from thinc.api import Model

    for node in list(model.walk()):
        if node.name == "layernorm" and node.has_param("G") and node.has_param("b"):
            dims = {"nI": node.get_dim("nI"), "nO": node.get_dim("nO")}
            params = {"G": node.get_param("G"), "b": node.get_param("b")}
            model.replace_node(node, Model("layernorm", _layer_norm, dims=dims, params=params))


def _layer_norm(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's layer norm, the mean taken once at inference (training runs thinc's own)."""
    if is_train:
        from thinc.layers.layernorm import forward

        return forward(model, X, is_train)
    centred = X - X.mean(axis=1, keepdims=True)
    variance = (centred * centred).mean(axis=1, keepdims=True)
    variance += 1e-08  # thinc's epsilon
    centred *= variance ** (-1.0 / 2.0)
    centred *= model.get_param("G")
    centred += model.get_param("b")
    return centred, _inference_only


def _inference_only(gradient: Any) -> Any:
    raise RuntimeError("the NER model loaded for speed runs inference only; train with thinc's layers")


@cache
def _numpy_ops_class() -> type[NumpyOps]:
    """thinc's NumPy ops with the embedding sum done by numpy (imported only when a model runs)."""
    import numpy
    from thinc.api import NumpyOps

    class NumpyOnlyOps(NumpyOps):  # type: ignore[misc]  # thinc's classes are untyped Cython
        def gather_add(self, table: Any, indices: Any) -> Any:
            """Row ``i``: the sum of ``table[indices[i, k]]`` over ``k``, added left to right."""
            total = numpy.take(table, indices[:, 0], axis=0)
            for column in range(1, indices.shape[1]):
                total += numpy.take(table, indices[:, column], axis=0)
            return total

    return NumpyOnlyOps


@cache
def _controller() -> ThreadpoolController:
    import numpy  # noqa: F401  # the controller only sees libraries loaded before it
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


class _SharedLimit:
    """One BLAS limit for every thread inside a block: the limit is process-wide, so the first
    block to enter sets it and the last to leave restores it (the web API runs articles in a
    thread pool; nested set/restore pairs would otherwise undo each other mid-call)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._inside = 0
        self._limiter: Any = None

    def enter(self) -> None:
        with self._lock:
            if self._inside == 0:
                self._limiter = _controller().limit(limits=1, user_api="blas")
            self._inside += 1

    def leave(self) -> None:
        with self._lock:
            self._inside -= 1
            if self._inside == 0:
                self._limiter.restore_original_limits()
                self._limiter = None


_SHARED = _SharedLimit()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with BLAS limited to one thread (the previous limit is restored when the
    last block running in any thread ends)."""
    _SHARED.enter()
    try:
        yield
    finally:
        _SHARED.leave()
