"""Benchmark ``duplicates``: near-duplicate detection on reposts built from IndoSum.

No public Indonesian set labels reposts, so one is made here, seeded, from the
IndoSum articles. Each article yields perturbed copies, one of each kind:

- ``boilerplate``: the same text between another outlet's header and footer lines;
- ``truncated``: the first 40–80 % of its words;
- ``shuffled``: its paragraphs in another order;
- ``edited``: 10–30 % of its words replaced by words of other articles or deleted;
- ``repost``: all at once, lightly (boilerplate, 60–90 % kept, 5–10 % of words edited).

and three pairs that must NOT be duplicates:

- ``unrelated``: two different articles;
- ``same-category``: two articles of one IndoSum category (same beat, same vocabulary);
- ``same-outlet``: two articles of one category printed with the same outlet's boilerplate.

Articles at even positions make the dev split (where the threshold was chosen),
odd ones the test split (reported). Pairs are judged one at a time through
``find_duplicates`` (LSH included), then the whole test split is run as one
corpus, copies shuffled among originals, to check the links hold at scale.
"""

from __future__ import annotations

import itertools
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from warta.bench import Metrics
from warta.bench.corpora import indosum_texts
from warta.corpus.duplicates import DUPLICATE_THRESHOLD, find_duplicates, shingles_of, similarity
from warta.models import Article

SEED = 20230706
POSITIVE_KINDS = ("boilerplate", "truncated", "shuffled", "edited", "repost")
NEGATIVE_KINDS = ("unrelated", "same-category", "same-outlet")

HEADERS = (
    "BERITA TERKINI - {outlet}",
    "{outlet}.com | Portal berita terpercaya",
    "Home > Berita > Nasional",
    "Reporter: Tim Redaksi {outlet}",
    "Dapatkan update berita pilihan setiap hari dari {outlet}",
)
FOOTERS = (
    "Baca juga: Harga emas hari ini naik tipis di tengah ketidakpastian pasar",
    "Simak video pilihan berikut ini",
    "Ikuti berita terkini dari {outlet} di Google News, klik di sini",
    "Copyright © 2017 {outlet}. All rights reserved.",
    "Artikel ini telah tayang di {outlet} dengan judul yang sama",
    "Editor: Redaksi {outlet} | Sumber: berbagai sumber",
)
OUTLETS = ("Kabar Kota", "Warta Nusantara", "Suara Timur", "Berita Pagi", "Info Daerah", "Lintas Kini")


@dataclass(frozen=True)
class Pair:
    kind: str
    first: str
    second: str
    duplicate: bool
    split: str


def perturbation_pairs(texts: list[str], categories: list[str], seed: int = SEED) -> list[Pair]:
    """The seeded pair set: five perturbed copies and three non-duplicates per article."""
    rng = random.Random(seed)
    vocabulary = [w for text in texts[:200] for w in text.split() if w.isalpha()]
    pairs: list[Pair] = []
    for index, text in enumerate(texts):
        split = "dev" if index % 2 == 0 else "test"
        for kind, make in _perturbations(rng, vocabulary).items():
            pairs.append(Pair(kind, text, make(text), True, split))
        pairs.extend(_negatives(rng, texts, categories, index, split))
    return pairs


def _perturbations(rng: random.Random, vocabulary: list[str]) -> dict[str, Callable[[str], str]]:
    return {
        "boilerplate": lambda t: _with_boilerplate(rng, t),
        "truncated": lambda t: _truncate(t, rng.uniform(0.4, 0.8)),
        "shuffled": lambda t: _shuffle(rng, t),
        "edited": lambda t: _edit(rng, t, rng.uniform(0.1, 0.3), vocabulary),
        "repost": lambda t: _with_boilerplate(rng, _edit(rng, _truncate(t, rng.uniform(0.6, 0.9)),
                                                         rng.uniform(0.05, 0.1), vocabulary)),
    }


def _negatives(rng: random.Random, texts: list[str], categories: list[str], index: int,
               split: str) -> list[Pair]:
    parity = index % 2
    same_split = [i for i in range(parity, len(texts), 2) if i != index]
    same_category = [i for i in same_split if categories[i] == categories[index]] or same_split
    other = texts[rng.choice(same_split)]
    neighbour = texts[rng.choice(same_category)]
    outlet_neighbour = texts[rng.choice(same_category)]
    header, footer = _boilerplate_lines(rng)
    text = texts[index]
    return [
        Pair("unrelated", text, other, False, split),
        Pair("same-category", text, neighbour, False, split),
        Pair("same-outlet", _wrap(text, header, footer), _wrap(outlet_neighbour, header, footer),
             False, split),
    ]


def _boilerplate_lines(rng: random.Random) -> tuple[list[str], list[str]]:
    outlet = rng.choice(OUTLETS)
    header = [line.format(outlet=outlet) for line in rng.sample(HEADERS, rng.randint(1, 3))]
    footer = [line.format(outlet=outlet) for line in rng.sample(FOOTERS, rng.randint(2, 4))]
    return header, footer


