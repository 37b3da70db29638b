"""A multi-document extractive summary of the run, every sentence citing its articles.

1. Candidates: the sentences of the articles in the run's majority language, without
   questions, boilerplate ("Baca juga", links, credits) and fragments.
2. Score: centrality (cosine of the sentence's content-word TF-IDF vector with the run's
   centroid) + position (news puts the point first) + entity salience (mentions of
   entities many articles name) + events (the sentence reports an event). In a run of
   several articles, a sentence that leans on the one before it (:data:`DANGLING`:
   "Laporan itu muncul…", "Ia menambahkan…") scores :data:`DANGLING_PENALTY` of that:
   next to other outlets' sentences, its "itu" points at nothing.
3. Select by maximal marginal relevance; a sentence as similar to a chosen one as
   :data:`SAME_CONTENT` says the same thing and is never chosen.
   When the run tells several stories, the best sentence of each (biggest stories first)
   is chosen before MMR adds more, so no main story goes unmentioned.
4. Order chronologically: by the article's publication date, then its place in the run,
   then the sentence's place in the article; with several stories, story by story.
5. Cite every article with a sentence at least :data:`SUPPORTS` similar on what the
   chosen sentence adds to the story: its terms less its story's shared vocabulary
   (terms most of the story's articles use, :func:`common_terms`). Every article names the meeting's
   participants, so sharing them is no support for "Turki menegaskan perannya terbatas
   sebagai tuan rumah"; the articles cited are those that support the sentence.
6. A sentence opening with a relative day ("Hari ini, …") shows the day it means in brackets;
   one whose day cannot be told is not chosen while others can fill the summary (``summary_days``).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from warta.article.sentences import split_sentences
from warta.corpus.leads import lead_end
from warta.corpus.summary_days import opening_days
from warta.models import Analysis, Article, Entity, Event, Evidence, Mention, Story, SummarySentence, Timex

_Located = TypeVar("_Located", Mention, Evidence, Timex)

# Cosine at or above which two sentences say the same thing (redundant). 0.5 let two outlets'
# wordings of one act through ("Jepang membekukan aset enam organisasi …" / "Suga mengatakan Jepang
# akan membekukan aset enam organisasi …": 0.39); `warta bench summary` ROUGE-1 at 0.5 / 0.45 /
# 0.4 / 0.35: 0.6831 / 0.6835 / 0.6840 / 0.6839 (held-out 0.6846 / 0.6846 / 0.6852 / 0.6857).
SAME_CONTENT = 0.35
# Cosine, on what two sentences say beyond the story's shared vocabulary, at which one supports the other.
SUPPORTS = 0.4
# A term in this many articles, and in more than half of them, is the story's shared vocabulary.
COMMON_ARTICLES = 3
WEIGHTS = {"centrality": 0.5, "position": 0.7, "entities": 0.1, "events": 0.05}
MMR_LAMBDA = 0.7
# Candidates MMR looks at per wanted sentence: the rest score too low to be chosen.
POOL_PER_SENTENCE = 40
MIN_WORDS, MAX_WORDS = 6, 80
# Position score halves every this many sentences into the article.
POSITION_HALF_LIFE = 3.0

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Lines of page furniture, not of the story (lowercased, " :" read as ":").
_BOILERPLATE = ("baca juga", "simak juga", "lihat juga", "simak video", "klik di sini", "ikuti kami",
                "berita terkait", "unduh aplikasi", "download aplikasi", "copyright", "hak cipta", "editor:",
                "penulis:", "reporter:", "sumber:", "foto:", "read more", "subscribe", "http://", "https://",
                "www.", "©")
_HANDLE = re.compile(r"@\w")
# A sentence that leans on the one before it ("Laporan itu muncul…", "Ia menambahkan…", "Namun, …").
DANGLING = re.compile(r"^(?:(?:Ia|Dia|Mereka|Namun|Tetapi|Akan tetapi|Selain itu|Sementara itu|Karena itu|"
                      r"Oleh karena itu|Meski begitu|Meski demikian|He|She|They|It|But|However)\b"
                      r"|(?:[\w-]+\s){1,2}(?:itu|tersebut)\b"
                      # "Tentu ini akan…", "Hal ini…" (not "Hari ini", "Tahun ini": a time, no pointer)
                      r"|(?:[\w-]+\s)?(?<!hari )(?<!pekan )(?<!minggu )(?<!bulan )(?<!tahun )(?<!malam )"
                      r"(?<!pagi )(?<!siang )(?<!sore )(?<!saat )(?<!kali )(?:ini|Ini)\b"
                      # "Sikap berbeda ditunjukkan…": different from what the sentence before said
                      r"|(?:[\w-]+\s){1,2}berbeda\b(?!\s+dengan))", re.IGNORECASE)
# ... or that ends pointing back at a list before it ("Wakil Ketua DPD, X, salah satunya.").
# ... or ends on a pointer to something said before it ("… menjelaskan perbedaan itu.").
LEANS_BACK = re.compile(r"\b(?:salah satunya|di antaranya|antara lain|among them"
                        r"|\w+\s+(?:itu|tersebut))\s*[.!]?$", re.IGNORECASE)
DANGLING_PENALTY = 0.6
# A copy's or retelling's sentence (``analysis.duplicates``) scores this share: where it words the
# original's point anew ("Dilansir dari CNN Indonesia, majelis hakim …"), the original's own
# sentence is the one to cite first.
COPY_PENALTY = 0.8
# A quotation whose speaker is only a pronoun ("…," ujarnya / kata dia): read alone, nobody said it.
PRONOUN_SPEAKER = re.compile(
    r"[\"”]\s*,?\s*(?:(?:kata|ujar|tutur|ucap|imbuh|tambah|jelas|tegas|sebut|lanjut|terang|papar|ungkap)nya"
    r"|(?:kata|ujar|tutur|ucap|imbuh)\s+(?:dia|ia|beliau|mereka)"
    r"|(?:ia|dia|beliau|mereka)\s+(?:menambahkan|mengatakan|menjelaskan|menegaskan)"
    r"|(?:he|she|they)\s+(?:said|added|told)|said\s+(?:he|she|they))\b[^\"“”]*$",
    re.IGNORECASE,
)
_ID_STOPWORDS = """
ada adalah agar akan aku anda antara apa apabila atas atau bagi bahkan bahwa banyak baru belum berbagai
bisa boleh dalam dan dapat dari demikian di dia dengan hal hanya harus hingga ia ialah ini itu jadi jika
juga kami kamu karena ke kemudian kepada ketika kini kita lagi lain lalu lebih maka masih mereka meski
namun nya oleh pada para pun saat saja sampai sangat saya sebagai sebuah sedang sehingga sejak sekitar
selain seperti serta sementara setelah sudah tak tapi telah tentang terhadap tersebut tetapi tidak untuk
yaitu yakni yang kata ujar tutur ucap jelas mengatakan menurut lah kah tahun hari senin selasa rabu kamis
jumat sabtu minggu
"""
_EN_STOPWORDS = """
a an and are as at be been but by for from had has have he her his in is it its of on or said she that
the their them they this to was were which who will with would not after also
"""
_STOPWORDS = {"id": frozenset(_ID_STOPWORDS.split()), "en": frozenset(_EN_STOPWORDS.split())}


@dataclass
class Sentence:
    article: str
    index: int  # place in its article
    start: int
    end: int
    text: str
    terms: Counter[str] = field(default_factory=Counter)
    vector: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    whole: bool = True  # readable alone: no piece of a quotation spread over several sentences


def _language(articles: Sequence[Article]) -> str:
    """The articles' majority language; Indonesian on a tie (an Indonesian report and an English
    wire on one story: warta summarises in its first language, not in the order given)."""
    counts = Counter(a.language for a in articles if a.language)
    return max(counts, key=lambda lang: (counts[lang], lang == "id")) if counts else "id"


def _spans(article: Article) -> list[tuple[int, int]]:
    if article.sentences:
        return [(s, e) for s, e in article.sentences]
    return split_sentences(article.body)


def _usable(text: str) -> bool:
    n = len(text.split())
    if not MIN_WORDS <= n <= MAX_WORDS or text.rstrip().rstrip("\"”’'").endswith("?"):
        return False
    lowered = text.lower().replace(" :", ":")
    return not any(marker in lowered for marker in _BOILERPLATE) and not _HANDLE.search(text)


def balanced_quotes(text: str) -> bool:
    """Every quote the sentence opens it closes: a piece of a quotation spread over several
    sentences ('Jadi serahkan saja," katanya …') reads as nonsense on its own."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def readable_alone(text: str) -> bool:
    """Whole quotations only, and only those that say who spoke: '"Permohonan gugur," ujarnya'
    names no one once it stands among other outlets' sentences."""
    quoted = text.lstrip().startswith(('"', "“"))
    return balanced_quotes(text) and not (quoted and PRONOUN_SPEAKER.search(text))


