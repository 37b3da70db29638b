"""Year-less articles ("Senin (21/8)", no year anywhere): the estimate names every year whose
calendar fits, and a run's dated articles choose among them (``corpus.run_years``)."""

from __future__ import annotations

import datetime as dt

from warta.api import analyze_docs, foundation_stages
from warta.article import weekday_years
from warta.article.date_estimate import estimate_published
from warta.corpus.run_years import run_years
from warta.document import Doc, Hints
from warta.ingest.records import new_doc
from warta.options import Options
from warta.pipeline import build

YEARLESS = """Warga Desa Sukamaju Bersihkan Sungai

Bandung - Ratusan warga Desa Sukamaju turun ke sungai pada Senin (21/8) pagi untuk mengangkat
sampah yang menumpuk di bawah jembatan desa.

Kepala desa mengatakan kerja bakti itu akan diulang setiap bulan sampai sungai kembali bersih.
"""


def dated(day: dt.date) -> str:
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
    weekdays = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    return f"""Dinas Lingkungan Hidup Tambah Armada Sampah

{weekdays[day.weekday()]}, {day.day} {months[day.month - 1]} {day.year} 10:15 WIB

Dinas Lingkungan Hidup menambah sepuluh truk sampah untuk melayani desa di sepanjang sungai.
Menurut kepala dinas, truk baru itu mulai bekerja pekan ini.
"""


def fitting_years() -> list[int]:
    """The years, of those an undated article is looked up in, when 21 August is a Monday."""
    return [y for y in weekday_years.year_range() if dt.date(y, 8, 21).isoweekday() == 1]


def docs_of(texts: list[str]) -> list[Doc]:
    """Documents read through the foundation stages up to ``meta``, run_years left out."""
    docs = []
    for number, text in enumerate(texts, 1):
        doc = new_doc(f"a{number}.txt", text.encode("utf-8"), "txt", Hints())
        doc.article.id = f"a{number}"
        docs.append(doc)
    stages = [s for s in foundation_stages() if s.name not in {"run-years", "language", "sentences"}]
    return analyze_docs(docs, Options(), build(stages))


def warning(doc: Doc) -> str:
    return next(e.message for e in doc.article.errors if e.code == "W-META-101")


def test_alone_the_warning_names_every_fitting_year_and_the_window_spans_them() -> None:
    years = fitting_years()
    assert len(years) > 1, "the test needs a day whose weekday fits several years"
    (doc,) = docs_of([YEARLESS])
    run_years.fn([doc], Options())  # type: ignore[arg-type]  # a corpus stage
    article = doc.article
    assert article.published_source == "estimated"
    assert article.published == f"{years[-1]}-08-21"
    assert article.published_window is not None
    assert article.published_window[0].startswith(str(years[0]))
    message = warning(doc)
    assert all(str(y) in message for y in years) and "nothing in the text tells them apart" in message


def test_a_run_of_dated_articles_chooses_the_nearest_fitting_year() -> None:
    years = fitting_years()
    for year in years:
        docs = docs_of([dated(dt.date(year, 8, 17)), YEARLESS])
        run_years.fn(docs, Options())  # type: ignore[arg-type]  # a corpus stage
        article = docs[1].article
        assert article.published == f"{year}-08-21"
        assert article.published_source == "estimated"
        assert article.published_window is not None
        assert all(day.startswith(str(year)) for day in article.published_window)
        message = warning(docs[1])
        assert f"{year} taken: nearest to the 1 dated article(s)" in message
        assert all(str(y) in message for y in years)


def test_between_fitting_years_the_nearer_one_wins() -> None:
    years = fitting_years()
    first, second = years[-2], years[-1]
    # A dated article a year after the earlier fitting year is nearer to it than to the later.
    docs = docs_of([dated(dt.date(first + 1, 3, 1)), YEARLESS])
    run_years.fn(docs, Options())  # type: ignore[arg-type]  # a corpus stage
    expected = first if (first + 1) - first < second - (first + 1) else second
    assert docs[1].article.published == f"{expected}-08-21"


def test_only_year_less_articles_keep_their_own_estimates() -> None:
    docs = docs_of([YEARLESS, YEARLESS.replace("Sukamaju", "Sukamulya")])
    before = [(d.article.published, d.article.published_window) for d in docs]
    run_years.fn(docs, Options())  # type: ignore[arg-type]  # a corpus stage
    assert [(d.article.published, d.article.published_window) for d in docs] == before


def test_a_stated_date_is_never_moved() -> None:
    docs = docs_of([dated(dt.date(2019, 5, 2)), YEARLESS])
    run_years.fn(docs, Options())  # type: ignore[arg-type]  # a corpus stage
    assert docs[0].article.published == "2019-05-02T10:15+07:00"
    assert docs[0].article.published_source != "estimated"


def test_the_estimate_reads_a_chosen_year_only_when_it_fits() -> None:
    years = fitting_years()
    chosen = estimate_published(YEARLESS, years[0])
    assert chosen is not None and chosen.value == dt.date(years[0], 8, 21)
    assert chosen.window[0].year == chosen.window[1].year == years[0]
    unfit = estimate_published(YEARLESS, years[0] + 1)
    assert unfit is not None and unfit.value.year == years[-1] and unfit.years == tuple(years)


def test_the_full_chain_dates_the_article_before_its_timexes() -> None:
    from warta.api import analyze_docs as run_all

    year = fitting_years()[0]
    docs = [new_doc(f"a{n}.txt", text.encode("utf-8"), "txt", Hints())
            for n, text in enumerate([dated(dt.date(year, 8, 18)), YEARLESS], 1)]
    for n, doc in enumerate(docs, 1):
        doc.article.id = f"a{n}"
    done = run_all(docs, Options())
    values = [t.value or "" for t in done[1].timexes]
    assert f"{year}-08-21" in " ".join(values)
    assert not any(str(fitting_years()[-1]) in v for v in values)
