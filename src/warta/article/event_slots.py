"""The source and target phrases of a trigger by its voice (:func:`event_slots`): active
verbs with their objects, passives with their agents, reciprocal, paired and intransitive
verbs; acts named by nouns are read by :mod:`event_noun_slots`.
"""

from __future__ import annotations

from warta.article.event_actor_words import (
    AGENT,
    AND,
    BREAK,
    NOUN_AGENT,
    NOUN_TARGET,
    OBJECT_PREPS,
    OFFERS,
    OWNED_BY,
    active_verb,
    activity_at,
)
from warta.article.event_actors import SentenceActors, Slots, paired
from warta.article.event_lexicon import Token, TriggerMatch, object_before, trigger_index, word_set
from warta.article.event_noun_slots import noun_slots, patient_slots
from warta.article.event_phrases import Phrase

_ASKED_PREPS = OBJECT_PREPS | {"dari", "from"}
_PARTNER_ONLY = frozenset({"dengan", "bersama", "with"})
_TAKING = frozenset({"COERCE", "SANCTION"})  # acts on what someone owns
_SANCTIONED_PREPS = frozenset({"kepada", "terhadap", "bagi", "against", "on"})
_SANCTION_REACH = 10  # words of what a sanction is ("denda Rp 500 juta") before whom it falls on
_ANSWERING = frozenset({"REJECT", "ACCUSE", "SUPPORT", "AGREE"})  # acts on what someone made or said
_JOINT = frozenset({"gabungan", "terpadu", "joint"})  # a team drawn from several bodies
_TOGETHER = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts two subjects do with each other
_ATTENDING = frozenset({"menghadiri", "attended", "attends"})
_SEEKING = word_set("pencarian identifikasi penyelidikan investigasi")  # activities about, not for, someone
_RECIPIENT_PREPS = frozenset({"ke", "kepada", "bagi", "untuk", "to", "for"})
_ADDRESSED = frozenset({"kepada", "terhadap"})  # before the one a verb addresses ahead of its object
# Verbs of caring for people after "untuk": their object is the one helped.
_CARING = word_set("""
menampung melayani menolong membantu merawat mengobati memberi memberikan menyuplai memasok mengungsikan
""")
_CASE_TYPES = frozenset({"ACCUSE", "CONCEDE"})  # acts on a case, aimed at whoever it involves
_NAMING_COPULAS = word_set("adalah ialah yakni yaitu")
# Words that open a vague plural subject ("sejumlah negara") whose members may be named after.
_VAGUE_PLURALS = frozenset({"sejumlah", "beberapa", "banyak", "berbagai", "para", "several", "many"})
# Words joining two verbs that share one object ("menangkap dan menahan X", "mengejar lalu memukuli X").
_VERB_JOINS = frozenset({"dan", "serta", "lalu", "sekaligus", "and"})
# Words that open a sum written again another way ("atau sekitar Rp 13 miliar", "atau setara US$ 1 juta").
_AMOUNT_OPENERS = frozenset({"sekitar", "setara", "senilai", "kurang", "lebih", "rp", "us$", "usd", "about"})
# A joint act ("kerja sama") opening the object of welcoming or backing, within this many words, and
# the words searched for its partner after it.
_JOINT_ACT_OPENING = 3
_JOINT_ACT_REACH = 25
_HELPED_AT = frozenset({"di", "in"})  # where an activity helped is: its people are the ones helped
_GROUP_OPENERS = frozenset({"para", "sejumlah", "beberapa", "puluhan", "ratusan", "ribuan", "belasan"})
_ASKED_AFTER_COMMA = frozenset({"kepada", "pada"})  # "meminta, kepada semua pihak"
_VERDICTS = frozenset({"vonis", "verdict"})  # nouns of a verdict, named after the one sentenced
_DESTINATIONS = frozenset({"ke", "untuk", "bagi"})  # where one withdraws to, or for whom: no target
_CLITIC = "nya"  # "hengkangnya Neymar": a fused owner, named right after the word
_STEM_MIN = 4  # letters a one-word trigger keeps once "-nya" is cut
# Words of a court or its judges, who hand a verdict down ("vonis majelis hakim", "putusan PN X").
_COURT_WORDS = word_set("hakim majelis pengadilan mahkamah pn pt ma mk tipikor court judge judges")
_CLITIC = "nya"  # fused on a verb ("menangkapnya"): its object


