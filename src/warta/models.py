"""The data model: one set of pydantic models that *is* the JSON contract.

Field names follow ``shared/spec/analysis-json.md``; fields warta adds beyond the
contract are marked "(warta)". A field that cannot be filled is ``None`` or
``[]`` and is always serialised, never omitted.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PERSON", "ORG", "LOC", "EVENT", "OTHER"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "hypothetical", "planned", "demanded"]
EventStatus = Literal["reported", "confirmed", "denied", "unconfirmed"]
Stance = Literal["asserts", "confirms", "denies", "declines", "does-not-confirm", "disputes"]
Verdict = Literal["confirmed", "contested", "unconfirmed", "denied"]
PublishedSource = Literal["meta", "url", "dateline", "lead", "byline", "estimated"]
# How a timeline entry's date was obtained: stated by the reports, counted from an estimated
# publication date, or none stated: "reported" (happened by the first report day), "unknown".
DateBasis = Literal["stated", "estimated", "reported", "unknown"]
RemovalReason = Literal[
    "related-link",
    "ad",
    "navigation",
    "caption",
    "photo-credit",
    "footer",
    "promo",
    "spam",
    "comment",  # (warta) a line of a web page's reader-comment section
    "decoration",  # (warta) pictographs cut from a headline's ends ("🔴", "🙏")
    "pagination",
    "duplicate-headline",
    "share-widget",
    "editor-initials",
    "repeated-boilerplate",
    "boilerplate",
    "non-article",
]
MetadataKind = Literal["date", "byline", "dateline", "outlet", "title"]


class Model(BaseModel):
    """Base: forbid unknown fields so typos in producers fail loudly."""

    model_config = ConfigDict(extra="forbid")


class RemovedLine(Model):
    text: str
    reason: RemovalReason
    line: int | None = Field(description="1-based input line number; null for HTML blocks")
    language: str | None = None  # (warta) language of the removed text, when detectable


class MetadataLine(Model):
    """(warta) An input line consumed as metadata rather than body or noise."""

    text: str
    kind: MetadataKind
    line: int | None


class ArticleError(Model):
    code: str
    message: str
    stage: str | None = None


class Article(Model):
    id: str
    source: str
    sha256: str
    language: str | None = None
    language_score: float | None = None  # (warta) detector confidence 0..1
    outlet: str | None = None
    outlet_name: str | None = None
    outlet_source: str | None = None  # (warta) where the outlet came from: lead|footer|meta|url|input
    title: str | None = None
    url: str | None = None  # (warta)
    published: str | None = None
    published_source: PublishedSource | None = None
    published_window: list[str] | None = None
    authors: list[str] = []
    editors: list[str] = []  # (warta) names from "Editor:" lines, kept apart from authors
    dateline: str | None = None
    retold_from: list[str] = []  # (warta) outlets this article says it retells ("Dilansir dari X"), as seen
    retold_from_keys: list[str] = []  # (warta) their normalised outlet keys, as ``outlet``, one per name
    body: str = ""
    paragraphs: list[list[int]] = []
    paragraph_lines: list[int | None] = []  # (warta) input line of each paragraph; null for HTML
    title_line: int | None = None  # (warta) input line the title came from
    sentences: list[list[int]] = []  # (warta) [start, end) offsets into body
    metadata_lines: list[MetadataLine] = []  # (warta)
    removed: list[RemovedLine] = []
    errors: list[ArticleError] = []


class ActorRef(Model):
    entity: str | None = None
    name: str | None = None
    description: str | None = None


class Mention(Model):
    article: str
    start: int
    end: int
    text: str


RelationType = Literal["metonym-of", "role-in", "part-of"]


class Relation(Model):
    """(warta) A typed link from an entity to another one.

    ``metonym-of``: a place or office that stands for a government ("Kremlin",
    "Washington" → Russia, United States); ``role-in``: a person holds a role in
    an organisation or country ("Menteri Luar Negeri Rusia" → Russia); ``part-of``:
    a body that is a part of another ("Fraksi PKS DPR" → Partai Keadilan Sejahtera:
    the party's faction in a parliament).
    """

    type: RelationType
    target: str | None = None  # entity id in the same analysis, or null when not mentioned
    name: str  # the target's display name
    kb_id: str | None = None


class Entity(Model):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = []
    roles: list[str] = []
    kb_id: str | None = None
    mentions: list[Mention] = []
    relations: list[Relation] = []  # (warta)
    gazetteer_id: str | None = None  # (warta) row key in warta's gazetteer, e.g. "person:sergei-lavrov"


class Timex(Model):
    article: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    anchor: str | None = None


class Quote(Model):
    id: str
    article: str
    start: int
    end: int
    text: str
    direct: bool
    cue: str | None = None
    speaker: ActorRef


class Location(Model):
    entity: str | None = None
    name: str | None = None


class Evidence(Model):
    article: str
    start: int
    end: int
    sentence: str


class ConflictValue(Model):
    """(warta) One of the values reported for a detail, and the articles reporting it."""

    value: str
    articles: list[str]


class Conflict(Model):
    """(warta) A detail of one event the reports disagree on.

    ``field`` is ``date``, ``location`` or ``count:<noun>`` (a number such as a casualty
    count, keyed by the noun it counts: ``count:orang``).
    """

    field: str
    values: list[ConflictValue]


class Event(Model):
    id: str
    type: str
    mode: str | None = None
    source: ActorRef
    target: ActorRef | None = None
    date: str | None = None
    location: Location | None = None
    negated: bool = False
    modality: Modality = "asserted"
    status: EventStatus = "reported"
    evidence: list[Evidence] = []
    articles: list[str] = []  # (warta) articles reporting the event, in run order
    outlets: list[str] = []  # (warta) their outlet keys (or names), without repeats
    merged_from: list[str] = []  # (warta) per-article event ids merged into this one ("a1-v1")
    conflicts: list[Conflict] = []  # (warta) details the reports disagree on


class Story(Model):
    id: str
    label: str
    articles: list[str]
    # (warta) the story's own cited summary: the run summary's rules run on its articles alone
    summary: list[SummarySentence] = []


class Duplicate(Model):
    article: str
    duplicate_of: str
    similarity: float


Granularity = Literal["day", "week", "month", "quarter", "season", "year", "decade", "vague"]


class TimelineEntry(Model):
    date: str | None
    events: list[str]
    label: str
    granularity: Granularity = "vague"  # (warta) how precise ``date`` is
    # (warta) true when the date rests on an estimated publication date or is unknown;
    # ``window`` then gives the earliest and latest day it can be, when known.
    uncertain: bool = False
    window: list[str] | None = None
    articles: list[str] = []  # (warta) articles reporting the entry's events
    sentences: list[Evidence] = []  # (warta) the sentences that report them
    # (warta) an undated entry: the first day its events were reported; they happened by then.
    reported_by: str | None = None
    salience: float = 0.0  # (warta) 0..1, how central the entry's events are to their story
    date_basis: DateBasis | None = None  # (warta) how ``date`` (or its absence) was obtained


PositionBasis = Literal["stance", "report", "quote"]


class Position(Model):
    holder: ActorRef
    stance: Stance
    article: str
    evidence: str
    # (warta) what the position rests on: a stance expression ("membantah"), the outlet
    # reporting the event in its own voice, or the holder's quoted words.
    basis: PositionBasis = "stance"


class Claim(Model):
    id: str
    statement: str
    event: str | None = None
    positions: list[Position] = []
    verdict: Verdict
    quotes: list[str] = []  # (warta) ids of the quotes that say it (the same words or a close paraphrase)
    salience: float = 0.0  # (warta) 0..1: contested, many holders, central event first


class SummarySentence(Model):
    sentence: str
    citations: list[str]


class Analysis(Model):
    warta_version: str
    created: str
    articles: list[Article] = []
    entities: list[Entity] = []
    timexes: list[Timex] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    stories: list[Story] = []
    duplicates: list[Duplicate] = []
    timeline: list[TimelineEntry] = []
    claims: list[Claim] = []
    summary: list[SummarySentence] = []
    errors: list[ArticleError] = []  # (warta) run-level problems (unreadable inputs)


def analysis_json_schema() -> dict[str, object]:
    """The JSON Schema of an analysis document, generated from the models."""
    return Analysis.model_json_schema()
