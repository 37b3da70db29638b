"""Measure the rule coder's triggers held out, train the trigger model, and test its gate.

    python -m warta.train.event_triggers [--data-dir DIR] [--cache /tmp/et.pkl] [--write]

Every dev gold document (``bench/gold/quotes-events/dev``) is run through the rule coder once (the
actor chooser and the trigger gate off). Each gold event's ``trigger`` is placed in its sentence;
every candidate word of :mod:`warta.article.event_trigger_model` is labelled with the type of the gold
trigger it lies in, else ``NONE``. Folds: leave one document family out (the file-name prefix:
``indosum``, ``kompas``, ``dev2e``, ``dev2q``, ``dev3`` … ``dev6``) and five folds by document (the
actor chooser's seeded folds). On each fold the model is fitted on the IndoSum documents of the other
folds only (Kompas texts carry no licence: evaluated, never trained on); the gate's threshold is
chosen on those training documents by an inner five-fold (out-of-fold probabilities), never on the
held-out ones.

Printed: per held-out family the rules' trigger-level (same sentence, same type, trigger words
overlapping), type-level and event-level P/R/F1, where their errors come from, and event and type F1
of the rules with the gate and with proposals (``--coder``: proposals coded by the rule coder's own
side-finding instead of the nearest entities). ``--write`` instead fits on all IndoSum dev documents,
picks the gate threshold by five-fold on them, and writes ``resources/event_trigger_model.json``.
Needs numpy.
"""

from __future__ import annotations

import argparse
import datetime
import json
import pickle
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.article.event_trigger_model import (
    MODEL_RESOURCE,
    NONE,
    ArticleReader,
    TriggerModel,
    candidate_indices,
    features,
    trigger_proposer,
    type_probability,
)
from warta.bench import default_data_dir, project_root
from warta.bench.quotes_events import (
    GoldDoc,
    SystemInput,
    Tally,
    entity_aliases,
    f1,
    gold_dir,
    greedy_pairs,
    load_gold,
    overlaps,
    score_events,
    system_input,
)
from warta.models import ActorRef, Event, Evidence, Quote
from warta.train.event_actors import folds_of

L2 = 1.0  # of 0.1, 1, 5: 0.1 overfits word identities, 5 loses recall on lexicon words (model card)
WRITE_MIN = 0.05  # smallest weight written to the shipped JSON
MIN_COUNT = 2  # a feature seen once in training gets no weight (it cannot generalise; keeps the JSON small)
STEPS = 300
RATE = 0.1
THRESHOLDS = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)  # 0.0: the gate keeps everything
INNER_FOLDS = 5
_FAMILY = re.compile(r"^(dev\d*[a-z]?)-")


@dataclass
class DocRun:
    """One gold document, its pipeline inputs, the rules' events and what the model reads of it."""

    gold: GoldDoc
    given: SystemInput
    events: list[Event]
    triggers: list[tuple[int, int]]
    gold_triggers: list[list[tuple[int, int]]]  # per gold event, the character spans of its trigger
    candidates: list[tuple[list[str], str]] = field(default_factory=list)  # features, label
    spots: list[tuple[int, int]] = field(default_factory=list)  # each candidate's (sentence, token index)

    @property
    def family(self) -> str:
        found = _FAMILY.match(self.gold.name)
        return found.group(1) if found else self.gold.name.split("-")[0]

    @property
    def licensed(self) -> bool:
        return self.gold.doc_id.startswith("indosum")

    def reader(self) -> ArticleReader:
        if "_reader" not in self.__dict__:
            given = self.given
            self.__dict__["_reader"] = ArticleReader(given.text, given.sentences, given.entities)
        reader: ArticleReader = self.__dict__["_reader"]
        return reader


# --------------------------------------------------------------------------- data


