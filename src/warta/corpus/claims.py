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

Before the verdict, :mod:`warta.corpus.claim_positions` makes each holder say one thing
per article, moves declines about a detail ("menolak membeberkan isi pembicaraan") to a
claim of their own about the event's details, and reads a bare "laporan itu" as the
article's lead. An outlet holds its positions under its display name
(:mod:`warta.corpus.outlet_names`), the same in every article of that outlet.

Each claim has a ``salience`` (0..1) so that readers can lead with what matters: the
weighted sum (:data:`SALIENCE`) of disagreement (contested, then denied), how many holders
take an explicit stance, how many articles speak to it, and the salience of its event.
Everything stays in the list; a view ranks or filters by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.article.outlet import find_lead, outlet_key
from warta.corpus.claim_positions import (
    about_a_detail,
    as_own_act,
    fragment,
    lead_sentence,
    one_per_holder,
    quoted_words,
    referring_only,
    stance_of_cue_words,
)
from warta.corpus.event_labels import LabelNames, event_label, event_noun_phrase
from warta.corpus.event_salience import StoryContext, saliences
from warta.corpus.near_text import near_groups, words
from warta.corpus.outlet_names import display_names
from warta.models import ActorRef, Analysis, Article, Claim, Event, Position, Quote, Stance, Verdict

# Two texts at least this similar (near_text.similarity) say the same thing.
SAME_STATEMENT = 0.8
# Quotes shorter than this are too generic to be one message ("Tidak benar").
MIN_MESSAGE_WORDS = 4
CORROBORATING_OUTLETS = 2
_AGAINST = frozenset({"denies", "disputes"})
_SUPPORT = frozenset({"asserts", "confirms"})
SALIENCE = {"disagreement": 0.3, "holders": 0.25, "articles": 0.2, "event": 0.25}
# Explicit stances by this many holders, or this many articles, count in full.
FULL_HOLDERS, FULL_ARTICLES = 3, 3
_DETAILS_OF = {"id": "rincian {}", "en": "details of {}"}


@dataclass(frozen=True)
class ArticleReport:
    """How one article reports one merged event."""

    event: str
    article: str
    asserted: bool  # in the outlet's own voice: not negated, not reported as denied
    evidence: str
    negated: bool = False  # the article reports that it did not happen


# The holder of what an article says in its own voice when it names no outlet.
UNKNOWN_OUTLET = "media tak dikenal"


class _Outlets:
    """Outlet holders and independence: copies and retellings count as what they copy."""

    def __init__(self, analysis: Analysis) -> None:
        self.articles = {a.id: a for a in analysis.articles}
        self.copy_of = {d.article: d.duplicate_of for d in analysis.duplicates}
        self.entity_of = {e.gazetteer_id.removeprefix("outlet:"): e.id for e in analysis.entities
                          if e.gazetteer_id and e.gazetteer_id.startswith("outlet:")}
        self.names = display_names(analysis.articles)

    def key(self, article_id: str) -> str:
        seen = {article_id}
        while article_id in self.copy_of and self.copy_of[article_id] not in seen:
            article_id = self.copy_of[article_id]
            seen.add(article_id)
        article = self.articles.get(article_id)
        if article is None:
            return article_id
        if article.retold_from:  # "Dilansir dari Warta Nusantara": the key its own articles have
            # (an analysis stored before retold_from_keys existed has the names only)
            return (article.retold_from_keys or [outlet_key(article.retold_from[0])])[0]
        return article.outlet or article.outlet_name or article.id

    def holder(self, article_id: str) -> ActorRef:
        article = self.articles.get(article_id) or Article(id=article_id, source="", sha256="")
        name = self.names.get(article.outlet or "") or article.outlet_name
        if name is None:  # a bare dump names no outlet: say so; the position keeps its article id
            return ActorRef(entity=None, name=None, description=UNKNOWN_OUTLET)
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


# A statement whose words lie this much inside another's, taken by the same holder with the same
# stance in another article, is the same statement retold ("Bulog membantah stok beras menipis"
# beside "Perum Bulog membantah kabar bahwa stok cadangan beras pemerintah menipis").
CONTAINED_STATEMENT = 0.75
_HOLDER_STANCES = frozenset({"confirms", "denies", "disputes", "declines"})


