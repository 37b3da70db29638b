"""Short clauses that say what a merged event is, in Indonesian or English.

``Burns bertemu Naryshkin di Ankara`` / ``Burns met Naryshkin in Ankara``: who did what to
whom, and where. The rules, in order:

- A side is named by its entity (people by the one word of their name the articles use
  on its own: "Burns", "Hendra"; else the surname), else by the name or description the
  report gave. A side that is the event's own place is no actor: "the
  Ankara meeting" (``pertemuan Ankara``) names where, not who, so ``Ankara`` is left out
  of the actors and kept as the place.
- A meeting, cooperation or agreement with only one side named is said from that side
  ("kedua negara bertemu di Ankara").
- With no named source, the event is said as a noun phrase (``pertemuan kepala intelijen
  di Ankara``, ``pembebasan warga AS``), never with a placeholder for the unknown side.
- The verb comes from the PLOVER type, refined by the mode (``release`` frees someone,
  ``visit`` visits a place); negation and modality (planned, hypothetical, demanded) are
  said with the verb.
- The language is the caller's: the story's language, so an English-only story reads in
  English and a mostly Indonesian one in Indonesian; :class:`LabelNames` gives the
  entities the names that language's articles use ("Russia", not the canonical "Rusia").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from warta.models import ActorRef, Article, Entity, Event


@dataclass(frozen=True)
class Wording:
    """How one event type (or type/mode) is said."""

    verb: str  # before a target: "bertemu", "menjatuhkan sanksi kepada"
    alone: str  # with no target: "bertemu", "menjatuhkan sanksi"
    noun: str  # the nominal form: "pertemuan"
    noun_link: str  # between the noun and a target: "dengan", "terhadap", "" (direct object)
    base: str = ""  # English only: the bare verb after "did not" / "will" ("meet")


_ID = {
    "AGREE": Wording("sepakat dengan", "sepakat", "kesepakatan", "dengan"),
    "CONSULT": Wording("bertemu", "bertemu", "pertemuan", "dengan"),
    "CONSULT/meet": Wording("bertemu", "bertemu", "pertemuan", "dengan"),
    "CONSULT/phone": Wording("berbicara lewat telepon dengan", "berbicara lewat telepon",
                             "pembicaraan telepon", "dengan"),
    "CONSULT/visit": Wording("mengunjungi", "berkunjung", "kunjungan", "ke"),
    "SUPPORT": Wording("mendukung", "menyatakan dukungan", "dukungan", "untuk"),
    "CONCEDE": Wording("mengalah kepada", "mengalah", "konsesi", "kepada"),
    "COOPERATE": Wording("bekerja sama dengan", "bekerja sama", "kerja sama", "dengan"),
    "AID": Wording("membantu", "memberi bantuan", "bantuan", "untuk"),
    "RETREAT": Wording("mundur dari", "mundur", "penarikan mundur", "dari"),
    "RETREAT/release": Wording("membebaskan", "membebaskan tahanan", "pembebasan", ""),
    "REQUEST": Wording("meminta kepada", "meminta", "permintaan", "kepada"),
    "ACCUSE": Wording("menuduh", "melontarkan tuduhan", "tuduhan", "terhadap"),
    "ACCUSE/disapprove": Wording("mengecam", "melontarkan kecaman", "kecaman", "terhadap"),
    "ACCUSE/investigate": Wording("menyelidiki", "melakukan penyelidikan", "penyelidikan", "terhadap"),
    "REJECT": Wording("menolak", "menolak", "penolakan", "terhadap"),
    "THREATEN": Wording("mengancam", "melontarkan ancaman", "ancaman", "terhadap"),
    "PROTEST": Wording("memprotes", "melancarkan protes", "protes", "terhadap"),
    "SANCTION": Wording("menjatuhkan sanksi kepada", "menjatuhkan sanksi", "sanksi", "terhadap"),
    "MOBILIZE": Wording("mengerahkan pasukan terhadap", "mengerahkan pasukan", "pengerahan pasukan",
                        "terhadap"),
    "COERCE": Wording("menekan", "melakukan tekanan", "tekanan", "terhadap"),
    "COERCE/arrest": Wording("menahan", "melakukan penahanan", "penahanan", ""),
    "COERCE/restrict": Wording("membatasi", "memberlakukan pembatasan", "pembatasan", "terhadap"),
    "COERCE/seize": Wording("menyita", "melakukan penyitaan", "penyitaan", ""),
    "COERCE/deport": Wording("mendeportasi", "melakukan deportasi", "deportasi", ""),
    "SANCTION/expel": Wording("mengusir", "melakukan pengusiran", "pengusiran", ""),
    "ASSAULT": Wording("menyerang", "melancarkan serangan", "serangan", "terhadap"),
}
_EN = {
    "AGREE": Wording("agreed with", "agreed", "agreement", "with", "agree"),
    "CONSULT": Wording("met", "met", "meeting", "with", "meet"),
    "CONSULT/meet": Wording("met", "met", "meeting", "with", "meet"),
    "CONSULT/phone": Wording("spoke by phone with", "spoke by phone", "phone call", "with", "speak by phone"),
    "CONSULT/visit": Wording("visited", "made a visit", "visit", "to", "visit"),
    "SUPPORT": Wording("supported", "voiced support", "support", "for", "support"),
    "CONCEDE": Wording("conceded to", "conceded", "concession", "to", "concede"),
    "COOPERATE": Wording("cooperated with", "cooperated", "cooperation", "with", "cooperate"),
    "AID": Wording("aided", "gave aid", "aid", "to", "aid"),
    "RETREAT": Wording("withdrew from", "withdrew", "withdrawal", "from", "withdraw"),
    "RETREAT/release": Wording("released", "released prisoners", "release", "of", "release"),
    "REQUEST": Wording("asked", "made a request", "request", "to", "ask"),
    "ACCUSE": Wording("accused", "made accusations", "accusation", "against", "accuse"),
    "ACCUSE/disapprove": Wording("criticised", "voiced criticism", "criticism", "of", "criticise"),
    "ACCUSE/investigate": Wording("investigated", "opened an investigation", "investigation", "into",
                                  "investigate"),
    "REJECT": Wording("rejected", "refused", "rejection", "of", "reject"),
    "THREATEN": Wording("threatened", "made threats", "threat", "against", "threaten"),
    "PROTEST": Wording("protested against", "protested", "protest", "against", "protest"),
    "SANCTION": Wording("imposed sanctions on", "imposed sanctions", "sanctions", "on", "impose sanctions"),
    "MOBILIZE": Wording("mobilised forces against", "mobilised forces", "mobilisation", "against",
                        "mobilise"),
    "COERCE": Wording("coerced", "applied pressure", "pressure", "on", "coerce"),
    "COERCE/arrest": Wording("detained", "made arrests", "detention", "of", "detain"),
    "COERCE/restrict": Wording("restricted", "imposed restrictions", "restrictions", "on", "restrict"),
    "COERCE/seize": Wording("seized", "made seizures", "seizure", "of", "seize"),
    "COERCE/deport": Wording("deported", "made deportations", "deportation", "of", "deport"),
    "SANCTION/expel": Wording("expelled", "made expulsions", "expulsion", "of", "expel"),
    "ASSAULT": Wording("attacked", "launched an attack", "attack", "on", "attack"),
}
_SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_PLACE_WORD = {"id": "di", "en": "in"}
# Indonesian marks modality and negation before the verb; English needs its own phrasing.
_ID_BEFORE_VERB = {"planned": "akan", "hypothetical": "mungkin", "demanded": "diminta"}
_EN_BEFORE_VERB = {"planned": "will", "hypothetical": "may", "demanded": "was asked to"}
_ID_BEFORE_NOUN = {"planned": "rencana", "hypothetical": "kemungkinan", "demanded": "tuntutan"}
_EN_BEFORE_NOUN = {"planned": "planned", "hypothetical": "possible", "demanded": "demanded"}


def _wording(event: Event, language: str) -> Wording:
    table = _EN if language == "en" else _ID
    fallback = Wording(event.type.lower(), event.type.lower(), event.type.lower(), "")
    return table.get(f"{event.type}/{event.mode}", table.get(event.type, fallback))


def short_name(entity: Entity) -> str:
    """A person as the articles call them after the first mention: the one word of their name
    the articles use most on its own ("Burns", but "Hendra" for Hendra Wijaya); the whole name
    when they never shorten it ("Joko Widodo", not a "Widodo" nobody wrote); the last word when
    nothing is known of how they are written."""
    parts = entity.name.split()
    used = Counter(m.text for m in entity.mentions if m.text in parts)
    if used:
        best = max(parts, key=lambda part: (used[part], parts.index(part) == len(parts) - 1))
        if used[best]:
            return best
    if entity.mentions:
        return entity.name
    return parts[-1] if parts else entity.name


# Demonyms and adjectives ("Russian", "Turkish") name no actor.
_ADJECTIVE = re.compile(r"(?:ian|ish|ese|can|ean)$")


def _usable_name(text: str) -> bool:
    return (not text.isupper() or len(text) <= 4) and not _ADJECTIVE.search(text) and "'" not in text


# A canonical name of more words than this ("Kepolisian Negara Republik Indonesia") gives way
# in labels to the shorter form the articles use most ("Polri").
LONG_NAME_WORDS = 3


class NamedEntities(dict[str, Entity]):
    """Entities by id, and by their aliases (``aliases``) for actors a report left unlinked."""

    def __init__(self, by_id: dict[str, Entity]) -> None:
        super().__init__(by_id)
        self.aliases: dict[str, Entity] = {}
        for entity in by_id.values():
            for alias in {entity.name, *entity.aliases}:
                if entity.type != "PERSON" or len(alias.split()) > 1:
                    self.aliases.setdefault(alias_key(alias), entity)
        self.aliases.pop("", None)


def alias_key(text: str) -> str:
    """A written name as an alias lookup key: case and a leading article ignored ("the United States")."""
    return re.sub(r"^(?:the|pihak)\s+", "", " ".join(text.casefold().split()))


class LabelNames:
    """The run's entities by id, with places and organisations named as the language's
    articles name them: "Russia" in an English story, "Rusia" (the canonical name) in an
    Indonesian one, and "Polri" rather than a long canonical "Kepolisian Negara Republik
    Indonesia" when that is what the articles say. People keep their name: their short name
    is the same in both."""

    def __init__(self, entities: Sequence[Entity], articles: Sequence[Article]) -> None:
        self.entities = list(entities)
        self.language_of = {a.id: a.language for a in articles}
        self._made: dict[str, NamedEntities] = {}

    def __call__(self, language: str) -> NamedEntities:
        if language not in self._made:
            self._made[language] = NamedEntities({e.id: self._named(e, language) for e in self.entities})
        return self._made[language]

    def _named(self, entity: Entity, language: str) -> Entity:
        if entity.type == "PERSON":
            return entity
        used = Counter(m.text for m in entity.mentions
                       if self.language_of.get(m.article) == language and _usable_name(m.text))
        if not used:
            return entity
        name = used.most_common(1)[0][0]
        long_name = len(entity.name.split()) > LONG_NAME_WORDS and len(name) < len(entity.name)
        if language == "id" and not long_name:
            return entity  # the canonical name is Indonesian already
        return entity.model_copy(update={"name": name})


def actor_name(actor: ActorRef | None, entities: dict[str, Entity]) -> str | None:
    """An actor as a headline names it: people by their short name, others by their entity's name."""
    if actor is None:
        return None
    entity = entities.get(actor.entity or "")
    written = actor.name or actor.description
    if entity is None and written and isinstance(entities, NamedEntities):
        entity = entities.aliases.get(alias_key(written))  # "the United States" left unlinked
    if entity is not None:
        return short_name(entity) if entity.type == "PERSON" else entity.name
    return written


