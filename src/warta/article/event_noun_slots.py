"""The sides of an act named by a noun ("serangan Rusia terhadap Ukraina", "penangkapan X
oleh polisi", "bantuan dari Singapura"): its owner, the subject of its light verb, the one
it is aimed at, its victims or perpetrators, the agent of a passive light verb later in the
clause, the one who receives or answers it.
"""

from __future__ import annotations

from warta.article.event_actor_words import (
    AGENT,
    AND,
    BREAK,
    NOUN_AGENT,
    NOUN_TARGET,
    OFFERS,
    PARTNER,
    VERB_GLUE,
    active_verb,
)
from warta.article.event_actors import SentenceActors, Slots, paired
from warta.article.event_actors_named import names_prosecutors
from warta.article.event_lexicon import Token, TriggerMatch, word_set
from warta.article.event_phrases import Phrase

_LIGHT_VERBS = word_set("""
mengadakan menggelar melakukan melancarkan menjatuhkan memberikan memberi menyampaikan mengajukan
melayangkan meluncurkan melangsungkan menghadiri membuat mengeluarkan menyerukan memiliki melontarkan
terlibat merencanakan mempersiapkan melaksanakan melanjutkan memulai menjalin memperkuat mempererat
meningkatkan memperluas
held launched made gave issued carried staged planned
""")
# Verbs whose subject undergoes a step of a case named after them, and those steps.
_UNDERGOING = word_set("menjalani menghadiri mengikuti underwent")
_CASE_STEPS = frozenset({"investigate", "arrest"})
# Acts whose coordinated owners act with each other rather than side by side.
_MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT"})
_JOINT = frozenset({"bersama"})
# Words between a light verb and its noun: "melancarkan serangkaian serangan", "melakukan aksi mogok".
_NOUN_FILLERS = word_set("""
sebuah suatu serangkaian rangkaian berbagai beberapa aksi proses upaya tahap rencana a an the
""")
# Verbs whose subject receives or answers the act named by the noun after them ("baik" ends
# "menyambut baik tawaran bantuan").
_RECEIVERS = word_set("""
mendapat mendapatkan menerima memperoleh terkena menghadapi dihadapkan menolak mengabaikan setuju merespons
merespon menjawab
menyetujui memenuhi mengabulkan menanggapi menampik received faced rejected ignored
menyambut baik
""")
# Verbs whose subject asks for help for itself ("Basarnas meminta bantuan kapal dari Singapura").
_ASKING = word_set("meminta memohon minta mengharapkan asked requested")
# Verbs whose subject denies an accusation made against it (not an event: "membantah serangan itu").
_DENYING = word_set("membantah menepis menyangkal denied")
_TIME_GIVEN = word_set("waktu kesempatan tenggat batas")  # "memberi X waktu untuk merespons"
_GIVEN_REACH = 10  # words between "memberi" and the "untuk" of the answer it gives time for
# Verbs by which the one attacked brings the attack to the police, and the words before its noun.
_VICTIM_REPORTS = word_set("melaporkan mengadukan mengadu melapor")
_ALLEGED = word_set("dugaan kasus tindak tindakan aksi perbuatan")
_THANKS = word_set("kasih berterima thanked thanks grateful")
# Passive light verbs whose agent is the agent of the noun before them ("… itu dilakukan KPK").
_PASSIVE_LIGHT = word_set("""
dilakukan dilaksanakan disampaikan digelar dilayangkan diajukan diberikan dikeluarkan dipimpin
dibacakan dijatuhkan diputuskan
""")
_DEMONSTRATIVES = word_set("itu tersebut ini")
PASSIVE_LIGHT_REACH = 10  # words after a noun trigger in which its passive light verb may stand
# "tewas dalam serangan …", "terluka akibat serangan …": those the attack hit
_CASUALTY_VERBS = word_set("tewas terbunuh meninggal terluka luka-luka cedera gugur killed wounded")
_CAUSE_LINKS = frozenset({"dalam", "akibat", "karena", "oleh", "in", "by"})
# passive verbs of telling: the agent after them speaks of an act ("penahanan X dibenarkan oleh
# juru bicara"), so it is no agent of the act the noun names
_TELLING_PASSIVES = word_set("""dibenarkan dikonfirmasi diungkapkan disampaikan dijelaskan dikatakan
diakui ditegaskan dibantah disebutkan dipastikan diterangkan dituturkan""")
_PERPETRATORS = word_set("pelaku penyerang otak tersangka pelakunya perpetrators")
_AIMED = frozenset({"terhadap", "atas", "kepada", "against", "on"})  # "serangan terhadap X"
# The harm an attack did, told between its noun and the one it was aimed at ("hingga tewas terhadap").
_OUTCOME_LINKS = word_set("hingga sampai")
_OUTCOMES = word_set("tewas meninggal kritis luka luka-luka cacat pingsan")
_OUTCOME_DEGREES = word_set("dunia parah berat ringan")
# Prepositions that make a meeting the setting of the clause ("dalam pertemuan", "usai rapat").
_SETTINGS = word_set("dalam pada sela sela-sela usai seusai setelah sebelum jelang menjelang during at")
# Adjectives between a nominalised act and its owner: "kunjungan pertama Rodolfo ke Indonesia".
# Verbs that bring someone to a meeting: their object is the one met there.
_SUMMONING = word_set("memanggil mengundang menghadirkan summoned invited")
_SUMMONED_REACH = 16  # words between the summoning verb and the meeting's setting word
# Words opening a sentence with a phrase set before its subject ("Berdasarkan penyelidikan Komnas HAM,
# Wiranto …", "Selain sanksi dari Barat, Rusia juga …"): an act named there bears on that subject.
_FRONTED_OPENERS = word_set("""
berdasarkan selain menyusul akibat dalam usai seusai setelah sesudah sebelum menjelang jelang sejak
terkait atas meski meskipun walau walaupun kendati
""")
_FRONTED_REACH = 20  # tokens from a fronted act noun to the comma that ends its phrase
_NOUN_MODIFIERS = word_set("""
pertama kedua ketiga terakhir resmi singkat perdana kenegaraan kehormatan kerja terbaru lanjutan
mendadak bersejarah balasan terbuka keras konstan tajam pedas bertubi-tubi besar-besaran udara darat
teknis koordinasi gabungan
""")


