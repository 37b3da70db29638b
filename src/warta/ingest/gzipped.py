"""Files gzipped whole: ``dump.txt.gz``, ``export.jsonl.gz``, ``page.html.gz``.

Each is read as the format of its name without ``.gz``. It is unpacked as a stream that stops
one byte past ``--max-bytes``, so a small file that unpacks to gigabytes (a gzip bomb) never
fills memory. A ``.warc.gz`` is not one of these: a WARC reader takes its gzip members itself.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

from warta.errors import Code
from warta.ingest.containers import GZIP_MAGIC
from warta.models import ArticleError


def gzipped_whole(path: Path) -> bool:
    """A name ending in ``.gz`` that is not a WARC's."""
    name = path.name.lower()
    return name.endswith(".gz") and not name.endswith(".warc.gz")


def inner_path(path: Path) -> Path:
    """The name the file had before it was gzipped (``dump.txt.gz`` → ``dump.txt``)."""
    return path.with_suffix("") if path.suffix.lower() == ".gz" else path


def is_gzip(raw: bytes) -> bool:
    return raw.startswith(GZIP_MAGIC)


def gunzip_capped(raw: bytes, limit: int) -> bytes | ArticleError:
    """The unpacked bytes of a gzip file (several members read one after another), or the error
    that says why not: they run past ``limit`` bytes, or the gzip is damaged or cut short."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            unpacked = stream.read(limit + 1)  # GzipFile unpacks only as much as it is asked for
    except (OSError, EOFError, zlib.error) as exc:
        return Code.BAD_GZIP.error(reason=str(exc) or type(exc).__name__)
    if len(unpacked) > limit:
        return Code.TOO_LARGE_UNPACKED.error(limit=limit)
    return unpacked
