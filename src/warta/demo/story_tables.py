"""Terminal views of a story: who said what, coded events, timeline, claim matrix, summary.

``warta demo`` prints these after the article and entity tables; they read only the
analysis contract, so any analysis (``warta analyze --json``) can be shown the same way.
The timeline and the claim matrix show what matters most first: the
:data:`TIMELINE_ROWS` most salient timeline entries (in date order) and the
:data:`CLAIM_ROWS` most salient claims, each with its explicit stances one per row and the
outlets that merely report it gathered in one row. The JSON keeps everything.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warta.models import ActorRef, Analysis, Claim, Event, TimelineEntry

TIMELINE_ROWS = 12
CLAIM_ROWS = 8
_VERDICT_ORDER = {"contested": 0, "denied": 1, "confirmed": 2, "unconfirmed": 3}
STANCE_MARKS = {"asserts": "asserts", "confirms": "CONFIRMS", "denies": "DENIES",
                "declines": "declines", "does-not-confirm": "no confirm", "disputes": "disputes"}


def actor_text(actor: ActorRef | None) -> str:
    """"William Burns (Direktur CIA)", a bare description, or "?" when nobody is known."""
    if actor is None:
        return "—"
    if actor.name and actor.description:
        return f"{actor.name} ({actor.description})"
    return actor.name or actor.description or "?"


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def quote_table(analysis: Analysis, top: int = 12) -> Table:
    """Who said what: speaker, direct or reported, cue, the words, the article."""
    table = Table(title=f"Who said what ({len(analysis.quotes)} quotes; first {top})", title_justify="left")
    for column in ("article", "speaker", "kind", "cue", "words"):
        table.add_column(column, overflow="fold")
    for quote in analysis.quotes[:top]:
        kind = "direct" if quote.direct else "reported"
        table.add_row(quote.article, actor_text(quote.speaker), kind, quote.cue or "",
                      shorten(quote.text, 90))
    return table


def event_row(event: Event) -> list[str]:
    articles = sorted({e.article for e in event.evidence})
    flags = [flag for flag, on in (("negated", event.negated),) if on]
    if event.modality != "asserted":
        flags.append(event.modality)
    return [event.id, event.type + (f"/{event.mode}" if event.mode else ""), actor_text(event.source),
            actor_text(event.target), event.date or "?", event.location.name if event.location and
            event.location.name else "", ", ".join([event.status, *flags]), ",".join(articles)]


def event_table(analysis: Analysis, top: int = 15) -> Table:
    """Coded PLOVER events: who did what to whom, when, where, with their status."""
    table = Table(title=f"Coded events ({len(analysis.events)}; first {top})", title_justify="left")
    for column in ("id", "type", "source", "target", "date", "where", "status", "articles"):
        table.add_column(column, overflow="fold")
    for event in analysis.events[:top]:
        table.add_row(*event_row(event))
    return table


def when(entry: TimelineEntry) -> str:
    """The entry's date as a reader needs it: exact, a window, "by" a report day, or unknown."""
    if entry.date:
        return entry.date
    if entry.window:
        return f"≈ {entry.window[0]}…{entry.window[1]}"
    if entry.reported_by:
        return f"≤ {entry.reported_by}"
    return "?"


def most_salient(entries: list[TimelineEntry], top: int) -> list[TimelineEntry]:
    """The ``top`` most salient entries, still in timeline order (ties: the earlier first)."""
    ranked = sorted(range(len(entries)), key=lambda n: -entries[n].salience)[:top]
    return [entries[n] for n in sorted(ranked)]


def timeline_table(analysis: Analysis, top: int = TIMELINE_ROWS) -> Table:
    """The merged timeline in date order, most salient entries, each with the articles behind it."""
    events = {event.id: event for event in analysis.events}
    shown = most_salient(analysis.timeline, top)
    title = f"Timeline ({len(shown)} most salient of {len(analysis.timeline)} entries)"
    table = Table(title=title, title_justify="left")
    for column in ("date", "what", "articles"):
        table.add_column(column, overflow="fold")
    for entry in shown:
        cited = sorted({e.article for v in entry.events if v in events for e in events[v].evidence},
                       key=_article_number)
        table.add_row(when(entry), shorten(entry.label, 80), ",".join(cited))
    return table


def _article_number(article: str) -> tuple[int, str]:
    digits = article.lstrip("a")
    return (int(digits), article) if digits.isdigit() else (0, article)


def claim_rows(claim: Claim) -> Iterator[list[str]]:
    """Explicit stances one per row; outlets that only report the claim in one row."""
    reported = [p for p in claim.positions if p.basis == "report"]
    statement = shorten(claim.statement, 60)
    for position in claim.positions:
        if position.basis != "report":
            yield [claim.id, statement, actor_text(position.holder),
                   STANCE_MARKS.get(position.stance, position.stance), position.article, claim.verdict]
    if reported:
        outlets = ", ".join(dict.fromkeys(p.holder.name or "?" for p in reported))
        articles = ",".join(dict.fromkeys(p.article for p in reported))
        yield [claim.id, statement, f"media: {outlets}", "report", articles, claim.verdict]


def ranked_claims(claims: list[Claim]) -> list[Claim]:
    """Most salient first; among equals, disagreement first."""
    return sorted(claims, key=lambda c: (-c.salience, _VERDICT_ORDER.get(c.verdict, 4)))


def claim_table(analysis: Analysis, top: int = CLAIM_ROWS) -> Table:
    """The claim matrix flattened: the most salient claims, one row per explicit stance."""
    title = f"Claims ({min(top, len(analysis.claims))} most salient of {len(analysis.claims)})"
    table = Table(title=title, title_justify="left")
    for column in ("claim", "statement", "holder", "stance", "article", "verdict"):
        table.add_column(column, overflow="fold")
    for claim in ranked_claims(analysis.claims)[:top]:
        for row in claim_rows(claim):
            table.add_row(*row)
    return table


def print_story(analysis: Analysis, console: Console) -> None:
    """Everything after the entity table: quotes, events, timeline, claims, summary."""
    for story in analysis.stories:
        label = escape(story.label)
        console.print(f"Story {story.id}: [bold]{label}[/bold] ({len(story.articles)} articles)")
    for duplicate in analysis.duplicates:
        console.print(f"{duplicate.article} repeats {duplicate.duplicate_of} "
                      f"(similarity {duplicate.similarity:.2f})")
    console.print(quote_table(analysis))
    console.print(event_table(analysis))
    console.print(timeline_table(analysis))
    console.print(claim_table(analysis))
    console.print("[bold]Summary[/bold]")
    for sentence in analysis.summary:
        cited = escape(f"[{', '.join(sentence.citations)}]")
        console.print(f"- {escape(sentence.sentence)} [dim]{cited}[/dim]")
