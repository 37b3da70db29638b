"""The SQLite store: WAL, migrations, versions, store-wide ids, full-text search, crash safety, export,
the incremental corpus update and focused reads."""

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

from warta.api import analysis_of, analyze_docs, default_stages
from warta.corpus.duplicates import find_duplicates
from warta.document import Doc
from warta.errors import Code, WartaError
from warta.ingest import collect
from warta.models import Article, Entity, Quote, Story
from warta.options import Options
from warta.pipeline import Pipeline, article_stage, build
from warta.store import Store
from warta.store import corpus as store_corpus
from warta.store.export import export
from warta.store.schema import MIGRATIONS
from warta.web.reader import articles_of_entity, restrict_to_articles, restrict_to_story

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
    assert again.counts() == {"added": 0, "new-version": 0, "unchanged": 3, "skipped": 0, "failed": 0}
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


# --- the incremental corpus update -------------------------------------------------------------------

# Fictional articles about a second, unrelated happening (a football match and its aftermath).
LAGA = """Persikota Tundukkan Tamu dari Palembang Dua Gol Tanpa Balas
TANGERANG, Warta Bola - Persikota Tangerang menundukkan tamunya dari Palembang dua gol tanpa balas di Stadion Benteng, Sabtu (11/3/2023) malam.

Dua gol tuan rumah dicetak penyerang muda Rizal Pratomo pada babak kedua. Pelatih Persikota, Hendra Wijaya, memuji lini tengah yang menguasai bola sepanjang laga dan menutup ruang gerak gelandang lawan.

Kemenangan itu membawa Persikota naik ke posisi ketiga klasemen sementara liga.
"""

LAGA_LANJUTAN = """Rizal Pratomo Dipanggil Tim Nasional Usai Dua Gol ke Gawang Palembang
TANGERANG, Warta Bola - Penyerang Persikota Tangerang Rizal Pratomo dipanggil ke pemusatan latihan tim nasional, Senin (13/3/2023), dua hari setelah mencetak dua gol ke gawang tamu dari Palembang di Stadion Benteng.

Pelatih Persikota Hendra Wijaya mengatakan panggilan itu buah kerja keras Rizal Pratomo. "Dia pantas mendapatkannya setelah dua gol di Stadion Benteng," kata Hendra Wijaya.
"""

# A repost of BANJIR by another outlet: its own header and footer around the same paragraphs.
BANJIR_REPOST = ("Banjir Rendam Ratusan Rumah di Tepian Sungai Lematang\n"
                 "Portal Sumsel - Dibaca 1.204 kali\n\n"
                 + BANJIR.split("\n", 1)[1]
                 + "\nBaca juga: Jadwal Kapal Cepat ke Bangka Pekan Ini\n")


def _partition(stories: list[Any], sources: dict[str, str]) -> set[frozenset[str]]:
    """Stories as sets of article sources: comparable across runs that number articles differently."""
    return {frozenset(Path(sources[a]).name for a in story.articles) for story in stories}


def test_two_ingests_give_the_stories_of_one_analysis_of_all(tmp_path: Path, write: Any, validate: Any) -> None:
    paths = [write("banjir.txt", BANJIR), write("laga.txt", LAGA), write("jembatan.txt", JEMBATAN),
             write("pasar.txt", PASAR), write("lanjutan.txt", LAGA_LANJUTAN)]
    with Store(tmp_path / "w.db") as store:
        ingest(store, *paths[:3])
        ingest(store, *paths[3:])
        stored = validate(store.analysis().model_dump(mode="json"))
    docs, _ = collect([str(p) for p in paths], Options())
    whole = validate(analysis_of(analyze_docs(docs, Options(), pipeline())).model_dump(mode="json"))
    partitions = [_partition([Story.model_validate(s) for s in a["stories"]],
                             {x["id"]: x["source"] for x in a["articles"]}) for a in (stored, whole)]
    assert partitions[0] == partitions[1]
    # Two happenings: the football articles never share a story with the flood articles.
    assert any({"laga.txt", "lanjutan.txt"} <= story for story in partitions[0])
    assert not any({"laga.txt", "banjir.txt"} <= story for story in partitions[0])


