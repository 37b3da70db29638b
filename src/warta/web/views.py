"""What each page shows, computed from an analysis: plain data the templates lay out.

Nothing here writes HTML except through :mod:`warta.web.highlight` and :mod:`warta.web.graph`,
which escape every piece of text they are given.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from markupsafe import Markup

from warta.models import ActorRef, Analysis, Article, Claim, Entity, Event, Quote, Story, TimelineEntry
from warta.web.graph import actor_graph
from warta.web.headings import Heading, article_heading, article_name
from warta.web.highlight import Span, highlight
from warta.web.links import Links, quote_anchor, sentence_anchor

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Link:
    text: str
    href: str
    title: str = ""


@dataclass(frozen=True)
class StoryRow:
    id: str
    label: str
    href: str
    outlets: list[str]
    count: int
    first: str | None
    last: str | None


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str
    href: str
    outlet: str
    published: str | None
    estimated: bool
    estimated_title: bool = False  # the title is the article's first words: it has none
    source: str = ""


# --- shared lookups -------------------------------------------------------------------------------------


def actor_name(actor: ActorRef | None) -> str:
    if actor is None:
        return "—"
    return actor.name or actor.description or actor.entity or "?"


# An article whose outlet is not known (a bare text dump): a dash, as for other missing values.
UNKNOWN_OUTLET = "—"


def outlet_of(article: Article | None) -> str:
    if article is None:
        return UNKNOWN_OUTLET
    return article.outlet_name or article.outlet or UNKNOWN_OUTLET


def sentence_at(article: Article, offset: int) -> int | None:
    """1-based number of the sentence holding the offset, or None when the article has no sentences."""
    starts = [s[0] for s in article.sentences]
    index = bisect_right(starts, offset)
    return index if index > 0 and offset < article.sentences[index - 1][1] else None


def best_sentence(article: Article, text: str) -> int | None:
    """The article's sentence that is ``text``, or shares the most words with it."""
    exact = article.body.find(text) if text else -1
    if exact >= 0:
        return sentence_at(article, exact)
    wanted = set(_WORD.findall(text.casefold()))
    scored = [(len(wanted & set(_WORD.findall(article.body[s:e].casefold()))), -i)
              for i, (s, e) in enumerate(article.sentences)]
    if not scored or max(scored)[0] == 0:
        return None
    return -max(scored)[1] + 1


def anchor_for(article: Article, number: int | None) -> str | None:
    return sentence_anchor(article.id, number) if number else None


def _date_of(article: Article) -> str | None:
    return article.published[:10] if article.published else None


# --- story list -----------------------------------------------------------------------------------------


def story_rows(analysis: Analysis, links: Links) -> list[StoryRow]:
    """Stories newest first: by their latest article date, undated last."""
    by_id = {a.id: a for a in analysis.articles}
    rows = [_story_row(story, by_id, links) for story in analysis.stories]
    rows.sort(key=lambda r: r.id)
    rows.sort(key=lambda r: r.last or "", reverse=True)
    return rows


def _story_row(story: Story, by_id: dict[str, Article], links: Links) -> StoryRow:
    articles = [by_id[a] for a in story.articles if a in by_id]
    dates = sorted(d for d in (_date_of(a) for a in articles) if d)
    outlets = sorted({outlet_of(a) for a in articles}, key=lambda o: (o == UNKNOWN_OUTLET, o.casefold()))
    return StoryRow(story.id, story.label, links.story(story.id), outlets, len(story.articles),
                    dates[0] if dates else None, dates[-1] if dates else None)


def article_rows(articles: list[Article], links: Links) -> list[ArticleRow]:
    rows = [_article_row(a, links) for a in articles]
    rows.sort(key=lambda r: r.published or "", reverse=True)
    return rows


def _article_row(article: Article, links: Links) -> ArticleRow:
    heading = article_heading(article)
    return ArticleRow(article.id, heading.text, links.article(article.id), outlet_of(article),
                      article.published, article.published_source == "estimated", heading.estimated,
                      article.url or article.source)


# --- story page -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryItem:
    sentence: str
    citations: list[Link]


@dataclass(frozen=True)
class TimelineRow:
    date: str | None
    granularity: str
    doubts: list[str]
    label: str
    events: list[Link]
    # How the date was obtained; an undated entry shows the day it was first reported instead
    # of a bare "undated", and a date resting on an estimate or a report day is uncertain.
    basis: str | None = None
    reported_by: str | None = None
    uncertain: bool = False
    window: list[str] | None = None


