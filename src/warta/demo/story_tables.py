"""Terminal views of a story: who said what, coded events, timeline, claim matrix, summary.

``warta demo`` prints these after the article and entity tables; they read only the
analysis contract, so any analysis (``warta analyze --json``) can be shown the same way.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warta.models import ActorRef, Analysis, Claim, Event

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


def timeline_table(analysis: Analysis) -> Table:
    """The merged timeline in date order, each entry with the articles behind it."""
    events = {event.id: event for event in analysis.events}
    table = Table(title="Timeline", title_justify="left")
    for column in ("date", "what", "articles"):
        table.add_column(column, overflow="fold")
    for entry in analysis.timeline:
        cited = sorted({e.article for v in entry.events if v in events for e in events[v].evidence})
        table.add_row(entry.date or "undated", shorten(entry.label, 80), ",".join(cited))
    return table


def claim_rows(claim: Claim) -> Iterator[list[str]]:
    for position in claim.positions:
        yield [claim.id, shorten(claim.statement, 60), actor_text(position.holder),
               STANCE_MARKS.get(position.stance, position.stance), position.article, claim.verdict]


def claim_table(analysis: Analysis, top: int = 10) -> Table:
    """The claim matrix flattened: one row per (claim, holder) with the stance and verdict."""
    table = Table(title=f"Claims ({len(analysis.claims)}; first {top})", title_justify="left")
    for column in ("claim", "statement", "holder", "stance", "article", "verdict"):
        table.add_column(column, overflow="fold")
    contested_first = sorted(analysis.claims, key=lambda c: (c.verdict != "contested", c.id))
    for claim in contested_first[:top]:
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