def trigger_spans(text: str, start: int, end: int, trigger: str | None) -> list[tuple[int, int]]:
    """Where a gold trigger's words stand in its sentence: the phrase if it is there as written, else
    each of its words where it first occurs (annotators write "menangkap … pelaku" loosely)."""
    if not trigger:
        return []
    sentence = text[start:end].lower()
    at = sentence.find(trigger.lower())
    if at >= 0:
        return [(start + at, start + at + len(trigger))]
    spans = []
    for word in re.findall(r"\w+", trigger.lower()):
        found = re.search(rf"\b{re.escape(word)}\b", sentence)
        if found:
            spans.append((start + found.start(), start + found.end()))
    return spans


def _label(token_span: tuple[int, int], run_gold: Sequence[tuple[str, list[tuple[int, int]]]]) -> str:
    for kind, spans in run_gold:
        if any(overlaps(token_span, span) for span in spans):
            return kind
    return NONE


def label_candidates(run: DocRun) -> None:
    reader = run.reader()
    gold = [(event.type, spans) for event, spans in zip(run.gold.events, run.gold_triggers, strict=True)]
    cut = run.gold.title_end
    for number, (start, _) in enumerate(run.given.sentences):
        if start < cut:
            continue  # the gold leaves titles out
        view = reader.view(number)
        for i in candidate_indices(view):
            token = view.tokens[i]
            run.candidates.append((features(view, i), _label((token.start, token.end), gold)))
            run.spots.append((number, i))


def collect(data_dir: Path, cache: Path | None = None) -> list[DocRun]:
    if cache is not None and cache.exists():
        runs: list[DocRun] = pickle.loads(cache.read_bytes())
        return runs
    from warta.article.events import rule_events

    runs = []
    for doc in load_gold("dev", data_dir):
        raw = json.loads((gold_dir() / "dev" / f"{doc.name}.json").read_text(encoding="utf-8"))
        given = system_input(doc.text, doc.dct)
        coded = rule_events(given.text, given.sentences, given.entities, given.timexes, "a1", "id")
        spans = [trigger_spans(doc.text, g.start, g.end, e.get("trigger"))
                 for g, e in zip(doc.events, raw["events"], strict=True)]
        run = DocRun(doc, given, coded.events, coded.triggers, spans)
        label_candidates(run)
        runs.append(run)
    if cache is not None:
        cache.write_bytes(pickle.dumps(runs))
    return runs


# --------------------------------------------------------------------------- the model


def fit(rows: Sequence[tuple[list[str], str]], l2: float = L2, steps: int = STEPS) -> TriggerModel:
    """Multinomial logistic regression, L2-penalised, full-batch Adam from zero (deterministic)."""
    import numpy as np

    labels = sorted({label for _, label in rows} | {NONE})
    seen = Counter(name for names, _ in rows for name in set(names))
    vocabulary: dict[str, int] = {}
    r, c = [], []
    for n, (names, _) in enumerate(rows):
        for name in sorted(set(names)):
            if seen[name] >= MIN_COUNT or name == "bias":
                r.append(n)
                c.append(vocabulary.setdefault(name, len(vocabulary)))
    # the binary design matrix as its nonzero cells, grouped by row and by column for np.add.reduceat
    by_row_r, by_row_c = np.array(r), np.array(c)
    row_starts = np.flatnonzero(np.r_[True, by_row_r[1:] != by_row_r[:-1]])
    order = np.argsort(by_row_c, kind="stable")
    by_col_r, by_col_c = by_row_r[order], by_row_c[order]
    col_starts = np.flatnonzero(np.r_[True, by_col_c[1:] != by_col_c[:-1]])
    y = np.zeros((len(rows), len(labels)))
    y[np.arange(len(rows)), [labels.index(label) for _, label in rows]] = 1.0
    w = np.zeros((len(vocabulary), len(labels)))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, steps + 1):
        s = np.add.reduceat(w[by_row_c], row_starts, axis=0)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        grad = (np.add.reduceat((p - y)[by_col_r], col_starts, axis=0) + l2 * w) / len(rows)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    names = list(vocabulary)
    weights = {label: {names[f]: round(float(w[f, k]), 4) for f in range(len(names)) if abs(w[f, k]) >= 5e-3}
               for k, label in enumerate(labels)}
    return TriggerModel(weights)


