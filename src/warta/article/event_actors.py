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
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.article.event_lexicon import Token, TriggerMatch, object_before, trigger_index, word_set
from warta.article.event_phrases import Phrase

# Words that may stand between a subject and its verb.
_GLUE = word_set("""
akan telah sudah juga kemudian pun tidak tak belum masih segera akhirnya baru sempat pernah
dilaporkan disebut dikabarkan berencana ingin hendak mau bersedia siap untuk secara resmi kembali
lagi bahkan hanya justru itu tersebut ini sendiri langsung sebelumnya kini saat ini dikatakan
diketahui sama-sama bersama-sama disebut-sebut turut ikut terus tetap bakal dapat bisa mampu
berhasil enggan mulai agar supaya lantas lalu pula sedang tengah dijadwalkan menyatakan
diam-diam mengaku memutuskan sepakat memilih memang beberapa kali sering jarang yang seusai usai
setelah sesudah saat ketika sebelum selama kerap diduga diketahui disebut-sebut terburu-buru buru-buru
gegabah sembarangan serta-merta
has have had was were is are will would also then has been had been not
""")
# Words that end the clause a scan looks in.
_BREAK = word_set("""
bahwa yang karena sehingga tetapi namun sementara sedangkan meski meskipun walaupun ketika saat
setelah sebelum sejak hingga sampai jika apabila kalau bila usai seusai serta maupun atau that
which who because while after before when if but
""")
_PREPOSITIONS = word_set("""
di ke dari kepada pada oleh dengan terhadap untuk bagi antara tentang mengenai atas melalui dalam
sela-sela soal menurut in to from at by of with for on against between about
""")
# Words after which a new clause with its own subject starts.
_CLAUSE_OPENERS = frozenset({"bahwa", "that", "“", '"', "”", "sementara", "sedangkan", "namun", "tetapi",
                             "but", ";", ":", "-", "–", "—"})
# Verbs of saying and reporting: what follows them is a clause with its own subject, with or
# without "bahwa" ("Argo menambahkan Polda Metro Jaya akan mengerahkan …").
_SPEECH_VERBS = word_set("""
mengatakan menyatakan menegaskan menjelaskan mengungkapkan menyebutkan menyebut menambahkan mengaku
mengklaim memaparkan menuturkan menerangkan melaporkan mengumumkan memastikan menyampaikan mengungkap
membenarkan mengonfirmasi mengkonfirmasi membantah menilai menduga memperkirakan mengingatkan mengakui
said says
""")
# Conjunctions that open a subordinate clause; one with no subject of its own shares the main one.
_SUBORDINATORS = frozenset({"setelah", "sebelum", "karena", "sehingga", "ketika", "saat", "jika", "agar",
                            "supaya", "sejak", "usai", "seusai", "sambil", "hingga", "because", "after",
                            "before", "when", "while"})
# Subordinators of time: the clause they open shares the subject of the clause it follows.
_TIME_LINKS = frozenset({"setelah", "sebelum", "usai", "seusai", "sambil", "after", "before", "while"})
_FRONTED = frozenset({"sejak", "setelah", "usai", "seusai", "sebelum", "ketika", "saat", "selain", "since",
                      "after", "before"})
# Words that may open a sentence before a fronted time clause ("Tak lama setelah", "Sesaat sebelum").
_SOON = frozenset({"tak", "tidak", "lama", "segera", "sesaat", "beberapa", "saat", "jam", "hari", "menit",
                   "tepat", "persis", "sehari", "sejam", "namun", "lalu", "kemudian", "shortly", "soon",
                   "just"})
_COPULAS = frozenset({"merupakan", "adalah", "ialah", "menjabat", "juga", "sebagai"})
_OBJECT_PREPS = frozenset({"kepada", "terhadap", "atas", "ke", "dengan", "untuk", "bagi", "pada", "arah",
                           "melawan", "menentang", "to", "against", "with", "on", "for", "at"})
_AGENT = frozenset({"oleh", "by"})
_ASKED_PREPS = _OBJECT_PREPS | {"dari", "from"}
_PARTNER = frozenset({"dengan", "bersama", "dari", "with", "from"})
_PARTNER_ONLY = frozenset({"dengan", "bersama", "with"})
_BETWEEN = frozenset({"antara", "between"})
_AND = frozenset({"dan", "serta", "and", "&"})
_OWNED_BY = frozenset({"milik", "kepunyaan"})
_TAKING = frozenset({"COERCE", "SANCTION"})  # acts on what someone owns
_ANSWERING = frozenset({"REJECT", "ACCUSE", "SUPPORT", "AGREE"})  # acts on what someone made or said
_ALONG = frozenset({"bersama", "beserta"})  # subjects that act together: "X bersama Y berangkat"
_DASHES = frozenset({"-", "–"})
_JOINERS = _AND | _ALONG | {","}
_JOINT = frozenset({"gabungan", "terpadu", "joint"})  # a team drawn from several bodies
_LIGHT_VERBS = word_set("""
mengadakan menggelar melakukan melancarkan menjatuhkan memberikan memberi menyampaikan mengajukan
melayangkan meluncurkan melangsungkan menghadiri membuat mengeluarkan menyerukan memiliki melontarkan
terlibat merencanakan mempersiapkan melaksanakan melanjutkan memulai
held launched made gave issued carried staged planned
""")
# Acts whose coordinated owners act with each other rather than side by side.
_MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT"})
_TOGETHER = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts two subjects do with each other
_ATTENDING = frozenset({"menghadiri", "attended", "attends"})
_NOUN_TARGET = frozenset({"dengan", "terhadap", "ke", "atas", "kepada", "bagi", "untuk", "with", "against",
                          "on", "to"})
