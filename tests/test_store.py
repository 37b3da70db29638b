"""The SQLite store: WAL, migrations, versions, store-wide ids, full-text search, crash safety, export."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from warta.api import default_stages
from warta.document import Doc
from warta.errors import Code, WartaError
from warta.models import Article, Entity, Quote
from warta.options import Options
from warta.pipeline import Pipeline, article_stage, build
from warta.store import Store
from warta.store.export import export
from warta.store.schema import MIGRATIONS
from warta.web.reader import restrict_to_story

# Fictional articles written for these tests.
BANJIR = """Banjir Rendam Ratusan Rumah di Tepian Sungai Lematang
LAHAT, Kabar Kota - Banjir merendam ratusan rumah warga di tepian Sungai Lematang, Kabupaten Lahat, Sumatera Selatan, pada Senin (6/3/2023).

Bupati Lahat Wiratama Sulistyo mengatakan air mulai naik sejak Minggu malam setelah hujan deras mengguyur kawasan hulu. "Kami sudah membuka tiga posko pengungsian di balai desa," kata Wiratama Sulistyo.

Menurut Wiratama, warga yang mengungsi mendapat bantuan makanan dan selimut dari pemerintah kabupaten.
"""

JEMBATAN = """Jembatan Darurat Dibangun Setelah Banjir Lematang
LAHAT, Kabar Kota - Pemerintah Kabupaten Lahat mulai membangun jembatan darurat pada Rabu (8/3/2023) setelah banjir memutus akses dua desa.

Bupati Wiratama Sulistyo meninjau pembangunan jembatan bersama Gubernur Anies Baswedan yang kebetulan berkunjung. "Jembatan ini harus selesai sebelum anak-anak kembali bersekolah," ujar Wiratama Sulistyo.

Anies Baswedan menyatakan dukungan untuk perbaikan permanen tahun depan.
"""

PASAR = """Harga Cabai di Pasar Lahat Naik Dua Kali Lipat
LAHAT, Kabar Kota - Harga cabai merah di Pasar Inpres Lahat naik dua kali lipat sepekan setelah banjir, Jumat (10/3/2023).

