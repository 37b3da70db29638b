"""Readers: turn paths, globs, directories and stdin into documents.

Reading is I/O only: bytes plus the hints a container carries (JSONL fields,
WARC target URIs). Decoding and extraction are article stages, so they run in
the worker pool. Problems become coded errors on a document (or run-level
errors for paths that yield no document at all); nothing is dropped silently.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from warta.article.decode import binary_kind
from warta.document import Decoded, Doc, Hints, InputFormat
from warta.errors import Code
from warta.ingest.containers import read_jsonl, read_warc
from warta.ingest.gzipped import gunzip_capped, gzipped_whole, inner_path, is_gzip
from warta.ingest.records import failed_doc, new_doc
from warta.ingest.split import Part, dump_parts
from warta.models import ArticleError
from warta.options import Options

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl", ".warc", ".gz"}


def format_of(path: Path, head: bytes) -> InputFormat | None:
    """The input format from the file name, or from the first bytes when the name says nothing."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".jsonl"):
        return "jsonl"
    if path.suffix.lower() in HTML_SUFFIXES:
        return "html"
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "txt"
    sniff = head.lstrip()[:200].lower()
    if sniff.startswith((b"<!doctype html", b"<html")) or b"<body" in sniff:
        return "html"
    return None


Found = tuple[str, Path | None, ArticleError | None]


def expand(paths: Iterable[str], reads: Callable[[Path], bool] | None = None) -> Iterator[Found]:
    """Yield (given name, path, error) for every input file named directly or found below a dir
    (there, the files whose names ``reads`` takes: by default :func:`reads_name`)."""
    for given in paths:
        if given == "-":
            yield given, None, None
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(given, path, reads or reads_name)
        elif path.is_file():
            yield given, path, None
        elif path.exists() or path.is_symlink():
            # A pipe, socket or device named on its own: reading it could block for ever.
            reason = f"{given}: {_why_not_a_file(path)}"
            yield given, None, Code.UNREADABLE.error(reason=reason)
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield given, None, Code.NO_INPUT_FILES.error(path=given)
            yield from expand(matches, reads)
        else:
            yield given, None, Code.NOT_FOUND.error(path=given)


def _walk(given: str, folder: Path, reads: Callable[[Path], bool]) -> Iterator[Found]:
    """The files below a directory that warta reads, in name order. Every other visible entry
    is named in a run-level warning: a special file or dangling link on its own (whatever its
    name), files with names warta does not read together, one warning for the directory."""
    entries = sorted(p for p in folder.rglob("*") if not p.is_dir() and not _hidden(p, folder))
    found = [p for p in entries if p.is_file() and reads(p)]
    for entry in entries:
        if not entry.is_file():
            yield str(entry), None, Code.ENTRY_SKIPPED.error(path=entry, folder=given,
                                                             reason=_why_not_a_file(entry))
    other = [p for p in entries if p.is_file() and not reads(p)]
    if other:
        names = _listed(other, folder)
        yield given, None, Code.NAMES_SKIPPED.error(count=len(other), folder=given, names=names)
    if not found:
        yield given, None, Code.NO_INPUT_FILES.error(path=given)
    for file in found:
        yield str(file), file, None


def _hidden(path: Path, folder: Path) -> bool:
    """Dot files and anything inside a dot folder (.git, .cache) are not inputs."""
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def _listed(paths: list[Path], folder: Path, shown: int = 5) -> str:
    names = [str(p.relative_to(folder)) for p in paths[:shown]]
    more = f" and {len(paths) - shown} more" if len(paths) > shown else ""
    return ", ".join(names) + more


def _why_not_a_file(path: Path) -> str:
    """A named entry a directory walk cannot read: say why, as a lone path would be answered."""
    if path.is_symlink():
        return "symbolic link to a missing file"
    return "not a regular file (a pipe, socket or device)"


def reads_name(path: Path) -> bool:
    """Inside directories, take the formats warta reads by their names, gzipped ones too
    (``dump.txt.gz``, ``crawl.warc.gz``; not a bare ``x.gz``, which names no format)."""
    return inner_path(path).suffix.lower() in KNOWN_SUFFIXES - {".gz"}


def read_path(given: str, path: Path, options: Options) -> list[Doc]:
    """Read one file into one or more documents."""
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            return [failed_doc(given, Code.TOO_LARGE.error(size=size, limit=options.max_bytes))]
        raw = path.read_bytes()
    except OSError as exc:
        return [failed_doc(given, Code.UNREADABLE.error(reason=exc.strerror or str(exc)))]
    if gzipped_whole(path) and is_gzip(raw):
        return _gunzipped_docs(given, inner_path(path), raw, options)
    # A .gz name over plain bytes is read as the format of the name without .gz.
    fmt = format_of(inner_path(path), raw[:512]) or "txt"
    docs = docs_from_bytes(given, raw, fmt, options)
    if path.suffix.lower() == ".gz" and raw.strip() and not is_gzip(raw):
        # The name promised gzip and the bytes are plain: read them, but say the name lied
        # (a renamed or half-written download), rather than pass over it in silence.
        for doc in docs:
            doc.article.errors.append(Code.NOT_GZIP.error(stage="ingest", fmt=fmt))
    _warn_foreign_name(path, docs, fmt)
    return docs