@dataclass(frozen=True)
class EdgeRow:
    source: Link | None
    source_name: str
    type: str
    target: Link | None
    target_name: str
    date: str | None
    evidence: Link | None


@dataclass(frozen=True)
class Cell:
    stance: str
    evidence: str
    source: Link | None
    id: str


@dataclass(frozen=True)
class MatrixRow:
    id: str
    label: str
    kind: str  # "claim" or "event"
    verdict: str | None
    cells: list[list[Cell]]


@dataclass
class Matrix:
    outlets: list[tuple[str, int]] = field(default_factory=list)  # outlet, number of columns under it
    holders: list[str] = field(default_factory=list)  # "" is the outlet's own reporting voice
    rows: list[MatrixRow] = field(default_factory=list)


@dataclass(frozen=True)
class StoryView:
    story: Story
    articles: list[ArticleRow]
    summary: list[SummaryItem]
    timeline: list[TimelineRow]
    graph: Markup
    edges: list[EdgeRow]
    matrix: Matrix


def story_view(analysis: Analysis, story: Story, links: Links) -> StoryView:
    by_id = {a.id: a for a in analysis.articles}
    events = {e.id: e for e in analysis.events}
    return StoryView(
        story=story,
        articles=article_rows([by_id[a] for a in story.articles if a in by_id], links),
        summary=[SummaryItem(s.sentence, _citations(s.sentence, s.citations, by_id, links))
                 for s in story.summary or analysis.summary],  # an analysis from before Story.summary
        timeline=[_timeline_row(t, [events[e] for e in t.events if e in events], links, by_id)
                  for t in analysis.timeline],
        graph=actor_graph(analysis.events, links, f"{story.id}-graph"),
        edges=[_edge_row(e, links, by_id) for e in analysis.events],
        matrix=claim_matrix(analysis, links, story.id),
    )


def _citations(sentence: str, cited: list[str], by_id: dict[str, Article], links: Links) -> list[Link]:
    """Each cited article, linked to its sentence closest to the summary sentence."""
    out = []
    for number, article_id in enumerate(cited, start=1):
        article = by_id.get(article_id)
        if article is None:
            continue
        anchor = anchor_for(article, best_sentence(article, sentence))
        title = f"{outlet_of(article)}: {article_name(article)}"
        out.append(Link(f"[{number}]", links.article(article.id, anchor), title))
    return out


def granularity(value: str | None) -> str:
    """How precise a TIMEX3-style value is: year, month, week, day, time, season, quarter or vague."""
    if not value:
        return "undated"
    patterns = [("time", r"\d{4}-\d{2}-\d{2}T.*"), ("day", r"\d{4}-\d{2}-\d{2}"), ("week", r"\d{4}-W\d{2}"),
                ("month", r"\d{4}-\d{2}"), ("season", r"\d{4}-(SP|SU|FA|WI)"), ("quarter", r"\d{4}-Q\d"),
                ("year", r"\d{4}")]
    return next((name for name, pattern in patterns if re.fullmatch(pattern, value)), "vague")


def _timeline_row(entry: TimelineEntry, events: list[Event], links: Links,
                  by_id: dict[str, Article]) -> TimelineRow:
    doubts = sorted({doubt for e in events for doubt in _doubts(e)})
    return TimelineRow(entry.date, granularity(entry.date), doubts, entry.label,
                       [_event_link(e, links, by_id) for e in events], entry.date_basis,
                       (entry.reported_by or "")[:10] or None, entry.uncertain, entry.window)


def _doubts(event: Event) -> list[str]:
    out: list[str] = [event.status] if event.status in {"unconfirmed", "denied"} else []
    out += [event.modality] if event.modality != "asserted" else []
    return out + (["negated"] if event.negated else [])


def event_label(event: Event) -> str:
    mode = f" ({event.mode})" if event.mode else ""
    target = f" → {actor_name(event.target)}" if event.target else ""
    return f"{event.type}{mode}: {actor_name(event.source)}{target}"


def _event_link(event: Event, links: Links, by_id: dict[str, Article]) -> Link:
    evidence = _evidence_link(event, links, by_id)
    return Link(event_label(event), evidence.href if evidence else "", evidence.title if evidence else "")


