"""Sides a sentence leaves out, filled in from the sentence or the article: the doer of an act
named as the object, the owner of a home searched, the agent of a passive or an act noun, the
sides of help demanded or ordered, the one helped when nobody is named.
"""

from __future__ import annotations

from warta.article import event_actors_named as named_roles
from warta.article.event_actor_kinds import ActorKinds
from warta.article.event_actor_words import activity_at
from warta.article.event_actors import SentenceActors
from warta.article.event_context import (
    act_target,
    earlier_source,
    legal_body,
    releaser,
    same,
)
from warta.article.event_discourse import CASE_MODES, UNKNOWN_AGENTS, last_agent
from warta.article.event_lexicon import Token, TriggerMatch
from warta.article.event_reporters import Reporters
from warta.article.event_resolver import pursues_cases
from warta.article.event_trigger_links import (
    act_after,
    case_of,
    decision_again,
    demanded,
)
from warta.models import ActorRef

# Acts the one who announces them did not do: "Kombes X mengatakan, Kapolres dan ajudannya
# dianiaya saat …" (an organisation announces its own arrests and verdicts, not attacks on it).
_SUFFERED = frozenset({"ASSAULT", "PROTEST", "THREATEN"})
ANSWERS = frozenset({"AGREE", "REJECT", "CONCEDE"})  # acts that answer an offer or a demand
# Orders and instructions: the one who gives them is not the one the ordered help is for.
_ORDERS = ("memerintah", "menginstruksi", "menugaskan", "diperintah", "diinstruksi", "ditugaskan", "ordered")
ACT_REACH = 2  # sentences back in which an act named as an object ("menolak larangan itu") was told
_ACT_BEFORE = 3  # words before a passive in which the act it is said of is named ("tawaran itu")
_CLITIC_REACH = 2  # words after a trigger in which "rumahnya" names whose home is acted on
# Homes and belongings whose owner an act on them is aimed at ("menggeledah rumahnya").
_PROPERTY = frozenset({"rumah", "kediaman", "kantor", "mobil", "kendaraan", "toko", "kamar", "apartemen",
                       "ponsel", "tas", "rekening"})
# Searches and confiscations, a case's steps like arrests (not a territory "diduduki" by an army).
_SEARCHED = frozenset({"digeledah", "disita", "disegel", "digerebek"})
_ACTS_ON_PROPERTY = frozenset({"COERCE", "ASSAULT", "ACCUSE"})
# Answers to a petition or a suit ("menolak permohonan sengketa …", "mengabulkan gugatan"): aimed at
# its filer, whom the article names elsewhere when the sentence does not.
_PETITION_WORDS = frozenset({"permohonan", "permohonannya", "gugatan", "gugatannya", "sengketa"})
_PETITION_ANSWERS = frozenset({"REJECT", "AGREE"})
_PETITION_REACH = 3  # words after an answer in which the petition answered is named
# Charges with no agent ("Andi didakwa menerima suap", "dijerat pasal 3"): the prosecution's acts.
_CHARGED = frozenset({"didakwa", "didakwakan", "dituntut", "dijerat"})


