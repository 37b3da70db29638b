"""Stage contracts, build-time validation of the chain, and the runner.

A stage declares what it ``requires`` and ``provides``. :func:`build` walks the
chain and refuses it, naming what is missing, before any article is read
(stanza's processor contract, enforced rather than warned about). Per-article
stages run one article at a time, optionally in a process pool; corpus stages
see every article of the run. A failure on one article becomes a coded entry
in that article's ``errors`` and the run goes on.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Literal

from warta.document import Doc
from warta.errors import Code
from warta.models import ArticleError
from warta.options import Options

ArticleFn = Callable[[Doc, Options], None]
CorpusFn = Callable[[list[Doc], Options], None]


class StageFailure(Exception):
    """Raised by a stage for an expected, coded problem with one article."""

    def __init__(self, error: ArticleError) -> None:
        super().__init__(error.message)
        self.error = error


class PipelineError(Exception):
    """The chain of stages is broken; raised when the pipeline is built."""


@dataclass(frozen=True)
class Stage:
    name: str
    scope: Literal["article", "corpus"]
    requires: frozenset[str]
    provides: frozenset[str]
    fn: ArticleFn | CorpusFn

    def __reduce__(self) -> tuple[Callable[[str, str], Stage], tuple[str, str]]:
        # The decorator rebinds the function's name to this Stage, so pickle by
        # reference (module + name): worker processes look the stage up again.
        return (_load_stage, (self.fn.__module__, self.fn.__name__))


def _load_stage(module: str, name: str) -> Stage:
    stage = getattr(importlib.import_module(module), name)
    if not isinstance(stage, Stage):
        raise TypeError(f"{module}.{name} is not a warta stage")
    return stage


def article_stage(name: str, requires: set[str], provides: set[str]) -> Callable[[ArticleFn], Stage]:
    """Decorator that turns ``fn(doc, options)`` into a per-article :class:`Stage`."""

    def wrap(fn: ArticleFn) -> Stage:
        return Stage(name, "article", frozenset(requires), frozenset(provides), fn)

    return wrap


def corpus_stage(name: str, requires: set[str], provides: set[str]) -> Callable[[CorpusFn], Stage]:
    """Decorator that turns ``fn(docs, options)`` into a corpus :class:`Stage`."""

    def wrap(fn: CorpusFn) -> Stage:
        return Stage(name, "corpus", frozenset(requires), frozenset(provides), fn)

    return wrap


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[Stage, ...]
    initial: frozenset[str]

    @property
    def provides(self) -> frozenset[str]:
        out = set(self.initial)
        for stage in self.stages:
            out |= stage.provides
        return frozenset(out)


def build(stages: Sequence[Stage], initial: frozenset[str] = frozenset({"raw"})) -> Pipeline:
    """Check that every stage's requirements are provided by what runs before it."""
    available = set(initial)
    for position, stage in enumerate(stages):
        missing = stage.requires - available
        if missing:
            before = ", ".join(s.name for s in stages[:position]) or "nothing"
            raise PipelineError(
                f"stage '{stage.name}' requires {sorted(missing)}, which no earlier stage "
                f"provides (runs after: {before}; available: {sorted(available)})"
            )
        available |= stage.provides
    return Pipeline(tuple(stages), frozenset(initial))


def _groups(stages: Sequence[Stage]) -> Iterator[tuple[Stage, ...]]:
    """Split the chain into runs of consecutive per-article stages and single corpus stages."""
    run: list[Stage] = []
    for stage in stages:
        if stage.scope == "article":
            run.append(stage)
            continue
        if run:
            yield tuple(run)
            run = []
        yield (stage,)
    if run:
        yield tuple(run)


def run_article_stages(doc: Doc, stages: tuple[Stage, ...], options: Options) -> Doc:
    """Run per-article stages on one document, turning failures into coded errors."""
    for stage in stages:
        if not stage.requires <= doc.provided:
            continue  # an earlier stage failed on this article; its error is recorded
        try:
            stage.fn(doc, options)  # type: ignore[arg-type]  # scope == "article"
        except StageFailure as failure:
            failure.error.stage = failure.error.stage or stage.name
            doc.article.errors.append(failure.error)
            continue
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}"
            doc.article.errors.append(Code.STAGE_FAILED.error(stage=stage.name, reason=reason))
            continue
        doc.provided |= stage.provides
    return doc


def _map_articles(
    docs: list[Doc], stages: tuple[Stage, ...], options: Options, pool: ProcessPoolExecutor | None
) -> list[Doc]:
    if pool is None or len(docs) < 2:
        serial = (run_article_stages(doc, stages, options) for doc in docs)
        return list(_with_progress(serial, len(docs), options, stages[0].name))
    chunk = max(1, min(64, len(docs) // (options.jobs * 4) or 1))
    # Executor.map keeps input order, so output order does not depend on --jobs.
    mapped = pool.map(run_article_stages, docs, [stages] * len(docs), [options] * len(docs),
                      chunksize=chunk)
    return list(_with_progress(mapped, len(docs), options, stages[0].name))


def _with_progress(items: Iterator[Doc], total: int, options: Options, label: str) -> Iterator[Doc]:
    if not (options.progress and total > 1 and sys.stderr.isatty()):
        yield from items
        return
    from rich.progress import Progress  # imported lazily: only interactive runs need it

    with Progress(transient=True) as progress:
        task = progress.add_task(f"analysing ({label}…)", total=total)
        for item in items:
            progress.advance(task)
            yield item


def run(pipeline: Pipeline, docs: list[Doc], options: Options) -> list[Doc]:
    """Run the whole chain over the documents of one run, in input order."""
    for doc in docs:
        doc.provided |= pipeline.initial
    pool = ProcessPoolExecutor(max_workers=options.jobs) if options.jobs > 1 else None
    try:
        for group in _groups(pipeline.stages):
            if group[0].scope == "corpus":
                _run_corpus_stage(group[0], docs, options)
            else:
                docs = _map_articles(docs, group, options, pool)
    finally:
        if pool is not None:
            pool.shutdown()
    return docs


def _run_corpus_stage(stage: Stage, docs: list[Doc], options: Options) -> None:
    ready = [doc for doc in docs if stage.requires <= doc.provided]
    try:
        stage.fn(ready, options)  # type: ignore[arg-type]  # scope == "corpus"
    except Exception as exc:  # a corpus stage failing must not lose the articles
        reason = f"{type(exc).__name__}: {exc}"
        for doc in ready:
            doc.article.errors.append(Code.STAGE_FAILED.error(stage=stage.name, reason=reason))
        return
    for doc in ready:
        doc.provided |= stage.provides