def train(runs: Sequence[DocRun]) -> TriggerModel:
    return fit([row for run in runs if run.licensed for row in run.candidates])


# --------------------------------------------------------------------------- scoring


def scored(run: DocRun, events: Sequence[Event], triggers: Sequence[tuple[int, int]]
           ) -> tuple[list[Event], list[tuple[int, int]]]:
    cut = run.gold.title_end
    kept = [k for k, e in enumerate(events) if any(ev.end > cut for ev in e.evidence)]
    return [events[k] for k in kept], [triggers[k] for k in kept]


def trigger_hits(run: DocRun, events: Sequence[Event], triggers: Sequence[tuple[int, int]]) -> int:
    """Coded events pairing one-to-one with a gold event of the same sentence and type whose trigger
    words overlap the coded trigger."""
    scores = [(1.0, i, j) for i, (p, span) in enumerate(zip(events, triggers, strict=True))
              for j, (g, spans) in enumerate(zip(run.gold.events, run.gold_triggers, strict=True))
              if p.type == g.type and any(overlaps(span, s) for s in spans)]
    return len(greedy_pairs(scores))


def tally_run(run: DocRun, events: Sequence[Event], triggers: Sequence[tuple[int, int]],
              tally: Tally) -> None:
    events, triggers = scored(run, events, triggers)
    score_events(run.gold.events, events, entity_aliases(run.given.entities), tally)
    tally.add("trigger_hits", trigger_hits(run, events, triggers))


def errors(run: DocRun, tally: Tally) -> None:
    """Where the rules' unpaired events come from (type-level pairing, as the bench pairs them)."""
    events, triggers = scored(run, run.events, run.triggers)
    reader = run.reader()
    lexical: list[tuple[int, int]] = []
    for number in range(len(run.given.sentences)):
        view = reader.view(number)
        lexical += [(view.tokens[m.first].start, view.tokens[m.last - 1].end) for m in view.triggers]
    scores = [(1.0, i, j) for i, p in enumerate(events) for j, g in enumerate(run.gold.events)
              if p.type == g.type and any(overlaps((ev.start, ev.end), (g.start, g.end))
                                          for ev in p.evidence)]
    pairs = greedy_pairs(scores)
    paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for j, spans in enumerate(run.gold_triggers):
        if j in paired_g:
            continue
        if any(overlaps(span, s) for span in triggers for s in spans):
            tally.add("miss_coded_other_type")
        elif any(overlaps(span, s) for span in lexical for s in spans):
            tally.add("miss_lexicon_word_not_coded")
        else:
            tally.add("miss_not_in_lexicon")
    all_gold = [s for spans in run.gold_triggers for s in spans]
    for i, span in enumerate(triggers):
        if i in paired_p:
            continue
        if any(overlaps(span, s) for s in all_gold):
            tally.add("spurious_gold_trigger_other_type_or_extra")
        else:
            tally.add("spurious_word_not_annotated")


def probabilities_of(model: TriggerModel, run: DocRun) -> list[float]:
    reader = run.reader()
    return [type_probability(model, reader, span, event.type) for event, span in zip(
        run.events, run.triggers, strict=True)]


def gated(run: DocRun, probabilities: Sequence[float], threshold: float
          ) -> tuple[list[Event], list[tuple[int, int]]]:
    keep = [k for k, p in enumerate(probabilities) if p >= threshold]
    return [run.events[k] for k in keep], [run.triggers[k] for k in keep]


def event_f1(runs: Sequence[DocRun], probabilities: Sequence[Sequence[float]], threshold: float) -> float:
    tally = Tally()
    for run, probs in zip(runs, probabilities, strict=True):
        tally_run(run, *gated(run, probs, threshold), tally)
    return f1(tally.get("event_hits"), tally.get("pred_events"), tally.get("gold_events"))[2]


