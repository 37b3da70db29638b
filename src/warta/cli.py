"""The ``warta`` command. ``warta --help`` and each command's ``--help`` are its reference.

Exit codes: 0 every article analysed cleanly; 1 some inputs or articles
failed (their errors are in the output); 2 usage error (bad option, nothing
to read, unwritable output).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

import click

from warta import __version__
from warta.errors import any_hard
from warta.models import Analysis
from warta.options import DEFAULT_MAX_BYTES, Options

if TYPE_CHECKING:
    from warta.store import Store

T = TypeVar("T")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _options(jobs: int, max_bytes: int) -> Options:
    if jobs < 1:
        raise click.BadParameter("must be at least 1", param_hint="--jobs")
    if max_bytes < 1:
        raise click.BadParameter("must be positive", param_hint="--max-bytes")
    return Options(jobs=jobs, max_bytes=max_bytes, progress=True)


def _failed(analysis: Analysis) -> bool:
    """Any input unreadable, or any article with an error (warnings, W-…, do not count)."""
    return any(any_hard(a.errors) for a in analysis.articles) or any_hard(analysis.errors)


def _write_json(analysis: Analysis, out: str | None) -> None:
    text = analysis.model_dump_json(indent=2)
    if out is None or out == "-":
        click.echo(text)
        return
    try:
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise click.UsageError(f"cannot write {out}: {exc.strerror}") from exc


# A trainer's width or epoch count: 0 would fail deep inside the training library.
POSITIVE = click.IntRange(min=1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta")
def main() -> None:
    """warta reads Indonesian news the way a careful analyst does.

    Give it raw articles (text dumps, HTML, JSONL, WARC) and it returns clean,
    dated, attributed articles as one JSON analysis document.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "json_out", metavar="OUT", help="Write the analysis JSON here (default: stdout).")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes for per-article stages.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse input files larger than this many bytes.")
@click.option("--summary-sentences", default=Options.summary_sentences, show_default=True,
              type=click.IntRange(min=0), metavar="N", help="Sentences in the run's cited summary (0: none).")
def analyze(inputs: tuple[str, ...], json_out: str | None, jobs: int, max_bytes: int,
            summary_sentences: int) -> None:
    """Analyse INPUTS: files, directories (recursive), globs, or - for stdin.

    Formats: .txt text dumps, .html/.htm pages, .jsonl (one article per line:
    text or html, optional url, title, published, outlet), .warc/.warc.gz.
    """
    from warta.api import analyze as run_analysis

    options = replace(_options(jobs, max_bytes), summary_sentences=summary_sentences)
    analysis = run_analysis(inputs, options)
    if not analysis.articles:
        for error in analysis.errors:
            click.echo(f"{error.code}: {error.message}", err=True)
        raise SystemExit(EXIT_USAGE)
    _write_json(analysis, json_out)
    for error in analysis.errors:
        click.echo(f"warning: {error.code}: {error.message}", err=True)
    raise SystemExit(EXIT_SOME_FAILED if _failed(analysis) else EXIT_OK)


@main.command()
@click.option("--out", default="warta-demo", show_default=True, type=click.Path(file_okay=False),
              help="Directory for the demo's analysis.json.")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes.")
def demo(out: str, jobs: int) -> None:
    """Analyse the built-in demo corpus and print a short summary."""
    from warta.demo import run_demo

    run_demo(Path(out), _options(jobs, DEFAULT_MAX_BYTES))


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--out", "out", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--db", "db", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Report on this store (from `warta ingest`) instead of INPUTS.")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes when analysing INPUTS.")
def report(inputs: tuple[str, ...], out: str, db: str | None, jobs: int) -> None:
    """Write one self-contained HTML report (stories, articles, entities) readable offline.

    INPUTS are raw articles (as for `analyze`) or one analysis JSON file; or give --db.
    """
    from warta.report import ReportInputError, analysis_for_report, report_from_reader, write_report

    if bool(inputs) == bool(db):
        raise click.UsageError("give INPUTS or --db (one of them)")
    analysis: Analysis | None = None
    try:
        if db:
            from warta.store import Store

            with Store(db) as store:
                path = report_from_reader(store, Path(out))
        else:
            analysis = analysis_for_report(inputs, _options(jobs, DEFAULT_MAX_BYTES))
            if not analysis.articles:
                raise ReportInputError("; ".join(f"{e.code}: {e.message}" for e in analysis.errors) or
                                       "no articles to report on")
            path = write_report(analysis, Path(out))
    except ReportInputError as exc:
        raise click.UsageError(str(exc)) from exc
    except OSError as exc:
        raise click.UsageError(f"cannot write {out}: {exc.strerror}") from exc
    click.echo(f"Report written to {path} (open it in a browser: xdg-open {path})")
    # The report is written either way; the exit code still says when something failed, as for analyze.
    raise SystemExit(EXIT_SOME_FAILED if analysis is not None and _failed(analysis) else EXIT_OK)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="warta.db", show_default=True, type=click.Path(dir_okay=False),
              help="The store to add to (created when missing).")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes for per-article stages.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse input files larger than this many bytes.")