def candidate_sentences(articles: Sequence[Article], language: str) -> list[Sentence]:
    """Usable sentences; a text repeated across articles (copies, reposts) is read once. A piece
    of a quotation is kept (it supports citations) but marked not ``whole`` (never chosen)."""
    stop = _STOPWORDS.get(language, _STOPWORDS["id"])
    read: dict[str, Counter[str] | None] = {}
    out = []
    for article in articles:
        if article.language not in (None, language):
            continue
        for index, (start, end) in enumerate(_spans(article)):
            text = article.body[start:end].strip()
            if index == 0 and (cut := lead_end(text)):
                # The dateline and outlet are not part of what the sentence says; a retelling's
                # "Dilansir dari X, majelis hakim …" reads from its next word, capitalised.
                text, start = text[cut:], start + cut
                text = text[:1].upper() + text[1:]
            if text not in read:
                usable = _usable(text)
                read[text] = Counter(w for w in WORD.findall(text.lower()) if w not in stop and len(w) > 1) \
                    if usable else None
            terms = read[text]
            if terms is not None:
                out.append(Sentence(article.id, index, start, end, text, terms, whole=readable_alone(text)))
    return out


def _vectorise(sentences: list[Sentence]) -> None:
    """Unit-length TF-IDF vectors, document frequency counted over sentences; one per distinct text."""
    repeats = Counter(s.text for s in sentences)
    terms = {s.text: s.terms for s in sentences}
    frequency: Counter[str] = Counter()
    for text, count in repeats.items():
        for term in terms[text]:
            frequency[term] += count
    total = len(sentences)
    idf = {t: math.log((1 + total) / (1 + df)) + 1.0 for t, df in frequency.items()}
    made: dict[str, dict[str, float]] = {}
    for sentence in sentences:
        vector = made.get(sentence.text)
        if vector is None:
            weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in sentence.terms.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            vector = made[sentence.text] = {t: w / norm for t, w in weights.items()}
        sentence.vector = vector


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _centrality(sentences: list[Sentence]) -> list[float]:
    repeats = Counter(s.text for s in sentences)
    vectors = {s.text: s.vector for s in sentences}
    centroid: dict[str, float] = {}
    for text, vector in vectors.items():
        count = repeats[text]
        for term, weight in vector.items():
            centroid[term] = centroid.get(term, 0.0) + count * weight
    norm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
    unit = {t: w / norm for t, w in centroid.items()}
    scores = {text: cosine(vector, unit) for text, vector in vectors.items()}
    return [scores[s.text] for s in sentences]


