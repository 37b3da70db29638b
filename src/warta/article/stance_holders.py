"""Who takes a stance: the holder of a stance cue in its sentence.

In order:

1. the speaker of the direct quote the cue sits in ("Pertemuan itu memang terjadi," kata Peskov);
2. for a noun cue, who it comes from ("bantahan dari Kremlin", "belum ada konfirmasi dari
   maskapai");
3. the subject before the cue, or the agent after a passive one ("hal itu dibenarkan oleh
   Kapolres"), or the phrase opening the cue's clause ("Hingga kini, Kedutaan Besar Rusia di
   Ankara belum memberikan tanggapan"), resolved like event actors, the tracker knowing every
   quote's speaker so far. A pronoun or "pihaknya" inside reported speech is
   the reporter ("Polisi mengatakan pihaknya belum bisa memastikan …"); an anaphoric body
   ("badan tersebut", "lembaga itu") is the latest organisation that spoke or acted; a relation,
   lawyer or source of a person named ("istri X", "kuasa hukum X", "sumber dekat X") is that
   unnamed one, described, not X (:mod:`warta.article.stance_relations`);
4. for a judgement of the writer's form ("Kabar itu tidak benar") outside a quote, the subject of
   an active verb of saying or judging before it ("X menilai tudingan itu tidak benar") or whom
   "menurut" names;
5. the speaker of a quote around the cue or in the same sentence;
6. else nobody: the stance is dropped rather than given to a guessed holder.

A cleft names the holder after "adalah" ("Yang memprotesnya adalah X"); a di- cue with its own
"-nya" ("Tuduhan itu dibantahnya") is held by whom the "-nya" continues.

Cues whose grammatical subject is the thing judged ("Kabar itu tidak benar", "Penyebabnya
belum dapat dipastikan") skip step 3: with no quote around them they are the writer's own
words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.actors import (
    DEMONSTRATIVES,
    FIRST_PERSON,
    PLURAL_PRONOUNS,
    SINGULAR_PRONOUNS,
    ActorTracker,
)
from warta.article.event_actors import SentenceActors
from warta.article.event_lexicon import Token
from warta.article.event_phrases import Phrase, head_start
from warta.article.lexicon import lexicon
from warta.article.speaker_names import named_at_end
from warta.article.speakerphrases import ADJUNCT_START, ADVERBS
from warta.article.speechcues import speech_cues
from warta.article.stance_cues import Cue
from warta.article.stance_epithets import epithet_holder, epithet_span
from warta.article.stance_relations import relation_of_named
from warta.article.tokens import fold
from warta.models import ActorRef, Event, Quote

# Cues said of the thing judged: their subject is the report, not who judges it.
CONTENT_SUBJECT_CUES = frozenset(tuple(form.split()) for form in (
    "tidak benar", "tak benar", "enggak benar", "nggak benar", "gak benar", "benar-benar terjadi",
    "memang terjadi", "memang benar", "adalah hoaks", "merupakan hoaks", "itu hoaks", "hoaks belaka",
    "adalah hoax", "itu hoax", "kabar bohong", "berita bohong", "fitnah", "tidak pernah terjadi",
    "tidak berdasar", "tak berdasar", "mengada-ada", "isapan jempol", "tidak sesuai fakta",
    "tidak sesuai dengan fakta", "bukan hoaks", "belum bisa dipastikan", "belum dapat dipastikan",
    "belum terverifikasi", "belum terkonfirmasi", "belum ada konfirmasi", "belum ada kepastian",
    "tidak ada pertemuan", "tidak ada serangan", "telah dikonfirmasi", "sudah dikonfirmasi",
    "benar adanya", "sudah dipastikan", "telah dipastikan", "belum bisa dikonfirmasi",
    "belum dapat dikonfirmasi", "itu keliru", "tersebut keliru", "adalah keliru", "itu salah besar",
    "belum ada informasi", "belum ada laporan", "belum ada kabar", "tidak akurat", "tak akurat",
    "tidak betul", "tak betul", "enggak betul", "nggak betul", "gak betul", "ndak betul",
    "tidak benar sama sekali", "hoaks", "hoax", "bohong", "kebohongan", "keliru",
))
# Noun cues, whose holder follows "dari" or "oleh".
_NOUN_CUES = frozenset({"bantahan", "sanggahan", "penolakan", "pembenaran", "konfirmasi", "kepastian"})
# "Bantahan juga disampaikan Direktur …": a noun cue's holder also follows the verb that delivers it.
_FROM = frozenset({"dari", "oleh", "disampaikan", "dilontarkan", "diungkapkan", "dikemukakan"})
# Words that end the clause of a phrase opening it: it is then no subject of a later cue.
_CLAUSE_BREAKS = frozenset({"yang", "bahwa", "dan", "tetapi", "namun", "karena", "sehingga", ";", ":", '"',
                            "“"})
_SPEAKER_HEADS = frozenset({"pejabat", "sumber", "juru", "jubir", "pihak", "kepala", "ketua", "menteri",
                            "direktur", "petugas", "seorang", "polisi", "penyidik", "pengacara", "kuasa"})
_ROLE_WORDS = 3  # a bare role is this short ("Kapolres", "Kepala Basarnas", "Menteri Luar Negeri")
_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON
# A role and the name it comes with may have lower-case words between them ("juru bicara istana
# Johan Budi"), never a preposition or a conjunction, and only this many.
_ROLE_TO_NAME_WORDS = 3
_ROLE_TO_NAME_CHARS = 40
_NOT_IN_ROLE = ADJUNCT_START | {"dan", "atau", "yang", "bahwa", "dari", "oleh", "ke", "untuk", "terhadap",
                                "soal", "tentang", "atas", "kepada", "bagi"}
# A bare subject the phrase reader leaves unread ("Pihak rumah sakit tidak mau menjelaskan …") is a
# holder only when it opens with one of these heads, in at most this many words.
_BARE_SUBJECT_WORDS = 4
# Nouns for groups of people that speak in the news without a name ("warga", "netizen").
_PEOPLE_HEADS = frozenset({"warga", "netizen", "warganet", "masyarakat", "publik", "pengamat", "analis",
                           "aktivis", "mahasiswa", "buruh", "nelayan", "petani", "pedagang", "orangtua",
                           "keluarga", "korban", "saksi", "pengacara", "pengunjuk"})
# Unnamed staff a reporter speaks for: "Kapolres X mengatakan polisi masih menyelidiki apakah …" is the
# Kapolres's stance, as "… pihaknya masih menyelidiki" is; outside reported speech they stay as written.
_STAFF = frozenset({"polisi", "petugas", "penyidik", "aparat", "tim", "tim kami", "pihak kepolisian",
                    "jajarannya", "anggota"})
# "badan tersebut", "pihak maskapai itu", "manajemen perusahaan tersebut": a body named before.
_ORG_ANAPHOR = re.compile(
    r"^(?:(?:pihak|manajemen|jajaran)\s+)?(?:badan|lembaga|institusi|instansi|organisasi|perusahaan|"
    r"kementerian|kepolisian|maskapai|otoritas|komisi|partai|kelompok|pemerintah|direktorat|dinas|kantor)"
    r"\s+(?:itu|tersebut|ini)$",
    re.IGNORECASE)
_ORG_HEADS = frozenset({"pihak", "kementerian", "badan", "lembaga", "kepolisian", "pemerintah", "komisi",
                        "direktorat", "dinas", "kantor", "maskapai", "partai", "perusahaan", "otoritas",
                        # bodies that answer for a business, a school or an event ("Produsen sirup itu
                        # belum memberikan tanggapan", "Panitia lomba membantah …")
                        "produsen", "pengelola", "operator", "pengembang", "kontraktor", "pemilik", "direksi",
                        "pengurus", "panitia", "penyelenggara", "manajemen", "sekolah", "kampus", "rektorat",
                        "kedutaan", "kedubes", "istana", "yayasan", "koperasi", "pemkot", "pemkab", "serikat",
                        "pemprov"})
_BARE_HEADS = _SPEAKER_HEADS | _ORG_HEADS | _PEOPLE_HEADS
# English bodies and speakers named by a common noun after an article ("The navy declined to comment").
_ENGLISH_ARTICLES = frozenset({"the", "a", "an"})
_ENGLISH_HEADS = frozenset({"navy", "army", "military", "police", "ministry", "embassy", "government",
                            "company", "agency", "airline", "office", "department", "spokesman",
                            "spokeswoman", "spokesperson", "official", "officials", "authorities", "palace",
                            "court", "commission", "prosecutor", "prosecutors", "club", "federation"})


def content_subject(tokens: list[Token], cue: Cue) -> bool:
    return tuple(t.low for t in tokens[cue.first:cue.end]) in CONTENT_SUBJECT_CUES


def _clause_opening(tokens: list[Token], actors: SentenceActors, cue: Cue) -> list[Phrase]:
    """The phrase opening the cue's clause when words stand between it and the cue ("Hingga berita
    ini diturunkan, Kedutaan Besar Rusia di Ankara belum memberikan tanggapan")."""
    opening = max((i + 1 for i in range(cue.first) if tokens[i].low == ","), default=0)
    phrase = actors.by_first.get(opening)
    if phrase is None or phrase.end > cue.first or phrase.kind not in ("mention", "descriptor"):
        return []
    if any(t.low in _CLAUSE_BREAKS for t in tokens[phrase.end:cue.first]):
        return []  # another verb or clause between: the phrase is not the cue's subject
    return [phrase]


