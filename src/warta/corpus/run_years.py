"""Stage ``run-years``: the year of a year-less article, from the run it came in with.

An article that writes no year ("Senin (21/8)") fits every year whose calendar puts that day
on that weekday (2017 and 2023 both do). Alone, its estimate takes the latest and its window
spans them all (``article.date_estimate``). Beside articles whose dates are not in doubt
(stated, or estimated from years they write), a careful reader takes the fitting year nearest
to them: a run of 2017–18 reports is not joined by a 2023 one on a weekday's say-so. The date
stays ``estimated``; its ``W-META-101`` warning names the years that fit, the one taken and why.

It runs right after ``meta``, before anything reads the publication date (timexes, events).
"""

from __future__ import annotations

import datetime as dt

from warta.article.date_estimate import Estimate, estimate_published
from warta.article.meta import title_and_body
from warta.document import Doc
from warta.errors import Code
from warta.models import Article
from warta.options import Options
from warta.pipeline import corpus_stage


@corpus_stage("run-years", requires={"metadata"}, provides={"run-years"})
def run_years(docs: list[Doc], options: Options) -> None:
    doubtful = {id(doc): estimate for doc in docs
                if (estimate := _estimate(doc.article)) is not None and len(estimate.years) > 1}
    known = [day for doc in docs if id(doc) not in doubtful and (day := _day(doc.article)) is not None]
    if not known:
        return  # nothing tells the years apart: each keeps its own, honest, window
    for doc in docs:
        if (estimate := doubtful.get(id(doc))) is not None:
            _redate(doc.article, estimate.years, known)


def _estimate(article: Article) -> Estimate | None:
    if article.published_source != "estimated":
        return None
    return estimate_published(title_and_body(article))


def _day(article: Article) -> dt.date | None:
    if article.published is None:
        return None
    return dt.date.fromisoformat(article.published[:10])


def _nearest(years: tuple[int, ...], text: str, known: list[dt.date]) -> Estimate | None:
    """The estimate, among those read in each fitting year, closest to a known day of the run;
    on a tie, the later year (as an article alone would take)."""
    options = [e for year in years if (e := estimate_published(text, year)) is not None]
    if not options:
        return None
    return min(options, key=lambda e: (min(abs((e.value - day).days) for day in known), -e.value.year))


def _redate(article: Article, years: tuple[int, ...], known: list[dt.date]) -> None:
    chosen = _nearest(years, title_and_body(article), known)
    if chosen is None:
        return
    article.published = chosen.value.isoformat()
    article.published_window = [chosen.window[0].isoformat(), chosen.window[1].isoformat()]
    why = (f"{chosen.evidence}; {chosen.value.year} taken: nearest to the {len(known)} dated "
           f"article(s) of the run ({min(known).isoformat()} to {max(known).isoformat()})")
    article.errors = [Code.DATE_ESTIMATED.error(stage="run-years", evidence=why)
                      if error.code == Code.DATE_ESTIMATED.code else error for error in article.errors]
