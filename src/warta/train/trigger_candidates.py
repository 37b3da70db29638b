"""Word families Indonesian news uses that the event trigger lexicon does not cover.

    python -m warta.train.trigger_candidates [--data-dir DIR] [--min-docs 3] [--top 150]

Reads unlabelled Indonesian news from the shared data: every IndoSum record except the
documents of the quotes-events test gold, the IndoTimex ``kompas_development`` texts, the sentences
of idner-news-2k and of the UD Indonesian GSD/PUD treebanks, and the IndoNLI premises (each
sentence or premise counted as one document: those sets keep no article boundaries). It finds
affixed, verb-like words (me-/di-/ber-/ter-/memper-/diper- words, -kan/-i forms, pe-an/per-an/ke-an
nominalisations), groups them by their root (PySastrawi's stemmer)
into word families, counts the documents each family occurs in, and lists the families of at
least ``--min-docs`` documents whose root no trigger of ``resources/event_triggers.tsv`` has,
with their forms and example sentences. The list is a worksheet for deciding, family by family
and from the CAMEO -> PLOVER table, which ones are event triggers; it is not a lexicon itself.
``Kompas_test_gold``, ``kompas_test`` and the test gold documents are never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warta.article.event_lexicon import word_set
from warta.article.event_trigger_model import root_of
from warta.bench import default_data_dir, project_root
from warta.bench.corpora import indosum_record_text, tml_text
from warta.resources import read_tsv

# Affixes of verbs and of the nouns made from them. The stemmer decides the root; these patterns
# only choose which words are worth stemming (a bare root such as "rumah" is never an act word).
_VERB_LIKE = re.compile(
    r"^(?:me[mny]?|meng|di|ber|be|ter|memper|diper|per|pe[mny]?|peng|ke)[a-z]{3,}$"
    r"|^[a-z]{3,}(?:kan|i)$"
)
_NOMINAL = re.compile(r"^(?:pe[mny]?|peng|per|ke)[a-z]{3,}an$")
_MIN_WORD = 5  # letters of the shortest affixed word considered ("diam" is no affixed word)
_MIN_ROOT = 3
# Grammatical words that look affixed ("tersebut", "terhadap", "bersama"): never act words.
_FUNCTION_WORDS = word_set("""
tersebut terhadap bersama kepada merupakan menjadi terjadi memiliki mempunyai terdapat terkait
terakhir termasuk tertentu berada berbagai beberapa kemudian ketika kembali bahkan sebagai
sementara berdasarkan menurut mengenai seperti sebelum setelah selama sekitar menggunakan
terus tetapi dengan bagaimana mengapa apakah diri dirinya kemarin ketua keluarga kepala
berikut bernama bertahun-tahun berusia terutama keterangan dikatakan mengatakan menyatakan
""")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_EXAMPLE_CHARS = 220  # characters of an example sentence shown


@dataclass(frozen=True)
class NewsDoc:
    name: str
    text: str


@dataclass
class Family:
    root: str
    docs: set[str] = field(default_factory=set)
    forms: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- the news read


def test_gold_ids(gold_root: Path) -> set[str]:
    """Document ids (``indosum:<id>``, ``kompas:<path>``) of the quotes-events test gold."""
    return {json.loads(path.read_text(encoding="utf-8"))["doc"]
            for path in sorted((gold_root / "test").glob("*.json"))}


def indosum_docs(data_dir: Path, excluded: set[str]) -> Iterator[NewsDoc]:
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if f"indosum:{record['id']}" not in excluded:
                yield NewsDoc(f"indosum:{record['id']}", indosum_record_text(record))


def kompas_development_docs(data_dir: Path) -> Iterator[NewsDoc]:
    for path in sorted((data_dir / "indotimex-kompas" / "kompas_development").glob("*.tml")):
        yield NewsDoc(f"kompas:{path.name}", tml_text(path.read_text(encoding="utf-8", errors="replace")))


def idner_sentence_docs(data_dir: Path) -> Iterator[NewsDoc]:
    """One document per sentence of the CoNLL files (token, POS, NER; blank line between)."""
    for split in ("train", "dev", "test"):
        path = data_dir / "idner-news-2k" / f"{split}.txt"
        if not path.is_file():
            continue
        tokens: list[str] = []
        number = 0
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            cells = line.strip().split()
            if cells:
                tokens.append(cells[0])
            elif tokens:
                number += 1
                yield NewsDoc(f"idner:{split}:{number}", " ".join(tokens))
                tokens = []


def conllu_sentence_docs(data_dir: Path) -> Iterator[NewsDoc]:
    """UD Indonesian GSD and PUD (news and Wikipedia sentences): the ``# text =`` line of each."""
    for path in sorted((data_dir / "ud-indonesian").glob("*.conllu")):
        number = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                number += 1
                yield NewsDoc(f"ud:{path.stem}:{number}", line.removeprefix("# text = "))