def _head_of_relative(tokens: list[Token], actors: SentenceActors, phrase: Phrase) -> Phrase:
    """The one a "yang di-" clause describes, not its agent: "Kapolres X yang dikonfirmasi
    wartawan membenarkan …" is the Kapolres's stance."""
    verb = phrase.first - 1
    if verb < 1 or not tokens[verb].low.startswith("di") or tokens[verb - 1].low != "yang":
        return phrase
    return actors.by_end.get(verb - 2, phrase)


_RELATIVE_REACH = 10  # tokens between "yang" and the phrase that ends a relative clause


def _head_of_relative_start(tokens: list[Token], phrase: Phrase) -> int | None:
    """Index of the "yang" opening a relative clause that ``phrase`` ends, if any."""
    for i in range(phrase.first - 1, max(0, phrase.first - _RELATIVE_REACH) - 1, -1):
        low = tokens[i].low
        if not tokens[i].is_word or low in _CLAUSE_BREAKS - {"yang"}:
            return None
        if low == "yang":
            return i if i + 1 < phrase.first else None  # a clause with words of its own before the phrase
    return None


def _head_of_long_relative(tokens: list[Token], actors: SentenceActors, phrase: Phrase) -> Phrase:
    """"Sandi dan tim yang terlibat dalam penataan kawasan Tanah Abang mengklaim …": the place
    that ends a relative clause is no subject; the one the clause describes is, the first of a
    coordination ("Sandi dan tim") when it opens one."""
    opening = _head_of_relative_start(tokens, phrase)
    if opening is None or opening < 1:
        return phrase
    before = [p for p in (actors.by_end.get(i) for i in range(opening - 1, max(-1, opening - 4), -1)) if p]
    if not before:
        return _bare_head(tokens, opening) or phrase
    head = before[0]
    coordinated = head.first >= 2 and tokens[head.first - 1].low in {"dan", "bersama"}
    return actors.by_end.get(head.first - 2, head) if coordinated else head