def _act_noun_at(tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` a noun naming an act ("kritik", "tuduhan", "permintaan")?"""
    return i < len(tokens) and any(row.voice in ("noun", "patient") and len(phrase) == 1
                                   for phrase, row in trigger_index("id").get(tokens[i].low, ()))


def _accepts(actors: SentenceActors, match: TriggerMatch) -> bool:
    """An answer to something offered: "menerima tawaran", "menolak tawaran bantuan dari X"."""
    if match.row.type == "AGREE" and actors.tokens[match.first].low in ("menerima", "accepted", "accepts"):
        return True
    offered = match.end < len(actors.tokens) and actors.tokens[match.end].low in OFFERS
    return match.row.type in ("AGREE", "REJECT", "SUPPORT") and offered  # "menyambut baik tawaran …"


def _joint_members(actors: SentenceActors, subject: Phrase) -> list[Phrase]:
    """"petugas gabungan dari Polri, TNI, dan Satpol PP": the bodies a joint team is drawn from act."""
    words = {t.low for t in actors.tokens[subject.first:subject.end]}
    after = subject.end
    if not words & _JOINT or after + 1 >= len(actors.tokens) or actors.tokens[after].low != "dari":
        return []
    first = actors.by_first.get(after + 1)
    return actors.group_after(first) if first is not None and first.kind == "mention" else []


def _members_named_after(actors: SentenceActors, subjects: list[Phrase], end: int) -> list[Phrase]:
    """The members a vague plural subject is given by at the end of the clause, else the subject."""
    if len(subjects) != 1 or subjects[0].kind != "descriptor":
        return subjects
    joint = _joint_members(actors, subjects[0])
    if joint:
        return joint
    opening = actors.tokens[subjects[0].first].low
    plural = opening in _VAGUE_PLURALS or ("-" in opening and len(set(opening.split("-"))) == 1)
    return (actors.examples_after(end) or subjects) if plural else subjects


def _active(actors: SentenceActors, match: TriggerMatch) -> Slots:
    slots = _active_sides(actors, match)
    if not slots.targets and match.row.type != "MOBILIZE":
        slots = Slots(slots.sources, _clitic_object(actors, match))
    attending = actors.tokens[match.first].low in _ATTENDING  # "X dan Y menghadiri rapat": each attends
    if len(slots.sources) >= 2 and not slots.targets and match.row.type in _TOGETHER and not attending:
        return paired(list(slots.sources))  # "Jokowi dan Najib menandatangani nota kesepahaman"
    return slots


def _active_sides(actors: SentenceActors, match: TriggerMatch) -> Slots:
    subjects = tuple(_members_named_after(actors, actors.subject(match.first), match.end))
    if match.row.type == "MOBILIZE":
        return Slots(subjects, ())  # what is deployed and where it goes are not targets
    if match.row.type == "CONSULT" and match.row.mode is None:
        # "mendiskusikan masalah Laut China Selatan": what is discussed is no partner
        # "rapat dengan Menteri Keuangan": a trigger ending in its preposition has the partner next
        direct = actors.tokens[match.end - 1].low in _PARTNER_ONLY
        return Slots(subjects, tuple(actors.after(match.end, _PARTNER_ONLY, direct=direct)))
    if match.end == match.last:
        # one asks someone directly ("meminta Polri"); "meminta uang US$ 300 ribu" asks no one,
        # while "mengkritik kebijakan Pertamina" criticises the owner of the policy
        if match.row.type == "REQUEST" or _accepts(actors, match):
            # "meminta bantuan dari Singapura": asked of Singapore; "menerima tawaran bantuan dari
            # Singapura": Singapore's offer is accepted
            asked = actors.after(match.end, _ASKED_PREPS, direct=True, direct_skip=2) or _asked_past_comma(
                actors, match)
            if not asked and match.row.type == "REQUEST":
                asked = _summoned(actors, match)
            return Slots(subjects, tuple(asked))
        if match.row.type == "AID" and activity_at(actors.tokens, match.end):
            # "membantu pencarian pesawat AirAsia": the search is helped, not the airline
            # but "membantu evakuasi warga": the people right after the activity are helped
            helped = actors.after(match.end + 1, OBJECT_PREPS, direct=True, direct_skip=0) or (
                actors.after(match.end + 1, _HELPED_AT, direct=False))  # "membantu perluasan … di Indonesia"
            if actors.tokens[match.end].low in _SEEKING:
                helped = []  # "membantu pencarian korban": those searched for are not the ones helped
            return Slots(subjects, tuple(helped))
        # "menarik diri dari PBB", "menarik duta besarnya dari Belanda": withdrawn from someone
        withdrawing = match.row.type == "RETREAT" or match.row.mode == "withdraw"
        preps = _ASKED_PREPS if withdrawing else OBJECT_PREPS
        if match.row.type in _ANSWERING and _act_noun_at(actors.tokens, match.end):
            preps = preps | NOUN_AGENT  # "menolak kritik dari Uni Eropa": the critic is answered
        if match.row.type in _TAKING:
            preps = preps | OWNED_BY  # "menyita dua mobil milik Budi": the owner is acted upon
        # "menyita dua mobil Toyota Fortuner milik X": what is seized may be named; its owner is the target
        seized = actors.owner_in_clause(match.end) if match.row.mode == "seize" else []
        targets = seized or actors.after(match.end, preps, direct=True)
        if not targets and match.row.type in _ANSWERING:
            targets = (actors.petitioner(match.end) or actors.author_of_object(match.end)
                       or _joint_act_partner(actors, match.end))
        if not targets and match.row.type in _CASE_TYPES:
            targets = actors.involved_in_case(match.end)
        if not targets:
            targets = shared_object(actors, match.end)
        return Slots(subjects, tuple(targets))
    # verb + object ("memberikan bantuan kepada X", "menetapkan X sebagai tersangka"): the target
    # stands between the verb and its object word, or after a preposition
    inside = actors.by_first.get(match.last)
    if inside is None and match.last + 1 < match.end and actors.tokens[match.last].low in _ADDRESSED:
        inside = actors.by_first.get(match.last + 1)  # "menawarkan kepada Vietnam sejumlah proyek"
    if inside is not None and inside.first == match.last and match.row.type == "AID":
        inside = None  # "mengirim tim penyelam": the team sent is the help, not the one helped
    # "membekukan izin rute Surabaya-Singapura milik maskapai itu": the owner of what is seized or
    # restricted is acted upon (not the owner of what is sent: "mengirim kapal milik TNI")
    taking = match.row.type in _TAKING
    if inside is None and taking:
        # "menghentikan sementara penerbangan AirAsia rute Surabaya-Singapura": the owner named
        # between the verb and its object word is acted upon, not the places of the route after it
        inside = next((p for p in actors.phrases if match.last < p.first and p.end < match.end
                       and p.kind == "mention"), None)
    preps = OBJECT_PREPS | OWNED_BY if taking else OBJECT_PREPS
    # "membekukan izin terbang AirAsia": what is seized or restricted is owned by the name after it
    targets = actors.specific(actors.group_after(inside)) if inside is not None else actors.after(
        match.end, preps, direct=taking, direct_skip=1)
    if not targets and match.row.type == "AID":
        targets = _recipient(actors, match.end)
    if not targets and match.row.mode == "seize":
        targets = actors.premises_holder(match.end)  # "membakar kantor GMBI": GMBI is attacked
    if not targets and taking and match.row.mode == "restrict":
        # "membatalkan izin usaha pertambangan (IUP) nikel milik PT X": the licence's holder, past its
        # abbreviation and what it is for
        targets = actors.owner_in_clause(match.end)
    if not targets and match.row.type in _CASE_TYPES:
        targets = actors.involved_in_case(match.end)
    if not targets and match.row.type == "ACCUSE" and match.row.mode == "allege":
        # "melaporkan dugaan pelecehan seksual oleh dokter berinisial NH": a wrong reported is
        # aimed at the one who did it
        targets = actors.after(match.end, AGENT, direct=False)
    if not targets and match.row.type == "SANCTION":
        targets = _sanctioned(actors, match.end)
    return Slots(subjects, tuple(targets))


def _asked_past_comma(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Imam meminta, kepada semua pihak untuk …": a comma may stand between a request and the
    preposition naming those asked."""
    comma = match.end
    if comma + 1 >= len(actors.tokens) or actors.tokens[comma].text != ",":
        return []
    addressed = actors.tokens[comma + 1].low in _ASKED_AFTER_COMMA
    return actors.after(comma + 1, _ASKED_AFTER_COMMA, direct=False) if addressed else []


def _clitic_object(actors: SentenceActors, match: TriggerMatch) -> tuple[Phrase, ...]:
    """"Polisi kemudian memeriksanya": a one-word verb written with "-nya" fused on has that clitic as
    its object, the one it points back to before the clause (``ActorResolver``: never its subject)."""
    token = actors.tokens[match.first]
    if match.end - match.first != 1 or not token.low.endswith(_CLITIC) or not active_verb(token.low):
        return ()
    if trigger_index("id").get(token.low):
        return ()  # the word itself is listed: "-nya" is part of it, not an object
    start = token.end - len(_CLITIC)
    return (Phrase(match.first, match.end, start, token.end, "clitic"),)


def shared_object(actors: SentenceActors, end: int) -> list[Phrase]:
    """"menangkap dan menahan Ahmad Yani", "mengeroyok dan melempari mereka": a transitive verb joined
    to the next verb with no object of its own shares that verb's object (right-node raising)."""
    join = end
    if join + 1 >= len(actors.tokens) or actors.tokens[join].low not in _VERB_JOINS:
        return []
    verb = join + 1
    if not active_verb(actors.tokens[verb].low):
        return []
    return actors.after(verb + 1, OBJECT_PREPS, direct=True)


def _joint_act_partner(actors: SentenceActors, end: int) -> list[Phrase]:
    """"menyambut baik peluang kerja sama di bidang ekonomi, perdagangan, dan investasi dengan
    Indonesia": welcoming a joint act welcomes the partner it is with, named after "dengan" past the
    fields it covers (a list with its commas)."""
    tokens = actors.tokens
    opening = f" {' '.join(t.low for t in tokens[end:end + _JOINT_ACT_OPENING])} "
    if " kerjasama " not in opening and " kerja sama " not in opening:
        return []
    for i in range(end, min(end + _JOINT_ACT_REACH, len(tokens) - 1)):
        low = tokens[i].low
        if low in (".", ";", ":") or (low in BREAK and low not in AND):
            return []
        if low in _PARTNER_ONLY and i + 1 in actors.by_first:
            return actors.group_after(actors.by_first[i + 1])
    return []


def _sanctioned(actors: SentenceActors, end: int) -> list[Phrase]:
    """"menjatuhkan sanksi larangan beraktivitas seumur hidup kepada manajer X": what the sanction
    is may run longer than an object scan steps over before the one it falls on."""
    for i in range(end, min(end + _SANCTION_REACH, len(actors.tokens) - 1)):
        low = actors.tokens[i].low
        if low in (",", ".", ";", "karena", "atas", "yang"):
            return []
        if low in _SANCTIONED_PREPS and i + 1 in actors.by_first:
            return actors.group_after(actors.by_first[i + 1])
    return []


def _summoned(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"memanggil Duta Besar Australia untuk meminta penjelasan": a request in a purpose clause
    with no one named after it is made of the object of the verb before "untuk"."""
    if match.first < 3 or actors.tokens[match.first - 1].low != "untuk":
        return []
    obj = actors.by_end.get(match.first - 2)
    if obj is None or obj.first < 1 or actors.in_pp(obj):
        return []
    verb = actors.tokens[obj.first - 1].low
    return [obj] if verb.startswith(("me", "mem", "men", "meng")) and verb.isalpha() else []


def _recipient(actors: SentenceActors, end: int) -> list[Phrase]:
    """"mengirim pesawat P-3 Orion ke Indonesia": the one help goes to, past the name of what is
    sent, up to the end of the clause."""
    for i in range(end, len(actors.tokens) - 1):
        low = actors.tokens[i].low
        if (low in BREAK and not _amount_restated(actors.tokens, i)) or low in (".", ";"):
            return []
        if low in _RECIPIENT_PREPS and i + 1 in actors.by_first:
            return actors.group_after(actors.by_first[i + 1])
        if low in _RECIPIENT_PREPS and actors.tokens[i + 1].low in _CARING and i + 2 in actors.by_first:
            # "mendirikan posko untuk menampung para korban": those sheltered are the ones helped
            return actors.group_after(actors.by_first[i + 2])
    return []


def _amount_restated(tokens: list[Token], i: int) -> bool:
    """"1 juta dolar atau sekitar Rp 13 miliar": an "atau" giving the same sum in another currency
    goes on with the object, it opens no clause."""
    if tokens[i].low not in ("atau", "or") or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1].low
    return following in _AMOUNT_OPENERS or following[:1].isdigit()


def _coordinated_passive(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    """"Warga ditarik Satpol PP dan dihajar beramai-ramai": a passive joined to an earlier one shares
    its agent and its patient."""
    if match.first < 3 or actors.tokens[match.first - 1].low not in AND:
        return None
    agent = actors.by_end.get(match.first - 2)
    if agent is None or agent.first < 1:
        return None
    verb = actors.tokens[agent.first - 1].low
    if actors.tokens[agent.first - 1].low in AGENT and agent.first >= 2:
        verb = actors.tokens[agent.first - 2].low
    if not (verb.startswith("di") and len(verb) > 5):
        return None
    first_verb = agent.first - 1 - (verb != actors.tokens[agent.first - 1].low)
    return Slots((agent,), tuple(actors.patient_subject(first_verb)))


def _passive(actors: SentenceActors, match: TriggerMatch) -> Slots:
    if not actors.agent(match.end):
        shared = _coordinated_passive(actors, match)
        if shared is not None:
            return shared
    agents = (actors.agent(match.end) or _agent_before_object(actors, match)
              or actors.origin_before(match.first))
    thing = object_before(actors.tokens, match.first, match.row.objects) if match.row.objects else None
    if thing is not None and match.end == match.last:
        # "izin terbang AirAsia dibekukan oleh Kemenhub": the owner named after the thing is acted upon
        owner = next((p for p in actors.phrases if thing < p.first < match.first and p.kind == "mention"),
                     None)
        return Slots(tuple(agents), (owner,) if owner is not None else ())
    if match.row.type == "MOBILIZE":
        # "314 personel gabungan TNI-Polri disiagakan": the forces deployed are their owner's act
        return Slots(tuple(agents or actors.patient_subject(match.first)), ())
    return Slots(tuple(agents), tuple(_named_by_copula(actors, match) or actors.patient_subject(match.first)))


def _agent_before_object(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Novanto ditetapkan KPK sebagai tersangka", "ditetapkan oleh penyidik sebagai tersangka": the
    agent stands between the passive verb and the object that completes its trigger."""
    return actors.agent(match.last) if match.end > match.last else []


def _named_by_copula(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Kedua anggota yang dianiaya itu adalah Tober Sirait dan Nyoman": those the act was done to
    are named after the copula."""
    if match.first < 1 or actors.tokens[match.first - 1].low != "yang":
        return []
    i = match.end
    while i < len(actors.tokens) and actors.tokens[i].low in ("itu", "tersebut", "ini"):
        i += 1
    if i + 1 >= len(actors.tokens) or actors.tokens[i].low not in _NAMING_COPULAS:
        return []
    named = actors.by_first.get(i + 1)
    return actors.group_after(named) if named is not None and named.kind in ("mention", "descriptor") else []


def _reciprocal(actors: SentenceActors, match: TriggerMatch) -> Slots:
    subjects = actors.subject(match.first)
    partners = actors.partner(match.end)
    if len(subjects) >= 2 and not partners:
        return paired(subjects)
    return Slots(tuple(subjects), tuple(partners))


def _intransitive(actors: SentenceActors, match: TriggerMatch) -> Slots:
    # "Neymar hengkang ke Parc des Princes", "pasukan mundur ke perbatasan": where one withdraws to is
    # a destination, not the one withdrawn from
    preps = NOUN_TARGET - _DESTINATIONS if match.row.type == "RETREAT" else NOUN_TARGET
    targets = tuple(actors.after(match.end, preps, direct=False))
    word = actors.tokens[match.first].low
    if match.last - match.first == 1 and word.endswith(_CLITIC) and len(word) > len(_CLITIC) + _STEM_MIN:
        # "Publik terhenyak oleh kepastian hengkangnya Neymar": the one leaving is named after the fused
        # "-nya", not the clause's subject (who only hears of it)
        owner = actors.by_first.get(match.last)
        return Slots(tuple(actors.group_after(owner)) if owner is not None else (), targets)
    return Slots(tuple(actors.subject(match.first)), targets)


def _plural_people(tokens: list[Token], phrase: Phrase) -> bool:
    """A group of several people told as one phrase ("sejumlah menteri", "para delegasi")."""
    first = tokens[phrase.first].low
    return phrase.kind == "descriptor" and (first in _GROUP_OPENERS or "-" in tokens[phrase.first].text)


def _sentenced(actors: SentenceActors, match: TriggerMatch, slots: Slots | None) -> Slots | None:
    """"sidang pembacaan vonis Bupati X": the one a verdict is named after, right after it, is the one
    sentenced unless it is the court ("vonis majelis hakim"); the court then comes from the context."""
    if slots is None or slots.targets or not slots.sources or actors.tokens[match.first].low not in _VERDICTS:
        return slots
    owner = slots.sources[0]
    if owner.first != match.end or any(t.low in _COURT_WORDS for t in actors.tokens[owner.first:owner.end]):
        return slots
    return Slots((), slots.sources)


def event_slots(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    """Source and target phrases of a trigger; None when a noun trigger has no actor."""
    voice = match.row.voice
    if voice == "passive":
        return _passive(actors, match)
    if voice == "recip":
        return _reciprocal(actors, match)
    if voice == "pair":
        slots = _reciprocal(actors, match)
        # "Sejumlah menteri membahas kuota BBM": members meeting among themselves (docs/annotation.md)
        members = len(slots.sources) == 1 and _plural_people(actors.tokens, slots.sources[0])
        return slots if slots.sources and (slots.targets or members) else None
    if voice == "noun":
        return _sentenced(actors, match, noun_slots(actors, match))
    if voice == "intrans":
        return _intransitive(actors, match)
    if voice == "patient":
        return patient_slots(actors, match)
    return _active(actors, match)
