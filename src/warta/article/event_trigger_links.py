"""How the triggers of one sentence bear on each other and on the words around them: an act
demanded by a request ("mendesak X agar menarik pasukan"), threatened or promised, the
purpose of a sending, the talk a meeting is held for, an act named again as another's object
("mengecam penangkapan itu"), a case looked into; and the voice, negation and modality of a
trigger as the sentence gives them.
"""

from __future__ import annotations

from warta.article.event_lexicon import Token, TriggerMatch, trigger_index
from warta.article.event_modifiers import is_negated, modality_of
from warta.models import Modality

# Between a REQUEST verb and the act it asks for ("mendesak Rusia agar menarik pasukan").
_DEMAND_LINKS = frozenset({"agar", "supaya", "untuk", "to", "that"})
_DEMAND_REACH = 8  # words after a REQUEST trigger in which a demanded act may start
# Passive light verbs after an act noun that tell on about an act already told ("Penangkapan dilakukan …").
_TOLD_ON = frozenset({"dilakukan", "dilaksanakan", "digelar", "berlangsung"})
_COORDINATORS = frozenset({"dan", "serta", "atau", ",", "sekaligus", "and", "or"})
_CASE_GAP = 2  # words between an investigation verb and the act it looks into ("mengusut tuntas penembakan")
CLAUSE_ENDS = frozenset({",", ".", ";", "dan", "yang", "namun", "tetapi", "karena", "sehingga"})
_PURPOSE_LINKS = frozenset({"untuk", "guna", "demi", "to"})
_THREAT_LINKS = frozenset({"akan", "untuk", "bakal", "segera", "to", "will"})
_THREAT_REACH = 2  # words between a threat and the act it threatens
# A promise is an AGREE event whose content ("berjanji akan membela Jepang") is no act of its own
_PROMISES = frozenset({"berjanji", "menjanjikan", "bersumpah", "berkomitmen", "promised", "pledged"})
# Words of a promise whose whole clause is its content ("berjanji untuk memperluas … agar mendukung …").
_PROMISE_WORDS = _PROMISES | frozenset({"janji", "janjinya", "vowed", "promise", "promises"})
_PROMISE_CLAUSE = 12  # words from a promise to the farthest act its content may hold
# Where a promise's content ends: a new clause, a relative clause on someone ("pelaku yang menyerang").
_CONTENT_ENDS = frozenset({",", ".", ";", ":", "yang", "namun", "tetapi", "sedangkan", "sementara", "karena",
                           "setelah", "sejak", "ketika", "saat", "which", "who", "after", "because"})
_ATTENDING = frozenset({"menghadiri", "mengikuti", "attended", "attends"})
_CASE_FILLERS = frozenset({"tuntas", "kasus", "perkara", "dugaan"})  # "mengusut tuntas kasus dugaan …"
_CASE_WORDS = 3
_RECEIVED_REACH = 5  # words after a help noun in which "diterima" says who received it
# Nouns of a decision or a step taken, named again as what is backed or criticised.
_DECISIONS = frozenset({"keputusan", "langkah", "kebijakan", "tindakan", "putusan", "sikap"})
_STANCES_ON_DECISIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT", "AGREE"})
# What an attack did to people, told after it: "… dan menewaskan 86 orang", "… sehingga melukai enam orang".
_OUTCOMES = frozenset({"menewaskan", "melukai", "mencederai"})
# Not "yang": "serangan udara ke Jalur Gaza yang menewaskan lima orang" codes the dead as the attack's
# targets (tests/test_events_round3.py).
_OUTCOME_LINKS = frozenset({"dan", "sehingga", "hingga", "serta"})
_OUTCOME_REACH = 12  # words from the attack's trigger to the outcome
_MANNER_REACH = 4  # words (the one acted upon) between an act and "dengan (cara)" telling how it was done
# A comma before the link starts a clause of its own ("memukul tetangganya, dan melukai dua warga lain").
_SENTENCE_BREAKS = frozenset({",", ".", ";", "namun", "tetapi", "sementara", "sedangkan"})