def _same_place(actor: ActorRef | None, event: Event) -> bool:
    place = event.location
    if actor is None or place is None:
        return False
    if actor.entity and place.entity:
        return actor.entity == place.entity
    return bool(actor.name and place.name and actor.name.casefold() == place.name.casefold())


@dataclass(frozen=True)
class _Sides:
    source: str | None
    target: str | None
    place: str | None


def _sides(event: Event, entities: dict[str, Entity]) -> _Sides:
    source = None if _same_place(event.source, event) else actor_name(event.source, entities)
    target = None if _same_place(event.target, event) else actor_name(event.target, entities)
    located = entities.get(event.location.entity or "") if event.location else None
    place = located.name if located else event.location.name if event.location else None
    if event.type == "CONSULT" and event.mode == "visit" and target is None and place:
        target, place = place, None  # "Burns mengunjungi Ankara"
    if source is None and event.type in _SYMMETRIC:  # "kedua negara bertemu": either side leads
        source, target = target, None
    return _Sides(source, target, place)


_EN_PREPOSITIONS = frozenset({"with", "to", "on", "against", "from", "of", "for", "into"})


def _trailing_preposition(verb: str, target: str | None) -> list[str]:
    last = verb.split()[-1]
    return [last] if target and last in _EN_PREPOSITIONS else []