def _evidence_link(event: Event, links: Links, by_id: dict[str, Article]) -> Link | None:
    for evidence in event.evidence:
        article = by_id.get(evidence.article)
        if article is not None:
            anchor = anchor_for(article, sentence_at(article, evidence.start))
            return Link(outlet_of(article), links.article(article.id, anchor), evidence.sentence)
    return None


def _actor_link(actor: ActorRef | None, links: Links) -> Link | None:
    return Link(actor_name(actor), links.entity(actor.entity)) if actor and actor.entity else None


def _edge_row(event: Event, links: Links, by_id: dict[str, Article]) -> EdgeRow:
    return EdgeRow(_actor_link(event.source, links), actor_name(event.source), event.type,
                   _actor_link(event.target, links), actor_name(event.target) if event.target else "—",
                   event.date, _evidence_link(event, links, by_id))


# --- claim matrix ---------------------------------------------------------------------------------------


def claim_matrix(analysis: Analysis, links: Links, prefix: str) -> Matrix:
    """Rows: claims, then events no claim is about; columns: (outlet, holder); cells: stances."""
    by_id = {a.id: a for a in analysis.articles}
    claimed = {c.event for c in analysis.claims if c.event}
    entries = [_claim_entries(c, by_id, links) for c in analysis.claims]
    entries += [_event_entries(e, by_id, links) for e in analysis.events if e.id not in claimed]
    columns = sorted({key for _, _, _, cells in entries for key in cells})
    matrix = Matrix(holders=[holder for _, holder in columns])
    for outlet in dict.fromkeys(outlet for outlet, _ in columns):
        matrix.outlets.append((outlet, sum(1 for o, _ in columns if o == outlet)))
    for number, (label, kind, verdict, cells) in enumerate(entries, start=1):
        row_id = f"{prefix}-row{number}"
        row_cells = [[Cell(stance, evidence, link, f"{row_id}-c{col}-{i}")
                      for i, (stance, evidence, link) in enumerate(cells.get(key, []))]
                     for col, key in enumerate(columns)]
        matrix.rows.append(MatrixRow(row_id, label, kind, verdict, row_cells))
    return matrix


_Entry = tuple[str, str, str | None, dict[tuple[str, str], list[tuple[str, str, Link | None]]]]


def _claim_entries(claim: Claim, by_id: dict[str, Article], links: Links) -> _Entry:
    cells: dict[tuple[str, str], list[tuple[str, str, Link | None]]] = {}
    for position in claim.positions:
        article = by_id.get(position.article)
        if article is None:  # a position taken in another story's article
            continue
        key = (outlet_of(article), actor_name(position.holder))
        source = _position_link(article, position.evidence, links)
        cells.setdefault(key, []).append((position.stance, position.evidence, source))
    return claim.statement, "claim", claim.verdict, cells


def _position_link(article: Article | None, evidence: str, links: Links) -> Link | None:
    if article is None:
        return None
    anchor = anchor_for(article, best_sentence(article, evidence))
    return Link(article_name(article), links.article(article.id, anchor))


def _event_entries(event: Event, by_id: dict[str, Article], links: Links) -> _Entry:
    cells: dict[tuple[str, str], list[tuple[str, str, Link | None]]] = {}
    for evidence in event.evidence:
        article = by_id.get(evidence.article)
        if article is None:
            continue
        anchor = anchor_for(article, sentence_at(article, evidence.start))
        link = Link(article_name(article), links.article(article.id, anchor))
        cells.setdefault((outlet_of(article), ""), []).append(("reports", evidence.sentence, link))
    return event_label(event), "event", event.status, cells


# --- article page ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleView:
    article: Article
    heading: Heading
    text: Markup
    quotes: list[tuple[Quote, Link | None]]
    timexes: list[tuple[str, str, str | None, Link | None]]  # text, type, value, sentence link
    stories: list[Link]
    duplicate_of: list[Link]


def article_view(analysis: Analysis, article: Article, links: Links) -> ArticleView:
    quotes = [q for q in analysis.quotes if q.article == article.id]
    timexes = [t for t in analysis.timexes if t.article == article.id]
    return ArticleView(
        article=article,
        heading=article_heading(article),
        text=highlight(article.body, article_spans(analysis, article, links)),
        quotes=[(q, _speaker_link(q, links)) for q in quotes],
        timexes=[(t.text, t.type, t.value, _sentence_link(article, t.start, links)) for t in timexes],
        stories=[Link(s.label, links.story(s.id)) for s in analysis.stories if article.id in s.articles],
        duplicate_of=[Link(d.duplicate_of, links.article(d.duplicate_of)) for d in analysis.duplicates
                      if d.article == article.id],
    )


