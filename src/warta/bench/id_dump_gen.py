"""Seeded generator of noisy Indonesian text dumps with a gold label on every line.

Each dump is one IndoSum article laid out the way scrapers save pages: a masthead, menus,
the headline, a date line and byline, widgets and ads between the paragraphs, teasers,
recommendations, promos and footers after them. The article text comes from IndoSum; every
noise line comes from templates written for warta (``resources/bench_noise/id_noise.json``).

Gold, per dump:

* title: IndoSum has no headline field, but its ``source_url`` ends in the headline's slug;
  the title line is that slug with its words capitalised (accents and punctuation lost, yet
  the outlet's own words; no headline is invented). A slug of fewer than
  :data:`MIN_TITLE_WORDS` words gives no title line (gold: no title).
* outlet: the record's ``source``, shown as a masthead, a lead ("JAKARTA, Merdeka.com - ")
  and/or a copyright footer; the article's own lead counts as a lead. An unnamed dump has
  its lead cut and none of these (gold: no outlet).
* date: the record id starts with a Unix time; its day in WIB is written in a date line
  (gold: that day). An undated dump has no date line (gold: none; warta should estimate).
* authors: the names of the byline added (invented names), none without a byline.

Paragraphs of IndoSum that are themselves scraper noise ("Baca juga: …", editor initials
alone) are left out and initials closing the last paragraph are cut, so the gold body is
article text only. Paragraphs kept that the cleaner's related-link markers explain as a whole
line ("( Baca Juga : … )", "[ Baca Juga : … ]": IndoSum kept the brackets round a site's
related-article link) are labelled ``noise:related-link``, not body: they are the noise the
cleaner is meant to remove, wherever the dump's text came from (:func:`source_label`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from warta.article.date_words import MONTH_NAMES
from warta.article.markers import match_marker
from warta.article.published_zone import WIB

SEED = "warta-id-dumps-1"
MIN_TITLE_WORDS = 4
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jum'at", "Sabtu", "Minggu")
# Shares of dumps without a date line, without any outlet, with a byline.
UNDATED_SHARE = 0.2
UNNAMED_SHARE = 0.15
BYLINE_SHARE = 0.6
NOISE_SHARE = 0.5  # chance of each optional noise kind in a dump

# Words a headline keeps in lower case when its slug is capitalised.
SMALL_WORDS = frozenset({"di", "ke", "dan", "yang", "untuk", "dari", "pada", "dengan", "atau", "ini", "itu",
                         "jadi", "soal", "akan"})
# IndoSum's own scraper leftovers: teasers, initials or a credit alone, a lone byline.
NATIVE_NOISE = re.compile(r"^(?:(?:baca|simak|lihat)[\s_]*juga\b|\([\w/ .-]{1,20}\)$|[-–—]+$"
                          r"|(?:reporter|editor|penulis|sumber)\s*:)", re.I)
CLOSING_INITIALS = re.compile(r"\s*\((?:[a-z]{2,4})(?:/[a-z]{2,4})*\)\s*$")


@dataclass(frozen=True)
class GoldLine:
    """One line of a dump. ``label``: ``title``, ``body``, ``meta:<kind>`` or ``noise:<kind>``."""

    text: str
    label: str


@dataclass
class Dump:
    key: str
    split: str
    lines: list[GoldLine | None] = field(default_factory=list)  # None: a blank line
    title: str | None = None
    outlet_keys: tuple[str, ...] = ()  # acceptable outlet keys; empty: no outlet in the dump
    published: str | None = None  # YYYY-MM-DD, the date line's day; None: undated dump
    true_day: str = ""  # YYYY-MM-DD the record was published, dated or not
    authors: tuple[str, ...] = ()

    def text(self) -> str:
        return "\n".join("" if line is None else line.text for line in self.lines) + "\n"

    def numbered(self) -> Iterator[tuple[int, GoldLine]]:
        """(1-based input line number, line) of each non-blank line."""
        for number, line in enumerate(self.lines, start=1):
            if line is not None:
                yield number, line


@cache
def noise_templates() -> dict[str, Any]:
    text = resources.files("warta.resources").joinpath("bench_noise/id_noise.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def accepted_reasons(kind: str) -> tuple[str, ...]:
    return tuple(noise_templates()["kinds"][kind]["reasons"])


# --- IndoSum records -------------------------------------------------------------------


def detokenize(tokens: list[str]) -> str:
    """IndoSum's space-separated tokens back to typeset text."""
    text = " ".join(tokens)
    text = re.sub(r"\s+([.,;:!?)\]%])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"(\d) / (\d)", r"\1/\2", text)
    text = text.replace(" - - ", " -- ")  # CNN Indonesia's lead dash, split in two tokens
    # "masing - masing", "4 - 0" were one word; "Merdeka.com - Aiptu" is a lead's dash.
    text = re.sub(r"(?<=\w) - (?=[a-z0-9])", "-", text)
    return _glue_quotes(re.sub(r"\s{2,}", " ", text)).strip()


def _glue_quotes(text: str) -> str:
    """Straight double quotes alternate: an opening one holds the next word, a closing one the last."""
    parts = text.split('"')
    out = parts[0]
    for index, part in enumerate(parts[1:], start=1):
        out = out + '"' + part.lstrip() if index % 2 else out.rstrip() + '"' + part
    return out


def article_paragraphs(record: dict[str, Any]) -> list[str]:
    paragraphs = [detokenize([t for sentence in p for t in sentence]) for p in record["paragraphs"]]
    kept = [p for p in paragraphs if p and not NATIVE_NOISE.search(p)]
    if kept:
        kept[-1] = CLOSING_INITIALS.sub("", kept[-1])
    return [p for p in kept if p]


def source_label(paragraph: str) -> str:
    """Gold label of an IndoSum paragraph: body, unless the cleaner's related-link markers match
    it as a line of its own (one rule for every such line, so gold and cleaner agree on what a
    related link is; the paragraph stays in the dump, so the dump's noise draws do not move)."""
    hit = match_marker(paragraph, len(paragraph.split()))
    return "noise:related-link" if hit is not None and hit.reason == "related-link" else "body"


def slug_title(url: str) -> str | None:
    """The headline the URL's slug spells, words capitalised; None when too short to be one."""
    segments = [s for s in url.rstrip("/").split("/") if s]
    slug = re.sub(r"\.html?$", "", segments[-1]) if segments else ""
    words = [w for w in re.split(r"[-.]", slug) if w and not re.fullmatch(r"\d{4,}", w)]
    if len(words) < MIN_TITLE_WORDS or not all(re.fullmatch(r"[a-z0-9]+", w, re.I) for w in words):
        return None
    shaped = [w.lower() if w.lower() in SMALL_WORDS and i else w.capitalize() for i, w in enumerate(words)]
    return " ".join(shaped)


def published_at(record: dict[str, Any]) -> dt.datetime:
    return dt.datetime.fromtimestamp(int(record["id"].split("-")[0]), WIB)


def held_out_ids(project: Path) -> set[str]:
    """Time stamps of the IndoSum records in the quotes-events test gold (never used here)."""
    folder = project / "bench" / "gold" / "quotes-events" / "test"
    return {m.group(1) for p in folder.glob("indosum-*.json") if (m := re.match(r"indosum-(\d+)", p.name))}


def split_of(record_id: str) -> str:
    digest = int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16)
    return "test" if digest % 2 else "dev"


