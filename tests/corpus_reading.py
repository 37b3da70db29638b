"""Reads short invented articles as one run, numbered as the input collector numbers them.

Shared by the acceptance-run test modules that check cross-article results.
"""

from __future__ import annotations

from warta.api import analysis_of, analyze_docs
from warta.ingest.records import new_doc
from warta.models import Analysis
from warta.options import Options


def analysis_of_texts(*texts: str) -> Analysis:
    docs = [new_doc(f"t{n}.txt", t.encode(), "txt") for n, t in enumerate(texts, start=1)]
    for n, doc in enumerate(docs, start=1):
        doc.article.id = f"a{n}"  # as the input collector numbers them
    return analysis_of(analyze_docs(docs, Options()))
