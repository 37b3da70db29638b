"""Who acts and who is acted upon: the source and target phrases around a trigger.

Indonesian word order decides most of it (see the ``voice`` column of
``resources/event_triggers.tsv``):

    Rusia menyerang Ukraina                 active: subject before, object after
    Ukraina diserang (oleh) Rusia           passive: the agent after the verb or "oleh"
    Austin dan Shoigu berbicara             reciprocal: the first named is the source
    Burns bertemu (dengan) Naryshkin        reciprocal with a partner after the verb
    pertemuan antara X dan Y                nominalisation with both sides
    serangan Rusia terhadap Ukraina         nominalisation: owner, then the target
    X menggelar pertemuan dengan Y          light verb before the noun
    buruh mogok                             intransitive: a source only

Coordinated actors give one event each ("AS, Inggris dan Prancis mengecam …"). Beyond word
order, a target may be what the object says of someone: its owner ("izin terbang AirAsia",
"… milik X"), its maker ("usulan yang diajukan oleh X"), the one a case involves ("kasus suap
yang melibatkan X") or its victims ("yang menjadi korban penganiayaan"); a vehicle as an agent
stands for its owner ("kapal patroli Bakamla").

Subjects are read by :mod:`event_subjects`, groups of phrases by
:mod:`event_phrase_groups`, the slots of each voice by :mod:`event_slots` and
:mod:`event_noun_slots`.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.article.event_actor_words import (
    AGENT,
    BREAK,
    GLUE,
    MAX_SKIP,
    OBJECT_PREPS,
    OWNED_BY,
    PARTNER,
    PREDICATIVE,
    PREPOSITIONS,
    VERB_GLUE,
    VERB_PREFIXES,
    active_verb,
    passive_verb,
)
from warta.article.event_lexicon import word_set
from warta.article.event_phrases import Phrase
from warta.article.event_subjects import SentenceSubjects

_BETWEEN = frozenset({"antara", "between"})
# Vehicles and other means sent with their crews ("dibantu anjing pelacak dari Polda X"): named as the
# agent, they stand for the body named after them.
_VEHICLES = word_set("""
kapal pesawat helikopter patroli perang tempur mobil kendaraan speedboat anjing pelacak alat berat
ekskavator truk ambulans penjaga pantai
""")
_VEHICLE_WORDS = 3  # words naming a vehicle before the body that owns it
_INVOLVING = word_set("melibatkan menjerat menyeret menyebut menyebutkan menuding menuduh involving")
_CASE_REACH = 8  # words of a case's name before "yang melibatkan X"
# Things an actor owns, through which it is the one acted upon ("kritik atas kebijakan Israel").
_OWNED = word_set("kebijakan keputusan langkah tindakan sikap rencana program pemerintahan")
_LONG_THING = 4  # words beyond MAX_SKIP a thing's name may take before "yang di-… X" names its author
_OWNER_REACH = 16  # words of what is seized before "milik X" names its owner
# Petitions, suits and proposals named by who filed them ("permohonan pasangan X dan Y"), a few
# words after the verb that answers them; the filer may follow a word for a side ("pasangan", "kubu").
_PETITIONS = word_set("permohonan gugatan usulan usul tuntutan permintaan tawaran keberatan banding kasasi")
_FILERS = word_set("pasangan pihak kubu tim calon kuasa hukum")
_PETITION_REACH = 3
# Premises named by their holder right after them ("membakar kantor GMBI", "menggeledah rumah Budi"):
# the holder is the one acted upon.
_PREMISES = word_set("kantor markas rumah kediaman gedung sekretariat posko kios toko gudang pabrik")
MAX_DIRECT_SKIP = 2  # words (not verbs) before a direct object: "meminta sejumlah elemen masyarakat"
# Verbs of telling someone something ("mengatakan kepada X bahwa …"): whom they address is the one
# the act told of is aimed at, when that act names no one.
_TELLING = word_set("""
mengatakan berkata menyatakan menegaskan menyampaikan menjelaskan memberitahu memberitahukan mengungkapkan
told
""")
_THAT = frozenset({"bahwa", "that"})
_NAMELY = frozenset({"yakni", "yaitu", "namely"})  # "sejumlah saksi, yakni X": X are the ones meant
# The press told of an act ("mengatakan kepada wartawan bahwa …") is its audience, not its target.
_PRESS = word_set("wartawan media jurnalis pers reporter awak insan pewarta journalists reporters press")
# Between an act and "oleh": words opening a clause of cause or sequence when a verb follows them
# ("dipecat lantaran dilaporkan oleh X"; "diperiksa terkait kasus suap oleh KPK" is a phrase, KPK
# questions), and verbs of succession whose "oleh" names the successor ("dipecat dan digantikan oleh X").
_CLAUSE_OPENERS = word_set("lantaran akibat menyusul gara-gara sebab atas terkait usai seusai")
_SUCCESSION = word_set("digantikan diganti diisi dijabat dipegang diambil")  # "diambil alih oleh X"
# Words that join a second passive to the act, which then shares its agent ("ditangkap dan diperiksa
# oleh polisi"): only these may stand between the two verbs.
_SHARING = word_set("dan serta lalu kemudian langsung")
_AGENT_REACH = 8  # words from the act to "oleh"
# The role one is questioned or called in, written right after the passive verb with no "sebagai"
# ("diperiksa saksi kasus X", "dipanggil saksi"): a capacity, not who questions.
_ROLES_QUESTIONED = word_set("saksi saksi-saksi")


@dataclass(frozen=True)
class Slots:
    """The phrases of an event's sides (several when coordinated)."""

    sources: tuple[Phrase, ...]
    targets: tuple[Phrase, ...]