def _clause(event: Event, sides: _Sides, wording: Wording, language: str) -> list[str]:
    verb = wording.verb if sides.target else wording.alone
    words = [sides.source or ""]
    if language == "en":
        if event.negated or event.modality in _EN_BEFORE_VERB:
            before = "did not" if event.negated else _EN_BEFORE_VERB[event.modality]
            verb = " ".join([before, wording.base, *_trailing_preposition(verb, sides.target)])
    elif event.negated:
        words.append("tidak")
    elif event.modality in _ID_BEFORE_VERB:
        words.append(_ID_BEFORE_VERB[event.modality])
    words.append(verb)
    if sides.target:
        words.append(sides.target)
    return words


def _nominal(event: Event, sides: _Sides, wording: Wording, language: str) -> list[str]:
    words = []
    if event.negated:
        words.append("no" if language == "en" else "tidak ada")
    elif event.modality in _ID_BEFORE_NOUN:
        words.append((_EN_BEFORE_NOUN if language == "en" else _ID_BEFORE_NOUN)[event.modality])
    words.append(wording.noun)
    if sides.target:
        words += [wording.noun_link, sides.target] if wording.noun_link else [sides.target]
    return words


def event_label(event: Event, entities: dict[str, Entity], language: str = "id") -> str:
    """A short clause (or noun phrase, when nobody is named as its source) for the event."""
    sides = _sides(event, entities)
    wording = _wording(event, language)
    if sides.source:
        words = _clause(event, sides, wording, language)
    else:
        words = _nominal(event, sides, wording, language)
    if sides.place:
        words.append(f"{_PLACE_WORD.get(language, 'di')} {sides.place}")
    return " ".join(w for w in words if w)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def event_noun_phrase(event: Event, entities: dict[str, Entity], language: str = "id") -> str:
    """The event as a noun phrase: ``pertemuan Burns dengan Naryshkin di Ankara``."""
    sides = _sides(event, entities)
    wording = _wording(event, language)
    if language == "en":
        words = [_possessive(sides.source) if sides.source else "", wording.noun]
        if sides.target:
            words += [wording.noun_link, sides.target]
    elif wording.noun_link or not sides.target:
        target = [wording.noun_link, sides.target] if sides.target else []
        words = [wording.noun, sides.source or "", *target]
    else:  # a direct object comes first: "pembebasan warga AS oleh Moskow"
        words = [wording.noun, sides.target] + (["oleh", sides.source] if sides.source else [])
    if sides.place:
        words.append(f"{_PLACE_WORD.get(language, 'di')} {sides.place}")
    return " ".join(w for w in words if w)
