"""What a stance is about, in words: the statement of a claim that has no event.

A stance that says its own content is about those words: a clause after the cue ("menepis
kabar bahwa X" → X), an object that does not point back ("membenarkan perjalanan Burns ke
Ankara"), or a topic ("menolak berkomentar soal sanksi"; not "… mengenai rincian pertemuan",
a detail of the event told before). The words end before the next cue of the sentence or at
the closing quote mark. A passive cue ("Penangkapan itu dibenarkan oleh …") is about the words
before it, or about the sentence before when they only point back ("Hal itu", "Temuan itu").

Public API::

    said_content(tokens, cue) -> bool
    names_report_before(tokens, cue) -> bool
    Statements(text, sentences).after(tokens, cue, stop, sentence) -> str
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.article.datelines import without_dash_opening
from warta.article.event_lexicon import Token, phrase_at, tokenize
from warta.article.stance_cues import Cue
from warta.article.stance_holders import content_subject, passive_cue

STATEMENT_CHARS = 160  # longest statement text kept for a claim with no event
_LEADS = frozenset({"bahwa", "that", ",", ":", "apakah", "whether", "soal", "tentang", "mengenai"})
_JOINERS = frozenset({"dan", "serta", "namun", "tetapi", "tapi", "and", "but", ","})
_REPORT_NOUNS = frozenset({"spekulasi", "kabar", "laporan", "isu", "rumor", "tuduhan", "tudingan", "berita",
                           "informasi", "klaim", "anggapan", "pemberitaan", "reports", "report", "claims"})
_CONTENT_LEADS = frozenset({"bahwa", "apakah", "that", "whether"})
_TOPIC_LEADS = frozenset({"soal", "mengenai", "tentang", "terkait", "perihal", "about", "on"})
_DETAILS = frozenset({"isi", "rincian", "detail", "detil", "topik", "substansi", "materi", "hasil", "agenda",
                      "lebih", "details", "content", "further"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "\ufffd"})  # "\ufffd": a cp1252 quote mark read as UTF-8
_OPENERS = frozenset({"namun", "sementara", "itu", "sedangkan", "adapun", "kemudian", "lalu", "bahkan"})
_JUDGEMENTS = frozenset({"confirms", "denies", "disputes", "asserts"})
_POINTING_BACK = frozenset({"itu", "tersebut", "ini", "that", "this", "these", "those", "it"})
_OBJECT_WORDS = 3  # an object of this many words says what is judged
_SHORT_REFERENCE = 3  # "Temuan itu dibenarkan …": so few words before a demonstrative point back


_REPORT_REACH = 3  # sentences back in which a report pointed at by a passive cue is named
# Particles and time adverbs that end the words before a passive cue without being what is judged
# ("Kondisi mencekam itu pun tak dimungkiri …", "Informasi itu hingga kini belum dikonfirmasi …").
_PARTICLES = frozenset({"pun", "juga", "sendiri", "memang", "hingga", "sampai", "kini", "saat", "ini",
                        "sekarang", "masih", "sejauh"})
# "kabar (yang beredar) yang menyebutkan bahwa …": the words that introduce a report's content.
_REPORT_RELATIVE = frozenset({"yang", "beredar", "menyebutkan", "menyebut", "mengatakan", "menyatakan",
                              "berkembang", "tersebar", "ramai", "santer"})
_RELATIVE_REACH = 5


def _past_report_relative(tokens: list[Token], i: int) -> int:
    """Index past "yang beredar yang menyebutkan" opening a report's content, else ``i``."""
    k = i
    while k < len(tokens) and k - i < _RELATIVE_REACH and tokens[k].low in _REPORT_RELATIVE:
        k += 1
    return k if k > i and tokens[i].low == "yang" else i


_ADDRESSEE_WORDS = 4


def _past_addressee(tokens: list[Token], i: int) -> int:
    """Index past "kepada wartawan" before "bahwa" ("mengonfirmasi kepada wartawan bahwa …"), else ``i``."""
    if i >= len(tokens) or tokens[i].low not in {"kepada", "to"}:
        return i
    for k in range(i + 1, min(len(tokens), i + 1 + _ADDRESSEE_WORDS)):
        if tokens[k].low in _CONTENT_LEADS or tokens[k].low == ",":
            return k
    return i


