"""Who reports or announces an act, standing in for a side the sentence leaves out: the speaker
of the quote that holds it, the subject of the speech verb before "bahwa", the speaker a
reported clause's pronoun stands for, the institution where an agentless legal act happens.
"""

from __future__ import annotations

from warta.article.event_actors import SentenceActors
from warta.article.event_coder_state import CoderState
from warta.article.event_lexicon import TriggerMatch
from warta.article.event_phrases import Phrase
from warta.article.event_trigger_links import (
    CLAUSE_ENDS,
)
from warta.models import ActorRef

STATEMENT_REACH = 400  # characters back to the statement an answer names ("Pernyataan itu ditolak")


class Reporters(CoderState):
    """The speakers and institutions that stand for an unnamed side."""

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

    def _institution_at(self, actors: SentenceActors, match: TriggerMatch) -> ActorRef | None:
        """"Rohadi terjerat tiga kasus di KPK", "diperiksa di Polda": the organisation where an
        agentless legal act happens is its agent."""
        for i in range(match.end, len(actors.tokens) - 1):
            if actors.tokens[i].low in CLAUSE_ENDS:
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

    def _reporter_at(self, at: int) -> ActorRef | None:
        """The side of the speaker of the quote (direct or reported) holding character ``at``."""
        for quote in self.resolver.quotes:
            if quote.start <= at < quote.end and quote.speaker is not None:
                return self.resolver.own_side(quote.speaker)
        return None

    def _stated_before(self, at: int) -> ActorRef | None:
        """The side of the speaker of the latest quote ending before character ``at`` and close to
        it: whoever made the statement an answer names ("Pernyataan itu ditolak Kemlu")."""
        said = [q for q in self.resolver.quotes
                if q.end <= at and at - q.end <= STATEMENT_REACH and q.speaker is not None]
        if not said:
            return None
        latest = max(said, key=lambda quote: quote.end)
        return self.resolver.own_side(latest.speaker)
