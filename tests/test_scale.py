"""warta batch in Spark local mode: the same articles as warta analyze, the same duplicates as
find_duplicates, bad records as coded error rows, valid analyses per window.

One Spark session and one batch run serve the whole module (Spark starts slowly).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from warta.scale.session import spark_missing

pytestmark = pytest.mark.skipif(spark_missing() is not None,
                                reason=f"warta batch needs Spark: {spark_missing()}")

from warta.api import analyze_docs  # noqa: E402  # after the skip mark: nothing below needs Spark yet
from warta.corpus.duplicates import find_duplicates  # noqa: E402
from warta.demo import corpus_dir  # noqa: E402
from warta.ingest import collect  # noqa: E402
from warta.models import Analysis, Article, Duplicate  # noqa: E402
from warta.options import Options  # noqa: E402
from warta.scale.articles import article_record  # noqa: E402
from warta.scale.batch import BatchReport, run_batch, write_windows  # noqa: E402

DEMO = sorted(str(p) for p in corpus_dir().iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
# Fictional, written for these tests: one article a different outlet reprints word for word.
REPRINT_OUTLET = "Kabar Selat"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from warta.scale.session import start_session

    session = start_session("local[2]")
    yield session
    session.stop()


def _extra_jsonl(path: Path) -> Path:
    """A reprint of the first demo article, a line that is not JSON, a line with no text."""
    first = Path(DEMO[0]).read_text(encoding="utf-8")
    lines = [
        json.dumps({"text": first, "url": "https://kabarselat.example/reprint", "outlet": REPRINT_OUTLET,
                    "published": "2022-11-15T08:00:00+07:00"}),
        '{"text": "Rapat paripurna DPRD ditunda karena',
        json.dumps({"title": "Judul tanpa isi", "url": "https://kabarselat.example/kosong"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _extra_parquet(path: Path) -> Path:
    """A dated article far from the demo's weeks (a window of its own) and a row with no text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    text = ("Pemerintah Kabupaten Sumba Barat membuka posko kesehatan di tiga desa setelah banjir "
            "bandang merendam ratusan rumah warga pada Senin malam. Kepala dinas kesehatan setempat, "
            "Yohana Lende, mengatakan tim medis memeriksa lebih dari dua ratus warga yang mengeluh "
            "demam dan diare. Menurut dia, persediaan obat cukup untuk dua pekan ke depan.")
    table = pa.table({"text": [text, None], "title": ["Posko Kesehatan Dibuka di Sumba Barat", "Kosong"],
                      "published": ["2023-03-06T09:00:00+08:00", None],
                      "outlet": ["Warta Timur", None]})
    pq.write_table(table, path)
    return path


PAGE = """<!doctype html><html lang="id"><head><title>Jembatan Gantung Putus di Lebak</title>
<meta property="article:published_time" content="2022-11-20T10:00:00+07:00"></head><body>
<nav>Beranda | Nasional | Daerah</nav><article><h1>Jembatan Gantung Putus di Lebak</h1>
<p>Jembatan gantung yang menghubungkan dua desa di Kabupaten Lebak putus pada Minggu pagi setelah
sungai di bawahnya meluap. Tidak ada korban jiwa dalam kejadian itu.</p>
<p>Kepala desa setempat, Asep Sunarya, mengatakan warga kini harus memutar sejauh delapan kilometer
untuk mencapai pasar dan sekolah. Pemerintah kabupaten berjanji membangun jembatan darurat.</p>
</article><footer>Hak cipta Kabar Lebak</footer></body></html>"""


def _extra_warc(path: Path) -> Path:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://kabarlebak.example/jembatan", "response",
                                                  payload=io.BytesIO(PAGE.encode()), http_headers=headers))
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture(scope="module")
def batch(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BatchReport]:
    base = tmp_path_factory.mktemp("batch")
    inputs = [*DEMO, str(_extra_jsonl(base / "extra.jsonl")), str(_extra_parquet(base / "extra.parquet")),
              str(_extra_warc(base / "crawl.warc.gz"))]
    out = base / "out"
    return out, run_batch(inputs, out, Options(), partitions=2, window_days=14, spark=spark)