def _without_trailing_adverbs(words: list[Token]) -> list[Token]:
    """"pihak militer pun masih": the phrase without the particles and adverbs before the verb."""
    while words and words[-1].low in ADVERBS:
        words = words[:-1]
    return words


def _bare_head(tokens: list[Token], end: int) -> Phrase | None:
    """The words opening the clause up to token ``end`` as a phrase, when the phrase reader left
    them unread and they open with a head of people or a body ("Warga yang tinggal di …")."""
    opening = max((i + 1 for i in range(end) if not tokens[i].is_word), default=0)
    words = _without_trailing_adverbs(tokens[opening:end])
    if not words or len(words) > _BARE_SUBJECT_WORDS or not _bare_head_word(words):
        return None
    if any(t.low in _CLAUSE_BREAKS or t.low in _NOT_IN_ROLE for t in words):
        return None
    return Phrase(opening, end, words[0].start, words[-1].end, "descriptor")


def _bare_head_word(words: list[Token]) -> bool:
    if words[0].low in _BARE_HEADS:
        return True
    return len(words) >= 2 and words[0].low in _ENGLISH_ARTICLES and words[-1].low in _ENGLISH_HEADS


def _noun_cue(tokens: list[Token], cue: Cue) -> bool:
    """A cue that is a noun on its own ("bantahan dari …", "belum ada konfirmasi dari …"), not
    one whose noun someone waits for ("masih menunggu konfirmasi dari Basarnas")."""
    words = [t.low for t in tokens[cue.first:cue.end]]
    return words[-1] in _NOUN_CUES and (len(words) == 1 or words[:2] == ["belum", "ada"])


