"""Stage ``events``: PLOVER events of one article, coded natively in Indonesian.

For each sentence: triggers from ``resources/event_triggers.tsv`` (``event_lexicon``), the
actor phrases around them (``event_phrases``, ``event_actors``) resolved to entities or
descriptions by :mod:`warta.article.actors` (pronouns and repeated anonymous actors through
its tracker), then negation, modality, date and place (``event_modifiers``). Confirmations,
denials and comments are not events: the lexicon holds no speech verbs, and "menolak
berkomentar" is cancelled as a REJECT trigger; they become quotes and claims.

Public API::

    find_events(text, sentences, entities, timexes, article_id="a1", lang="id") -> list[Event]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from warta.article.actors import DETERMINERS, ActorTracker, words_of
from warta.article.event_actors import SentenceActors, Slots, event_slots
from warta.article.event_groups import GroupMemory
from warta.article.event_lexicon import Token, TriggerMatch, find_triggers, tokenize, trigger_index
from warta.article.event_modifiers import date_of, is_negated, location_of, modality_of
from warta.article.event_phrases import Phrase, find_phrases, head_start
from warta.document import Doc
from warta.models import ActorRef, Entity, Event, Evidence, Modality, Quote, Timex
from warta.options import Options
from warta.pipeline import article_stage

# Between a REQUEST verb and the act it asks for ("mendesak Rusia agar menarik pasukan").
_DEMAND_LINKS = frozenset({"agar", "supaya", "untuk", "to", "that"})
_DEMAND_REACH = 8  # words after a REQUEST trigger in which a demanded act may start
# Heads that stand for the state or armed forces of the country or body named after them.
_STATE_HEADS = frozenset({"pemerintah", "pemerintahan", "militer", "tentara", "pasukan", "rezim", "otoritas",
                          "government", "military", "forces", "troops", "authorities"})
_BODIES = frozenset({"pengadilan", "pemerintah", "kementerian", "badan", "lembaga", "komisi", "dewan",
                     "parlemen", "kepolisian", "kejaksaan", "partai", "perusahaan", "majelis", "mahkamah",
                     "panitia", "organisasi", "pemerintahan", "kabinet", "rezim", "otoritas", "masyarakat",
                     "warga", "rakyat", "massa", "publik", "penduduk"})
# Words of match reports, where attacking, threatening and catching are play, not politics.
_SPORTS_WORDS = frozenset({"gol", "laga", "kiper", "wasit", "penalti", "gawang", "bola", "pertandingan",
                           "babak", "liga", "striker", "skuat", "tendangan", "sepakan", "peluit", "turnamen",
                           "klasemen", "bek", "gelandang", "umpan", "playoff", "poin"})
_SPORTS_MIN = 4
_PLAY = frozenset({"ASSAULT", "THREATEN", "COERCE", "MOBILIZE"})
_TITLE_GAP = 12  # characters between an organisation and the name of someone whose title it ends
_CLAUSE_ENDS = frozenset({",", ".", ";", "dan", "yang", "namun", "tetapi", "karena", "sehingga"})
# Voices whose source is the subject of the clause: without one, nobody acts.
_SUBJECT_VOICES = frozenset({"active", "recip", "pair", "intrans"})
# Voices whose sides act together: a group as the only side meets, talks or agrees among itself.
_MUTUAL = frozenset({"recip", "pair", "noun"})
# Role nouns that refer back to a person an earlier event named: (event type, side).
_ANAPHORIC_ROLES = {"pelaku": (("ASSAULT", "source"),),
                    "penyerang": (("ASSAULT", "source"),),
                    "tersangka": (("COERCE", "target"), ("ASSAULT", "source")),
                    "terdakwa": (("COERCE", "target"),)}


class _Resolver:
    """Turns phrases into actors in article order, through the actors module's tracker."""

    def __init__(self, text: str, entities: Sequence[Entity], article_id: str,
                 sentences: Sequence[Sequence[int]], quotes: Sequence[Quote]) -> None:
        self.text = text
        self.entities = entities
        self.article_id = article_id
        self.quotes = [q for q in quotes if q.speaker != ActorRef()]
        self.tracker = ActorTracker(text, entities, article_id, sentences)
        self.index = self.tracker.index
        self.cache: dict[tuple[int, int], ActorRef | None] = {}

    def resolve_all(self, phrases: Sequence[Phrase]) -> None:
        for phrase in sorted(set(phrases), key=lambda p: p.start):
            key = (phrase.start, phrase.stop)
            if key not in self.cache:
                self.cache[key] = self._resolve(phrase)

    def actor(self, phrase: Phrase) -> ActorRef | None:
        return self.cache.get((phrase.start, phrase.stop))

    def _resolve(self, phrase: Phrase) -> ActorRef | None:
        if phrase.kind == "counterpart":
            found = self._counterpart(phrase)
            if found is not None:
                return found
        if phrase.kind == "own-side":
            return self.own_side(self.tracker.pronoun(phrase.start))
        if phrase.kind == "first-person":
            return self._speaker(phrase)
        state = self._state_of(phrase)
        if state is not None:
            return state
        actor = self.tracker.resolve(head_start(self.index, phrase.start, phrase.stop), phrase.stop)
        singular = self.text[phrase.start:phrase.stop].lower() in ("dia", "ia", "beliau")
        if phrase.kind == "pronoun" and singular and _institution(actor):
            return self._latest_person(phrase.start) or actor
        return actor

    def _state_of(self, phrase: Phrase) -> ActorRef | None:
        """"pemerintah Spanyol itu", "militer AS": the government or armed forces of a named
        country or body are that country or body, never an earlier "pemerintah" by anaphora."""
        if phrase.kind != "descriptor":
            return None
        words = words_of(self.text, phrase.start, phrase.stop)
        heads = [w for w in words if w[2] not in DETERMINERS]
        if len(heads) < 2 or heads[0][2] not in _STATE_HEADS:
            return None
        named = [m for m in self.index.within(heads[1][0], heads[1][1]) if m.start == heads[1][0]]
        if not named or named[0].entity.type not in ("LOC", "ORG"):
            return None
        entity = named[0].entity
        return ActorRef(entity=entity.id, name=entity.name, description=heads[0][2])

    def _latest_person(self, pos: int) -> ActorRef | None:
        """"dia" is a person: the latest one the tracker saw, passing over bodies such as an
        unnamed "pengadilan" ("pengadilan mengabulkan … KPK kembali menetapkan dia")."""
        for seen in reversed(self.tracker.seen):
            if seen.pos < pos and seen.person and not _institution(seen.actor):
                return seen.actor
        return None

    def _speaker(self, phrase: Phrase) -> ActorRef | None:
        """"saya" in a quote is its speaker; "kami"/"kita" the speaker's organisation."""
        around = [q for q in self.quotes if q.start <= phrase.start < q.end]
        if not around:
            return None
        speaker = around[0].speaker
        if self.text[phrase.start:phrase.stop].lower() in ("kami", "kita", "we"):
            return self.own_side(speaker, places=False)
        return speaker

    def own_side(self, person: ActorRef | None, places: bool = True) -> ActorRef | None:
        """"pihaknya": the organisation of the person the "-nya" points to, else that person.
        Without ``places`` a place the person holds office in is no side ("kami" of Jakarta's
        deputy governor is himself and his office, not the city)."""
        entity = next((e for e in self.entities if person and e.id == person.entity), None)
        for relation in entity.relations if entity else []:
            body = self.index.by_id.get(relation.target or "")
            if relation.type == "role-in" and (places or body is None or body.type != "LOC"):
                return ActorRef(entity=relation.target, name=relation.name)
        employer = self._employer(entity) if entity is not None and entity.type == "PERSON" else None
        return employer or person

    def _employer(self, person: Entity) -> ActorRef | None:
        """The organisation in the title run before a person's name, which the entity layer
        left unlinked ("Vice President Corporate Communication PT Pertamina (Persero) Ali
        Mundakir", "Senior VP Marketing Pertamina Suhartoko")."""
        for mention in person.mentions:
            if mention.article != self.article_id:
                continue
            before = [m for m in self.index.within(max(0, mention.start - _TITLE_GAP), mention.start)
                      if m.entity.type == "ORG" and m.end <= mention.start]
            if before and _title_gap(self.text[before[-1].end:mention.start]):
                body = before[-1].entity
                return ActorRef(entity=body.id, name=body.name)
        return None

    def _counterpart(self, phrase: Phrase) -> ActorRef | None:
        """"timpalannya dari Rusia": the person the article ties to that country or body."""
        sides = {m.entity.id for m in self.index.within(phrase.start, phrase.stop)}
        if not sides:
            return None
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if entity.type != "PERSON" or not any(r.target in sides for r in entity.relations):
                continue
            distance = min(abs(m.start - phrase.start) for m in entity.mentions)
            if best is None or distance < best[0]:
                best = (distance, entity)
        return ActorRef(entity=best[1].id, name=best[1].name) if best else None


