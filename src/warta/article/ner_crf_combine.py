"""Ways to combine the CNN's spans of a sentence with the CRF's tags (:mod:`warta.article.ner_crf_tagger`).

The plain ones (union, intersection, arbitration with and without overlaps) are the rows of
the dev table in ``docs/benchmarks.md``; :func:`arbitrate_guarded` is the shipped rule, and
:func:`cased` / :func:`cased_lines` say which lines it is asked about at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from warta.article.ner_crf_tagger import Span, Tagged

if TYPE_CHECKING:
    import numpy as np


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def union(cnn: Sequence[Span], crf: Sequence[Span]) -> list[Span]:
    """The CNN's spans, plus the CRF's that touch none of them."""
    return sorted([*cnn, *(s for s in crf if not _overlaps(s, cnn))])


def intersection(cnn: Sequence[Span], crf: Sequence[Span]) -> list[Span]:
    """Spans both systems found, same edges and type."""
    return sorted(set(cnn) & set(crf))


def arbitrate(cnn: Sequence[Span], tagged: Tagged, add_above: float, drop_above: float) -> list[Span]:
    """The CNN's spans, less those the CRF is sure are no name (mean P(O) > ``drop_above``), plus the
    CRF's own spans it is sure of (mean span marginal > ``add_above``) that touch no kept span."""
    kept = [s for s in cnn if s in tagged.spans or tagged.outside_probability(s) <= drop_above]
    extra = [s for s in tagged.spans if not _overlaps(s, kept) and tagged.span_probability(s) > add_above]
    return sorted([*kept, *extra])


def arbitrate_overlaps(cnn: Sequence[Span], tagged: Tagged, add_above: float, drop_above: float,
                       doubt_below: float) -> list[Span]:
    """:func:`arbitrate`, and where the two overlap but differ, the CRF's span wins when it is sure of
    its own (> ``add_above``) and gives the CNN's little chance (< ``doubt_below``)."""
    sure = [s for s in tagged.spans if tagged.span_probability(s) > add_above]
    kept = []
    for span in cnn:
        rivals = [s for s in sure if s != span and _overlaps(s, [span])]
        if rivals and tagged.span_probability(span) < doubt_below:
            continue
        if span in tagged.spans or tagged.outside_probability(span) <= drop_above:
            kept.append(span)
    extra = [s for s in sure if not _overlaps(s, kept)]
    return sorted([*kept, *extra])


# The combination and thresholds that scored best on dev (docs/benchmarks.md, NER section):
# a CRF span is sure above 0.9 mean marginal, a CNN span goes when the CRF puts O on it with
# mean probability above 0.8, and a sure CRF span beats an overlapping CNN span it gives under 0.2.
ADD_ABOVE = 0.9
DROP_ABOVE = 0.8
DOUBT_BELOW = 0.2
# A span with a word that has no common reading ("Dispenal", "Facebook") is vetoed only when the CRF is
# all but certain: below that its O is mostly a name it never saw (arbitrate_guarded).
RARE_DROP_ABOVE = 0.98
TITLE_CASE_MIN_WORDS = 5  # shorter lines ("Kata Presiden Joko Widodo") are mostly one name
TITLE_REACH = 3  # words before a span a title phrase may open on ("Wakil Menteri ESDM")


def cased(words: Sequence[str]) -> bool:
    """Whether a sentence is written in running-text case: some capitals, most words neither in
    capitals nor, in a longer line, capitalised (a headline in Title Case).

    The CRF leans on case (shape, capital runs, case patterns); on a lower-cased, ALL-CAPS or
    Title Case line those features mislead it ("Angin Puting Beliung Rusak Fasilitas ..."), and
    the CNN, trained with upper-cased copies, is the better judge alone. So it is on a line with no
    word opening in lower case, however short: a name the entity stage reads alone to check a cut
    ("Capital Economics", ``model_spans.split_org_then_person``), where the CRF, trained on
    sentences, lacks the context it reads names by and vetoes them."""
    # str methods, not a loop over characters: this runs on every line of every article.
    alphabetic = [w for w in words if w.lower() != w.upper()]
    upper = sum(w.lower() != w for w in alphabetic)  # has a capital
    lower = sum(w.upper() != w for w in alphabetic)  # has a small letter
    plain = sum(w[:1].islower() for w in alphabetic)
    title_case = plain == 0 or (len(alphabetic) >= TITLE_CASE_MIN_WORDS and plain * 4 < len(alphabetic))
    return upper > 0 and lower * 4 > len(alphabetic) and not title_case


def cased_lines(written: np.ndarray, starts: np.ndarray) -> list[bool]:
    """:func:`cased` of every line of a batch at once, from its tokens' (has letters, has a capital, has
    a small letter, opens with a small letter) flags and the offsets where its lines start."""
    import numpy as np

    alphabetic = written[:, 0]
    counts = [np.concatenate([[0], np.cumsum(column & alphabetic)]) for column in
              (alphabetic, written[:, 1], written[:, 2], written[:, 3])]
    letters, upper, lower, plain = (c[starts[1:]] - c[starts[:-1]] for c in counts)
    title_case = (plain == 0) | ((letters >= TITLE_CASE_MIN_WORDS) & (plain * 4 < letters))
    running: list[bool] = ((upper > 0) & (lower * 4 > letters) & ~title_case).tolist()
    return running