def _covered(spans: dict[str, list[tuple[int, int, float]]], sentence: Sentence) -> float:
    """Summed weight of the (start-sorted) spans that lie inside the sentence."""
    inside = spans.get(sentence.article, [])
    first = bisect_left(inside, (sentence.start, -1, 0.0))
    last = bisect_left(inside, (sentence.end, -1, 0.0))
    return sum(weight for _, end, weight in inside[first:last] if end <= sentence.end)


def _salience(analysis: Analysis, sentences: list[Sentence]) -> tuple[list[float], list[float]]:
    """Entity weight (log of the articles naming it) and event weight (articles reporting it)."""
    mentions: dict[str, list[tuple[int, int, float]]] = {}
    for entity in analysis.entities:
        weight = math.log1p(len({m.article for m in entity.mentions}))
        for m in entity.mentions:
            mentions.setdefault(m.article, []).append((m.start, m.end, weight))
    for spans in mentions.values():
        spans.sort()
    reports: dict[str, list[tuple[int, int, float]]] = {}
    for event in analysis.events:
        weight = math.log1p(len({e.article for e in event.evidence}))
        for e in event.evidence:
            reports.setdefault(e.article, []).append((e.start, e.end, weight))
    return [_covered(mentions, s) for s in sentences], [_overlapping(reports, s) for s in sentences]


def _overlapping(reports: dict[str, list[tuple[int, int, float]]], sentence: Sentence) -> float:
    return max((w for start, end, w in reports.get(sentence.article, [])
                if start < sentence.end and sentence.start < end), default=0.0)


def _scaled(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top for v in values] if top > 0 else [0.0] * len(values)


