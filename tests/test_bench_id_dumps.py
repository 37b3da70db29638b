"""The id-dumps benchmark: a deterministic generator whose labels cover every line, and a
scorer that scores known predictions as it should."""

from __future__ import annotations

from typing import Any

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.bench import project_root
from warta.bench.id_dump_gen import Dump, GoldLine, accepted_reasons, build_dumps, make_dump, slug_title
from warta.bench.id_dumps import Scored, analyse, line_labels, split_metrics
from warta.models import Analysis, Article

# A record in IndoSum's shape, about an invented story (tokens space-separated, as IndoSum has them).
RECORD: dict[str, Any] = {
    "id": "1500000000-warga-desa-bangun-jembatan-bambu",
    "source": "kumparan",
    "source_url": "https://kumparan.com/redaksi/warga-desa-bangun-jembatan-bambu-secara-gotong-royong",
    "paragraphs": [
        [["Warga", "Desa", "Sukamaju", "membangun", "jembatan", "bambu", "sepanjang", "40", "meter", "."]],
        [["Kepala", "desa", "Sutrisno", "mengatakan", ",", "\"", "Jembatan", "ini", "dibangun", "tiga",
          "hari", ",", "\"", "pada", "Senin", "(", "17", "/", "7", ")", "."]],
        [["Baca", "juga", ":", "Jalan", "Desa", "Diperbaiki"]],
        [["Jembatan", "itu", "menghubungkan", "dua", "dusun", "yang", "terpisah", "sungai", "."]],
    ],
}
LABELS = {"title", "body", "meta:date", "meta:byline", "meta:outlet"}


def _dumps(count: int = 40) -> list[Dump]:
    return [make_dump({**RECORD, "id": f"{1500000000 + n}-warga-desa"}, "dev") for n in range(count)]


def test_generator_is_deterministic() -> None:
    assert [d.text() for d in _dumps()] == [d.text() for d in _dumps()]


def test_every_non_blank_line_has_a_gold_label() -> None:
    for dump in _dumps():
        non_blank = [line for line in dump.text().split("\n") if line.strip()]
        labelled = [line for _, line in dump.numbered()]
        assert [line.text for line in labelled] == non_blank
        assert all(line.label in LABELS or line.label.startswith("noise:") for line in labelled)


def test_gold_body_is_the_article_without_its_own_noise() -> None:
    bodies = [[line.text for _, line in d.numbered() if line.label == "body"] for d in _dumps()]
    assert all(len(body) == 3 for body in bodies)  # the "Baca juga" paragraph is not article text
    assert all(body[1].startswith('Kepala desa Sutrisno mengatakan, "Jembatan ini') for body in bodies)
    assert all(body[2] == "Jembatan itu menghubungkan dua dusun yang terpisah sungai." for body in bodies)


def test_gold_metadata_follows_the_lines_written() -> None:
    dumps = _dumps()
    for dump in dumps:
        dated = any(line.label == "meta:date" for _, line in dump.numbered())
        assert (dump.published == "2017-07-14") == dated  # 1500000000 s is 14 July 2017, 09:40 WIB
        bylines = " ".join(line.text for _, line in dump.numbered() if line.label == "meta:byline")
        assert all(author in bylines for author in dump.authors)
    assert any(d.published is None for d in dumps) and any(not d.outlet_keys for d in dumps)


def test_title_is_the_url_slug_never_an_invented_headline() -> None:
    assert slug_title(RECORD["source_url"]) == "Warga Desa Bangun Jembatan Bambu Secara Gotong Royong"
    assert slug_title("https://example.id/berita/123456/dua-kata") is None


def _perfect(dump: Dump) -> Scored:
    """What a perfect system would make of a dump."""
    labels: dict[int, set[str]] = {}
    for number, line in dump.numbered():
        kind = line.label.split(":")[-1]
        labels[number] = {line.label if not line.label.startswith("noise:") else
                          f"removed:{accepted_reasons(kind)[0]}"}
    article = Article(id="a1", source="x.txt", sha256="0" * 64, title=dump.title, outlet=(dump.outlet_keys or (None,))[0],
                      published=dump.published, authors=list(dump.authors),
                      published_source=None if dump.published else "estimated",
                      published_window=None if dump.published else [dump.true_day, dump.true_day])
    return Scored(dump, article, labels)


def test_scorer_gives_a_perfect_prediction_full_marks() -> None:
    metrics = split_metrics([_perfect(d) for d in _dumps()], seconds=1.0)
    for name in ("body_f1", "reason_accuracy", "title_exact", "outlet_accuracy", "outlet_none",
                 "date_accuracy", "undated_estimated", "undated_window_hit", "author_recall"):
        assert metrics[name] == 1.0, name
    assert metrics["lost_lines"] == 0 and metrics["articles_per_s"] == 40.0


def test_scorer_counts_each_mistake() -> None:
    scored = [_perfect(d) for d in _dumps(1)]
    item, lines = scored[0], list(scored[0].dump.numbered())
    body = [n for n, line in lines if line.label == "body"]
    noise = [n for n, line in lines if line.label.startswith("noise:")]
    item.labels[body[0]] = {"removed:boilerplate"}  # one body line lost
    item.labels[noise[0]] = {"body"}  # one noise line kept
    del item.labels[body[1]]  # one line nobody accounts for
    item.article.title, item.article.authors = "Judul Lain", ["Orang Lain"]
    metrics = split_metrics(scored, seconds=1.0)
    assert metrics["body_precision"] == round(1 / 2, 4)
    assert metrics["body_recall"] == round(1 / 3, 4)
    assert metrics["lost_lines"] == 1
    assert metrics["title_exact"] == 0.0
    assert metrics["author_precision"] == 0.0


@needs_shared_data
def test_warta_accounts_for_every_line_of_real_dumps(validate: Any) -> None:
    dumps = build_dumps(SHARED_DATA, project_root(), "dev", 12)
    assert [d.text() for d in dumps] == [d.text() for d in build_dumps(SHARED_DATA, project_root(), "dev", 12)]
    articles, _ = analyse(dumps)
    validate(Analysis(warta_version="test", created="2026-01-01T00:00:00Z", articles=articles))
    for dump, article in zip(dumps, articles, strict=True):
        labels = line_labels(article)
        assert all(labels.get(number) for number, _ in dump.numbered())


def test_gold_line_is_a_value() -> None:
    assert GoldLine("Iklan", "noise:ad") == GoldLine("Iklan", "noise:ad")