def ingest(inputs: tuple[str, ...], db: str, jobs: int, max_bytes: int) -> None:
    """Analyse INPUTS and add them to a store; print what was added, unchanged or a new version.

    Contents already in the store (same sha256) are skipped; a changed content of the same
    URL or source is kept as a new version. Each batch is committed on its own, so an
    interrupted ingest is simply run again.
    """
    from warta.store.report import IngestReport

    def progress(report: IngestReport) -> None:
        click.echo(f"committed {len(report.items)} inputs so far", err=True)

    with _open_store(db) as store:
        report = store.ingest(inputs, _options(jobs, max_bytes), on_batch=progress)
    for item in report.items:
        version = f" v{item.version}" if item.version and item.version > 1 else ""
        click.echo(f"{item.status:<12} {item.article or '-':<7}{version} {item.source}")
        for error in item.errors:
            click.echo(f"    {error.code}: {error.message}")
    for error in report.errors:
        click.echo(f"warning: {error.code}: {error.message}", err=True)
    counts = report.counts()
    click.echo(", ".join(f"{n} {status}" for status, n in counts.items()) + f" (store: {db})")
    # An input listed only with a warning (a WARC redirect, W-INGEST-102) is "skipped" and fails
    # no run, as under analyze: "failed" items are those with a hard error.
    failed = bool(report.with_status("failed"))
    raise SystemExit(EXIT_SOME_FAILED if failed or any_hard(report.errors) else EXIT_OK)


@main.command()
@click.option("--db", default="warta.db", show_default=True, type=click.Path(dir_okay=False),
              help="The store to serve (from `warta ingest`).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback only by default).")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="WARTA_TOKEN", default=None,
              help="Require 'Authorization: Bearer TOKEN' on POST endpoints (env WARTA_TOKEN).")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let browser pages from ORIGIN call the API (repeatable; none by default).")
def serve(db: str, host: str, port: int, token: str | None, cors: tuple[str, ...]) -> None:
    """Serve the web pages and the JSON API (/api/, OpenAPI at /docs) over a store."""
    import uvicorn

    from warta.web.app import create_app

    if not Path(db).is_file():
        click.echo(f"note: {db} does not exist yet; starting with an empty store "
                   f"(add articles with `warta ingest FILES --db {db}`)", err=True)
    app = _wrap_store_errors(lambda: create_app(Path(db), token=token, cors_origins=list(cors) or None))
    click.echo(f"warta serving {db} on http://{host}:{port}/ (API: /api/, docs: /docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "parquet"]), default="json",
              show_default=True, help="json: one analysis; jsonl: one article a line; csv/parquet: tables.")
@click.option("--db", default="warta.db", show_default=True, type=click.Path(dir_okay=False, exists=True),
              help="The store to export.")
@click.option("-o", "--out", "out", required=True, type=click.Path(dir_okay=False),
              help="File to write (csv/parquet: other tables go beside it unless --table is given).")
@click.option("--table", default=None,
              help="csv/parquet: write only this table (articles, entities, quotes, events, claims, ...).")
def export(fmt: str, db: str, out: str, table: str | None) -> None:
    """Write the analysis in a store as JSON, JSONL, CSV or Parquet."""
    from warta.store.export import ExportFormat
    from warta.store.export import export as write_export

    with _open_store(db) as store:
        paths = _wrap_store_errors(lambda: write_export(store, cast(ExportFormat, fmt), Path(out), table))
    for path in paths:
        click.echo(f"wrote {path}")


def _open_store(db: str) -> Store:
    from warta.store import Store

    return _wrap_store_errors(lambda: Store(db))


def _wrap_store_errors(make: Callable[[], T]) -> T:
    """Store and export problems are usage errors (exit 2) with their code."""
    from warta.errors import WartaError

    try:
        return make()
    except WartaError as exc:
        raise click.UsageError(str(exc)) from exc


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Directory for articles.parquet, duplicates.parquet and the analyses.")
@click.option("--master", default="local[2]", show_default=True, help="Spark master URL.")
@click.option("--jobs", "-j", default=None, type=click.IntRange(min=1),
              help="Sets the number of partitions the articles are analysed in, not processes "
                   "(default: 4 per core of the master, more for a big corpus).")
@click.option("--window-days", default=14, show_default=True, type=click.IntRange(min=1),
              help="Days of publication per cross-article analysis.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse input files (and JSONL lines) larger than this many bytes.")
