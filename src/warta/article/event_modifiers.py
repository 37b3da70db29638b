"""What the words around a trigger say about the event: negation, modality, date, place.

- Negation: "tidak", "tak", "belum", "bukan", "tanpa", "batal" shortly before the trigger (the
  words of ``resources/negation_words.tsv``, shared with the stance cues).
- Modality: "akan", "berencana", "siap", "bersedia" … → planned; "jika", "mungkin", "bisa"
  … → hypothetical; the act someone urges ("mendesak Rusia agar menarik pasukan") →
  demanded (decided by the caller, which sees the REQUEST trigger).
- Date: the time expression of the same sentence nearest the trigger (calendar part only);
  durations and vague references ("kini") do not date an event.
- Location: "di" + a place mention, with the place word before the name ("di perairan
  Belitung Timur" → "perairan Belitung Timur"), or a venue of any entity type ("di Pengadilan
  Tipikor Jakarta", :mod:`event_venues`); where a speaker spoke ("…, ujar Bambang di
  Jakarta") is not where the event happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from warta.article.actors import MentionIndex
from warta.article.date_words import WORDS, word_key
from warta.article.event_lexicon import Token, word_set
from warta.article.event_negation import negation_words
from warta.article.event_venues import is_venue, venue_end
from warta.article.speechcues import speech_cues
from warta.models import Location, Modality, Timex

_PLANNED = frozenset({"akan", "bakal", "berencana", "rencananya", "dijadwalkan", "direncanakan", "hendak",
                      "siap", "bersedia", "segera", "menawarkan", "merencanakan", "mempersiapkan", "will",
                      "plans", "planned", "to",
                      "scheduled", "offered", "would"})
_HYPOTHETICAL = frozenset({"mungkin", "bisa", "dapat", "berpotensi", "dikhawatirkan", "kemungkinan",
                           "may", "might", "could"})
_CONDITIONS = frozenset({"jika", "apabila", "kalau", "bila", "seandainya", "andai", "andaikan", "andaikata",
                         "akankah", "if",
                         "unless"})
_WINDOW = 4  # words before a trigger that negation and modality words may stand in
_STOPS = frozenset({",", ".", ";", ":", "bahwa", "yang", "dan", "namun", "tetapi", "that", "but"})
# Words opening the cause or occasion of an act ("sanksi atas kericuhan", "ditahan karena …").
_CAUSES = frozenset({"atas", "karena", "akibat", "terkait", "lantaran", "menyusul", "buntut", "imbas", "usai",
                     "setelah", "sesudah"})
# Words opening a clause of why or how something else happened ("menjelaskan mengapa harga naik").
_EMBEDDING = frozenset({"mengapa", "kenapa", "bagaimana", "why", "how"})
_RANGE_START = re.compile(r"\d{4}[-–]")  # "2020-" of a year range written "2020-2022"
_DATED = re.compile(r"^(?:\d{4}(?:-(?:W\d{2}|\d{2})(?:-\d{2})?)?|XXXX-\d{2}-\d{2})")
_DAY = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}")
# "( 18 / 7 )", "( 18 / 7 / 2017 )" right after a weekday (IndoSum's spaced tokens, Kompas's "(18/7)")
_DAY_MONTH = re.compile(r"\s*\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?\s*\)")
# Words before a time expression that make it the time of the clause ("pada Senin"), not part
# of a noun ("Pilpres 2019", "putusan arbitrase tahun lalu").
_TIME_LEADS = frozenset({"pada", "di", "sejak", "hingga", "sampai", "mulai", "awal", "akhir", "pertengahan",
                         ",", "(", "on", "in", "since", "until", "last", "-", "–"})
_PLACE_WORDS = word_set("""
perairan wilayah kawasan kota provinsi kabupaten kecamatan desa kampung pulau laut selat teluk
perbatasan pelabuhan bandara istana gedung kantor markas ibu kota jalan kompleks
depan belakang samping sekitar seberang dekat rumah dinas kediaman vila villa
""")


def _words_before(tokens: list[Token], first: int) -> list[str]:
    """Up to ``_WINDOW`` words before ``first``, nearest first, stopping at a clause break."""
    words: list[str] = []
    for i in range(first - 1, max(-1, first - 1 - _WINDOW), -1):
        if tokens[i].low in _STOPS:
            break
        words.append(tokens[i].low)
    return words


# A negation word before one of these is a fixed phrase that affirms: "tak lama kemudian" (soon
# after), "tidak hanya" (not only), "tak jarang" (often), "tidak sedikit" (many), "tak pelak".
_AFFIRMING_AFTER_NEGATION = frozenset({"lama", "hanya", "cuma", "sekadar", "jarang", "sedikit", "pelak",
                                       "ayal", "kurang", "only"})


def is_negated(tokens: list[Token], first: int) -> bool:
    for i in range(first - 1, first - 1 - len(_words_before(tokens, first)), -1):
        if tokens[i].low in negation_words() and not _affirming_phrase(tokens, i):
            return True
    return False


def _affirming_phrase(tokens: list[Token], negation: int) -> bool:
    following = negation + 1
    return following < len(tokens) and tokens[following].low in _AFFIRMING_AFTER_NEGATION


def _conditional(tokens: list[Token], first: int) -> bool:
    """A condition word earlier in the same clause ("jika Rusia menyerang")."""
    for i in range(first - 1, -1, -1):
        if tokens[i].low in _CONDITIONS:
            return True
        if tokens[i].low in {".", ";", "namun", "tetapi"}:
            return False
    return False


def modality_of(tokens: list[Token], first: int) -> Modality:
    words = set(_words_before(tokens, first))
    if tokens[first].low in _PLANNED:
        words.add(tokens[first].low)
    if _conditional(tokens, first) or words & _HYPOTHETICAL:
        return "hypothetical"
    if words & _PLANNED:
        return "planned"
    return "asserted"


def _dates_the_clause(text: str, timex: Timex, start: int) -> bool:
    """A day, or a coarser date introduced like a time adverbial (not "Pilpres 2019")."""
    if _DAY.match(timex.value or ""):
        return True
    before = text[start:timex.start].split()
    if before and _RANGE_START.fullmatch(before[-1]):
        before = before[:-1]  # "periode 2020-2022": the range's end is introduced as its start is
    return not before or before[-1].lower() in _TIME_LEADS or before[-1][-1] in ",(-"


def _dates_an_embedded_clause(text: str, timex: Timex, at: int) -> bool:
    """"… yang diusut Kejaksaan menjelaskan mengapa harga sempat melonjak pada 2021": a time after
    the trigger inside a clause of why or how something happened dates that, not the act."""
    if timex.start <= at:
        return False
    between = re.split(r"[,.;]", text[at:timex.start])[-1].lower().split()
    return bool(set(between) & _EMBEDDING)


def _dates_the_cause(text: str, timex: Timex, at: int) -> bool:
    """"menjatuhkan sanksi … atas kericuhan pada laga Minggu (10/3)": a day after the trigger inside
    the clause that gives the act's cause or occasion dates that cause, not the act."""
    if timex.start <= at:
        return False
    between = re.split(r"[,.;]", text[at:timex.start])[-1].lower().split()
    return bool(set(between) & _CAUSES)