def chosen_settings(train_runs: Sequence[DocRun]) -> tuple[float, float]:
    """The gate threshold and the proposal threshold of best event F1 on the licensed training
    documents, each from out-of-fold predictions of an inner five-fold."""
    licensed = [run for run in train_runs if run.licensed]
    probabilities: list[list[float]] = [[] for _ in licensed]
    guesses: list[list[tuple[str, float]]] = [[] for _ in licensed]
    for fold in folds_of(licensed, INNER_FOLDS):  # type: ignore[arg-type]
        model = train([run for k, run in enumerate(licensed) if k not in fold])
        for k in fold:
            probabilities[k] = probabilities_of(model, licensed[k])
            guesses[k] = candidate_guesses(model, licensed[k])
    gate = max(THRESHOLDS, key=lambda t: (round(event_f1(licensed, probabilities, t), 4), -t))
    propose = max(PROPOSE_AT, key=lambda t: (round(proposed_f1(licensed, guesses, t), 4), t))
    return gate, propose


PROPOSE_AT = (1.01, 0.5, 0.6, 0.7, 0.8, 0.9)  # 1.01: no proposals
_UNTARGETED = frozenset({"MOBILIZE", "AID"})


def candidate_guesses(model: TriggerModel, run: DocRun) -> list[tuple[str, float]]:
    """Per candidate, the model's likeliest type other than none, and its probability."""
    guesses = []
    for names, _ in run.candidates:
        probs = model.probabilities(names)
        kind = max((k for k in probs if k != NONE), key=lambda k: (probs[k], k))
        guesses.append((kind, probs[kind]))
    return guesses


def _nearest_actor(run: DocRun, number: int, index: int, after: bool) -> ActorRef | None:
    """The entity named nearest before (or after) a word in its sentence: the simple subject/object."""
    view = run.reader().view(number)
    at = view.tokens[index].end if after else view.tokens[index].start
    spans = [(start, end) for start, end, _ in view.entity_spans if (start >= at if after else end <= at)]
    if not spans:
        return None
    start, end = min(spans) if after else max(spans, key=lambda s: s[1])
    entity = next((e for e in run.given.entities for m in e.mentions if (m.start, m.end) == (start, end)),
                  None)
    return ActorRef(entity=entity.id, name=entity.name) if entity is not None else None


def proposals(run: DocRun, guesses: Sequence[tuple[str, float]], at: float
              ) -> tuple[list[Event], list[tuple[int, int]]]:
    """Events the model finds where the rules coded none of that type in the sentence: one per
    (sentence, type), at its likeliest word, sides the nearest entities before and after it."""
    coded = {(number, e.type) for e in run.events for number, (start, end) in enumerate(run.given.sentences)
             if any(ev.start < end and ev.end > start for ev in e.evidence)}
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for k, (kind, p) in enumerate(guesses):
        number = run.spots[k][0]
        if p >= at and (number, kind) not in coded and p > best.get((number, kind), (0.0, -1))[0]:
            best[(number, kind)] = (p, k)
    events: list[Event] = []
    triggers: list[tuple[int, int]] = []
    for (number, kind), (_, k) in sorted(best.items()):
        index = run.spots[k][1]
        start, end = run.given.sentences[number][0], run.given.sentences[number][1]
        token = run.reader().view(number).tokens[index]
        source = _nearest_actor(run, number, index, after=False)
        target = None if kind in _UNTARGETED else _nearest_actor(run, number, index, after=True)
        if source is None and target is None:
            continue
        events.append(Event(id=f"a1-p{len(events) + 1}", type=kind, source=source or ActorRef(),
                            target=target, evidence=[Evidence(article="a1", start=start, end=end,
                                               sentence=run.given.text[start:end])]))
        triggers.append((token.start, token.end))
    return events, triggers