class SentenceActors(SentenceSubjects):
    """The actor phrases of one sentence, searchable by token position: subjects, objects
    and agents, and the owners, authors and partners of what is acted on."""

    def after(self, start: int, preps: frozenset[str], direct: bool,
              direct_skip: int = MAX_DIRECT_SKIP) -> list[Phrase]:
        """First phrase after ``start`` in the clause: right away (``direct``, over at most
        ``direct_skip`` words), or after one of ``preps`` within a few words."""
        skipped = 0
        verbs = 0
        i = start
        while i < len(self.tokens):
            phrase = self.by_first.get(i)
            if phrase is not None:
                after_prep = i > start and (self.tokens[i - 1].low in preps or (
                    i - 1 > start and self.tokens[i - 1].low in _OWNED and self.tokens[i - 2].low in preps))
                named_end = self._past_route(phrase.end)
                owned = named_end < len(self.tokens) and self.tokens[named_end].low in preps & OWNED_BY
                if owned:
                    i = named_end  # "izin rute Surabaya - Singapura milik AirAsia": the name of the thing
                    continue
                if (direct and skipped <= direct_skip and verbs == 0) or after_prep:
                    return self._apposed_name(self._before_next_clause(self.group_after(phrase)))
                predicative = (i > 0 and self.tokens[i - 1].low in PREDICATIVE) or (
                    i == start and self._role_questioned(i))  # "diperiksa saksi kasus X oleh KPK"
                if phrase.kind not in ("pronoun", "first-person", "own-side") and not predicative:
                    return []
                i = phrase.end  # "diperiksa sebagai saksi oleh KPK": the role is no actor
                continue
            low = self.tokens[i].low
            if low in BREAK or not self.tokens[i].is_word:
                return []
            if low in PREPOSITIONS and low not in preps:
                direct = False  # "penyidikan di KPK": a phrase in a PP is no object
            if i > 0 and self.tokens[i].is_cap and self._name_part(i):
                i += 1  # a capitalised word the entity layer left out belongs to the name after it
                continue
            if low not in preps and low not in GLUE:
                skipped += 1
                verbs += low.startswith(VERB_PREFIXES) and len(low) > 5
                if skipped > MAX_SKIP:
                    return []
            i += 1
        return []

    def _before_next_clause(self, group: list[Phrase]) -> list[Phrase]:
        """"memenuhi tuntutan para tahanan dan kami memberi mereka waktu": a pronoun after "dan"
        that a verb follows opens a new clause; it is no object (but "meminta ASEAN dan China
        memastikan …" asks both)."""
        for n, member in enumerate(group[1:], start=1):
            j = member.end
            while j < len(self.tokens) and self.tokens[j].low in VERB_GLUE:
                j += 1
            low = self.tokens[j].low if j < len(self.tokens) else ""
            verb = active_verb(low) or passive_verb(low)
            if verb and member.kind in ("pronoun", "first-person", "own-side"):
                return group[:n]
        return group

    def _apposed_name(self, group: list[Phrase]) -> list[Phrase]:
        """"istri Atim, Sanya,", "surat kabar Amerika Serikat, The New York Times,": a description
        followed by a name set off by commas is that name."""
        if len(group) != 1:
            return group
        phrase = group[0]
        namely = self._named_by_namely(phrase.end)
        if namely:
            return namely  # "memanggil sejumlah saksi, yakni perawat RS tersebut": the ones named
        comma = phrase.end
        named = self.by_first.get(comma + 1) if comma + 1 < len(self.tokens) else None
        if self.tokens[comma].text != "," if comma < len(self.tokens) else True:
            return group
        if named is None or not self._name_phrase(named) or named.end >= len(self.tokens) or (
                self.tokens[named.end].text not in (",", ".")):
            return group
        before = self.tokens[phrase.first - 1] if phrase.first > 0 else None
        described = phrase.kind == "descriptor" or (
            before is not None and before.is_word and not before.is_cap and before.low not in PREPOSITIONS
            and before.low not in GLUE and not before.low.startswith(VERB_PREFIXES))
        return [named] if described else group

    def _name_phrase(self, phrase: Phrase) -> bool:
        """A name, or a rank or title written before one ("Brigadir Dua Mohammad Adam"): capitalised
        words throughout."""
        return phrase.kind == "mention" or (phrase.kind == "descriptor" and all(
            token.is_cap for token in self.tokens[phrase.first:phrase.end]))

    def specific(self, group: list[Phrase]) -> list[Phrase]:
        """The actors a description is given by right after it (a name set off by commas, "yakni X"),
        else the group itself."""
        return self._apposed_name(group)

    def _named_by_namely(self, end: int) -> list[Phrase]:
        """The actors "yakni"/"yaitu" names after a description ending at ``end`` ("perwakilan Malaysia
        yaitu Duta Besar X", "sejumlah saksi, yakni …")."""
        i = end + (end < len(self.tokens) and self.tokens[end].text == ",")
        if i + 1 >= len(self.tokens) or self.tokens[i].low not in _NAMELY:
            return []
        named = self.by_first.get(i + 1)
        return self.group_after(named) if named is not None else []

    def _name_part(self, i: int) -> bool:
        """A capitalised word right before a name, left out of it by the entity layer
        ("Kemenhan AS"), but not a law article or a number ("Pasal 170 KUHP")."""
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return nxt is not None and nxt.is_cap and i + 1 in self.by_first

    def object(self, end: int) -> list[Phrase]:
        return self.after(end, OBJECT_PREPS, direct=True)

    def agent(self, end: int) -> list[Phrase]:
        """"ditangkap oleh polisi", or the agent right after the verb ("diperiksa KPK"); a phrase
        after other words is no agent ("diperiksa sebagai saksi", "dijerat Pasal 170 KUHP")."""
        found = [] if self._agent_of_another_verb(end) else self.after(end, AGENT, direct=False)
        found = found or self._agent_origin(end)
        if not found and not self._role_questioned(end):
            found = self.after(end, frozenset(), direct=True, direct_skip=0)
        found = found or self._vehicle_owner(end)
        return self._owner_of(found) or found

    def _agent_of_another_verb(self, end: int) -> bool:
        """"Andi dipecat lantaran dilaporkan oleh Budi", "dipecat dan jabatannya diisi oleh Budi",
        "dipecat dan digantikan oleh Budi": the "oleh" that follows belongs to a verb of another
        clause, or names a successor; "ditangkap dan diperiksa oleh polisi" shares its agent."""
        since_act: list[str] = []
        opened = False  # a word of cause or sequence seen: a verb after it heads a clause of its own
        for i in range(end, min(len(self.tokens), end + _AGENT_REACH)):
            low = self.tokens[i].low
            if low in AGENT or not self.tokens[i].is_word:
                return False
            if low in _SUCCESSION:
                return True
            if low in _CLAUSE_OPENERS:
                opened = True  # "diperiksa terkait kasus suap oleh KPK" still names who questions
            elif (passive_verb(low) or active_verb(low)) and (opened or low not in GLUE) and (
                    i not in self.by_first):
                if opened or not set(since_act) <= _SHARING:
                    return True  # "dipecat dan jabatannya diisi oleh": a clause of its own
                since_act = []
                continue
            since_act.append(low)
        return False

    def _role_questioned(self, end: int) -> bool:
        """"Besok Rina akan hadir untuk diperiksa saksi kasus itu": the word right after the passive
        verb names the role she is questioned in, not the one questioning her."""
        return end < len(self.tokens) and self.tokens[end].low in _ROLES_QUESTIONED

    def _owner_of(self, found: list[Phrase]) -> list[Phrase]:
        """"ditangkap oleh KRI Tjiptadi milik TNI AL": the owner of a ship named as the agent."""
        if len(found) != 1 or found[0].end + 1 >= len(self.tokens):
            return []
        owner = self.by_first.get(found[0].end + 1)
        if self.tokens[found[0].end].low not in OWNED_BY or owner is None:
            return []
        return self.group_after(owner)

    def _vehicle_owner(self, end: int) -> list[Phrase]:
        """"ditangkap (oleh) kapal patroli Bakamla": a vessel or a vehicle as the agent stands for
        the body named after it."""
        i = end + (end < len(self.tokens) and self.tokens[end].low in AGENT)
        start = i
        while i < len(self.tokens) and i - start < _VEHICLE_WORDS and self.tokens[i].low in _VEHICLES:
            i += 1
        if start < i < len(self.tokens) - 1 and self.tokens[i].low in ("dari", "milik", "asal"):
            i += 1  # "dibantu kapal dari Singapura"
        phrase = self.by_first.get(i) if i > start else None
        return self.group_after(phrase) if phrase is not None else []

    def _agent_origin(self, end: int) -> list[Phrase]:
        """"dibantu oleh kapal dari Malaysia": a thing as the agent stands for where it is from."""
        if end >= len(self.tokens) or self.tokens[end].low not in AGENT:
            return []
        for i in range(end + 1, min(end + 2 + MAX_SKIP, len(self.tokens) - 1)):
            if self.tokens[i].low in ("dari", "from") and i + 1 in self.by_first:
                return self.group_after(self.by_first[i + 1])
            if i in self.by_first or not self.tokens[i].is_word:
                return []
        return []

    def involved_in_case(self, end: int) -> list[Phrase]:
        """"mengusut kasus suap yang melibatkan Bupati Klaten": the one the case involves."""
        for i in range(end, min(end + _CASE_REACH, len(self.tokens) - 2)):
            low = self.tokens[i].low
            if low == "yang" and self.tokens[i + 1].low in _INVOLVING:
                # the name may start a token or two late when the entity layer split it ("Jam`an …")
                found = next((self.by_first[k] for k in range(i + 2, min(i + 5, len(self.tokens)))
                              if k in self.by_first), None)
                return self.group_after(found) if found is not None else []
            if low in (".", ";") or (low in BREAK and low != "yang"):
                return []
        return []

    def petitioner(self, end: int) -> list[Phrase]:
        """"menolak seluruh permohonan pasangan Darmawan dan Yuliana": whoever filed the petition,
        suit or proposal named right after it is the one answered."""
        for i in range(end, min(end + _PETITION_REACH, len(self.tokens) - 1)):
            if self.tokens[i].low not in _PETITIONS:
                continue
            j = i + 1
            while j < len(self.tokens) - 1 and self.tokens[j].low in _FILERS:
                j += 1
            return self.group_after(self.by_first[j]) if j in self.by_first else []
        return []

    def premises_holder(self, end: int) -> list[Phrase]:
        """"membakar kantor GMBI", "menggeledah rumah Budi": the holder named right after premises
        that end the trigger or follow it."""
        for word in (end - 1, end):
            inside = 0 <= word < len(self.tokens) - 1
            if inside and self.tokens[word].low in _PREMISES and word + 1 in self.by_first:
                return self.group_after(self.by_first[word + 1])
        return []

    def owner_in_clause(self, end: int) -> list[Phrase]:
        """"menyita dua mobil dan uang tunai Rp 500 juta milik tersangka": the owner of what is
        seized, past a long list of things (named or not), before the clause ends."""
        holder = self.premises_holder(end)
        if holder:
            return holder
        i = end
        while i < min(end + _OWNER_REACH, len(self.tokens) - 1):
            low = self.tokens[i].low
            if low in OWNED_BY and i + 1 in self.by_first:
                return self.group_after(self.by_first[i + 1])
            named = self.by_first.get(i)
            if named is not None:
                i = named.end  # "satu mobil Mitsubishi Pajero Sport milik Rohadi": the thing's name
                continue
            if low in BREAK or low in (".", ";"):
                return []
            i += 1
        return []

    def author_of_object(self, end: int) -> list[Phrase]:
        """"menolak gencatan senjata yang dideklarasikan oleh kelompok ARSA": the one who made the
        thing rejected, backed or criticised, named in a passive relative clause after it (the thing's
        name may run long: "kenaikan harga bahan bakar minyak yang diumumkan pemerintah")."""
        for i in range(end, min(end + MAX_SKIP + _LONG_THING, len(self.tokens) - 2)):
            low = self.tokens[i].low
            if low in ("yang", "which") and self.tokens[i + 1].low.startswith("di") and len(
                    self.tokens[i + 1].low) > 5:
                agent = i + 2 + (self.tokens[i + 2].low in AGENT)
                phrase = self.by_first.get(agent)
                return self.group_after(phrase) if phrase is not None else []
            if i in self.by_first or not self.tokens[i].is_word or low in BREAK:
                return []
        return []

    def addressees(self, first: int) -> list[Phrase]:
        """"mengatakan kepada Jepang, Korea Selatan dan China bahwa dia siap menengahi": those told,
        when the act at token ``first`` is the content after "bahwa"."""
        that = next((i for i in range(first - 1, -1, -1) if self.tokens[i].low in _THAT), None)
        closed = ('"', "“", "”", ".", ";")
        if that is None or any(t.text in closed for t in self.tokens[that:first]):
            return []
        for k in range(that - 1, 0, -1):
            if self.tokens[k].low in ("kepada", "to") and self.tokens[k - 1].low in _TELLING:
                told = self.by_first.get(k + 1)
                group = self.group_after(told) if told is not None else []
                press = any(self.tokens[i].low in _PRESS for p in group for i in range(p.first, p.end))
                return group if group and group[-1].end <= that and not press else []
            if not self.tokens[k].is_word and self.tokens[k].text != ",":
                return []
        return []

    def partner(self, end: int) -> list[Phrase]:
        return self.after(end, PARTNER | OBJECT_PREPS, direct=True)

    def between(self, end: int) -> list[Phrase]:
        """"antara X dan Y" right after a noun (an adjective or two may come first); "antara X
        dengan Y" is written too, with one side after "dengan"."""
        for i in range(end, min(end + 3, len(self.tokens))):
            if self.tokens[i].low in _BETWEEN and self.by_first.get(i + 1):
                group = self.group_after(self.by_first[i + 1])
                return group if len(group) > 1 else group + self._other_side(group[0])
        return []

    def _other_side(self, first: Phrase) -> list[Phrase]:
        """The phrase after "dengan" right after ``first`` ("antara pimpinan KPK dengan Kapolri")."""
        i = self._past_abbreviation(first.end)
        after = self.by_first.get(i + 1) if i < len(self.tokens) and self.tokens[i].low == "dengan" else None
        return [after] if after is not None else []


def paired(group: list[Phrase]) -> Slots:
    """"X dan Y bertemu", "X, Y dan Z sepakat": the first named with each of the others."""
    return Slots(tuple(group[:1]), tuple(group[1:]))
