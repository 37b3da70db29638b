"""The claim matrix across articles: who asserts, confirms, denies or declines what.

A claim is about a merged event or about a statement. The per-article claims of the
stances stage are merged when they concern the same merged event, or when their
statements are near-identical. Every article that reports an event in its own voice
(not negated, not reported as denied) counts as its outlet asserting the event. Quotes
repeated across articles (the same words or a close paraphrase, by whoever says them)
are one message: one claim listing the quotes, each speaker asserting it.

Verdict, in this order:

1. ``contested``: someone denies or disputes it and someone confirms or asserts it;
2. ``denied``: someone denies or disputes it and nobody supports it;
3. ``confirmed``: someone confirms it, or at least :data:`CORROBORATING_OUTLETS`
   independent outlets report it in their own voice (a duplicate or a retelling counts
   as the outlet it copies);
4. ``unconfirmed``: otherwise (one outlet's report, declines, does-not-confirm).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.corpus.near_text import near_groups, words
from warta.corpus.timeline import event_label
from warta.models import ActorRef, Analysis, Article, Claim, Entity, Event, Position, Quote, Verdict

# Two texts at least this similar (near_text.similarity) say the same thing.
SAME_STATEMENT = 0.8
# Quotes shorter than this are too generic to be one message ("Tidak benar").
MIN_MESSAGE_WORDS = 4
CORROBORATING_OUTLETS = 2
_AGAINST = frozenset({"denies", "disputes"})
_SUPPORT = frozenset({"asserts", "confirms"})


@dataclass(frozen=True)
class ArticleReport:
    """How one article reports one merged event."""

    event: str
    article: str
    asserted: bool  # in the outlet's own voice: not negated, not reported as denied
    evidence: str


class _Outlets:
    """Outlet holders and independence: copies and retellings count as what they copy."""

    def __init__(self, analysis: Analysis) -> None:
        self.articles = {a.id: a for a in analysis.articles}
        self.copy_of = {d.article: d.duplicate_of for d in analysis.duplicates}
        self.entity_of = {e.gazetteer_id.removeprefix("outlet:"): e.id for e in analysis.entities
                          if e.gazetteer_id and e.gazetteer_id.startswith("outlet:")}

    def key(self, article_id: str) -> str:
        seen = {article_id}
        while article_id in self.copy_of and self.copy_of[article_id] not in seen:
            article_id = self.copy_of[article_id]
            seen.add(article_id)
        article = self.articles.get(article_id)
        if article is None:
            return article_id
        if article.retold_from:
            return article.retold_from[0].lower()
        return article.outlet or article.outlet_name or article.id

    def holder(self, article_id: str) -> ActorRef:
        article = self.articles.get(article_id) or Article(id=article_id, source="", sha256="")
        name = article.outlet_name or article.outlet or f"artikel {article_id}"
        return ActorRef(entity=self.entity_of.get(article.outlet or ""), name=name, description="media")


def verdict(positions: Sequence[Position], outlets: _Outlets) -> Verdict:
    stances = {p.stance for p in positions}
    against, support = bool(stances & _AGAINST), bool(stances & _SUPPORT)
    if against:
        return "contested" if support else "denied"
    reporting = {outlets.key(p.article) for p in positions if p.basis == "report" and p.stance == "asserts"}
    if "confirms" in stances or len(reporting) >= CORROBORATING_OUTLETS:
        return "confirmed"
    return "unconfirmed"


def _position_key(position: Position) -> tuple[str, ...]:
    holder = position.holder
    return (holder.entity or "", holder.name or "", holder.description or "", position.stance,
            position.article, position.evidence)


def _unique(positions: Sequence[Position]) -> list[Position]:
    return list({_position_key(p): p for p in positions}.values())


@dataclass
class _Group:
    statement: str
    event: str | None
    positions: list[Position]
    quotes: list[str]
    first: tuple[int, int]


def _report_positions(reports: Sequence[ArticleReport], outlets: _Outlets) -> list[Position]:
    return [Position(holder=outlets.holder(r.article), stance="asserts", article=r.article,
                     evidence=r.evidence, basis="report") for r in reports if r.asserted]


def _quote_position(quote: Quote) -> Position:
    return Position(holder=quote.speaker, stance="asserts", article=quote.article, evidence=quote.text,
                    basis="quote")


def _regenerated(claim: Claim) -> bool:
    """Message claims of an earlier run: rebuilt from the quotes, so dropped on input."""
    return bool(claim.quotes) and claim.event is None and all(p.basis == "quote" for p in claim.positions)


class _Matrix:
    def __init__(self, analysis: Analysis, renamed: dict[str, str]) -> None:
        self.analysis = analysis
        self.renamed = renamed
        self.outlets = _Outlets(analysis)
        self.order = {a.id: i for i, a in enumerate(analysis.articles)}
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}
        self.events: dict[str, Event] = {e.id: e for e in analysis.events}

    def _first(self, articles: Sequence[str]) -> tuple[int, int]:
        return (min((self.order.get(a, len(self.order)) for a in articles), default=len(self.order)), 0)

    def event_groups(self, claims: Sequence[Claim], reports: Sequence[ArticleReport]) -> dict[str, _Group]:
        groups: dict[str, _Group] = {}
        for n, event in enumerate(self.analysis.events):
            groups[event.id] = _Group(event_label(event, self.entities), event.id, [], [], (-1, n))
        for claim in claims:
            group = groups[self.renamed.get(claim.event or "", claim.event or "")]
            group.positions.extend(claim.positions)
        for report in reports:
            if report.event in groups:
                groups[report.event].positions.extend(_report_positions([report], self.outlets))
        return groups

    def statement_groups(self, claims: Sequence[Claim], quotes: Sequence[Quote]) -> list[_Group]:
        texts = [c.statement for c in claims] + [q.text for q in quotes]
        groups = []
        for members in near_groups(texts, SAME_STATEMENT):
            own = [claims[i] for i in members if i < len(claims)]
            said = [quotes[i - len(claims)] for i in members if i >= len(claims)]
            if not own and len({q.article for q in said}) < 2:
                continue  # a quote said in one article only is not a repeated message
            positions = [p for c in own for p in c.positions] + [_quote_position(q) for q in said]
            statement = own[0].statement if own else said[0].text
            groups.append(_Group(statement, None, positions, [q.id for q in said],
                                 self._first([p.article for p in positions])))
        return groups

    def claims(self, groups: Sequence[_Group]) -> list[Claim]:
        ordered = sorted(groups, key=lambda g: g.first)
        out: list[Claim] = []
        for group in ordered:
            positions = sorted(_unique(group.positions), key=lambda p: self.order.get(p.article, 0))
            if not positions and group.event is None:
                continue
            out.append(Claim(id=f"c{len(out) + 1}", statement=group.statement, event=group.event,
                             positions=positions, verdict=verdict(positions, self.outlets),
                             quotes=group.quotes))
        return out


def build_claims(analysis: Analysis, claims: Sequence[Claim], renamed: dict[str, str],
                 reports: Sequence[ArticleReport]) -> list[Claim]:
    """The merged claims (ids ``c1…``): one per merged event, then statements and repeated messages.

    ``analysis.events`` are the merged events; ``claims`` the claims to merge (per-article
    ones, or an earlier run's merged ones); ``renamed`` maps their event ids to merged ids.
    """
    matrix = _Matrix(analysis, renamed)
    kept = [c for c in claims if not _regenerated(c)]
    about_event: list[Claim] = []
    about_statement: list[Claim] = []
    for claim in kept:
        linked = claim.event and matrix.renamed.get(claim.event, claim.event) in matrix.events
        (about_event if linked else about_statement).append(claim)
    messages = [q for q in analysis.quotes if len(words(q.text)) >= MIN_MESSAGE_WORDS]
    groups = list(matrix.event_groups(about_event, reports).values())
    groups += matrix.statement_groups(about_statement, messages)
    return matrix.claims(groups)