def load_records(data_dir: Path, project: Path) -> list[dict[str, Any]]:
    held = held_out_ids(project)
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    return [r for r in records if r["id"].split("-")[0] not in held and len(article_paragraphs(r)) >= 1]


def build_dumps(data_dir: Path, project: Path, split: str, limit: int) -> list[Dump]:
    """The first ``limit`` dumps of a split, in the order of their records' hash."""
    records = [r for r in load_records(data_dir, project) if split_of(r["id"]) == split]
    records.sort(key=lambda r: hashlib.sha1(f"{SEED}:{r['id']}".encode()).hexdigest())
    return [make_dump(r, split) for r in records[:limit]]


# --- one dump ------------------------------------------------------------------------


class _Writer:
    """Draws noise lines from the templates with the dump's own random stream."""

    def __init__(self, rng: random.Random, outlet: dict[str, Any] | None, year: int, title: str | None):
        self.rng, self.outlet, self.year, self.title = rng, outlet, year, title

    def chance(self, share: float = NOISE_SHARE) -> bool:
        return self.rng.random() < share

    def noise(self, kind: str) -> GoldLine:
        template = self.rng.choice(noise_templates()["kinds"][kind]["lines"])
        cut = (self.title or "")[: self.rng.randint(25, 40)].rstrip()
        text = template.format(headline=self.rng.choice(noise_templates()["headlines"]), year=self.year,
                               outlet=self.outlet["name"] if self.outlet else "", title_cut=cut)
        return GoldLine(text, f"noise:{kind}")

    def name(self) -> str:
        return str(self.rng.choice(noise_templates()["authors"]))