_CLAUSE_OPENERS = frozenset({"dan", "serta", "namun", "tetapi", "tapi", "sedangkan", "and", "but"})


def _new_clause(tokens: list[Token], k: int) -> bool:
    """", dan menyalahkan para pemberontak": a comma and a conjunction open the subject's next
    clause, which is no longer what the stance is about."""
    return tokens[k].low == "," and k + 1 < len(tokens) and tokens[k + 1].low in _CLAUSE_OPENERS


def names_report_before(tokens: list[Token], cue: Cue) -> bool:
    """"belum mengonfirmasi informasi tersebut", "membantah kabar itu": the cue's object is a report
    named just before, by a report noun and a demonstrative."""
    after = [t.low for t in tokens[cue.end:cue.end + 2]]
    return len(after) == 2 and after[0] in _REPORT_NOUNS and after[1] in _POINTING_BACK


def said_content(tokens: list[Token], cue: Cue) -> bool:
    """Whether the cue goes on with what is confirmed or denied (rules above); a bare stance
    ("membantah tuduhan itu") says none and is about the event told just before."""
    if passive_cue(tokens, cue):
        return False  # "Hal itu dibenarkan oleh …": what is judged stands before the cue
    if predicated_span(tokens, cue) is not None:
        return True
    i = cue.end
    if phrase_at(tokens, i, ("secara",)):
        i += 2  # "belum mengonfirmasi secara resmi bahwa …"
    if i < len(tokens) and tokens[i].low in _REPORT_NOUNS:
        i += 1
    if i < len(tokens) and tokens[i].low in _CONTENT_LEADS:
        return True
    if i + 1 < len(tokens) and tokens[i].low in _TOPIC_LEADS and tokens[i + 1].low not in _DETAILS:
        return True
    if cue.stance not in _JUDGEMENTS:
        return False
    clause = []
    for token in tokens[cue.end:]:
        if not token.is_word:
            break
        clause.append(token.low)
    if len(clause) < _OBJECT_WORDS:
        return False
    return (not _POINTING_BACK & set(clause) or _points_within(tokens, cue, clause)
            or _predicated_demonstrative(clause))


# Words that open a predicate: after "kapal itu" they make "kapal itu memasuki perairan" a clause
# of its own, not a report pointed back at.
_PREDICATE_OPENERS = frozenset({"sudah", "telah", "akan", "tidak", "tak", "belum", "masih", "pernah",
                                "sedang", "memang", "benar", "adalah", "merupakan"})


def _predicated_demonstrative(clause: list[str]) -> bool:
    """"kapal itu memasuki perairan Natuna": a demonstrative followed by a verb or an auxiliary."""
    for k, word in enumerate(clause[:-1]):
        if word in _POINTING_BACK and k > 0:
            following = clause[k + 1]
            return following in _PREDICATE_OPENERS or following.startswith(("me", "ber", "di", "ter"))
    return False


def _points_within(tokens: list[Token], cue: Cue, clause: list[str]) -> bool:
    """"mengakui ada kesalahan penjumlahan, tetapi membantah kesalahan itu disengaja": the
    demonstrative's noun was named earlier in the same sentence, so the clause says its own
    content rather than pointing at the event told before."""
    earlier = {t.low for t in tokens[:cue.first] if t.is_word}
    return any(word in _POINTING_BACK and k > 0 and clause[k - 1] in earlier
               for k, word in enumerate(clause))


# Verbs of saying after which a closing predicate cue judges the words between them
# ("menyebut permohonan pemohon tidak berdasar").
_SAYING = frozenset({"menyebut", "menyebutkan", "mengatakan", "menyatakan", "menilai", "menganggap",
                     "menegaskan", "memastikan", "bahwa", "called", "said", "that"})


def predicated_span(tokens: list[Token], cue: Cue) -> tuple[int, int] | None:
    """Tokens [start, end) of what a cue closing its sentence says is false or baseless:
    "X menyebut permohonan pemohon tidak berdasar" -> "permohonan pemohon". Only a cue said of
    the thing judged is such a predicate ("… bahwa pesawat kembali dan menolak berkomentar lebih
    jauh" declines nothing of the words before it)."""
    if any(t.is_word for t in tokens[cue.end:]) or not content_subject(tokens, cue):
        return None
    k = cue.first - 1
    while k >= 0 and tokens[k].is_word and tokens[k].low not in _SAYING:
        k -= 1
    if k < 0 or tokens[k].low not in _SAYING:
        return None
    words = [t.low for t in tokens[k + 1:cue.first]]
    if len(words) < 2 or (len(words) <= _SHORT_REFERENCE and words[-1] in _POINTING_BACK):
        return None  # "menyebut hal itu tidak benar": the report told before
    return k + 1, cue.first