def _rows(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return sorted(pq.read_table(path).to_pylist(), key=lambda row: row["index"])


def _keys_for_ids(value: Any, keys: dict[str, str]) -> Any:
    """Entity ids, and the settled names beside them, replaced by the entity's first mention.

    A partition settles an entity's name from the articles it holds (docs/scale.md, Limits), so
    the name may differ from a whole-run ``canonical``; the mentions an entity groups may not.
    """
    if isinstance(value, list):
        return [_keys_for_ids(item, keys) for item in value]
    if isinstance(value, dict):
        linked = keys.get(value.get("entity")) if isinstance(value.get("entity"), str) else None
        return {k: linked if k == "name" and linked
                else keys.get(v, v) if k in {"entity", "target"} and isinstance(v, str)
                else _keys_for_ids(v, keys) for k, v in value.items()}
    return value


def _comparable(record: dict[str, Any]) -> dict[str, Any]:
    keys = {e["id"]: _first_mention(e) for e in record["entities"]}
    entities = sorted((keys[e["id"]], e["type"], len(e["mentions"])) for e in record["entities"])
    rest = {k: _keys_for_ids(v, keys) for k, v in record.items() if k != "entities"}
    return rest | {"entities": entities}


def _first_mention(entity: dict[str, Any]) -> str:
    first = min(entity["mentions"], key=lambda m: (m["start"], m["end"]))
    return f"{first['text']}@{first['start']}"


def test_batch_articles_are_those_of_warta_analyze(batch: tuple[Path, BatchReport]) -> None:
    out, _ = batch
    rows = {row["id"]: row for row in _rows(out / "articles.parquet")}
    options = Options()
    docs, _ = collect(DEMO, options)
    docs = analyze_docs(docs, options)  # what warta analyze runs before the cross-article step
    assert len(docs) == 10
    for doc in docs:
        row = rows[doc.article.id]
        expected = _comparable(article_record(doc, "run"))
        assert _comparable(json.loads(row["json"])) == expected, doc.article.source
        assert (row["source"], row["outlet"], row["published"]) == (
            doc.article.source, doc.article.outlet, doc.article.published)
    assert sum(len(json.loads(rows[d.article.id]["json"])["quotes"]) for d in docs) > 20


def test_bad_records_become_coded_error_rows(batch: tuple[Path, BatchReport]) -> None:
    out, report = batch
    rows = _rows(out / "articles.parquet")
    assert report.articles == len(rows) == 16  # 10 demo + 3 JSONL lines + 2 Parquet rows + 1 WARC page
    codes = {row["source"].rsplit("/", 1)[-1]: [e["code"] for e in row["errors"]] for row in rows}
    assert codes["extra.jsonl#L2"] == ["E-INGEST-005"]
    assert codes["extra.jsonl#L3"] == ["E-INGEST-005"]
    assert codes["extra.parquet#R2"] == ["E-INGEST-009"]
    assert not [c for c in codes["extra.parquet#R1"] if c.startswith("E-")]
    assert report.failed == 3
    assert [row["id"] for row in rows] == [f"a{n}" for n in range(1, 17)]  # input order
    page = json.loads(rows[-1]["json"])["article"]
    assert page["source"] == "https://kabarlebak.example/jembatan" and "Asep Sunarya" in page["body"]


def test_reprint_is_found_and_kept_in_its_window(batch: tuple[Path, BatchReport]) -> None:
    out, report = batch
    duplicates = _rows_unsorted(out / "duplicates.parquet")
    assert [(d["article"], d["duplicate_of"]) for d in duplicates] == [("a11", "a1")]
    first = Analysis.model_validate_json(Path(report.analyses[0]).read_text(encoding="utf-8"))
    assert [(d.article, d.duplicate_of) for d in first.duplicates] == [("a11", "a1")]
    assert any({"a1", "a11"} <= set(story.articles) for story in first.stories)


def _rows_unsorted(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return rows


def test_each_window_is_a_valid_analysis_of_its_days(batch: tuple[Path, BatchReport], validate: Any) -> None:
    _, report = batch
    labels = [Path(p).parent.name for p in report.analyses]
    assert labels == ["2022-11-14_2022-11-27", "2022-11-28_2022-12-11", "2023-03-06_2023-03-19", "undated"]
    seen: list[str] = []
    for path, label in zip(report.analyses, labels, strict=True):
        data = validate(json.loads(Path(path).read_text(encoding="utf-8")))
        seen += [a["id"] for a in data["articles"]]
        if label != "undated":
            first, last = label.split("_")
            assert all(first <= a["published"][:10] <= last for a in data["articles"])
            assert data["stories"] and data["timeline"]
    assert sorted(seen) == sorted(f"a{n}" for n in range(1, 17))  # each article in one analysis


def test_a_small_corpus_is_one_analysis(spark: Any, batch: tuple[Path, BatchReport], validate: Any,
                                        tmp_path: Path) -> None:
    out, _ = batch
    articles = spark.read.parquet(str(out / "articles.parquet"))
    written = write_windows(articles, [], tmp_path, Options(), 365, ())
    assert written == [str(tmp_path / "analysis.json")]
    data = validate(json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8")))
    assert len(data["articles"]) == 16
    # Entities joined across partitions: one entity per gazetteer row.
    rows = [e["gazetteer_id"] for e in data["entities"] if e["gazetteer_id"]]
    assert len(rows) == len(set(rows)) > 5


def _truncate(text: str, share: float) -> str:
    words = text.split(" ")
    return " ".join(words[: round(len(words) * share)])


def _shuffle(text: str) -> str:
    return "\n\n".join(reversed(text.split("\n\n")))


def _edit(text: str, every: int) -> str:
    """Every ``every``-th word replaced: 7 leaves a near copy, 2 leaves another text."""
    return " ".join("diubah" if n % every == 0 else w for n, w in enumerate(text.split(" "), 1))


def test_spark_duplicates_equal_find_duplicates(spark: Any, batch: tuple[Path, BatchReport]) -> None:
    from warta.scale.duplicates import shingle_frame, spark_duplicates

    out, _ = batch
    demo = [json.loads(row["json"])["article"]["body"] for row in _rows(out / "articles.parquet")[:10]]
    bodies = [*demo, demo[2], _truncate(demo[3], 0.3), _shuffle(demo[4]), _edit(demo[5], 7),
              _truncate(demo[6], 0.5), _edit(demo[7], 2), demo[2]]
    articles = [Article(id=f"x{n}", source="test", sha256="", body=body) for n, body in enumerate(bodies, 1)]
    expected = find_duplicates(articles)
    rows = spark.sparkContext.parallelize([(i, a.id, a.body) for i, a in enumerate(articles)], 3)
    found = spark_duplicates(shingle_frame(spark, rows)).orderBy("index").collect()
    got = [Duplicate(article=r["article"], duplicate_of=r["duplicate_of"], similarity=round(r["score"], 4))
           for r in found]
    assert got == expected
    assert {d.article for d in expected} >= {"x11", "x12", "x13", "x14", "x17"}


# Fictional, written for these tests: the same report in JSONL and in Parquet (a TIMESTAMP).
HARBOUR = ("Otoritas Pelabuhan Tanjung Emas menunda keberangkatan empat kapal penumpang karena "
           "gelombang tinggi di Laut Jawa. Kepala otoritas, Rudi Santoso, mengatakan penumpang "
           "ditampung di terminal dan mendapat makanan gratis sampai cuaca membaik.")
MARKET = ("Pedagang Pasar Johar mengeluhkan harga cabai rawit yang naik dua kali lipat dalam sepekan. "
          "Seorang pedagang, Sri Wahyuni, mengatakan pembeli kini hanya membeli seperempat kilogram.")
SCHOOL = ("Dinas Pendidikan Kota Semarang meliburkan tiga sekolah dasar yang terendam banjir. Kepala "
          "dinas, Bambang Sutrisno, mengatakan siswa belajar dari rumah selama sepekan.")
HARBOUR_UTC = "2022-11-14T20:00:00+00:00"


def _parquet_rows(path: Path, rows: list[dict[str, Any]], published: Any = None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows)
    if published is not None:
        table = table.append_column("published", published)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)


def _mixed_inputs(base: Path) -> list[str]:
    """A folder of JSONL, Parquet (one a level down) and text; a Parquet dataset folder as Spark
    writes it; a file named .parquet that is not Parquet."""
    import datetime as dt

    import pyarrow as pa

    dumps = base / "dumps"
    dumps.mkdir()
    (dumps / "a.jsonl").write_text(json.dumps({"text": HARBOUR, "published": HARBOUR_UTC}) + "\n",
                                   encoding="utf-8")
    instant = dt.datetime(2022, 11, 14, 20, tzinfo=dt.UTC)
    _parquet_rows(dumps / "b.parquet", [{"text": HARBOUR}], pa.array([instant], pa.timestamp("us", tz="UTC")))
    (dumps / "c.txt").write_text(SCHOOL, encoding="utf-8")
    _parquet_rows(dumps / "deeper" / "d.parquet", [{"text": MARKET, "published": "2022-11-16"}])
    dataset = base / "dataset"
    _parquet_rows(dataset / "desk=kota" / "part-0.parquet", [{"text": MARKET, "published": "2022-11-15"}])
    _parquet_rows(dataset / "desk=sekolah" / "part-0.parquet", [{"text": SCHOOL, "published": "2022-11-15"}])
    (dataset / "_SUCCESS").write_bytes(b"")
    (base / "broken.parquet").write_bytes(b"PAR1 this is not a Parquet file PAR1")
    return [str(dumps), str(dataset), str(base / "broken.parquet")]


@pytest.fixture(scope="module")
def mixed(spark: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BatchReport]:
    """Run with no session given (the module's is active) into an --out an earlier run wrote."""
    base = tmp_path_factory.mktemp("mixed")
    inputs = _mixed_inputs(base)
    out = base / "out"
    (out / "windows" / "2001-01-01_2001-01-14").mkdir(parents=True)
    (out / "windows" / "2001-01-01_2001-01-14" / "analysis.json").write_text("{}", encoding="utf-8")
    (out / "analysis.json").write_text("{}", encoding="utf-8")
    return out, run_batch(inputs, out, Options(), partitions=2, window_days=14)


def test_folders_read_every_parquet_file_and_a_bad_one_is_a_coded_error(
        mixed: tuple[Path, BatchReport]) -> None:
    out, report = mixed
    sources = [Path(row["source"]).relative_to(out.parent).as_posix() for row in _rows(out / "articles.parquet")]
    assert sources == ["dumps/a.jsonl#L1", "dumps/b.parquet#R1", "dumps/c.txt", "dumps/deeper/d.parquet#R1",
                       "dataset#R1", "dataset#R2"]
    assert report.articles == 6 and report.failed == 0
    assert [(e["code"], "broken.parquet" in e["message"]) for e in report.errors] == [("E-INGEST-004", True)]


def test_a_parquet_timestamp_is_the_instant_the_jsonl_text_gives(mixed: tuple[Path, BatchReport]) -> None:
    out, _ = mixed
    rows = {row["source"].rsplit("/", 1)[-1]: row for row in _rows(out / "articles.parquet")}
    jsonl, parquet = rows["a.jsonl#L1"], rows["b.parquet#R1"]
    assert jsonl["published"] is not None
    assert (parquet["published"], parquet["day"]) == (jsonl["published"], jsonl["day"])


def test_a_rerun_leaves_no_earlier_analysis(mixed: tuple[Path, BatchReport], validate: Any) -> None:
    out, report = mixed
    assert not (out / "windows").exists()
    assert report.analyses == [str(out / "analysis.json")]
    data = validate(json.loads((out / "analysis.json").read_text(encoding="utf-8")))
    assert len(data["articles"]) == 6


def test_the_active_session_is_used_and_left_running(spark: Any, mixed: tuple[Path, BatchReport]) -> None:
    assert spark.range(3).count() == 3
    assert spark.sparkContext._jsc.getPersistentRDDs().isEmpty()  # the input cache was released


def test_each_input_is_read_once_then_served_from_the_cache(spark: Any, tmp_path: Path) -> None:
    from warta.scale.records import raw_documents

    (tmp_path / "a.jsonl").write_text(json.dumps({"text": HARBOUR}) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(MARKET, encoding="utf-8")
    read = raw_documents(spark, [str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")], Options())
    try:
        assert read.numbered.count() == 2
        assert read.numbered.toDebugString().decode().count("CachedPartitions") == 2
    finally:
        read.release()
    assert not any(part.is_cached for part in read.cached)


def test_cli_reports_a_spark_failure_as_a_code(spark: Any, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import warta.scale.batch as batch_module
    from warta.cli import main

    # A Python worker that crashes on every record.
    monkeypatch.setattr(batch_module, "analyse", lambda documents, options, partitions:
                        documents.map(lambda item: item[0] // 0))
    (tmp_path / "a.txt").write_text(MARKET, encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "E-SPARK-002: batch failed:" in result.output and "Traceback" not in result.output


def test_cli_says_when_nothing_was_read(spark: Any, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from warta.cli import main

    result = CliRunner().invoke(main, ["batch", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "E-INGEST-007" in result.output and "no articles read" in result.output
