"""The actors of a trigger's source and target phrases: coordinated phrases one each, a plural
anaphor ("negara-negara tersebut", "keduanya", "mereka") for the group it points back to,
a pronoun opening reported speech for its speaker, anaphoric roles ("pelaku") for the side
told before; paired into (source, target).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.event_actor_binding import PERSON_PRONOUNS, PRONOUN_KINDS, other_antecedent
from warta.article.event_actor_kinds import ActorKinds
from warta.article.event_actors import SentenceActors, Slots
from warta.article.event_actors_named import accused
from warta.article.event_context import (
    both_before,
    group_in_sentence,
    named_before,
    same,
    sender_before,
)
from warta.article.event_groups import GROUP_REACH
from warta.article.event_lexicon import TriggerMatch, tokenize
from warta.article.event_phrases import Phrase, find_phrases
from warta.article.event_places import PlaceReading
from warta.article.event_reporters import Reporters
from warta.models import ActorRef

_OPENING_WORDS = 2  # words before a sentence's subject ("Namun mereka", "Kemudian, mereka")
_BARE_ROLES = frozenset({"tersangka", "terdakwa", "baru", "lain", "lainnya", "suspect", "suspects"})
# Voices whose sides act together: a group as the only side meets, talks or agrees among itself.
_MUTUAL = frozenset({"recip", "pair", "noun"})
# Words between "sebagai" and the role it gives ("mundur sebagai bakal cawagub", "sebagai calon ketua").
_ROLE_GLUE = frozenset({"bakal", "calon", "salah", "satu", "seorang"})
# "keduanya", "kedua menteri", "kedua belah pihak": the two sides told just before
_BOTH = re.compile(
    r"keduanya$|kedua (?:menteri|pemimpin|kepala negara|presiden|delegasi|negara|pihak|belah pihak)$")


# First words of the names of laws, bills and regulations: documents, never actors.
_LAW_WORDS = [[w] for w in ("ruu", "uu", "undang-undang", "perppu", "perpu", "pasal", "perpres", "permen",
                            "perda", "keppres", "inpres", "pp", "rancangan", "kuhp", "kuhap")]


# First words of a description of several people ("sekelompok pegawai", "para pejabat").
_GROUP_MARKERS = frozenset({"sekelompok", "sejumlah", "para", "beberapa", "ratusan", "ribuan", "puluhan",
                            "belasan", "kelompok", "segelintir"})


def _someone(actor: ActorRef | None) -> ActorRef | None:
    """A bare unnamed role ("tersangka baru") says what someone became, not who: no target; nor is
    a law or a bill, whatever the entity layer took it for ("uji materi RUU MD3")."""
    if actor is None:
        return actor
    if (actor.name or "").lower().split()[:1] in _LAW_WORDS:
        return None
    if actor.entity is not None or not actor.description:
        return actor
    words = set(actor.description.lower().split())
    return None if words <= _BARE_ROLES else actor


def _verdict(match: TriggerMatch) -> bool:
    """A court finding someone guilty, told actively or by its noun ("membacakan vonis", "vonis")."""
    return match.row.type == "ACCUSE" and match.row.mode == "disapprove" and match.row.voice in (
        "active", "noun")


def side_pairs(sources: list[ActorRef | None], targets: list[ActorRef | None]
           ) -> list[tuple[ActorRef | None, ActorRef | None]]:
    pairs: list[tuple[ActorRef | None, ActorRef | None]] = []
    for source in sources or [None]:
        for target in targets or [None]:
            if same(source, target):
                target = None  # "kedua negara sepakat" or a pronoun back to the subject
            if (source, target) not in pairs:
                pairs.append((source, target))
    return pairs


class SideFinder(ActorKinds, PlaceReading, Reporters):
    """Sources and targets of a trigger from its phrases and the article so far."""

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
                plural = self._previous_subject_group() or self._body_over_body(phrase)
            if plural is None and words.lower() == "mereka":
                plural = self._counted_group_before(phrase, sentence)
            actors.extend([reporter] if reporter else group if group else [
                plural or self._role_holder(phrase, sentence) or self.resolver.actor(phrase)])
        return actors

    def _role_holder(self, phrase: Phrase, sentence: SentenceActors) -> ActorRef | None:
        """"Anas mundur sebagai bakal cawagub Jatim yang diusung PDIP": a role given by "sebagai" is
        the role of the person named just before it, who is the actor meant (round 13, unseen text)."""
        if phrase.kind != "descriptor":
            return None
        k = phrase.first - 1
        while k >= 0 and sentence.tokens[k].low in _ROLE_GLUE:
            k -= 1
        if k < 0 or sentence.tokens[k].low != "sebagai":
            return None
        before = [p for p in sentence.phrases if p.stop <= sentence.tokens[k].start and p.kind == "mention"]
        if not before:
            return None
        self.resolver.resolve_all(before[-1:])
        holder = self.resolver.actor(before[-1])
        person = self.resolver.index.by_id.get(holder.entity or "") if holder is not None else None
        return holder if person is not None and person.type == "PERSON" else None

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

    def _group_in_sentence(self, before: int) -> ActorRef | None:
        return group_in_sentence(self.events, self.lowered, self._since(0), self._since(1), before)

    def _counted_group_before(self, pronoun: Phrase, sentence: SentenceActors) -> ActorRef | None:
        """"Jika ada sekelompok pegawai terlibat, Inspektorat bisa menindak mereka": "mereka" is the
        latest group counted or marked plural earlier in the same sentence, though no act named it."""
        for phrase in reversed([p for p in sentence.phrases if p.stop <= pronoun.start]):
            if phrase.kind != "descriptor" or sentence.tokens[phrase.first].low not in _GROUP_MARKERS:
                continue
            self.resolver.resolve_all([phrase])
            actor = self.resolver.actor(phrase)
            if actor is not None and actor.entity is None and actor.description:
                return actor
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

    def _body_over_body(self, pronoun: Phrase) -> ActorRef | None:
        """"Persija mengirimkan surat protes kepada PSSI dan PT LIB. Mereka melayangkan protes …":
        where "mereka" opening a sentence would go to a body named in the sentence before, it goes on
        with the body that acted first there (its subject), not the one named last."""
        if not self.sentence_number:
            return None
        start = self.sentences[self.sentence_number - 1][0]
        first = next((e for e in self.events if e.evidence[0].start == start), None)
        self.resolver.resolve_all([pronoun])
        taken = self.resolver.actor(pronoun)
        if first is None or taken is None or same(taken, first.source):
            return None
        bodies = [self._entity(actor) for actor in (first.source, taken)]
        named_there = taken.name is not None and self.text.find(
            taken.name, start, self.sentences[self.sentence_number][0]) >= 0
        bodies_both = all(b is not None and b.type == "ORG" for b in bodies)
        return first.source if named_there and bodies_both else None

    def _sides(self, match: TriggerMatch, slots: Slots, sentence: SentenceActors
               ) -> tuple[list[ActorRef | None], list[ActorRef | None]]:
        slots = Slots(self._described(slots.sources, sentence), self._described(slots.targets, sentence))
        sources = self._actors(slots.sources, sentence)
        helped = [p for p in slots.targets if not self._destination(match, p, sentence)]
        targets = self._actors(helped, sentence)
        if len(slots.sources) == 1 and len(sources) > 1 and not targets and match.row.voice in _MUTUAL:
            sources, targets = sources[:1], sources[1:]  # "pertemuan tiga negara": the first meets the rest
        sources, targets = self._unbound(slots, sources, targets)
        if not targets and _verdict(match):
            # "Setelah Hakim Ketua membacakan vonis, X beranjak …": a verdict read with no one named
            # falls on the one the article names as the accused
            targets = [accused(self.text, self.resolver.index)]
        self.groups.remember(sources, self.sentence_number)
        return sources, targets

    def _described(self, phrases: Sequence[Phrase], sentence: SentenceActors) -> tuple[Phrase, ...]:
        """"Pelatih asal Brasil itu meminta …": a place after "asal" is where the one described comes
        from, so the description stands for the side, a role word or a plain noun ("Penyanyi asal
        Bogor ini diperiksa"); a person named there stays ("Pelatih asal Belanda Frank de Boer")."""
        if len(phrases) != 1:
            return tuple(phrases)
        described = sentence.origin_described(phrases[0]) or sentence.origin_of_plain_noun(phrases[0])
        if described is None:
            return tuple(phrases)
        named = sentence.named_after(phrases[0])
        if named is not None and not self._names_place(named):
            return tuple(phrases)  # "petani tebu asal Kudus, Agus": the one described is named
        if not self._names_place(phrases[0]):
            return tuple(phrases)
        self.resolver.resolve_all([described])
        return (described,)

    def _names_place(self, phrase: Phrase) -> bool:
        """Does the phrase name a place (an entity, no person)? Read off the entity mentions, not the
        resolver, whose answers depend on the order phrases are resolved in."""
        types = {m.entity.type for m in self.resolver.index.within(phrase.start, phrase.stop)}
        return bool(types) and "PERSON" not in types

    def _unbound(self, slots: Slots, sources: list[ActorRef | None], targets: list[ActorRef | None]
                 ) -> tuple[list[ActorRef | None], list[ActorRef | None]]:
        """One pronoun side and one named side of an act that resolve to the same entity: the
        pronoun is someone else (``event_actor_binding``), not the act done to oneself."""
        if len(slots.sources) != 1 or len(slots.targets) != 1 or len(sources) != 1 or len(targets) != 1:
            return sources, targets
        source, target = sources[0], targets[0]
        if source is None or target is None or not same(source, target):
            return sources, targets
        (said,), (done_to,) = slots.sources, slots.targets
        if said.kind in PRONOUN_KINDS and done_to.kind not in PRONOUN_KINDS:
            return [self._rebound(said, source) or source], targets
        if done_to.kind in PRONOUN_KINDS and said.kind not in PRONOUN_KINDS:
            return sources, [self._rebound(done_to, target) or target]
        return sources, targets

    def _rebound(self, pronoun: Phrase, taken: ActorRef) -> ActorRef | None:
        """Who a pronoun stands for when it cannot be ``taken``: its own antecedent where reading it
        as the speaker of reported speech gave ``taken``, else the latest other entity of ``taken``'s
        type, or the latest person named when ``taken`` is an unnamed role ("Menlu Israel …
        mengatakan …, dan menganjurkan agar ia …": not the minister himself)."""
        own = self.resolver.actor(pronoun)
        if own is not None and own.entity is not None and not same(own, taken):
            return own
        person = self.text[pronoun.start:pronoun.stop].lower() in PERSON_PRONOUNS
        return other_antecedent(self.resolver.index, pronoun.start, taken, person)

    def _named_sides(self, match: TriggerMatch, source: ActorRef | None, given: ActorRef | None
                     ) -> tuple[ActorRef | None, ActorRef | None]:
        """The sides with anaphoric roles ("pelaku") named; an organisation after an investigation
        ("penyelidikan Komnas HAM") is the one investigating."""
        source = sender_before(self.events, named_before(self.events, source))
        target = _someone(named_before(self.events, given))
        if source is None and self._investigator(match, target):
            return target, None
        return source, target
