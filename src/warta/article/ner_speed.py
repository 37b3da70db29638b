"""Running the NER model fast on one CPU core.

Two settings of the libraries under spaCy decide most of the model's speed, and neither
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
  model's ops sum them with numpy's gather and add instead, thinc's own reference code for
  it, which adds the rows in the same order, so the sums are the same to the bit.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
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
            for layer in model.walk():
                layer.ops = ops
    return nlp


@cache
def _numpy_ops_class() -> type[NumpyOps]:
    """thinc's NumPy ops with the embedding sum done by numpy (imported only when a model runs)."""
    from thinc.api import NumpyOps, Ops

    class NumpyOnlyOps(NumpyOps):  # type: ignore[misc]  # thinc's classes are untyped Cython
        def gather_add(self, table: Any, indices: Any) -> Any:
            return Ops.gather_add(self, table, indices)

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
