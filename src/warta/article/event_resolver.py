"""Who the actor phrases of the event coder denote, in article order.

:class:`ActorResolver` turns the phrases :mod:`warta.article.event_phrases` finds into actors
through :class:`warta.article.actors.ActorTracker` (pronouns, anaphors, repeated anonymous
actors), adding what events need beyond quotes: "pihaknya" and "kami" as the speaker's
organisation, "timpalannya dari Rusia" as the counterpart the article ties to Russia,
"pemerintah Spanyol" as Spain, and "dia" as a person, never an unnamed court.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from warta.article import event_actors_named as named_roles
from warta.article.actors import DETERMINERS, ActorTracker, actor_in, words_of
from warta.article.event_actor_epithets import (
    body_named,
    epithet_at,
    kind_again,
    latest_of_kind,
    title_in_full,
)
from warta.article.event_lexicon import word_set
from warta.article.event_pair_names import unless_pair_only
from warta.article.event_phrases import DETERMINERS as QUANTIFIERS
from warta.article.event_phrases import Phrase, head_start
from warta.models import ActorRef, Entity, Mention, Quote

# Heads that stand for the state or armed forces of the country or body named after them.
_STATE_HEADS = word_set("""
pemerintah pemerintahan militer tentara pasukan rezim otoritas aparat personel prajurit penyelam tim armada
government military forces troops authorities
""")
# Words between a team's head and its country: "personel gabungan TNI", "tim SAR Malaysia" is Malaysia's.
_FORCE_MODIFIERS = frozenset({"gabungan", "khusus", "elite", "bersenjata", "keamanan", "cadangan", "darat",
                              "laut", "udara", "sar", "penyelamat", "penyelam", "medis", "evakuasi",
                              "forensik", "dvi", "relawan", "bantuan", "kemanusiaan"})
# Officers of a court or a prosecution: "majelis hakim Pengadilan Negeri X", "jaksa KPK" act for that body.
_LEGAL_OFFICERS = frozenset({"hakim", "majelis", "jaksa", "penyidik", "penuntut"})
_LEGAL_MODIFIERS = frozenset({"hakim", "penuntut", "umum", "ketua", "anggota"})
# What may follow a company's name in an apposition: its legal form ("(Persero) Tbk").
_LEGAL_FORM = re.compile(r"\s*(\(\s*[^()]{1,20}\s*\))?\s*(Tbk\.?)?\s*")
_BODIES = frozenset({"pengadilan", "pemerintah", "kementerian", "badan", "lembaga", "komisi", "dewan",
                     "parlemen", "kepolisian", "kejaksaan", "partai", "perusahaan", "majelis", "mahkamah",
                     "panitia", "organisasi", "pemerintahan", "kabinet", "rezim", "otoritas", "masyarakat",
                     "warga", "rakyat", "massa", "publik", "penduduk"})
# Ranks a role may end with ("Panglima TNI Jenderal", "Kapolri Jenderal Pol").
_RANK_WORDS = frozenset({"jenderal", "jendral", "laksamana", "marsekal", "madya", "muda", "pertama", "letjen",
                         "mayjen", "brigjen", "irjen", "komjen", "kombes", "akbp", "akp", "kompol", "kolonel",
                         "letkol", "mayor", "kapten", "marsdya", "marsma", "laksda", "laksma"})
_RANKED_CORPS = frozenset({"tni", "pol", "polisi"})
_COUNTRY_NOUNS = frozenset({"negara", "negeri"})
COUNTRY_REACH = 300  # characters before "negara tersebut" in which the country it stands for is named
# Characters between an organisation and the name of someone whose title it ends: a legal form or a
# rank ("Polda Jatim Ajun Komisaris Besar Polisi Yudhistira").
_TITLE_GAP = 25
# A police chief's title names the force he heads: "Kapolda Bengkulu Brigjen Pol Coki Manurung" speaks
# for Polda Bengkulu. The place runs over capitalised words up to the rank.
_CHIEF_OF_FORCE = re.compile(
    r"\bKa(pol(?:da|res|resta|restabes|sek))\s+((?:(?!(?:Brigjen|Irjen|Kombes|AKBP|AKP|Kompol|Komjen|Jenderal|"
    r"Pol|Polisi|Ajun|Komisaris|Inspektur|Iptu|Ipda)\b)[A-Z][\w-]*\s+){1,3})[^.,;]*$"
)
_UNIT_OPENERS = re.compile(
    r"(?:Sub-?\s?)?(?:Direktorat|Subdit|Satuan|Satreskrim|Unit|Bidang|Ditreskrim\w*)\b")
_FORCE_AT_END = re.compile(r"\b(Pol(?:da|res|resta|restabes|sek)(?:\s+[A-Z][\w-]*){1,3})\s*$")
# A minister speaks for the ministry of his portfolio: "Menteri Perhubungan Ignasius Jonan" → Kementerian
# Perhubungan (not "Menteri Luar Negeri Malaysia": a portfolio is one to three words before the name).
_MINISTER_OF = re.compile(r"\bMenteri\s+((?:(?!Koordinator\b)[A-Z][\w-]*\s+){1,3})$")
# "Jaksa Agung M Prasetyo" heads the prosecution ("Jaksa Agung Muda …" is one of its deputies).
_ATTORNEY_GENERAL = re.compile(r"\bJaksa Agung\s+(?!Muda\b)(?:[A-Z][\w.]*\s+){0,3}$")
_NATIONAL_CHIEF = re.compile(r"\bKapolri\s+(?:[A-Z][\w.]*\s+){0,3}$")  # "Kapolri Jenderal Sutarman"
# Those who speak for a body or a state: "kami"/"negaranya" of theirs is that body or state.
_SPOKESPERSON_OF = re.compile(
    r"(?:juru bicara|jubir|kabid humas|kepala bidang humas|humas|duta besar|dubes|menteri luar negeri|menlu)"
    r"\s+(.+)$", re.I)
_LAWYER_OF = re.compile(r"\b(?:[Kk]uasa [Hh]ukum|[Pp]engacara|[Aa]dvokat)\s+")
_APPOSITION = re.compile(r"\s*,\s*([^,.;\"“”]{3,60}?)\s*[,.]")  # ", Kapolsek Tambun," after a name
_CHIEF_REACH = 80  # characters before a person's name in which a chief's title is looked for
# Unnamed mentions of "the police" ("polisi", "pihak kepolisian", "aparat kepolisian"): a news
# article names the force it reports on once ("Kabid Humas Polda Jawa Barat …") and says "polisi"
# after, so the word stands for that force ("petugas polisi" is one officer, not the force).
_POLICE_WORDS = frozenset({"polisi", "kepolisian", "aparat", "pihak", "police"})
# Crime reports name their protagonist once with an age ("Rohati, 63,", "Andi (25)") and call them
# "nenek" or "pria" elsewhere: with one such person in the article, these unnamed heads are that person.
_PROTAGONIST_HEADS = frozenset({"nenek", "kakek", "pria", "wanita", "perempuan", "pemuda", "pemudi", "remaja",
                                "lelaki", "laki-laki", "bocah", "ibu", "bapak"})
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
# Heads of unnamed crowds ("pengungsi", "warga"), and counting words before one ("ribuan warga").
_CROWDS = frozenset({"warga", "pengungsi", "masyarakat", "penduduk", "demonstran", "massa", "pengunjuk",
                     "mahasiswa", "buruh", "nelayan", "petani", "korban", "keluarga", "jemaah", "penumpang"})
# Heads of a group around someone named after them ("pendukung Andi", "keluarga korban Budi").
_FOLLOWER_HEADS = frozenset({"pendukung", "pengikut", "simpatisan", "keluarga", "kerabat", "pendukungnya"})
_COUNTED = frozenset({"ratusan", "ribuan", "puluhan", "sejumlah", "banyak", "beberapa"})
_AGE_AFTER = re.compile(r"\s*(?:,\s*\d{1,3}\s*(?:tahun|thn)?\s*[,.]|\(\s*\d{1,3}\s*(?:tahun|thn)?\s*\))")
_POLICE_NAMES = ("polda", "polres", "polresta", "polrestabes", "polsek", "polri", "kepolisian", "mabes polri",
                 "korps", "direktorat", "densus", "brimob", "bareskrim", "badan reserse kriminal")
# Investigators and prosecutors named by role only ("tim penyidik", "penyelidik", "jaksa penuntut
# umum"): an article on a case names the body pursuing it, and the role stands for that body.
_INVESTIGATOR_WORDS = frozenset({"tim", "para", "penyidik", "penyelidik", "jaksa", "penuntut", "umum", "itu",
                                 "tersebut", "investigators", "prosecutors"})
_INVESTIGATOR_HEADS = frozenset({"penyidik", "penyelidik", "jaksa", "penuntut", "investigators",
                                 "prosecutors"})
# Kinds of body a demonstrative names again ("klub itu", "perusahaan tersebut").
_BODY_KINDS = frozenset({"klub", "partai", "perusahaan", "ormas", "maskapai", "organisasi", "lembaga"})
BODY_AGAIN_REACH = 250  # characters back in which the body named again was named
_PURSUING_NAMES = ("komisi pemberantasan korupsi", "kpk", "kejaksaan", "kejati", "kejari", "badan narkotika",
                   "bnn", *_POLICE_NAMES)
# Own-side words that name a country ("negaranya"): its side is a state, never a body or a person.
_COUNTRY_OF = frozenset({"negaranya"})


def pursues_cases(actor: ActorRef | None) -> bool:
    """Is ``actor`` a body that investigates, arrests and charges (police, KPK, prosecutors, BNN)?"""
    return actor is not None and (actor.name or "").lower().startswith(_PURSUING_NAMES)


def _force_of_unit(unit: ActorRef | None) -> ActorRef | None:
    """"Direktorat II Direktorat Reserse Kriminal Umum Polda Jatim": a police unit speaks for the
    force it belongs to (Polda Jatim), the organisation the guideline wants as the source."""
    if unit is None or not unit.name or not _UNIT_OPENERS.match(unit.name):
        return None
    force = _FORCE_AT_END.search(unit.name)
    return ActorRef(name=force.group(1)) if force is not None else None


class ActorResolver:
    """Turns phrases into actors in article order, through the actors module's tracker."""

    def __init__(self, text: str, entities: Sequence[Entity], article_id: str,
                 sentences: Sequence[Sequence[int]], quotes: Sequence[Quote]) -> None:
        self.text = text
        self.entities = entities
        self.article_id = article_id
        self.quotes = [q for q in quotes if q.speaker != ActorRef()]
        self.tracker = ActorTracker(text, entities, article_id, sentences)
        self.tracker.initials_topics = True
        self.index = self.tracker.index
        self.cache: dict[tuple[int, int], ActorRef | None] = {}
        self._aged: list[Entity] | None = None
        self._starts = [int(sentence[0]) for sentence in sentences]
        self._openers: dict[int, ActorRef] = {}  # sentence number → the person its opening "ia" is

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
            side = self.own_side(self.tracker.pronoun(phrase.start))
            return self._own_country(phrase, side) if self._says_country(phrase) else side
        if phrase.kind == "first-person":
            return self._speaker(phrase)
        if phrase.kind == "clitic":
            return self._clitic_object(phrase)
        state = (self._epithet(phrase) or self._given_name(phrase) or self._role_named(phrase)
                 or self._members_of(phrase) or self._country_again(phrase) or self._state_of(phrase)
                 or self._sent_from(phrase) or self._apposed_person(phrase)
                 or self._named_description(phrase) or self._police_force(phrase)
                 or self._investigators(phrase) or self._body_again(phrase))
        if state is not None:
            return state
        holder = self._sole_title_holder(phrase)
        if holder is not None:
            self.tracker.remember(phrase.start, holder)
            return holder
        head = head_start(self.index, phrase.start, phrase.stop)
        start = self._past_ranks(self._past_counts(head, phrase.stop))
        actor = self._organisation_named(phrase) or self._apposed_body(phrase) or self.tracker.resolve(
            start, phrase.stop)
        if phrase.kind != "mention":
            # "Guru Besar … itu" after "Anies-Sandi": half of a pair's name is no antecedent
            actor = unless_pair_only(self.text, actor, self.index.by_id, self.article_id)
        actor = self._followers(phrase, self._own_head(phrase, actor))
        singular = self.text[phrase.start:phrase.stop].lower() in ("dia", "ia", "beliau")
        no_one = _institution(actor) or _crowd(actor) or self._place(actor)
        if phrase.kind == "pronoun" and singular and no_one:
            actor = self._latest_person(phrase.start, named=not _institution(actor)) or actor
        elif phrase.kind == "pronoun" and singular:
            actor = self._continued_subject(phrase, actor)
        return self._protagonist(actor) or actor

    def _continued_subject(self, phrase: Phrase, actor: ActorRef | None) -> ActorRef | None:
        """"Ia telah berdiskusi dengan Presiden Jokowi … Ia juga menyatakan siap …": an "ia" opening a
        sentence right after one that opened with "ia" is the same person (the subject goes on), not
        the person named last inside the sentence before."""
        number = bisect.bisect_right(self._starts, phrase.start) - 1
        if number < 0 or self.text[self._starts[number]:phrase.start].strip():
            return actor  # not the sentence's first word
        before = self._openers.get(number - 1)
        chosen = before or actor
        if chosen is not None and chosen.entity is not None:
            self._openers[number] = chosen
        return chosen

    def _clitic_object(self, phrase: Phrase) -> ActorRef | None:
        """"Polisi kemudian memeriksanya": the "-nya" on a verb is its object, so not the subject of
        its own sentence ("Polisi") but the person the sentences before it left off with."""
        number = bisect.bisect_right(self._starts, phrase.start) - 1
        opening = self._starts[number] if number >= 0 else 0
        actor = self.tracker.pronoun(opening)
        return self._protagonist(actor) or actor

    def _says_country(self, phrase: Phrase) -> bool:
        return self.text[phrase.start:phrase.stop].lower() in _COUNTRY_OF

    def _own_country(self, phrase: Phrase, side: ActorRef | None) -> ActorRef | None:
        """"kritik Dewan HAM PBB terhadap kebijakan negaranya", after "kekesalan Israel": "negaranya"
        is a country, so where the "-nya" finds a body or no one, it is the latest country named
        before it in its sentence."""
        if _is_country(self.index.by_id.get(side.entity or "") if side is not None else None):
            return side
        number = bisect.bisect_right(self._starts, phrase.start) - 1
        opening = self._starts[number] if number >= 0 else 0
        for mention in reversed(self.index.within(opening, phrase.start)):
            if mention.end <= phrase.start and _is_country(mention.entity):
                return ActorRef(entity=mention.entity.id, name=mention.entity.name)
        return side

    def _own_head(self, phrase: Phrase, actor: ActorRef | None) -> ActorRef | None:
        """"memerintahkan militer menyerang …" after "serangan terhadap pos militer": a bare
        description continues an earlier one only when both have the same head noun, so "militer"
        is not the "pos militer" attacked before."""
        if actor is None or actor.entity is not None or not actor.description:
            return actor
        own = actor_in(self.text, phrase.start, phrase.stop, self.index)
        if own is None or own.entity is not None or not own.description:
            return actor
        if _head_word(own.description) != _head_word(actor.description):
            return own
        return actor

    def _followers(self, phrase: Phrase, actor: ActorRef | None) -> ActorRef | None:
        """"puluhan pendukung Andi berunjuk rasa": the supporters or family of someone named are a
        group of their own, not that person."""
        if actor is None or actor.entity is None or phrase.kind != "descriptor":
            return actor
        text = self.text[phrase.start:phrase.stop]
        if _head_word(text) not in _FOLLOWER_HEADS:
            return actor
        words = text.split()
        while words and (words[0].lower() in DETERMINERS or words[0].lower() in QUANTIFIERS):
            words = words[1:]
        return ActorRef(description=" ".join(words))

    def person_at(self, pos: int) -> ActorRef | None:
        """The person a "-nya" at character ``pos`` points to ("rumahnya"), named where the article
        names the unnamed protagonist ("sang nenek" → the one person given an age)."""
        actor = self.tracker.pronoun(pos)
        return self._protagonist(actor) or actor

    def _sole_title_holder(self, phrase: Phrase) -> ActorRef | None:
        """"Presiden menyampaikan …" after "Presiden Joko Widodo": a bare title (capitalised, or with
        "itu"/"tersebut") is the one person of the article whose role it is; with two holders (two
        presidents) or none it is left to the tracker."""
        words = [w for w in words_of(self.text, phrase.start, phrase.stop) if w[2] not in DETERMINERS]
        bare = [w for w in words if w[2] not in _DEMONSTRATIVES]
        inside = self.index.within(phrase.start, phrase.stop)
        if phrase.kind != "descriptor" or not bare or any(m.entity.type == "PERSON" for m in inside):
            return None  # "Panglima TNI" may name its body, but a named person is that person
        if len(bare) == len(words) and not self.text[bare[0][0]:bare[0][1]][:1].isupper():
            return None  # "presiden" in lower case is any president
        title = " ".join(w[2] for w in bare)
        title = title_in_full(title)
        people = [e for e in self.entities if e.type == "PERSON"]
        # the post written just so first ("Presiden" is the "Presiden Joko Widodo" of an article that
        # also has a "Presiden AS"), then with a country or body after it ("Menteri Luar Negeri RI")
        holders = [e for e in people if any(_office(role) == title for role in e.roles)] or [
            e for e in people if any(_holds(_office(role), title) for role in e.roles)]
        if len(holders) != 1:
            return None
        return ActorRef(entity=holders[0].id, name=holders[0].name)

    def _past_ranks(self, start: int) -> int:
        """"jajaran direksi PT X": the ranks of a board are the board (and so the company)."""
        word = _WORD.match(self.text, start)
        if word is None or word.group().lower() != "jajaran":
            return start
        following = _WORD.search(self.text, word.end())
        return following.start() if following is not None else start

    def _past_counts(self, start: int, stop: int) -> int:
        """"ratusan aparat gabungan itu": a description named again is looked up by its head noun,
        so the count before it ("ratusan") is left out (it would find "ratusan warga")."""
        words = list(_WORD.finditer(self.text, start, stop))
        if not words or words[-1].group().lower() not in _DEMONSTRATIVES:
            return start
        for word in words[:-1]:
            if word.group().lower() not in QUANTIFIERS and not word.group().isdigit():
                return word.start()
        return start

    def _protagonist(self, actor: ActorRef | None) -> ActorRef | None:
        """"sang nenek" in a report that names "Rohati, 63," once: the one person given an age."""
        if actor is None or actor.entity is not None or not actor.description:
            return None
        words = [w for w in actor.description.lower().split() if w not in QUANTIFIERS]
        if len(words) > 3 or not words or words[0] not in _PROTAGONIST_HEADS:
            return None
        aged = self._aged_people()
        return ActorRef(entity=aged[0].id, name=aged[0].name) if len(aged) == 1 else None

    def _aged_people(self) -> list[Entity]:
        if self._aged is None:
            self._aged = [e for e in self.entities if e.type == "PERSON" and any(
                m.article == self.article_id and _AGE_AFTER.match(self.text, m.end) for m in e.mentions)]
        return self._aged

    def _apposed_body(self, phrase: Phrase) -> ActorRef | None:
        """"Wali amanat obligasi, PT Bank X (Persero) Tbk,": a role set off by a body's name after a
        comma is that body (find_phrases joins the two), not the role's head word."""
        inside = self.index.within(phrase.start, phrase.stop)
        if not inside or inside[-1].entity.type != "ORG":
            return None
        body = inside[-1]
        if not self.text[phrase.start:body.start].rstrip().endswith(","):
            return None
        if not _LEGAL_FORM.fullmatch(self.text[body.end:phrase.stop]):
            return None
        return self.tracker.resolve(body.start, body.end)

    def _organisation_named(self, phrase: Phrase) -> ActorRef | None:
        """"pihak AirAsia" when the entity layer glued the airline to its chief's name ("CEO AirAsia
        Tony Fernandes" as one person): a mention written exactly as an organisation's name is
        that organisation, not the person it was linked to."""
        inside = self.index.within(phrase.start, phrase.stop)
        if len(inside) != 1 or inside[0].entity.type != "PERSON":
            return None
        written = self.text[inside[0].start:inside[0].end].lower()
        if written == inside[0].entity.name.lower():
            return None
        body = next((e for e in self.entities if e.type == "ORG" and e.name.lower() == written), None)
        return ActorRef(entity=body.id, name=body.name) if body is not None else None

    def _country_again(self, phrase: Phrase) -> ActorRef | None:
        """"Hamas memberi Israel waktu 24 jam … dan mengancam negara tersebut": "negara tersebut"
        is the latest place named shortly before (a country standing for its state)."""
        words = [w[2] for w in words_of(self.text, phrase.start, phrase.stop)]
        if phrase.kind != "descriptor" or len(words) != 2 or words[0] not in _COUNTRY_NOUNS or (
                words[1] not in ("tersebut", "itu", "ini")):
            return None
        before = self.index.within(max(0, phrase.start - COUNTRY_REACH), phrase.start)
        places = [m for m in before if m.entity.type == "LOC" and m.end <= phrase.start]
        if not places:
            return None
        place = places[-1].entity
        return ActorRef(entity=place.id, name=place.name)

    def _members_of(self, phrase: Phrase) -> ActorRef | None:
        """"negara-negara pengekspor minyak OPEC": the members of a named body named as a group
        are that body (``docs/annotation.md``: plural actors named as a group)."""
        words = words_of(self.text, phrase.start, phrase.stop)
        heads = [w for w in words if w[2] not in DETERMINERS]
        halves = heads[0][2].split("-") if heads else []
        plural = len(halves) > 1 and halves[0] == halves[-1]  # "negara-negara"
        inside = self.index.within(phrase.start, phrase.stop)
        if phrase.kind != "descriptor" or not plural or not inside or inside[-1].end != phrase.stop:
            return None
        body = inside[-1].entity
        return ActorRef(entity=body.id, name=body.name) if body.type == "ORG" else None

    def _state_of(self, phrase: Phrase) -> ActorRef | None:
        """"pemerintah Spanyol itu", "militer AS": the government or armed forces of a named
        country or body are that country or body, never an earlier "pemerintah" by anaphora; the
        judges or prosecutors of a named court or office ("majelis hakim Pengadilan Negeri X",
        "jaksa KPK") act for it."""
        if phrase.kind != "descriptor":
            return None
        words = words_of(self.text, phrase.start, phrase.stop)
        heads = [w for w in words
                 if w[2] not in DETERMINERS and w[2] not in QUANTIFIERS and not w[2].isdigit()]
        legal = bool(heads) and heads[0][2] in _LEGAL_OFFICERS
        skipped = _LEGAL_MODIFIERS if legal else _FORCE_MODIFIERS
        while len(heads) > 2 and heads[1][2] in skipped:
            heads.pop(1)  # "personel gabungan TNI", "pasukan khusus Rusia", "majelis hakim Pengadilan …"
        if len(heads) < 2 or not (legal or heads[0][2] in _STATE_HEADS):
            return None
        named = [m for m in self.index.within(heads[1][0], heads[1][1]) if m.start == heads[1][0]]
        if not named or named[0].entity.type not in (("ORG",) if legal else ("LOC", "ORG")):
            return None
        entity = named[0].entity
        return ActorRef(entity=entity.id, name=entity.name, description=heads[0][2])

    def _sent_from(self, phrase: Phrase) -> ActorRef | None:
        """"tim penyelam dari Rusia": people sent from a country or body stand for it."""
        words = words_of(self.text, phrase.start, phrase.stop)
        if phrase.kind != "descriptor" or not words or words[0][2] not in _STATE_HEADS:
            return None
        after = [w for w in words if w[2] == "dari"]
        if not after:
            return None
        named = [m for m in self.index.within(after[0][1], phrase.stop) if m.entity.type in ("LOC", "ORG")]
        if not named:
            return None
        entity = named[0].entity
        return ActorRef(entity=entity.id, name=entity.name, description=words[0][2])

    def _police_force(self, phrase: Phrase) -> ActorRef | None:
        """"Polisi belum menetapkan tersangka": the police force the article names; "Polisi Medan":
        the police body of that city the article names ("Polsek Medan Baru")."""
        found = words_of(self.text, phrase.start, phrase.stop)
        words = {w[2] for w in found}
        police = words & {"polisi", "kepolisian", "police"}
        if phrase.kind != "descriptor" or not police:
            return None
        if words - _POLICE_WORDS:
            places = [w[2] for w in found if w[2] not in _POLICE_WORDS and self.text[w[0]].isupper()]
            if len(places) != len(words - _POLICE_WORDS):
                return None  # "polisi lalu lintas" is no city's police
            return named_roles.city_police(self.entities, self.article_id, places, _POLICE_NAMES)
        return self.article_police()

    def _epithet(self, phrase: Phrase) -> ActorRef | None:
        """"lembaga antirasuah", "Negeri Paman Sam": the body or state an epithet stands for,
        remembered so that a pronoun after it finds it."""
        found = epithet_at(self.text, phrase.start) if phrase.kind == "descriptor" else None
        if found is None or found[1] < phrase.stop:
            return None  # the phrase says more than the epithet ("lembaga antirasuah dan polisi")
        actor = body_named(self.entities, self.article_id, found[0])
        self.tracker.remember(phrase.start, actor)
        return actor

    def _given_name(self, phrase: Phrase) -> ActorRef | None:
        """"perawat bernama Zainal": a role given its name right after it is that person."""
        if phrase.kind != "descriptor":
            return None
        return named_roles.named_after(self.text, self.index, phrase.stop)

    def _apposed_person(self, phrase: Phrase) -> ActorRef | None:
        """"Mantan auditor BPK, Sigit Yugoharto, didakwa": a role set off by the person's name is
        that person, not the body the role names."""
        if phrase.kind not in ("descriptor", "mention"):
            return None
        return named_roles.named_in_apposition(self.text, self.index, phrase.start, phrase.stop)

    def _role_named(self, phrase: Phrase) -> ActorRef | None:
        """A bare role of a case the article names elsewhere: "pemohon" is the filer of the petition,
        "terdakwa" the accused, "majelis hakim" the court (``docs/annotation.md``: role-only actors)."""
        words = [w[2] for w in words_of(self.text, phrase.start, phrase.stop)
                 if w[2] not in DETERMINERS and w[2] not in _DEMONSTRATIVES]
        if phrase.kind != "descriptor" or not words or len(words) > 2:
            return None
        if set(words) <= {"pemohon", "penggugat", "para"}:
            return named_roles.filer(self.text, self.index)
        if set(words) <= {"terdakwa", "terpidana"}:
            return named_roles.accused(self.text, self.index)
        if set(words) <= {"majelis", "hakim"}:
            return named_roles.article_court(self.entities, self.article_id)
        return None

    def _investigators(self, phrase: Phrase) -> ActorRef | None:
        """"Tim penyidik juga menyita …", "penyelidik melontarkan 22 pertanyaan": investigators or
        prosecutors with no body named act for the body pursuing cases that the article names most."""
        words = {w[2] for w in words_of(self.text, phrase.start, phrase.stop)}
        if phrase.kind != "descriptor" or not words & _INVESTIGATOR_HEADS or words - _INVESTIGATOR_WORDS:
            return None
        return self._most_named(_PURSUING_NAMES)

    def _body_again(self, phrase: Phrase) -> ActorRef | None:
        """"Klub itu dijatuhi denda" after "sidang terhadap Persikota": a body named again by its kind
        and a demonstrative (or after "pihak") is the organisation named last before it, within
        ``BODY_AGAIN_REACH``; "Kementerian itu", "pihak rumah sakit" the last one of that kind
        (``event_actor_epithets``)."""
        words = [w[2] for w in words_of(self.text, phrase.start, phrase.stop)]
        kind = kind_again(words, _BODY_KINDS, _DEMONSTRATIVES) if phrase.kind == "descriptor" else None
        if kind is None:
            return None
        # "Kementerian itu" is the ministry named last, however far back (news names a body of a
        # kind once or twice); the kinds of the first list fall back on the organisation named last
        named = latest_of_kind(self.index, kind, phrase.start)
        if named is not None or kind not in _BODY_KINDS:
            return named
        before = [m for m in self.index.within(max(0, phrase.start - BODY_AGAIN_REACH), phrase.start)
                  if m.entity.type == "ORG"]
        if not before:
            return None
        # "partai itu" is the latest "Partai …" named, when there is one; a club goes by its own name
        of_kind = [m for m in before if m.entity.name.lower().startswith(kind)]
        body = (of_kind or before)[-1].entity
        return ActorRef(entity=body.id, name=body.name)

    def _most_named(self, prefixes: tuple[str, ...]) -> ActorRef | None:
        """The organisation of the article whose name opens with one of ``prefixes``, the one named
        most often (the first named on a tie); None when there is none."""
        bodies = [e for e in self.entities if e.type == "ORG" and e.name.lower().startswith(prefixes)
                  and any(m.article == self.article_id for m in e.mentions)]
        if not bodies:
            return None
        body = max(bodies, key=lambda e: (len(e.mentions), -min(m.start for m in e.mentions)))
        return ActorRef(entity=body.id, name=body.name)

    def article_police(self) -> ActorRef | None:
        """The police force the article names, the one named most often when there are several
        (the first named on a tie); None when it names none."""
        return self._most_named(_POLICE_NAMES)

    def _named_description(self, phrase: Phrase) -> ActorRef | None:
        """"pemerintah kawasan otonomi Catalunya itu": a description naming its body is that
        description, not an anaphor of the latest "pemerintah"."""
        words = words_of(self.text, phrase.start, phrase.stop)
        if phrase.kind != "descriptor" or not words or words[-1][2] not in ("itu", "tersebut", "ini"):
            return None
        if not any(m.entity.type in ("LOC", "ORG") for m in self.index.within(phrase.start, phrase.stop)):
            return None
        actor = actor_in(self.text, phrase.start, words[-1][0], self.index)
        if actor is not None:
            self.tracker.remember(phrase.start, actor)
        return actor

    def _place(self, actor: ActorRef | None) -> bool:
        """A named place, which "dia" never stands for ("Dia ditegur" after a street's name)."""
        entity = self.index.by_id.get(actor.entity or "") if actor is not None else None
        return entity is not None and entity.type == "LOC"

    def _latest_person(self, pos: int, named: bool = False) -> ActorRef | None:
        """"dia" is a person: the latest one the tracker saw, passing over bodies such as an
        unnamed "pengadilan" ("pengadilan mengabulkan … KPK kembali menetapkan dia"); ``named``:
        only a named one, passing over crowds ("mengunjungi pengungsi … Ia menyerahkan")."""
        for seen in reversed(self.tracker.seen):
            people = seen.person and not _institution(seen.actor) and not _crowd(seen.actor)
            if seen.pos < pos and people and (not named or seen.actor.entity is not None):
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
        if entity is None and person is not None and person.description:
            return self._spokesperson_s_body(person.description) or person
        chief = self._chief_of(entity) if entity is not None and entity.type == "PERSON" else None
        if chief is not None:
            return chief  # "Kapolda Jatim": the force, not the province his office is linked to
        client = self._client_of(entity) if entity is not None and entity.type == "PERSON" else None
        if client is not None:
            return client  # "Kuasa Hukum Buni Yani, Aldwin Rahadian": "kita" is the client's side
        for relation in entity.relations if entity else []:
            body = self.index.by_id.get(relation.target or "")
            if relation.type == "role-in" and (places or body is None or body.type != "LOC"):
                return ActorRef(entity=relation.target, name=relation.name)
        employer = self._employer(entity) if entity is not None and entity.type == "PERSON" else None
        return _force_of_unit(employer) or employer or person

    def _spokesperson_s_body(self, description: str) -> ActorRef | None:
        """"kami" of an unnamed "juru bicara Polres X": the body the spokesperson speaks for."""
        found = _SPOKESPERSON_OF.match(description)
        if found is None:
            return None
        rest = found.group(1)
        body = next((e for e in self.entities if (e.type == "ORG" or (e.gazetteer_id or "").startswith(
            "country:")) and any(rest == m.text or rest.startswith(m.text + " ") for m in e.mentions)), None)
        return ActorRef(entity=body.id, name=body.name) if body is not None else None

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
            minister = _MINISTER_OF.search(self.text[max(0, mention.start - _CHIEF_REACH):mention.start])
            if minister is not None:
                return self._named_body(f"Kementerian {minister.group(1).strip()}")
        return None

    def represented(self, actor: ActorRef | None) -> ActorRef | None:
        """"kuasa hukum Andi, Rahmat, menyatakan akan banding": a lawyer named with the client in his
        title acts for that client (``docs/annotation.md``: the lawyer's acts in court are the client's)."""
        entity = self.index.by_id.get(actor.entity or "") if actor is not None else None
        if actor is None or entity is None or entity.type != "PERSON" or not _LAWYER_OF.match(
                actor.description or ""):
            return actor
        return self._client_of(entity) or actor

    def _client_of(self, person: Entity) -> ActorRef | None:
        """The person a lawyer's title names as client ("Kuasa Hukum Buni Yani, Aldwin Rahadian")."""
        for mention, before in self._titles_before(person):
            lawyer = _LAWYER_OF.search(before)
            if lawyer is None:
                continue
            start = mention.start - len(before) + lawyer.end()
            # a firm has lawyers too, and the entity layer may read a client after a title as a body
            clients = [m for m in self.index.within(start, mention.start)
                       if m.entity.type in ("PERSON", "ORG") and m.entity.id != person.id]
            if clients:
                return ActorRef(entity=clients[0].entity.id, name=clients[0].entity.name)
        return None

    def _titles_before(self, person: Entity) -> Iterator[tuple[Mention, str]]:
        """Each of the person's mentions in this article with the text a title before it may stand in."""
        for mention in person.mentions:
            if mention.article == self.article_id:
                yield mention, self.text[max(0, mention.start - _CHIEF_REACH):mention.start]

    def _chief_of(self, person: Entity) -> ActorRef | None:
        """The police force whose chief the person's title says they are ("Kapolda Bengkulu …"), or
        the prosecution the Attorney General heads."""
        for _, before_name in [*self._titles_before(person), *self._appositions_after(person)]:
            chief = _CHIEF_OF_FORCE.search(before_name)
            if chief is not None:
                return self._named_body(f"{chief.group(1).capitalize()} {chief.group(2).strip()}")
            if _NATIONAL_CHIEF.search(before_name):
                return self._named_body("Polri")
            if _ATTORNEY_GENERAL.search(before_name):
                return self._named_body("Kejaksaan Agung")  # the Attorney General heads the prosecution
        return None

    def _appositions_after(self, person: Entity) -> Iterator[tuple[Mention, str]]:
        """"AKP Boby Kusumawardhana, Kapolsek Tambun, mengatakan": the title set off by commas right
        after a mention of the person, as the text a title before the name would be (a space ends it)."""
        for mention in person.mentions:
            if mention.article != self.article_id:
                continue
            found = _APPOSITION.match(self.text, mention.end)
            if found is not None:
                yield mention, found.group(1) + " "

    def _named_body(self, name: str) -> ActorRef:
        """The article's organisation of that name (its entity, aliases included), else the name."""
        wanted = name.casefold()
        body = next((e for e in self.entities if e.type == "ORG" and wanted in (
            n.casefold() for n in [e.name, *e.aliases])), None)
        return ActorRef(entity=body.id, name=body.name) if body is not None else ActorRef(name=name)

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


