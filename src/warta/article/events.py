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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from warta.article.event_actors import SentenceActors, Slots, activity_at, event_slots
from warta.article.event_context import (
    act_target,
    asker_of,
    both_before,
    deployer,
    earlier_source,
    group_in_sentence,
    label,
    legal_body,
    meeting_before,
    named_before,
    partner_before,
    releaser,
    same,
    sender_before,
    target_before,
)
from warta.article.event_filters import (
    accident_inquiry,
    agreed_opinion,
    aim_of_no_one,
    denied,
    described_by_stance,
    hoped,
    hosted_match,
    job_title,
    played,
    regretted_mishap,
    remains,
    sports_report,
    statement,
    tour_of_no_one,
    violated,
)
from warta.article.event_forces import deployment_type
from warta.article.event_groups import GROUP_REACH, GroupMemory
from warta.article.event_lexicon import Token, TriggerMatch, find_triggers, tokenize, trigger_index
from warta.article.event_modifiers import date_of, is_negated, location_of, modality_of
from warta.article.event_phrases import Phrase, find_phrases
from warta.article.event_resolver import ActorResolver
from warta.article.gazetteer import gazetteer
from warta.article.tokens import key_of
from warta.document import Doc
from warta.models import ActorRef, Entity, Event, Evidence, Location, Modality, Quote, Timex
from warta.options import Options
from warta.pipeline import article_stage

# Between a REQUEST verb and the act it asks for ("mendesak Rusia agar menarik pasukan").
_DEMAND_LINKS = frozenset({"agar", "supaya", "untuk", "to", "that"})
_DEMAND_REACH = 8  # words after a REQUEST trigger in which a demanded act may start
_CLAUSE_ENDS = frozenset({",", ".", ";", "dan", "yang", "namun", "tetapi", "karena", "sehingga"})
_PURPOSE_LINKS = frozenset({"untuk", "guna", "demi", "to"})
_THREAT_LINKS = frozenset({"akan", "untuk", "bakal", "segera", "to", "will"})
_THREAT_REACH = 2  # words between a threat and the act it threatens
# A promise is an AGREE event whose content ("berjanji akan membela Jepang") is no act of its own
_PROMISES = frozenset({"berjanji", "menjanjikan", "bersumpah", "promised", "pledged"})
_LED_REACH = 4  # words after "protes" in which "dipimpin" makes it a demonstration
# Acts the one who announces them did not do: "Kombes X mengatakan, Kapolres dan ajudannya
# dianiaya saat …" (an organisation announces its own arrests and verdicts, not attacks on it).
_SUFFERED = frozenset({"ASSAULT", "PROTEST", "THREATEN"})
_ANSWERS = frozenset({"AGREE", "REJECT", "CONCEDE"})  # acts that answer an offer or a demand
_ATTENDING = frozenset({"menghadiri", "mengikuti", "attended", "attends"})
_CASE_FILLERS = frozenset({"tuntas", "kasus", "perkara", "dugaan"})  # "mengusut tuntas kasus dugaan …"
_CASE_WORDS = 3
# Orders and instructions: the one who gives them is not the one the ordered help is for.
_ORDERS = ("memerintah", "menginstruksi", "menugaskan", "diperintah", "diinstruksi", "ditugaskan", "ordered")
# A line opening a list of links to other stories ("Baca juga :", "SIMAK JUGA:").
_TEASER_MARKER = re.compile(r"(?im)^[ \t]*(?:baca|simak|lihat)[ \t]+(?:juga|pula)[ \t]*:?[ \t]*$")
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_ENDS = frozenset('.!?"”’')
_OFFICIAL_VOICES = ("pemerintah", "kementerian luar negeri", "kemlu")  # whose "protes" is diplomatic
_HOME_COUNTRY = "country:ID"  # help from any other state is foreign help
_HOME_CAPITAL = "capital:ID"
_OFFERING = frozenset({"menawarkan", "ditawarkan", "offered", "offers"})  # offers of means are offers of help
# A short form of a body's name: one or two words, two capitals or more ("Diskar PB", "PKH", "BNPB").
_SHORT_FORM = re.compile(r"(?=\S*[A-Z]\S*\s?\S*[A-Z])[A-Z][A-Za-z]{1,7}(?: [A-Z]{1,4})?")
# Those held who are captives of the other side, not suspects (docs/annotation.md, Captives).
_CAPTIVE_REACH = 3  # words after a detention in which the captives are named
_CAPTIVES = frozenset({"tentara", "prajurit", "serdadu", "sandera", "tawanan", "soldiers", "hostages"})
_COUNTRY_WORDS = 3  # words of a country's name at the end of a body's name ("Amerika Serikat")
_TOWARDS = frozenset({"ke", "menuju", "to"})  # before where something is sent
_COURTS = frozenset({"pengadilan", "mahkamah", "pn", "ptun", "mk", "ma", "court"})  # where suits are filed
_EQUIPMENT = frozenset({"kri", "kapal", "pesawat", "helikopter", "kn", "usns", "hms", "rss"})
ACT_REACH = 2  # sentences back in which an act named as an object ("menolak larangan itu") was told
TARGET_REACH = 4  # sentences back in which the same side's same act names the target left out
# Acts whose target is not carried over from an earlier one: deployments have none, help has its own
_UNTARGETED = frozenset({"MOBILIZE", "AID"})
_ACT_BEFORE = 3  # words before a passive in which the act it is said of is named ("tawaran itu")
_RECEIVED_REACH = 5  # words after a help noun in which "diterima" says who received it
# Nouns of a decision or a step taken, named again as what is backed or criticised.
_DECISIONS = frozenset({"keputusan", "langkah", "kebijakan", "tindakan", "putusan", "sikap"})
_STANCES_ON_DECISIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
_CLITIC_REACH = 2  # words after a trigger in which "rumahnya" names whose home is acted on
# Homes and belongings whose owner an act on them is aimed at ("menggeledah rumahnya").
_PROPERTY = frozenset({"rumah", "kediaman", "kantor", "mobil", "kendaraan", "toko", "kamar", "apartemen",
                       "ponsel", "tas", "rekening"})