def _holder_stances(group: _Group) -> set[tuple[str, str]]:
    return {(p.holder.entity, p.stance) for p in group.positions
            if p.holder is not None and p.holder.entity and p.stance in _HOLDER_STANCES}


def _contained(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(shorter) and len(shorter & longer) >= CONTAINED_STATEMENT * len(shorter)


def _joined_by_holder(groups: list[_Group]) -> list[_Group]:
    """Statement groups merged when one holder takes the same stance on the same words in
    several articles, the first group keeping its statement."""
    out: list[_Group] = []
    for group in groups:
        keys = _holder_stances(group)
        into = next((g for g in out if keys & _holder_stances(g) and _contained(g.statement, group.statement)
                     and {p.article for p in g.positions} != {p.article for p in group.positions}), None)
        if into is None:
            out.append(group)
            continue
        into.positions.extend(group.positions)
        into.quotes.extend(q for q in group.quotes if q not in into.quotes)
        into.first = min(into.first, group.first)
    return out


def _report_positions(reports: Sequence[ArticleReport], outlets: _Outlets,
                      negated_event: bool = False) -> list[Position]:
    """The outlets asserting the claim: reporting the event in their own voice, or, when the
    claim itself says it did not happen ("polisi tidak menahan X"), reporting that."""
    return [Position(holder=outlets.holder(r.article), stance="asserts", article=r.article,
                     evidence=r.evidence, basis="report")
            for r in reports if r.asserted or (negated_event and r.negated)]


def _quote_position(quote: Quote) -> Position:
    """A repeated message's speaker asserts it, unless the cue reporting it is itself a
    denial or a dispute ("Bulog denied reports that reserves are low"): then that is the stance."""
    cued = stance_of_cue_words(quote.cue) if quote.cue else None
    stance: Stance = cued if cued in ("denies", "disputes") else "asserts"
    return Position(holder=quote.speaker, stance=stance, article=quote.article, evidence=quote.text,
                    basis="quote")


def _regenerated(claim: Claim) -> bool:
    """Message claims of an earlier run: rebuilt from the quotes, so dropped on input."""
    return bool(claim.quotes) and claim.event is None and all(p.basis == "quote" for p in claim.positions)


def _readable(claim: Claim, articles: dict[str, Article]) -> Claim:
    """A claim whose statement is only "laporan itu" restated as its article's lead, and one
    whose statement is a fragment as the sentence it was cut from."""
    if not claim.positions:
        return claim
    if referring_only(claim.statement):
        article = articles.get(claim.positions[0].article)
        lead = lead_sentence(article) if article else None
        return claim.model_copy(update={"statement": lead}) if lead else claim
    if fragment(claim.statement):
        return claim.model_copy(update={"statement": quoted_words(claim.positions[0].evidence)})
    return claim


def claim_salience(claim: Claim, event_salience: float, articles_in_story: int) -> float:
    """0..1: disagreement, explicit holders, articles speaking to it, its event's salience."""
    explicit = {(p.holder.entity, p.holder.name, p.holder.description) for p in claim.positions
                if p.basis == "stance"}
    articles = {p.article for p in claim.positions}
    disagreement = {"contested": 1.0, "denied": 0.7}.get(claim.verdict, 0.0)
    parts = {"disagreement": disagreement, "holders": min(1.0, len(explicit) / FULL_HOLDERS),
             "articles": min(1.0, len(articles) / min(FULL_ARTICLES, max(1, articles_in_story))),
             "event": event_salience}
    return round(sum(SALIENCE[name] * value for name, value in parts.items()), 3)


class _Matrix:
    def __init__(self, analysis: Analysis, renamed: dict[str, str], context: StoryContext) -> None:
        self.analysis = analysis
        self.renamed = renamed
        self.context = context
        self.outlets = _Outlets(analysis)
        self.order = {a.id: i for i, a in enumerate(analysis.articles)}
        self.names = LabelNames(analysis.entities, analysis.articles)
        self.events: dict[str, Event] = {e.id: e for e in analysis.events}
        self.salience = saliences(analysis, context)

    def _first(self, articles: Sequence[str]) -> tuple[int, int]:
        return (min((self.order.get(a, len(self.order)) for a in articles), default=len(self.order)), 0)

    def event_groups(self, claims: Sequence[Claim], reports: Sequence[ArticleReport]) -> list[_Group]:
        groups: dict[str, _Group] = {}
        details: dict[str, _Group] = {}
        for n, event in enumerate(self.analysis.events):
            language = self.context.language(event)
            entities = self.names(language)
            label = event_label(event, entities, language)
            groups[event.id] = _Group(label, event.id, [], [], (-1, 2 * n))
            detail = _DETAILS_OF.get(language, _DETAILS_OF["id"]).format(
                event_noun_phrase(event, entities, language))
            details[event.id] = _Group(detail, event.id, [], [], (-1, 2 * n + 1))
        for claim in claims:
            merged = self.renamed.get(claim.event or "", claim.event or "")
            for position in claim.positions:
                position = as_own_act(position, self.events[merged])
                (details if about_a_detail(position) else groups)[merged].positions.append(position)
        for report in reports:
            if report.event in groups:
                negated = self.events[report.event].negated
                groups[report.event].positions.extend(_report_positions([report], self.outlets, negated))
        return list(groups.values()) + [g for g in details.values() if g.positions]

    def statement_groups(self, claims: Sequence[Claim], quotes: Sequence[Quote]) -> list[_Group]:
        articles = {a.id: a for a in self.analysis.articles}
        claims = [_readable(c, articles) for c in claims]
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
        return _joined_by_holder(groups)

    def _story_size(self, articles: Sequence[str]) -> int:
        story = next((self.context.story_of[a] for a in articles if a in self.context.story_of), None)
        return len(self.context.stories[story].articles) if story is not None else len(self.order)

    def claims(self, groups: Sequence[_Group]) -> list[Claim]:
        ordered = sorted(groups, key=lambda g: g.first)
        out: list[Claim] = []
        for group in ordered:
            positions = one_per_holder(_unique(group.positions))
            positions.sort(key=lambda p: self.order.get(p.article, 0))
            if not positions and group.event is None:
                continue
            claim = Claim(id=f"c{len(out) + 1}", statement=without_outlet_lead(group.statement),
                          event=group.event, positions=positions, verdict=verdict(positions, self.outlets),
                          quotes=group.quotes)
            event_salience = self.salience.get(group.event or "", 0.0)
            story_size = self._story_size([p.article for p in positions])
            claim.salience = claim_salience(claim, event_salience, story_size)
            out.append(claim)
        return out


def without_outlet_lead(statement: str) -> str:
    """A statement cut from an article's first sentence without the outlet's lead ("Jakarta, CNN
    Indonesia-- PSSI memastikan …" states what PSSI did, not who printed it). Only a lead naming
    an outlet: a bare "X - " may be a pair of names ("Anies - Sandi menang")."""
    lead = find_lead(statement)
    if lead is None or lead.outlet is None or lead.end >= len(statement):
        return statement
    rest = statement[lead.end:]
    return rest[:1].upper() + rest[1:]


def build_claims(analysis: Analysis, claims: Sequence[Claim], renamed: dict[str, str],
                 reports: Sequence[ArticleReport], context: StoryContext | None = None) -> list[Claim]:
    """The merged claims (ids ``c1…``): one per merged event (and one for its details, when
    someone declines them), then statements and repeated messages.

    ``analysis.events`` are the merged events; ``claims`` the claims to merge (per-article
    ones, or an earlier run's merged ones); ``renamed`` maps their event ids to merged ids.
    """
    matrix = _Matrix(analysis, renamed, context or StoryContext(analysis))
    kept = [c for c in claims if not _regenerated(c)]
    about_event: list[Claim] = []
    about_statement: list[Claim] = []
    for claim in kept:
        linked = claim.event and matrix.renamed.get(claim.event, claim.event) in matrix.events
        (about_event if linked else about_statement).append(claim)
    messages = [q for q in analysis.quotes if len(words(q.text)) >= MIN_MESSAGE_WORDS]
    groups = matrix.event_groups(about_event, reports)
    groups += matrix.statement_groups(about_statement, messages)
    return matrix.claims(groups)
