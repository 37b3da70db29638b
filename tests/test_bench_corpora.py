"""The speed benchmarks' documents: numbered text dumps that analyze_docs takes as they are."""

from __future__ import annotations

from warta.bench.corpora import text_docs


def test_text_docs_number_sources_and_ids_in_order() -> None:
    docs = text_docs(["Hujan turun sejak pagi.", "Pasar buka lebih siang."], "uji")
    assert [d.article.id for d in docs] == ["a1", "a2"]
    assert [d.article.source for d in docs] == ["uji-1.txt", "uji-2.txt"]
    assert docs[1].raw == b"Pasar buka lebih siang." and docs[1].fmt == "txt"
    assert docs[0].article.sha256 != docs[1].article.sha256