def _speaker_link(quote: Quote, links: Links) -> Link | None:
    entity = quote.speaker.entity
    return Link(actor_name(quote.speaker), links.entity(entity)) if entity else None


def _sentence_link(article: Article, offset: int, links: Links) -> Link | None:
    number = sentence_at(article, offset)
    return Link(f"#{number}", links.article(article.id, anchor_for(article, number))) if number else None


def article_spans(analysis: Analysis, article: Article, links: Links) -> list[Span]:
    """Paragraphs, sentences, quotes, time expressions and entity mentions of one article."""
    paragraphs = article.paragraphs or [[0, len(article.body)]]
    spans = [Span(s, e, "paragraph", "p") for s, e in paragraphs]
    spans += [Span(s, e, "sentence", "span", (("id", sentence_anchor(article.id, n)), ("class", "sent")))
              for n, (s, e) in enumerate(article.sentences, start=1)]
    spans += [Span(q.start, q.end, "quote", "span", (("id", quote_anchor(q.id)), ("class", "quote"),
                                                    ("title", actor_name(q.speaker))))
              for q in analysis.quotes if q.article == article.id]
    spans += [Span(t.start, t.end, "timex", "span",
                   (("class", "timex"), ("title", f"{t.type} {t.value or '?'}")))
              for t in analysis.timexes if t.article == article.id]
    return spans + _mention_spans(analysis.entities, article.id, links)


def _mention_spans(entities: list[Entity], article: str, links: Links) -> list[Span]:
    """Entity mentions as links; of overlapping mentions only the longest, so links never nest."""
    mentions = [(m.start, m.end, e) for e in entities for m in e.mentions if m.article == article]
    mentions.sort(key=lambda m: (m[0] - m[1], m[0]))
    taken: list[tuple[int, int]] = []
    spans = []
    for start, end, entity in mentions:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        attrs = (("href", links.entity(entity.id)), ("class", f"ent ent-{entity.type.lower()}"),
                 ("title", f"{entity.name} ({entity.type})"))
        spans.append(Span(start, end, "entity", "a", attrs))
    return spans


# --- entity page ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MentionRow:
    article: Link
    before: str
    text: str
    after: str


@dataclass(frozen=True)
class EntityView:
    entity: Entity
    relations: list[tuple[str, Link | None, str]]  # type, link to the target entity, target name
    mentions: list[MentionRow]
    quotes: list[tuple[Quote, Link]]
    as_source: list[EdgeRow]
    as_target: list[EdgeRow]


def entity_view(analysis: Analysis, entity: Entity, links: Links) -> EntityView:
    by_id = {a.id: a for a in analysis.articles}
    known = {e.id for e in analysis.entities}
    return EntityView(
        entity=entity,
        relations=[(r.type, Link(r.name, links.entity(r.target)) if r.target in known and r.target else None,
                    r.name) for r in entity.relations],
        mentions=[_mention_row(by_id[m.article], m.start, m.end, links)
                  for m in entity.mentions if m.article in by_id],
        quotes=[(q, _quote_link(q, by_id, links)) for q in analysis.quotes if q.speaker.entity == entity.id],
        as_source=[_edge_row(e, links, by_id) for e in analysis.events if e.source.entity == entity.id],
        as_target=[_edge_row(e, links, by_id) for e in analysis.events
                   if e.target is not None and e.target.entity == entity.id],
    )


def _mention_row(article: Article, start: int, end: int, links: Links, width: int = 60) -> MentionRow:
    anchor = anchor_for(article, sentence_at(article, start))
    body = article.body
    return MentionRow(Link(article_name(article), links.article(article.id, anchor)),
                      body[max(0, start - width):start], body[start:end], body[end:end + width])


def _quote_link(quote: Quote, by_id: dict[str, Article], links: Links) -> Link:
    article = by_id.get(quote.article)
    title = article_name(article) if article else quote.article
    return Link(title, links.article(quote.article, quote_anchor(quote.id)))
