"""Benchmark ``corpus-scale``: the cross-article layer (``corpus.across.complete``) on 10,000 articles.

Articles: IndoSum's 750 and IndoTimex Kompas's 75 real texts, read once through the
foundation stages and the time-expression stage (clean body, sentences, publication
date, timexes), then cycled to :data:`ARTICLES` with new ids, each copy under one of
:data:`OUTLETS` outlet names. Copies are real repeats, so duplicates, stories, event
merging and repeated quotes all have work to do.

The later per-article stages (entities, quotes, events, stances) are not run — they
are per-article costs with their own speed benchmarks. Their output is synthesised
cheaply from each distinct text, the same way for every copy:

- entities: runs of capitalised words (2-4 words, or one word of 4+ letters not
  opening a sentence), one run-wide entity per distinct name;
- events: a sentence with a trigger verb from :data:`TRIGGERS` and two entity names
  gives an event (first name source, second target), dated by a time expression in
  the sentence, located at a name after "di";
- quotes: text of 4+ words between quote marks, spoken by the sentence's first name;
- claims: a sentence with a stance verb ("membantah", "membenarkan", …) gives a
  per-article claim on that sentence's event, if any.

Timed: ``complete()`` alone, on one core, in wall and CPU seconds (parts in wall seconds);
the setup is not timed.
"""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

from warta.api import analyze_docs
from warta.bench import Metrics
from warta.bench.corpora import indosum_texts, kompas_texts, text_docs
from warta.corpus.across import complete
from warta.document import Doc
from warta.models import (
    ActorRef,
    Analysis,
    Article,
    Claim,
    Entity,
    Event,
    Evidence,
    Location,
    Mention,
    Position,
    Quote,
    Stance,
    Timex,
)
from warta.options import Options
from warta.pipeline import build

ARTICLES = 10_000
OUTLETS = 25
TRIGGERS = {"bertemu": "CONSULT", "menemui": "CONSULT", "berkunjung": "CONSULT", "mengunjungi": "CONSULT",
            "menyerang": "ASSAULT", "menembak": "ASSAULT", "menuduh": "ACCUSE", "mengecam": "ACCUSE",
            "menolak": "REJECT", "sepakat": "AGREE", "menandatangani": "AGREE", "meminta": "REQUEST",
            "mendesak": "REQUEST", "mengancam": "THREATEN", "membantu": "AID", "mendukung": "SUPPORT",
            "menangkap": "COERCE", "menahan": "COERCE", "memprotes": "PROTEST"}
STANCES: dict[str, Stance] = {"membantah": "denies", "menyangkal": "denies", "membenarkan": "confirms",
                              "mengonfirmasi": "confirms", "menolak berkomentar": "declines"}
NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}|[A-Z][a-z]{3,})\b")
QUOTED = re.compile(r"[\"“]([^\"”]{20,400})[\"”]")
WORD = re.compile(r"\w+")


def _foundation_docs(texts: list[str]) -> list[Doc]:
    from warta.api import foundation_stages
    from warta.article.timex import timexes

    return analyze_docs(text_docs(texts, "scale"), Options(), build([*foundation_stages(), timexes]))


class _Synthesis:
    """Per-article annotations made from one distinct article, reused for its copies."""

    def __init__(self) -> None:
        self.entity_ids: dict[str, str] = {}

    def entity(self, name: str) -> str:
        return self.entity_ids.setdefault(name, f"e{len(self.entity_ids) + 1}")

    def names(self, article: Article, start: int, end: int) -> list[tuple[str, int, int]]:
        text = article.body[start:end]
        found = []
        for m in NAME.finditer(text):
            if m.start() == 0 and " " not in m.group():
                continue  # a capitalised sentence opener is not a name
            found.append((m.group(), start + m.start(), start + m.end()))
        return found

    def annotate(self, article: Article, timexes: list[Timex]) -> tuple[list[Mention], list[Event],
                                                                           list[Quote], list[Claim]]:
        mentions: list[Mention] = []
        events: list[Event] = []
        quotes: list[Quote] = []
        claims: list[Claim] = []
        for start, end in article.sentences:
            names = self.names(article, start, end)
            mentions += [Mention(article=article.id, start=s, end=e, text=n) for n, s, e in names]
            sentence = article.body[start:end]
            event = self._event(article, start, end, names, timexes, len(events) + 1)
            if event:
                events.append(event)
            quotes += self._quotes(article, start, sentence, names, len(quotes) + 1)
            claims += self._claims(article, sentence, names, event, len(claims) + 1)
        return mentions, events, quotes, claims

    def _actor(self, name: str) -> ActorRef:
        return ActorRef(entity=self.entity(name), name=name)

    def _event(self, article: Article, start: int, end: int, names: list[tuple[str, int, int]],
               timexes: list[Timex], number: int) -> Event | None:
        sentence = article.body[start:end]
        words = set(WORD.findall(sentence.lower()))
        kind = next((t for verb, t in TRIGGERS.items() if verb in words), None)
        if kind is None or len(names) < 2:
            return None
        date = next((t.value for t in timexes if start <= t.start < end and t.type == "DATE"), None)
        place = next((n for n, s, _ in names if article.body[max(0, s - 3):s] == "di "), None)
        return Event(id=f"{article.id}-v{number}", type=kind, source=self._actor(names[0][0]),
                     target=self._actor(names[1][0]), date=date,
                     location=Location(entity=self.entity(place), name=place) if place else None,
                     evidence=[Evidence(article=article.id, start=start, end=end, sentence=sentence)])

    def _quotes(self, article: Article, start: int, sentence: str, names: list[tuple[str, int, int]],
                number: int) -> list[Quote]:
        speaker = self._actor(names[0][0]) if names else ActorRef(description="sumber")
        return [Quote(id=f"{article.id}-q{number + n}", article=article.id, start=start + m.start(1),
                      end=start + m.end(1), text=m.group(1), direct=True, speaker=speaker)
                for n, m in enumerate(QUOTED.finditer(sentence))]

    def _claims(self, article: Article, sentence: str, names: list[tuple[str, int, int]], event: Event | None,
                number: int) -> list[Claim]:
        lowered = sentence.lower()
        stance = next((s for cue, s in STANCES.items() if cue in lowered), None)
        if stance is None:
            return []
        holder = self._actor(names[0][0]) if names else ActorRef(description="sumber")
        position = Position(holder=holder, stance=stance, article=article.id, evidence=sentence)
        return [Claim(id=f"{article.id}-c{number}", statement=sentence[:200],
                      event=event.id if event else None, verdict="unconfirmed", positions=[position])]


