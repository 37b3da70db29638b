"""Parts of warta batch that need no Spark session: which files of a folder are read and how,
the per-article head, and how a Spark failure is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.api import default_stages
from warta.ingest.records import new_doc
from warta.options import Options
from warta.scale.articles import run_head, split_chain
from warta.scale.records import input_files
from warta.scale.session import batch_failure

# Fictional, written for these tests.
STORY = ("Warga Desa Sukamaju bergotong royong memperbaiki saluran irigasi yang jebol setelah hujan "
         "deras pekan lalu. Kepala desa, Darmawan Hadi, mengatakan perbaikan ditargetkan selesai "
         "sebelum musim tanam berikutnya agar sawah tidak kekeringan.")


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def _listed(given: Path) -> list[str]:
    return [Path(name).relative_to(given).as_posix() if name != str(given) else "."
            for name, _, error in input_files(str(given)) if error is None]


def test_a_mixed_folder_reads_each_parquet_file_and_every_other_file(tmp_path: Path) -> None:
    _touch(tmp_path, "b.txt", "a.parquet", "sub/c.parquet", "sub/d.html", "notes.xyz", ".hidden.parquet",
           "crawl.jsonl")
    assert _listed(tmp_path) == ["a.parquet", "b.txt", "crawl.jsonl", "sub/c.parquet", "sub/d.html"]


def test_a_folder_of_only_parquet_is_one_dataset(tmp_path: Path) -> None:
    # What Spark writes: part files, a _SUCCESS marker, hidden checksums, partition folders.
    _touch(tmp_path, "part-0.parquet", "_SUCCESS", ".part-0.parquet.crc", "year=2022/part-1.parquet")
    assert _listed(tmp_path) == ["."]


def test_a_folder_with_nothing_readable_is_a_coded_error(tmp_path: Path) -> None:
    _touch(tmp_path, "notes.xyz", "_SUCCESS")
    # The file of another kind is named (W-INGEST-106), as warta analyze names it.
    codes = [error.code for _, _, error in input_files(str(tmp_path)) if error]
    assert codes == ["W-INGEST-106", "E-INGEST-006"]


def test_the_head_drops_the_raw_bytes_it_has_decoded() -> None:
    head, _ = split_chain(default_stages())
    doc = new_doc("desa.txt", STORY.encode("utf-8"), "txt")
    [(index, done)] = list(run_head([(7, doc)], head, Options(jobs=1, progress=False)))
    assert index == 7 and done.raw == b""
    assert "Darmawan Hadi" in done.text  # what the rest of the chain reads instead


def test_spark_and_file_system_failures_are_e_spark_002() -> None:
    protocol = pytest.importorskip("py4j.protocol")
    trace = ("An error occurred while calling o42.parquet.\n"
             ": org.apache.spark.SparkException: Job aborted due to stage failure\n\tat org.apache...")
    failure = batch_failure(protocol.Py4JError(trace))
    assert failure is not None and failure.code.code == "E-SPARK-002"
    assert "Job aborted due to stage failure" in str(failure) and "o42" not in str(failure)
    denied = batch_failure(PermissionError(13, "Permission denied", "/out/articles.parquet"))
    assert denied is not None and "Permission denied" in str(denied)
    assert batch_failure(ValueError("a bug")) is None  # not Spark's: shown as it is