def indonli_premise_docs(data_dir: Path) -> Iterator[NewsDoc]:
    """IndoNLI premises (news, UD and Wikipedia text), each premise once whatever its hypotheses."""
    seen: set[str] = set()
    for path in sorted((data_dir / "indonli").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            key = str(record["premise_id"])
            if key not in seen:
                seen.add(key)
                yield NewsDoc(f"indonli:{key}", record["premise"])


def news_docs(data_dir: Path, gold_root: Path) -> list[NewsDoc]:
    excluded = test_gold_ids(gold_root)
    return [*indosum_docs(data_dir, excluded), *kompas_development_docs(data_dir),
            *idner_sentence_docs(data_dir), *conllu_sentence_docs(data_dir), *indonli_premise_docs(data_dir)]


# --------------------------------------------------------------------------- families


def verb_like(low: str) -> bool:
    if len(low) < _MIN_WORD or low in _FUNCTION_WORDS or "-" in low:
        return False
    return bool(_VERB_LIKE.match(low) or _NOMINAL.match(low))


def affixed_root(low: str) -> str | None:
    """The root of an affixed, verb-like word, or None for a bare or grammatical word."""
    if not verb_like(low):
        return None
    root = root_of(low)
    return root if root != low and len(root) >= _MIN_ROOT else None


def lexicon_words() -> set[str]:
    """Every word of the Indonesian trigger forms and of their required objects."""
    words: set[str] = set()
    for cells in read_tsv("event_triggers.tsv"):
        if cells["lang"] == "id":
            for cell in (cells["forms"], cells["object"]):
                words.update(_WORD.findall((cell or "").lower()))
    return words


def lexicon_roots() -> set[str]:
    return {root_of(word) for word in lexicon_words()}


def families_of(docs: Iterable[NewsDoc], examples: int) -> dict[str, Family]:
    families: dict[str, Family] = {}
    for doc in docs:
        for sentence in _SENTENCE_END.split(doc.text):
            for word in _WORD.findall(sentence):
                root = affixed_root(word.lower())
                if root is None:
                    continue
                family = families.setdefault(root, Family(root))
                family.forms[word.lower()] += 1
                _add_example(family, doc.name, sentence, examples)
    return families


def _add_example(family: Family, doc_name: str, sentence: str, examples: int) -> None:
    """One example per document, so the examples show different stories."""
    if doc_name not in family.docs and len(family.examples) < examples:
        family.examples.append(" ".join(sentence.split())[:_EXAMPLE_CHARS])
    family.docs.add(doc_name)


def uncovered(families: dict[str, Family], covered: set[str], min_docs: int) -> list[Family]:
    """Families of at least ``min_docs`` documents whose root no trigger has, most documents first."""
    found = [f for f in families.values() if len(f.docs) >= min_docs and f.root not in covered]
    return sorted(found, key=lambda f: (-len(f.docs), f.root))


def missing_forms(families: dict[str, Family], covered: set[str], min_docs: int,
                  words: set[str]) -> list[tuple[Family, list[str]]]:
    """Covered families whose frequent forms (``min_docs`` occurrences) no trigger writes: a root
    the lexicon has in one voice may be missing in another ("mengadukan" when only "adu jotos" is
    there)."""
    found = []
    for family in uncovered(families, set(), min_docs):
        if family.root in covered:
            forms = [form for form, n in family.forms.most_common() if n >= min_docs and form not in words]
            if forms:
                found.append((family, forms))
    return found


# --------------------------------------------------------------------------- report


def report_lines(found: Sequence[Family], forms_shown: int = 8) -> Iterator[str]:
    for rank, family in enumerate(found, 1):
        forms = ", ".join(f"{form} {n}" for form, n in family.forms.most_common(forms_shown))
        yield f"{rank}\t{family.root}\t{len(family.docs)} docs\t{forms}"
        for example in family.examples:
            yield f"\t\t- {example}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.train.trigger_candidates")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    parser.add_argument("--min-docs", type=int, default=3)
    parser.add_argument("--top", type=int, default=150, help="families listed (0: all)")
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--forms", action="store_true",
                        help="list the unwritten frequent forms of covered families instead")
    args = parser.parse_args(argv)
    docs = news_docs(args.data_dir, project_root() / "bench" / "gold" / "quotes-events")
    families = families_of(docs, args.examples)
    covered = lexicon_roots()
    found = uncovered(families, covered, args.min_docs)
    frequent = sum(1 for f in families.values() if len(f.docs) >= args.min_docs)
    print(f"# {len(docs)} documents; {frequent} families in >= {args.min_docs} documents, "
          f"{frequent - len(found)} covered by the lexicon's roots, {len(found)} not covered",
          file=sys.stderr)
    if args.forms:
        for family, forms in missing_forms(families, covered, args.min_docs, lexicon_words()):
            print(f"{family.root}\t{len(family.docs)} docs\t{', '.join(forms)}")
        return 0
    for line in report_lines(found[: args.top or None]):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