# Words between a light verb and its noun: "melancarkan serangkaian serangan", "melakukan aksi mogok".
_NOUN_FILLERS = word_set("""
sebuah suatu serangkaian rangkaian berbagai beberapa aksi proses upaya tahap a an the
""")
# Verbs whose subject receives or answers the act named by the noun after them ("baik" ends
# "menyambut baik tawaran bantuan").
_RECEIVERS = word_set("""
mendapat mendapatkan menerima memperoleh terkena menghadapi dihadapkan menolak mengabaikan setuju
menyetujui memenuhi mengabulkan menanggapi menampik received faced rejected ignored
menyambut baik
""")
# Verbs whose subject asks for help for itself ("Basarnas meminta bantuan kapal dari Singapura").
_ASKING = word_set("meminta memohon minta mengharapkan asked requested")
# Activities one helps with ("membantu evakuasi korban"); nominalisations in pe-…-an count too.
_ACTIVITIES = word_set("""
evakuasi proses upaya operasi identifikasi misi tugas kegiatan rehabilitasi rekonstruksi
""")
_SEEKING = word_set("pencarian identifikasi penyelidikan investigasi")  # activities about, not for, someone
_RECIPIENT_PREPS = frozenset({"ke", "kepada", "bagi", "untuk", "to", "for"})
# Verbs of caring for people after "untuk": their object is the one helped.
_CARING = word_set("""
menampung melayani menolong membantu merawat mengobati memberi memberikan menyuplai memasok mengungsikan
""")
# Verbs whose subject denies an accusation made against it (not an event: "membantah serangan itu").
_DENYING = word_set("membantah menepis menyangkal denied")
_THANKS = word_set("kasih berterima thanked thanks grateful")
# Nouns of an offer between a receiving verb and the act offered ("menerima tawaran bantuan").
_OFFERS = word_set("tawaran uluran offer")
# Passive light verbs whose agent is the agent of the noun before them ("… itu dilakukan KPK").
_PASSIVE_LIGHT = word_set("""
dilakukan dilaksanakan disampaikan digelar dilayangkan diajukan diberikan dikeluarkan dipimpin
dibacakan
""")
PASSIVE_LIGHT_REACH = 10  # words after a noun trigger in which its passive light verb may stand
_NOUN_AGENT = frozenset({"oleh", "dari", "by", "from"})
# Vehicles and other means sent with their crews ("dibantu anjing pelacak dari Polda X"): named as the
# agent, they stand for the body named after them.
_VEHICLES = word_set("""
kapal pesawat helikopter patroli perang tempur mobil kendaraan speedboat anjing pelacak alat berat
ekskavator truk ambulans
""")
_VEHICLE_WORDS = 3  # words naming a vehicle before the body that owns it
# "tewas dalam serangan …", "terluka akibat serangan …": those the attack hit
_CASUALTY_VERBS = word_set("tewas terbunuh meninggal terluka luka-luka cedera gugur killed wounded")
_CAUSE_LINKS = frozenset({"dalam", "akibat", "karena", "oleh", "in", "by"})
_CASE_TYPES = frozenset({"ACCUSE", "CONCEDE"})  # acts on a case, aimed at whoever it involves
_INVOLVING = word_set("melibatkan menjerat menyeret involving")
_CASE_REACH = 8  # words of a case's name before "yang melibatkan X"
_NAMING_COPULAS = word_set("adalah ialah yakni yaitu")
_PERPETRATORS = word_set("pelaku penyerang otak tersangka pelakunya perpetrators")
_AIMED = frozenset({"terhadap", "atas", "kepada", "against", "on"})  # "serangan terhadap X"
# Prepositions that make a meeting the setting of the clause ("dalam pertemuan", "usai rapat").
_SETTINGS = word_set("dalam pada sela sela-sela usai seusai setelah sebelum jelang menjelang during at")
_PURPOSE = frozenset({"untuk", "guna", "demi", "to"})
# Words between a subject and a noun used as its verb ("Wiranto juga protes").
_VERB_GLUE = frozenset({"juga", "pun", "akan", "telah", "sudah", "pernah", "sempat", "langsung", "kembali",
                        "sedang", "masih", "lalu", "kemudian", "terlibat", "also"})
_EXAMPLES = frozenset({"seperti", "termasuk", "yakni", "yaitu", "antara lain", "such", "including"})
_TRAILING_EXAMPLES = word_set("seperti termasuk yakni yaitu diantaranya antaranya including")
# Words that open a vague plural subject ("sejumlah negara") whose members may be named after.
_VAGUE_PLURALS = frozenset({"sejumlah", "beberapa", "banyak", "berbagai", "para", "several", "many"})
_PREDICATIVE = frozenset({"sebagai", "selaku", "menjadi", "as"})
# Things an actor owns, through which it is the one acted upon ("kritik atas kebijakan Israel").
_OWNED = word_set("kebijakan keputusan langkah tindakan sikap rencana program pemerintahan")
_PLACE_NOUNS = word_set("wilayah kawasan kota provinsi kabupaten negara daerah perairan pulau")
# Nouns of position between a preposition and a place ("di depan Istana", "di sekitar Monas").
_PLACE_RELATIONS = word_set("depan belakang samping sekitar luar atas bawah tengah seberang dekat sekeliling")
_PLACE_PREPS = frozenset({"di", "ke", "dari", "in", "at", "into"})
# Adjectives between a nominalised act and its owner: "kunjungan pertama Rodolfo ke Indonesia".
_NOUN_MODIFIERS = word_set("""
pertama kedua ketiga terakhir resmi singkat perdana kenegaraan kehormatan kerja terbaru lanjutan
mendadak bersejarah balasan terbuka keras konstan tajam pedas bertubi-tubi besar-besaran udara darat
""")
_GROUP_OPENERS = frozenset({"para", "sejumlah", "beberapa", "puluhan", "ratusan", "ribuan", "belasan"})
_LONG_THING = 4  # words beyond MAX_SKIP a thing's name may take before "yang di-… X" names its author
MAX_SKIP = 3  # content words an object scan may step over before a preposition
_OWNER_REACH = 16  # words of what is seized before "milik X" names its owner
_BRACKET_REACH = 5  # words of a bracketed aside between a subject and its verb ("( 35 )", "( Persero )")
_CONTRASTS = frozenset({"namun", "tetapi", "but"})  # opening a clause that may share the subject before
_VP_JOINS = frozenset({"dan", "serta", "sekaligus", "and"})  # words joining two verb phrases of one subject
REPORT_REACH = 12  # words between a speech verb and the pronoun that opens its reported clause
MAX_DIRECT_SKIP = 2  # words (not verbs) before a direct object: "meminta sejumlah elemen masyarakat"
_VERB_PREFIXES = ("me", "ber", "di", "ter", "mem", "men", "meng", "meny")


@dataclass(frozen=True)
class Slots:
    """The phrases of an event's sides (several when coordinated)."""

    sources: tuple[Phrase, ...]
    targets: tuple[Phrase, ...]