def _trusted_speaker(speaker: ActorRef) -> bool:
    """A named speaker, or one described by an office or a source ("pejabat AS yang …"): fit to
    be who a later "ia" means; other descriptions may be words a quote finder took for a speaker."""
    if speaker.entity or speaker.name:
        return True
    words = (speaker.description or "").lower().split()
    return bool(words) and words[0] in _SPEAKER_HEADS


_ENGLISH_MODIFIER_WORDS = 2  # lower-case words before the head ("foreign ministry", "defence ministry")


def _english_head(tokens: list[Token], end: int, cue_first: int) -> Token | None:
    """The body's head noun a phrase reader left after a name ("The Thai | foreign ministry")."""
    for k in range(end, min(cue_first, end + _ENGLISH_MODIFIER_WORDS + 1)):
        if tokens[k].low in _ENGLISH_HEADS:
            return tokens[k]
        if not tokens[k].text.isalpha() or not tokens[k].text.islower():
            return None
    return None


def passive_cue(tokens: list[Token], cue: Cue) -> bool:
    """A di- cue ("dibantah", "hal itu dibenarkan oleh …"): its holder follows it. English cues'
    "did not …", "dismissed …" are active."""
    return any(t.low.startswith("di") and t.low not in _ENGLISH_DI and t.low not in _SUBJECT_PASSIVES
               for t in tokens[cue.first:cue.end])


_SAYER_REACH = 12  # tokens back from a judgement to the verb of saying that reports it


def _saying_verb(low: str) -> bool:
    """An active Indonesian verb of saying from the speech-cue lexicon ("menyebut", "menegaskan")."""
    if low in _JUDGING_VERBS:
        return True
    cue = speech_cues().at(low)
    return cue is not None and cue.lang == "id" and cue.pattern == "verb" and low.startswith(("me", "ber"))


# Verbs of judging that report a judgement as the speech verbs do ("menilai tudingan itu tidak benar").
_JUDGING_VERBS = frozenset({"menilai", "menganggap", "menyebutnya", "menilainya", "bilang"})


_CLEFT_REACH = 4  # words between the cue and the "adalah" of a cleft ("yang membantah kabar itu adalah …")


def _cleft_holder(tokens: list[Token], actors: SentenceActors, cue: Cue) -> Phrase | None:
    """The one named after "adalah" when "yang" opens the cue ("Termasuk yang memprotesnya adalah
    Barack Obama"): a cleft that puts the holder last."""
    if cue.first == 0 or tokens[cue.first - 1].low != "yang":
        return None
    for i in range(cue.end, min(len(tokens), cue.end + _CLEFT_REACH + 1)):
        if tokens[i].low in {"adalah", "ialah"}:
            return actors.by_first.get(i + 1)
        if not tokens[i].is_word:
            return None
    return None


def _clitic_agent(tokens: list[Token], cue: Cue) -> bool:
    """A di- cue whose agent is its own "-nya" ("dibantahnya", "disangkalnya")."""
    return any(t.low.startswith("di") and t.low.endswith("nya") for t in tokens[cue.first:cue.end])


_SPOKESPERSON = frozenset({"jubir", "spokesman", "spokeswoman", "spokesperson"})
_ENGLISH_DI = frozenset({"did", "didn't", "dismissed", "dismisses", "disputed", "disputes", "disagreed"})
# Passives whose subject holds the stance: who is not reached or not interviewed ("Bupati itu belum
# bisa dihubungi", "Ia menolak diwawancarai"); the press, after them, is no holder.
_SUBJECT_PASSIVES = frozenset({"dihubungi", "diwawancarai", "dimintai"})


def _described_by_relative(tokens: list[Token], first: int) -> bool:
    """Is the cue inside a relative clause ("yang menyangkal", "yang sebelumnya menolak
    berkomentar"): it describes someone rather than reports a stance they take here."""
    i = first - 1
    while i >= 0 and tokens[i].low in ADVERBS:
        i -= 1
    return i >= 0 and tokens[i].low == "yang"


# Adverbs that put a relative clause's stance before the report ("X, yang sebelumnya menolak
# berkomentar, menyatakan …"): what X did earlier, told as background, not a stance taken here.
_EARLIER = frozenset({"sebelumnya", "sempat", "pernah", "previously", "earlier"})