_ACTS_ON_PROPERTY = frozenset({"COERCE", "ASSAULT", "ACCUSE"})
_OPENING_WORDS = 2  # words before a sentence's subject ("Namun mereka", "Kemudian, mereka")
_BARE_ROLES = frozenset({"tersangka", "terdakwa", "baru", "lain", "lainnya", "suspect", "suspects"})
# Voices whose source is the subject of the clause: without one, nobody acts.
_SUBJECT_VOICES = frozenset({"active", "recip", "pair", "intrans"})
# Nouns of these types named again ("kerja sama ini", "kesepakatan tersebut", "bantuan itu") name a
# standing arrangement or a thing given, not the happening told before.
_STANDING = frozenset({"AGREE", "COOPERATE", "SUPPORT", "AID"})
_HAPPENINGS = frozenset({"penandatanganan", "penyerahan"})  # but a signing named again is the signing
# Voices whose sides act together: a group as the only side meets, talks or agrees among itself.
_MUTUAL = frozenset({"recip", "pair", "noun"})


_EN_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get"})
# "keduanya", "kedua menteri", "kedua belah pihak": the two sides told just before
_BOTH = re.compile(
    r"keduanya$|kedua (?:menteri|pemimpin|kepala negara|presiden|delegasi|negara|pihak|belah pihak)$")


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
        if between & _DEMAND_LINKS or match.first - request.end <= 1 or _only_addressee(
                tokens[request.end:match.first]):
            return match.first - request.end <= _DEMAND_REACH
    return False


def _only_addressee(between: list[Token]) -> bool:
    """"meminta Amerika Serikat mengirimkan kapal": only the one asked stands between a request
    and the act it asks for (no verb, no clause boundary); "memerintahkan X mempercepat penyaluran
    bantuan": the verb the one asked is to carry the act out with may come right before it."""
    if len(between) > 2 and between[-2].low.startswith("me") and len(between[-2].low) > 5:
        between = between[:-2]  # "… mempercepat penyaluran"
    return all(t.is_word and t.low not in _CLAUSE_ENDS and not (
        t.low.startswith(("me", "ber", "di")) and len(t.low) > 5) for t in between)


def _threatened(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]
                ) -> TriggerMatch | None:
    """The THREATEN (or promise) trigger whose content ``match`` is ("mengancam akan menarik diri
    dari PBB", "berjanji akan membela Jepang"): the act threatened or promised has not happened
    and is no event of its own."""
    for threat in triggers:
        promise = threat.row.type == "AGREE" and tokens[threat.first].low in _PROMISES
        if (threat.row.type != "THREATEN" and not promise) or threat.end > match.first:
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