def score_sentences(analysis: Analysis, sentences: list[Sentence]) -> None:
    _vectorise(sentences)
    centrality = _scaled(_centrality(sentences))
    entities, events = (_scaled(v) for v in _salience(analysis, sentences))
    several = len({s.article for s in sentences}) > 1
    copies = {d.article for d in analysis.duplicates}
    for n, sentence in enumerate(sentences):
        position = 0.5 ** (sentence.index / POSITION_HALF_LIFE)
        sentence.score = (WEIGHTS["centrality"] * centrality[n] + WEIGHTS["position"] * position
                          + WEIGHTS["entities"] * entities[n] + WEIGHTS["events"] * events[n])
        if several and sentence.index > 0 and _leans_on_context(sentence.text):
            sentence.score *= DANGLING_PENALTY
        if sentence.article in copies:
            sentence.score *= COPY_PENALTY


def _leans_on_context(text: str) -> bool:
    return bool(DANGLING.match(text) or LEANS_BACK.search(text))


def story_leads(sentences: list[Sentence], story_of: dict[str, str], size: int) -> list[Sentence]:
    """The best sentence of each story, biggest stories first, when the run tells several:
    a summary of the run names each of its main stories before saying more about one."""
    best: dict[str, Sentence] = {}
    for sentence in (s for s in sentences if s.whole):
        story = story_of.get(sentence.article)
        if story is not None and (story not in best or sentence.score > best[story].score):
            best[story] = sentence
    if len(best) < 2:
        return []
    size_of = Counter(story_of.values())
    ranked = sorted(best.items(), key=lambda item: (-size_of[item[0]], -item[1].score))
    return [sentence for _, sentence in ranked[:size]]


def latest_development(sentences: list[Sentence], read_on: dict[str, str], size: int) -> list[Sentence]:
    """The lead (else the best sentence) of the latest day, when one story's reports span several
    days: a summary of a dispute says how it ended ("MK menolak permohonan …"), not only how it began."""
    dated = [s for s in sentences if s.whole and read_on.get(s.article, "9999") != "9999"]
    days = {read_on[s.article] for s in dated}
    if size < 2 or len(days) < 2:
        return []
    latest = [s for s in dated if read_on[s.article] == max(days)]
    # A report of how it ended says so first: a lead sentence before the day's best-scored one.
    return [max(latest, key=lambda s: (s.index == 0, s.score))]


def with_latest_development(chosen: list[Sentence], latest: list[Sentence], size: int) -> list[Sentence]:
    """``chosen`` with the latest day's best sentence added (in place of the last pick when
    ``size`` is reached), when none of the picks comes from its article and it says something
    none of the others says."""
    if not latest or not chosen or any(c.article == latest[0].article for c in chosen):
        return chosen
    kept = chosen[:-1] if len(chosen) >= size else chosen
    if any(cosine(latest[0].vector, c.vector) >= SAME_CONTENT for c in kept):
        return chosen
    return [*kept, latest[0]]


def select(sentences: list[Sentence], size: int, seeds: Sequence[Sentence] = ()) -> list[Sentence]:
    """Maximal marginal relevance over the best-scored candidates, after the ``seeds``; no two
    saying the same thing."""
    chosen: list[Sentence] = list(seeds)[:size]
    ranked = sorted((s for s in sentences if s.whole), key=lambda s: -s.score)
    pool = [s for s in ranked[:max(size, 1) * POOL_PER_SENTENCE] if all(s is not c for c in chosen)]
    while pool and len(chosen) < size:
        best, best_value = None, -math.inf
        for candidate in pool:
            overlap = max((cosine(candidate.vector, c.vector) for c in chosen), default=0.0)
            if overlap >= SAME_CONTENT:
                continue
            value = MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * overlap
            if value > best_value:
                best, best_value = candidate, value
        if best is None:
            break
        chosen.append(best)
        pool.remove(best)
    return chosen


def common_terms(sentences: list[Sentence]) -> frozenset[str]:
    """Terms most of these sentences' articles use (at least COMMON_ARTICLES, and more than
    half): a story's shared vocabulary, which says nothing about what one sentence adds."""
    per_article: dict[str, set[str]] = {}
    for sentence in sentences:
        per_article.setdefault(sentence.article, set()).update(sentence.vector)
    used: Counter[str] = Counter()
    for terms in per_article.values():
        used.update(terms)
    total = len(per_article)
    return frozenset(t for t, n in used.items() if n >= COMMON_ARTICLES and 2 * n > total)


