"""Gold anchors to offsets (``fix-offsets``), with the value checks of the annotation guideline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warta.bench.quotes_events_texts import GoldError, document_text

PLOVER_TYPES = frozenset(
    (
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    )
)
MODALITIES = frozenset({"asserted", "hypothetical", "planned", "demanded"})
SPEAKER_KINDS = frozenset({"person", "org", "anonymous", "unknown"})
STANCES = frozenset({"confirms", "denies", "declines", "does-not-confirm", "disputes", "asserts"})


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
