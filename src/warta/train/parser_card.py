"""The parser's MODEL_CARD.md, written by ``warta train parser`` from the run's figures."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

CARD = """# warta dependency parser

A spaCy 3.8 pipeline for Indonesian: a `tok2vec` CNN over hash embeddings of the
lowercased word, prefix, suffix and word shape (width {width}, depth {depth}, hash rows
{rows}; no word vectors) shared by a `tagger` (UPOS) and a transition-based
`parser` (UD relations). {size_mb:.1f} MB on disk.

License: **CC BY-SA** (trained on CC BY-SA treebanks; credit the Universal
Dependencies Indonesian GSD and PUD contributors and Alfina et al. 2019 for the
revised PUD). The copies warta reads (indolem/indolem, commit 777fdc6) state no
licence of their own; upstream UD releases these treebanks under CC BY-SA (the
IndoNLI README says 3.0 / 4.0; the exact version is in the UD release's
LICENSE.txt, not checked here). Until that is checked, treat the model as
CC BY-SA 4.0 and share derivatives alike.

- Trained: {date}, in {seconds} s on 2 CPU cores, seed {seed}.
- Command: `{command}` (data read in place from `../shared/data/ud-indonesian`).
- Load: `warta.article.parse.load_parser()`, or `spacy.load(warta.article.parse.model_path())`;
  parse warta tokens with `warta.article.parse.parse_tokens(words)`.

## Data

| set | sentences | used |
|---|---|---|
| UD Indonesian PUD, revised (Alfina et al. 2019) | 1,000 | train (4 left out, below) |
| UD Indonesian GSD dev | 559 | train, less {tuning} held out (seeded) to choose the checkpoint |
| UD Indonesian GSD test | 557 | evaluation only |

{train_sentences} training sentences ({train_tokens} tokens). GSD train is not
available to warta, so the model learns from about 30k tokens: expect it to be
far below parsers trained on the full GSD.

Tokens: the treebank sentences are retokenized by warta's tokenizer and the gold
mapped onto its tokens (`warta.train.parser_data`): PUD's split clitics
(`buku` + `nya`, `tidak` + `lah`) and any multiword-token range become one token
that keeps the annotation of the part headed outside the group; a gold word warta
splits (`AS-Rusia`) gives its annotation to the first piece and the rest attach as
`goeswith`. The treebank copies warta reads carry no range lines (GSD writes
`bukunya` whole; PUD splits about 370 clitics, mostly `nya`, also `kah`, `lah`,
`ku`); 4 PUD sentences are left out, one whose forms are not in its text and
three whose merged clitics would break the tree. Relations keep their universal
part (`acl:relcl` → `acl`), except `nsubj:pass` and `csubj:pass`. GSD and PUD
follow different guidelines (PUD has `aux`, `nmod:npmod`; GSD does not), so the
model mixes both.

## Scores (GSD test, warta tokens, every token, punctuation included)

{scores}

Speed: tokens per CPU-second, tagger and parser, batches of 64 sentences, one
thread. Reproduce: `warta bench parser`.
"""

_SCORE_ROWS = (
    ("UPOS accuracy", "gsd_test_upos"),
    ("UAS", "gsd_test_uas"),
    ("LAS", "gsd_test_las"),
    ("tokens", "gsd_test_tokens"),
    ("tokens / CPU-second", "tokens_per_cpu_s"),
)


def render_card(result: dict[str, Any], scores: dict[str, Any], size: int, command: str) -> str:
    settings = result["settings"]
    rows = [f"| {name} | {scores[key]} |" for name, key in _SCORE_ROWS if key in scores]
    table = "\n".join(["| metric | value |", "|---|---|", *rows]) if rows else "(not benchmarked: --no-bench)"
    return CARD.format(
        width=settings.width, depth=settings.depth, rows=", ".join(str(r) for r in settings.rows),
        size_mb=size / 1e6, date=datetime.now(UTC).strftime("%Y-%m-%d"), seconds=result["seconds"],
        seed=settings.seed, command=command, tuning=result["tuning_sentences"],
        train_sentences=result["train_sentences"], train_tokens=result["train_tokens"], scores=table,
    )