def proposed_f1(runs: Sequence[DocRun], guesses: Sequence[Sequence[tuple[str, float]]], at: float) -> float:
    tally = Tally()
    for run, found in zip(runs, guesses, strict=True):
        extra, spans = proposals(run, found, at)
        tally_run(run, [*run.events, *extra], [*run.triggers, *spans], tally)
    return f1(tally.get("event_hits"), tally.get("pred_events"), tally.get("gold_events"))[2]


CODER_AT = (0.2, 0.3, 0.5, 0.7)  # proposal thresholds tried with the rule coder's sides
_QUOTES: dict[str, list[Quote]] = {}


def coded_with(run: DocRun, model: TriggerModel, at: float) -> tuple[list[Event], list[tuple[int, int]]]:
    """The rule coder's events with the model's proposed triggers added to each sentence's."""
    from warta.article.events import rule_events
    from warta.article.quotes import find_quotes

    given = run.given
    if run.gold.name not in _QUOTES:
        _QUOTES[run.gold.name] = find_quotes(given.text, given.sentences, given.entities, "a1")
    reader = ArticleReader(given.text, given.sentences, given.entities)
    coded = rule_events(given.text, given.sentences, given.entities, given.timexes, "a1", "id",
                        _QUOTES[run.gold.name], proposer=trigger_proposer(reader, model, at))
    return coded.events, coded.triggers


def coder_fold(name: str, runs: Sequence[DocRun], held: set[int]) -> tuple[float, Tally, dict[float, Tally]]:
    """Rules + proposals coded by the rules, on one held-out fold: the threshold chosen by an inner
    five-fold on the licensed training documents, the held-out tally at it, and the sweep."""
    train_runs = [run for k, run in enumerate(runs) if k not in held and run.licensed]
    inner = {t: Tally() for t in CODER_AT}
    for fold in folds_of(train_runs, INNER_FOLDS):  # type: ignore[arg-type]
        model = train([run for k, run in enumerate(train_runs) if k not in fold])
        for k in fold:
            for t, tally in inner.items():
                tally_run(train_runs[k], *coded_with(train_runs[k], model, t), tally)
    at = max(CODER_AT, key=lambda t: (round(figures(inner[t])["event_f1"], 4), t))
    model = train(train_runs)
    sweep = {t: Tally() for t in CODER_AT}
    for k in sorted(held):
        for t, tally in sweep.items():
            tally_run(runs[k], *coded_with(runs[k], model, t), tally)
    return at, sweep[at], sweep


def coder_report(title: str, runs: Sequence[DocRun], folds: Sequence[tuple[str, set[int]]]) -> list[str]:
    lines = [f"## {title}: rules + proposals coded by the rules", "",
             "| held out | rules type F1 | rules event F1 | propose at | type F1 | event F1 |",
             "|---|---|---|---|---|---|"]
    pooled_rules, pooled = Tally(), Tally()
    pooled_sweep = {t: Tally() for t in CODER_AT}
    for name, held in folds:
        rules = Tally()
        for k in sorted(held):
            tally_run(runs[k], runs[k].events, runs[k].triggers, rules)
        at, got, sweep = coder_fold(name, runs, held)
        pairs = [(rules, pooled_rules), (got, pooled), *((sweep[t], pooled_sweep[t]) for t in CODER_AT)]
        for source, target in pairs:
            for key, value in source.counts.items():
                target.add(key, value)
        a, b = figures(rules), figures(got)
        lines.append(f"| {name} | {a['type_f1']:.3f} | {a['event_f1']:.3f} | {at:.2f} | {b['type_f1']:.3f} | "
                     f"{b['event_f1']:.3f} |")
    a, b = figures(pooled_rules), figures(pooled)
    lines.append(f"| pooled | {a['type_f1']:.3f} | {a['event_f1']:.3f} |  | {b['type_f1']:.3f} | "
                 f"{b['event_f1']:.3f} |")
    lines += ["", "Fixed-threshold sweep, pooled (for reading only):"]
    lines += [f"- propose {t}: event F1 {figures(pooled_sweep[t])['event_f1']:.3f}, type F1 "
              f"{figures(pooled_sweep[t])['type_f1']:.3f}, predicted {pooled_sweep[t].get('pred_events')}"
              for t in CODER_AT]
    return [*lines, ""]