_EN_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get"})


def _english_voice(match: TriggerMatch, tokens: list[Token]) -> TriggerMatch:
    """English passives ("was attacked by") are read with the passive voice."""
    before = tokens[match.first - 1].low if match.first > 0 else ""
    if match.row.voice == "active" and before in _EN_AUXILIARIES:
        return replace(match, row=replace(match.row, voice="passive"))
    return match


def _demanded(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """Is the act of ``match`` what an earlier REQUEST trigger of the sentence asks for?"""
    for request in triggers:
        if request.row.type != "REQUEST" or request.end > match.first:
            continue
        between = {t.low for t in tokens[request.end:match.first]}
        if between & _DEMAND_LINKS or match.first - request.end <= 1:
            return match.first - request.end <= _DEMAND_REACH
    return False


def _modality(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> Modality:
    if match.row.type != "REQUEST" and _demanded(match, triggers, tokens):
        return "demanded"
    return modality_of(tokens, match.first)


def _institution(actor: ActorRef | None) -> bool:
    """An unnamed body or crowd ("pengadilan", "pemerintah", "masyarakat"), which "dia" cannot
    refer to."""
    if actor is None or actor.entity is not None or not actor.description:
        return False
    return actor.description.split()[0].lower() in _BODIES


def _sports_report(text: str) -> bool:
    """A match report: several distinct words of football and other games."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return len(words & _SPORTS_WORDS) >= _SPORTS_MIN


def _title_gap(between: str) -> bool:
    """Only a legal-form suffix or spaces between an organisation and a name ("(Persero) ")."""
    words = between.split()
    return len(between) <= _TITLE_GAP and all(word[:1].isupper() or word[:1] == "(" for word in words)


def _negated(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Negation words shortly before a verb; right before a noun ("tanpa serangan"), since in
    "belum setuju permintaan X" the "belum" negates the verb, not the request."""
    if match.row.voice in ("noun", "patient"):
        return is_negated(tokens[match.first - 1:match.first + 1], 1) if match.first > 0 else False
    return is_negated(tokens, match.first)


def _act_after(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Is the object of the trigger an act done to someone ("mengecam penangkapan Budi")? Then
    the one criticised is whoever did it, not the one it was done to."""
    if match.end >= len(tokens):
        return False
    return any(row.voice == "patient" and len(phrase) == 1
               for phrase, row in trigger_index(match.row.lang).get(tokens[match.end].low, ()))


def _statement(match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
               target: ActorRef | None) -> bool:
    """Statements, not acts: a warning about a trend ("IEA memperingatkan bahwa tren …", no one
    warned) and a source "met" by the reporters ("ujar X saat ditemui di …")."""
    after = tokens[match.end].low if match.end < len(tokens) else ""
    warning = tokens[match.first].low.startswith(("memperingat", "mengingat", "warn"))
    if match.row.type == "THREATEN" and target is None and (warning or after in ("bahwa", "that", ",")):
        return True  # "IEA memperingatkan harga minyak bisa naik"; "mengancam akan menyerang" stays
    if tokens[match.first].low in ("melaporkan", "reported") and target is None:
        return True  # "melaporkan hal itu kepada polisi": a report about no one
    return match.row.type == "CONSULT" and match.row.voice == "passive" and source is None


def _same(a: ActorRef | None, b: ActorRef | None) -> bool:
    if a is None or b is None:
        return False
    if a.entity is not None:
        return a.entity == b.entity
    return bool(a.description) and a.description == b.description


def _pairs(sources: list[ActorRef | None], targets: list[ActorRef | None]
           ) -> list[tuple[ActorRef | None, ActorRef | None]]:
    pairs: list[tuple[ActorRef | None, ActorRef | None]] = []
    for source in sources or [None]:
        for target in targets or [None]:
            if _same(source, target):
                target = None  # "kedua negara sepakat" or a pronoun back to the subject
            if (source, target) not in pairs:
                pairs.append((source, target))
    return pairs


class _ArticleCoder:
    def __init__(self, text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                 timexes: Sequence[Timex], article_id: str, lang: str,
                 quotes: Sequence[Quote] | None = None) -> None:
        self.text = text
        self.sentences = [(int(s[0]), int(s[1])) for s in sentences]
        self.timexes = [t for t in timexes if t.article == article_id]
        self.article_id = article_id
        self.lang = lang
        if quotes is None:
            from warta.article.quotes import find_quotes  # the speakers of "kami" and "saya"

            quotes = find_quotes(text, self.sentences, list(entities), article_id)
        self.resolver = _Resolver(text, entities, article_id, self.sentences, quotes)
        self.events: list[Event] = []
        self.sports = _sports_report(text)
        self.groups = GroupMemory()
        self.sentence_number = 0
        self.triggers: list[tuple[int, int]] = []  # character span of each event's trigger

    def run(self) -> list[Event]:
        for number, (start, end) in enumerate(self.sentences):
            self.sentence_number = number
            self._sentence(start, end)
        return self.events

    def _sentence(self, start: int, end: int) -> None:
        tokens = tokenize(self.text, start, end)
        triggers = find_triggers(tokens, self.lang)
        if not triggers:
            return
        if self.lang == "en":
            triggers = [_english_voice(match, tokens) for match in triggers]
        actors = SentenceActors(tokens, find_phrases(tokens, self.resolver.index, self.lang))
        coded = [(match, event_slots(actors, match)) for match in triggers]
        used = [p for _, slots in coded if slots for p in (*slots.sources, *slots.targets)]
        self.resolver.resolve_all(used)
        evidence = Evidence(article=self.article_id, start=start, end=end, sentence=self.text[start:end])
        for match, slots in coded:
            if slots is not None:
                self._add(match, slots, tokens, triggers, evidence, actors)

    def _named(self, actor: ActorRef | None) -> ActorRef | None:
        """"pelaku" and "tersangka" stand for the person an earlier event named as the attacker
        or the one arrested ("Sultan menyerang pos polisi … pelaku ditembak")."""
        if actor is None or actor.entity is not None or not actor.description:
            return actor
        head = actor.description.split()[0].lower()
        for kind, wanted_side in _ANAPHORIC_ROLES.get(head, ()):
            for event in reversed(self.events):
                side = event.source if wanted_side == "source" else event.target
                if event.type == kind and side is not None and side.entity is not None:
                    return side
        return actor

    def _actors(self, phrases: Sequence[Phrase]) -> list[ActorRef | None]:
        """The actors of coordinated phrases, a plural anaphor ("negara-negara tersebut")
        standing for each member of the group it points back to."""
        actors: list[ActorRef | None] = []
        for phrase in phrases:
            group = self.groups.expand(self.text[phrase.start:phrase.stop], self.sentence_number)
            actors.extend(group if group else [self.resolver.actor(phrase)])
        return actors

    def _sides(self, match: TriggerMatch, slots: Slots
               ) -> tuple[list[ActorRef | None], list[ActorRef | None]]:
        sources, targets = self._actors(slots.sources), self._actors(slots.targets)
        if len(slots.sources) == 1 and len(sources) > 1 and not targets and match.row.voice in _MUTUAL:
            sources, targets = sources[:1], sources[1:]  # "pertemuan tiga negara": the first meets the rest
        self.groups.remember(sources, self.sentence_number)
        return sources, targets

    def _investigator(self, match: TriggerMatch, target: ActorRef | None) -> bool:
        """An organisation after an investigation noun is the investigator, not the investigated."""
        if match.row.voice != "patient" or match.row.mode != "investigate" or target is None:
            return False
        entity = self.resolver.index.by_id.get(target.entity or "")
        return entity is not None and entity.type == "ORG"

    def _repeats(self, kind: str, source: ActorRef | None, target: ActorRef | None, sentence: int) -> bool:
        return any(e.type == kind and e.source == (source or ActorRef()) and e.target == target
                   and e.evidence[0].start == sentence for e in self.events)

    def _act_target(self, tokens: list[Token], after: int) -> ActorRef | None:
        """"mengecam penangkapan tersebut", "menolak desakan itu": an act named as the object
        has its doer as the target, from the latest event of that kind."""
        if after >= len(tokens):
            return None
        nouns = [row for phrase, row in trigger_index(self.lang).get(tokens[after].low, ())
                 if row.voice in ("noun", "patient") and len(phrase) == 1]
        if not nouns:
            return None
        for event in reversed(self.events):
            if event.type == nouns[0].type and event.source != ActorRef():
                return event.source
        return None

    def _earlier_source(self, kind: str, mode: str | None) -> ActorRef | None:
        """The agent a passive leaves out, from context: the latest source of the same type and
        mode ("KPK menangkap X. … Y juga ditangkap." → KPK; an appeal filed by the defence is
        no source for a verdict, though both are ACCUSE)."""
        for event in reversed(self.events):
            if event.type == kind and event.mode == mode and event.source != ActorRef():
                return event.source
        return None

    def _institution_at(self, actors: SentenceActors, match: TriggerMatch) -> ActorRef | None:
        """"Rohadi terjerat tiga kasus di KPK", "diperiksa di Polda": the organisation where an
        agentless legal act happens is its agent."""
        for i in range(match.end, len(actors.tokens) - 1):
            if actors.tokens[i].low in _CLAUSE_ENDS:
                return None
            phrase = actors.by_first.get(i + 1)
            if actors.tokens[i].low == "di" and phrase is not None:
                self.resolver.resolve_all([phrase])
                actor = self.resolver.actor(phrase)
                entity = self.resolver.index.by_id.get(actor.entity or "") if actor else None
                return actor if entity is not None and entity.type == "ORG" else None
        return None

    def _announcer(self, actors: SentenceActors, match: TriggerMatch) -> ActorRef | None:
        """"Rajoy mengatakan bahwa pemimpin Catalunya akan dipecat": the body of the one who
        announces an agentless act is its agent."""
        speaker = actors.speaker_before_bahwa(match.first)
        if not speaker:
            return None
        self.resolver.resolve_all(speaker[:1])
        return self.resolver.own_side(self.resolver.actor(speaker[0]))

    def _add(self, match: TriggerMatch, slots: Slots, tokens: list[Token], triggers: list[TriggerMatch],
             evidence: Evidence, actors: SentenceActors) -> None:
        at = tokens[match.first].start
        for source, target in _pairs(*self._sides(match, slots)):
            source, target = self._named(source), self._named(target)
            if source is None and self._investigator(match, target):
                source, target = target, None  # "penyelidikan Komnas HAM": the body investigates
            if match.row.voice in ("active", "recip") and (target is None or _act_after(match, tokens)):
                target = self._act_target(tokens, match.end) or target
            if source is None and target is None:
                continue  # nobody to code: "pertemuan itu berlangsung dua jam"
            if _statement(match, tokens, source, target) or (self.sports and match.row.type in _PLAY):
                continue  # in a match report "menyerang" and "ditangkap kiper" are football
            if self._repeats(match.row.type, source, target, evidence.start):
                continue  # "mengirimkan kapal untuk membantu": one AID event, not two
            if source is None and match.row.voice in ("passive", "patient", "noun"):
                source = self._earlier_source(match.row.type, match.row.mode)
                if source is None and match.row.voice == "passive":
                    source = self._institution_at(actors, match) or self._announcer(actors, match)
            if source is None and match.row.voice in _SUBJECT_VOICES:
                continue  # "… yang mengusung tema menolak PKI": an act with no one doing it
            self.events.append(Event(
                id=f"{self.article_id}-v{len(self.events) + 1}",
                type=match.row.type,
                mode=match.row.mode,
                source=source or ActorRef(),
                target=target,
                date=date_of(self.text, self.timexes, evidence.start, evidence.end, at),
                location=location_of(self.text, tokens, self.resolver.index, match.first),
                negated=_negated(match, tokens),
                modality=_modality(match, triggers, tokens),
                evidence=[evidence],
            ))
            self.triggers.append((at, tokens[match.end - 1].end))


def find_events(text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                timexes: Sequence[Timex], article_id: str = "a1", lang: str = "id",
                quotes: Sequence[Quote] | None = None) -> list[Event]:
    """PLOVER events stated in ``text``, one per (trigger, source, target), ids "<article>-v<n>".

    ``quotes`` (the article's, when already found) name the speakers that "saya" and "kami"
    inside quotes stand for; without them the quotes are read here."""
    return _ArticleCoder(text, sentences, entities, timexes, article_id, lang, quotes).run()


def events_with_triggers(text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                         timexes: Sequence[Timex], article_id: str = "a1", lang: str = "id"
                         ) -> list[tuple[Event, tuple[int, int]]]:
    """:func:`find_events` with the character span of each event's trigger (the spaCy component
    marks them)."""
    coder = _ArticleCoder(text, sentences, entities, timexes, article_id, lang)
    return list(zip(coder.run(), coder.triggers, strict=True))


@article_stage("events", requires={"sentences", "canonical", "timexes", "quotes"}, provides={"events"})
def events(doc: Doc, options: Options) -> None:
    article = doc.article
    lang = "en" if article.language == "en" else "id"
    doc.events = find_events(article.body, article.sentences, doc.entities, doc.timexes, article.id, lang,
                             doc.quotes)