def _renamed(item: Event | Quote | Claim, old: str, new: str) -> str:
    return item.id.replace(f"{old}-", f"{new}-", 1)


def build_analysis(data_dir: Path, size: int = ARTICLES) -> Analysis:
    """The 10,000-article analysis the cross-article layer is timed on."""
    docs = [d for d in _foundation_docs(indosum_texts(data_dir) + kompas_texts(data_dir)) if d.article.body]
    synthesis = _Synthesis()
    made = [(doc.article, doc.timexes, synthesis.annotate(doc.article, doc.timexes)) for doc in docs]
    analysis = Analysis(warta_version="bench", created="")
    mentions: dict[str, list[Mention]] = {}
    for number, (article, timexes, (found, events, quotes, claims)) in zip(
            range(1, size + 1), itertools.cycle(made), strict=False):
        new = f"a{number}"
        outlet = f"outlet{number % OUTLETS}"
        copy = {"id": new, "outlet": outlet, "outlet_name": outlet}
        analysis.articles.append(article.model_copy(update=copy))
        analysis.timexes += [t.model_copy(update={"article": new}) for t in timexes]
        for m in found:
            mentions.setdefault(m.text, []).append(m.model_copy(update={"article": new}))
        analysis.events += [_copied_event(e, article.id, new) for e in events]
        analysis.quotes += [q.model_copy(update={"id": _renamed(q, article.id, new), "article": new})
                            for q in quotes]
        analysis.claims += [_copied_claim(c, article.id, new) for c in claims]
    analysis.entities = [Entity(id=eid, name=name, type="OTHER", mentions=mentions.get(name, []))
                         for name, eid in synthesis.entity_ids.items()]
    return analysis


def _copied_event(event: Event, old: str, new: str) -> Event:
    evidence = [e.model_copy(update={"article": new}) for e in event.evidence]
    return event.model_copy(update={"id": _renamed(event, old, new), "evidence": evidence})


def _copied_claim(claim: Claim, old: str, new: str) -> Claim:
    positions = [p.model_copy(update={"article": new}) for p in claim.positions]
    event = claim.event.replace(f"{old}-", f"{new}-", 1) if claim.event else None
    return claim.model_copy(update={"id": _renamed(claim, old, new), "event": event, "positions": positions})


def run(data_dir: Path) -> Metrics:
    analysis = build_analysis(data_dir)
    inputs = {"input_events": len(analysis.events), "input_quotes": len(analysis.quotes),
              "input_claims": len(analysis.claims), "entities": len(analysis.entities)}
    timings: dict[str, float] = {}
    started, cpu_started = time.perf_counter(), time.process_time()
    complete(analysis, Options(), timings)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    # The machine is shared: CPU seconds are what the run costs, wall seconds include waiting for a core.
    metrics: Metrics = {"articles": len(analysis.articles), **inputs, "seconds": round(seconds, 2),
                        "cpu_seconds": round(cpu, 2),
                        "articles_per_cpu_s": round(len(analysis.articles) / cpu, 1),
                        "articles_per_s": round(len(analysis.articles) / seconds, 1),
                        "merged_events": len(analysis.events), "claims": len(analysis.claims),
                        "stories": len(analysis.stories), "duplicates": len(analysis.duplicates),
                        "timeline_entries": len(analysis.timeline), "errors": len(analysis.errors)}
    for part, spent in timings.items():
        metrics[f"seconds_{part}"] = round(spent, 2)
    return metrics