def is_gazetteer_name(span: Span, gazetteer: Sequence[str]) -> bool:
    """Whether ``span`` is exactly one of the gazetteer's names, of the span's own type."""
    start, end, label = span
    if len(gazetteer) < end or gazetteer[start] != f"B-{label}":
        return False
    inside = f"I-{label}"
    return all(tag == inside for tag in gazetteer[start + 1:end]) and (
        end == len(gazetteer) or gazetteer[end] != inside)


def common_words_only(words: Sequence[str], span: Span) -> bool:
    """Whether every word of ``span`` with letters is a dictionary word ("Wajib Pajak", "Niat")."""
    from warta.article.common_words import is_dictionary_word

    lettered = [w for w in words[span[0]:span[1]] if any(ch.isalpha() for ch in w)]
    return bool(lettered) and all(is_dictionary_word(w) for w in lettered)


def _lower_edge(words: Sequence[str], span: Span) -> bool:
    return words[span[0]][:1].islower() or words[span[1] - 1][:1].islower()


def _opens_longer_run(words: Sequence[str], span: Span) -> bool:
    """Whether a capitalised word follows ``span``: it opens or goes on into a longer capitalised run."""
    end = span[1]
    return end < len(words) and words[end][:1].isupper()


def _opens_on_title(words: Sequence[str], span: Span) -> bool:
    """Whether ``span`` opens on a word the entity stage reads as a title ("Kabid", "Menkomdigi"), or on
    the field of a title just before it ("ESDM" of "Menteri ESDM"): the stage's title rules read such a
    span, and the CRF, which has seen few titles, takes them into names ("Kabid Kedaruratan")."""
    from warta.article.lexicon import lexicon
    from warta.article.tokens import fold

    roles = lexicon().roles
    start, end = span[0], span[1]
    if (fold(words[start]),) in roles:
        return True
    keys = [fold(w) for w in words[max(0, start - TITLE_REACH):end]]
    opening = len(keys) - (end - start)
    return any(tuple(keys[first:last]) in roles
               for first in range(opening) for last in range(opening + 1, len(keys) + 1))


def _names_an_institution(words: Sequence[str], span: Span) -> bool:
    """Whether ``span`` is an ORG opening on a head noun the entity stage reads as an organisation
    ("Pengadilan Negeri", "Kementerian ..."): such a span of dictionary words is an institution named
    without its place, which the stage joins to its full name, not a common phrase to veto."""
    from warta.article.lexicon import lexicon
    from warta.article.tokens import fold

    return span[2] == "ORG" and lexicon().kind_of(fold(words[span[0]]), "org-head")


def reads_marginals(cnn: Sequence[Span], tagged: Tagged) -> bool:
    """Whether :func:`arbitrate_guarded` reads any marginal of this line. It does not when every CNN
    span is a gazetteer name of its type or one of the CRF's best spans, and every CRF span that could
    be sure is one of the CNN's: then no CNN span has a rival and none is vetoed, nothing is added, and
    the answer is the CNN's spans (marginals cost a forward-backward pass; skipped, the same spans)."""
    crf = tagged.spans
    if any(span not in crf and not is_gazetteer_name(span, tagged.gazetteer) for span in cnn):
        return True
    return any(span not in cnn and not _lower_edge(tagged.words, span) for span in crf)


def arbitrate_guarded(cnn: Sequence[Span], tagged: Tagged) -> list[Span]:
    """:func:`arbitrate_overlaps` with the shipped thresholds, and guards that keep the CNN's
    names the CRF would wrongly take away (entity recall on warta's own gold, docs/benchmarks.md):

    - a span that is exactly a gazetteer name of its own type stays ("Indonesia" in "Pekerja
      Migran Indonesia", which the CRF reads into a longer law title);
    - the CRF's veto (mostly O) removes only a span of dictionary words, a capitalised common word
      ("Niat", "Wajib Pajak"), not a rare name it has not seen ("Dispenal", "Facebook");
    - a CRF span opening or closing on a lower-case word is no sure name ("kantor LBH");
    - the veto spares a span a capitalised word follows: the CNN read only the head of a longer run
      ("Komunike" of "Komunike Bersama Menlu ASEAN"), and without it the entity stage reads the
      whole run by its rules, where a quote's speaker was then looked for;
    - nor does it remove an ORG opening on an institution's head noun ("Pengadilan Negeri" said
      without its town), which the entity stage joins to the full name;
    - a CRF span the CNN lacks is not sure when it opens on a title or a title's field ("Kabid
      Kedaruratan", "Menkomdigi Ratna Sari" as one ORG, "ESDM" of "Menteri ESDM"): the stage's
      title rules read those words."""
    words = tagged.words
    sure = [s for s in tagged.spans if tagged.span_probability(s) > ADD_ABOVE and not _lower_edge(words, s)
            and (s in cnn or not _opens_on_title(words, s))]
    kept = []
    for span in cnn:
        if is_gazetteer_name(span, tagged.gazetteer):
            kept.append(span)
            continue
        rivals = [s for s in sure if s != span and _overlaps(s, [span])]
        if rivals and tagged.span_probability(span) < DOUBT_BELOW:
            continue
        outside = tagged.outside_probability(span)
        if (span in tagged.spans or outside <= DROP_ABOVE or _opens_longer_run(words, span)
                or _names_an_institution(words, span)
                or (outside <= RARE_DROP_ABOVE and not common_words_only(words, span))):
            kept.append(span)
    extra = [s for s in sure if not _overlaps(s, kept)]
    return sorted([*kept, *extra])