class GapFiller(ActorKinds, Reporters):
    """Sources and targets filled in from context."""

    def _helped_before(self, source: ActorRef | None) -> ActorRef | None:
        """"Jepang juga mengirim dua kapal" after "Singapura mengirim pesawat untuk membantu Basarnas":
        help with no one named for it goes to the one the article's latest help went to."""
        for event in reversed(self.events):
            if event.type == "AID" and event.target is not None and not same(event.target, source):
                return event.target
        return None

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

    def _one_asked(self, sentence: int, undergoer: ActorRef | None = None) -> ActorRef | None:
        """Who the sentence's latest request or order addresses: the one to do what it asks for, when
        the demanded act names no agent of its own (an act noun: "penyaluran bantuan"). When the one
        addressed undergoes the demanded act (``undergoer``, the patient of a passive: "Hakim
        memerintahkan Budi ditahan"), the one who orders it is its doer."""
        for event in reversed(self.events):
            if event.evidence[0].start != sentence:
                return None
            if event.type == "REQUEST" and undergoer is not None and same(event.target, undergoer):
                return event.source if event.source != ActorRef() else None
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
        if not demanded(match, triggers, tokens):
            return False
        return any(self._order(span) for event, span in zip(self.events, self.triggers, strict=True)
                   if event.type == "REQUEST" and event.evidence[0].start == sentence)

    def _fill_target(self, match: TriggerMatch, tokens: list[Token], target: ActorRef | None
                     ) -> ActorRef | None:
        """The doer of an act named as the object ("mengecam penangkapan itu") or of the offer an
        answer accepts ("menerima tawaran tersebut") is the target."""
        since = self._since(ACT_REACH)
        case = case_of(match, tokens)
        if case is not None:
            # "mengusut tuntas kasus penyerangan terhadap Novel": the inquiry is into whoever
            # attacked, not into the one attacked
            return act_target(self.events, tokens, case, self.lang, since)
        if match.row.voice in ("active", "recip") and (target is None or act_after(match, tokens)):
            target = act_target(self.events, tokens, match.end, self.lang, since) or target
        if target is None and match.row.voice == "active" and match.end - match.first > 1 and (
                match.row.type in ANSWERS):
            target = act_target(self.events, tokens, match.end - 1, self.lang, since)
        if target is None and match.row.voice == "active" and decision_again(match, tokens):
            # "Belarus mengecam keputusan tersebut": the one whose decision was told just before
            target = self._last_actor(since, tokens[match.first].start)
        if target is None and match.row.voice == "active" and match.row.type in _ACTS_ON_PROPERTY:
            target = self._owner_by_clitic(tokens, match.end)
        if target is None and match.row.type in _PETITION_ANSWERS and self._petition_answered(match, tokens):
            target = named_roles.filer(self.text, self.resolver.index)
        if target is None and match.row.voice == "passive":
            # "Tawaran itu disambut baik oleh BNPB": the act the passive is said of, named just before it
            for i in range(match.first - 1, max(-1, match.first - 1 - _ACT_BEFORE), -1):
                target = act_target(self.events, tokens, i, self.lang, since)
                if target is not None:
                    break
        return target

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
        if source is None and row.voice == "passive" and actors.tokens[match.first].low in _CHARGED:
            source = self.prosecutor()
        searched = row.voice == "passive" and actors.tokens[match.first].low in _SEARCHED
        if source is None and (row.mode == "arrest" or searched) and self.lang == "id":
            # "Seorang tersangka ditahan": by the body that pursues the case, else the police
            source = legal_body(self.events, self.resolver.index.by_id) or self.resolver.article_police()
        if source is None and row.mode == "investigate" and row.voice == "passive" and self.lang == "id":
            # "… menahan X seusai diperiksa sebagai tersangka": questioned by the body pursuing the case
            source = legal_body(self.events, self.resolver.index.by_id)
        if source is None and self.lang == "id" and row.type not in UNKNOWN_AGENTS:
            # "Pipa itu sudah diamankan, dan warga diminta menjauh": nobody in the sentence acts,
            # so the discourse's agent does, whoever the article last told acting; a case's step
            # only a body that pursues cases (not the ministry that froze a licence)
            fits = pursues_cases if row.mode in CASE_MODES else (lambda actor: True)
            source = last_agent(self.events, sentence, target, fits)
        return None if self._own_side(source, target) else source

    def _own_side(self, source: ActorRef | None, target: ActorRef | None) -> bool:
        """'"… justru kami yang diusir," kata Ketua Serikat Nelayan X': a passive's subject is the
        one acted upon, so the speaker (or the body he serves) is never also its agent."""
        if source is None or target is None or source.entity == target.entity:
            return False  # one actor on both sides is split later, by who the sentence names
        person = self.resolver.index.by_id.get(source.entity or "")
        return person is not None and person.type == "PERSON" and target.entity is not None and any(
            relation.type == "role-in" and relation.target == target.entity for relation in person.relations)

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

    def court_quoted(self, match: TriggerMatch, tokens: list[Token]) -> ActorRef | None:
        """"Menyatakan terdakwa terbukti …," ujar Ketua Majelis Hakim X: a verdict read out by a judge
        with no subject of its own is the court's, the one the article names."""
        pos = tokens[match.first].start
        for quote in self.resolver.quotes:
            if quote.start <= pos < quote.end:
                entity = self.resolver.index.by_id.get(quote.speaker.entity or "")
                if named_roles.judge_speaking(quote.speaker, entity):
                    return named_roles.article_court(self.resolver.entities, self.resolver.article_id)
        return None

    @staticmethod
    def _petition_answered(match: TriggerMatch, tokens: list[Token]) -> bool:
        """"menolak permohonan sengketa …", "permohonan pemohon tidak dapat diterima": the answer's
        object (after an active verb, before a passive one) is a petition or a suit."""
        if match.row.voice == "passive":
            near = tokens[max(0, match.first - _PETITION_REACH):match.first]
        else:
            near = tokens[match.end:match.end + _PETITION_REACH]
        return any(token.low in _PETITION_WORDS for token in near)

    def prosecutor(self) -> ActorRef | None:
        """"Atut didakwa menerima suap": charged by the body that pursued the case, else by the
        prosecution the article names."""
        return legal_body(self.events, self.resolver.index.by_id) or named_roles.prosecution(
            self.text, self.resolver.entities, self.resolver.article_id)

    def agent_in_trigger(self, match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
                         target: ActorRef | None) -> tuple[ActorRef | None, ActorRef | None]:
        """"Vonis … lebih ringan dari tuntutan jaksa penuntut umum": a trigger that names its agent (the
        prosecutors) is the prosecution's act, against the one judged: the target of the latest verdict
        or charge (``docs/annotation.md``, sides named elsewhere)."""
        if match.row.voice != "noun" or not named_roles.names_prosecutors(
                [t.low for t in tokens[match.first + 1:match.end]]):
            return source, target
        judged = next((e.target for e in reversed(self.events) if e.target is not None and (
            (e.type == "ACCUSE" and e.mode == "disapprove") or e.type == "COERCE")), None)
        return source or self.prosecutor(), target or judged
