"""The Python API: the same entry points the CLI and the REST API use."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from warta import __version__
from warta.corpus.entities import gather_entities
from warta.document import Doc, Hints, InputFormat
from warta.errors import read_failed
from warta.ingest import collect, docs_from_bytes, read_as_one
from warta.ingest.records import new_doc
from warta.models import Analysis, Article, ArticleError
from warta.options import Options
from warta.pipeline import Pipeline, Stage, build, run


def foundation_stages() -> list[Stage]:
    """Reading, cleaning and metadata: the stages every other capability stands on."""
    from warta.article.assemble import assemble
    from warta.article.clean import classify_lines
    from warta.article.decode import decode
    from warta.article.extract import extract
    from warta.article.language import language
    from warta.article.meta import metadata
    from warta.article.sentences import sentences
    from warta.corpus.repeats import repeated_lines
    from warta.corpus.run_years import run_years

    return [decode, extract, classify_lines, repeated_lines, assemble, metadata, run_years, language,
            sentences]


def default_stages() -> list[Stage]:
    """The chain ``warta analyze`` runs, in order."""
    from warta.article.assemble import assemble
    from warta.article.clean import classify_lines
    from warta.article.decode import decode
    from warta.article.entities import entities
    from warta.article.events import events
    from warta.article.extract import extract
    from warta.article.language import language
    from warta.article.meta import metadata
    from warta.article.quotes import quotes
    from warta.article.sentences import sentences
    from warta.article.stances import stances
    from warta.article.timex import timexes
    from warta.corpus.entities import canonical_entities
    from warta.corpus.repeats import repeated_lines
    from warta.corpus.run_years import run_years

    # entities runs after meta (it reads the outlet names) and canonical joins them run-wide;
    # run_years dates year-less articles by the run's other dates before timexes read them.
    return [decode, extract, classify_lines, repeated_lines, assemble, metadata, run_years, timexes, language,
            sentences, entities, canonical_entities, quotes, events, stances]


def default_pipeline() -> Pipeline:
    return build(default_stages())


def foundation_pipeline() -> Pipeline:
    """Reading, cleaning and metadata only: what benchmarks of extraction and dates need."""
    return build(foundation_stages())


def analyze_docs(docs: list[Doc], options: Options, pipeline: Pipeline | None = None) -> list[Doc]:
    """Run the pipeline over already-read documents; documents that failed to read pass through."""
    pipeline = pipeline or default_pipeline()
    readable = [i for i, doc in enumerate(docs) if not read_failed(doc.article.errors)]
    # Worker processes hand back new objects, so put the results in place by position.
    results = run(pipeline, [docs[i] for i in readable], options)
    merged = list(docs)
    for index, doc in zip(readable, results, strict=True):
        merged[index] = doc
    return merged


def analyze(paths: Iterable[str], options: Options | None = None) -> Analysis:
    """Analyse files, directories, globs (and ``-`` for stdin) into one analysis document."""
    options = options or Options()
    docs, run_errors = collect(paths, options)
    docs = analyze_docs(docs, options)
    return analysis_of(docs, run_errors, options)


def analyze_input(
    data: bytes | str,
    fmt: InputFormat = "txt",
    source: str = "<input>",
    url: str | None = None,
    options: Options | None = None,
) -> Analysis:
    """Analyse one input given in memory as ``warta analyze`` reads a file of that format: a
    text dump of several articles gives one article per part (W-INGEST-104), a JSONL text one
    per line, a WARC one per page."""
    options = options or Options()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    docs = docs_from_bytes(source, raw, fmt, options, Hints(url=url))
    for number, doc in enumerate(docs, start=1):
        doc.article.id = f"a{number}"
    return analysis_of(analyze_docs(docs, options), (), options)


def analyze_bytes(
    raw: bytes,
    fmt: InputFormat = "txt",
    source: str = "<input>",
    url: str | None = None,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
) -> Article:
    """Analyse one article given as bytes (a text dump or an HTML page) with ``pipeline``
    (default: the whole chain; :func:`foundation_pipeline` for reading and cleaning only).
    The input is read as one article; a text dump that holds several is still read whole, with
    W-INGEST-107 saying so (:func:`analyze_input` reads each)."""
    doc = new_doc(source, raw, fmt, Hints(url=url))
    if fmt == "txt":
        read_as_one(doc)
    doc.article.id = "a1"
    return analyze_docs([doc], options or Options(), pipeline)[0].article


def analyze_text(text: str, source: str = "<input>", options: Options | None = None,
                 pipeline: Pipeline | None = None) -> Article:
    """Analyse one scraped text dump as one article (:func:`analyze_input` splits a dump of
    several)."""
    return analyze_bytes(text.encode("utf-8"), "txt", source, options=options, pipeline=pipeline)


def analysis_of(docs: Sequence[Doc], run_errors: Sequence[ArticleError] = (),
                options: Options | None = None) -> Analysis:
    """The analysis document of a run: articles in input order, what was found in them, and
    what they say together (``corpus.across.complete``: stories, merged events, timeline,
    claim matrix, summary)."""
    from warta.corpus.across import complete

    analysis = Analysis(
        warta_version=__version__,
        created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        articles=[doc.article for doc in docs],
        entities=gather_entities(docs),
        timexes=[timex for doc in docs for timex in doc.timexes],
        quotes=[quote for doc in docs for quote in doc.quotes],
        events=[event for doc in docs for event in doc.events],
        claims=[claim for doc in docs for claim in doc.claims],
        errors=list(run_errors),
    )
    return complete(analysis, options or Options())
