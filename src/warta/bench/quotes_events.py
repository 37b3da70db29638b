"""Benchmark ``quotes-events``: quotes with speakers, PLOVER events and stances.

The gold is warta's own stand-off annotation of real Kompas and IndoSum articles
(``bench/gold/quotes-events/{dev,test}/*.json``, format in that folder's README, rules in
``docs/annotation.md``). Each document's text is rebuilt from ``../shared/data`` by
:func:`document_text`; annotators write text anchors and ``fix-offsets`` fills offsets::

    python -m warta.bench.quotes_events fix-offsets bench/gold/quotes-events/dev/*.json
    python -m warta.bench.quotes_events errors     # the system's errors on the dev split

Scores (per split, prefixed ``dev_`` / ``test_``):

- quotes: span P/R/F1, a system quote matching a gold one when overlap / union ≥ 0.5
  (one-to-one, best first), and exact-span F1; speaker accuracy over matched gold quotes;
- events: P/R/F1 on (type, source, target), matched within the same sentence (evidence
  overlapping the gold sentence), actors by shared name words (None matches None; a gold
  description that is only a kind of body, "polisi", also agrees with a predicted name of a body of
  that kind, "Polda Metro Jaya", as the guideline resolves role-only actors to the named body);
  type-only F1, and date / location accuracy over the type-matched events;
- stances: positions matched by sentence and holder (P/R/F1), label accuracy over them.

Predictions lying wholly in a Kompas headline are ignored: the gold leaves titles out.
Speed is sentences per CPU second of quotes + events + stances over the gold texts
repeated to at least :data:`MIN_SPEED_SENTENCES`; entities (the NER model) and timexes
are computed beforehand and timed apart. English quotes are scored on PolNeAR's dev split
(``quotes_events_polnear``, report only).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from warta.bench import Metrics, default_data_dir, project_root
from warta.bench.corpora import indosum_record_text, tml_text
from warta.models import ActorRef, Claim, Entity, Event, Quote, Timex

PLOVER_TYPES = frozenset(
    (
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    )
)
MODALITIES = frozenset({"asserted", "hypothetical", "planned", "demanded"})
SPEAKER_KINDS = frozenset({"person", "org", "anonymous", "unknown"})
STANCES = frozenset({"confirms", "denies", "declines", "does-not-confirm", "disputes", "asserts"})
SPLITS = ("dev", "test")
MIN_SPEED_SENTENCES = 2_000
SPAN_MATCH = 0.5

# Words that say who someone is, not which one: dropped before names are compared.
_TITLE_WORDS = frozenset(
    (
        "presiden", "wakil", "menteri", "kepala", "ketua", "direktur", "dirut", "utama", "sekretaris",
        "jenderal", "juru", "bicara", "jubir", "gubernur", "bupati", "wali", "kota", "walikota", "kapolda",
        "kapolri", "panglima", "marsekal", "madya", "muda", "pertama", "laksamana", "kolonel", "letnan",
        "mayor", "kapten", "brigjen", "irjen", "komjen", "kombes", "pol", "bapak", "ibu", "pak",
        "bu", "sang", "dr", "ir", "h", "hj", "prof", "drs", "mr", "mrs", "ms", "tuan", "nyonya", "senior",
        "vice", "chief", "executive", "officer", "ceo", "menlu", "menkeu", "wamenkeu", "mendagri", "menhan",
        "komandan", "deputi", "pangeran", "raja", "ratu", "perdana", "pm", "marsdya", "marsma", "laksma",
        "laksda", "letjen", "mayjen", "letkol", "akbp", "kompol",
    )
)
# Words that name a kind of body, not which one ("pemerintah Iran" and "pemerintah Indonesia"
# differ), and function words: they never make two names agree on their own.
_GENERIC_WORDS = frozenset(
    (
        "pemerintah", "negara", "kementerian", "badan", "lembaga", "komisi", "tim", "pt", "tbk", "persero",
        "republik", "ri", "kantor", "dinas", "organisasi", "kelompok", "dan", "di", "dari", "untuk", "yang",
        "itu", "ini", "the", "of", "pusat", "kabupaten", "provinsi", "jalan", "jl",
    )
)
# Compass words tell apart places that share the rest of their name (Korea Utara, Korea Selatan).
_COMPASS_WORDS = frozenset(("utara", "selatan", "barat", "timur", "tengah"))
# Determiners that open a description before its head noun ("seorang sumber").
_DETERMINERS = frozenset(
    (
        "seorang", "sebuah", "para", "sang", "beberapa", "salah", "satu", "pihak", "kalangan", "sejumlah",
    )
)
_WORD = re.compile(r"[^\W_]+")
# The guideline resolves a role-only actor to the body the article names ("polisi" → the police force
# named, docs/annotation.md, Fields): a gold description that is only such a kind word therefore agrees
# with a predicted name of a body of that kind. Indonesian police bodies are named by abbreviations
# (Polda = Kepolisian Daerah) that share no word with "polisi", so their words are listed here.
_BODY_KINDS = {
    "polisi": frozenset(
        (
            "polisi", "kepolisian", "polri", "polda", "polres", "polresta", "polrestabes", "polsek",
            "polairud", "bareskrim", "brimob", "densus", "reskrim", "ditreskrimum", "ditreskrimsus",
        )
    ),
}
_BODY_KINDS["kepolisian"] = _BODY_KINDS["polisi"]


class GoldError(ValueError):
    """A gold file that cannot be used: an anchor not in the text or a value off the lists."""


# --------------------------------------------------------------------------- document texts


def document_text(doc_id: str, data_dir: Path) -> str:
    """The text gold offsets index into: ``kompas:<folder>/<file>.tml`` or ``indosum:<id>``."""
    corpus, _, key = doc_id.partition(":")
    if corpus == "kompas":
        path = data_dir / "indotimex-kompas" / key
        return tml_text(path.read_text(encoding="utf-8", errors="replace"))
    if corpus == "indosum":
        records = _indosum_records(data_dir)
        if key not in records:
            raise GoldError(f"IndoSum record {key!r} not in {data_dir / 'indosum' / 'dev.01.jsonl'}")
        return indosum_record_text(records[key])
    raise GoldError(f"document id {doc_id!r} is neither kompas:… nor indosum:…")


@cache
def _indosum_records(data_dir: Path) -> dict[str, dict[str, Any]]:
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    return {record["id"]: record for record in records}


def title_end(doc_id: str, text: str) -> int:
    """End of the headline (Kompas: before the first blank line); IndoSum texts have none."""
    if not doc_id.startswith("kompas:"):
        return 0
    cut = text.find("\n\n")
    return 0 if cut < 0 else cut


# --------------------------------------------------------------------------- anchors → offsets


def find_anchor(text: str, anchor: str, occurrence: int = 1) -> int | None:
    """Start of the ``occurrence``-th (1-based) appearance of ``anchor`` in ``text``."""
    if not anchor:
        return None
    at = -1
    for _ in range(occurrence):
        at = text.find(anchor, at + 1)
        if at < 0:
            return None
    return at


def fill_offsets(gold: dict[str, Any], text: str) -> list[str]:
    """Set the offsets of every anchor in ``gold`` in place; return the problems found."""
    problems: list[str] = []
    for i, quote in enumerate(gold.get("quotes", [])):
        problems += _place(quote, "text", ("start", "end"), text, f"quotes[{i}]")
        problems += _check_quote(quote, f"quotes[{i}]")
    for kind in ("events", "stances"):
        for i, item in enumerate(gold.get(kind, [])):
            where = f"{kind}[{i}]"
            problems += _place(item, "sentence", ("sentence_start", "sentence_end"), text, where)
            problems += _check_event(item, where) if kind == "events" else _check_stance(item, where)
    return problems


def _place(item: dict[str, Any], key: str, names: tuple[str, str], text: str, where: str) -> list[str]:
    anchor = item.get(key) or ""
    occurrence = int(item.get("occurrence") or 1)
    start = find_anchor(text, anchor, occurrence)
    if start is None:
        return [f"{where}: {key} {anchor!r} (occurrence {occurrence}) not found in the document text"]
    item[names[0]], item[names[1]] = start, start + len(anchor)
    return []


def _check_value(value: object, allowed: frozenset[str], label: str, where: str) -> list[str]:
    return [] if value in allowed else [f"{where}: {label} {value!r} is not one of {sorted(allowed)}"]


def _check_quote(quote: dict[str, Any], where: str) -> list[str]:
    problems = _check_value(quote.get("speaker_kind"), SPEAKER_KINDS, "speaker_kind", where)
    if not isinstance(quote.get("direct"), bool):
        problems.append(f"{where}: direct must be true or false")
    speaker_problem = _speaker_problem(quote.get("speaker_kind"), quote.get("speaker"),
                                       quote.get("speaker_description"))
    if speaker_problem:
        problems.append(f"{where}: {speaker_problem}")
    return problems


def _speaker_problem(kind: object, name: object, description: object) -> str | None:
    """The guidelines' speaker rules: a name or a description (never both), as the kind says."""
    if name and description:
        return "speaker and speaker_description are both set (a description only when unnamed)"
    if kind == "person" and not name:
        return "a person speaker needs a name"
    if kind == "anonymous" and not description:
        return "an anonymous speaker needs a speaker_description"
    if kind == "unknown" and (name or description):
        return "an unknown speaker has neither name nor description"
    if kind == "org" and not (name or description):
        return "an org speaker needs a name or a description"
    return None