def batch(inputs: tuple[str, ...], out: str, master: str, jobs: int | None, window_days: int,
          max_bytes: int) -> None:
    """Analyse INPUTS with Apache Spark: JSONL, Parquet (JSONL's columns), WARC, text and HTML.

    Writes one Parquet row per article, the near-duplicates, and an analysis.json per
    window of publication days (one in all for a small corpus). Needs 'warta[spark]' and Java.
    """
    from warta.errors import WartaError
    from warta.scale.batch import run_batch
    from warta.scale.session import batch_failure

    if "-" in inputs:
        raise click.UsageError("warta batch reads files, not stdin")
    try:
        report = run_batch(inputs, Path(out), _options(1, max_bytes), master=master, partitions=jobs,
                           window_days=window_days)
    except WartaError as exc:
        raise click.UsageError(str(exc)) from exc
    except Exception as exc:  # Spark's own errors are E-SPARK-002, not a JVM trace
        failure = batch_failure(exc)
        if failure is None:
            raise
        click.echo(f"error: {failure}", err=True)
        raise SystemExit(EXIT_SOME_FAILED) from exc
    for error in report.errors:
        click.echo(f"warning: {error['code']}: {error['message']}", err=True)
    if not report.articles:
        click.echo("no articles read", err=True)
        raise SystemExit(EXIT_USAGE)
    click.echo(f"{report.articles} articles ({report.failed} failed), {report.duplicates} duplicates, "
               f"{len(report.analyses)} analyses under {out}")
    # Run-level warnings (a skipped pipe, W-INGEST-105/106) leave the code 0, as under analyze.
    hard = any(str(error["code"]).startswith("E-") for error in report.errors)
    raise SystemExit(EXIT_SOME_FAILED if report.failed or hard else EXIT_OK)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the analysis document."""
    from warta.models import analysis_json_schema

    click.echo(json.dumps(analysis_json_schema(), indent=2, ensure_ascii=False))


@main.command()
@click.argument("tasks", nargs=-1)
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=None,
              help="Gold data directory (default: ../shared/data beside the project root).")
@click.option("--json", "json_out", metavar="OUT", help="Write {task: {metric: value}} here.")
@click.option("--list", "list_tasks", is_flag=True, help="List the benchmark tasks and exit.")
def bench(tasks: tuple[str, ...], data_dir: str | None, json_out: str | None, list_tasks: bool) -> None:
    """Run accuracy and speed benchmarks (all TASKS when none are named)."""
    from warta.bench import TASKS
    from warta.bench.runner import run_benchmarks

    if list_tasks:
        click.echo("\n".join(TASKS))
        return
    unknown = [t for t in tasks if t not in TASKS]
    if unknown:
        raise click.UsageError(f"unknown task(s) {unknown}; choose from {list(TASKS)}")
    code = run_benchmarks(list(tasks) or list(TASKS), data_dir, json_out)
    raise SystemExit(code)


@main.group("train")
def train_group() -> None:
    """Train warta's shipped models from the gold data (fixed seeds: the same data gives the same model)."""


@train_group.command("ner")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=None,
              help="Gold data directory (default: ../shared/data beside the project root).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Where to write the model and its MODEL_CARD.md (default: the package's resources/ner).")
@click.option("--seed", default=None, type=int, help="Random seed (default: the one the shipped model used).")
@click.option("--width", default=None, type=POSITIVE, help="Token vector width of the CNN encoder.")
@click.option("--max-epochs", default=None, type=POSITIVE, help="Passes over the training data at most.")
@click.option("--no-bench", is_flag=True, help="Skip the benchmark that fills the model card's test scores.")
def train_ner(data_dir: str | None, out_dir: str | None, seed: int | None, width: int | None,
              max_epochs: int | None, no_bench: bool) -> None:
    """Train the NER model (PERSON, ORG, LOC) and write it with its model card.

    Trains on NERGrit, idner-news-2k and case-restored NERP train splits,
    keeps the best checkpoint on dev, then scores it with `warta bench ner`.
    """
    from warta.train.ner import run_training

    run_training(data_dir, out_dir, seed=seed, width=width, max_epochs=max_epochs, bench=not no_bench,
                 log=click.echo)



@train_group.command("parser")
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=None,
              help="Gold data directory (default: ../shared/data beside the project root).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Where to write the model and its MODEL_CARD.md (default: the package's parser).")
@click.option("--seed", default=None, type=int, help="Random seed (default: the one the shipped model used).")
@click.option("--width", default=None, type=POSITIVE, help="Token vector width of the CNN encoder.")
@click.option("--max-epochs", default=None, type=POSITIVE, help="Passes over the training data at most.")
@click.option("--no-bench", is_flag=True, help="Skip the GSD test benchmark that fills the model card.")
def train_parser(data_dir: str | None, out_dir: str | None, seed: int | None, width: int | None,
                 max_epochs: int | None, no_bench: bool) -> None:
    """Train the UPOS tagger and dependency parser and write them with their model card.

    Trains on UD Indonesian PUD and GSD dev (a seeded part of GSD dev held out to
    choose the checkpoint), then scores GSD test with `warta bench parser`.
    """
    from warta.train.parser import run_training

    run_training(data_dir, out_dir, seed=seed, width=width, max_epochs=max_epochs, bench=not no_bench,
                 log=click.echo)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
