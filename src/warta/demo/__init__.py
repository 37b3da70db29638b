"""``warta demo``: the analysis of a built-in corpus that follows one evolving story."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from warta.demo.story_tables import print_story
from warta.models import Analysis
from warta.options import Options


def corpus_dir() -> Path:
    return Path(str(resources.files(__package__).joinpath("corpus")))


def run_demo(out: Path, options: Options) -> Analysis:
    from warta.api import analyze

    files = sorted(str(p) for p in corpus_dir().iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
    analysis = analyze(files, options)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "analysis.json"
    target.write_text(analysis.model_dump_json(indent=2) + "\n", encoding="utf-8")
    print_summary(analysis, Console())
    Console().print(f"\nFull analysis written to [bold]{target}[/bold]")
    from warta.report import write_report

    report = write_report(analysis, out / "report.html")
    Console().print(f"Report written to [bold]{report}[/bold]: open it with [bold]xdg-open {report}[/bold] "
                    f"(or file://{report.resolve()})\n"
                    f"Serve the demo store: [bold]warta ingest {corpus_dir()} --db demo.db && "
                    f"warta serve --db demo.db[/bold]", soft_wrap=True)  # commands stay whole for copying
    return analysis


def print_summary(analysis: Analysis, console: Console) -> None:
    table = Table(title=f"warta demo: {len(analysis.articles)} articles", title_justify="left")
    # Narrow fixed columns: on an 80-column terminal the title wraps, the ids and dates stay whole.
    for column, width in (("id", 3), ("outlet", 14), ("published", 11), ("lang", 4), ("removed", 7)):
        table.add_column(column, no_wrap=True, min_width=width, max_width=width, overflow="ellipsis")
    table.add_column("title", overflow="fold", ratio=1)
    for article in analysis.articles:
        published = (article.published or "—")[:10]
        if article.published_source == "estimated":
            published += "*"
        table.add_row(
            article.id,
            article.outlet_name or "?",
            published,
            article.language or "?",
            str(len(article.removed)),
            article.title or "(no title)",
        )
    console.print(table)
    reasons = Counter(r.reason for a in analysis.articles for r in a.removed)
    console.print("Removed lines by reason: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()))
    estimated = [a for a in analysis.articles if a.published_source == "estimated"]
    for article in estimated:
        window = " … ".join(article.published_window or [])
        console.print(f"* {article.id}: no date stated; estimated {article.published} (window {window})")
    retold = [(a.id, a.retold_from) for a in analysis.articles if a.retold_from]
    for article_id, outlets in retold:
        console.print(f"{article_id}: retells {', '.join(outlets)}")
    console.print(entity_table(analysis))
    print_story(analysis, console)


def entity_table(analysis: Analysis, top: int = 15) -> Table:
    """The most mentioned entities of the run: name, type, roles, kb id, mentions, articles."""
    ranked = sorted(analysis.entities, key=lambda e: (-len(e.mentions), e.id))[:top]
    table = Table(title=f"Top entities ({len(analysis.entities)} found)", title_justify="left")
    for column in ("name", "type", "roles", "kb_id", "mentions", "articles"):
        table.add_column(column, overflow="fold")
    for entity in ranked:
        articles = {m.article for m in entity.mentions}
        table.add_row(entity.name, entity.type, "; ".join(entity.roles[:2]), entity.kb_id or "—",
                      str(len(entity.mentions)), str(len(articles)))
    return table