def _check_event(event: dict[str, Any], where: str) -> list[str]:
    problems = _check_value(event.get("type"), PLOVER_TYPES, "type", where)
    problems += _check_value(event.get("modality"), MODALITIES, "modality", where)
    if not isinstance(event.get("negated"), bool):
        problems.append(f"{where}: negated must be true or false")
    return problems


def _check_stance(stance: dict[str, Any], where: str) -> list[str]:
    return _check_value(stance.get("stance"), STANCES, "stance", where)


def fix_offsets_file(path: Path, data_dir: Path) -> list[str]:
    """Fill the offsets of one gold file and rewrite it; nothing is written when a problem is found."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = document_text(str(gold.get("doc", "")), data_dir)
    except (GoldError, OSError, ValueError, AttributeError) as err:
        return [f"{path}: {err}"]
    problems = [f"{path}: {problem}" for problem in fill_offsets(gold, text)]
    if not problems:
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return problems


# --------------------------------------------------------------------------- gold documents


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    speaker: str | None
    description: str | None
    kind: str


@dataclass(frozen=True)
class GoldEvent:
    start: int  # the sentence's offsets
    end: int
    type: str
    source: str | None
    target: str | None
    date: str | None
    location: str | None


@dataclass(frozen=True)
class GoldStance:
    start: int
    end: int
    holder: str | None
    stance: str


@dataclass
class GoldDoc:
    name: str
    doc_id: str
    dct: str | None
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    stances: list[GoldStance] = field(default_factory=list)

    @property
    def title_end(self) -> int:
        return title_end(self.doc_id, self.text)


def gold_dir() -> Path:
    return project_root() / "bench" / "gold" / "quotes-events"


def load_gold(split: str, data_dir: Path, root: Path | None = None) -> list[GoldDoc]:
    """The gold documents of one split, offsets re-derived from the anchors (and checked)."""
    folder = (root or gold_dir()) / split
    return [load_gold_file(path, data_dir) for path in sorted(folder.glob("*.json"))]


def load_gold_file(path: Path, data_dir: Path) -> GoldDoc:
    raw = json.loads(path.read_text(encoding="utf-8"))
    text = document_text(raw["doc"], data_dir)
    problems = fill_offsets(raw, text)
    if problems:
        raise GoldError(f"{path}: " + "; ".join(problems))
    return GoldDoc(
        name=path.stem,
        doc_id=raw["doc"],
        dct=raw.get("dct"),
        text=text,
        quotes=[_gold_quote(q) for q in raw.get("quotes", [])],
        events=[_gold_event(e) for e in raw.get("events", [])],
        stances=[GoldStance(s["sentence_start"], s["sentence_end"], s.get("holder"), s["stance"])
                 for s in raw.get("stances", [])],
    )


def _gold_quote(q: dict[str, Any]) -> GoldQuote:
    return GoldQuote(q["start"], q["end"], q.get("speaker"), q.get("speaker_description"), q["speaker_kind"])


def _gold_event(e: dict[str, Any]) -> GoldEvent:
    return GoldEvent(e["sentence_start"], e["sentence_end"], e["type"], e.get("source"), e.get("target"),
                     e.get("date"), e.get("location"))


# --------------------------------------------------------------------------- actor comparison


def name_words(text: str | None) -> frozenset[str]:
    """Casefolded words of a name or description, titles and determiners left out."""
    words = _WORD.findall((text or "").casefold())
    return frozenset(w for w in words if w not in _TITLE_WORDS and w not in _DETERMINERS)


def head_noun(description: str | None) -> str | None:
    """First word of a description after its determiners ("seorang sumber" → "sumber")."""
    words = [w for w in _WORD.findall((description or "").casefold()) if w not in _DETERMINERS]
    return words[0] if words else None


def actor_names(actor: ActorRef | None, aliases: dict[str, list[str]]) -> list[str]:
    """The strings a predicted actor goes by: its name and its entity's names, else its description."""
    if actor is None:
        return []
    names = [n for n in [actor.name, *aliases.get(actor.entity or "", [])] if n]
    return names or ([actor.description] if actor.description else [])