class SentenceActors:
    """The actor phrases of one sentence, searchable by token position."""

    def __init__(self, tokens: list[Token], phrases: list[Phrase]) -> None:
        self.tokens = tokens
        self.phrases = phrases
        self.by_end = {p.end - 1: p for p in phrases}
        self.by_first = {p.first: p for p in phrases}

    def _group_back(self, last: Phrase) -> list[Phrase]:
        """``last`` and the phrases coordinated before it ("X, Y dan Z")."""
        group = [last]
        i = last.first - 1
        joined_by_and = False
        while i >= 1 and (self.tokens[i].low in _JOINERS or self._dash_pair(i)):  # "X bersama Y"
            if self.tokens[i].low in _AND and i >= 2 and self.tokens[i - 1].text == ",":
                i -= 1  # "Singapura, Malaysia, dan Australia": the comma before "dan"
                joined_by_and = True
            before = self.by_end.get(i - 1)
            if before is not None and self.tokens[i].low == "," and self.in_pp(before):
                if joined_by_and and self._list_opening(before):
                    group.insert(0, before)  # "petugas gabungan dari Polri, TNI, dan Satpol PP"
                break  # "Menurut dia, Singapura, Malaysia, dan Australia": no member in a PP
            if before is None or (self.tokens[i].low == "," and not joined_by_and):
                break
            joined_by_and = True
            group.insert(0, before)
            i = before.first - 1
        return group

    def group_after(self, first: Phrase) -> list[Phrase]:
        """``first`` and the phrases coordinated after it: "X dan Y", "X, Y dan Z" (a comma alone
        is an apposition: "Pos Polisi Cikokol, Tangerang")."""
        group = [first]
        separators: list[str] = []
        i = self._past_abbreviation(first.end)
        while i + 1 < len(self.tokens) and (self.tokens[i].low in _JOINERS or self._dash_pair(i)):
            skip = 2 if self.tokens[i + 1].low in ("juga", "pula", "also") else 1  # "X dan juga Y"
            if self.tokens[i].text == "," and self.tokens[i + 1].low in _AND and i + 2 < len(self.tokens):
                skip = 2  # "X, Y, dan Z"
            after = self.by_first.get(i + skip)
            if after is None:
                break
            # the last word before the member: "dan" in "X, Y, dan Z", so the list is not cut as an apposition
            separators.append(self.tokens[i + skip - 1].low)
            group.append(after)
            i = self._past_abbreviation(after.end)
        while separators and separators[-1] == ",":
            separators.pop()
            group.pop()
        return group

    def _past_route(self, end: int) -> int:
        """Index after the places of a route or a range that starts before ``end`` ("Surabaya -
        Singapura")."""
        while end + 1 < len(self.tokens) and self.tokens[end].text in _DASHES and end + 1 in self.by_first:
            end = self.by_first[end + 1].end
        return end

    def _list_opening(self, phrase: Phrase) -> bool:
        """Is ``phrase`` the first of a list that "dari" opens ("tim gabungan dari *Polri*, TNI, dan
        Satpol PP", "kapal perang dari *Singapura*, Malaysia dan AS")? The list is one PP, so its
        first member belongs to it (unlike "Menurut dia, Singapura, Malaysia, dan Australia")."""
        return phrase.first >= 1 and self.tokens[phrase.first - 1].low in ("dari", "from")

    def _dash_pair(self, i: int) -> bool:
        """Is the dash at ``i`` the "and" of two bodies named by one word, one an acronym ("TNI -
        Polri")? Between other names a dash is a route or a range ("Ho Chi Minh - Jakarta")."""
        if self.tokens[i].text not in _DASHES or i == 0:
            return False
        before, after = self.by_end.get(i - 1), self.by_first.get(i + 1)
        if before is None or after is None or after.kind != "mention" or after.end - after.first != 1:
            return False
        sides = (self.tokens[i - 1].text, self.tokens[i + 1].text)
        # one side an acronym: "TNI - Polri", not "Seluma - Bengkulu"
        acronym = any(len(side) > 1 and side.isupper() for side in sides)
        return acronym and all(side[:1].isupper() for side in sides)

    def _examples(self, comma: int) -> list[Phrase]:
        """"Pemimpin Eropa lainnya, seperti Angela Merkel dan Emmanuel Macron, juga memberikan
        …": the named examples of an aside ending at ``comma`` are the ones who act."""
        for i in range(comma - 1, 0, -1):
            if self.tokens[i].low in _EXAMPLES and self.tokens[i - 1].low == ",":
                return [p for p in self.phrases if i < p.first and p.end <= comma and p.kind == "mention"
                        and not self.in_pp(p)]
            listed = self.by_first.get(i + 1)
            if self.tokens[i].low == "," and listed is not None and listed.kind == "mention":
                continue  # "yakni Singapura, Malaysia dan Australia": a comma inside the list
            if self.tokens[i].low in {",", ".", ";"}:
                return []
        return []

    def examples_after(self, end: int) -> list[Phrase]:
        """"Sejumlah negara menawarkan bantuan, di antaranya Singapura dan Malaysia": the named
        examples closing the clause, when no other actor stands between ``end`` and them."""
        for i in range(end, len(self.tokens) - 1):
            low = self.tokens[i].low
            if i in self.by_first or low in _BREAK or low in (".", ";"):
                return []
            marker = self._example_marker(i + 1) if low == "," else None
            if marker is not None:
                named = self.by_first.get(marker + 1)
                return self.group_after(named) if named is not None and named.kind == "mention" else []
        return []

    def _example_marker(self, i: int) -> int | None:
        """Index of the last word of "seperti", "yakni", "di antaranya", "antara lain" at ``i``."""
        words = [t.low for t in self.tokens[i:i + 2]]
        if words[:1] and words[0] in _TRAILING_EXAMPLES:
            return i
        if words in (["di", "antaranya"], ["antara", "lain"]):
            return i + 1
        return None

    def _speech_aside(self, comma: int, end: int) -> bool:
        """Is ``, ia menambahkan ,`` (a speaker and a verb of saying) between the two commas?"""
        words = [t.low for t in self.tokens[comma + 1:end]]
        return 2 <= len(words) <= 6 and words[-1] in _SPEECH_VERBS and comma + 1 in self.by_first

    def _past_abbreviation(self, i: int) -> int:
        """Index after an abbreviation in brackets at ``i`` ("dua Warga Negara Asing (WNA) dan …")."""
        if i + 2 < len(self.tokens) and self.tokens[i].text == "(" and self.tokens[i + 2].text == ")":
            return i + 3
        return i

    def _skip_aside(self, comma: int) -> int | None:
        """Index before an aside ", yang …," or "(…)" that ends at ``comma``, else None."""
        for i in range(comma - 1, -1, -1):
            if self.tokens[i].low in {",", "("}:
                if i + 1 < comma and self.tokens[i + 1].low in {"yang", "which", "who"}:
                    return i - 1
                if self._speech_aside(i, comma):
                    return i - 1  # "Polisi, ia menambahkan, juga telah …"
                if self.by_end.get(i - 1) and self.by_first.get(i + 1):
                    return i - 1  # an apposition: "Lavrov, Menlu Rusia, menuduh"
                return None
        return None

    def subject(self, before: int, nominal: bool = False) -> list[Phrase]:
        """The phrase(s) acting as subject of the verb at token ``before``: the phrase right
        before it (over auxiliaries and asides), else the first subject of its clause. A
        ``nominal`` trigger (a noun, or a light verb with its noun) may be the object of a verb of
        saying and then has that verb's subject."""
        found = self._nearest_subject(before) or self._relative_subject(before)
        if found or self._relative_of_thing(before):
            return found
        return self._clause_subject(before, nominal) or self._fronted_subject(before)

    def _relative_of_thing(self, before: int) -> bool:
        """Is token ``before`` in a relative clause about a thing ("ombak yang menghantam batu
        karang")? Then its subject is that thing and no actor."""
        for i in range(before - 1, 0, -1):
            low = self.tokens[i].low
            if low in ("yang", "which"):
                return self.tokens[i - 1].is_word and self.by_end.get(i - 1) is None
            if not self.tokens[i].is_word or low in _CLAUSE_OPENERS or low in _SUBORDINATORS:
                return False
        return False

    def _relative_subject(self, before: int) -> list[Phrase]:
        """"menangkap penasihat oposisi yang kerap mengkritisi Presiden dan mendorong …": the
        second verb of a relative clause shares its head noun as subject."""
        coordinated = False
        for i in range(before - 1, 0, -1):
            low = self.tokens[i].low
            if low in _AND:
                coordinated = True
            elif low in ("yang", "who", "which"):
                head = self.by_end.get(i - 1)
                return self._group_back(head) if coordinated and head is not None else []
            elif low in _CLAUSE_OPENERS or low in {",", ".", ";"} or low in _SUBORDINATORS:
                return []
        return []

    def _fronted_subject(self, before: int) -> list[Phrase]:
        """"Sejak menyerang Ukraina, Rusia mendapat sanksi": a fronted clause without a subject
        shares the one after its comma."""
        opening = next((i for i, t in enumerate(self.tokens[:before]) if t.is_word), None)
        while opening is not None and opening + 1 < before and self.tokens[opening].low in _SOON:
            opening += 1  # "Tak lama setelah melancarkan serangan, Paddock …"
        if opening is None or self.tokens[opening].low not in _FRONTED:
            return []
        if any(t.low not in _GLUE for t in self.tokens[opening + 1:before]):
            return []  # "Setelah insiden yang menewaskan 22 orang itu, polisi …": it has a subject
        return self.main_subject(before)

    def main_subject(self, before: int) -> list[Phrase]:
        """The subject after the comma that ends an opening phrase holding token ``before``
        ("Dalam pertemuan terbaru, OPEC menghadapi …")."""
        if any(t.low == "," for t in self.tokens[:before]):
            return []
        commas = [i for i in range(before, len(self.tokens)) if self.tokens[i].low == ","]
        for n, comma in enumerate(commas):
            if n + 1 < len(commas) and self._speech_aside(comma, commas[n + 1]):
                continue  # "Selain menewaskan tiga warga, ia menjelaskan, peristiwa ini …"
            phrase = self.by_first.get(comma + 1)
            place = self.by_end.get(comma - 1)
            if phrase is not None and place is not None and self.in_pp(place) and phrase.end < len(
                    self.tokens) and self.tokens[phrase.end].low == ",":
                continue  # "Dalam pertemuan di Wina, Austria, OPEC …": the place's apposition
            return self.group_after(phrase) if phrase is not None else []
        return []

    def origin_before(self, before: int) -> list[Phrase]:
        """"Kapal perang dari Amerika Serikat juga dikerahkan": the one a deployed or given thing
        comes from is the agent a passive leaves out."""
        i = before - 1
        while i >= 0 and self.tokens[i].low in _GLUE:
            i -= 1
        named = self.by_end.get(i - 1) if i > 0 and self.tokens[i].text == "," else None
        if named is not None and named.first > 1 and self.tokens[named.first - 1].text == ",":
            i = named.first - 2  # "Kapal dari AL Singapura, RSS Persistence, dikerahkan": past the name
        phrase = self.by_end.get(i)
        if phrase is None or phrase.first == 0 or self.tokens[phrase.first - 1].low not in ("dari", "from"):
            return []
        return self._group_back(phrase)

    def patient_subject(self, before: int) -> list[Phrase]:
        """The subject of a passive verb: as :meth:`subject`, but the subject of an earlier
        active verb of the clause is no patient ("Saya mengamankan X, kemudian diperintahkan")."""
        found = self.subject(before)
        if found and any(_active_verb(t.low) for t in self.tokens[found[-1].end:before]):
            return []
        verb = self._verb_of_object(found[0]) if found and found[-1].end == before else None
        if verb is not None:
            # "KBRI melakukan pencarian kedua jemaah itu dibantu oleh otoritas setempat": the one
            # helped is who searches, not the ones searched for
            return self.subject(verb)
        return found

    def _verb_of_object(self, phrase: Phrase) -> int | None:
        """Index of the active verb a few nouns before ``phrase`` whose object it is, else None."""
        for i in range(phrase.first - 1, max(-1, phrase.first - 1 - MAX_SKIP), -1):
            if _active_verb(self.tokens[i].low):
                return i
            if not self.tokens[i].is_word or i in self.by_end or self.tokens[i].low in _PREPOSITIONS:
                return None
        return None

    def speaker_before_bahwa(self, before: int) -> list[Phrase]:
        """The subject of the speech verb whose clause (with or without "bahwa") holds token
        ``before``."""
        for i in range(before - 1, 0, -1):
            if self.tokens[i].low in ("bahwa", "that"):
                return self.subject(i - 1)
            if self.tokens[i].low in _SPEECH_VERBS:
                return self.subject(i)
        return []

    def reporter_of(self, first: int) -> list[Phrase]:
        """The subject of the speech verb whose reported clause opens with the phrase at
        ``first``: "China mengatakan pada Selasa bahwa *mereka* mendukung …", "Sudirman
        mengatakan, Rabu (3/12/2014), *dia* akan rapat …", "Menurut polisi, *pihaknya* …";
        nothing when another actor or a verb stands between."""
        for i in range(first - 1, max(-1, first - 1 - REPORT_REACH), -1):
            low = self.tokens[i].low
            if low in _SPEECH_VERBS:
                return self.subject(i)
            if i in self.by_end:  # "Menurut polisi, pihaknya telah memeriksa …"
                source = self.by_end[i]
                return [source] if source.first > 0 and self.tokens[source.first - 1].low == "menurut" else []
            if _active_verb(low) or low in (".", ";", ":", '"', "“", "”"):
                return []
        return []

    def _head_of_relative(self, first: int) -> list[Phrase]:
        """"Sareh, yang merupakan mantan hakim, membantah": the phrase before "yang merupakan"."""
        i = first - 1
        while i >= 2 and self.tokens[i].low in {"mantan", "bekas", "seorang"}:
            i -= 1
        if i >= 1 and self.tokens[i].low in _COPULAS and self.tokens[i - 1].low == "yang":
            j = i - 2
            while j >= 0 and self.tokens[j].low == ",":
                j -= 1
            head = self.by_end.get(j)
            if head is not None:
                return self._group_back(head)
        return []

    def _copula_subject(self, group: list[Phrase]) -> list[Phrase]:
        """"CAS adalah pelaku yang memukul korban", "Blazer adalah mantan petugas FIFA yang
        bekerja sama dengan FBI": the one the descriptor is said of acts."""
        if group[0].kind != "descriptor":
            return []
        i = group[0].first - 1
        while i >= 1 and self.tokens[i].low in {"mantan", "bekas", "seorang", "salah", "satu"}:
            i -= 1
        if i < 1 or self.tokens[i].low not in ("adalah", "merupakan", "ialah", "is", "was"):
            return []
        named = self.by_end.get(i - 1)
        return self._group_back(named) if named is not None and named.kind == "mention" else []

    def in_pp(self, phrase: Phrase) -> bool:
        """Does a preposition govern the phrase, directly or through a place noun ("di depan X",
        "di perairan Pangkalan Bun")?"""
        if phrase.first > 0 and self.tokens[phrase.first - 1].low in _PREPOSITIONS:
            return True
        joined = self.by_end.get(phrase.first - 2) if phrase.first >= 2 else None
        if joined is not None and self.tokens[phrase.first - 1].text in _DASHES and not self._dash_pair(
                phrase.first - 1):
            return self.in_pp(joined)  # "rute dari Ho Chi Minh - Jakarta": the route's end is in the PP too
        return phrase.first > 1 and self.tokens[phrase.first - 1].low in _PLACE_RELATIONS | _PLACE_NOUNS and (
            self.tokens[phrase.first - 2].low in _PREPOSITIONS)

    def _place_pp(self, phrase: Phrase) -> int | None:
        """Index of "di"/"ke"/"dari" opening a place phrase ("ke Jalur Gaza", "di depan Istana")."""
        i = phrase.first - 1
        if i > 0 and self.tokens[i].low in _PLACE_RELATIONS:
            i -= 1
        return i if i >= 0 and self.tokens[i].low in _PLACE_PREPS else None

    def _clause_subject(self, before: int, nominal: bool = False) -> list[Phrase]:
        """The first phrase of the clause that holds ``before`` that is not in a PP. A clause
        opened by a verb of saying with no subject of its own ("X menegaskan penolakan mereka")
        is that verb's object, so the subject is looked for before the verb."""
        trigger = before
        after_time = False  # passed "seusai", "setelah" … opening the trigger's own clause
        for i in range(before - 1, -1, -1):
            low = self.tokens[i].low
            if low in _CLAUSE_OPENERS:
                found = self._first_subject(i + 1, before)
                bare = all(t.low in _GLUE for t in self.tokens[i + 1:trigger])
                if not found and low in _CONTRASTS and bare:
                    # "X menerima bantuan …, namun menolak pengiriman …": the contrasted verb phrase
                    # has the subject of the clause before
                    return self._clause_subject(i)
                return found
            if low in _SPEECH_VERBS or low in _SUBORDINATORS:
                found = self._first_subject(i + 1, before)
                if found:
                    return found
                if low in _SPEECH_VERBS and after_time:
                    # "Presiden menyampaikan hal itu seusai berbicara dengan X": a time clause after the
                    # main verb has no subject of its own; the one who speaks is the one who talked
                    return self.subject(i)
                if low in _SPEECH_VERBS and all(t.low in _GLUE for t in self.tokens[i + 1:trigger]):
                    return self.subject(i)  # "Israel mengumumkan akan memangkas …": the speaker acts
                if low in _SPEECH_VERBS and self._coordinated_after(i, trigger):
                    # "Presiden menyampaikan belasungkawa dan menginstruksikan …": a second verb phrase
                    # of the one who spoke, not reported speech
                    return self.subject(i)
                after_time = after_time or low in _TIME_LINKS
                if low in _SPEECH_VERBS and (not nominal or self._verb_between(i + 1, trigger)):
                    return []  # "Boy mengatakan saran itu disampaikan … untuk mendorong …"
                before = i  # "… setelah menemui X", "X menegaskan penolakan mereka"
        return self._first_subject(0, before)

    def _coordinated_after(self, verb: int, trigger: int) -> bool:
        """Is the trigger a verb phrase joined by "dan"/"serta" to the verb at ``verb``, with only
        that verb's complement between (no actor who could be a subject of its own)?"""
        if trigger - verb < 3 or self.tokens[trigger - 1].low not in _VP_JOINS:
            return False
        if not all(t.is_word for t in self.tokens[verb + 1:trigger - 1]):
            return False
        # "Rusia menyatakan mendukung X dan menawarkan …": the complement is itself a verb phrase, so
        # the actor in it is its object, not a new subject
        opens_vp = self.tokens[verb + 1].low in _GLUE or self._verb_between(verb + 1, verb + 2)
        return opens_vp or not any(i in self.by_first for i in range(verb + 1, trigger - 1))

    def _first_subject(self, opening: int, before: int) -> list[Phrase]:
        for phrase in self.phrases:
            predicative = phrase.first > 0 and self.tokens[phrase.first - 1].low in _PREDICATIVE
            inside = phrase.first >= opening and phrase.end <= before
            if inside and not self.in_pp(phrase) and not predicative:
                if self._verb_between(opening, phrase.first):
                    return []  # "Untuk mempercepat pemasangan RFID, …": an object, not the subject
                return self.group_after(phrase)
        return []

    def _verb_between(self, start: int, stop: int) -> bool:
        # "menurut", "mengenai", "melalui" look like verbs but are prepositions
        return any(t.low.startswith(_VERB_PREFIXES) and len(t.low) > 6 and t.low not in _GLUE
                   and t.low not in _PREPOSITIONS for t in self.tokens[start:stop])

    def _nearest_subject(self, before: int) -> list[Phrase]:
        i = before - 1
        purpose = relative = False
        while i >= 0:
            phrase = self.by_end.get(i)
            if phrase is not None:
                group = self._group_back(phrase)
                place = self._place_pp(group[0]) if relative and group[0].kind == "mention" else None
                if place is not None:
                    # "serangan udara ke Jalur Gaza yang menewaskan lima orang": the attack kills, so
                    # the one who launched it, not the place
                    return self.subject(place)
                listed = len(group) > 1 and self._list_opening(group[0])
                if self.in_pp(group[0]) and not relative and not listed:
                    # but "berterima kasih kepada negara-negara yang membantu": they help; and "kapal
                    # perang dari Singapura, Malaysia dan AS dikerahkan": the ships' countries act
                    return []
                if group[0].first > 1 and self.tokens[group[0].first - 1].low in _PREDICATIVE:
                    owner = self.by_end.get(group[0].first - 2)  # "PT INTI selaku pelaksana": PT INTI
                    group = self._group_back(owner) if owner is not None else group
                sender = self._sender(group[0].first) if purpose else None
                if sender is not None:
                    return self.subject(sender)
                return self._head_of_relative(group[0].first) or self._copula_subject(group) or group
            low = self.tokens[i].low
            purpose = purpose or low in _PURPOSE
            relative = relative or low in ("yang", "who", "which")
            opening = self._bracket_opening(i)
            if opening is not None:
                i = opening - 1  # "Pria berinisial AS ( 35 ) itu ditangkap": an age or an abbreviation
                continue
            if low == "," and self.tokens[i + 1].low in ("yang", "who", "which"):
                i -= 1  # "Iran dan Venezuela, yang telah meminta …": the relative clause set off by a comma
                continue
            if low == ",":
                examples = self._examples(i) or self._name_of_description(i)
                if examples:
                    return examples
                aside = self._skip_aside(i)
                if aside is None:
                    return []
                named = self._apposition_after_place(aside, i)
                if named:
                    return named
                i = aside
                continue
            if low not in _GLUE:
                return []
            i -= 1
        return []

    def _bracket_opening(self, close: int) -> int | None:
        """Index of the "(" of a short bracketed aside closing at ``close``, else None."""
        if self.tokens[close].text != ")":
            return None
        for i in range(close - 1, max(-1, close - _BRACKET_REACH), -1):
            if self.tokens[i].text == "(":
                return i
            if self.tokens[i].text in (")", ",", "."):
                return None
        return None

    def _name_of_description(self, comma: int) -> list[Phrase]:
        """"produsen minyak terbesar, Arab Saudi, tidak setuju": the name set off by commas after
        a description that is no actor phrase is the subject."""
        name = self.by_end.get(comma - 1)
        if name is None or name.kind != "mention" or name.first < 2:
            return []
        if self.tokens[name.first - 1].text != ",":
            return []
        before = self.tokens[name.first - 2]
        described = before.is_word and not before.is_cap and before.low not in _PREPOSITIONS | _GLUE \
            and name.first - 2 not in self.by_end
        return [name] if described else []

    def _apposition_after_place(self, aside: int, comma: int) -> list[Phrase]:
        """"informan PBB di wilayah Palestina, Michael Lynk, menuding": when the phrase before an
        apposition is a place in a PP, the apposition names the one who acts."""
        before = self.by_end.get(aside)
        inner = self.by_end.get(comma - 1)
        if before is None or inner is None:
            return []
        first = self._group_back(before)[0].first
        while first > 1 and self.tokens[first - 1].low in _PLACE_NOUNS:
            first -= 1  # "di wilayah Palestina"
        return self._group_back(inner) if first > 0 and self.tokens[first - 1].low in _PREPOSITIONS else []

    def _sender(self, first: int) -> int | None:
        """The active verb a few words before the object phrase at ``first``, when that object
        does not carry out the purpose after it: "Singapura mengirimkan dua pesawat C-130 untuk
        membantu" (Singapore helps); but "Obama memerintahkan Kemenhan untuk mengerahkan" (the
        one ordered acts)."""
        for i in range(first - 1, max(-1, first - 1 - MAX_SKIP), -1):
            low = self.tokens[i].low
            if _active_verb(low):
                asks = any(row.type == "REQUEST" for _, row in trigger_index("id").get(low, ()))
                return None if asks else i
            if not self.tokens[i].is_word:
                return None
        return None

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
                owned = named_end < len(self.tokens) and self.tokens[named_end].low in preps & _OWNED_BY
                if owned:
                    i = named_end  # "izin rute Surabaya - Singapura milik AirAsia": the name of the thing
                    continue
                if (direct and skipped <= direct_skip and verbs == 0) or after_prep:
                    return self._apposed_name(self._before_next_clause(self.group_after(phrase)))
                predicative = i > 0 and self.tokens[i - 1].low in _PREDICATIVE
                if phrase.kind not in ("pronoun", "first-person", "own-side") and not predicative:
                    return []
                i = phrase.end  # "diperiksa sebagai saksi oleh KPK": the role is no actor
                continue
            low = self.tokens[i].low
            if low in _BREAK or not self.tokens[i].is_word:
                return []
            if low in _PREPOSITIONS and low not in preps:
                direct = False  # "penyidikan di KPK": a phrase in a PP is no object
            if i > 0 and self.tokens[i].is_cap and self._name_part(i):
                i += 1  # a capitalised word the entity layer left out belongs to the name after it
                continue
            if low not in preps and low not in _GLUE:
                skipped += 1
                verbs += low.startswith(_VERB_PREFIXES) and len(low) > 5
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
            while j < len(self.tokens) and self.tokens[j].low in _VERB_GLUE:
                j += 1
            low = self.tokens[j].low if j < len(self.tokens) else ""
            verb = _active_verb(low) or _passive_verb(low)
            if verb and member.kind in ("pronoun", "first-person", "own-side"):
                return group[:n]
        return group

    def _apposed_name(self, group: list[Phrase]) -> list[Phrase]:
        """"istri Atim, Sanya,", "surat kabar Amerika Serikat, The New York Times,": a description
        followed by a name set off by commas is that name."""
        if len(group) != 1:
            return group
        phrase = group[0]
        comma = phrase.end
        named = self.by_first.get(comma + 1) if comma + 1 < len(self.tokens) else None
        if self.tokens[comma].text != "," if comma < len(self.tokens) else True:
            return group
        if named is None or named.kind != "mention" or named.end >= len(self.tokens) or (
                self.tokens[named.end].text not in (",", ".")):
            return group
        before = self.tokens[phrase.first - 1] if phrase.first > 0 else None
        described = phrase.kind == "descriptor" or (
            before is not None and before.is_word and not before.is_cap and before.low not in _PREPOSITIONS
            and before.low not in _GLUE and not before.low.startswith(_VERB_PREFIXES))
        return [named] if described else group

    def _name_part(self, i: int) -> bool:
        """A capitalised word right before a name, left out of it by the entity layer
        ("Kemenhan AS"), but not a law article or a number ("Pasal 170 KUHP")."""
        nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return nxt is not None and nxt.is_cap and i + 1 in self.by_first

    def object(self, end: int) -> list[Phrase]:
        return self.after(end, _OBJECT_PREPS, direct=True)

    def agent(self, end: int) -> list[Phrase]:
        """"ditangkap oleh polisi", or the agent right after the verb ("diperiksa KPK"); a phrase
        after other words is no agent ("diperiksa sebagai saksi", "dijerat Pasal 170 KUHP")."""
        found = self.after(end, _AGENT, direct=False) or self._agent_origin(end)
        found = found or self.after(end, frozenset(), direct=True, direct_skip=0) or self._vehicle_owner(end)
        return self._owner_of(found) or found

    def _owner_of(self, found: list[Phrase]) -> list[Phrase]:
        """"ditangkap oleh KRI Tjiptadi milik TNI AL": the owner of a ship named as the agent."""
        if len(found) != 1 or found[0].end + 1 >= len(self.tokens):
            return []
        owner = self.by_first.get(found[0].end + 1)
        if self.tokens[found[0].end].low not in _OWNED_BY or owner is None:
            return []
        return self.group_after(owner)

    def _vehicle_owner(self, end: int) -> list[Phrase]:
        """"ditangkap (oleh) kapal patroli Bakamla": a vessel or a vehicle as the agent stands for
        the body named after it."""
        i = end + (end < len(self.tokens) and self.tokens[end].low in _AGENT)
        start = i
        while i < len(self.tokens) and i - start < _VEHICLE_WORDS and self.tokens[i].low in _VEHICLES:
            i += 1
        if start < i < len(self.tokens) - 1 and self.tokens[i].low in ("dari", "milik", "asal"):
            i += 1  # "dibantu kapal dari Singapura"
        phrase = self.by_first.get(i) if i > start else None
        return self.group_after(phrase) if phrase is not None else []

    def _agent_origin(self, end: int) -> list[Phrase]:
        """"dibantu oleh kapal dari Malaysia": a thing as the agent stands for where it is from."""
        if end >= len(self.tokens) or self.tokens[end].low not in _AGENT:
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
            if low in (".", ";") or (low in _BREAK and low != "yang"):
                return []
        return []

    def owner_in_clause(self, end: int) -> list[Phrase]:
        """"menyita dua mobil dan uang tunai Rp 500 juta milik tersangka": the owner of what is
        seized, past a long list of things (named or not), before the clause ends."""
        i = end
        while i < min(end + _OWNER_REACH, len(self.tokens) - 1):
            low = self.tokens[i].low
            if low in _OWNED_BY and i + 1 in self.by_first:
                return self.group_after(self.by_first[i + 1])
            named = self.by_first.get(i)
            if named is not None:
                i = named.end  # "satu mobil Mitsubishi Pajero Sport milik Rohadi": the thing's name
                continue
            if low in _BREAK or low in (".", ";"):
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
                agent = i + 2 + (self.tokens[i + 2].low in _AGENT)
                phrase = self.by_first.get(agent)
                return self.group_after(phrase) if phrase is not None else []
            if i in self.by_first or not self.tokens[i].is_word or low in _BREAK:
                return []
        return []

    def partner(self, end: int) -> list[Phrase]:
        return self.after(end, _PARTNER | _OBJECT_PREPS, direct=True)

    def between(self, end: int) -> list[Phrase]:
        """"antara X dan Y" right after a noun (an adjective or two may come first)."""
        for i in range(end, min(end + 3, len(self.tokens))):
            if self.tokens[i].low in _BETWEEN and self.by_first.get(i + 1):
                return self.group_after(self.by_first[i + 1])
        return []


