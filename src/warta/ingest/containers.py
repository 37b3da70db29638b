"""Containers that hold many articles: JSONL exports and WARC archives."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import zlib
from typing import Any, TypeGuard

from warta.document import Doc, Hints
from warta.errors import Code
from warta.ingest.records import failed_doc, new_doc
from warta.models import ArticleError


def _failed(source: str, raw: bytes, line: int, reason: str) -> Doc:
    return failed_doc(source, Code.BAD_JSONL_LINE.error(line=line, reason=reason), raw)


def _text_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _published_field(record: dict[str, Any]) -> str | None:
    """The stated publication time: a string as written, or epoch seconds (a number, as many
    exports write it) as an ISO datetime in UTC."""
    value = record.get("published")
    if _is_number(value):
        try:
            return dt.datetime.fromtimestamp(value, dt.UTC).isoformat(timespec="seconds")
        except (OverflowError, OSError, ValueError):
            return None
    return _text_field(record, "published")


# Fields a scraper writes the save time under; a date line that counts back ("2 jam lalu") is
# read from it.
_SAVED_FIELDS = ("scraped_at", "crawled_at", "fetched_at", "saved_at", "retrieved_at")


def _saved_fields(record: dict[str, Any]) -> dict[str, str]:
    """``saved``/``saved_from`` hints from the first save-time field the record fills."""
    for name in _SAVED_FIELDS:
        value = _text_field(record, name)
        if value is not None:
            return {"saved": value, "saved_from": f"JSONL field '{name}'"}
    return {}


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


_HINT_FIELDS = ("url", "title", "published", "outlet")


def _unread_fields(record: dict[str, Any], hints: Hints, line: int) -> list[ArticleError]:
    """A warning for each metadata field given with a value warta cannot take (a number for a
    title, a list for a date), so that a field is never lost without a word. A missing field,
    null or a blank string is simply absent; a ``published`` string that reads as no date is
    the metadata stage's W-META-105."""
    warnings = []
    for field in _HINT_FIELDS:
        value = record.get(field)
        if value is None or isinstance(value, str) or getattr(hints, field) is not None:
            continue
        shown = _shown(value)
        if field == "published" and _is_number(value):
            reason = f"{shown} is out of the range of epoch seconds"
        else:
            reason = f"{shown} is {_kind(value)}, not a string"
        warnings.append(Code.FIELD_LEFT_OUT.error(stage="ingest", line=line, field=field, reason=reason))
    return warnings


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if _is_number(value):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"


def _shown(value: object, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _field_names(record: dict[str, Any], depth: int = 0) -> str:
    """The record's field names, with those of a nested object in braces ("source{name, url}"),
    so that an export whose article sits under ``content`` or ``article.body`` tells the user
    which field to rename instead of only that ``text`` is missing."""
    names = []
    for key, value in record.items():
        inner = _field_names(value, depth + 1) if isinstance(value, dict) and value and depth < 2 else ""
        names.append(f"{key}{{{inner}}}" if inner else str(key))
    return _shown_names(names)


def _shown_names(names: list[str], limit: int = 12) -> str:
    return ", ".join(names[:limit]) + (f", ... ({len(names) - limit} more)" if len(names) > limit else "")


def read_jsonl(given: str, raw: bytes, first_line: int = 1) -> list[Doc]:
    """One article per line: ``text`` or ``html``, optional url, title, published, outlet.

    ``first_line`` numbers a slice of a file (``warta batch`` reads JSONL line by line)."""
    docs: list[Doc] = []
    for number, line in enumerate(raw.splitlines(), start=first_line):
        if not line.strip():
            continue
        source = f"{given}#L{number}"
        try:
            record = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            docs.append(_failed(source, line, number, f"not JSON ({exc})"))
            continue
        if not isinstance(record, dict):
            docs.append(_failed(source, line, number, "not a JSON object"))
            continue
        html, text = _text_field(record, "html"), _text_field(record, "text")
        if html is None and text is None:
            reason = f"no 'text' or 'html' field (fields: {_field_names(record)})"
            docs.append(_failed(source, line, number, reason))
            continue
        hints = Hints(
            url=_text_field(record, "url"),
            title=_text_field(record, "title"),
            published=_published_field(record),
            outlet=_text_field(record, "outlet"),
            **_saved_fields(record),
        )
        body = (html if html is not None else text) or ""
        doc = new_doc(source, body.encode("utf-8"), "html" if html is not None else "txt", hints)
        doc.article.sha256 = hashlib.sha256(line).hexdigest()
        doc.article.errors += _unread_fields(record, hints, number)
        docs.append(doc)
    return docs


# Crawl bookkeeping, not pages: a request, the crawl's own description, metadata about a record.
_BOOKKEEPING_RECORDS = {"request", "warcinfo", "metadata"}


def read_warc(given: str, raw: bytes) -> list[Doc]:
    """HTML response records of a WARC (plain or gzipped). Any other record that holds content
    (a PDF or an image response, a redirect or an error page, a revisit, a resource) is listed
    with W-INGEST-102, so that nothing is left out unsaid; bookkeeping records are skipped."""
    docs, failure = _warc_records(given, raw)
    if failure is not None and raw[:2] == GZIP_MAGIC:
        # `gzip crawl.warc` compresses the whole file as one member, which a WARC reader
        # refuses after the first record (it wants one member a record): read it unpacked.
        whole = _gunzipped(raw)
        if whole is not None:
            docs, failure = _warc_records(given, whole)
    if failure is not None:
        docs.append(failed_doc(given, Code.BAD_WARC.error(reason=failure)))
    return docs


GZIP_MAGIC = b"\x1f\x8b"


def _gunzipped(raw: bytes) -> bytes | None:
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error):
        return None


def _warc_records(given: str, raw: bytes) -> tuple[list[Doc], str | None]:
    """The documents of the records read, and why reading stopped early (None: it did not)."""
    from warcio.archiveiterator import ArchiveIterator  # lazy: most runs have no WARC

    docs: list[Doc] = []
    try:
        for index, record in enumerate(ArchiveIterator(io.BytesIO(raw))):
            if record.rec_type in _BOOKKEEPING_RECORDS:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            source = url or f"{given}#{index}"
            why = _not_a_page(record)
            if why is not None:
                docs.append(failed_doc(source, Code.WARC_RECORD_SKIPPED.error(index=index, reason=why)))
                continue
            payload = record.content_stream().read()
            saved = record.rec_headers.get_header("WARC-Date")
            hints = Hints(url=url, saved=saved, saved_from="WARC-Date" if saved else None)
            docs.append(new_doc(source, payload, "html", hints))
    except Exception as exc:  # warcio raises many kinds for a damaged archive
        return docs, " ".join(f"{type(exc).__name__}: {exc}".split())
    return docs, None


def _not_a_page(record: Any) -> str | None:
    """Why a content record is not read as an article, or None for an HTML response."""
    if record.rec_type != "response":
        return f"a {record.rec_type} record, not a response"
    if record.http_headers is None:
        return "a response with no HTTP headers"
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        # A redirect or an error page has no article of its own (the redirect's target, if
        # crawled, is a record of its own).
        location = record.http_headers.get_header("Location")
        return f"HTTP status {status or 'not stated'}" + (f", a redirect to {location}" if location else "")
    content_type = record.http_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return f"content type {content_type.split(';')[0].strip() or 'not stated'}, not HTML"
    return None