def _stored_results(db: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT story, record FROM story_results ORDER BY story, part, position").fetchall()
        stories = con.execute("SELECT id, record FROM stories").fetchall()
    found: dict[str, list[str]] = {}
    for story, record in [*stories, *rows]:
        found.setdefault(story, []).append(record)
    return found


def test_a_story_untouched_by_an_ingest_keeps_its_stored_results(tmp_path: Path, write: Any,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "w.db"
    with Store(db) as store:
        ingest(store, write("banjir.txt", BANJIR), write("jembatan.txt", JEMBATAN), write("laga.txt", LAGA))
        before = _stored_results(db)
        flood = next(s.id for s in store.analysis().stories if "a1" in s.articles)
        refreshed: list[str] = []
        refresh = store_corpus.refresh_story
        monkeypatch.setattr(store_corpus, "refresh_story",
                            lambda db, story, options: refreshed.append(story.id) or refresh(db, story, options))
        ingest(store, write("lanjutan.txt", LAGA_LANJUTAN))
        football = next(s for s in store.analysis().stories if "a4" in s.articles)
    after = _stored_results(db)
    assert refreshed == [football.id] and football.articles == ["a3", "a4"] and flood != football.id
    assert after[flood] == before[flood]  # not one stored record of the flood story was rewritten
    assert after[football.id] != before[football.id]
    assert any('"a4"' in record for record in after[football.id][1:])  # its results now cite the new article


def test_merged_event_and_claim_ids_are_unique_store_wide_and_referenced(tmp_path: Path, write: Any,
                                                                         validate: Any) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, write("banjir.txt", BANJIR), write("laga.txt", LAGA))
        ingest(store, write("jembatan.txt", JEMBATAN), write("lanjutan.txt", LAGA_LANJUTAN))
        whole = store.analysis()
    validate(whole.model_dump(mode="json"))
    event_ids = [e.id for e in whole.events]
    assert len(event_ids) == len(set(event_ids)) and len(whole.stories) >= 2
    home = {a: s.id for s in whole.stories for a in s.articles}
    # Each merged event is its story's: its id names the story of every article reporting it.
    assert all(e.id.startswith(f"{home[ev.article]}-") for e in whole.events for ev in e.evidence)
    assert all(set(t.events) <= set(event_ids) for t in whole.timeline)
    assert all(c.event in event_ids for c in whole.claims if c.event)


def test_a_repost_ingested_later_is_found_against_the_store(tmp_path: Path, write: Any) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, write("banjir.txt", BANJIR), write("laga.txt", LAGA))
        copy = "Ratusan Rumah di Lahat Terendam Banjir\n" + BANJIR.split("\n", 1)[1]  # only the title differs
        ingest(store, write("repost.txt", BANJIR_REPOST), write("salinan.txt", copy), write("jembatan.txt", JEMBATAN))
        duplicates = store.analysis().duplicates
        one_shot = find_duplicates(store.analysis().articles)
        # A new version of the original is not made a copy of its own repost.
        ingest(store, write("banjir.txt", BANJIR + "\nPembaruan: air mulai surut pada Selasa pagi.\n"))
        after = store.analysis().duplicates
    assert [(d.article, d.duplicate_of) for d in duplicates] == [("a3", "a1"), ("a4", "a1")]
    assert duplicates[1].similarity == 1.0  # the verbatim copy, found by its shingles' digest
    assert [(d.article, d.duplicate_of, d.similarity) for d in duplicates] == \
        [(d.article, d.duplicate_of, d.similarity) for d in one_shot]
    assert [(d.article, d.duplicate_of) for d in after] == [("a3", "a1"), ("a4", "a1")]



