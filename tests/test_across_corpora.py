"""The cross-article rules end to end, on the demo story and on a second story of our own.

``tests/corpus_sawit`` is a different story (a trade dispute, March 2023, four articles of
three fictional outlets; see its README): what holds on both is what the rules do, not
what one corpus happens to contain.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from warta.api import analyze
from warta.corpus.claim_positions import about_a_detail
from warta.corpus.timeline import on_the_timeline
from warta.models import Analysis
from warta.options import Options

SAWIT = Path(__file__).parent / "corpus_sawit"
DEMO = Path(__file__).parents[1] / "src" / "warta" / "demo" / "corpus"


@cache
def analysed(folder: Path) -> Analysis:
    return analyze(sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".html", ".jsonl")),
                   Options(summary_sentences=5))


@pytest.mark.parametrize("folder", [SAWIT, DEMO], ids=["sawit", "demo"])
def test_every_holder_says_one_thing_per_article_and_details_stay_apart(folder: Path, validate: Any) -> None:
    analysis = analysed(folder)
    validate(analysis)
    for claim in analysis.claims:
        said = Counter((p.holder.entity, p.holder.name, p.holder.description, p.article) for p in claim.positions)
        assert max(said.values(), default=1) == 1, claim
        if claim.event and not claim.statement.startswith("rincian"):
            assert not any(about_a_detail(p) for p in claim.positions), claim


@pytest.mark.parametrize("folder", [SAWIT, DEMO], ids=["sawit", "demo"])
def test_outlets_are_named_alike_everywhere(folder: Path) -> None:
    analysis = analysed(folder)
    names: dict[str, set[str]] = {}
    for claim in analysis.claims:
        for position in claim.positions:
            if position.basis == "report":
                outlet = next(a.outlet for a in analysis.articles if a.id == position.article)
                names.setdefault(outlet or "", set()).add(position.holder.name or "")
    assert names and all(len(spellings) == 1 for spellings in names.values()), names
    assert not any(name.isupper() for spellings in names.values() for name in spellings)


@pytest.mark.parametrize("folder", [SAWIT, DEMO], ids=["sawit", "demo"])
def test_the_timeline_holds_what_happened_and_leads_with_the_story_event(folder: Path) -> None:
    analysis = analysed(folder)
    events = {e.id: e for e in analysis.events}
    assert all(on_the_timeline(events[v]) for t in analysis.timeline for v in t.events)
    assert not any("pihak tak disebut" in t.label for t in analysis.timeline)
    top = max(analysis.timeline, key=lambda t: t.salience)
    assert top.granularity == "day" and events[top.events[0]].type == "CONSULT"
    assert len(events[top.events[0]].articles) >= 2


def test_the_second_story_reads_as_an_analyst_would() -> None:
    analysis = analysed(SAWIT)
    names = {p.holder.name for c in analysis.claims for p in c.positions if p.basis == "report"}
    # Outlets that report an event are named by their display names. Berita Pesisir reports
    # the meeting only as a bare noun phrase ("pertemuan kedua menteri perdagangan"), which the
    # event coder has dropped since its no-actor filter (a known miss, see the session notes).
    assert {"Kabar Kota", "Warta Timur"} <= names <= {"Kabar Kota", "Warta Timur", "Berita Pesisir"}
    top = max(analysis.timeline, key=lambda t: t.salience)
    assert top.date == "2023-03-06" and "Kuala Lumpur" in top.label and "Hendra" in top.label
    background = [t for t in analysis.timeline if (t.date or "").startswith("2019")]
    assert background and all(t.salience < 0.5 * top.salience for t in background)
    details = [c for c in analysis.claims if c.statement.startswith("rincian")]
    assert [(p.holder.name, p.stance) for c in details for p in c.positions] == [("Azman Rahim", "declines")]
    denied = [c for c in analysis.claims if c.verdict == "denied" and c.event is None]
    assert any("putaran kedua" in c.statement for c in denied)
    assert all(s.citations for s in analysis.summary)
