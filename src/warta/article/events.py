"""Stage ``events``: PLOVER events of one article, coded natively in Indonesian.

For each sentence: triggers from ``resources/event_triggers.tsv`` (``event_lexicon``), the
actor phrases around them (``event_phrases``) and the slots they fill by voice and clause
(``event_actors``), resolved to entities or descriptions (``event_resolver``, through the
tracker of :mod:`warta.article.actors`), plural anaphors of coordinated groups
(``event_groups``), then negation, modality, date and place (``event_modifiers``).
Statements, interviews and match reports are no events (``event_filters``); the lexicon holds
no speech verbs, and "menolak berkomentar" is cancelled as a REJECT trigger: confirmations,
denials and comments become quotes and claims. What the sentence leaves out comes from
context: the agent of an agentless passive from the latest act of the same type and mode, the
institution where a legal act happens ("di KPK") or the one who announces it.

Public API::

    find_events(text, sentences, entities, timexes, article_id="a1", lang="id") -> list[Event]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warta.article.event_actors import SentenceActors, Slots, event_slots
from warta.article.event_filters import (
    accident_inquiry,
    played,
    regretted_mishap,
    remains,
    sports_report,
    statement,
)
from warta.article.event_forces import deployment_type
from warta.article.event_groups import GROUP_REACH, GroupMemory
from warta.article.event_lexicon import Token, TriggerMatch, find_triggers, tokenize, trigger_index
from warta.article.event_modifiers import date_of, is_negated, location_of, modality_of
from warta.article.event_phrases import Phrase, find_phrases
from warta.article.event_resolver import ActorResolver
from warta.document import Doc
from warta.models import ActorRef, Entity, Event, Evidence, Modality, Quote, Timex
from warta.options import Options
from warta.pipeline import article_stage

# Between a REQUEST verb and the act it asks for ("mendesak Rusia agar menarik pasukan").
_DEMAND_LINKS = frozenset({"agar", "supaya", "untuk", "to", "that"})
_DEMAND_REACH = 8  # words after a REQUEST trigger in which a demanded act may start
_CLAUSE_ENDS = frozenset({",", ".", ";", "dan", "yang", "namun", "tetapi", "karena", "sehingga"})
_PURPOSE_LINKS = frozenset({"untuk", "guna", "demi", "to"})
_THREAT_LINKS = frozenset({"akan", "untuk", "bakal", "segera", "to", "will"})
_THREAT_REACH = 2  # words between a threat and the act it threatens
_LED_REACH = 4  # words after "protes" in which "dipimpin" makes it a demonstration
# Acts the one who announces them did not do: "Kombes X mengatakan, Kapolres dan ajudannya
# dianiaya saat …" (an organisation announces its own arrests and verdicts, not attacks on it).
_SUFFERED = frozenset({"ASSAULT", "PROTEST", "THREATEN"})
# Nouns of an offer, whose acceptance answers whoever offered ("menerima tawaran tersebut").
_OFFERS = {"tawaran": ("AID", "AGREE"), "usulan": ("REQUEST",), "usul": ("REQUEST",)}
_ANSWERS = frozenset({"AGREE", "REJECT", "CONCEDE"})  # acts that answer an offer or a demand
_EQUIPMENT = frozenset({"kri", "kapal", "pesawat", "helikopter", "kn", "usns", "hms", "rss"})
_NAVAL = frozenset({"laut", "al", "armada", "koarmada", "koarmabar", "koarmatim", "lantamal", "lanal",
                    "navy"})
_MUTUAL_KINDS = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # two sides "keduanya" may stand for
ACT_REACH = 2  # sentences back in which an act named as an object ("menolak larangan itu") was told
_OPENING_WORDS = 2  # words before a sentence's subject ("Namun mereka", "Kemudian, mereka")
_BARE_ROLES = frozenset({"tersangka", "terdakwa", "baru", "lain", "lainnya", "suspect", "suspects"})
# Voices whose source is the subject of the clause: without one, nobody acts.
_SUBJECT_VOICES = frozenset({"active", "recip", "pair", "intrans"})
# Voices whose sides act together: a group as the only side meets, talks or agrees among itself.
_MUTUAL = frozenset({"recip", "pair", "noun"})
# Role nouns that refer back to a person an earlier event named: (event type, side).
_ANAPHORIC_ROLES = {"pelaku": (("ASSAULT", "source"),),
                    "penyerang": (("ASSAULT", "source"),),
                    "tersangka": (("COERCE", "target"), ("ASSAULT", "source")),
                    "terdakwa": (("COERCE", "target"),)}


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


def _threatened(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]
                ) -> TriggerMatch | None:
    """The THREATEN trigger whose content ``match`` is ("mengancam akan menarik diri dari PBB"):
    the act threatened has not happened and is no event of its own."""
    for threat in triggers:
        if threat.row.type != "THREATEN" or threat.end > match.first:
            continue
        between = [t.low for t in tokens[threat.end:match.first]]
        if len(between) <= _THREAT_REACH and set(between) <= _THREAT_LINKS:
            return threat
    return None


def _purpose(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> TriggerMatch | None:
    """"TNI menyiagakan 1.000 prajurit untuk membantu evakuasi": helping is the purpose of the
    deployment, one act (MOBILIZE whatever its purpose), not a second event; the sending it is
    the purpose of, or None."""
    if match.row.type != "AID" or match.end > match.last:
        return None
    for sent in triggers:
        if sent.end <= match.first and match.first - sent.end <= _DEMAND_REACH and (
                sent.row.type == "MOBILIZE" or (sent.row.type == "AID" and sent.end > sent.last)):
            linked = bool({t.low for t in tokens[sent.end:match.first]} & _PURPOSE_LINKS)
            return sent if linked else None
    return None


def _modality(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> Modality:
    if match.row.type != "REQUEST" and _demanded(match, triggers, tokens):
        return "demanded"
    return modality_of(tokens, match.first)


def _object_act(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """"menolak permintaan tersebut", "mengecam penangkapan itu": an act named again as the
    object of another act is that act's target, not a new event."""
    if match.row.voice not in ("noun", "patient") or not _named_again(match, tokens):
        return False
    return any(other.end == match.first for other in triggers if other is not match)


