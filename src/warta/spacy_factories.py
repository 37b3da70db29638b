"""spaCy pipeline components, exposed to spaCy through entry points.

``pyproject.toml`` names :func:`make_entities` under ``spacy_factories``. Only spaCy imports
this module (when a pipeline asks for ``warta_entities``), and that import is what registers
the factory with spaCy; ``import warta`` and the rest of the package never import it, so
they register nothing. After installing warta any spaCy pipeline can do::

    nlp = spacy.blank("id")
    nlp.add_pipe("warta_entities")
    doc = nlp("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.")
    [(e.text, e.label_, e.kb_id_) for e in doc.ents]

The component writes ``doc.ents`` (labels PERSON, ORG, LOC, EVENT, OTHER; ``kb_id_`` the
Wikidata QID when known) and the full entity records — roles, aliases, relations, the
mentions each entity groups — as dicts in ``doc.user_data["warta_entities"]``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from warta.article.entities import find_article_entities
from warta.article.events import events_with_triggers
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.article.timex import find_timexes
from warta.article.timex.stage import anchor_date
from warta.models import Timex


class EntitiesComponent:
    """Runs warta's entity stage on ``doc.text``."""

    def __init__(self, use_model: bool) -> None:
        self.use_model = use_model

    def __call__(self, doc: Doc) -> Doc:
        entities = find_article_entities(doc.text, "a1", use_model=self.use_model)
        spans: list[Span] = []
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, label=entity.type,
                                     kb_id=entity.kb_id or "", alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.ents = filter_spans(spans)
        doc.user_data["warta_entities"] = [entity.model_dump(mode="json") for entity in entities]
        return doc


@Language.factory("warta_entities", default_config={"use_model": False})
def make_entities(nlp: Language, name: str, use_model: bool = False) -> EntitiesComponent:
    """Factory of the ``warta_entities`` component (gazetteer, titles and coreference; set
    ``use_model`` to also consult warta's trained NER model)."""
    return EntitiesComponent(use_model)


class QuotesComponent:
    """Runs warta's entity and quote stages on ``doc.text``: who said what.

    Quote records (text, offsets, direct or reported, cue, speaker) go to
    ``doc.user_data["warta_quotes"]`` and their spans, labelled ``direct`` or ``indirect``,
    to ``doc.spans["warta_quotes"]``; the entities the speakers point to go to
    ``doc.user_data["warta_entities"]`` as with ``warta_entities``.
    """

    def __init__(self, use_model: bool) -> None:
        self.use_model = use_model

    def __call__(self, doc: Doc) -> Doc:
        entities = find_article_entities(doc.text, "a1", use_model=self.use_model)
        quotes = find_quotes(doc.text, split_sentences(doc.text), entities, "a1")
        spans: list[Span] = []
        for quote in quotes:
            span = doc.char_span(quote.start, quote.end, label="direct" if quote.direct else "indirect",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["warta_quotes"] = spans
        doc.user_data["warta_quotes"] = [quote.model_dump(mode="json") for quote in quotes]
        doc.user_data["warta_entities"] = [entity.model_dump(mode="json") for entity in entities]
        return doc


@Language.factory("warta_quotes", default_config={"use_model": False})
def make_quotes(nlp: Language, name: str, use_model: bool = False) -> QuotesComponent:
    """Factory of the ``warta_quotes`` component (direct and reported quotes with speakers; set
    ``use_model`` to let warta's trained NER model help find the speakers)."""
    return QuotesComponent(use_model)


class EventsComponent:
    """Runs warta's entities, time expressions and PLOVER event coder on ``doc.text``.

    Event records (the analysis contract's ``events`` entries) go to
    ``doc.user_data["warta_events"]``; each event's trigger becomes a span labelled with its
    PLOVER type in ``doc.spans["warta_events"]``. ``published`` (ISO date) anchors relative
    dates ("kemarin"); ``lang`` is "id" or "en".
    """

    def __init__(self, use_model: bool, lang: str, published: str) -> None:
        self.use_model = use_model
        self.lang = lang
        self.published = published or None

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        entities = find_article_entities(text, "a1", use_model=self.use_model)
        timexes = [Timex(article="a1", start=t.start, end=t.end, text=t.text, type=t.type, value=t.value,
                         anchor=t.anchor) for t in find_timexes(text, anchor_date(self.published), self.lang)]
        coded = events_with_triggers(text, split_sentences(text), entities, timexes, "a1", self.lang)
        spans = [doc.char_span(start, end, label=event.type, alignment_mode="expand")
                 for event, (start, end) in coded]
        doc.spans["warta_events"] = [span for span in spans if span is not None]
        doc.user_data["warta_events"] = [event.model_dump(mode="json") for event, _ in coded]
        return doc


@Language.factory("warta_events", default_config={"use_model": False, "lang": "id", "published": ""})
def make_events(nlp: Language, name: str, use_model: bool = False, lang: str = "id",
                published: str = "") -> EventsComponent:
    """Factory of the ``warta_events`` component (PLOVER events with their actors, dates and places)."""
    return EventsComponent(use_model, lang, published)