# --------------------------------------------------------------------------- cross-validation


@dataclass
class FoldResult:
    name: str
    documents: int
    threshold: float
    propose_at: float
    rules: Tally
    gate: Tally
    sweep: dict[float, Tally]
    proposed: Tally
    propose_sweep: dict[float, Tally]


def run_fold(name: str, runs: Sequence[DocRun], held: set[int]) -> FoldResult:
    train_runs = [run for k, run in enumerate(runs) if k not in held]
    model = train(train_runs)
    threshold, propose_at = chosen_settings(train_runs)
    rules, gate, proposed = Tally(), Tally(), Tally()
    sweep = {t: Tally() for t in THRESHOLDS}
    propose_sweep = {t: Tally() for t in PROPOSE_AT}
    for k in sorted(held):
        run = runs[k]
        tally_run(run, run.events, run.triggers, rules)
        errors(run, rules)
        probs = probabilities_of(model, run)
        tally_run(run, *gated(run, probs, threshold), gate)
        for t, tally in sweep.items():
            tally_run(run, *gated(run, probs, t), tally)
        guesses = candidate_guesses(model, run)
        for t, tally in propose_sweep.items():
            extra, spans = proposals(run, guesses, t)
            tally_run(run, [*run.events, *extra], [*run.triggers, *spans], tally)
            if t == propose_at:
                tally_run(run, [*run.events, *extra], [*run.triggers, *spans], proposed)
    return FoldResult(name, len(held), threshold, propose_at, rules, gate, sweep, proposed, propose_sweep)


def figures(tally: Tally) -> dict[str, float]:
    t = tally.get
    p, r, f = f1(t("event_hits"), t("pred_events"), t("gold_events"))
    tp, tr, tf = f1(t("trigger_hits"), t("pred_events"), t("gold_events"))
    yp, yr, yf = f1(t("event_type_hits"), t("pred_events"), t("gold_events"))
    return {"event_p": p, "event_r": r, "event_f1": f, "trigger_p": tp, "trigger_r": tr, "trigger_f1": tf,
            "type_p": yp, "type_r": yr, "type_f1": yf}


def family_folds(runs: Sequence[DocRun]) -> list[tuple[str, set[int]]]:
    families = sorted({run.family for run in runs})
    return [(family, {k for k, run in enumerate(runs) if run.family == family}) for family in families]


def document_folds(runs: Sequence[DocRun]) -> list[tuple[str, set[int]]]:
    return [(f"fold{n}", set(fold)) for n, fold in enumerate(folds_of(runs))]  # type: ignore[arg-type]