def demanded(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """Is the act of ``match`` what an earlier REQUEST trigger of the sentence asks for?"""
    for request in triggers:
        if request.row.type != "REQUEST" or request.end > match.first:
            continue
        if _investigated(match, triggers, request):
            return False  # "mendesak Polri mengusut penembakan …": the shooting is the case, not asked for
        between = {t.low for t in tokens[request.end:match.first]}
        if between & _DEMAND_LINKS or match.first - request.end <= 1 or _only_addressee(
                tokens[request.end:match.first]):
            return match.first - request.end <= _DEMAND_REACH
    return False


def _investigated(match: TriggerMatch, triggers: list[TriggerMatch], request: TriggerMatch) -> bool:
    """Is ``match`` the object of an investigation asked for after ``request``: an act told as the
    case to look into, which happened (or not) whoever is asked?"""
    return any(t.row.type == "ACCUSE" and t.row.mode == "investigate" and request.end <= t.first
               and 0 <= match.first - t.end <= _CASE_GAP for t in triggers if t is not match)


def _only_addressee(between: list[Token]) -> bool:
    """"meminta Amerika Serikat mengirimkan kapal": only the one asked stands between a request
    and the act it asks for (no verb, no clause boundary); "memerintahkan X mempercepat penyaluran
    bantuan": the verb the one asked is to carry the act out with may come right before it."""
    if len(between) > 2 and between[-2].low.startswith("me") and len(between[-2].low) > 5:
        between = between[:-2]  # "… mempercepat penyaluran"
    return all(t.is_word and t.low not in CLAUSE_ENDS and not (
        t.low.startswith(("me", "ber", "di")) and len(t.low) > 5) for t in between)


def threatened(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]
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


def promised_act(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Miraxess berjanji untuk memperluas kompatibilitas agar mendukung produk X": an act anywhere in
    a promise's content is promised, not done; the promise alone is coded (docs/annotation.md,
    Promises). The content ends at a new clause or a relative clause ("berjanji menghukum pelaku yang
    menyerang polisi": the attack happened)."""
    if tokens[match.first].low in _PROMISE_WORDS:
        return False
    for i in range(match.first - 1, max(-1, match.first - 1 - _PROMISE_CLAUSE), -1):
        low = tokens[i].low
        if low in _PROMISE_WORDS:
            return True
        if low in _CONTENT_ENDS:
            return False
    return False


def purpose_of(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> TriggerMatch | None:
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


def talk_of_meeting(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """"bertemu di ruang tertutup untuk membahas krisis": the talk a meeting is held for is that
    meeting, not a second one."""
    if match.row.type != "CONSULT" or match.first < 1 or tokens[match.first - 1].low not in _PURPOSE_LINKS:
        return False
    return any(other.row.type == "CONSULT" and other.end <= match.first
               and match.first - other.end <= _DEMAND_REACH for other in triggers)


def trigger_modality(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> Modality:
    asked = match.row.type != "REQUEST" or _asked_of_someone(match, tokens)
    if asked and demanded(match, triggers, tokens):
        return "demanded"
    return modality_of(tokens, match.first)


def _asked_of_someone(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"meminta MK memerintahkan penghitungan ulang": an order asked of someone named between is
    asked for; "mendesak dan meminta pemerintah …" is one request said twice."""
    if match.first < 2:
        return False
    return not {tokens[match.first - 1].low, tokens[match.first - 2].low} & _COORDINATORS


def object_act(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """"menolak permintaan tersebut", "mengecam penangkapan itu": an act named again as the
    object of another act is that act's target, not a new event; so is an attack's outcome told in
    its clause (:func:`attack_outcome`) and the manner an act was done in (:func:`manner_of_act`)."""
    if attack_outcome(match, triggers, tokens) or manner_of_act(match, triggers, tokens):
        return True
    if match.row.type == "CONSULT" and match.row.voice in ("noun", "pair") and any(
            other.end == match.first and tokens[other.first].low in _ATTENDING for other in triggers):
        return True  # "menghadiri rapat": attending the meeting is the one act
    if match.row.voice not in ("noun", "patient") or not named_again(match, tokens):
        return False
    return any(other.end == match.first for other in triggers if other is not match)


def attack_outcome(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """"menabrakkan truk ke kerumunan dan menewaskan 86 orang", "menyerang pos itu sehingga melukai
    dua polisi": killing or wounding told after an attack in its own clause is what the attack did,
    one event, not a second attack; told on its own ("Serangan itu menewaskan 30 orang") or after a
    comma it stays."""
    if match.row.type != "ASSAULT" or match.first < 1 or tokens[match.first].low not in _OUTCOMES:
        return False
    if tokens[match.first - 1].low not in _OUTCOME_LINKS:
        return False
    return any(other.row.type == "ASSAULT" and other.end < match.first
               and match.first - other.end <= _OUTCOME_REACH
               and not any(t.low in _SENTENCE_BREAKS for t in tokens[other.end:match.first])
               for other in triggers if other is not match)


def manner_of_act(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """"memeras dengan cara memaksa seseorang", "dilumpuhkan dengan ditembak": an act of the same type
    right after another and "dengan (cara)" tells how that act was done, one event; "merespons
    laporan itu dengan menangkap ZA" (no act before "dengan") stays."""
    k = match.first - 1
    if k >= 0 and tokens[k].low == "cara":
        k -= 1
    if k < 1 or tokens[k].low != "dengan":
        return False
    return any(other.row.type == match.row.type and other.end <= k and k - other.end <= _MANNER_REACH
               and not any(t.low in _SENTENCE_BREAKS for t in tokens[other.end:k])
               for other in triggers if other is not match)


def named_again(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"pertemuan itu", "pertemuan tersebut": an act named again with a demonstrative."""
    return match.end < len(tokens) and tokens[match.end].low in ("itu", "tersebut", "ini")


# Words making a meeting named again the setting of what the sentence tells ("Dalam pertemuan tersebut,
# X memaparkan …", "pada konferensi pers penutupan pertemuan itu"), or the origin of what came of it
# ("hasil rapat ini": what was done in it, told on).
_SETTING_WORDS = frozenset({"dalam", "pada", "di", "sela", "sela-sela", "usai", "seusai", "setelah",
                            "sebelum", "selama", "penutupan", "pembukaan", "hasil", "during", "at", "after"})


def meeting_as_setting(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Dalam pertemuan tersebut, Prabowo memaparkan …": a meeting named again as the setting of what is
    said or done in it is not stated again (docs/annotation.md, Edge cases); as the sentence's subject
    ("Pertemuan tersebut telah lama dinantikan") it is."""
    # "rapat" is a verb or a noun ("pair"): after a setting word and before "itu" it is the noun
    return match.row.type == "CONSULT" and match.row.voice in ("noun", "pair") and match.first > 0 and (
        tokens[match.first - 1].low in _SETTING_WORDS) and named_again(match, tokens)


# An attack only planned or considered by its would-be doer is a threat (CAMEO 138); carried out, it is one.
_PLANNING = frozenset({"rencana", "mempertimbangkan", "considering", "plan"})
_CARRYING_OUT = frozenset({"melaksanakan", "menjalankan", "mewujudkan", "merealisasikan", "menggagalkan",
                           "carry", "carried", "foiled"})
_PLAN_GLUE = frozenset({"untuk", "akan", "to"})
_PLAN_REACH = 3  # words between the plan and the attack ("rencana untuk menembakkan")


def announced_attack(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Korea Utara mempertimbangkan rencana untuk menembakkan rudal ke Guam": an attack planned or
    considered is the threat of it (docs/annotation.md, adjudicated in round 12); "jika Korut benar-benar
    melaksanakan rencana serangan ke Guam" is the attack itself, supposed."""
    if match.row.type != "ASSAULT":
        return False
    i = match.first - 1
    while i >= 0 and match.first - i <= _PLAN_REACH and tokens[i].low in _PLAN_GLUE:
        i -= 1
    if i < 0 or tokens[i].low not in _PLANNING:
        return False
    return not (i > 0 and tokens[i - 1].low in _CARRYING_OUT)


def on_request(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"atas permintaan KPK", "berdasarkan permintaan X": a request named as what another act of the
    sentence was done upon."""
    return match.first > 0 and tokens[match.first - 1].low in ("atas", "berdasarkan", "sesuai")


def told_on(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Penggeledahan dilakukan di rumah dinas …", "Pemeriksaan dilakukan di Polda Jambi": an act
    noun opening its sentence before a passive light verb is the act just told, told on with its
    place or time."""
    opening = next((i for i, t in enumerate(tokens) if t.is_word), None)
    return (match.first == opening and match.end < len(tokens) and tokens[match.end].low in _TOLD_ON
            and match.row.voice in ("noun", "patient"))


def trigger_negated(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Negation words shortly before a verb; right before a noun ("tanpa serangan"), since in
    "belum setuju permintaan X" the "belum" negates the verb, not the request."""
    if match.row.voice in ("noun", "patient"):
        return is_negated(tokens[match.first - 1:match.first + 1], 1) if match.first > 0 else False
    return is_negated(tokens, match.first) or _denied_doing(match, tokens) or _forbidden(match, tokens)


# "jangan (pernah) mengalah", "jangan sampai menyerang": a prohibition asks that the act not happen, so
# the act it names is told negated (the asking itself is coded on its own, asserted).
_PROHIBITIONS = frozenset({"jangan", "janganlah"})
_PROHIBITION_GAP = frozenset({"pernah", "sampai", "lagi", "sekali-kali", "coba-coba", "mudah", "terus"})
_PROHIBITION_GAP_WORDS = 2  # words between the prohibition and the act


def _forbidden(match: TriggerMatch, tokens: list[Token]) -> bool:
    i = match.first - 1
    while i >= 0 and match.first - i <= _PROHIBITION_GAP_WORDS and tokens[i].low in _PROHIBITION_GAP:
        i -= 1
    return i >= 0 and tokens[i].low in _PROHIBITIONS


# "membantah pernah memberi arahan": the one denying says he did not do the act, so it is told
# negated (an accusation noun denied stays asserted: it is the accuser's act, not the denier's).
_DENYING_VERBS = frozenset({"membantah", "menyangkal", "menepis", "denied", "denies", "deny"})
_DENIAL_GAP = frozenset({"pernah", "telah", "sudah", "ikut", "turut", "having", "that", "he", "she", "it",
                         "had"})
_DENIAL_GAP_WORDS = 3  # words between the denial and the act denied


def _denied_doing(match: TriggerMatch, tokens: list[Token]) -> bool:
    i = match.first - 1
    while i >= 0 and match.first - i <= _DENIAL_GAP_WORDS and tokens[i].low in _DENIAL_GAP:
        i -= 1
    return i >= 0 and tokens[i].low in _DENYING_VERBS


def received(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Bantuan tersebut diterima langsung oleh Bupati": help whose clause says who received it,
    the one after "oleh" being its receiver."""
    if match.row.type != "AID" or match.row.voice != "noun":
        return False
    for token in tokens[match.end:match.end + _RECEIVED_REACH]:
        if token.low in ("diterima", "diterimanya"):
            return True
        if token.low in CLAUSE_ENDS or token.low == "oleh":
            return False
    return False


def decision_again(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"mengecam keputusan tersebut", "mendukung langkah itu": a decision named again as the object."""
    return match.row.type in _STANCES_ON_DECISIONS and match.end + 1 < len(tokens) and (
        tokens[match.end].low in _DECISIONS and tokens[match.end + 1].low in ("tersebut", "itu", "ini"))


def act_after(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Is the object of the trigger an act done to someone ("mengecam penangkapan Budi")? Then
    the one criticised is whoever did it, not the one it was done to."""
    if match.end >= len(tokens):
        return False
    return any(row.voice == "patient" and len(phrase) == 1
               for phrase, row in trigger_index(match.row.lang).get(tokens[match.end].low, ()))


def case_of(match: TriggerMatch, tokens: list[Token]) -> int | None:
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


# "ada yang mengeroyok mereka": someone did it, the sentence names no one (docs/annotation.md:
# `ada yang` names no one, the act is coded with no source)
_SOMEONE = (("ada", "yang"), ("ada", "orang", "yang"), ("ada", "pihak", "yang"), ("seseorang",))
_SOMEONE_REACH = 4  # words back to "ada yang" over the verbs coordinated before ("mengeroyok dan")


def unnamed_doer(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Is the trigger's subject an indefinite someone ("ada yang memukul", "seseorang menyerang")?"""
    i = match.first
    for _ in range(_SOMEONE_REACH):
        for words in _SOMEONE:
            start = i - len(words)
            if start >= 0 and tuple(t.low for t in tokens[start:i]) == words:
                return True
        if i == 0 or tokens[i - 1].text in (".", ";", ",") or tokens[i - 1].low in ("yang", "bahwa"):
            return False
        i -= 1
    return False


# Nouns of something said, which an answer names instead of its author ("Pernyataan itu ditolak").
_SAID = frozenset({"pernyataan", "klaim", "tudingan", "tuduhan", "bantahan", "statement", "claim", "claims"})
_THAT = frozenset({"itu", "tersebut", "ini", "that", "this"})


def answers_statement(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"Pernyataan itu langsung ditolak Kemlu": an answer to a statement named only by a demonstrative
    earlier in its clause answers the one who just made that statement."""
    for i in range(match.first - 1, 0, -1):
        if tokens[i].low in CLAUSE_ENDS:
            return False
        if tokens[i].low in _THAT and tokens[i - 1].low in _SAID:
            return True
    return False