class Statements:
    """Statements of the stances of one text."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences

    def after(self, tokens: list[Token], cue: Cue, stop: int, sentence: tuple[int, int]) -> str:
        """The words the cue is about (rules above); ``stop`` is the token of the next cue."""
        whole = self.words(*sentence)
        if passive_cue(tokens, cue):
            return self._before(tokens, cue, sentence) or whole
        judged = predicated_span(tokens, cue)
        if judged is not None:
            return self.words(tokens[judged[0]].start, tokens[judged[1] - 1].end)
        i = cue.end + (1 if said_content(tokens, cue) and tokens[cue.end].low in _REPORT_NOUNS else 0)
        i = _past_addressee(tokens, _past_report_relative(tokens, i))
        while i < len(tokens) and tokens[i].low in _LEADS:
            i += 1
        ends = (k for k in range(i, stop) if tokens[k].text in _CLOSING_QUOTES or _new_clause(tokens, k))
        stop = next(ends, stop)
        while stop > i and tokens[stop - 1].low in _JOINERS:
            stop -= 1
        if i >= stop:
            return whole
        words = [t.low for t in tokens[i:stop] if t.is_word]
        end = tokens[stop].start if stop < len(tokens) else sentence[1]
        own = self.words(tokens[i].start, end).strip(".,”\"' ")
        if words and len(words) <= _SHORT_REFERENCE and words[-1] in _POINTING_BACK:
            bare = set(words) <= _POINTING_BACK | {"hal"}  # "komentar soal itu": no words of its own
            return self._sentence_before(sentence) or (whole if bare else own) or whole
        return own or whole

    def report_named(self, noun: str, previous: Sequence[tuple[int, int]]) -> str | None:
        """What the report a stance names ("membantah kabar itu", "isu tersebut") says, from the
        latest of the ``previous`` sentences that names the same noun: the words after "kabar
        bahwa …" or "isu soal …", else that sentence from the noun on ("Isu reshuffle kabinet
        kembali mencuat")."""
        for start, end in reversed(previous):
            tokens = tokenize(self.text, start, end)
            at = next((k for k, t in enumerate(tokens) if t.low == noun), None)
            if at is None:
                continue
            led = at + 1 < len(tokens) and tokens[at + 1].low in _CONTENT_LEADS | _TOPIC_LEADS
            first = at + 2 if led else at  # past "kabar bahwa", else from the noun on
            if first >= len(tokens) or not tokens[first].is_word:
                return None
            return self.words(tokens[first].start, end).rstrip(".")
        return None

    def _before(self, tokens: list[Token], cue: Cue, sentence: tuple[int, int]) -> str:
        first = 0
        while first < cue.first and (tokens[first].low in _OPENERS or not tokens[first].is_word):
            first += 1
        words = [t.low for t in tokens[first:cue.first]]
        if len(words) == 2 and words[0] in _REPORT_NOUNS and words[1] in _POINTING_BACK:
            before = [s for s in self.sentences if s[1] <= sentence[0]][-_REPORT_REACH:]
            named = self.report_named(words[0], before)  # "Rumor itu dibantah oleh …"
            if named:
                return named
        if not words or set(words) <= _POINTING_BACK | {"hal"} or (
                len(words) <= _SHORT_REFERENCE and words[-1] in _POINTING_BACK):
            return self._sentence_before(sentence)
        last = cue.first
        while last > first + 1 and tokens[last - 1].low in _PARTICLES:
            last -= 1  # "Kondisi mencekam di stadion pun tak dimungkiri …"
        return self.words(tokens[first].start, tokens[last - 1].end)

    def _sentence_before(self, sentence: tuple[int, int]) -> str:
        """The sentence before, without its dateline: what "hal itu", "keputusan tersebut" point at."""
        before = [s for s in self.sentences if s[1] <= sentence[0]]
        return without_dash_opening(self.words(*before[-1])) if before else ""

    def words(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())[:STATEMENT_CHARS]