def _earlier_relative(tokens: list[Token], first: int) -> bool:
    i, earlier = first - 1, False
    while i >= 0 and tokens[i].low in ADVERBS:
        earlier = earlier or tokens[i].low in _EARLIER
        i -= 1
    return earlier and i >= 0 and tokens[i].low in {"yang", "who"}


# Between a body and the person set off after it: the body's acronym, the comma, a rank or title
# ("Kepala Zona X Badan Keamanan Laut (Bakamla), Laksamana Pertama Yudi Hartanto, membenarkan").
_APPOSITION_OPENING = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s*(?:[A-Z][\w.]*\s+){0,3}")


class HolderFinder:
    """Finds stance holders in article order, remembering who spoke or acted before."""

    def __init__(self, text: str, tracker: ActorTracker, quotes: Sequence[Quote], events: Sequence[Event],
                 article_id: str) -> None:
        self.text = text
        self.tracker = tracker
        self.quotes = [q for q in quotes if q.speaker != ActorRef()]
        said = [(q.start, q.speaker) for q in self.quotes]
        # sources and targets of events, the target just after its source ("… membekukan izin
        # Nusantara Air. Maskapai tersebut …")
        done = [(ev.start + n, actor) for e in events for n, actor in enumerate((e.source, e.target))
                if actor is not None for ev in e.evidence[:1] if ev.article == article_id]
        self.seen = sorted(said + done, key=lambda item: item[0])
        # named people who acted or were acted on, known once their sentence is over ("Polisi
        # memeriksa Bupati X. Ia membantah …": "Ia" is the Bupati)
        acted = [(ev.end - 1, actor) for e in events for actor in (e.source, e.target)
                 if actor is not None and actor.entity is not None for ev in e.evidence[:1]
                 if ev.article == article_id]
        self._spoken = sorted([(at, who) for at, who in said if _trusted_speaker(who)] + acted,
                              key=lambda item: item[0])
        self._told = 0
        self.co_holders: list[ActorRef] = []

    def catch_up(self, pos: int) -> None:
        """Let the tracker know the speakers of the quotes and the named actors of the sentences
        before ``pos``, so that a later "ia" or "dia" holding a stance resolves to the last one."""
        while self._told < len(self._spoken) and self._spoken[self._told][0] < pos:
            self.tracker.remember(*self._spoken[self._told])
            self._told += 1

    def holder(self, tokens: list[Token], actors: SentenceActors, cue: Cue, sentence: tuple[int, int]
               ) -> ActorRef | None:
        """The cue's holder; ``co_holders`` then holds the others of a conjoined subject ("A dan B
        membantah …": one position each, as the guideline records one per holder)."""
        self.co_holders = []
        if _earlier_relative(tokens, cue.first):
            return None
        cleft = _cleft_holder(tokens, actors, cue)
        if cleft is not None:  # "Yang memprotesnya adalah Barack Obama"
            return self._resolve(cleft)
        at = tokens[cue.first].start
        around = [q for q in self.quotes if q.start <= at < q.end]
        if around and around[0].direct:
            if not content_subject(tokens, cue) and _described_by_relative(tokens, cue.first):
                return None  # "masih banyak yang belum tahu …" in a quote: people described, no holder
            # ("tuduhan yang tidak benar" is the speaker's own judgement)
            person = self._third_person(actors, cue)
            if person is not None:  # "Dia tidak mau menjawab," ujar sumber itu
                other = self.tracker.pronoun(tokens[cue.first].start, plural=person == "plural")
                return other if other != around[0].speaker else None  # someone else's, never the speaker's
            return around[0].speaker
        if _noun_cue(tokens, cue):
            source = actors.after(cue.end, _FROM, direct=False)
            if source:
                return self._resolve(source[0])
        judged = content_subject(tokens, cue)
        if judged and passive_cue(tokens, cue) and cue.end < len(tokens) and tokens[cue.end].low == "oleh":
            agent = actors.agent(cue.end)  # "belum dapat dipastikan oleh pihak kepolisian": who cannot
            if agent:
                return self._resolve(agent[0])
        if not judged:
            actor = self._subject(tokens, actors, cue, around)
            if actor is not None:
                return actor
        elif not around:
            sayer = self._sayer(tokens, actors, cue)
            if sayer is not None:  # "X menyebut kabar itu tidak benar": X judges it
                return sayer
        if _described_by_relative(tokens, cue.first):
            return None  # "orang-orang yang menyangkal …": someone the sentence only describes
        in_sentence = [q for q in self.quotes if sentence[0] <= q.start < sentence[1]]
        if around or in_sentence:
            return (around or in_sentence)[0].speaker
        return None  # nobody named: a wrong guess would be a false stance

    def _subject(self, tokens: list[Token], actors: SentenceActors, cue: Cue, around: list[Quote]
                 ) -> ActorRef | None:
        passive = passive_cue(tokens, cue)
        agent = actors.agent(cue.end) if passive else []
        # the subject of a passive cue is what is judged ("Jumlah korban belum dipastikan"), never who judges
        found = agent if passive else actors.subject(cue.first) or _clause_opening(tokens, actors, cue)
        if not found and passive and _clitic_agent(tokens, cue):
            # "Tuduhan itu dibantahnya": the "-nya" is the agent, someone spoken of before
            return self.tracker.pronoun(tokens[cue.first].start)
        if not found and passive:
            return self._bare_agent(tokens, cue)
        epithet = None if passive else epithet_span(tokens, cue.first)
        if found and epithet is not None and epithet[0] < found[0].first:
            # "penyanyi asal Ambon itu belum mau …": the place only describes the singer
            return self._epithet(tokens, cue)
        if not found:  # "pelantun lagu 'Terserah' itu belum mau …": a person named by an epithet
            bare = self._bare_subject(tokens, cue)
            return bare or self._epithet(tokens, cue)
        self.co_holders = self._conjoined(found[1:], tokens[cue.first].start)
        phrase = _head_of_relative(tokens, actors, found[0])
        if not agent:  # an agent after a passive cue ("yang lalu dibenarkan oleh hakim") is the holder itself
            phrase = _head_of_long_relative(tokens, actors, phrase)
        words = self.text[phrase.start:phrase.stop]
        pronoun = words.lower().removesuffix("pun")  # "Iapun mengakui …"
        if pronoun in _PRONOUNS or pronoun.removeprefix("para ") in _STAFF:
            reporter = self._reporter(actors, phrase, around)
            if reporter is not None:
                return reporter
            if pronoun != words.lower():
                return self.tracker.pronoun(phrase.start, plural=pronoun in PLURAL_PRONOUNS)
        if _ORG_ANAPHOR.match(" ".join(words.split())):
            body = self._latest_body(phrase.start, words.lower().split()[-2])
            if body is not None:
                return body
        appositive = (self._person_after_agent(phrase) if agent
                      else self._apposed_person(phrase, tokens[cue.first].start))
        if appositive is not None:
            return appositive
        english = words.split()[0].lower() in _ENGLISH_ARTICLES
        head = _english_head(tokens, phrase.end, cue.first) if english else None
        if head is not None:  # "The Chinese | embassy in Jakarta denied", "The Thai | foreign ministry"
            return self.tracker.resolve(phrase.start, head.end)
        fuller = self._bare_subject(tokens, cue) if phrase.kind == "descriptor" and not agent else None
        if fuller is not None and (fuller.description or "").startswith(words):
            return fuller  # "Kepala desa itu": the words the phrase reader left after the title
        actor = self._resolve(phrase)
        return relation_of_named(tokens, phrase, actor, self.tracker) or actor

    def _third_person(self, actors: SentenceActors, cue: Cue) -> str | None:
        """"singular" or "plural" when the cue's subject is a pronoun of the third person: inside a
        quote the speaker then tells of someone else's stance."""
        subject = actors.subject(cue.first)
        if not subject or subject[0].kind != "pronoun":
            return None
        word = self.text[subject[0].start:subject[0].stop].lower()
        if word in PLURAL_PRONOUNS - {"pihaknya"}:
            return "plural"
        return "singular" if word in SINGULAR_PRONOUNS else None

    def _conjoined(self, others: list[Phrase], cue_start: int) -> list[ActorRef]:
        """The named others of a subject group, each resolved; none when a member is no name or
        title (a group with "mereka" or a thing in it is no list of holders)."""
        if not others or any(p.kind not in ("mention", "descriptor") for p in others):
            return []
        if any(p.stop > cue_start for p in others):
            return []
        resolved = [self._resolve(p) for p in others]
        return [actor for actor in resolved if actor is not None]

    def _sayer(self, tokens: list[Token], actors: SentenceActors, cue: Cue) -> ActorRef | None:
        """Who says a judgement of the writer's form ("Kabar itu tidak benar") in the same sentence:
        the subject of an active verb of saying before it ("X menegaskan tuduhan itu tidak benar"),
        or whom "menurut" names ("Menurut X, kabar itu hoaks")."""
        for i in range(cue.first - 1, max(-1, cue.first - 1 - _SAYER_REACH), -1):
            low = tokens[i].low
            if low == "menurut" and i + 1 in actors.by_first:
                return self._resolve(actors.by_first[i + 1])
            if _saying_verb(low):
                return self._subject(tokens, actors, Cue(cue.stance, i, i + 1), [])
        return None

    def _person_after_agent(self, phrase: Phrase) -> ActorRef | None:
        """"dibantah oleh direktur teknik Reading, Brian Tevreden": the person set off after the
        agent's post holds the stance."""
        people = [m for m in self.tracker.index.within(phrase.stop, phrase.stop + _ROLE_TO_NAME_CHARS)
                  if m.entity.type == "PERSON"]
        if not people or self.text[phrase.stop:people[0].start].strip() != ",":
            return None
        after = self.text[people[0].end:people[0].end + 2].strip()
        if after[:1] not in ("", ",", ".", ";"):
            return None
        entity = people[0].entity
        return ActorRef(entity=entity.id, name=entity.name,
                        description=" ".join(self.text[phrase.start:phrase.stop].split()))

    def _apposed_person(self, phrase: Phrase, cue_start: int) -> ActorRef | None:
        """"Juru bicara Pemkot Semarang, Ayu Wulandari, mengonfirmasi …": the person set between
        commas after the subject and before the cue holds the stance."""
        between = self.text[phrase.stop:cue_start]
        if between.count(",") != 2:
            return None
        people = [m for m in self.tracker.index.within(phrase.stop, cue_start) if m.entity.type == "PERSON"]
        if len(people) != 1:
            return None
        person = people[0]
        text = self.text
        opening = _APPOSITION_OPENING.fullmatch(text[phrase.stop:person.start])
        if opening is None or text[person.end:cue_start].strip() != ",":
            return None
        entity = person.entity
        description = " ".join(self.text[phrase.start:phrase.stop].split())
        return ActorRef(entity=entity.id, name=entity.name, description=description)

    def _resolve(self, phrase: Phrase) -> ActorRef | None:
        actor = self.tracker.resolve(head_start(self.tracker.index, phrase.start, phrase.stop), phrase.stop)
        if actor is not None and actor.entity is None:
            return (self._name_after_role(actor, phrase.stop) or self._by_role(actor, phrase.start)
                    or named_at_end(actor, self.tracker, (phrase.start, phrase.stop))
                    or self._spokesperson_of(actor, phrase.start, phrase.stop) or actor)
        return actor

    def _spokesperson_of(self, actor: ActorRef, start: int, stop: int) -> ActorRef | None:
        """"Juru bicara Kementerian Luar Negeri Singapura membenarkan …" with no name given: the
        office speaks through them, so the stance is the named body's (the description kept)."""
        words = (actor.description or "").lower().split()
        if not words or not (words[0] in _SPOKESPERSON or tuple(words[:2]) == ("juru", "bicara")):
            return None
        bodies = {m.entity.id: m.entity for m in self.tracker.index.within(start, stop)
                  if m.entity.type in ("ORG", "GPE")}
        if len(bodies) != 1:
            return None
        body = next(iter(bodies.values()))
        return ActorRef(entity=body.id, name=body.name, description=actor.description)

    def _name_after_role(self, actor: ActorRef, stop: int) -> ActorRef | None:
        """"dibantah oleh juru bicara istana Johan Budi": a role read without the lower-case words
        that end it is the person named right after them."""
        words = (actor.description or "").split()
        if not words or fold(words[0]) not in lexicon().role_longest:
            return None
        people = sorted((m for m in self.tracker.index.within(stop, stop + _ROLE_TO_NAME_CHARS)
                         if m.entity.type == "PERSON"), key=lambda m: m.start)
        if not people:
            return None
        between = self.text[stop:people[0].start].split()
        if len(between) > _ROLE_TO_NAME_WORDS or not all(
                w.isalpha() and w.islower() and w not in _NOT_IN_ROLE for w in between):
            return None
        entity = people[0].entity
        description = " ".join([*words, *between])
        return ActorRef(entity=entity.id, name=entity.name, description=description)

    def _bare_agent(self, tokens: list[Token], cue: Cue) -> ActorRef | None:
        """The words after "oleh" that the phrase reader took for no actor ("dibantah oleh sang
        pebalap"), up to the clause's end, when they are few."""
        if tokens[cue.end - 1].low == "oleh":  # the cue's own "oleh" ("disesalkan oleh banyak pihak")
            start = cue.end
        elif cue.end < len(tokens) and tokens[cue.end].low == "oleh":
            start = cue.end + 1
        else:
            return None
        words: list[Token] = []
        for token in tokens[start:]:
            if not token.is_word or token.low in _NOT_IN_ROLE:
                break
            words.append(token)
        if not words or len(words) > _BARE_SUBJECT_WORDS:
            return None
        return self.tracker.resolve(words[0].start, words[-1].end)

    def _bare_subject(self, tokens: list[Token], cue: Cue) -> ActorRef | None:
        """The words opening the cue's clause when the phrase reader took them for no actor
        ("Pihak rumah sakit tidak mau menjelaskan …"), if they open with a speaker's or a body's
        head and are all words."""
        opening = max((i + 1 for i in range(cue.first) if not tokens[i].is_word), default=0)
        words = _without_trailing_adverbs(tokens[opening:cue.first])
        if not words or len(words) > _BARE_SUBJECT_WORDS or not _bare_head_word(words):
            return None
        if any(t.low in _CLAUSE_BREAKS or t.low in _NOT_IN_ROLE for t in words):
            return None
        found = self.tracker.resolve(words[0].start, words[-1].end)
        if found is not None and found.entity is None:
            found = self._spokesperson_of(found, words[0].start, words[-1].end) or found
        if found is None and words[0].low in _ENGLISH_ARTICLES:  # "The ministry", no ministry named before
            return ActorRef(description=" ".join(self.text[words[0].start:words[-1].end].split()))
        return found

    def _by_role(self, actor: ActorRef, pos: int) -> ActorRef | None:
        """The person named before ``pos`` whose role the bare description opens: "Kapolres" after
        "Kapolres Garut AKBP Budi Santoso", "Kepala Basarnas" after "Kepala Basarnas Marsdya …"."""
        description = actor.description or ""
        words = [w for w in description.lower().split() if w not in DEMONSTRATIVES]
        if not words or len(words) > _ROLE_WORDS or not description[0].isupper():
            return None  # "oleh hakim": a title names someone only when written as one
        index = self.tracker.index
        for mention in reversed(index.mentions[:index.before(pos)]):
            entity = mention.entity
            titles = [r for r in entity.roles if r[:1].isupper()]
            if entity.type == "PERSON" and any(r.lower().split()[:len(words)] == words for r in titles):
                return ActorRef(entity=entity.id, name=entity.name, description=actor.description)
        return None

    def _epithet(self, tokens: list[Token], cue: Cue) -> ActorRef | None:
        said = [(q.start, q.speaker) for q in self.quotes]
        return epithet_holder(self.text, tokens, cue.first, self.tracker, said)

    def _reporter(self, actors: SentenceActors, phrase: Phrase, around: list[Quote]) -> ActorRef | None:
        """Who reports the words in which the pronoun stands."""
        if around:
            return around[0].speaker
        reporter = actors.reporter_of(phrase.first)
        if not reporter:
            return None
        return self._resolve(reporter[0])

    def _latest_body(self, pos: int, head: str) -> ActorRef | None:
        """The latest organisation that spoke, acted or was acted on before ``pos``; one whose
        name holds the anaphor's ``head`` first ("kementerian tersebut" → "Kementerian …")."""
        bodies = [actor for start, actor in reversed(self.seen) if start < pos and self._body(actor)]
        named = [a for a in bodies if head in (a.name or a.description or "").lower().split()]
        return next(iter(named or bodies), None) or self._latest_named_body(pos)

    def _latest_named_body(self, pos: int) -> ActorRef | None:
        """The organisation named last before ``pos`` ("PT Angkasa Pura II menutup … . Perusahaan
        itu membantah …") when no event or quote gave one."""
        index = self.tracker.index
        for mention in reversed(index.mentions[:index.before(pos)]):
            if mention.entity.type == "ORG":
                return ActorRef(entity=mention.entity.id, name=mention.entity.name)
        return None

    def _body(self, actor: ActorRef) -> bool:
        entity = self.tracker.index.by_id.get(actor.entity) if actor.entity else None
        if entity is not None:
            return entity.type == "ORG"
        first = (actor.description or "").split()[:1]
        return bool(first) and first[0].lower() in _ORG_HEADS