def _wrap(text: str, header: list[str], footer: list[str]) -> str:
    return "\n\n".join([*header, text, *footer])


def _with_boilerplate(rng: random.Random, text: str) -> str:
    header, footer = _boilerplate_lines(rng)
    return _wrap(text, header, footer)


def _truncate(text: str, share: float) -> str:
    """The first ``share`` of the words, paragraph breaks kept."""
    words = text.split(" ")
    return " ".join(words[: max(1, round(len(words) * share))])


def _shuffle(rng: random.Random, text: str) -> str:
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 2:
        return text
    original = list(paragraphs)
    while paragraphs == original:
        rng.shuffle(paragraphs)
    return "\n\n".join(paragraphs)


def _edit(rng: random.Random, text: str, share: float, vocabulary: list[str]) -> str:
    """Replace or delete ``share`` of the words (a coin decides which)."""
    words = text.split(" ")
    changed = set(rng.sample(range(len(words)), round(len(words) * share)))
    out: list[str] = []
    for i, word in enumerate(words):
        if i not in changed:
            out.append(word)
        elif rng.random() < 0.5:
            out.append(rng.choice(vocabulary))
    return " ".join(out)


def indosum_categories(data_dir: Path) -> list[str]:
    """The category of each IndoSum article, in the order of :func:`indosum_texts`."""
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        return [str(json.loads(line)["category"]) for line in lines]


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, sha256="", body=text)


def _judged(pair: Pair) -> bool:
    return bool(find_duplicates([_article("a1", pair.first), _article("a2", pair.second)]))


def _scores(pairs: list[Pair]) -> list[tuple[float, bool]]:
    return [(similarity(shingles_of(p.first), shingles_of(p.second)), p.duplicate) for p in pairs]


def best_dev_threshold(scored: list[tuple[float, bool]]) -> float:
    """The cut with the best F1 on dev, halfway between the two scores it separates."""
    ranked = sorted(scored, reverse=True)
    positives = sum(1 for _, d in ranked if d)
    best_f1, best_cut = -1.0, 0.0
    tp = fp = 0
    for (score, duplicate), (below, _) in itertools.pairwise(ranked):
        tp, fp = tp + duplicate, fp + (not duplicate)
        if score == below:
            continue
        f1 = 2 * tp / (tp + fp + positives)
        if f1 > best_f1:
            best_f1, best_cut = f1, (score + below) / 2
    return round(best_cut, 3)


def _pair_metrics(pairs: list[Pair]) -> Metrics:
    judged = [(p, _judged(p)) for p in pairs]
    tp = sum(1 for p, j in judged if j and p.duplicate)
    fp = sum(1 for p, j in judged if j and not p.duplicate)
    fn = sum(1 for p, j in judged if not j and p.duplicate)
    metrics: Metrics = {
        "test_precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "test_recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "test_pairs": len(pairs),
    }
    for kind in POSITIVE_KINDS:
        of_kind = [j for p, j in judged if p.kind == kind]
        metrics[f"test_recall_{kind}"] = round(sum(of_kind) / len(of_kind), 4)
    for kind in NEGATIVE_KINDS:
        of_kind = [j for p, j in judged if p.kind == kind]
        metrics[f"test_false_positive_rate_{kind}"] = round(sum(of_kind) / len(of_kind), 4)
    return metrics


def _corpus_metrics(texts: list[str], rng: random.Random, pairs: list[Pair]) -> Metrics:
    """All test originals and their copies in one shuffled run: are the links right?"""
    origin: dict[str, int] = {}
    documents: list[tuple[str, int]] = [(t, i) for i, t in enumerate(texts) if i % 2 == 1]
    index_of = {t: i for t, i in documents}
    documents += [(p.second, index_of[p.first]) for p in pairs if p.duplicate and p.first in index_of]
    rng.shuffle(documents)
    articles = []
    for n, (text, source) in enumerate(documents):
        articles.append(_article(f"a{n + 1}", text))
        origin[f"a{n + 1}"] = source
    started = time.perf_counter()
    links = find_duplicates(articles)
    seconds = time.perf_counter() - started
    right = sum(1 for d in links if origin[d.article] == origin[d.duplicate_of])
    expected = len(articles) - len(set(origin.values()))
    return {"corpus_articles": len(articles), "corpus_link_precision": round(right / len(links), 4),
            "corpus_link_recall": round(right / expected, 4),
            "corpus_articles_per_second": round(len(articles) / seconds)}


def run(data_dir: Path) -> Metrics:
    texts = indosum_texts(data_dir)
    pairs = perturbation_pairs(texts, indosum_categories(data_dir))
    dev = [p for p in pairs if p.split == "dev"]
    test = [p for p in pairs if p.split == "test"]
    metrics: Metrics = {"threshold": DUPLICATE_THRESHOLD,
                        "dev_best_threshold": best_dev_threshold(_scores(dev))}
    metrics.update(_pair_metrics(test))
    metrics.update(_corpus_metrics(texts, random.Random(SEED), test))
    return metrics
