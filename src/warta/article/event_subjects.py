"""The subject of the verb at a token: the phrase right before it (over auxiliaries, asides
and brackets), the head of its relative clause, the first subject of its clause or of the
clause a fronted phrase opens, the speaker of the reported clause it is in.
"""

from __future__ import annotations

from warta.article.event_actor_words import (
    AGENT,
    AND,
    GLUE,
    MAX_SKIP,
    PREDICATIVE,
    PREPOSITIONS,
    SPEECH_VERBS,
    VERB_PREFIXES,
    active_verb,
    passive_verb,
)
from warta.article.event_lexicon import trigger_index
from warta.article.event_phrase_groups import PhraseGroups
from warta.article.event_phrases import Phrase
from warta.article.speechcues import speech_cues

# Words after which a new clause with its own subject starts.
_CLAUSE_OPENERS = frozenset({"bahwa", "that", "“", '"', "”", "sementara", "sedangkan", "namun", "tetapi",
                             "but", ";", ":", "-", "–", "—"})
# Conjunctions that open a subordinate clause; one with no subject of its own shares the main one.
_SUBORDINATORS = frozenset({"setelah", "sebelum", "karena", "sehingga", "ketika", "saat", "jika", "agar",
                            "supaya", "sejak", "usai", "seusai", "sambil", "hingga", "because", "after",
                            "before", "when", "while"})
# Concessive conjunctions: the clause they open grants a fact; a speaker before it does not announce it.
_CONCESSIVES = frozenset({"meski", "meskipun", "walau", "walaupun", "kendati", "biarpun", "sekalipun",
                          "padahal", "although", "though"})
# Subordinators of time: the clause they open shares the subject of the clause it follows.
_TIME_LINKS = frozenset({"setelah", "sebelum", "usai", "seusai", "sambil", "after", "before", "while"})
_FRONTED = frozenset({"sejak", "setelah", "usai", "seusai", "sebelum", "ketika", "saat", "selain", "since",
                      "after", "before"})
# Words that may open a sentence before a fronted time clause ("Tak lama setelah", "Sesaat sebelum").
_SOON = frozenset({"tak", "tidak", "lama", "segera", "sesaat", "beberapa", "saat", "jam", "hari", "menit",
                   "tepat", "persis", "sehari", "sejam", "namun", "lalu", "kemudian", "shortly", "soon",
                   "just"})
_PURPOSE = frozenset({"untuk", "guna", "demi", "to"})
_CONTRASTS = frozenset({"namun", "tetapi", "but"})  # opening a clause that may share the subject before
_VP_JOINS = frozenset({"dan", "serta", "sekaligus", "and"})  # words joining two verb phrases of one subject
_RELATIVES = frozenset({"yang", "who", "which"})
# Words opening the complement clause of a request ("meminta kepada X untuk/agar …").
# Words joining two passive verbs of one subject ("ditangkap polisi lalu ditahan"); the words an
# earlier verb and its agent may take before the join.
_PASSIVE_JOINS = frozenset({"dan", "lalu", "kemudian", "serta", "and", "then"})
_JOINED_REACH = 6
_THAT = frozenset({"bahwa", "that"})
_VP_JOINS_AFTER_COMMA = frozenset({"dan", "serta", "lalu", "kemudian", "and", "then"})
_COMPLEMENTS = frozenset({"untuk", "agar", "supaya", "guna", "to"})
_ADDRESSING = frozenset({"kepada", "pada", "to"})
# Documents and decisions whose author a relative clause about them tells of ("resolusi DK PBB yang
# mengecam …"); at most this many words in an aside between the author and "yang".
_DOCUMENTS = frozenset({"resolusi", "laporan", "putusan", "keputusan", "surat", "pernyataan", "instruksi",
                        "seruan", "imbauan", "rekomendasi", "fatwa", "memo", "maklumat", "edaran"})
_ASIDE_WORDS = 4
_AGE_WORDS = frozenset({"tahun", "thn"})  # "( 41 tahun )"
# Words of an attribution set into a clause between commas (", kata X,", ", lanjut X,").
_INSERTED_TAGS = frozenset({"kata", "ujar", "ucap", "tutur", "ungkap", "lanjut", "jelas", "imbuh", "tambah",
                            "tegas", "terang", "papar", "menurut", "said", "says"})
