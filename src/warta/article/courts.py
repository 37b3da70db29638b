"""Courts named by their bench: "Majelis Hakim Pengadilan Negeri Bandung menjatuhkan vonis" is the
court's act, and a later bare "majelis hakim" or "hakim" in the same report is that court again.

Reports of a verdict name the bench once with its court, then write "majelis hakim menilai …",
"vonis yang dijatuhkan hakim": the side of the sentencing is the court, not a nameless description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.models import Entity, Mention

# The bench, then a court's head word or abbreviation ("PN", "PT", "PTUN": district, high and
# administrative courts).
_BENCH_OF_COURT = re.compile(r"Majelis\s+Hakim\s+(?=(?:Pengadilan|Mahkamah|PN|PT|PTUN)\b)")
_BENCH = re.compile(r"\bmajelis\s+hakim\b|\bhakim\b", re.IGNORECASE)
# Words after "hakim" that make it a judge's post or another court, not the bench already named:
# "hakim ketua M Saptono", "hakim anggota", "Hakim Agung", "hakim konstitusi", "hakim tunggal".
_NOT_THE_BENCH = frozenset({"ketua", "anggota", "agung", "konstitusi", "tunggal", "praperadilan", "ad",
                            "adhoc", "karier", "pengganti", "tinggi", "pengawas", "yang"})
_NEXT_WORD = re.compile(r"\s*([\w'’]+)")


def bench_of_court(text: str) -> bool:
    """``text`` names a court by its bench ("Majelis Hakim Pengadilan Tindak Pidana Korupsi")."""
    return _BENCH_OF_COURT.match(text) is not None


def with_court_benches(entities: list[Entity], text: str, article_id: str) -> list[Entity]:
    """``entities`` with each court named by its bench called by the court's name (one entity with
    the court named without its bench) and, when the report names one such court, its later bare
    benches as its mentions."""
    courts = [e for e in entities if e.type == "ORG" and any(bench_of_court(m.text) for m in e.mentions)]
    if not courts:
        return entities
    for court in courts:
        court.name = _BENCH_OF_COURT.sub("", " ".join(court.name.split()), count=1)
    entities = _joined_by_name(entities, courts)
    if len(courts) == 1:
        _add_bare_benches(courts[0], entities, text, article_id)
    return entities


def _joined_by_name(entities: list[Entity], courts: Sequence[Entity]) -> list[Entity]:
    """The court's other entity ("Pengadilan Negeri Bandung" found apart) joins the bench's."""
    names = {c.name.casefold(): c for c in courts}
    merged: set[str] = set()
    for entity in entities:
        court = names.get(entity.name.casefold())
        if court is None or court is entity or entity.type != "ORG":
            continue
        court.mentions = sorted([*court.mentions, *entity.mentions], key=lambda m: m.start)
        court.aliases = list(dict.fromkeys([*court.aliases, *entity.aliases]))
        court.kb_id = court.kb_id or entity.kb_id
        merged.add(entity.id)
    return [e for e in entities if e.id not in merged]


def _add_bare_benches(court: Entity, entities: Sequence[Entity], text: str, article_id: str) -> None:
    """"majelis hakim menilai …", "dibenarkan oleh hakim": after the court's first mention, the bench
    written with no name or post after it."""
    first = min(m.start for m in court.mentions if bench_of_court(m.text))
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    added = []
    for found in _BENCH.finditer(text, first):
        start, end = found.span()
        if any(s < end and start < e for s, e in taken) or not _bare(text, end):
            continue
        added.append(Mention(article=article_id, start=start, end=end, text=found.group(0)))
    if added:
        court.mentions = sorted([*court.mentions, *added], key=lambda m: m.start)


def _bare(text: str, end: int) -> bool:
    """No name, post or other court right after the bench ("hakim ketua M Saptono", "Hakim Agung")."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    return not word[:1].isupper() and word.casefold() not in _NOT_THE_BENCH