def _dates_the_deadline(text: str, timex: Timex, at: int) -> bool:
    """"meminta KPU membawa kotak suara paling lambat Senin (18/3)", "… pada sidang berikutnya,
    Senin": a day after a request that its clause gives as the deadline or the next sitting dates
    the act asked for, not the asking (docs/annotation.md, Deadlines)."""
    if timex.start <= at:
        return False
    lead = re.split(r"[.;]", text[at:timex.start])[-1].lower().split()[-_DEADLINE_REACH:]
    return bool(set(lead) & _DEADLINE_WORDS)


def date_of(text: str, timexes: Sequence[Timex], start: int, stop: int, at: int,
            asked: bool = False) -> str | None:
    """Calendar value of the dated time expression in ``[start, stop)`` nearest ``at``; one that dates
    the act's cause counts only when nothing else dates the act, and (for a request, ``asked``) the
    deadline of what is asked never dates the asking."""
    best: tuple[int, str, str] | None = None
    days: list[str] = []  # the full days that date the clause, for a weekday named alongside
    for timex in timexes:
        if timex.start < start or timex.end > stop or timex.type not in ("DATE", "TIME"):
            continue
        value = _bracketed_day(text, timex) or timex.value or ""
        match = _DATED.match(value)
        if match is None or not _dates_the_clause(text, timex, start):
            continue
        if _dates_an_embedded_clause(text, timex, at):
            continue
        if asked and _dates_the_deadline(text, timex, at):
            continue  # the deadline dates what is asked, never the asking
        distance = abs(timex.start - at) + (len(text) if _dates_the_cause(text, timex, at) else 0)
        if _DAY.match(match.group()) and _weekday_named(timex.text) is None:
            days.append(match.group())
        if best is None or distance < best[0]:
            best = (distance, match.group(), timex.text)
    return _written_day(best[2], best[1], days) if best else None


def _weekday_named(text: str) -> int | None:
    """The ISO weekday a time expression opens with ("Senin siang" -> 1), from the date vocabulary."""
    words = text.split()
    return WORDS.weekdays.get(word_key(words[0].strip("(,"))) if words else None


def _written_day(text: str, value: str, days: Sequence[str]) -> str:
    """"dijadwalkan bertemu Senin siang, … dilaporkan Bloomberg (9/10)": a bare weekday is a guess of
    which week; a date written out in the same sentence that falls on that weekday is that day."""
    weekday = _weekday_named(text)
    if weekday is None:
        return value
    for day in days:
        try:
            if date.fromisoformat(day).isoweekday() == weekday:
                return day
        except ValueError:
            continue  # "XXXX-07-18": no year, no weekday to check
    return value