def make_dump(record: dict[str, Any], split: str) -> Dump:
    rng = random.Random(f"{SEED}:{record['id']}")
    dated, named = rng.random() >= UNDATED_SHARE, rng.random() >= UNNAMED_SHARE
    outlet = noise_templates()["outlets"][record["source"]] if named else None
    when = published_at(record)
    dump = Dump(record["id"], split, title=slug_title(record["source_url"]), true_day=when.date().isoformat())
    writer = _Writer(rng, outlet, when.year, dump.title)
    masthead, lead, footer = _outlet_places(writer) if named else (False, False, False)
    if outlet:
        dump.outlet_keys = tuple(outlet["keys"])
    if dated:
        dump.published = when.date().isoformat()
    byline = _byline(writer) if rng.random() < BYLINE_SHARE else None
    if byline:
        dump.authors = byline[1]
    dump.lines = [*_head(writer, dump, masthead, when if dated else None, byline), None,
                  *_body(writer, article_paragraphs(record), outlet, lead), None, *_tail(writer, footer)]
    return dump


def _outlet_places(writer: _Writer) -> tuple[bool, bool, bool]:
    """Where a named dump shows its outlet: masthead, lead, footer (at least one)."""
    places = (writer.chance(), writer.chance(), writer.chance())
    return places if any(places) else (False, True, False)


def _head(writer: _Writer, dump: Dump, masthead: bool, when: dt.datetime | None,
          byline: tuple[str, tuple[str, ...]] | None) -> list[GoldLine | None]:
    lines: list[GoldLine | None] = []
    if masthead and writer.outlet:
        lines.append(GoldLine(writer.outlet["name"], "meta:outlet"))
    lines += [writer.noise(kind) for kind in ("navigation", "ad", "share-widget") if writer.chance()]
    meta = [GoldLine(date_line(writer.rng, when), "meta:date")] if when else []
    if byline:
        meta.append(GoldLine(byline[0], "meta:byline"))
    writer.rng.shuffle(meta)
    date_first = bool(meta) and meta[0].label == "meta:date" and writer.chance(0.2)
    if date_first:
        lines.append(meta.pop(0))
    if dump.title:
        lines.append(GoldLine(dump.title, "title"))
    lines += meta
    lines += [writer.noise(kind) for kind in ("photo-credit", "caption") if writer.chance(0.3)]
    return lines


def _body(writer: _Writer, paragraphs: list[str], outlet: dict[str, Any] | None,
          lead: bool) -> list[GoldLine | None]:
    paragraphs = list(paragraphs)
    own_lead = outlet is not None and _lead_end(paragraphs[0], outlet) > 0
    if outlet is None or (not lead and own_lead):
        paragraphs[0] = _without_lead(paragraphs[0], noise_templates()["outlets"].values())
    elif lead and not own_lead:
        city = writer.rng.choice(noise_templates()["cities"])
        paragraphs[0] = f"{city}, {outlet['domain']} - {paragraphs[0]}"
    inserts = _inline_noise(writer, len(paragraphs))
    lines: list[GoldLine | None] = []
    for index, paragraph in enumerate(paragraphs):
        lines += [GoldLine(paragraph, source_label(paragraph)), None]
        for line in inserts.get(index, []):
            lines += [line, None]
    return lines[:-1]