def _talk_of_meeting(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """"bertemu di ruang tertutup untuk membahas krisis": the talk a meeting is held for is that
    meeting, not a second one."""
    if match.row.type != "CONSULT" or match.first < 1 or tokens[match.first - 1].low not in _PURPOSE_LINKS:
        return False
    return any(other.row.type == "CONSULT" and other.end <= match.first
               and match.first - other.end <= _DEMAND_REACH for other in triggers)


def _modality(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> Modality:
    if match.row.type != "REQUEST" and _demanded(match, triggers, tokens):
        return "demanded"
    return modality_of(tokens, match.first)


def _object_act(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """"menolak permintaan tersebut", "mengecam penangkapan itu": an act named again as the
    object of another act is that act's target, not a new event."""
    if match.row.type == "CONSULT" and match.row.voice in ("noun", "pair") and any(
            other.end == match.first and tokens[other.first].low in _ATTENDING for other in triggers):
        return True  # "menghadiri rapat": attending the meeting is the one act
    if match.row.voice not in ("noun", "patient") or not _named_again(match, tokens):
        return False
    return any(other.end == match.first for other in triggers if other is not match)


def named_after_foreign_country(name: str) -> bool:
    """Does a body's name end in a country other than Indonesia ("Kementerian Pertahanan Singapura",
    "Angkatan Laut Amerika Serikat")? The gazetteer's country names and abbreviations decide."""
    keys, texts = key_of(name), tuple(name.split())
    places = gazetteer()
    for size in range(1, min(_COUNTRY_WORDS, len(keys) - 1) + 1):
        ids = places.names.get(keys[-size:], ()) or places.abbrevs.get(texts[-size:], ())
        if any(i.startswith("country:") and i != _HOME_COUNTRY for i in ids[:1]):
            return True
    return False


def _named_again(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"pertemuan itu", "pertemuan tersebut": an act named again with a demonstrative."""
    return match.end < len(tokens) and tokens[match.end].low in ("itu", "tersebut", "ini")


def _equipment(actor: ActorRef | None) -> bool:
    """A ship, plane or helicopter standing where a deployment's agent should be."""
    return label(actor).split(" ", 1)[0] in _EQUIPMENT


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


def _received(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Bantuan tersebut diterima langsung oleh Bupati": help whose clause says who received it,
    the one after "oleh" being its receiver."""
    if match.row.type != "AID" or match.row.voice != "noun":
        return False
    for token in tokens[match.end:match.end + _RECEIVED_REACH]:
        if token.low in ("diterima", "diterimanya"):
            return True
        if token.low in _CLAUSE_ENDS or token.low == "oleh":
            return False
    return False


def _decision_again(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"mengecam keputusan tersebut", "mendukung langkah itu": a decision named again as the object."""
    return match.row.type in _STANCES_ON_DECISIONS and match.end + 1 < len(tokens) and (
        tokens[match.end].low in _DECISIONS and tokens[match.end + 1].low in ("tersebut", "itu", "ini"))


def _act_after(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Is the object of the trigger an act done to someone ("mengecam penangkapan Budi")? Then
    the one criticised is whoever did it, not the one it was done to."""
    if match.end >= len(tokens):
        return False
    return any(row.voice == "patient" and len(phrase) == 1
               for phrase, row in trigger_index(match.row.lang).get(tokens[match.end].low, ()))


def _case_of(match: TriggerMatch, tokens: list[Token]) -> int | None:
    """Index of the act noun an investigation looks into ("mengusut (tuntas) kasus penyerangan …"),
    else None."""
    if match.row.mode != "investigate" or match.row.voice != "active":
        return None
    i = match.end
    while i < len(tokens) and i - match.end < _CASE_WORDS and tokens[i].low in _CASE_FILLERS:
        i += 1
    if i == match.end or i >= len(tokens) or tokens[i - 1].low not in ("kasus", "perkara"):
        return None
    act = any(row.voice in ("patient", "noun") and len(phrase) == 1
              for phrase, row in trigger_index(match.row.lang).get(tokens[i].low, ()))
    return i if act else None


def _pairs(sources: list[ActorRef | None], targets: list[ActorRef | None]
           ) -> list[tuple[ActorRef | None, ActorRef | None]]:
    pairs: list[tuple[ActorRef | None, ActorRef | None]] = []
    for source in sources or [None]:
        for target in targets or [None]:
            if same(source, target):
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
        teasers = teaser_spans(self.text)
        for number, (start, end) in enumerate(self.sentences):
            self.sentence_number = number
            if not any(first <= start < last for first, last in teasers):
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
            standing = match.row.type in _STANDING and tokens[match.first].low not in _HAPPENINGS
            if slots is None and _named_again(match, tokens) and not denied(match, tokens) and (
                    match.row.type == "CONSULT" or (match.row.voice in ("noun", "patient") and not standing)):
                self._meeting_again(match, tokens, triggers, evidence)
                continue
            if slots is None or _threatened(match, triggers, tokens) is not None or _purpose(
                    match, triggers, tokens) is not None or _object_act(match, triggers, tokens) or (
                    _talk_of_meeting(match, triggers, tokens)):
                continue
            content = contents.get(id(match))
            if not slots.targets and content is not None:
                slots = Slots(slots.sources, content.targets)  # "mengancam akan menarik diri dari PBB"
            self._add(match, slots, tokens, triggers, evidence, actors)

    def _apart(self, source: ActorRef | None, target: ActorRef | None,
               given: ActorRef | None) -> ActorRef | None:
        """The target, when filling in both sides from context made the source its own target:
        "polisi menembak pelaku … pelaku dilumpuhkan" — the second "pelaku" is not the police,
        who were the last to attack, but the attacker before them."""
        if not same(source, target):
            return target
        again = _someone(named_before(self.events, given, besides=source))
        return None if same(source, again) else again

    def _actors(self, phrases: Sequence[Phrase], sentence: SentenceActors) -> list[ActorRef | None]:
        """The actors of coordinated phrases, a plural anaphor ("negara-negara tersebut")
        standing for each member of the group it points back to, a pronoun opening reported
        speech for its speaker."""
        actors: list[ActorRef | None] = []
        for phrase in phrases:
            words = self.text[phrase.start:phrase.stop]
            reporter = self._reporter(phrase, sentence)
            both: list[ActorRef | None] = [None]
            if _BOTH.match(words.lower()):
                both = both_before(self.events, self._since(GROUP_REACH))
            if both == [None] and words.lower().endswith("kedua negara"):
                both = self._two_states_before()
            if both != [None] and not reporter:
                actors.extend(both)
                continue
            if words.lower() == "keduanya" and not reporter:
                actors.append(None)  # a bare pronoun for two told of nowhere near: nobody to name
                continue
            group = self.groups.expand(words, self.sentence_number)
            plural = self._group_in_sentence(phrase.start) if words.lower() in ("mereka", "they") else None
            if plural is None and words.lower() == "mereka" and phrase.first <= _OPENING_WORDS:
                plural = self._previous_subject_group()
            actors.extend([reporter] if reporter else group if group else [
                plural or self.resolver.actor(phrase)])
        return actors

    def _two_states_before(self) -> list[ActorRef | None]:
        """"Kedua negara sepakat …" after a dispute told with one-sided acts (Indonesia protests,
        Vietnam demands): the two countries the latest events were between."""
        found: list[ActorRef] = []
        for event in reversed(self.events):
            if event.evidence[0].start < self._since(GROUP_REACH):
                break
            for side in (event.target, event.source):
                if self._state(side) and side is not None and not any(same(side, s) for s in found):
                    found.append(side)
        return [found[1], found[0]] if len(found) == 2 else [None]

    def _state(self, actor: ActorRef | None) -> bool:
        entity = self._entity(actor)
        return entity is not None and (entity.gazetteer_id or "").startswith("country:")

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

    def _since(self, reach: int) -> int:
        """Where the sentence ``reach`` sentences before the one being coded starts."""
        return self.sentences[max(0, self.sentence_number - reach)][0]

    def _group_in_sentence(self, before: int) -> ActorRef | None:
        return group_in_sentence(self.events, self.lowered, self._since(0), self._since(1), before)

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
        sources = self._actors(slots.sources, sentence)
        helped = [p for p in slots.targets if not self._destination(match, p, sentence)]
        targets = self._actors(helped, sentence)
        if len(slots.sources) == 1 and len(sources) > 1 and not targets and match.row.voice in _MUTUAL:
            sources, targets = sources[:1], sources[1:]  # "pertemuan tiga negara": the first meets the rest
        self.groups.remember(sources, self.sentence_number)
        return sources, targets

    def _home_helped(self, source: ActorRef | None) -> ActorRef | None:
        """"Amerika Serikat mengirim kapal USS Sampson untuk bergabung dalam pencarian": a foreign
        state's help with no one named for it goes to the country it is sent to, Indonesia when the
        article names it (``docs/annotation.md``: foreign help is AID to that country)."""
        if not self._foreign_state(source):
            return None
        home = next((e for e in self.resolver.entities if e.gazetteer_id == _HOME_COUNTRY and any(
            m.article == self.article_id for m in e.mentions)), None)
        return ActorRef(entity=home.id, name=home.name) if home is not None else None

    def _foreign_state(self, actor: ActorRef | None) -> bool:
        """A country other than Indonesia, whose Indonesian-language press these articles are, or
        a body named after one ("Kementerian Pertahanan Singapura", "Angkatan Laut AS")."""
        entity = self._entity(actor)
        country = (entity.gazetteer_id or "") if entity is not None else ""
        if country.startswith("country:"):
            return country != _HOME_COUNTRY
        return actor is not None and named_after_foreign_country(actor.name or "")

    def _helped_before(self, source: ActorRef | None) -> ActorRef | None:
        """"Jepang juga mengirim dua kapal" after "Singapura mengirim pesawat untuk membantu Basarnas":
        help with no one named for it goes to the one the article's latest help went to."""
        for event in reversed(self.events):
            if event.type == "AID" and event.target is not None and not same(event.target, source):
                return event.target
        return None

    def _destination(self, match: TriggerMatch, phrase: Phrase, sentence: SentenceActors) -> bool:
        """"mengirimkan tim penyelam ke Pangkalan Bun": a town or region help is sent to is where it
        goes, not whom it helps (a country it is sent to is: "mengirim kapal ke Indonesia")."""
        if phrase.first == 0 or sentence.tokens[phrase.first - 1].low not in _TOWARDS:
            return False
        if match.row.type == "ACCUSE" and sentence.tokens[phrase.first].low in _COURTS:
            return True  # "mengajukan praperadilan ke Pengadilan Negeri X": where the suit is filed
        if match.row.type not in ("AID", "MOBILIZE"):
            return False
        self.resolver.resolve_all([phrase])
        entity = self._entity(self.resolver.actor(phrase))
        return entity is not None and entity.type == "LOC" and not (entity.gazetteer_id or "").startswith(
            ("country:", "capital:"))

    def _complaint(self, match: TriggerMatch, tokens: list[Token], source: ActorRef | None
                   ) -> tuple[str, str | None]:
        """A person's "protes" is a complaint (ACCUSE disapprove), a state's an official one (ACCUSE
        allege, CAMEO 114); crowds protest, and a protest someone leads ("protes itu dipimpin oleh X")
        is a demonstration."""
        entity = self.resolver.index.by_id.get(source.entity or "") if source else None
        led = any(t.low in ("dipimpin", "memimpin") for t in tokens[match.end:match.end + _LED_REACH])
        if tokens[match.first].low == "protes" and entity is not None and entity.type == "PERSON" and not led:
            return "ACCUSE", "disapprove"
        if tokens[match.first].low == "protes" and self._official(source) and not led:
            return "ACCUSE", "allege"  # "protes Filipina kepada China": a state complains officially
        return match.row.type, match.row.mode

    def _official(self, actor: ActorRef | None) -> bool:
        """A state, its government or its foreign ministry: whose protest is a diplomatic complaint."""
        if actor is None:
            return False
        words = f"{actor.name or ''} {actor.description or ''}".lower()
        return self._state(actor) or words.lstrip().startswith(_OFFICIAL_VOICES)

    def _spelled_out(self, actor: ActorRef | None) -> ActorRef | None:
        """"Dinas Kebakaran dan Penanggulangan Bencana ( Diskar PB ) mengimbau …": a body known by the
        short form the article puts in brackets after its full name goes by that full name (the
        guideline's fullest name), even where the entity layer kept only the short form."""
        if actor is None or not actor.name or not _SHORT_FORM.fullmatch(actor.name):
            return actor
        found = re.search(r"((?:[A-Z][\w-]*\s+(?:(?:dan|dan\s+\w+|&)\s+)?){2,8})\(\s*"
                          + re.escape(actor.name) + r"\s*\)", self.text)
        if found is None:
            return actor
        return actor.model_copy(update={"name": found.group(1).strip()})

    def _government_of(self, actor: ActorRef | None) -> ActorRef | None:
        """"Tokyo meminta …", "Washington bisa menggunakan …": a foreign capital acting stands for
        its country's government, written as the country (``docs/annotation.md``, Fields); Jakarta
        in this press is as often the city's own government, so it stays."""
        entity = self._entity(actor)
        capital = (entity.gazetteer_id or "") if entity is not None else ""
        if not capital.startswith("capital:") or capital == _HOME_CAPITAL:
            return actor
        country = "country:" + capital.split(":", 1)[1]
        named = next((e for e in self.resolver.entities if e.gazetteer_id == country and any(
            m.article == self.article_id for m in e.mentions)), None)
        if named is not None:
            return ActorRef(entity=named.id, name=named.name)
        entry = gazetteer().entries.get(country)
        return ActorRef(name=entry.name) if entry is not None else actor

    def _outlet(self, actor: ActorRef | None) -> bool:
        entity = self._entity(actor)
        return entity is not None and (entity.gazetteer_id or "").startswith("outlet:")

    def _entity(self, actor: ActorRef | None) -> Entity | None:
        return self.resolver.index.by_id.get(actor.entity or "") if actor is not None else None

    def _investigator(self, match: TriggerMatch, target: ActorRef | None) -> bool:
        """An organisation after an investigation or a search is its agent ("penyelidikan Komnas
        HAM", "penggeledahan KPK"), not the one investigated or searched."""
        if match.row.voice != "patient" or match.row.mode not in ("investigate", "seize") or target is None:
            return False
        entity = self.resolver.index.by_id.get(target.entity or "")
        return entity is not None and entity.type == "ORG"

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
        for source, given in _pairs(*self._sides(match, slots, actors)):
            source, target = self._named_sides(match, source, given)
            if _received(match, tokens):
                source, target = None, source  # "bantuan itu diterima oleh X": X is helped, not helping
            target = self._fill_target(match, tokens, target)
            if self._filtered(match, tokens, source, target):
                continue
            if source is None and _demanded(match, triggers, tokens):
                source = self._one_asked(evidence.start)  # "memerintahkan X mempercepat penyaluran bantuan"
            if source is None:
                source = self._fill_source(match, actors, target, evidence.start)
            if source is None and match.row.voice in _SUBJECT_VOICES and self.lang == "id":
                # "… yang mengusung tema menolak PKI": an act with no one doing it (English keeps
                # them: its subjects are capitalised runs, often missed)
                continue
            if target is None and match.row.type == "CONSULT" and _named_again(match, tokens):
                target = partner_before(self.events, source)  # "Dalam pertemuan itu, Retno meminta …"
            if target is None and match.row.type in _ANSWERS:
                # "Luhut minta Susi menghentikan …, tapi Susi tetap pada pendiriannya": an answer with
                # no one named answers whoever just asked the one answering
                target = asker_of(self.events, source, self._since(ACT_REACH))
            if target is None and match.row.type not in _UNTARGETED:
                # "Pelaku sempat melempar sumbu" after "Sultan menyerang pos polisi": the one the same
                # side last did this to (docs/annotation.md: a target from the context)
                target = target_before(self.events, match.row.type, source, self._since(TARGET_REACH))
            helping = any(_purpose(other, triggers, tokens) is match for other in triggers)
            retyped = self._retyped(match, tokens, source, target, helping)
            if retyped is not None:
                kind, mode, source, target = retyped
                if kind == "AID" and _demanded(match, triggers, tokens):
                    source, target = self._asked(evidence.start, source, target)
                if kind == "AID" and target is None:
                    target = self._home_helped(source) or self._helped_before(source)
                if kind == "AID" and target is None and self._ordered_work(
                        match, tokens, triggers, evidence.start):
                    continue
                self._append(match, tokens, triggers, evidence, (kind, mode),
                             (source, self._apart(source, target, given)))

    def _meeting_again(self, match: TriggerMatch, tokens: list[Token], triggers: list[TriggerMatch],
                       evidence: Evidence) -> None:
        """"Pertemuan tersebut telah lama dinantikan", "Serangan itu menewaskan tiga warga": the
        meeting or act told before, told again here (``docs/annotation.md``: the same happening
        stated again in another sentence is annotated again there)."""
        before = meeting_before(self.events, match.row.type, match.row.mode)
        if before is not None and before.evidence[0].start != evidence.start:
            self._append(match, tokens, triggers, evidence, (match.row.type, match.row.mode),
                         (before.source, before.target))

    def _asked(self, sentence: int, source: ActorRef | None, target: ActorRef | None
               ) -> tuple[ActorRef | None, ActorRef | None]:
        """The sides help demanded in the sentence leaves out, from its latest request: the one
        asked gives ("meminta bantuan kepada Singapura"), the one who asks receives ("Indonesia
        meminta AS mengirimkan kapal")."""
        asked = [(e, span) for e, span in zip(self.events, self.triggers, strict=True)
                 if e.type == "REQUEST" and e.evidence[0].start == sentence]
        if not asked:
            return source, target
        request, span = asked[-1]
        asker = request.source if request.source != ActorRef() else None
        if self._order(span):
            asker = None  # "Kapolri memerintahkan Polda membantu …": an order helps no one who gives it
        return source or request.target, target or asker

    def _one_asked(self, sentence: int) -> ActorRef | None:
        """Who the sentence's latest request or order addresses: the one to do what it asks for, when
        the demanded act names no agent of its own (an act noun: "penyaluran bantuan")."""
        for event in reversed(self.events):
            if event.evidence[0].start != sentence:
                return None
            if event.type == "REQUEST":
                return event.target
        return None

    def _order(self, span: tuple[int, int]) -> bool:
        return self.lowered[span[0]:span[1]].startswith(_ORDERS)

    def _ordered_work(self, match: TriggerMatch, tokens: list[Token], triggers: list[TriggerMatch],
                      sentence: int) -> bool:
        """"Kapolri memerintahkan Polda Jatim membantu identifikasi korban": a part in the work that
        an order assigns helps no one else, no AID event."""
        if match.end != match.last or not activity_at(tokens, match.end):
            return False
        if not _demanded(match, triggers, tokens):
            return False
        return any(self._order(span) for event, span in zip(self.events, self.triggers, strict=True)
                   if event.type == "REQUEST" and event.evidence[0].start == sentence)

    def _named_sides(self, match: TriggerMatch, source: ActorRef | None, given: ActorRef | None
                     ) -> tuple[ActorRef | None, ActorRef | None]:
        """The sides with anaphoric roles ("pelaku") named; an organisation after an investigation
        ("penyelidikan Komnas HAM") is the one investigating."""
        source = sender_before(self.events, named_before(self.events, source))
        target = _someone(named_before(self.events, given))
        if source is None and self._investigator(match, target):
            return target, None
        return source, target

    def _fill_target(self, match: TriggerMatch, tokens: list[Token], target: ActorRef | None
                     ) -> ActorRef | None:
        """The doer of an act named as the object ("mengecam penangkapan itu") or of the offer an
        answer accepts ("menerima tawaran tersebut") is the target."""
        since = self._since(ACT_REACH)
        case = _case_of(match, tokens)
        if case is not None:
            # "mengusut tuntas kasus penyerangan terhadap Novel": the inquiry is into whoever
            # attacked, not into the one attacked
            return act_target(self.events, tokens, case, self.lang, since)
        if match.row.voice in ("active", "recip") and (target is None or _act_after(match, tokens)):
            target = act_target(self.events, tokens, match.end, self.lang, since) or target
        if target is None and match.row.voice == "active" and match.end - match.first > 1 and (
                match.row.type in _ANSWERS):
            target = act_target(self.events, tokens, match.end - 1, self.lang, since)
        if target is None and match.row.voice == "active" and _decision_again(match, tokens):
            # "Belarus mengecam keputusan tersebut": the one whose decision was told just before
            target = self._last_actor(since, tokens[match.first].start)
        if target is None and match.row.voice == "active" and match.row.type in _ACTS_ON_PROPERTY:
            target = self._owner_by_clitic(tokens, match.end)
        if target is None and match.row.voice == "passive":
            # "Tawaran itu disambut baik oleh BNPB": the act the passive is said of, named just before it
            for i in range(match.first - 1, max(-1, match.first - 1 - _ACT_BEFORE), -1):
                target = act_target(self.events, tokens, i, self.lang, since)
                if target is not None:
                    break
        return target

    def _filtered(self, match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
                  target: ActorRef | None) -> bool:
        """Is this no event: nobody to code, a statement, a report of a match, or one coded already?"""
        if source is None and target is None:
            return True  # nobody to code: "pertemuan itu berlangsung dua jam"
        if match.row.type == "CONSULT" and (self._outlet(source) or self._outlet(target)):
            return True  # "kata Risma saat ditemui Kompas.com": the reporter's interview, no meeting
        if statement(match, tokens, source, target) or accident_inquiry(match, tokens, target) or remains(
                match, tokens) or regretted_mishap(match, tokens, target) or described_by_stance(
                match, tokens) or job_title(match, tokens) or aim_of_no_one(match, tokens, target) or hoped(
                match, tokens) or tour_of_no_one(match, tokens, target) or violated(match, tokens) or denied(
                match, tokens) or agreed_opinion(match, tokens) or hosted_match(
                match, tokens, self.sports) or (self.sports and played(match.row.type)):
            return True  # in a match report "menyerang" and "ditangkap kiper" are football
        # one event per (trigger, source, target): two words for one act are two events ("menyerang …,
        # pelaku sempat melempar bom"); a sending and the help it is for are one (see _purpose)
        return self._coded_already(match.row.type, source, target, tokens[match.first].start)

    def _coded_already(self, kind: str, source: ActorRef | None, target: ActorRef | None, at: int) -> bool:
        """Has the trigger at character ``at`` already given this event (two phrases, one actor)?"""
        return any(event.type == kind and event.source == (source or ActorRef()) and event.target == target
                   and trigger[0] == at for event, trigger in zip(self.events, self.triggers, strict=True))

    def _fill_source(self, match: TriggerMatch, actors: SentenceActors, target: ActorRef | None,
                     sentence: int) -> ActorRef | None:
        """The agent a passive or an act noun leaves out, from the sentence or the article."""
        row = match.row
        if row.voice not in ("passive", "patient", "noun"):
            return None
        if row.type == "REQUEST" and row.voice == "passive":
            # "Warga diimbau menjauhi lereng, kata Kepala BPBD X": an appeal reported with no agent
            # is the appeal of the one reporting it
            reporter = self._reporter_at(actors.tokens[match.first].start)
            if reporter is not None:
                return reporter
        # "membebaskan tiga nelayan yang ditahan sejak Januari": held by who frees them
        source = (releaser(self.events, target, sentence) if row.mode == "arrest" else None) or \
            earlier_source(self.events, row.type, row.mode)
        if source is None and row.voice == "passive":
            source = self._institution_at(actors, match) or (
                None if row.type in _SUFFERED else self._announcer(actors, match))
        if source is None and row.mode == "arrest" and self.lang == "id":
            # "Seorang tersangka ditahan": by the body that pursues the case, else the police
            source = legal_body(self.events, self.resolver.index.by_id) or self.resolver.article_police()
        if source is None and row.mode == "investigate" and row.voice == "passive" and self.lang == "id":
            # "… menahan X seusai diperiksa sebagai tersangka": questioned by the body pursuing the case
            source = legal_body(self.events, self.resolver.index.by_id)
        return source

    def _last_actor(self, since: int, before: int) -> ActorRef | None:
        """The source of the latest event told from character ``since`` up to ``before``, a sentence
        before the one being coded."""
        for event in reversed(self.events):
            start = event.evidence[0].start
            if start < since:
                return None
            if start < before and event.source != ActorRef() and start < self._since(0):
                return event.source
        return None

    def _owner_by_clitic(self, tokens: list[Token], end: int) -> ActorRef | None:
        """"Polisi menggeledah rumahnya": the person whose home, office or car is searched, seized or
        attacked, named before and pointed to by "-nya"."""
        for token in tokens[end:end + _CLITIC_REACH]:
            if token.low.endswith("nya") and token.low[:-3] in _PROPERTY:
                return self.resolver.person_at(token.start)
        return None

    def _place_of(self, match: TriggerMatch, tokens: list[Token]) -> Location | None:
        """Where the event happens: the place after "di"; a visit with none happens where it goes
        ("bertolak ke Kanada", docs/annotation.md: a visit to Jakarta is located in Jakarta)."""
        place = location_of(self.text, tokens, self.resolver.index, match.first)
        if place is not None or match.row.mode != "visit" or match.end >= len(tokens) - 1:
            return place
        if tokens[match.end].low not in _TOWARDS:
            return None
        where = tokens[match.end + 1]
        mention = next((m for m in self.resolver.index.within(where.start, where.end)
                        if m.start == where.start and m.entity.type == "LOC"), None)
        if mention is None:
            return None
        return Location(entity=mention.entity.id, name=self.text[mention.start:mention.end])

    def _abroad(self, tokens: list[Token]) -> ActorRef | None:
        """A country other than Indonesia the sentence sends to or acts in ("ke Turki", "di Turki")."""
        for before, token in pairwise(tokens):
            if before.low not in ("ke", "di"):
                continue
            for mention in self.resolver.index.within(token.start, token.end):
                country = mention.entity.gazetteer_id or ""
                foreign = country.startswith("country:") and country != _HOME_COUNTRY
                if mention.start == token.start and foreign:
                    return ActorRef(entity=mention.entity.id, name=mention.entity.name)
        return None

    def _reporter_at(self, at: int) -> ActorRef | None:
        """The side of the speaker of the quote (direct or reported) holding character ``at``."""
        for quote in self.resolver.quotes:
            if quote.start <= at < quote.end and quote.speaker is not None:
                return self.resolver.own_side(quote.speaker)
        return None

    def _retyped(self, match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
                 target: ActorRef | None, helping: bool = False
                 ) -> tuple[str, str | None, ActorRef | None, ActorRef | None] | None:
        """Type, mode and sides once complaints and deployments are told apart; None for an
        agency's own search ("Basarnas mengerahkan 30 kapal"), which is no event. A foreign state
        deploying its forces to help ("Singapura mengerahkan kapal perang untuk membantu pencarian")
        gives help to another country: AID, not MOBILIZE (``docs/annotation.md``)."""
        kind, mode = self._complaint(match, tokens, source)
        held = {t.low for t in tokens[match.end:match.end + _CAPTIVE_REACH]} | set(label(target).split())
        if kind == "COERCE" and mode == "arrest" and held & _CAPTIVES:
            kind, mode = "ASSAULT", "abduct"  # "Hamas menahan dua tentara Israel": captives, not arrests
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
        source, target = self._government_of(source), self._government_of(target)
        source, target = self._spelled_out(source), self._spelled_out(target)
        source = self.resolver.represented(source)
        self.events.append(Event(
            id=f"{self.article_id}-v{len(self.events) + 1}",
            type=kind,
            mode=mode,
            source=source or ActorRef(),
            target=target,
            date=date_of(self.text, self.timexes, evidence.start, evidence.end, at),
            location=self._place_of(match, tokens),
            negated=_negated(match, tokens),
            modality=_modality(match, triggers, tokens),
            evidence=[evidence],
        ))
        self.triggers.append((at, tokens[match.end - 1].end))

def teaser_spans(text: str) -> list[tuple[int, int]]:
    """Headlines of other stories listed after "Baca juga:" ("21 Taruna Diperiksa Terkait …"): links,
    not the article's report, so no events. The list runs over the following unpunctuated lines."""
    spans: list[tuple[int, int]] = []
    for marker in _TEASER_MARKER.finditer(text):
        end = marker.end()
        for line in _LINE.finditer(text, marker.end()):
            body = line.group().strip()
            if body and body[-1] in _SENTENCE_ENDS:
                break
            end = line.end()
        spans.append((marker.start(), end))
    return spans


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
