"""The stage contract: build-time validation, per-article error isolation, order."""

from __future__ import annotations

import pytest

from warta.api import analyze_docs, default_stages
from warta.document import Doc
from warta.ingest.records import new_doc
from warta.options import Options
from warta.pipeline import PipelineError, article_stage, build, corpus_stage, run


@article_stage("needs_body", requires={"body"}, provides={"shout"})
def _needs_body(doc: Doc, options: Options) -> None:
    doc.article.body = doc.article.body.upper()


@article_stage("explodes", requires={"raw"}, provides={"boom"})
def _explodes(doc: Doc, options: Options) -> None:
    if b"bad" in doc.raw:
        raise RuntimeError("kaboom")


@article_stage("after_boom", requires={"boom"}, provides={"after"})
def _after_boom(doc: Doc, options: Options) -> None:
    doc.article.title = "reached"


@corpus_stage("count", requires={"raw"}, provides={"counted"})
def _count(docs: list[Doc], options: Options) -> None:
    for doc in docs:
        doc.article.dateline = str(len(docs))


def test_broken_chain_is_refused_with_the_missing_name() -> None:
    with pytest.raises(PipelineError) as info:
        build([_needs_body])
    assert "needs_body" in str(info.value)
    assert "'body'" in str(info.value)


def test_default_chain_builds_and_reordering_it_fails() -> None:
    stages = default_stages()
    assert build(stages).provides >= {"body", "metadata", "language", "sentences"}
    with pytest.raises(PipelineError, match="requires"):
        build(list(reversed(stages)))


def test_failure_on_one_article_is_coded_and_the_run_goes_on() -> None:
    docs = [new_doc("ok.txt", b"fine", "txt"), new_doc("bad.txt", b"bad", "txt")]
    run(build([_explodes, _after_boom]), docs, Options())
    good, bad = docs
    assert good.article.title == "reached" and not good.article.errors
    assert bad.article.title is None
    assert [e.code for e in bad.article.errors] == ["E-STAGE-001"]
    assert bad.article.errors[0].stage == "explodes"


def test_corpus_stage_sees_every_article() -> None:
    docs = [new_doc(f"{i}.txt", b"x", "txt") for i in range(3)]
    run(build([_count]), docs, Options())
    assert {doc.article.dateline for doc in docs} == {"3"}


def _texts(n: int) -> list[Doc]:
    docs = []
    for i in range(n):
        text = f"Judul Berita Nomor {i}\n\nJAKARTA - Warga kota itu berkumpul pada pagi hari untuk membahas rencana pembangunan jembatan nomor {i} yang sudah lama ditunggu."
        doc = new_doc(f"{i}.txt", text.encode(), "txt")
        doc.article.id = f"a{i}"
        docs.append(doc)
    return docs


def test_output_order_does_not_depend_on_jobs() -> None:
    one = [d.article.model_dump() for d in analyze_docs(_texts(12), Options(jobs=1))]
    two = [d.article.model_dump() for d in analyze_docs(_texts(12), Options(jobs=2))]
    assert one == two
    assert [a["title"] for a in one] == [f"Judul Berita Nomor {i}" for i in range(12)]