def _distinctive(vector: dict[str, float], common: frozenset[str]) -> dict[str, float]:
    """The vector without the shared vocabulary, unit length; the whole vector when nothing is left."""
    kept = {t: w for t, w in vector.items() if t not in common}
    norm = math.sqrt(sum(w * w for w in kept.values()))
    return {t: w / norm for t, w in kept.items()} if norm else vector


def _shared_by_story(chosen: list[Sentence], sentences: list[Sentence],
                     story_of: dict[str, str]) -> list[frozenset[str]]:
    """The shared vocabulary of each chosen sentence's story (the run, with no stories)."""
    wanted = {story_of.get(c.article, "") for c in chosen}
    members: dict[str, list[Sentence]] = {story: [] for story in wanted}
    for sentence in sentences:
        story = story_of.get(sentence.article, "")
        if story in members:
            members[story].append(sentence)
    common = {story: common_terms(group) for story, group in members.items()}
    return [common[story_of.get(c.article, "")] for c in chosen]


def _citations(chosen: list[Sentence], sentences: list[Sentence],
               story_of: dict[str, str] | None = None) -> list[set[str]]:
    """For each chosen sentence, the articles holding a sentence that says the same thing:
    as similar as SUPPORTS on what the chosen sentence says beyond its story's shared vocabulary."""
    shared = _shared_by_story(chosen, sentences, story_of or {})
    wanted = [_distinctive(c.vector, common) for c, common in zip(chosen, shared, strict=True)]
    holders: dict[str, list[int]] = {}
    for n, vector in enumerate(wanted):
        for term in vector:
            holders.setdefault(term, []).append(n)
    articles: dict[str, set[str]] = {}
    vectors: dict[str, dict[str, float]] = {}
    for sentence in sentences:
        articles.setdefault(sentence.text, set()).add(sentence.article)
        vectors[sentence.text] = sentence.vector
    cited = [{c.article} for c in chosen]
    for text, vector in vectors.items():
        reduced: dict[frozenset[str], dict[str, float]] = {}
        for n in {n for term in vector for n in holders.get(term, [])}:
            if wanted[n] is chosen[n].vector:
                compared = vector
            else:
                if shared[n] not in reduced:
                    reduced[shared[n]] = _distinctive(vector, shared[n])
                compared = reduced[shared[n]]
            if cosine(compared, wanted[n]) >= SUPPORTS:
                cited[n] |= articles[text]
    return cited


def _chronological(analysis: Analysis, chosen: list[Sentence],
                   story_of: dict[str, str] | None = None) -> list[Sentence]:
    """In time order; with several stories, story by story (each where its first chosen
    sentence falls), so one story's sentences are read together."""
    order = {a.id: i for i, a in enumerate(analysis.articles)}
    published = _read_on(analysis)
    copies = {d.article for d in analysis.duplicates}

    def when(sentence: Sentence) -> tuple[str, bool, int, int]:
        return (published.get(sentence.article, "9999"), sentence.article in copies,
                order.get(sentence.article, 0), sentence.index)

    story = {id(s): (story_of or {}).get(s.article, "") for s in chosen}
    opens: dict[str, tuple[str, bool, int, int]] = {}
    for sentence in sorted(chosen, key=when):
        opens.setdefault(story[id(sentence)], when(sentence))
    return sorted(chosen, key=lambda s: (opens[story[id(s)]], when(s)))


def _read_on(analysis: Analysis) -> dict[str, str]:
    """The day each article's sentences are placed on: its publication day, and a copy never
    before its original (a retelling whose date was set earlier than the report it retells)."""
    published = {a.id: _day_read(a) for a in analysis.articles}
    for duplicate in analysis.duplicates:
        original = published.get(duplicate.duplicate_of, "")
        if duplicate.article in published and original != "9999":
            published[duplicate.article] = max(published[duplicate.article], original)
    return published


def _day_read(article: Article) -> str:
    """An estimated date is read at its window's end: an undated piece comes after the dated
    reports it may follow ("Program itu kembali menuai kritik" after the launch it criticises)."""
    if article.published_source == "estimated" and article.published_window:
        return article.published_window[1][:10]
    return (article.published or "9999")[:10]