def _bracketed_day(text: str, timex: Timex) -> str | None:
    """"Selasa ( 18 / 7 )" as IndoSum writes it: the day and month in the brackets after a weekday
    date the event, in the year of the weekday's value when it has one ("XXXX" without a document
    date), though the time expressions read only the weekday."""
    bracket = _DAY_MONTH.match(text, timex.end)
    value = timex.value or ""
    if bracket is None or not (value.startswith("XXXX-W") or _DAY.match(value)):
        return None
    day, month, year = int(bracket.group(1)), int(bracket.group(2)), bracket.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year is None:
        year = value[:4] if value[:4].isdigit() else "XXXX"
    elif len(year) == 2:
        year = "20" + year
    return f"{year}-{month:02d}-{day:02d}"


ATTRIBUTION_REACH = 4  # words between a speech cue and the "di" of where the speaker spoke
# Words before a day that make it the deadline or the next sitting of what a request asks for.
_DEADLINE_WORDS = frozenset({"lambat", "selambat-lambatnya", "sebelum", "hingga", "sampai", "tenggat",
                             "batas", "berikutnya", "mendatang", "selanjutnya", "deadline", "by", "before"})
_DEADLINE_REACH = 6  # words before the day in which such a word is looked for
QUOTE_TAIL_REACH = 12  # tokens between the cue after a closing quote mark and the "di" of where one spoke
_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})
# Words before "di" that say where an actor is based ("organisasi yang berbasis di Kanada"): that
# place describes the actor, not where the event happens.
_BASED_AT = frozenset({"berbasis", "berkantor", "bermarkas", "berkedudukan", "berdomisili", "based"})


def _attribution_place(tokens: list[Token], i: int, trigger: int) -> bool:
    """Is the "di" at ``i`` where someone spoke, not where the event happened: "…, ujar Bambang
    di Jakarta" after the event, or "Bambang mengatakan di Jakarta, …"?"""
    cues = speech_cues()
    for k in range(i - 1, max(-1, i - 1 - ATTRIBUTION_REACH), -1):
        cue = cues.cues.get(tokens[k].low)
        if cue is not None and cue.pattern in ("inverted", "clitic"):
            return trigger < k
        if cue is not None and cue.pattern == "verb":
            return k == i - 1 and trigger > i
        if not tokens[k].is_word:
            return _after_quote_cue(tokens, i, trigger)
    return _after_quote_cue(tokens, i, trigger)


def _after_quote_cue(tokens: list[Token], i: int, trigger: int) -> bool:
    """"“… menyita dokumen …,” kata Basaria saat jumpa pers, di Gedung KPK": a place in the tail
    that follows a closing quote mark and its cue is where the speaker spoke."""
    for k in range(i - 1, max(trigger, i - 1 - QUOTE_TAIL_REACH), -1):
        cue = speech_cues().cues.get(tokens[k].low)
        if cue is not None and cue.pattern in ("inverted", "clitic") and k > 0 and (
                tokens[k - 1].text in _CLOSING_MARKS or tokens[k - 2 if k > 1 else 0].text in _CLOSING_MARKS):
            return True
    return False


def _opens_mention(index: MentionIndex, token: Token) -> bool:
    return any(m.start == token.start for m in index.within(token.start, token.end))


# Words that open a clause of its own: a place told before one is where the other clause's act
# happens ("dirawat di Rumah Sakit X, sedangkan Y belum bisa dimintai keterangan").
_CLAUSE_BREAKS = frozenset({"sedangkan", "sementara", "namun", "tetapi", "padahal", "whereas", "while"})


def _clause_break(tokens: list[Token], place: int, trigger: int) -> bool:
    return any(token.low in _CLAUSE_BREAKS for token in tokens[place + 1:trigger])


def location_of(text: str, tokens: list[Token], index: MentionIndex, trigger: int) -> Location | None:
    """The place after "di" nearest the trigger (after it first, then before it)."""
    places: list[tuple[int, Location]] = []
    for i, token in enumerate(tokens[:-1]):
        if token.low not in ("di", "in") or _attribution_place(tokens, i, trigger):
            continue
        if i > 0 and tokens[i - 1].low in _BASED_AT:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 3 and not _opens_mention(index, tokens[j]) and (
                tokens[j].low in _PLACE_WORDS or (
                    tokens[j].is_cap and not index.within(tokens[j].start, tokens[j].end))):
            j += 1  # "di perairan Belitung Timur", "di Balaikota Jakarta", but "di depan Gedung Sate"
        if j >= len(tokens):
            continue
        placed = j > i + 1
        mentions = [m for m in index.within(tokens[j].start, tokens[j].end)
                    if m.start == tokens[j].start and (m.entity.type == "LOC" or (
                        placed and m.entity.type != "PERSON") or is_venue(text[m.start:m.end]))]
        if not mentions:
            continue
        mention = mentions[0]
        venue = is_venue(text[mention.start:mention.end])
        end = venue_end(index, tokens, mention.end) if venue else mention.end
        name = text[tokens[i + 1].start:end]
        places.append((i, Location(entity=mention.entity.id, name=name)))
    after = [place for i, place in places if i > trigger]
    before = [place for i, place in places if i < trigger and not _clause_break(tokens, i, trigger)]
    if after:
        return after[0]
    return before[-1] if before else None