Seorang pedagang, Marlina Kusuma, mengatakan pasokan dari kebun di hulu terputus. "Pembeli mengeluh, tetapi kami juga membeli mahal dari pengepul," tutur Marlina Kusuma.
"""

_QUOTED = re.compile(r'"([^"]+)"')


@article_stage("test-quotes", requires={"sentences"}, provides={"test-quotes"})
def quoted_passages(doc: Doc, options: Options) -> None:
    """Stand-in for the quote stage: every passage between straight double quotes is a quote."""
    for number, match in enumerate(_QUOTED.finditer(doc.article.body), start=1):
        doc.quotes.append(Quote(id=f"{doc.article.id}-tq{number}", article=doc.article.id,
                                start=match.start(1), end=match.end(1), text=match.group(1), direct=True,
                                speaker={"name": "Narasumber Uji"}))


def pipeline() -> Pipeline:
    return build([*default_stages(), quoted_passages])


def ingest(store: Store, *paths: Path) -> Any:
    return store.ingest([str(p) for p in paths], Options(), pipeline())


def table_counts(db: Path) -> dict[str, int]:
    tables = ("articles", "versions", "entities", "mentions", "annotations", "search_refs")
    with sqlite3.connect(db) as con:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture
def corpus(write: Any) -> list[Path]:
    return [write("banjir.txt", BANJIR), write("jembatan.txt", JEMBATAN), write("pasar.txt", PASAR)]


def test_wal_mode_and_migrations_run_once(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with Store(db) as store:
        assert store.journal_mode() == "wal"
    with Store(db) as store:  # opening again runs nothing twice
        assert store.schema_version == len(MIGRATIONS)
    with sqlite3.connect(db) as con:
        versions = [row[0] for row in con.execute("SELECT version FROM schema_version")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_a_store_from_a_newer_warta_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store(db).close()
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO schema_version (version) VALUES (?)", (len(MIGRATIONS) + 1,))
    with pytest.raises(WartaError) as raised:
        Store(db)
    assert raised.value.code is Code.STORE_TOO_NEW


def test_reingesting_the_same_articles_changes_nothing(tmp_path: Path, corpus: list[Path], validate: Any) -> None:
    db = tmp_path / "w.db"
    with Store(db) as store:
        first = ingest(store, *corpus)
        before = table_counts(db)
        again = ingest(store, *corpus)
        analysis = store.analysis()
    assert first.counts()["added"] == 3
    assert again.counts() == {"added": 0, "new-version": 0, "unchanged": 3, "failed": 0}
    assert [i.article for i in again.items] == [i.article for i in first.items]
    assert table_counts(db) == before
    validate(analysis)
    assert [a.id for a in analysis.articles] == ["a1", "a2", "a3"]


def test_changed_content_of_a_file_is_a_new_version(tmp_path: Path, write: Any, validate: Any) -> None:
    path = write("banjir.txt", BANJIR)
    with Store(tmp_path / "w.db") as store:
        ingest(store, path)
        path.write_text(BANJIR.replace("tiga posko", "lima posko"), encoding="utf-8")
        report = ingest(store, path)
        analysis = store.analysis()
        versions = store.search("lima posko")
    [item] = report.items
    assert (item.status, item.article, item.version) == ("new-version", "a1", 2)
    [article] = validate(analysis)["articles"]
    assert "lima posko" in article["body"] and "tiga posko" not in article["body"]
    assert [hit.article for hit in versions if hit.kind == "article"] == ["a1"]


def test_changed_content_of_a_url_is_a_new_version(tmp_path: Path, write: Any) -> None:
    url = "https://kabarkota.example/banjir-lematang"
    first = write("a.jsonl", json.dumps({"url": url, "text": BANJIR}) + "\n")
    second = write("b.jsonl", json.dumps({"url": url, "text": BANJIR + "\nPembaruan: air mulai surut.\n"}) + "\n")
    with Store(tmp_path / "w.db") as store:
        ingest(store, first)
        [item] = ingest(store, second).items
        articles, total = store.articles_page(10, 0)
    assert (item.status, item.version, total) == ("new-version", 2, 1)
    assert "air mulai surut" in articles[0].body


def test_search_finds_words_in_quotes_and_entity_names(tmp_path: Path, corpus: list[Path]) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, *corpus)
        in_quote = store.search("posko pengungsian")
        in_name = store.search("Marlina")
        nothing = store.search("zeppelin")
        hostile = store.search('cabai" -(merah:')  # FTS syntax in the box must not break the search
    assert any(h.kind == "quote" and "posko" in h.snippet for h in in_quote)
    assert any(h.kind == "entity" and h.title == "Marlina Kusuma" for h in in_name)
    assert nothing == []
    assert [h.article for h in hostile if h.kind == "article"] == ["a3"]


def _entity_ids(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.id for e in entities}


def test_entity_ids_are_stable_across_ingests(tmp_path: Path, corpus: list[Path]) -> None:
    banjir, jembatan, _ = corpus
    with Store(tmp_path / "w.db") as store:
        ingest(store, banjir)
        before = _entity_ids(store.analysis().entities)
        ingest(store, jembatan)
        after = store.analysis().entities
    bupati = before["Wiratama Sulistyo"]
    assert _entity_ids(after)["Wiratama Sulistyo"] == bupati
    joined = next(e for e in after if e.id == bupati)
    assert {m.article for m in joined.mentions} == {"a1", "a2"}
    assert all(_entity_ids(after).get(name) == eid for name, eid in before.items())


def _clean_store_counts(tmp_path: Path, corpus: list[Path]) -> dict[str, int]:
    db = tmp_path / "clean.db"
    with Store(db, batch_size=1) as store:
        ingest(store, *corpus)
    return table_counts(db)


class Crash(Exception):
    pass


def test_crash_between_batches_loses_and_duplicates_nothing(tmp_path: Path, corpus: list[Path]) -> None:
    db = tmp_path / "w.db"

    def crash(report: Any) -> None:
        raise Crash

    with Store(db, batch_size=1) as store, pytest.raises(Crash):
        store.ingest([str(p) for p in corpus], Options(), pipeline(), on_batch=crash)
    assert table_counts(db)["articles"] == 1
    with Store(db, batch_size=1) as store:
        rerun = ingest(store, *corpus)
    assert rerun.counts()["unchanged"] == 1 and rerun.counts()["added"] == 2
    assert table_counts(db) == _clean_store_counts(tmp_path, corpus)


def test_a_killed_ingest_process_is_resumed_by_running_it_again(tmp_path: Path, corpus: list[Path]) -> None:
    db = tmp_path / "w.db"
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_store import pipeline
        from warta.options import Options
        from warta.store import Store

        def kill_after_two(report):
            if len(report.items) == 2:
                os.kill(os.getpid(), signal.SIGKILL)  # no cleanup, like a power cut

        Store({str(db)!r}, batch_size=1).ingest({[str(p) for p in corpus]!r}, Options(), pipeline(),
                                                 on_batch=kill_after_two)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == -9, done.stderr.decode()[-2000:]
    assert table_counts(db)["articles"] == 2
    with Store(db, batch_size=1) as store:
        rerun = ingest(store, *corpus)
    assert rerun.counts()["unchanged"] == 2 and rerun.counts()["added"] == 1
    assert table_counts(db) == _clean_store_counts(tmp_path, corpus)


def test_stories_are_kept_and_one_story_is_read_alone(tmp_path: Path, corpus: list[Path], validate: Any) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, *corpus[:2])
        first = {s.id: s.articles for s in store.analysis().stories}
        ingest(store, corpus[2])
        stories = store.analysis().stories
        story = stories[0]
        part = store.analysis(story=story.id)
    assert sorted(a for s in stories for a in s.articles) == ["a1", "a2", "a3"]
    # The second ingest adds its article without moving the earlier ones.
    assert all(set(articles) <= set(next(s.articles for s in stories if s.id == sid))
               for sid, articles in first.items())
    validate(part)
    assert [a.id for a in part.articles] == story.articles
    assert part.entities and all(any(m.article in story.articles for m in e.mentions) for e in part.entities)


def test_reading_one_story_equals_cutting_it_from_the_whole(tmp_path: Path, corpus: list[Path]) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, *corpus)
        whole = store.analysis()
        parts = {s.id: store.analysis(story=s.id) for s in whole.stories}
    for story_id, part in parts.items():
        expected = restrict_to_story(whole, story_id)
        assert part.model_dump(exclude={"created"}) == expected.model_dump(exclude={"created"})


def test_export_in_every_format_reads_back(tmp_path: Path, corpus: list[Path], validate: Any) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, *corpus)
        ids = [a.id for a in store.analysis().articles]
        out = tmp_path / "out"
        json_file = export(store, "json", out / "all.json")[0]
        jsonl_file = export(store, "jsonl", out / "all.jsonl")[0]
        csv_files = export(store, "csv", out / "articles.csv")
        parquet_file = export(store, "parquet", out / "quotes.parquet", table="quotes")[0]
    analysis = validate(json.loads(json_file.read_text(encoding="utf-8")))
    assert [a["id"] for a in analysis["articles"]] == ids
    lines = [json.loads(line) for line in jsonl_file.read_text(encoding="utf-8").splitlines()]
    assert [Article.model_validate(line["article"]).id for line in lines] == ids
    quotes = [Quote.model_validate(q) for line in lines for q in line["quotes"]]
    assert {q.article for q in quotes} == set(ids)  # every article quotes someone
    assert all(Entity.model_validate(e).mentions for line in lines for e in line["entities"])
    with csv_files[0].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ids and json.loads(rows[0]["authors"]) == analysis["articles"][0]["authors"]
    assert out / "articles.quotes.csv" in csv_files
    import pyarrow.parquet as pq

    table = pq.read_table(parquet_file).to_pylist()
    assert [r["text"] for r in table] == [q.text for q in quotes]
    assert [r["speaker_name"] for r in table] == [q.speaker.name for q in quotes]
    assert "Narasumber Uji" in {r["speaker_name"] for r in table}


def test_export_of_an_unknown_table_is_a_coded_error(tmp_path: Path) -> None:
    with Store(tmp_path / "w.db") as store, pytest.raises(WartaError) as raised:
        export(store, "csv", tmp_path / "x.csv", table="kursi")
    assert raised.value.code is Code.EXPORT_BAD_TABLE