def _named_again(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"pertemuan itu", "pertemuan tersebut": an act named again with a demonstrative."""
    return match.end < len(tokens) and tokens[match.end].low in ("itu", "tersebut", "ini")


def _label(actor: ActorRef | None) -> str:
    return ((actor.name or actor.description or "") if actor is not None else "").lower()


def _equipment(actor: ActorRef | None) -> bool:
    """A ship, plane or helicopter standing where a deployment's agent should be."""
    return _label(actor).split(" ", 1)[0] in _EQUIPMENT


def _someone(actor: ActorRef | None) -> ActorRef | None:
    """A bare unnamed role ("tersangka baru") says what someone became, not who: no target."""
    if actor is None or actor.entity is not None or not actor.description:
        return actor
    words = set(actor.description.lower().split())
    return None if words <= _BARE_ROLES else actor


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
        self.lowered = text.lower()
        self.sentences = [(int(s[0]), int(s[1])) for s in sentences]
        self.timexes = [t for t in timexes if t.article == article_id]
        self.article_id = article_id
        self.lang = lang
        if quotes is None:
            from warta.article.quotes import find_quotes  # the speakers of "kami" and "saya"

            quotes = find_quotes(text, self.sentences, list(entities), article_id)
        self.resolver = ActorResolver(text, entities, article_id, self.sentences, quotes)
        self.events: list[Event] = []
        self.sports = sports_report(text)
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
        contents = {id(threat): slots for match, slots in coded if slots is not None
                    for threat in [_threatened(match, triggers, tokens)] if threat is not None}
        # "China mengirim dua kapal untuk membantu Indonesia": the one helped is the sending's target
        contents.update({id(sender): slots for match, slots in coded if slots is not None
                         for sender in [_purpose(match, triggers, tokens)] if sender is not None})
        for match, slots in coded:
            if slots is None or _threatened(match, triggers, tokens) is not None or _purpose(
                    match, triggers, tokens) is not None or _object_act(match, triggers, tokens):
                continue
            content = contents.get(id(match))
            if not slots.targets and content is not None:
                slots = Slots(slots.sources, content.targets)  # "mengancam akan menarik diri dari PBB"
            self._add(match, slots, tokens, triggers, evidence, actors)

    def _named(self, actor: ActorRef | None, besides: ActorRef | None = None) -> ActorRef | None:
        """"pelaku" and "tersangka" stand for the person an earlier event named as the attacker
        or the one arrested ("Sultan menyerang pos polisi … pelaku ditembak"), never for
        ``besides`` (the other side of the event being coded)."""
        if actor is None or actor.entity is not None or not actor.description:
            return actor
        head = actor.description.split()[0].lower()
        for kind, wanted_side in _ANAPHORIC_ROLES.get(head, ()):
            for event in reversed(self.events):
                side = event.source if wanted_side == "source" else event.target
                if event.type == kind and side is not None and side.entity is not None and not _same(
                        side, besides):
                    return side
        return actor

    def _apart(self, source: ActorRef | None, target: ActorRef | None,
               given: ActorRef | None) -> ActorRef | None:
        """The target, when filling in both sides from context made the source its own target:
        "polisi menembak pelaku … pelaku dilumpuhkan" — the second "pelaku" is not the police,
        who were the last to attack, but the attacker before them."""
        if not _same(source, target):
            return target
        again = _someone(self._named(given, besides=source))
        return None if _same(source, again) else again

    def _actors(self, phrases: Sequence[Phrase], sentence: SentenceActors) -> list[ActorRef | None]:
        """The actors of coordinated phrases, a plural anaphor ("negara-negara tersebut")
        standing for each member of the group it points back to, a pronoun opening reported
        speech for its speaker."""
        actors: list[ActorRef | None] = []
        for phrase in phrases:
            words = self.text[phrase.start:phrase.stop]
            reporter = self._reporter(phrase, sentence)
            if words.lower() == "keduanya" and not reporter:
                actors.extend(self._both_before())
                continue
            group = self.groups.expand(words, self.sentence_number)
            plural = self._group_in_sentence(phrase.start) if words.lower() in ("mereka", "they") else None
            if plural is None and words.lower() == "mereka" and phrase.first <= _OPENING_WORDS:
                plural = self._previous_subject_group()
            actors.extend([reporter] if reporter else group if group else [
                plural or self.resolver.actor(phrase)])
        return actors

    def _both_before(self) -> list[ActorRef | None]:
        """"Keduanya kini ditahan", "Keduanya membahas …": the two sides of the latest event of
        this or the previous sentences, or the counted group it acted on ("dua orang")."""
        first = self.sentences[max(0, self.sentence_number - GROUP_REACH)][0]
        recent = [e for e in reversed(self.events) if e.evidence[0].start >= first]
        for event in recent:
            if event.target is not None and event.target.entity is None and (
                    event.target.description or "").lower().split()[:1] in (["dua"], ["kedua"]):
                return [event.target]
        for event in recent:
            if event.type in _MUTUAL_KINDS and event.source != ActorRef() and event.target is not None:
                return [event.source, event.target]
        return [None]

    def _reporter(self, phrase: Phrase, sentence: SentenceActors) -> ActorRef | None:
        """"China mengatakan bahwa mereka mendukung upaya Myanmar": the pronoun that opens a
        reported clause is its speaker, not the latest group or person named before; "pihaknya"
        there is the speaker's side."""
        if phrase.kind not in ("pronoun", "own-side"):
            return None
        speaker = sentence.reporter_of(phrase.first)
        if not speaker or speaker[0].kind == "pronoun":
            return None
        self.resolver.resolve_all(speaker[:1])
        actor = self.resolver.actor(speaker[0])
        return self.resolver.own_side(actor) if phrase.kind == "own-side" else actor

    def _group_in_sentence(self, before: int) -> ActorRef | None:
        """"Jokowi bertemu dengan keluarga penumpang dan meminta mereka bersabar": "mereka" is the
        latest unnamed group an earlier event of the same sentence named, or the unnamed group
        that acted in the sentence before ("Keluarga penumpang mendesak … Mereka juga meminta")."""
        start = self.sentences[self.sentence_number][0]
        previous = self.sentences[self.sentence_number - 1][0] if self.sentence_number else start
        for event in reversed(self.events):
            at = event.evidence[0].start
            if at not in (start, previous):
                return None
            # the same sentence: its latest group; the one before: the group that acted there
            sides = (event.target, event.source) if at == start else (event.source,)
            for side in sides:
                if side is not None and side.entity is None and side.description and self.lowered.find(
                        side.description.lower(), at, before) >= 0:  # "Keluarga penumpang" opens a sentence
                    return side
        return None

    def _previous_subject_group(self) -> ActorRef | None:
        """"Puluhan keluarga penumpang mendatangi kantor maskapai. Mereka menuntut …": "mereka"
        opening a sentence is the unnamed group that was the subject of the sentence before,
        though that sentence coded no act."""
        if not self.sentence_number:
            return None
        start, end = self.sentences[self.sentence_number - 1]
        tokens = tokenize(self.text, start, end)
        before = SentenceActors(tokens, find_phrases(tokens, self.resolver.index, self.lang))
        subject = next((p for p in before.phrases if not before.in_pp(p)), None)
        if subject is None or subject.kind != "descriptor":
            return None
        self.resolver.resolve_all([subject])
        actor = self.resolver.actor(subject)
        return actor if actor is not None and actor.entity is None and actor.description else None

    def _sides(self, match: TriggerMatch, slots: Slots, sentence: SentenceActors
               ) -> tuple[list[ActorRef | None], list[ActorRef | None]]:
        sources, targets = self._actors(slots.sources, sentence), self._actors(slots.targets, sentence)
        if len(slots.sources) == 1 and len(sources) > 1 and not targets and match.row.voice in _MUTUAL:
            sources, targets = sources[:1], sources[1:]  # "pertemuan tiga negara": the first meets the rest
        self.groups.remember(sources, self.sentence_number)
        return sources, targets

    def _complaint(self, match: TriggerMatch, tokens: list[Token], source: ActorRef | None
                   ) -> tuple[str, str | None]:
        """A person's "protes" is a complaint (ACCUSE disapprove, CAMEO 114); crowds protest, and a
        protest someone leads ("protes itu dipimpin oleh X") is a demonstration."""
        entity = self.resolver.index.by_id.get(source.entity or "") if source else None
        led = any(t.low in ("dipimpin", "memimpin") for t in tokens[match.end:match.end + _LED_REACH])
        if tokens[match.first].low == "protes" and entity is not None and entity.type == "PERSON" and not led:
            return "ACCUSE", "disapprove"
        return match.row.type, match.row.mode

    def _entity(self, actor: ActorRef | None) -> Entity | None:
        return self.resolver.index.by_id.get(actor.entity or "") if actor is not None else None

    def _investigator(self, match: TriggerMatch, target: ActorRef | None) -> bool:
        """An organisation after an investigation or a search is its agent ("penyelidikan Komnas
        HAM", "penggeledahan KPK"), not the one investigated or searched."""
        if match.row.voice != "patient" or match.row.mode not in ("investigate", "seize") or target is None:
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
        low = tokens[after].low
        kinds = [row.type for phrase, row in trigger_index(self.lang).get(low, ())
                 if row.voice in ("noun", "patient") and len(phrase) == 1] or list(_OFFERS.get(low, ()))
        if not kinds:
            return None
        first = self.sentences[max(0, self.sentence_number - ACT_REACH)][0]
        recent = [e for e in self.events if e.evidence[0].start >= first]  # not another story's act
        offered = [e for e in recent if e.modality == "planned"] if low in _OFFERS else []
        for event in reversed(recent if not offered else offered + recent):
            if event.type == kinds[0] and event.source != ActorRef():
                return event.source
        return None

    def _releaser(self, held: ActorRef | None, sentence: int) -> ActorRef | None:
        """Who frees ``held`` in the same sentence: the one that held them."""
        for event in reversed(self.events):
            if event.evidence[0].start != sentence:
                break
            if event.type == "RETREAT" and event.mode == "release" and _same(event.target, held):
                return event.source
        return None

    def _partner_before(self, source: ActorRef | None) -> ActorRef | None:
        """The one ``source`` met in the latest meeting the article told of (a meeting named
        again: "pertemuan itu", "pertemuan tersebut")."""
        for event in reversed(self.events):
            if event.type == "CONSULT" and _same(event.source, source) and event.target is not None:
                return event.target
        return None

    def _deployer(self, equipment: ActorRef | None) -> ActorRef | None:
        """Who deployed ships or planes before in the article; a navy first for a navy ship (KRI)."""
        sources = [e.source for e in reversed(self.events) if e.type == "MOBILIZE" and e.source != ActorRef()]
        naval = [a for a in sources if set(_label(a).split()) & _NAVAL]
        if naval and _label(equipment).startswith("kri"):
            return naval[0]
        return sources[0] if sources else None

    def _earlier_source(self, kind: str, mode: str | None) -> ActorRef | None:
        """The agent a passive leaves out, from context: the latest source of the same type and
        mode ("KPK menangkap X. … Y juga ditangkap." → KPK; an appeal filed by the defence is
        no source for a verdict, though both are ACCUSE)."""
        for event in reversed(self.events):
            if event.type == kind and event.mode == mode and event.source != ActorRef():
                return event.source
        return None

    def _legal_body(self) -> ActorRef | None:
        """The organisation that last investigated, charged or arrested someone in the article."""
        for event in reversed(self.events):
            legal = event.type == "COERCE" or (event.type == "ACCUSE" and event.mode == "investigate")
            entity = self._entity(event.source)
            if legal and entity is not None and entity.type == "ORG":
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
        for source, given in _pairs(*self._sides(match, slots, actors)):
            source, target = self._named(source), _someone(self._named(given))
            if source is None and self._investigator(match, target):
                source, target = target, None  # "penyelidikan Komnas HAM": the body investigates
            if match.row.voice in ("active", "recip") and (target is None or _act_after(match, tokens)):
                target = self._act_target(tokens, match.end) or target
            if target is None and match.row.voice == "active" and match.end - match.first > 1 and (
                    match.row.type in _ANSWERS):
                target = self._act_target(tokens, match.end - 1)  # "menerima tawaran tersebut"
            if source is None and target is None:
                continue  # nobody to code: "pertemuan itu berlangsung dua jam"
            if statement(match, tokens, source, target) or accident_inquiry(match, tokens, target) or remains(
                    match, tokens) or regretted_mishap(match, tokens, target) or (
                    self.sports and played(match.row.type)):
                continue  # in a match report "menyerang" and "ditangkap kiper" are football
            if self._repeats(match.row.type, source, target, evidence.start):
                continue  # "mengirimkan kapal untuk membantu": one AID event, not two
            if source is None and match.row.voice in ("passive", "patient", "noun"):
                # "membebaskan tiga nelayan yang ditahan sejak Januari": held by who frees them
                source = (self._releaser(target, evidence.start) if match.row.mode == "arrest" else None) or \
                    self._earlier_source(match.row.type, match.row.mode)
                if source is None and match.row.voice == "passive":
                    source = self._institution_at(actors, match) or (
                        None if match.row.type in _SUFFERED else self._announcer(actors, match))
                if source is None and match.row.mode == "arrest" and self.lang == "id":
                    # "Seorang tersangka ditahan": by the body that pursues the case, else the police
                    source = self._legal_body() or self.resolver.article_police()
            if source is None and match.row.voice in _SUBJECT_VOICES and self.lang == "id":
                # "… yang mengusung tema menolak PKI": an act with no one doing it (English keeps
                # them: its subjects are capitalised runs, often missed)
                continue
            if target is None and match.row.type == "CONSULT" and _named_again(match, tokens):
                target = self._partner_before(source)  # "Dalam pertemuan itu, Retno meminta …"
            kind, mode = self._complaint(match, tokens, source)
            deployed = deployment_type(match, tokens, source, self._entity(source), target) \
                if self.lang == "id" else kind
            if deployed is None:
                continue  # "Basarnas mengerahkan 30 kapal": an agency's own search, no event
            if deployed != match.row.type:
                kind, mode = deployed, ("troops" if deployed == "MOBILIZE" else None)
                if kind == "MOBILIZE":
                    target = None  # "mengirim pesawat Hercules … ke Surabaya": where forces go is no target
            if kind == "MOBILIZE" and match.row.voice == "passive" and _equipment(source):
                # "KRI Bung Tomo dikerahkan ke lokasi": the ship is what is deployed, by whoever
                # deployed ships before in the article
                source = self._deployer(source) or source
            target = self._apart(source, target, given)
            self.events.append(Event(
                id=f"{self.article_id}-v{len(self.events) + 1}",
                type=kind,
                mode=mode,
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