def names_match(a: str, b: str) -> bool:
    """Two names agree when they share name words covering at least half of the shorter one.

    Generic words ("pemerintah", "badan") count only when both names have nothing else; names
    whose compass words differ never agree.
    """
    words_a, words_b = name_words(a), name_words(b)
    if (words_a & _COMPASS_WORDS) and (words_b & _COMPASS_WORDS) and not (words_a & words_b & _COMPASS_WORDS):
        return False
    content_a, content_b = words_a - _GENERIC_WORDS, words_b - _GENERIC_WORDS
    if content_a or content_b:
        words_a, words_b = content_a, content_b
    shared = words_a & words_b
    return bool(shared) and 2 * len(shared) >= min(len(words_a), len(words_b))


def names_body_of_kind(name: str, gold: str) -> bool:
    """``gold`` is only a kind of body ("polisi", "pihak kepolisian") and ``name`` names one of that kind.

    One direction only: a predicted description never stands for a gold name, as the guideline wants
    the name written whenever the article gives it.
    """
    kind_words = name_words(gold)
    if len(kind_words) != 1:
        return False
    body_words = _BODY_KINDS.get(next(iter(kind_words)))
    return body_words is not None and bool(name_words(name) & body_words)


def actor_agrees(actor: ActorRef | None, gold: str | None, aliases: dict[str, list[str]]) -> bool:
    """An event actor is right when one of its names matches the gold one (None matches None)."""
    names = actor_names(actor, aliases)
    if gold is None:
        return not names
    named = actor is not None and bool(actor.entity or actor.name)
    return any(names_match(name, gold) or (named and names_body_of_kind(name, gold)) for name in names)