def _warn_foreign_name(path: Path, docs: list[Doc], fmt: InputFormat) -> None:
    """A file named on its own is read even when its name is no format warta reads (a
    directory walk skips it with W-INGEST-106): say so, so that a ``.csv`` whose first row
    became a headline is not taken for an article read as meant. No suffix at all
    (``artikel``) is a plain name, read without a word."""
    suffix = inner_path(path).suffix.lower()
    if not suffix or suffix in KNOWN_SUFFIXES or any(binary_kind(doc.raw) for doc in docs):
        return  # a PDF or an image fails as binary (E-INGEST-002): its name adds nothing
    for doc in docs:
        doc.article.errors.append(Code.FOREIGN_NAME.error(stage="ingest", suffix=suffix, fmt=fmt))


def _gunzipped_docs(given: str, inner: Path, raw: bytes, options: Options) -> list[Doc]:
    """A file gzipped whole, read as the format of its inner name (``.jsonl.gz``: JSONL)."""
    unpacked = gunzip_capped(raw, options.max_bytes)
    if isinstance(unpacked, ArticleError):
        return [failed_doc(given, unpacked)]
    return docs_from_bytes(given, unpacked, format_of(inner, unpacked[:512]) or "txt", options)


def docs_from_bytes(given: str, raw: bytes, fmt: InputFormat, options: Options,
                    hints: Hints | None = None) -> list[Doc]:
    """The documents in one input's bytes: every entry point (files, stdin, the server's posted
    bodies, the Python API) reads through here, so a dump of several articles is split alike."""
    if fmt == "jsonl":
        # An empty export is an input that failed, as an empty text file is; not silence.
        return read_jsonl(given, raw) if raw.strip() else [failed_doc(given, Code.EMPTY_INPUT.error(), raw)]
    if fmt == "warc":
        return read_warc(given, raw)
    if fmt == "txt":
        return split_text_dump(given, raw, hints)
    return [new_doc(given, raw, fmt, hints)]


def split_text_dump(given: str, raw: bytes, hints: Hints | None = None) -> list[Doc]:
    """One document per article of a text dump. A dump that holds several is cut at line ends;
    each part is named as a JSONL row is (``file.txt#L16``, its line numbers counted from
    that line) and warned with W-INGEST-104, so that the user sees the file was split."""
    parts = dump_parts(raw)
    if len(parts) == 1:
        return [_decoded_doc(given, parts[0], hints)]
    docs = []
    for number, part in enumerate(parts, start=1):
        doc = _decoded_doc(f"{given}#L{part.first_line}", part, hints)
        doc.article.errors.append(Code.DUMP_SPLIT.error(stage="ingest", count=len(parts), part=number,
                                                        line=part.first_line))
        docs.append(doc)
    return docs


def read_as_one(doc: Doc) -> None:
    """Keep a text dump whole (the API's one-article readers), decoded once as a split dump
    is, and say when it holds several articles (W-INGEST-107), rather than merging them silently."""
    parts = dump_parts(doc.raw)
    if len(parts) == 1:
        doc.decoded = parts[0].decoded
        return
    first = parts[0].decoded
    if first is not None:  # the parts' texts, one after another, are the file's decoded text
        doc.decoded = Decoded("".join(part.decoded.text for part in parts if part.decoded), first.fallback)
    doc.article.errors.append(Code.READ_AS_ONE.error(stage="ingest", count=len(parts)))


def _decoded_doc(source: str, part: Part, hints: Hints | None) -> Doc:
    doc = new_doc(source, part.raw, "txt", hints)
    doc.decoded = part.decoded
    return doc


def read_stdin(options: Options) -> list[Doc]:
    raw = sys.stdin.buffer.read(options.max_bytes + 1)
    if len(raw) > options.max_bytes:
        return [failed_doc("-", Code.TOO_LARGE.error(size=len(raw), limit=options.max_bytes))]
    fmt = format_of(Path("-"), raw[:512])
    if fmt is None and raw.lstrip().startswith(b"{"):
        fmt = "jsonl"
    return docs_from_bytes("-", raw, fmt or "txt", options)


def collect(paths: Iterable[str], options: Options) -> tuple[list[Doc], list[ArticleError]]:
    """All documents of a run, numbered a1, a2, … in input order, and the run-level errors."""
    docs: list[Doc] = []
    run_errors: list[ArticleError] = []
    for given, path, error in expand(paths):
        if error is not None:
            run_errors.append(error)
        elif path is None:
            docs.extend(read_stdin(options))
        else:
            docs.extend(read_path(given, path, options))
    for number, doc in enumerate(docs, start=1):
        doc.article.id = f"a{number}"
    return docs, run_errors