def _inline_noise(writer: _Writer, count: int) -> dict[int, list[GoldLine]]:
    """Noise placed after body paragraphs (never after the last: that is the tail's)."""
    kinds = ["related-link", "ad", "spam", "photo-credit", "pagination"]
    if writer.title:
        kinds.append("duplicate-headline")
    inserts: dict[int, list[GoldLine]] = {}
    if count < 2:
        return inserts
    for kind in kinds:
        if writer.chance():
            inserts.setdefault(writer.rng.randrange(count - 1), []).append(writer.noise(kind))
    return inserts


def _tail(writer: _Writer, footer: bool) -> list[GoldLine | None]:
    lines: list[GoldLine | None] = []
    for kind in ("editor-initials", "share-widget", "promo"):
        if writer.chance():
            lines.append(writer.noise(kind))
    if writer.chance():
        lines += [writer.noise("recommendation-header"), *_recommendations(writer)]
    if writer.chance(0.3):
        lines.append(writer.noise("spam"))
    if writer.chance(0.3):
        lines.append(writer.noise("anonymous-footer"))
    if footer:
        lines.append(writer.noise("footer"))
    return lines


def _recommendations(writer: _Writer) -> list[GoldLine]:
    """A list of 3 to 5 distinct teaser headlines, all in one of the list's forms, numbered."""
    form = writer.rng.choice(noise_templates()["kinds"]["recommendation-item"]["lines"])
    headlines = writer.rng.sample(noise_templates()["headlines"], writer.rng.randint(3, 5))
    return [GoldLine(form.format(n=n, headline=h), "noise:recommendation-item")
            for n, h in enumerate(headlines, start=1)]


def _lead_pattern(outlet: dict[str, Any]) -> re.Pattern[str]:
    # The outlet's name, domain and the leads IndoSum's own articles open with ("Jakarta (ANTARA) -").
    forms = {outlet["name"], outlet["domain"], *outlet.get("leads", [])}
    names = "|".join(re.escape(n) for n in sorted(forms, key=len, reverse=True))
    place = r"[A-Z][\w.' ]{0,30}?"
    # "Jakarta, CNN Indonesia -- ", "Jakarta (ANTARA) - ", "JUARA.NET, SEPANG - ", "Rimanews – "
    dash = r"\s*(?:[-–—]\s?){1,2}\s*"
    return re.compile(rf"^(?:{place}\s*[,(]\s*)?(?:{names})\s*\)?(?:\s*,\s*{place})?{dash}", re.I)


def _lead_end(paragraph: str, outlet: dict[str, Any]) -> int:
    match = _lead_pattern(outlet).match(paragraph)
    return match.end() if match else 0


def _without_lead(paragraph: str, outlets: Any) -> str:
    for outlet in outlets:
        end = _lead_end(paragraph, outlet)
        if end:
            rest = paragraph[end:].lstrip(" ,")
            return rest[:1].upper() + rest[1:] if rest else paragraph
    return paragraph


def date_line(rng: random.Random, when: dt.datetime) -> str:
    """The date line in one of the forms Indonesian sites print."""
    day, month, weekday = when.day, MONTH_NAMES["id"][when.month - 1], HARI[when.weekday()]
    forms = (
        f"{weekday}, {day:02d} {month} {when.year} - {when:%H:%M} WIB",
        f"{weekday} ({day}/{when.month}/{when.year})",
        f"{weekday}, {day} {month[:3]} {when.year} {when:%H:%M} WIB",
        f"{day:02d}/{when.month:02d}/{when.year}, {when:%H:%M} WIB",
        f"Diterbitkan {day} {month} {when.year}, {when:%H:%M} WIB",
        f"{weekday}, {day} {month} {when.year} | {when:%H:%M} WIB",
    )
    return rng.choice(forms)


def _byline(writer: _Writer) -> tuple[str, tuple[str, ...]]:
    """A byline and the authors it names (editors are no authors)."""
    first, second, editor = writer.name(), writer.name(), writer.name()
    while second == first:
        second = writer.name()
    forms: list[tuple[str, tuple[str, ...]]] = [
        (f"Penulis: {first} | Editor: {editor}", (first,)),
        (f"Reporter: {first}", (first,)),
        (f"Oleh: {first}", (first,)),
        (f"Penulis: {first}, {second}", (first, second)),
        (f"Reporter: {first} | Editor: {editor}", (first,)),
    ]
    return writer.rng.choice(forms)