def test_story_results_reuse_the_duplicates_the_store_index_found(tmp_path: Path, write: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.corpus import across

    given: list[list[tuple[str, str]]] = []
    complete = across.complete

    def spy(analysis: Any, options: Options, timings: Any = None, *, duplicates_known: bool = False) -> Any:
        assert duplicates_known  # the store never makes the cross-article step search again
        given.append([(d.article, d.duplicate_of) for d in analysis.duplicates])
        return complete(analysis, options, timings, duplicates_known=duplicates_known)

    monkeypatch.setattr(across, "complete", spy)
    monkeypatch.setattr(across, "find_duplicates", lambda analysis: pytest.fail("duplicates searched again"))
    with Store(tmp_path / "w.db") as store:
        ingest(store, write("banjir.txt", BANJIR), write("laga.txt", LAGA))
        ingest(store, write("repost.txt", BANJIR_REPOST))
        errors = store.analysis().errors
    assert [("a3", "a1")] in given  # the flood story, re-completed with the repost the index matched
    assert not [e for e in errors if "across" in e.message]


# --- focused reads ----------------------------------------------------------------------------------


def test_an_article_read_alone_has_only_that_article_and_what_refers_to_it(tmp_path: Path, corpus: list[Path],
                                                                          validate: Any) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, *corpus)
        whole = store.analysis()
        part = store.article_analysis("a2")
        unknown = store.article_analysis("a99")
    validate(part.model_dump(mode="json"))
    expected = restrict_to_articles(whole, {"a2"})
    assert [a.id for a in part.articles] == ["a2"]
    assert {e.id for e in part.entities} == {e.id for e in expected.entities}
    assert all(m.article == "a2" for e in part.entities for m in e.mentions)  # mentions elsewhere left out
    for name in ("timexes", "quotes", "events", "claims", "stories", "timeline", "summary", "duplicates"):
        assert getattr(part, name) == getattr(expected, name), name
    assert part.quotes and part.stories
    assert not unknown.articles and not unknown.entities and not unknown.stories


def test_an_entity_read_alone_has_the_articles_that_name_it(tmp_path: Path, corpus: list[Path], validate: Any) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, *corpus)
        whole = store.analysis()
        person = next(e for e in whole.entities if e.name == "Wiratama Sulistyo")
        part = store.entity_analysis(person.id)
    validate(part.model_dump(mode="json"))
    naming = articles_of_entity(whole, person.id)
    assert {a.id for a in part.articles} == naming and "a3" not in naming
    shown = next(e for e in part.entities if e.id == person.id)
    assert shown.mentions == person.mentions
    assert part.quotes == [q for q in whole.quotes if q.article in naming]
    assert {s.id for s in part.stories} == {s.id for s in whole.stories if naming & set(s.articles)}


def test_a_story_read_alone_equals_cutting_it_from_the_whole(tmp_path: Path, corpus: list[Path]) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, *corpus)
        whole = store.analysis()
        parts = {s.id: store.analysis(story=s.id) for s in whole.stories}
    for story_id, part in parts.items():
        expected = restrict_to_story(whole, story_id)
        keep = set(expected.stories[0].articles)
        # A story read alone carries its entities' mentions in its own articles only.
        expected.entities = [e.model_copy(update={"mentions": [m for m in e.mentions if m.article in keep]})
                             for e in expected.entities]
        assert part.model_dump(exclude={"created"}) == expected.model_dump(exclude={"created"})


def test_a_store_from_before_per_story_results_gets_them_when_opened(tmp_path: Path, corpus: list[Path]) -> None:
    db = tmp_path / "w.db"
    with Store(db) as store:
        ingest(store, *corpus)
        expected = store.analysis()
        front = store.front_page(limit=10)
        person = next(e.id for e in expected.entities if e.name == "Wiratama Sulistyo")
        naming = store.entity_analysis(person)
    with sqlite3.connect(db) as con:  # back to version 1: its tables only, the stories in `corpus`
        for table in ("stories", "story_members", "story_results", "duplicates", "dup_shingles", "dup_bands",
                      "entity_refs", "article_facts"):
            con.execute(f"DROP TABLE {table}")
        con.execute("DELETE FROM schema_version WHERE version > 1")
        con.execute("INSERT INTO corpus (name, record) VALUES ('stories', '[]')")
    with Store(db) as store:
        again = store.analysis()
        assert store.front_page(limit=10) == front  # article facts filled from the stored records
        assert store.entity_analysis(person).articles == naming.articles  # entity refs too
    assert again.model_dump(exclude={"created"}) == expected.model_dump(exclude={"created"})