def _active_verb(low: str) -> bool:
    """An active verb form by its prefix ("mengamankan", "memberikan"), not a closed-class word."""
    return low.startswith(("me", "ber")) and len(low) > 6 and low not in _GLUE and low not in _PREPOSITIONS


def _passive_verb(low: str) -> bool:
    return low.startswith("di") and len(low) > 5 and low not in _PREPOSITIONS


def _act_noun_at(tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` a noun naming an act ("kritik", "tuduhan", "permintaan")?"""
    return i < len(tokens) and any(row.voice in ("noun", "patient") and len(phrase) == 1
                                   for phrase, row in trigger_index("id").get(tokens[i].low, ()))


def activity_at(tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` an activity ("pencarian", "evakuasi", "proses"), not an actor?"""
    if i >= len(tokens):
        return False
    low = tokens[i].low
    return low in _ACTIVITIES or (low.startswith("pe") and low.endswith("an") and len(low) > 7)


def _accepts(actors: SentenceActors, match: TriggerMatch) -> bool:
    """An answer to something offered: "menerima tawaran", "menolak tawaran bantuan dari X"."""
    if match.row.type == "AGREE" and actors.tokens[match.first].low in ("menerima", "accepted", "accepts"):
        return True
    offered = match.end < len(actors.tokens) and actors.tokens[match.end].low in _OFFERS
    return match.row.type in ("AGREE", "REJECT", "SUPPORT") and offered  # "menyambut baik tawaran …"


def _pair(group: list[Phrase]) -> Slots:
    """"X dan Y bertemu", "X, Y dan Z sepakat": the first named with each of the others."""
    return Slots(tuple(group[:1]), tuple(group[1:]))


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
    attending = actors.tokens[match.first].low in _ATTENDING  # "X dan Y menghadiri rapat": each attends
    if len(slots.sources) >= 2 and not slots.targets and match.row.type in _TOGETHER and not attending:
        return _pair(list(slots.sources))  # "Jokowi dan Najib menandatangani nota kesepahaman"
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
            return Slots(subjects, tuple(actors.after(match.end, _ASKED_PREPS, direct=True, direct_skip=2)))
        if match.row.type == "AID" and activity_at(actors.tokens, match.end):
            # "membantu pencarian pesawat AirAsia": the search is helped, not the airline
            # but "membantu evakuasi warga": the people right after the activity are helped
            helped = actors.after(match.end + 1, _OBJECT_PREPS, direct=True, direct_skip=0)
            if actors.tokens[match.end].low in _SEEKING:
                helped = []  # "membantu pencarian korban": those searched for are not the ones helped
            return Slots(subjects, tuple(helped))
        # "menarik diri dari PBB", "menarik duta besarnya dari Belanda": withdrawn from someone
        withdrawing = match.row.type == "RETREAT" or match.row.mode == "withdraw"
        preps = _ASKED_PREPS if withdrawing else _OBJECT_PREPS
        if match.row.type in _ANSWERING and _act_noun_at(actors.tokens, match.end):
            preps = preps | _NOUN_AGENT  # "menolak kritik dari Uni Eropa": the critic is answered
        if match.row.type in _TAKING:
            preps = preps | _OWNED_BY  # "menyita dua mobil milik Budi": the owner is acted upon
        # "menyita dua mobil Toyota Fortuner milik X": what is seized may be named; its owner is the target
        seized = actors.owner_in_clause(match.end) if match.row.mode == "seize" else []
        targets = seized or actors.after(match.end, preps, direct=True)
        if not targets and match.row.type in _ANSWERING:
            targets = actors.author_of_object(match.end)
        if not targets and match.row.type in _CASE_TYPES:
            targets = actors.involved_in_case(match.end)
        return Slots(subjects, tuple(targets))
    # verb + object ("memberikan bantuan kepada X", "menetapkan X sebagai tersangka"): the target
    # stands between the verb and its object word, or after a preposition
    inside = actors.by_first.get(match.last)
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
    preps = _OBJECT_PREPS | _OWNED_BY if taking else _OBJECT_PREPS
    # "membekukan izin terbang AirAsia": what is seized or restricted is owned by the name after it
    targets = actors.group_after(inside) if inside is not None else actors.after(
        match.end, preps, direct=taking, direct_skip=1)
    if not targets and match.row.type == "AID":
        targets = _recipient(actors, match.end)
    if not targets and match.row.type in _CASE_TYPES:
        targets = actors.involved_in_case(match.end)
    return Slots(subjects, tuple(targets))


def _recipient(actors: SentenceActors, end: int) -> list[Phrase]:
    """"mengirim pesawat P-3 Orion ke Indonesia": the one help goes to, past the name of what is
    sent, up to the end of the clause."""
    for i in range(end, len(actors.tokens) - 1):
        low = actors.tokens[i].low
        if low in _BREAK or low in (".", ";"):
            return []
        if low in _RECIPIENT_PREPS and i + 1 in actors.by_first:
            return actors.group_after(actors.by_first[i + 1])
        if low in _RECIPIENT_PREPS and actors.tokens[i + 1].low in _CARING and i + 2 in actors.by_first:
            # "mendirikan posko untuk menampung para korban": those sheltered are the ones helped
            return actors.group_after(actors.by_first[i + 2])
    return []


def _coordinated_passive(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    """"Warga ditarik Satpol PP dan dihajar beramai-ramai": a passive joined to an earlier one shares
    its agent and its patient."""
    if match.first < 3 or actors.tokens[match.first - 1].low not in _AND:
        return None
    agent = actors.by_end.get(match.first - 2)
    if agent is None or agent.first < 1:
        return None
    verb = actors.tokens[agent.first - 1].low
    if actors.tokens[agent.first - 1].low in _AGENT and agent.first >= 2:
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
    agents = actors.agent(match.end) or actors.origin_before(match.first)
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
        return _pair(subjects)
    return Slots(tuple(subjects), tuple(partners))


def _light_verb_before(actors: SentenceActors, match: TriggerMatch) -> int | None:
    """Token index of a light verb before a noun trigger ("menggelar (sebuah) pertemuan")."""
    light = match.first - 1
    while light >= 0 and actors.tokens[light].low in _NOUN_FILLERS:
        light -= 1
    return light if light >= 0 and actors.tokens[light].low in _LIGHT_VERBS else None


def _noun(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    both = actors.between(match.end)
    if len(both) >= 2:
        return _pair(both)
    if both and match.row.type in ("ASSAULT", "PROTEST", "CONSULT"):
        return Slots(tuple(both), ())  # "bentrokan antara napi": a group among itself
    light = _light_verb_before(actors, match)
    if light is not None:
        targets = actors.after(match.end, _NOUN_TARGET, direct=False)
        subjects = actors.subject(light, nominal=True)
        if len(subjects) >= 2 and not targets and match.row.type in _MUTUAL_TYPES:
            return _pair(subjects)  # "Indonesia dan Prancis memiliki perjanjian": one with the other
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
        return Slots((owner,), tuple(actors.after(match.end + 1, _NOUN_TARGET, direct=False)))
    owners = actors.group_after(owner)
    if len(owners) >= 2 and actors.tokens[owners[0].end].low in _AND:
        # "pertemuan Jokowi dan Najib": the two meet; "bantuan Singapura dan Malaysia": both help
        return _pair(owners) if match.row.type in _MUTUAL_TYPES else Slots(
            tuple(owners), tuple(_receiver(actors, match)))
    targets = actors.after(owners[-1].end, _NOUN_TARGET, direct=False) or _receiver(actors, match) or (
        _victims(actors, match))
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
    while i >= 0 and (actors.tokens[i].low in _NOUN_FILLERS or actors.tokens[i].low in _OFFERS):
        i -= 1  # "menerima tawaran bantuan": the one who accepts the offer of help receives it
    if match.row.type == "AID" and i > 0 and actors.tokens[i].low in ("atas", "for") and (
            actors.tokens[i - 1].low in _THANKS):
        # "berterima kasih atas bantuan Singapura": helped, thankful; "menyampaikan terima kasih
        # atas …": the one who thanks is the subject of the verb before the thanks
        thanks = i - 1
        if thanks >= 2 and actors.tokens[thanks].low == "kasih" and actors.tokens[thanks - 1].low == "terima":
            thanks -= 1 if not _active_verb(actors.tokens[thanks - 2].low) else 2
        return actors.subject(thanks)
    if i >= 1 and actors.tokens[i].low == "korban" and actors.tokens[i - 1].low == "menjadi":
        return actors.subject(i - 1)  # "dua polisi yang menjadi korban penganiayaan": they are attacked
    receiving = _RECEIVERS | _ASKING if match.row.type == "AID" else _RECEIVERS
    if match.row.type == "ACCUSE":
        receiving = _RECEIVERS | _DENYING  # "AirAsia membantah tudingan Kemenhub": AirAsia is accused
    return actors.subject(i) if i >= 0 and actors.tokens[i].low in receiving else []


def _victims(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"X menjadi korban penganiayaan", "X tewas dalam serangan udara AS": the victims of an act
    named by a noun."""
    first = match.first
    if first >= 2 and actors.tokens[first - 1].low == "korban" and actors.tokens[first - 2].low == "menjadi":
        return actors.subject(first - 2)
    if match.row.type == "ASSAULT" and first >= 2 and actors.tokens[first - 1].low in _CAUSE_LINKS and (
            actors.tokens[first - 2].low in _CASUALTY_VERBS):
        return actors.subject(first - 2)
    return []


def _passive_agent(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Pencegahan itu dilakukan KPK sejak Desember": the agent of a passive light verb later in
    the noun's clause."""
    for i in range(match.end, min(len(actors.tokens), match.end + PASSIVE_LIGHT_REACH)):
        low = actors.tokens[i].low
        if low in _PASSIVE_LIGHT:
            return actors.agent(i + 1)
        if i == match.end and low in ("yang", "which"):
            continue  # "bantuan yang diberikan Indonesia", "serangan yang dilakukan oleh X": the noun's own
        if low in _BREAK or low in {".", ";", ","}:
            return []  # "penyidikan perkara yang dilakukan Rohadi": the crime is his, not the inquiry
    return []


def _aimed_at(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Penyerangan terhadap pos polisi itu dilakukan oleh …": the one a bare act noun is aimed at,
    right after it."""
    if match.end + 1 >= len(actors.tokens) or actors.tokens[match.end].low not in _AIMED:
        return []
    found = actors.by_first.get(match.end + 1)
    return actors.group_after(found) if found is not None else []


def _verbal_use(actors: SentenceActors, match: TriggerMatch) -> list[Phrase]:
    """"Wiranto protes karena …", "para buruh demo di depan …": a noun right after its subject
    is used as a verb."""
    i = match.first - 1
    while i >= 0 and actors.tokens[i].low in _VERB_GLUE:
        i -= 1
    phrase = actors.by_end.get(i)
    return [phrase] if phrase is not None and not actors.in_pp(phrase) else []


def _bare_noun(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    """A noun with no actor right after it: "sanksi dari Barat", "dalam pertemuan di Wina";
    None when nothing in the sentence says who acts or who is acted upon."""
    targets = _receiver(actors, match) or _aimed_at(actors, match)
    sources = (actors.after(match.end, _NOUN_AGENT, direct=False) or _passive_agent(actors, match)
               or _perpetrators(actors, match) or _verbal_use(actors, match))
    setting = match.first > 0 and actors.tokens[match.first - 1].low in _SETTINGS
    if not sources and not targets and setting and match.row.type == "CONSULT":
        # "OPEC mempertahankan pagu produksi dalam pertemuan di Wina": the clause's subject met
        sources = actors.subject(match.first, nominal=True) or actors.main_subject(match.first)
        targets = actors.after(match.end, _PARTNER, direct=False)  # "dalam RDP dengan Komisi III"
    if not sources and not targets:
        return None  # "pertemuan itu berlangsung dua jam": no actors, no event
    if sources and not targets:
        # "Nota protes itu dilayangkan Kemlu kepada Australia": the one addressed after the agent
        targets = actors.after(sources[-1].end, _NOUN_TARGET, direct=False)
    if match.row.type in _MUTUAL_TYPES:
        sources = sources[:1]  # "perundingan dari kedua pihak": one side, the rest is context
    return Slots(tuple(sources), tuple(targets))  # "bantuan dari Singapura dan Malaysia": each helps


def _patient(actors: SentenceActors, match: TriggerMatch) -> Slots | None:
    """"penangkapan Ndii (oleh polisi)", "penetapan kembali Setya Novanto sebagai tersangka": the
    noun phrase after the act is acted upon; the agent follows "oleh" or comes from context."""
    light = _light_verb_before(actors, match)
    both = actors.between(match.end)
    if light is not None or len(both) >= 2:
        return _noun(actors, match)
    targets = actors.after(match.last, frozenset(), direct=True, direct_skip=1)
    if not targets and match.end > match.last:
        targets = actors.after(match.end, frozenset(), direct=True, direct_skip=0)
    if not targets:
        targets = actors.after(match.end, _NOUN_TARGET, direct=False) or _victims(actors, match)
    after = targets[-1].end if targets else match.end
    agents = actors.after(after, _AGENT, direct=False) or _passive_agent(actors, match) or _perpetrators(
        actors, match)
    return Slots(tuple(agents), tuple(targets))


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


def _intransitive(actors: SentenceActors, match: TriggerMatch) -> Slots:
    return Slots(tuple(actors.subject(match.first)),
                 tuple(actors.after(match.end, _NOUN_TARGET, direct=False)))


def _plural_people(tokens: list[Token], phrase: Phrase) -> bool:
    """A group of several people told as one phrase ("sejumlah menteri", "para delegasi")."""
    first = tokens[phrase.first].low
    return phrase.kind == "descriptor" and (first in _GROUP_OPENERS or "-" in tokens[phrase.first].text)


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
        return _noun(actors, match)
    if voice == "intrans":
        return _intransitive(actors, match)
    if voice == "patient":
        return _patient(actors, match)
    return _active(actors, match)