_DESCRIBED_REACH = 3  # words from "asal" back to the end of the description it completes
REPORT_REACH = 12  # words between a speech verb and the pronoun that opens its reported clause


class SentenceSubjects(PhraseGroups):
    """Subjects of verbs among the actor phrases of one sentence."""

    def subject(self, before: int, nominal: bool = False) -> list[Phrase]:
        """The phrase(s) acting as subject of the verb at token ``before``: the phrase right
        before it (over auxiliaries and asides), else the first subject of its clause. A
        ``nominal`` trigger (a noun, or a light verb with its noun) may be the object of a verb of
        saying and then has that verb's subject."""
        found = self._nearest_subject(before)
        head = self.passive_relative_head(found[0].first) if found else None
        if head is not None:
            return head
        found = found or self._relative_subject(before) or self._author_of_relative_thing(before)
        if found or self._relative_of_thing(before):
            return found
        return self._clause_subject(before, nominal) or self._fronted_subject(before)

    def named_after(self, phrase: Phrase) -> Phrase | None:
        """The name set off by a comma right after ``phrase`` ("asal Kudus, Agus"), or None."""
        after = phrase.end
        if after + 1 >= len(self.tokens) or self.tokens[after].text != ",":
            return None
        named = self.by_first.get(after + 1)
        return named if named is not None and named.kind == "mention" else None

    def origin_described(self, phrase: Phrase) -> Phrase | None:
        """"Pelatih asal Brasil itu", "nelayan tradisional asal Kecamatan X, Kabupaten Y, Sumatera
        Utara": the description a place after "asal" completes (the place says where the one
        described comes from), or None. The place list may run over commas; a plain word or two may
        end the description before "asal"."""
        i = self._origin_word(phrase)
        if i is None:
            return None
        for end in range(i - 1, max(-1, i - 1 - _DESCRIBED_REACH), -1):
            described = self.by_end.get(end)
            if described is not None:
                return described if described.kind == "descriptor" else None
            if not self.tokens[end].low.isalpha() or self.tokens[end].is_cap:
                return None
        return None

    def _origin_word(self, phrase: Phrase) -> int | None:
        """Index of the "asal" the place list holding ``phrase`` follows, or None."""
        i = phrase.first - 1
        while i >= 1 and self.tokens[i].text == ",":
            place = self.by_end.get(i - 1)
            if place is None or place.kind != "mention":
                return None
            i = place.first - 1
        return i if i >= 1 and self.tokens[i].low == "asal" else None

    def origin_of_plain_noun(self, phrase: Phrase) -> Phrase | None:
        """"Penyanyi asal Bogor ini diperiksa": the place after "asal" says where someone described by
        a common noun no role list holds comes from; that noun, as a description, or None."""
        i = self._origin_word(phrase)
        if i is None or self.by_end.get(i - 1) is not None:
            return None
        first = i
        while first > max(0, i - _DESCRIBED_REACH) and self._plain_noun(first - 1):
            first -= 1  # "pencetak hits asal Swedia": the whole description, not its last word
        if first == i:
            return None
        return Phrase(first, i, self.tokens[first].start, self.tokens[i - 1].end, "descriptor")

    def _plain_noun(self, i: int) -> bool:
        """Is token ``i`` a lower-case word of a description (a capital only opening the sentence),
        no verb, conjunction, preposition or word of another phrase?"""
        token = self.tokens[i]
        if not (token.is_word and token.low.isalpha()) or (token.is_cap and i > 0) or i in self.by_end:
            return False
        low = token.low
        return not (low in AND or low in GLUE or low in PREPOSITIONS or active_verb(low) or passive_verb(low))

    def passive_relative_head(self, first: int) -> list[Phrase] | None:
        """"Warga yang diusir PT Maju Jaya menggugat …", "Mahasiswa yang ditahan polisi dilepaskan": the
        agent of a passive relative clause ends that clause and is no subject of the verb after it; the
        clause's head is (none when the head is a thing: "Kapal yang ditangkap TNI AL diserahkan"). None
        when the phrase at ``first`` is no such agent."""
        i = first - 1
        if i >= 0 and self.tokens[i].low in AGENT:
            i -= 1  # "yang ditangkap oleh polisi"
        if i < 1 or not passive_verb(self.tokens[i].low):
            return None
        j = i - 1
        while j >= 1 and self.tokens[j].low in GLUE and self.tokens[j].low not in _RELATIVES:
            j -= 1  # "yang sudah ditangkap", "yang kemudian diusir"
        if self.tokens[j].low not in _RELATIVES:
            return None
        k = j - 1 if self.tokens[j - 1].text != "," else j - 2  # "Budi, yang ditahan polisi, …"
        head = self.by_end.get(k)
        return self._group_back(head) if head is not None else []

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

    def _author_of_relative_thing(self, before: int) -> list[Phrase]:
        """"resolusi Dewan Keamanan PBB, Desember lalu, yang mengecam …", "surat KPK yang meminta …": a
        relative clause about a document or a decision says what its author does."""
        for i in range(before - 1, 0, -1):
            low = self.tokens[i].low
            if low in ("yang", "which"):
                author = self.by_end.get(self._past_aside(i - 1))
                if author is None or author.first == 0 or self.tokens[author.first - 1].low not in _DOCUMENTS:
                    return []
                return [author]
            if not self.tokens[i].is_word or low in _CLAUSE_OPENERS or low in _SUBORDINATORS:
                return []
        return []

    def _past_aside(self, i: int) -> int:
        """The token before a short aside set off by commas that ends at ``i`` (", Desember lalu,"),
        else ``i`` itself."""
        if i < 0 or self.tokens[i].text != ",":
            return i
        for j in range(i - 1, max(-1, i - _ASIDE_WORDS - 2), -1):
            if self.tokens[j].text == ",":
                return j - 1 if not any(k in self.by_first for k in range(j + 1, i)) else i
        return i - 1

    def _relative_subject(self, before: int) -> list[Phrase]:
        """"menangkap penasihat oposisi yang kerap mengkritisi Presiden dan mendorong …": the
        second verb of a relative clause shares its head noun as subject."""
        coordinated = False
        for i in range(before - 1, 0, -1):
            low = self.tokens[i].low
            if low in AND:
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
        if any(t.low not in GLUE for t in self.tokens[opening + 1:before]):
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
        while i >= 0 and self.tokens[i].low in GLUE:
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
        earlier = self.joined_passive(before)
        if earlier is not None:
            return self.patient_subject(earlier)
        found = self.subject(before)
        if found and any(active_verb(t.low) for t in self.tokens[self._past_relative(found[-1].end):before]):
            return []
        verb = self._verb_of_object(found[0]) if found and found[-1].end == before else None
        if verb is not None:
            # "KBRI melakukan pencarian kedua jemaah itu dibantu oleh otoritas setempat": the one
            # helped is who searches, not the ones searched for
            return self.subject(verb)
        return found

    def joined_passive(self, before: int) -> int | None:
        """"Budi ditangkap polisi lalu ditahan …", "X ditarik Satpol PP dan dihajar …": the index of the
        passive verb the one at ``before`` is joined to by "dan"/"lalu"; both are said of one subject (the
        earlier verb's agent is none of the later's patient). None when there is no such verb."""
        join = before - 1
        while join >= 0 and self.tokens[join].low in GLUE and self.tokens[join].low not in _PASSIVE_JOINS:
            join -= 1
        if join < 1 or self.tokens[join].low not in _PASSIVE_JOINS:
            return None
        for i in range(join - 1, max(-1, join - 1 - _JOINED_REACH), -1):
            low = self.tokens[i].low
            if passive_verb(low) and not (i > 0 and self.tokens[i - 1].low in _RELATIVES):
                return i
            opens = low in _CLAUSE_OPENERS or low in _SUBORDINATORS
            if not self.tokens[i].is_word or opens or active_verb(low):
                return None
        return None

    def _past_relative(self, end: int) -> int:
        """Index after the verb of a relative clause right after a subject ("Warga yang menolak pun
        ditarik"): that verb is the subject's description, not an earlier act of the clause."""
        if end + 1 < len(self.tokens) and self.tokens[end].low in _RELATIVES:
            return end + 2
        return end

    def _verb_of_object(self, phrase: Phrase) -> int | None:
        """Index of the active verb a few nouns before ``phrase`` whose object it is, else None."""
        for i in range(phrase.first - 1, max(-1, phrase.first - 1 - MAX_SKIP), -1):
            low = self.tokens[i].low
            if low in _CLAUSE_OPENERS or low in _SUBORDINATORS:
                return None  # "menegaskan bahwa X dipecat": X opens the reported clause
            if active_verb(low):
                # "menegaskan X dipecat": the one after a verb of saying is the reported clause's subject;
                # "memerintahkan X ditahan", "menuntut X dicopot": the one ordered undergoes the act demanded
                return None if _reporting(low) or _demanding(low) else i
            if not self.tokens[i].is_word or i in self.by_end or low in PREPOSITIONS:
                return None
        return None

    def speaker_before_bahwa(self, before: int) -> list[Phrase]:
        """The subject of the speech verb whose clause (with or without "bahwa") holds token
        ``before``."""
        for i in range(before - 1, 0, -1):
            if self.tokens[i].low in _CONCESSIVES:
                return []  # "menegaskan tak ada munas meski X ditetapkan tersangka": a given, not news told
            if self.tokens[i].low in ("bahwa", "that"):
                return self.subject(i - 1)
            if self.tokens[i].low in SPEECH_VERBS:
                return self.subject(i)
        return []

    def reporter_of(self, first: int) -> list[Phrase]:
        """The subject of the speech verb whose reported clause opens with the phrase at
        ``first``: "China mengatakan pada Selasa bahwa *mereka* mendukung …", "Sudirman
        mengatakan, Rabu (3/12/2014), *dia* akan rapat …", "Menurut polisi, *pihaknya* …";
        nothing when another actor or a verb stands between."""
        for i in range(first - 1, max(-1, first - 1 - REPORT_REACH), -1):
            low = self.tokens[i].low
            if low in SPEECH_VERBS:
                return self.subject(i)
            if i in self.by_end:  # "Menurut polisi, pihaknya telah memeriksa …"
                source = self.by_end[i]
                return [source] if source.first > 0 and self.tokens[source.first - 1].low == "menurut" else []
            if active_verb(low) or low in (".", ";", ":", '"', "“", "”"):
                return []
        return []

    def _clause_subject(self, before: int, nominal: bool = False) -> list[Phrase]:
        """The first phrase of the clause that holds ``before`` that is not in a PP. A clause
        opened by a verb of saying with no subject of its own ("X menegaskan penolakan mereka")
        is that verb's object, so the subject is looked for before the verb."""
        trigger = before
        after_time = False  # passed "seusai", "setelah" … opening the trigger's own clause
        for i in range(before - 1, -1, -1):
            low = self.tokens[i].low
            if low in _CLAUSE_OPENERS:
                if low in _THAT and i > 0 and self.back_to_matrix(trigger):
                    return self.subject(i - 1)  # "Kemlu menegaskan bahwa …, dan mengecam …": Kemlu
                found = self._first_subject(i + 1, before)
                bare = all(t.low in GLUE for t in self.tokens[i + 1:trigger])
                if not found and low in _CONTRASTS and bare:
                    # "X menerima bantuan …, namun menolak pengiriman …": the contrasted verb phrase
                    # has the subject of the clause before
                    return self._clause_subject(i)
                return found
            if low in SPEECH_VERBS and self._verbless_report(i, trigger):
                return self.subject(i)
            if low in SPEECH_VERBS or low in _SUBORDINATORS:
                found = self._first_subject(i + 1, before)
                if found:
                    return found
                if low in SPEECH_VERBS and after_time:
                    # "Presiden menyampaikan hal itu seusai berbicara dengan X": a time clause after the
                    # main verb has no subject of its own; the one who speaks is the one who talked
                    return self.subject(i)
                if low in SPEECH_VERBS and all(t.low in GLUE for t in self.tokens[i + 1:trigger]):
                    return self.subject(i)  # "Israel mengumumkan akan memangkas …": the speaker acts
                if low in SPEECH_VERBS and self._coordinated_after(i, trigger):
                    # "Presiden menyampaikan belasungkawa dan menginstruksikan …": a second verb phrase
                    # of the one who spoke, not reported speech
                    return self.subject(i)
                after_time = after_time or low in _TIME_LINKS
                if low in SPEECH_VERBS and (not nominal or self._verb_between(i + 1, trigger)):
                    return []  # "Boy mengatakan saran itu disampaikan … untuk mendorong …"
                before = i  # "… setelah menemui X", "X menegaskan penolakan mereka"
        return self._first_subject(0, before)

    def back_to_matrix(self, trigger: int) -> bool:
        """Is the verb at ``trigger`` opened by ", dan" (", serta", ", lalu") with no subject of its own?
        After a reported clause ("membantah bahwa X melakukan pembakaran, dan menyalahkan …") such a
        verb phrase goes on with the one who spoke, not with the reported clause's subject."""
        return self._matrix_comma(trigger) is not None

    def _matrix_comma(self, trigger: int) -> int | None:
        """The comma of the ", dan" that opens the verb at ``trigger`` (see :meth:`back_to_matrix`)."""
        i = trigger - 1
        while i >= 0 and self.tokens[i].low in GLUE and self.tokens[i].low not in _VP_JOINS_AFTER_COMMA:
            i -= 1
        joined = i >= 1 and self.tokens[i].low in _VP_JOINS_AFTER_COMMA and self.tokens[i - 1].text == ","
        return i - 1 if joined else None

    def _verbless_report(self, speech: int, trigger: int) -> bool:
        """"mengatakan komentar Erdogan itu 'salah dan bias', dan menganjurkan …": a reported clause
        with no verb of its own cannot go on with a second verb phrase, so the one after ", dan" is
        the speaker's."""
        comma = self._matrix_comma(trigger)
        return comma is not None and comma > speech + 1 and not self._verb_between(speech + 1, comma)

    def _coordinated_after(self, verb: int, trigger: int) -> bool:
        """Is the trigger a verb phrase joined by "dan"/"serta" to the verb at ``verb``, with only
        that verb's complement between (no actor who could be a subject of its own)?"""
        if trigger - verb < 3 or self.tokens[trigger - 1].low not in _VP_JOINS:
            return False
        if not all(t.is_word for t in self.tokens[verb + 1:trigger - 1]):
            return False
        # "Rusia menyatakan mendukung X dan menawarkan …": the complement is itself a verb phrase, so
        # the actor in it is its object, not a new subject
        opens_vp = self.tokens[verb + 1].low in GLUE or self._verb_between(verb + 1, verb + 2)
        return opens_vp or not any(i in self.by_first for i in range(verb + 1, trigger - 1))

    def _first_subject(self, opening: int, before: int) -> list[Phrase]:
        for phrase in self.phrases:
            predicative = phrase.first > 0 and self.tokens[phrase.first - 1].low in PREDICATIVE
            inside = phrase.first >= opening and phrase.end <= before
            if inside and not self.in_pp(phrase) and not predicative:
                if self._verb_between(opening, phrase.first):
                    return []  # "Untuk mempercepat pemasangan RFID, …": an object, not the subject
                return self.group_after(phrase)
        return []

    def _verb_between(self, start: int, stop: int) -> bool:
        # "menurut", "mengenai", "melalui" look like verbs but are prepositions
        return any(t.low.startswith(VERB_PREFIXES) and len(t.low) > 6 and t.low not in GLUE
                   and t.low not in PREPOSITIONS for t in self.tokens[start:stop])

    def _nearest_subject(self, before: int) -> list[Phrase]:
        i = before - 1
        purpose = relative = complement = False
        while i >= 0:
            phrase = self.by_end.get(i)
            if phrase is not None and self._inserted_speaker(phrase):
                i = phrase.first - 3  # "TNI AU, kata Hadi, dituntut …": the speaker set in; read on before
                continue
            if phrase is not None:
                group = self._group_back(phrase)
                place = self._place_pp(group[0]) if relative and group[0].kind == "mention" else None
                if place is not None:
                    # "serangan udara ke Jalur Gaza yang menewaskan lima orang": the attack kills, so
                    # the one who launched it, not the place
                    return self.subject(place)
                listed = len(group) > 1 and self._list_opening(group[0])
                if complement and self._addressee_of_request(group[0]):
                    return group  # "meminta kepada Pemkab untuk menyalurkan bantuan": the Pemkab gives
                if self.in_pp(group[0]) and not relative and not listed:
                    # but "berterima kasih kepada negara-negara yang membantu": they help; and "kapal
                    # perang dari Singapura, Malaysia dan AS dikerahkan": the ships' countries act
                    return []
                if group[0].first > 1 and self.tokens[group[0].first - 1].low in PREDICATIVE:
                    owner = self.by_end.get(group[0].first - 2)  # "PT INTI selaku pelaksana": PT INTI
                    group = self._group_back(owner) if owner is not None else group
                sender = self._sender(group[0].first) if purpose else None
                if sender is not None:
                    return self.subject(sender)
                return self._head_of_relative(group[0].first) or self._copula_subject(group) or group
            low = self.tokens[i].low
            purpose = purpose or low in _PURPOSE
            complement = complement or low in _COMPLEMENTS
            relative = relative or low in ("yang", "who", "which")
            opening = self._bracket_opening(i)
            if opening is not None:
                i = opening - 1  # "Pria berinisial AS ( 35 ) itu ditangkap": an age or an abbreviation
                continue
            if low == "," and self.tokens[i + 1].low in ("yang", "who", "which"):
                i -= 1  # "Iran dan Venezuela, yang telah meminta …": the relative clause set off by a comma
                continue
            if low == ",":
                comma = self._before_age(i)
                examples = self._examples(comma) or self._name_of_description(comma)
                if examples:
                    return examples
                aside = self._skip_aside(comma)
                if aside is None:
                    return []
                named = self._apposition_after_place(aside, comma)
                if named:
                    return named
                i = aside
                continue
            if low not in GLUE:
                return []
            i -= 1
        return []

    def _inserted_speaker(self, phrase: Phrase) -> bool:
        """Is ``phrase`` the speaker of an attribution set into the clause after a comma ("Setnov, kata
        Mada, seharusnya …", "TNI AU, lanjut Hadi, dituntut …")? It is no subject of the verb after."""
        tag = phrase.first - 1
        return tag >= 1 and self.tokens[tag].low in _INSERTED_TAGS and self.tokens[tag - 1].text == ","

    def _before_age(self, comma: int) -> int:
        """"…, Rahmat Hidayat ( 41 ), menembak": an age in brackets after a name set off by commas
        belongs to that aside; read the aside as ending at the bracket."""
        opening = self._bracket_opening(comma - 1) if comma > 0 else None
        if opening is None or not all(t.text.isdigit() or t.low in _AGE_WORDS
                                      for t in self.tokens[opening + 1:comma - 1]):
            return comma
        return opening

    def _addressee_of_request(self, phrase: Phrase) -> bool:
        """Is ``phrase`` the one addressed by a request, order or appeal right before it ("meminta kepada
        X", "mengimbau kepada X")? Then it is the subject of the "untuk"/"agar" clause that follows."""
        prep = phrase.first - 1
        if prep < 1 or self.tokens[prep].low not in _ADDRESSING:
            return False
        verb = prep - 1
        if self.tokens[verb].text == ",":
            verb -= 1  # "meminta, kepada semua pihak …"
        rows = trigger_index("id").get(self.tokens[verb].low, ()) if verb >= 0 else ()
        return any(row.type == "REQUEST" and len(words) == 1 for words, row in rows)

    def _sender(self, first: int) -> int | None:
        """The active verb a few words before the object phrase at ``first``, when that object
        does not carry out the purpose after it: "Singapura mengirimkan dua pesawat C-130 untuk
        membantu" (Singapore helps); but "Obama memerintahkan Kemenhan untuk mengerahkan" (the
        one ordered acts)."""
        for i in range(first - 1, max(-1, first - 1 - MAX_SKIP), -1):
            low = self.tokens[i].low
            if active_verb(low):
                asks = any(row.type == "REQUEST" for _, row in trigger_index("id").get(low, ()))
                return None if asks else i
            if not self.tokens[i].is_word:
                return None
        return None


def _demanding(verb: str) -> bool:
    """A verb of demanding or ordering ("meminta", "memerintahkan", "menuntut"), whose object is the
    subject of the act it demands."""
    return any(row.type == "REQUEST" for words, row in trigger_index("id").get(verb, ()) if len(words) == 1)


def _reporting(verb: str) -> bool:
    """A verb of saying or judging, whose object is a reported clause ("Majelis hakim menilai Atut
    terbukti …": Atut is proven guilty, not the judges)."""
    return speech_cues().cues.get(verb) is not None or verb in SPEECH_VERBS