def summarize(analysis: Analysis, size: int) -> list[SummarySentence]:
    """``size`` sentences summarising the run's articles, in time order, with their citations."""
    if size <= 0:
        return []
    language = _language(analysis.articles)
    sentences = candidate_sentences(_originals_first(analysis), language)
    days = opening_days(sentences, analysis.articles, analysis.timexes, language)
    _without_untold_days(sentences, days, size)
    score_sentences(analysis, sentences)
    story_of = {a: story.id for story in analysis.stories for a in story.articles}
    seeds = story_leads(sentences, story_of, size)
    picked = select(sentences, size, seeds)
    if not seeds:
        latest = latest_development(sentences, _read_on(analysis), size)
        picked = with_latest_development(picked, latest, size)
    chosen = _chronological(analysis, picked, story_of)
    order = {a.id: i for i, a in enumerate(analysis.articles)}
    return [SummarySentence(sentence=days.get(id(c)) or c.text,
                            citations=sorted(cited, key=lambda a: order.get(a, 0)))
            for c, cited in zip(chosen, _citations(chosen, sentences, story_of), strict=True)]


def _without_untold_days(sentences: list[Sentence], days: dict[int, str | None], size: int) -> None:
    """A sentence opening with a day that cannot be told ("Hari ini, …" in an undated article) is
    not chosen, unless without such sentences the summary would fall short of ``size``."""
    untold = [s for s in sentences if s.whole and id(s) in days and days[id(s)] is None]
    if sum(s.whole for s in sentences) - len(untold) >= size:
        for sentence in untold:
            sentence.whole = False


def _originals_first(analysis: Analysis) -> list[Article]:
    """The articles with copies last: a text a repost shares with its original is read (and
    dated, and ordered) as the original's, not as the repost's that happened to come first."""
    copies = {d.article for d in analysis.duplicates}
    return ([a for a in analysis.articles if a.id not in copies]
            + [a for a in analysis.articles if a.id in copies])


def summarize_stories(analysis: Analysis, size: int) -> dict[str, list[SummarySentence]]:
    """Each story's own summary: :func:`summarize` run on the story's articles alone, so a story
    of a multi-story run gets ``size`` sentences of its own rather than its share of the run's.
    A story holding every article has the run's summary (the same computation)."""
    everything = {a.id for a in analysis.articles}
    parts = _story_parts(analysis)
    out: dict[str, list[SummarySentence]] = {}
    for story in analysis.stories:
        if everything <= set(story.articles) and analysis.summary:
            out[story.id] = [s.model_copy(deep=True) for s in analysis.summary]
        else:
            out[story.id] = summarize(parts[story.id], size)
    return out


def _story_parts(analysis: Analysis) -> dict[str, Analysis]:
    """Per story, an analysis of its articles with the entity mentions and event evidence in them
    (salience counts the story's articles); one pass over entities and events for all stories."""
    story_of = {a: story.id for story in analysis.stories for a in story.articles}
    articles: dict[str, list[Article]] = {story.id: [] for story in analysis.stories}
    for article in analysis.articles:
        if article.id in story_of:
            articles[story_of[article.id]].append(article)
    entities: dict[str, list[Entity]] = {story.id: [] for story in analysis.stories}
    for entity in analysis.entities:
        for story, mentions in _by_story(entity.mentions, story_of).items():
            entities[story].append(Entity.model_construct(**{**dict(entity), "mentions": mentions}))
    events: dict[str, list[Event]] = {story.id: [] for story in analysis.stories}
    for event in analysis.events:
        for story, evidence in _by_story(event.evidence, story_of).items():
            events[story].append(Event.model_construct(**{**dict(event), "evidence": evidence}))
    timexes = _by_story(analysis.timexes, story_of)
    return {story.id: Analysis.model_construct(
        warta_version=analysis.warta_version, created=analysis.created, articles=articles[story.id],
        entities=entities[story.id], events=events[story.id], timexes=timexes.get(story.id, []),
        stories=[_bare(story)],
        duplicates=[d for d in analysis.duplicates if story_of.get(d.article) == story.id])
        for story in analysis.stories}


def _bare(story: Story) -> Story:
    return Story.model_construct(id=story.id, label=story.label, articles=story.articles)


def _by_story(items: Sequence[_Located], story_of: dict[str, str]) -> dict[str, list[_Located]]:
    grouped: dict[str, list[_Located]] = {}
    for item in items:
        story = story_of.get(item.article)
        if story is not None:
            grouped.setdefault(story, []).append(item)
    return grouped