def report(title: str, results: Sequence[FoldResult]) -> list[str]:
    lines = [f"## {title}", "",
             "| held out | docs | gold | rules P/R trigger F1 | rules type F1 | rules event F1 "
             "| gate at | gated type F1 | gated event F1 | propose at | +proposed type F1 "
             "| +proposed event F1 |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    pooled_rules, pooled_gate, pooled_proposed = Tally(), Tally(), Tally()
    for result in results:
        for source, target in ((result.rules, pooled_rules), (result.gate, pooled_gate),
                               (result.proposed, pooled_proposed)):
            for key, value in source.counts.items():
                target.add(key, value)
        lines.append(_row(result.name, result.documents, (result.threshold, result.propose_at), result.rules,
                          result.gate, result.proposed))
    lines.append(_row("pooled", sum(r.documents for r in results), None, pooled_rules, pooled_gate,
                      pooled_proposed))
    errors_seen = Counter({k: v for k, v in pooled_rules.counts.items()
                           if k.startswith(("miss", "spurious"))})
    lines += ["", "Rules' unpaired events (type level), pooled: " + ", ".join(
        f"{k} {v}" for k, v in sorted(errors_seen.items()))]
    lines += ["", "Fixed-threshold sweep, pooled (for reading only: chosen on held-out = tuned):"]
    lines += [_sweep_line("gate", t, [r.sweep[t] for r in results]) for t in THRESHOLDS]
    lines += [_sweep_line("propose", t, [r.propose_sweep[t] for r in results]) for t in PROPOSE_AT]
    return [*lines, ""]


def _sweep_line(kind: str, threshold: float, tallies: list[Tally]) -> str:
    """One fixed-threshold row: the held-out folds' tallies pooled."""
    tally = Tally()
    for fold in tallies:
        for key, value in fold.counts.items():
            tally.add(key, value)
    got = figures(tally)
    return (f"- {kind} {threshold}: event F1 {got['event_f1']:.3f}, type F1 {got['type_f1']:.3f}, "
            f"predicted {tally.get('pred_events')}")


def _row(name: str, documents: int, settings: tuple[float, float] | None, rules: Tally, gate: Tally,
         proposed: Tally) -> str:
    a, b, c = figures(rules), figures(gate), figures(proposed)
    gate_at, propose_at = (f"{settings[0]:.2f}", f"{settings[1]:.2f}") if settings else ("", "")
    return (f"| {name} | {documents} | {rules.get('gold_events')} | "
            f"{a['trigger_p']:.3f}/{a['trigger_r']:.3f} {a['trigger_f1']:.3f} | {a['type_f1']:.3f} | "
            f"{a['event_f1']:.3f} | {gate_at} | {b['type_f1']:.3f} | {b['event_f1']:.3f} | {propose_at} | "
            f"{c['type_f1']:.3f} | {c['event_f1']:.3f} |")


def write_model(runs: Sequence[DocRun]) -> Path:
    model = train(runs)
    threshold, _ = chosen_settings(runs)
    licensed = [run for run in runs if run.licensed]
    data: dict[str, Any] = {
        "about": "warta event trigger model (warta.article.event_trigger_model); "
                 "card: event_trigger_model.md",
        "trained": datetime.date.today().isoformat(),
        "documents": len(licensed),
        "candidates": sum(len(run.candidates) for run in licensed),
        "gate_below": threshold,
        # weights under WRITE_MIN change no probability by more than a few percent: left out (size)
        "weights": {label: {name: w for name, w in weights.items() if abs(w) >= WRITE_MIN or name == "bias"}
                    for label, weights in model.weights.items()},
    }
    path = project_root() / "src" / "warta" / "resources" / MODEL_RESOURCE
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.train.event_triggers")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--write", action="store_true", help="only fit on all IndoSum dev and write the JSON")
    parser.add_argument("--coder", action="store_true", help="only the proposals coded by the rule coder")
    args = parser.parse_args(argv)
    runs = collect(args.data_dir, args.cache)
    labels = Counter(label for run in runs for _, label in run.candidates)
    covered = sum(1 for run in runs for spans in run.gold_triggers if spans)
    print(f"{len(runs)} documents, {sum(len(r.gold.events) for r in runs)} gold events "
          f"({covered} with a placed trigger), {sum(labels.values())} candidates, "
          f"{sum(v for k, v in labels.items() if k != NONE)} labelled with a type")
    if args.write:
        print(f"wrote {write_model(runs)}")
        return 0
    for title, folds in (("Leave one family out", family_folds(runs)), ("Five folds by document",
                                                                      document_folds(runs))):
        if args.coder:
            print("\n".join(coder_report(title, runs, folds)), flush=True)
        else:
            print("\n".join(report(title, [run_fold(name, runs, held) for name, held in folds])), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