def speaker_agrees(actor: ActorRef | None, gold: GoldQuote, aliases: dict[str, list[str]]) -> bool:
    """Named speakers by shared name words; anonymous ones by the head noun of the description."""
    if gold.speaker:
        return actor_agrees(actor, gold.speaker, aliases)
    named = actor is not None and bool(actor.entity or actor.name)
    if gold.kind == "anonymous":
        return not named and actor is not None and head_noun(actor.description) == head_noun(gold.description)
    if gold.description:
        return actor_agrees(actor, gold.description, aliases)
    return not actor_names(actor, aliases)


def entity_aliases(entities: Iterable[Entity]) -> dict[str, list[str]]:
    return {e.id: [e.name, *e.aliases] for e in entities}


# --------------------------------------------------------------------------- matching


@dataclass
class Tally:
    """Counts that add up over documents."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def get(self, key: str) -> int:
        return self.counts.get(key, 0)


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision, recall = ratio(hits, predicted), ratio(hits, gold)
    harmonic = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, harmonic


def span_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap over union of two [start, end) spans."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap / union if overlap > 0 and union > 0 else 0.0


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def greedy_pairs(scores: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one (predicted, gold) pairs, best score first."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, p, g in sorted(scores, key=lambda s: (-s[0], s[1], s[2])):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs


# --------------------------------------------------------------------------- scoring one document


@dataclass
class Prediction:
    quotes: list[Quote]
    events: list[Event]
    claims: list[Claim]
    entities: list[Entity]


def score_document(gold: GoldDoc, pred: Prediction, tally: Tally) -> None:
    aliases = entity_aliases(pred.entities)
    cut = gold.title_end
    score_quotes(gold.quotes, [q for q in pred.quotes if q.end > cut], aliases, tally)
    events = [e for e in pred.events if any(ev.end > cut for ev in e.evidence)]
    score_events(gold.events, events, aliases, tally)
    score_stances(gold.stances, positions_of(pred.claims, gold.text, cut), aliases, tally)


def score_quotes(gold: Sequence[GoldQuote], pred: Sequence[Quote], aliases: dict[str, list[str]],
                 tally: Tally) -> None:
    tally.add("gold_quotes", len(gold))
    tally.add("pred_quotes", len(pred))
    scores = [(span_ratio((p.start, p.end), (g.start, g.end)), i, j)
              for i, p in enumerate(pred) for j, g in enumerate(gold)]
    pairs = greedy_pairs(s for s in scores if s[0] >= SPAN_MATCH)
    tally.add("quote_hits", len(pairs))
    exact = sum(1 for i, j in pairs if (pred[i].start, pred[i].end) == (gold[j].start, gold[j].end))
    tally.add("quote_exact", exact)
    tally.add("speaker_right", sum(1 for i, j in pairs if speaker_agrees(pred[i].speaker, gold[j], aliases)))


def _evidence_spans(event: Event) -> list[tuple[int, int]]:
    return [(ev.start, ev.end) for ev in event.evidence]


def _same_sentence(event: Event, gold: GoldEvent) -> bool:
    return any(overlaps(span, (gold.start, gold.end)) for span in _evidence_spans(event))


def _event_pairs(gold: Sequence[GoldEvent], pred: Sequence[Event],
                 agree: Callable[[Event, GoldEvent], bool]) -> list[tuple[int, int]]:
    scores = [(1.0, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
              if _same_sentence(p, g) and agree(p, g)]
    return greedy_pairs(scores)


def score_events(gold: Sequence[GoldEvent], pred: Sequence[Event], aliases: dict[str, list[str]],
                 tally: Tally) -> None:
    tally.add("gold_events", len(gold))
    tally.add("pred_events", len(pred))

    def full(p: Event, g: GoldEvent) -> bool:
        return p.type == g.type and actor_agrees(p.source, g.source, aliases) and actor_agrees(
            p.target, g.target, aliases)

    tally.add("event_hits", len(_event_pairs(gold, pred, full)))
    typed = _event_pairs(gold, pred, lambda p, g: p.type == g.type)
    tally.add("event_type_hits", len(typed))
    tally.add("date_right", sum(1 for i, j in typed if same_date(pred[i].date, gold[j].date)))
    tally.add("location_right", sum(1 for i, j in typed if same_location(pred[i], gold[j].location)))


def calendar_part(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value ("2014-12-28T10:00" → "2014-12-28")."""
    return value.split("T", 1)[0] if value else None


