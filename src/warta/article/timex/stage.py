"""Stage ``timex``: every time expression of the body, valued against the article's date.

The anchor is the publication date the ``meta`` stage settled (a date line, the URL, the
page's markup, or an estimate from the dates the text mentions, in which case each
relative expression says ``anchor: "estimated"``). The ``language`` stage runs later, so
the grammar's language is chosen here from the share of English and Indonesian stop words.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from warta.article.timex.finder import find_timexes
from warta.document import Doc
from warta.models import Article, Timex
from warta.options import Options
from warta.pipeline import article_stage

_SAMPLE_CHARS = 3000  # the first paragraphs say which language an article is in
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words on jusText's Indonesian list but not its English one, and the reverse."""
    import justext  # lazy: the lists load in under a millisecond, once per process

    indonesian = frozenset(w.lower() for w in justext.get_stoplist("Indonesian"))
    english = frozenset(w.lower() for w in justext.get_stoplist("English"))
    return indonesian - english, english - indonesian


def grammar_language(text: str) -> str:
    """ "en" when English stop words outnumber Indonesian ones in the text's opening, else "id"."""
    indonesian, english = _stop_words()
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    id_hits = sum(1 for w in words if w in indonesian)
    en_hits = sum(1 for w in words if w in english)
    return "en" if en_hits > id_hits else "id"


def anchor_date(published: str | None) -> dt.date | None:
    """The calendar day of an ISO date or date-time string (its own offset kept: the local day)."""
    if not published:
        return None
    try:
        if "T" in published:
            return dt.datetime.fromisoformat(published).date()
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _anchor_label(article: Article, label: str | None) -> str | None:
    if label == "published" and article.published_source == "estimated":
        return "estimated"
    return label


# A clock time may run this many minutes past the stated publication time (clocks and desks differ).
_PUBLICATION_SLACK = dt.timedelta(hours=1)
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")
# Words that make a clock time later than publication a plan of the day ("sidang akan digelar pukul 13.00").
_AHEAD = re.compile(
    r"\b(?:akan|bakal|rencana(?:nya)?|dijadwalkan|direncanakan|nanti|hendak|will|scheduled|due)\b",
    re.IGNORECASE,
)
_AHEAD_REACH = 100  # characters before the time expression searched for those words


# A live report's entry stamp on a line of its own, before the entry ("10.15 WIB: Tim tiba ...").
_ENTRY_STAMP = re.compile(r"(\d{1,2})[.:](\d{2})(?:\s+[A-Z]{2,4})?")


def _entry_stamps(article: Article) -> tuple[tuple[int, dt.time], ...]:
    """(offset in the body, time) of each paragraph that opens under a clock-time stamp of its
    own input line (``clean`` keeps the stamp as a date metadata line of that line)."""
    stamps = {line.line: _stamp_time(line.text) for line in article.metadata_lines if line.kind == "date"}
    pairs = zip(article.paragraphs, article.paragraph_lines, strict=False)
    return tuple((span[0], time) for span, line in pairs if span and (time := stamps.get(line)) is not None)


def _stamp_time(text: str) -> dt.time | None:
    match = _ENTRY_STAMP.fullmatch(text.strip())
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return dt.time(int(match[1]), int(match[2]))


def _written_at(moment: dt.datetime, stamps: tuple[tuple[int, dt.time], ...], start: int) -> dt.datetime:
    """When the words at ``start`` were written: the stamp of their live-report entry when it is
    later than the publication time (a page opened at 09:00 and updated all day), else that time."""
    entry = [time for offset, time in stamps if offset <= start]
    if not entry:
        return moment
    stamped = moment.replace(hour=entry[-1].hour, minute=entry[-1].minute)
    return max(moment, stamped)


def _not_after_publication(
    value: str | None, label: str | None, article: Article, start: int,
    stamps: tuple[tuple[int, dt.time], ...] = (),
) -> str | None:
    """A bare clock time put on the publication day but later than the publication itself is
    the day before: an article out at 00:45 reporting "pukul 18.06 WIB" tells of yesterday
    evening. A plan for later that day ("akan digelar pukul 13.00") keeps the day. In a live
    report, an entry is written at its stamp ("13.20 WIB: ... pukul 12.00 tadi" is today)."""
    match = _CLOCK_VALUE.match(value or "")
    published = article.published or ""
    stated_time = "T" in published and article.published_source != "estimated"
    if match is None or label != "published" or not stated_time:
        return value
    try:
        moment = _written_at(dt.datetime.fromisoformat(published), stamps, start)
    except ValueError:
        return value
    told = dt.datetime.combine(dt.date.fromisoformat(match[1]), dt.time(int(match[2]), int(match[3])))
    late = told.date() == moment.date() and told > moment.replace(tzinfo=None) + _PUBLICATION_SLACK
    if not late or _AHEAD.search(_clause_before(article.body, start)):
        return value
    return f"{(told.date() - dt.timedelta(days=1)).isoformat()}T{match[2]}:{match[3]}"


def _clause_before(body: str, start: int) -> str:
    """The words of the time expression's sentence before it (at most :data:`_AHEAD_REACH`)."""
    window = body[max(0, start - _AHEAD_REACH):start]
    return re.split(r"[.!?\n]", window)[-1]


@article_stage("timex", requires={"body", "metadata"}, provides={"timexes"})
def timexes(doc: Doc, options: Options) -> None:
    article = doc.article
    anchor = anchor_date(article.published)
    stamps = _entry_stamps(article)
    entries = tuple(offset for offset, _ in stamps)
    for span in find_timexes(article.body, anchor, grammar_language(article.body), entries=entries):
        doc.timexes.append(
            Timex(
                article=article.id,
                start=span.start,
                end=span.end,
                text=span.text,
                type=span.type,
                value=_not_after_publication(span.value, span.anchor, article, span.start, stamps),
                anchor=_anchor_label(article, span.anchor),
            )
        )