def _light_verb_before(actors: SentenceActors, match: TriggerMatch) -> int | None:
    """Token index of a light verb before a noun trigger ("menggelar (sebuah) pertemuan")."""
    light = match.first - 1
    while light >= 0 and actors.tokens[light].low in _NOUN_FILLERS:
        light -= 1
    return light if light >= 0 and actors.tokens[light].low in _LIGHT_VERBS else None


def undergone(tokens: list[Token], match: TriggerMatch) -> int | None:
    """Token index of a verb whose subject undergoes the step of a case named after it ("X menjalani
    pemeriksaan", "siap menghadiri pemeriksaan lanjutan"): the one investigated, not the investigator."""
    verb = match.first - 1
    while verb >= 0 and tokens[verb].low in _NOUN_FILLERS:
        verb -= 1
    undergoing = verb >= 0 and tokens[verb].low in _UNDERGOING
    return verb if undergoing and match.row.mode in _CASE_STEPS else None


def _undergoer_slots(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    """The subject of an undergoing verb as the target, the agent left to the context."""
    verb = undergone(actors.tokens, match)
    return Slots((), tuple(actors.subject(verb, nominal=True))) if verb is not None else None


def noun_slots(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    undergone = _undergoer_slots(actors, match)
    if undergone is not None:
        return undergone
    both = actors.between(match.end)
    if len(both) >= 2:
        return paired(both)
    if both and match.row.type in ("ASSAULT", "PROTEST", "CONSULT"):
        return Slots(tuple(both), ())  # "bentrokan antara napi": a group among itself
    light = _light_verb_before(actors, match)
    if light is not None:
        # "memperkuat kerja sama ekonomi bersama Uruguay": a joint act's partner may follow "bersama"
        preps = NOUN_TARGET | _JOINT if match.row.type in _MUTUAL_TYPES else NOUN_TARGET
        targets = actors.after(match.end, preps, direct=False)
        if not targets and actors.tokens[match.end - 1].low in NOUN_TARGET:
            # "melakukan pemeriksaan terhadap sejumlah saksi": the trigger ends in its preposition
            targets = actors.after(match.end, frozenset(), direct=True, direct_skip=0)
        subjects = actors.subject(light, nominal=True)
        if len(subjects) >= 2 and not targets and match.row.type in _MUTUAL_TYPES:
            return paired(subjects)  # "Indonesia dan Prancis memiliki perjanjian": one with the other
        return Slots(tuple(subjects), tuple(targets))
    # "kunjungan Perdana Menteri India": a capitalised name right after the noun is its owner,
    # though "perdana" after a visit is also an adjective ("kunjungan perdana Rodolfo")
    named = match.end < len(actors.tokens) and actors.tokens[match.end].is_cap
    owner = (actors.by_first.get(match.end) if named else None) or actors.by_first.get(
        _past_noun_modifiers(actors.tokens, match.end))
    if owner is None:
        return _bare_noun(actors, match)
    if owner.kind in ("pronoun", "own-side"):
        # "penolakan mereka atas …": the clause's subject owns the act
        owner = next(iter(actors.subject(match.first, nominal=True)), owner)
        return Slots((owner,), tuple(actors.after(match.end + 1, NOUN_TARGET, direct=False)))
    owners = actors.group_after(owner)
    joined = len(owners) >= 2 and actors.tokens[owners[0].end]
    if joined and (joined.low in AND or joined.text == ","):
        # "pertemuan Jokowi dan Najib": the two meet; "bantuan Singapura dan Malaysia": both help;
        # "rapat teknis PVMBG, Kementerian ESDM, dan …": a list (group_after drops a lone apposition)
        return paired(owners) if match.row.type in _MUTUAL_TYPES else Slots(
            tuple(owners), tuple(_receiver(actors, match)))
    targets = actors.after(owners[-1].end, NOUN_TARGET, direct=False) or _receiver(actors, match) or (
        _victims(actors, match)) or _fronted_subject(actors, match, owners)
    return Slots(tuple(owners[:1]), tuple(targets))


def _past_noun_modifiers(tokens: list[Token], i: int) -> int:
    """Index after the adjectives between a noun and its owner ("kunjungan pertama Rodolfo")."""
    while i < len(tokens) and tokens[i].low in _NOUN_MODIFIERS:
        i += 1
    return i


def _receiver(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Rusia mendapat sanksi", "pemerintah belum setuju permintaan Chevron": the subject of a
    verb that receives or answers an act is the one the act is aimed at."""
    i = match.first - 1
    while i >= 0 and (actors.tokens[i].low in _NOUN_FILLERS or actors.tokens[i].low in OFFERS):
        i -= 1  # "menerima tawaran bantuan": the one who accepts the offer of help receives it
    if match.row.type == "AID" and i > 0 and actors.tokens[i].low in ("atas", "for") and (
            actors.tokens[i - 1].low in _THANKS):
        # "berterima kasih atas bantuan Singapura": helped, thankful; "menyampaikan terima kasih
        # atas …": the one who thanks is the subject of the verb before the thanks
        thanks = i - 1
        if thanks >= 2 and actors.tokens[thanks].low == "kasih" and actors.tokens[thanks - 1].low == "terima":
            thanks -= 1 if not active_verb(actors.tokens[thanks - 2].low) else 2
        return actors.subject(thanks)
    if i >= 1 and actors.tokens[i].low == "korban" and actors.tokens[i - 1].low == "menjadi":
        return actors.subject(i - 1)  # "dua polisi yang menjadi korban penganiayaan": they are attacked

    receiving = _RECEIVERS | _ASKING if match.row.type == "AID" else _RECEIVERS
    if match.row.type == "ACCUSE":
        receiving = _RECEIVERS | _DENYING  # "AirAsia membantah tudingan Kemenhub": AirAsia is accused
    if i < 0 or actors.tokens[i].low not in receiving:
        return []
    return _given_time(actors, i) or actors.subject(i)


def _given_time(actors: SentenceActors, verb: int) -> list[Phrase]:
    """"Hamas memberi Israel waktu 24 jam untuk merespons tuntutan …": the one given time to answer
    answers, not the one who gave it."""
    if verb < 1 or actors.tokens[verb - 1].low != "untuk":
        return []
    for i in range(verb - 2, max(-1, verb - 2 - _GIVEN_REACH), -1):
        if actors.tokens[i].low in ("memberi", "memberikan"):
            given = actors.by_first.get(i + 1)
            window = {t.low for t in actors.tokens[i + 1:verb]}
            return [given] if given is not None and window & _TIME_GIVEN else []
    return []


def _victims(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"X menjadi korban penganiayaan", "X tewas dalam serangan udara AS", "X melaporkan dugaan
    penganiayaan oleh Y": the victims of an act named by a noun."""
    first = match.first
    if first >= 2 and actors.tokens[first - 1].low == "korban" and actors.tokens[first - 2].low == "menjadi":
        return actors.subject(first - 2)
    if match.row.type == "ASSAULT" and first >= 2 and actors.tokens[first - 1].low in _CAUSE_LINKS and (
            actors.tokens[first - 2].low in _CASUALTY_VERBS):
        return actors.subject(first - 2)
    reported = first - 1
    while reported >= 0 and actors.tokens[reported].low in _ALLEGED:
        reported -= 1
    if match.row.type == "ASSAULT" and reported >= 0 and actors.tokens[reported].low in _VICTIM_REPORTS:
        # "Ia melaporkan dugaan pelecehan seksual oleh dokter": the one reporting it suffered it
        return actors.subject(reported)
    return []


def _passive_agent(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Pencegahan itu dilakukan KPK sejak Desember": the agent of a passive light verb later in
    the noun's clause."""
    closed = _relative_clause_closed(actors.tokens, match.end)
    if closed is not None:
        return actors.agent(closed + 1)
    for i in range(match.end, min(len(actors.tokens), match.end + PASSIVE_LIGHT_REACH)):
        low = actors.tokens[i].low
        if low in _PASSIVE_LIGHT:
            return actors.agent(i + 1)
        if i == match.end and low in ("yang", "which"):
            continue  # "bantuan yang diberikan Indonesia", "serangan yang dilakukan oleh X": the noun's own
        if low in BREAK or low in {".", ";", ","}:
            return []  # "penyidikan perkara yang dilakukan Rohadi": the crime is his, not the inquiry
    return []


def _relative_clause_closed(tokens: list[Token], after: int) -> int | None:
    """"Penahanan yang berlaku sejak Senin itu dilakukan Kejaksaan": a relative clause right after the
    noun, closed by a demonstrative, leaves the noun the subject of the passive light verb after it;
    the index of that verb, or None. Its own time and cause words ("sejak", "karena") end nothing."""
    if after >= len(tokens) or tokens[after].low != "yang":
        return None
    for i in range(after + 2, min(len(tokens) - 1, after + PASSIVE_LIGHT_REACH)):
        if tokens[i].text in {".", ";", ",", '"', "“", "”"}:
            return None
        if tokens[i].low in _DEMONSTRATIVES and tokens[i + 1].low in _PASSIVE_LIGHT:
            return i + 1
    return None


def _aimed_at(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Penyerangan terhadap pos polisi itu dilakukan oleh …": the one a bare act noun is aimed at,
    right after it or after the harm it did ("penganiayaan hingga tewas terhadap seorang taruna")."""
    aimed = _past_outcome(actors.tokens, match.end)
    if aimed + 1 >= len(actors.tokens) or actors.tokens[aimed].low not in _AIMED:
        return []
    found = actors.by_first.get(aimed + 1)
    return actors.group_after(found) if found is not None else []


def _past_outcome(tokens: list[Token], i: int) -> int:
    """Index after the outcome of an attack told right after its noun ("hingga tewas", "sampai luka
    parah"), else ``i``."""
    if i + 1 >= len(tokens) or tokens[i].low not in _OUTCOME_LINKS or tokens[i + 1].low not in _OUTCOMES:
        return i
    i += 2
    return i + 1 if i < len(tokens) and tokens[i].low in _OUTCOME_DEGREES else i


def _verbal_use(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Wiranto protes karena …", "para buruh demo di depan …": a noun right after its subject
    is used as a verb."""
    i = match.first - 1
    while i >= 0 and actors.tokens[i].low in VERB_GLUE:
        i -= 1
    phrase = actors.by_end.get(i)
    return [phrase] if phrase is not None and not actors.in_pp(phrase) else []


def _bare_noun(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    """A noun with no actor right after it: "sanksi dari Barat", "dalam pertemuan di Wina";
    None when nothing in the sentence says who acts or who is acted upon."""
    targets = _receiver(actors, match) or _aimed_at(actors, match)
    sources = (actors.after(match.end, NOUN_AGENT, direct=False) or _passive_agent(actors, match)
               or _perpetrators(actors, match) or _verbal_use(actors, match))
    setting = match.first > 0 and actors.tokens[match.first - 1].low in _SETTINGS
    if not sources and not targets and setting and match.row.type == "CONSULT":
        # "OPEC mempertahankan pagu produksi dalam pertemuan di Wina": the clause's subject met
        sources = actors.subject(match.first, nominal=True) or actors.main_subject(match.first)
        targets = actors.after(match.end, PARTNER, direct=False) or _summoned(actors, match)
    if not sources and not targets:
        # "pertemuan itu berlangsung dua jam": no actors, no event; but "tuntutan jaksa" names its
        # agent inside the trigger (the coder resolves it)
        return Slots((), ()) if _agent_in_trigger(actors, match) else None
    if sources and not targets:
        # "Nota protes itu dilayangkan Kemlu kepada Australia": the one addressed after the agent
        targets = actors.after(sources[-1].end, NOUN_TARGET, direct=False) or _fronted_subject(
            actors, match, sources)
    if match.row.type in _MUTUAL_TYPES:
        sources = sources[:1]  # "perundingan dari kedua pihak": one side, the rest is context
    return Slots(tuple(sources), tuple(targets))  # "bantuan dari Singapura dan Malaysia": each helps


def _fronted_subject(actors: SentenceActors, match: TriggerMatch, agents: list[Phrase]) -> list[Phrase]:
    """"Berdasarkan penyelidikan Komnas HAM, Wiranto memegang …", "Selain sanksi dari Barat, Rusia juga
    menghadapi …": an act whose agent is named in a phrase set before the sentence's subject bears on
    that subject (not a meeting: its setting says nothing of whom it is aimed at)."""
    tokens = actors.tokens
    if match.row.type in _MUTUAL_TYPES or not tokens or tokens[0].low not in _FRONTED_OPENERS:
        return []
    after = max([match.end, *(agent.end for agent in agents)])
    for i in range(after, min(len(tokens) - 1, after + _FRONTED_REACH)):
        if tokens[i].text in {".", ";", '"', "“", "”"}:
            return []
        if tokens[i].text != ",":
            continue
        subject = actors.by_first.get(i + 1)
        if subject is None or subject.kind not in ("mention", "descriptor") or subject in agents:
            continue  # "… dari Cina, Jepang dan Korea": the list goes on; a relative clause may follow
        following = tokens[subject.end] if subject.end < len(tokens) else None
        closes = following is not None and following.low not in AND and following.text != ","
        return [subject] if closes else []
    return []


def _summoned(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Komisi VII memanggil direksi PT X dalam rapat dengar pendapat": those called or invited to
    the meeting are the ones met ("dalam RDP dengan Komisi III" names them after the noun instead)."""
    for i in range(match.first - 2, max(-1, match.first - 2 - _SUMMONED_REACH), -1):
        low = actors.tokens[i].low
        if low in _SUMMONING:
            return actors.object(i + 1)
        if low in (",", ".", ";"):
            return []
    return []


def _agent_in_trigger(actors: SentenceActors, match: TriggerMatch) -> bool:
    """Does a multi-word noun trigger name its agent after the noun ("tuntutan jaksa")?"""
    return names_prosecutors([t.low for t in actors.tokens[match.first + 1:match.end]])


def patient_slots(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    """"penangkapan Ndii (oleh polisi)", "penetapan kembali Setya Novanto sebagai tersangka": the
    noun phrase after the act is acted upon; the agent follows "oleh" or comes from context."""
    undergone = _undergoer_slots(actors, match)
    if undergone is not None:
        return undergone
    light = _light_verb_before(actors, match)
    both = actors.between(match.end)
    if len(both) >= 2:
        return noun_slots(actors, match)
    if light is not None:
        slots = noun_slots(actors, match)
        if slots is None or slots.targets:
            return slots
        # "melakukan proses pengembalian paspor para korban": the light verb's subject acts, and the
        # noun phrase after the act is still the one acted upon
        return Slots(slots.sources, tuple(actors.after(match.last, frozenset(), direct=True, direct_skip=1)))
    targets = actors.after(match.last, frozenset(), direct=True, direct_skip=1)
    if not targets and match.end > match.last:
        targets = actors.after(match.end, frozenset(), direct=True, direct_skip=0)
    if not targets:
        # "penganiayaan hingga tewas terhadap seorang taruna": the harm done may come first
        targets = actors.after(_past_outcome(actors.tokens, match.end), NOUN_TARGET, direct=False) or (
            _victims(actors, match))
    after = max(targets[-1].end, match.end) if targets else match.end  # victims may stand before it
    agents = _untold(actors, after, actors.after(after, AGENT, direct=False)) or _passive_agent(
        actors, match) or _perpetrators(actors, match)
    return Slots(tuple(agents), tuple(targets))


def _untold(actors: SentenceActors, start: int, agents: list[Phrase]) -> list[Phrase]:
    """"Pemeriksaan Syahrini dibenarkan oleh Kombes Martinus": the agent after a passive verb of
    telling or confirming between the act and it told of the act; it did not do it."""
    if not agents:
        return agents
    between = actors.tokens[start:agents[0].first]
    return [] if any(t.low in _TELLING_PASSIVES for t in between) else agents


def _perpetrators(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"pelaku penyiraman air keras", "14 tersangka kasus penganiayaan": those named as the ones who
    did the act (an attack, a crime) right before its noun."""
    i = match.first - 1
    if i >= 0 and actors.tokens[i].low in ("kasus", "perkara", "aksi"):
        i -= 1
    phrase = actors.by_end.get(i)
    if phrase is None or actors.tokens[i].low not in _PERPETRATORS:
        return []
    return [phrase]
