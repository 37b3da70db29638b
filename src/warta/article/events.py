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
institution where a legal act happens ("di KPK") or the one who announces it; help asked for
from the request (the one asked gives, the one who asks receives); a meeting named again with
nobody in its sentence ("pertemuan tersebut") from the meeting told before. One event is coded
per (trigger, source, target); what a threat or a promise announces ("berjanji akan membantu X")
is that threat or promise, not an act of its own.

Public API::

    find_events(text, sentences, entities, timexes, article_id="a1", lang="id") -> list[Event]

The coder's parts: trigger relations (``event_trigger_links``), actor kinds, places and
reporters (``event_actor_kinds``, ``event_places``, ``event_reporters``), sides
(``event_sides``) and what context fills in (``event_gaps``), over ``event_coder_state``;
lists of links to other stories are skipped (``event_teasers``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from warta.article.event_actor_model import CodedArticle, actor_model_on, choose_actors
from warta.article.event_actors import SentenceActors, Slots
from warta.article.event_actors_named import party_of_officer
from warta.article.event_allegations import ruling_source
from warta.article.event_context import (
    actor_in_sentence,
    asker_of,
    deployer,
    label,
    legal_body,
    meeting_before,
    partner_before,
    target_before,
)
from warta.article.event_discourse import (
    aimed_before,
    last_pursued,
    protested_party,
    yielded_to_suspect,
)
from warta.article.event_dismissals import agentless_dismissal, dismissed_before
from warta.article.event_english import english_descriptors, english_object_sides, english_voice
from warta.article.event_exhortations import exhortation, exhorted_sides
from warta.article.event_filters import (
    accident_inquiry,
    agreed_opinion,
    aim_of_no_one,
    clause_cause,
    denied,
    described_by_stance,
    happening_prompted,
    hoped,
    hosted_match,
    job_title,
    played,
    ready_to_undergo,
    regretted_mishap,
    remains,
    statement,
    tour_of_no_one,
    violated,
)
from warta.article.event_forces import deployment_type
from warta.article.event_gaps import ACT_REACH, ANSWERS, GapFiller
from warta.article.event_lexicon import Token, TriggerMatch, find_triggers, tokenize
from warta.article.event_modifiers import date_of
from warta.article.event_noun_slots import undergone
from warta.article.event_phrases import find_phrases
from warta.article.event_powers import (
    pledge_to_no_one,
    pledged_gift,
    power_or_duty,
    rule_of_office,
    stepped_down,
    weighed_alternative,
)
from warta.article.event_senses import (
    attended_no_meeting,
    backed_by_no_one,
    bill_passed,
    execution_outside_court,
    fishing_catch,
    hazard_subject,
    judged_helpful,
    opinion_clause,
    organisation_banned,
    pushed_thing,
    released_thing,
    tourists_visit,
    visit_to_no_one,
)
from warta.article.event_sides import SideFinder, side_pairs
from warta.article.event_slots import event_slots
from warta.article.event_teasers import teaser_spans
from warta.article.event_trigger_links import (
    announced_attack,
    answers_statement,
    demanded,
    meeting_as_setting,
    named_again,
    object_act,
    on_request,
    promised_act,
    purpose_of,
    received,
    talk_of_meeting,
    threatened,
    told_on,
    trigger_modality,
    trigger_negated,
    unnamed_doer,
)
from warta.article.event_trigger_model import ArticleReader, gate_events, trigger_model_on
from warta.article.event_withheld import held_thing, permitted_by_law, preventive_step
from warta.article.event_witnesses import questioned_as_witness
from warta.document import Doc
from warta.models import ActorRef, Entity, Event, Evidence, Quote, Timex
from warta.options import Options
from warta.pipeline import article_stage

_OFFERING = frozenset({"menawarkan", "ditawarkan", "offered", "offers"})  # offers of means are offers of help
# Those held who are captives of the other side, not suspects (docs/annotation.md, Captives).
_CAPTIVE_REACH = 3  # words after a detention in which the captives are named
_CAPTIVES = frozenset({"tentara", "prajurit", "serdadu", "sandera", "tawanan", "soldiers", "hostages"})
_POLICE_WORDS = frozenset({"polisi", "kepolisian", "police"})  # officers deployed by their force
_EQUIPMENT = frozenset({"kri", "kapal", "pesawat", "helikopter", "kn", "usns", "hms", "rss"})
TARGET_REACH = 4  # sentences back in which the same side's same act names the target left out
# Acts whose target is not carried over from an earlier one: deployments have none, help has its own
_UNTARGETED = frozenset({"MOBILIZE", "AID"})
# Pressure a group puts on whom it made demands of: a strike threatened, a protest held.
_PROTESTS = frozenset({"PROTEST", "THREATEN"})
# Voices whose source is the subject of the clause: without one, nobody acts.
_SUBJECT_VOICES = frozenset({"active", "recip", "pair", "intrans"})
# Nouns of these types named again ("kerja sama ini", "kesepakatan tersebut", "bantuan itu") name a
# standing arrangement or a thing given, not the happening told before.
_STANDING = frozenset({"AGREE", "COOPERATE", "SUPPORT", "AID"})
# Steps of a legal case: with no one named, the body pursuing the case takes them.
_CASE_MODES = frozenset({"investigate", "arrest", "seize"})
_HAPPENINGS = frozenset({"penandatanganan", "penyerahan"})  # but a signing named again is the signing
# Nominations and coalitions: a party officer who announces them speaks for the party.
_PARTY_ACTS = frozenset({"SUPPORT", "AGREE", "COOPERATE"})
_NOT_ACTORS = frozenset({"EVENT", "OTHER"})  # entity kinds that name happenings and things, not actors


def _equipment(actor: ActorRef | None) -> bool:
    """A ship, plane or helicopter standing where a deployment's agent should be."""
    return label(actor).split(" ", 1)[0] in _EQUIPMENT


def _police_personnel(actor: ActorRef | None) -> bool:
    """Unnamed officers of the police ("personel kepolisian", "15 polisi"), not a named force."""
    if actor is None or actor.entity is not None or not actor.description:
        return False
    return bool(set(actor.description.lower().split()) & _POLICE_WORDS)


Proposer = Callable[[list[Token], list[TriggerMatch], int], list[TriggerMatch]]


class _ArticleCoder(SideFinder, GapFiller):
    """The events of one article, sentence by sentence."""

    # adds triggers the lexicon missed to a sentence's (the learned trigger model); None: the lexicon's
    proposer: Proposer | None = None

    def run(self) -> list[Event]:
        teasers = teaser_spans(self.text)
        for number, (start, end) in enumerate(self.sentences):
            self.sentence_number = number
            if not any(first <= start < last for first, last in teasers):
                self._sentence(start, end)
        return self.events

    def _sentence(self, start: int, end: int) -> None:
        tokens = tokenize(self.text, start, end)
        triggers = find_triggers(tokens, self.lang)
        if self.proposer is not None:
            triggers = self.proposer(tokens, triggers, self.sentence_number)
        if not triggers:
            return
        if self.lang == "en":
            triggers = [english_voice(match, tokens) for match in triggers]
        phrases = find_phrases(tokens, self.resolver.index, self.lang)
        if self.lang == "en":
            phrases = english_descriptors(tokens, phrases)
        actors = SentenceActors(tokens, phrases)
        coded = [(match, event_slots(actors, match)) for match in triggers]
        if self.lang == "en":  # "condemned the attack", "urged Serbia to hold talks": the object's own sides
            coded = [(match, english_object_sides(match, triggers, tokens, phrases, slots))
                     for match, slots in coded]
        used = [p for _, slots in coded if slots for p in (*slots.sources, *slots.targets)]
        self.resolver.resolve_all(used)
        evidence = Evidence(article=self.article_id, start=start, end=end, sentence=self.text[start:end])
        contents = {id(threat): slots for match, slots in coded if slots is not None
                    for threat in [threatened(match, triggers, tokens)] if threat is not None}
        # "China mengirim dua kapal untuk membantu Indonesia": the one helped is the sending's target
        contents.update({id(sender): slots for match, slots in coded if slots is not None
                         for sender in [purpose_of(match, triggers, tokens)] if sender is not None})
        for match, slots in coded:
            if meeting_as_setting(match, tokens):
                continue  # "Dalam pertemuan tersebut, X memaparkan …": the setting of what X said
            standing = match.row.type in _STANDING and tokens[match.first].low not in _HAPPENINGS
            nobody = slots is None or not (slots.sources or slots.targets)
            again = (slots is None and named_again(match, tokens)) or (nobody and told_on(match, tokens))
            if again and not denied(match, tokens) and (
                    match.row.type == "CONSULT" or (match.row.voice in ("noun", "patient") and not standing)):
                self._meeting_again(match, tokens, triggers, evidence)
                continue
            if threatened(match, triggers, tokens) is None and promised_act(match, tokens):
                continue  # "berjanji untuk memperluas … agar mendukung …": promised, told by the promise
            if slots is None or threatened(match, triggers, tokens) is not None or purpose_of(
                    match, triggers, tokens) is not None or object_act(match, triggers, tokens) or (
                    talk_of_meeting(match, triggers, tokens)):
                continue
            content = contents.get(id(match))
            if not slots.targets and content is not None:
                slots = Slots(slots.sources, content.targets)  # "mengancam akan menarik diri dari PBB"
            if not slots.targets and match.row.type not in _UNTARGETED:
                slots = self._told_to(match, slots, actors)
            self._add(match, slots, tokens, triggers, evidence, actors)

    def _add(self, match: TriggerMatch, slots: Slots, tokens: list[Token], triggers: list[TriggerMatch],
             evidence: Evidence, actors: SentenceActors) -> None:
        for source, given in side_pairs(*self._sides(match, slots, actors)):
            source, target = self._named_sides(match, source, given)
            if received(match, tokens):
                source, target = None, source  # "bantuan itu diterima oleh X": X is helped, not helping
            target = self._fill_target(match, tokens, target)
            if source is None:
                source = self.court_quoted(match, tokens)
            source = ruling_source(match, tokens, self.resolver.entities, self.resolver.article_id,
                                   self.events) or source
            if exhortation(match, tokens):
                exhorted = exhorted_sides(match, tokens, self.resolver.quotes, source, target)
                if exhorted is None:
                    continue  # an expectation stated, or said of oneself: no demand
                source, target = exhorted
            source, target = self.agent_in_trigger(match, tokens, source, target)
            if source is None and target is None and self._case_step(match):
                # "Selanjutnya akan dilakukan pemeriksaan dan penyidikan": a step of the case with no
                # one named is the body pursuing it, on whom it last pursued
                source = legal_body(self.events, self.resolver.index.by_id)
                target = target_before(self.events, match.row.type, source, self._since(TARGET_REACH))
            if source is None and target is None and agentless_dismissal(match, tokens):
                # "… bukan hanya dicopot dari jabatannya, tetapi sekaligus dipecat": told again
                since = self._since(TARGET_REACH)
                source, target = dismissed_before(self.events, self.triggers, self.text, since)
            if self._filtered(match, tokens, source, target):
                continue
            if source is None and demanded(match, triggers, tokens):
                # "memerintahkan X mempercepat penyaluran bantuan"; "memerintahkan X ditahan": X undergoes it
                undergoer = target if match.row.voice == "passive" else None
                source = self._one_asked(evidence.start, undergoer)
            if source is None:
                source = self._fill_source(match, actors, target, evidence.start)
            if source is None and undergone(tokens, match) is not None:
                continue  # a check undergone with no body pursuing a case is none ("pemeriksaan medis")
            if source is None and match.row.voice in _SUBJECT_VOICES and self.lang == "id" and not (
                    target is not None and unnamed_doer(match, tokens)):
                # "… yang mengusung tema menolak PKI": an act with no one doing it (English keeps
                # them: its subjects are capitalised runs, often missed)
                continue
            if target is None and match.row.type == "CONSULT" and named_again(match, tokens):
                target = partner_before(self.events, source)  # "Dalam pertemuan itu, Retno meminta …"
            if target is None and match.row.type == "REQUEST" and on_request(match, tokens):
                # "Zumi dicegah Ditjen Imigrasi, atas permintaan KPK, …": asked of the one who acted
                target = actor_in_sentence(self.events, evidence.start, source)
            if target is None and match.row.type in ANSWERS and answers_statement(match, tokens):
                target = self._stated_before(evidence.start)  # "Pernyataan itu langsung ditolak Kemlu"
            if target is None and match.row.type in ANSWERS:
                # "Luhut minta Susi menghentikan …, tapi Susi tetap pada pendiriannya": an answer with
                # no one named answers whoever just asked the one answering
                target = asker_of(self.events, source, self._since(ACT_REACH))
            if target is None and match.row.type not in _UNTARGETED:
                # "Pelaku sempat melempar sumbu" after "Sultan menyerang pos polisi": the one the same
                # side last did this to (docs/annotation.md: a target from the context)
                target = target_before(self.events, match.row.type, source, self._since(TARGET_REACH))
            if target is None and not slots.targets and match.row.mode in _CASE_MODES:
                target = last_pursued(self.events, source, self._witness)  # its suspect named early
            if target is None and not slots.targets and self.lang == "id":
                # an act always aimed at someone, no one named: whom the same act was last aimed at
                target = aimed_before(self.events, match.row, source, self._witness)
            if target is None and not slots.targets and match.row.type in _PROTESTS and self.lang == "id":
                target = protested_party(self.events, source)  # whom the protesters made demands of
            if target is None and not slots.targets and match.row.type == "CONCEDE" and self.lang == "id":
                target = yielded_to_suspect(self.events, source)  # a case dropped, a plea granted
            if backed_by_no_one(match, tokens, source, target):
                continue  # "didukung oleh RAM 32 GB": how a thing is made, no one backed
            if pushed_thing(match, tokens, target):
                continue  # "mendorong bola ke gawang", "mendorong kinerja grup": no one asked
            if stepped_down(match, tokens, target):
                continue  # "Schultz akan mengundurkan diri dari jabatan CEO": one's own decision
            if pledge_to_no_one(match, tokens, match.row.type, target):
                continue  # "kami berjanji hal itu tak akan terjadi lagi": an intent stated to no one
            if visit_to_no_one(match.row.type, match.row.mode, target, self._entity(target)):
                continue  # "kunjungan kerja ke Lapak Bawang Klampok": a place toured, no one visited
            helping = any(purpose_of(other, triggers, tokens) is match for other in triggers)
            gift = pledged_gift(match, tokens, triggers)
            retyped = self._retyped(match, tokens, source, target, helping, gift)
            if retyped is not None:
                kind, mode, source, target = retyped
                if kind == "AID" and demanded(match, triggers, tokens):
                    source, target = self._asked(evidence.start, source, target)
                if kind == "AID" and target is None:
                    target = self._home_helped(source) or self._helped_before(source)
                if kind == "AID" and target is None and self._ordered_work(
                        match, tokens, triggers, evidence.start):
                    continue
                self._append(match, tokens, triggers, evidence, (kind, mode),
                             (source, self._apart(source, target, given)))

    def _no_actor(self, actor: ActorRef | None) -> bool:
        """A side the entity layer names as an event or a thing ("Naskah Perjanjian Hibah Daerah",
        "Pilkada DKI"): reading it as who acts or is acted upon misreads the sentence (round 13)."""
        entity = self._entity(actor)
        # a ship is read as its crew ("KRI Siguror menangkap Kapal Sunrise Glory")
        return entity is not None and entity.type in _NOT_ACTORS and not _equipment(actor)

    def _party_announcing(self, source: ActorRef | None) -> ActorRef | None:
        """"Sekjen PDIP Hasto memastikan tidak akan mengusung X": the party its officer speaks for."""
        person = self.resolver.index.by_id.get(source.entity or "") if source is not None else None
        return party_of_officer(person, self.resolver.index.by_id) or source

    def _told_to(self, match: TriggerMatch, slots: Slots, actors: SentenceActors) -> Slots:
        """"mengatakan kepada A, B dan C bahwa dia bersedia menengahi": an act told with no one it is
        aimed at is aimed at those told of it (one event each)."""
        told = actors.addressees(match.first)
        if not told:
            return slots
        self.resolver.resolve_all(told)
        return Slots(slots.sources, tuple(told))

    def _case_step(self, match: TriggerMatch) -> bool:
        """An investigation, arrest or seizure named by a noun or an agentless passive (Indonesian)."""
        return self.lang == "id" and match.row.voice == "passive" and (
            match.row.mode in _CASE_MODES)

    def _meeting_again(self, match: TriggerMatch, tokens: list[Token], triggers: list[TriggerMatch],
                       evidence: Evidence) -> None:
        """"Pertemuan tersebut telah lama dinantikan", "Serangan itu menewaskan tiga warga": the
        meeting or act told before, told again here (``docs/annotation.md``: the same happening
        stated again in another sentence is annotated again there)."""
        before = meeting_before(self.events, match.row.type, match.row.mode)
        if before is not None and before.evidence[0].start != evidence.start:
            self._append(match, tokens, triggers, evidence, (match.row.type, match.row.mode),
                         (before.source, before.target))

    def _filtered(self, match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
                  target: ActorRef | None) -> bool:
        """Is this no event: nobody to code, a statement, a report of a match, or one coded already?"""
        if source is None and target is None:
            return True  # nobody to code: "pertemuan itu berlangsung dua jam"
        if match.row.type == "CONSULT" and (self._outlet(source) or self._outlet(target)):
            return True  # "kata Risma saat ditemui Kompas.com": the reporter's interview, no meeting
        if ready_to_undergo(match, tokens):
            return True  # "siap dikritik": how one would take an act, not the act
        if statement(match, tokens, source, target) or accident_inquiry(match, tokens, target) or remains(
                match, tokens) or regretted_mishap(match, tokens, target) or described_by_stance(
                match, tokens) or job_title(match, tokens) or aim_of_no_one(match, tokens, target) or hoped(
                match, tokens) or tour_of_no_one(match, tokens, target) or violated(match, tokens) or denied(
                match, tokens) or agreed_opinion(match, tokens) or clause_cause(match, tokens) or (
                happening_prompted(match, tokens)) or (
                hosted_match(match, tokens, self.sports)) or (self.sports and played(match.row.type)):
            return True  # in a match report "menyerang" and "ditangkap kiper" are football
        if tourists_visit(match, tokens) or released_thing(match, tokens) or judged_helpful(
                match, tokens) or opinion_clause(match, tokens) or fishing_catch(match, tokens) or (
                attended_no_meeting(match, tokens)) or hazard_subject(match, tokens) or bill_passed(
                match, tokens):
            return True  # senses of the lexicon's words that tell no event (event_senses)
        if held_thing(match, tokens) or preventive_step(match, tokens) or permitted_by_law(match, tokens):
            return True  # money held back, a preventive step, a rule's permission (event_withheld)
        if power_or_duty(match, tokens) or weighed_alternative(match, tokens) or rule_of_office(
                match, tokens):
            return True  # what one may or must do, or could do instead (event_powers)
        # one event per (trigger, source, target): two words for one act are two events ("menyerang …,
        # pelaku sempat melempar bom"); a sending and the help it is for are one (see purpose_of)
        return self._coded_already(match.row.type, source, target, tokens[match.first].start)

    def _coded_already(self, kind: str, source: ActorRef | None, target: ActorRef | None, at: int) -> bool:
        """Has the trigger at character ``at`` already given this event (two phrases, one actor)?"""
        return any(event.type == kind and event.source == (source or ActorRef()) and event.target == target
                   and trigger[0] == at for event, trigger in zip(self.events, self.triggers, strict=True))

    def _retyped(self, match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
                 target: ActorRef | None, helping: bool = False, gift: bool = False
                 ) -> tuple[str, str | None, ActorRef | None, ActorRef | None] | None:
        """Type, mode and sides once complaints and deployments are told apart; None for an
        agency's own search ("Basarnas mengerahkan 30 kapal"), which is no event. A foreign state
        deploying its forces to help ("Singapura mengerahkan kapal perang untuk membantu pencarian")
        gives help to another country: AID, not MOBILIZE (``docs/annotation.md``)."""
        kind, mode = self._complaint(match, tokens, source)
        if gift:
            kind, mode = "AID", None  # "berjanji akan memberikan kursi roda kepada X": help offered
        if announced_attack(match, tokens):
            kind, mode = "THREATEN", None  # "mempertimbangkan rencana untuk menembakkan rudal ke Guam"
        if kind == "ACCUSE" and execution_outside_court(match, tokens, self.lowered):
            kind, mode = "ASSAULT", None  # "Kim menghukum mati dua pejabat": a ruler's execution
        held = {t.low for t in tokens[match.end:match.end + _CAPTIVE_REACH]} | set(label(target).split())
        if kind == "COERCE" and mode == "arrest" and held & _CAPTIVES:
            kind, mode = "ASSAULT", "abduct"  # "Hamas menahan dua tentara Israel": captives, not arrests
        banned = organisation_banned(match, tokens, set(label(target).split()))
        if kind == "COERCE" and mode is None and banned:
            mode = "ban"  # "pembubaran ormas": an organisation dissolved is banned
        deployed = deployment_type(match, tokens, source, self._entity(source), target) \
            if self.lang == "id" else kind
        if deployed is None:
            return None
        if deployed == "MOBILIZE" and helping and self._foreign_state(source):
            deployed = "AID"
        abroad = self._abroad(tokens) if deployed == "MOBILIZE" and helping else None
        if abroad is not None:
            # "TNI AU memberangkatkan dua Hercules untuk membantu korban gempa di Turki": forces sent to
            # help another country are help to it (docs/annotation.md: help to another country is AID)
            deployed, target = "AID", target or abroad
        elif deployed == "MOBILIZE" and helping:
            target = None  # the ones a deployment helps are its purpose, not whom it is against
        if deployed == "MOBILIZE" and tokens[match.first].low in _OFFERING:
            deployed = "AID"  # "Singapura menawarkan dua pesawat angkut militer": an offer of help
        if deployed != match.row.type:
            kind, mode = deployed, ("troops" if deployed == "MOBILIZE" else None)
            if kind == "MOBILIZE":
                target = None  # "mengirim pesawat Hercules … ke Surabaya": where forces go is no target
        if kind == "MOBILIZE" and _police_personnel(source):
            # "Sebanyak 15 polisi … disiagakan", "personel kepolisian berjaga": officers deployed are
            # their force's deployment, the force the article names
            source = self.resolver.article_police() or source
        if kind == "MOBILIZE" and match.row.voice == "passive" and _equipment(source):
            # "KRI Bung Tomo dikerahkan ke lokasi": the ship is what is deployed, by whoever
            # deployed ships before in the article
            source = deployer(self.events, source) or source
        return kind, mode, source, target

    def _append(self, match: TriggerMatch, tokens: list[Token], triggers: list[TriggerMatch],
                evidence: Evidence, kind_mode: tuple[str, str | None],
                sides: tuple[ActorRef | None, ActorRef | None]) -> None:
        at = tokens[match.first].start
        (kind, mode), (source, target) = kind_mode, sides
        # "penandatanganan NPHD", "Rapat Paripurna dihadiri X": a document, an election or the meeting
        # itself is no side; with no actor left there is no event
        source = None if self._no_actor(source) else source
        target = None if self._no_actor(target) else target
        if source is None and target is None:
            return
        source, target = self._government_of(source), self._government_of(target)
        source, target = self._spelled_out(source), self._spelled_out(target)
        source = self.resolver.represented(source)
        if kind in _PARTY_ACTS:
            source = self._party_announcing(source)
        self.events.append(Event(
            id=f"{self.article_id}-v{len(self.events) + 1}",
            type=kind,
            mode=mode,
            source=source or ActorRef(),
            target=target,
            date=date_of(self.text, self.timexes, evidence.start, evidence.end, at, asked=kind == "REQUEST"),
            location=self._place_of(match, tokens),
            negated=trigger_negated(match, tokens),
            modality="planned" if pledged_gift(match, tokens, triggers) else trigger_modality(
                match, triggers, tokens),
            evidence=[evidence],
        ))
        self.triggers.append((at, tokens[match.end - 1].end))
        if target is not None and questioned_as_witness(match, tokens):
            self.witnesses.append(target)


def find_events(text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                timexes: Sequence[Timex], article_id: str = "a1", lang: str = "id",
                quotes: Sequence[Quote] | None = None) -> list[Event]:
    """PLOVER events stated in ``text``, one per (trigger, source, target), ids "<article>-v<n>".

    ``quotes`` (the article's, when already found) name the speakers that "saya" and "kami"
    inside quotes stand for; without them the quotes are read here."""
    return [event for event, _ in events_with_triggers(text, sentences, entities, timexes, article_id, lang,
                                                        quotes)]


def events_with_triggers(text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                         timexes: Sequence[Timex], article_id: str = "a1", lang: str = "id",
                         quotes: Sequence[Quote] | None = None) -> list[tuple[Event, tuple[int, int]]]:
    """:func:`find_events` with the character span of each event's trigger (the spaCy component
    marks them)."""
    coded = rule_events(text, sentences, entities, timexes, article_id, lang, quotes)
    # the learned actor chooser (docs/benchmarks.md, events) gives the final source and target
    chosen = choose_actors(coded) if actor_model_on() else list(
        zip(coded.events, coded.triggers, strict=True))
    if lang == "id" and trigger_model_on():
        # the learned trigger model (off by default: it did not win held out) drops unlikely triggers
        return gate_events(chosen, ArticleReader(text, coded.sentences, list(entities), lang))
    return chosen


def rule_events(text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                timexes: Sequence[Timex], article_id: str = "a1", lang: str = "id",
                quotes: Sequence[Quote] | None = None, proposer: Proposer | None = None) -> CodedArticle:
    """The rules' events with their triggers and what the actor chooser reads of the article;
    ``proposer`` adds triggers to each sentence's before the rules code them."""
    coder = _ArticleCoder(text, sentences, entities, timexes, article_id, lang, quotes)
    coder.proposer = proposer
    events = coder.run()
    return CodedArticle(text, coder.sentences, list(entities), coder.resolver.quotes, events, coder.triggers,
                        lang)


@article_stage("events", requires={"sentences", "canonical", "timexes", "quotes"}, provides={"events"})
def events(doc: Doc, options: Options) -> None:
    article = doc.article
    lang = "en" if article.language == "en" else "id"
    doc.events = find_events(article.body, article.sentences, doc.entities, doc.timexes, article.id, lang,
                             doc.quotes)