def same_date(pred: str | None, gold: str | None) -> bool:
    return calendar_part(pred) == calendar_part(gold)


def same_location(event: Event, gold: str | None) -> bool:
    name = event.location.name if event.location else None
    if gold is None or name is None:
        return gold is None and name is None
    return names_match(name, gold)


@dataclass(frozen=True)
class PredictedPosition:
    start: int
    end: int
    holder: ActorRef
    stance: str


def positions_of(claims: Iterable[Claim], text: str, cut: int) -> list[PredictedPosition]:
    """Every claim position, placed in the text by its evidence sentence (unplaceable ones count as wrong)."""
    found = []
    for claim in claims:
        for position in claim.positions:
            start = text.find(position.evidence) if position.evidence else -1
            span = (start, start + len(position.evidence)) if start >= 0 else (-1, -1)
            if span[1] > cut or start < 0:
                found.append(PredictedPosition(span[0], span[1], position.holder, position.stance))
    return found


def score_stances(gold: Sequence[GoldStance], pred: Sequence[PredictedPosition],
                  aliases: dict[str, list[str]], tally: Tally) -> None:
    tally.add("gold_stances", len(gold))
    tally.add("pred_stances", len(pred))
    scores = [(1.0, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
              if overlaps((p.start, p.end), (g.start, g.end)) and actor_agrees(p.holder, g.holder, aliases)]
    pairs = greedy_pairs(scores)
    tally.add("stance_hits", len(pairs))
    tally.add("stance_right", sum(1 for i, j in pairs if pred[i].stance == gold[j].stance))


def metrics_of(tally: Tally, prefix: str) -> Metrics:
    """The split's figures from its summed counts."""
    t = tally.get
    quote_p, quote_r, quote_f = f1(t("quote_hits"), t("pred_quotes"), t("gold_quotes"))
    event_p, event_r, event_f = f1(t("event_hits"), t("pred_events"), t("gold_events"))
    stance_p, stance_r, stance_f = f1(t("stance_hits"), t("pred_stances"), t("gold_stances"))
    figures: Metrics = {
        "quote_precision": quote_p, "quote_recall": quote_r, "quote_f1": quote_f,
        "quote_exact_f1": f1(t("quote_exact"), t("pred_quotes"), t("gold_quotes"))[2],
        "speaker_accuracy": ratio(t("speaker_right"), t("quote_hits")),
        "event_precision": event_p, "event_recall": event_r, "event_f1": event_f,
        "event_type_f1": f1(t("event_type_hits"), t("pred_events"), t("gold_events"))[2],
        "date_accuracy": ratio(t("date_right"), t("event_type_hits")),
        "location_accuracy": ratio(t("location_right"), t("event_type_hits")),
        "stance_precision": stance_p, "stance_recall": stance_r, "stance_f1": stance_f,
        "stance_accuracy": ratio(t("stance_right"), t("stance_hits")),
        "documents": t("documents"), "gold_quotes": t("gold_quotes"), "gold_events": t("gold_events"),
        "gold_stances": t("gold_stances"),
    }
    return {f"{prefix}_{name}": round(value, 4) if isinstance(value, float) else value
            for name, value in figures.items()}


# --------------------------------------------------------------------------- running the system


@dataclass
class SystemInput:
    text: str
    sentences: list[tuple[int, int]]
    entities: list[Entity]
    timexes: list[Timex]


@dataclass(frozen=True)
class System:
    find_quotes: Callable[..., list[Quote]]
    find_events: Callable[..., list[Event]]
    find_claims: Callable[..., list[Claim]]


def load_system() -> System:
    """warta's quote, event and stance finders; a clear error while they are not written yet."""
    try:
        quotes = importlib.import_module("warta.article.quotes")
        events = importlib.import_module("warta.article.events")
        stances = importlib.import_module("warta.article.stances")
    except ImportError as err:
        raise RuntimeError(
            f"bench quotes-events needs warta.article.quotes, .events and .stances (issue 5): {err}"
        ) from err
    return System(quotes.find_quotes, events.find_events, stances.find_claims)


def system_input(text: str, dct: str | None) -> SystemInput:
    """Sentences, entities and timexes of a text, as the pipeline's earlier stages give them."""
    from warta.article.entities import find_article_entities
    from warta.article.sentences import split_sentences

    return SystemInput(text, split_sentences(text), find_article_entities(text, "a1"), timexes_of(text, dct))


def timexes_of(text: str, dct: str | None) -> list[Timex]:
    """Contract timexes of a text anchored on its DCT, the way the ``timex`` stage builds them."""
    from warta.article.timex import find_timexes
    from warta.article.timex.stage import anchor_date, grammar_language

    spans = find_timexes(text, anchor_date(dct), grammar_language(text))
    return [Timex(article="a1", start=s.start, end=s.end, text=s.text, type=s.type, value=s.value,
                  anchor=s.anchor) for s in spans]


def predict(system: System, given: SystemInput) -> Prediction:
    quotes = system.find_quotes(given.text, given.sentences, given.entities, article_id="a1")
    events = system.find_events(given.text, given.sentences, given.entities, given.timexes, article_id="a1",
                                lang="id")
    claims = system.find_claims(given.text, given.sentences, given.entities, events, quotes, article_id="a1")
    return Prediction(quotes, events, claims, given.entities)


def score_split(docs: Sequence[GoldDoc], inputs: dict[str, SystemInput], system: System,
                prefix: str) -> Metrics:
    tally = Tally()
    for doc in docs:
        tally.add("documents")
        score_document(doc, predict(system, inputs[doc.name]), tally)
    return metrics_of(tally, prefix)


def sentences_per_second(system: System, inputs: Sequence[SystemInput]) -> tuple[float, int]:
    """Sentences per CPU second of quotes + events + stances over the inputs, repeated."""
    per_round = sum(len(given.sentences) for given in inputs)
    if per_round == 0:
        return 0.0, 0
    rounds = -(-MIN_SPEED_SENTENCES // per_round)
    begin = time.process_time()
    for _ in range(rounds):
        for given in inputs:
            predict(system, given)
    spent = time.process_time() - begin
    return rounds * per_round / max(spent, 1e-9), rounds * per_round


def run(data_dir: Path) -> Metrics:
    system = load_system()
    gold = {split: load_gold(split, data_dir) for split in SPLITS}
    begin = time.process_time()
    inputs = {doc.name: system_input(doc.text, doc.dct) for docs in gold.values() for doc in docs}
    input_seconds = time.process_time() - begin
    metrics: Metrics = {}
    for split, docs in gold.items():
        metrics.update(score_split(docs, inputs, system, split))
    speed, counted = sentences_per_second(system, list(inputs.values()))
    if (data_dir / "polnear" / "dev").is_dir():
        from warta.bench.quotes_events_polnear import score_polnear  # English: report only

        metrics.update(score_polnear(system, data_dir))
    metrics.update({
        "sentences_per_second": round(speed, 1),
        "speed_sentences": counted,
        "entities_timex_cpu_seconds": round(input_seconds, 2),
        "documents": len(inputs),
    })
    return metrics


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.bench.quotes_events")
    commands = parser.add_subparsers(dest="command", required=True)
    fix = commands.add_parser("fix-offsets", help="fill start/end offsets of gold files from their anchors")
    fix.add_argument("files", nargs="+", type=Path)
    fix.add_argument("--data-dir", type=Path, default=default_data_dir())
    errors = commands.add_parser("errors", help="list the system's errors on the dev split (never test)")
    errors.add_argument("--data-dir", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    if args.command == "errors":
        from warta.bench.quotes_events_errors import dev_errors

        for line in dev_errors(load_system(), args.data_dir):
            print(line)
        return 0
    problems = [p for path in args.files for p in fix_offsets_file(path, args.data_dir)]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(args.files)} file(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