def _is_country(entity: Entity | None) -> bool:
    return entity is not None and (entity.gazetteer_id or "").startswith("country:")


def _office(role: str) -> str:
    """A role's words without the rank that ends it: "Panglima TNI Jenderal" → "panglima tni"."""
    words = [w[2] for w in words_of(role, 0, len(role))]
    while len(words) > 1 and (words[-1] in _RANK_WORDS or (
            words[-1] in _RANKED_CORPS and len(words) > 2 and words[-2] in _RANK_WORDS)):
        words.pop()  # "Jenderal TNI", "Jenderal Pol": the corps after a rank goes with it
    return " ".join(words)


def _holds(office: str, title: str) -> bool:
    """Is ``office`` the post ``title`` names: the same words, or those and the country or body after
    them ("menteri luar negeri ri" for "menteri luar negeri")?"""
    return office == title or office.startswith(title + " ")


def _head_word(description: str) -> str:
    """The first word of a description after its determiners and counts ("para pengungsi" → pengungsi)."""
    words = [w for w in _WORD.findall(description.lower())
             if w not in DETERMINERS and w not in QUANTIFIERS and not w.isdigit()]
    return words[0] if words else ""


def _crowd(actor: ActorRef | None) -> bool:
    """An unnamed group of people ("pengungsi", "para warga"), never what "ia" or "dia" stands for."""
    if actor is None or actor.entity is not None or not actor.description:
        return False
    words = actor.description.lower().split()
    return words[0] == "para" or words[0] in _CROWDS or (words[0] in _COUNTED and len(words) > 1)


def _institution(actor: ActorRef | None) -> bool:
    """An unnamed body or crowd ("pengadilan", "pemerintah", "masyarakat"), which "dia" cannot
    refer to."""
    if actor is None or actor.entity is not None or not actor.description:
        return False
    return actor.description.split()[0].lower() in _BODIES


def _title_gap(between: str) -> bool:
    """Only a legal-form suffix or spaces between an organisation and a name ("(Persero) ")."""
    words = between.split()
    return len(between) <= _TITLE_GAP and all(word[:1].isupper() or word[:1] == "(" for word in words)
