"""Stage ``clean``: label every line as title, metadata, body, or removed-with-a-reason.

Signals, strongest first: marker phrases from ``resources/noise_markers.tsv``
(widgets, promos, spam…), metadata shapes (date lines, bylines, outlet lines),
the headline and its truncated copies, and — for text dumps — the trained line
model (:mod:`warta.article.linemodel`) over the lines no rule explained: their
length, sentence punctuation, stop-word density in the document's language, the
jusText-style class, and the same for their neighbours, stacked with the dump's
main text region. Without the model resource, the jusText-style pass decides
alone. No site-specific rules: warta meets outlets nobody has seen.
"""

from __future__ import annotations

import re

from warta.article.bylines import is_byline
from warta.article.linefeatures import (
    ELLIPSIS_END,
    LineFeatures,
    choose_stoplist,
    features,
    headline_like,
    words_of,
)
from warta.article.linemodel import PRIOR_OPEN, PRIOR_REMOVED, LineInput, LineModel, line_model
from warta.article.markers import match_marker
from warta.article.mastheads import section_masthead
from warta.article.outlet import (
    CLOSING_CREDIT,
    credited_sources,
    find_lead,
    footer_outlet,
    known_outlet,
    opens_report,
    outlet_key,
)
from warta.article.title_marks import split_title_decorations, trim_decorations
from warta.document import Doc, Line
from warta.options import Options
from warta.pipeline import article_stage

TITLE_SEARCH_LINES = 4
# A masthead in capitals has at most this many words ("SUARA MERDEKA RAYA").
CAPS_MASTHEAD_WORDS = 4
# A headline has at least three words; a shorter line above it is a masthead or section label.
MASTHEAD_WORDS = 2
# A page's date line and byline sit within this many blocks under its headline.
PAGE_META_BLOCKS = 3
# Trailing editor or agency initials: "(ian)", "(rzk/dna)", "(*)", "(ant)", "[bim]"; with a slash, a
# reporter's short name may stand in for initials: "(julian / yp)".
EDITOR_INITIALS = re.compile(
    r"\s*[(\[](?:[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*|[a-z]{2,8}(?:\s*/\s*[a-z]{2,8})+|\*{1,3}"
    r"|[A-Z]{3,5}/[A-Za-z]{2,5}"
    # a wire desk's staff codes: "(Uu. SYS/G003/M016)", "(T.A043/B012)" (letters and digits)
    r"|(?=[^)]*[A-Z]\d)(?:[A-Z][a-z]?\.\s*)?[A-Z0-9]{1,6}(?:\s*/\s*[A-Z0-9]{1,6})+)[)\]]\s*$"
)
# Items of a menu ("Berita | Video", "Masuk / Daftar"): never one outlet's name.
MENU_SEPARATOR = re.compile(r"\s[|/•·»>]\s|\s[|•·]|[|•·]\s")
# "…, Sabtu (19/11)": a lead sentence names the day of what it reports after a comma; a
# headline does not.
LEAD_DAY = re.compile(r",\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s*\(\d{1,2}/\d{1,2}")
STANDALONE_OUTLET = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2}$")

Good = "good"
NearGood = "neargood"
Short = "short"
Bad = "bad"


@article_stage("clean", requires={"lines"}, provides={"labels"})
def classify_lines(doc: Doc, options: Options) -> None:
    lines = doc.lines
    feats, covered = mark_by_rules(doc)
    if doc.fmt != "html":
        model = line_model()
        if model is None:
            mark_by_shape(lines, feats, covered)
        else:
            mark_by_model(model, lines, feats, covered)
    mark_captions_before_lead(lines)
    explain_dropped_blocks(lines, feats)
    mark_comment_threads(lines, dump=doc.fmt != "html")
    strip_editor_initials(doc)
    split_glued_teasers(doc)  # after the model: it reads each line as the scraper left it
    split_entry_times(doc)
    split_title_decorations(doc)
    if doc.fmt != "html":
        mark_closing_outlet(lines)
    doc.outlet_guess = guess_outlet(doc)


# What the model reads as menu words in a comment thread: user names, "Balas", "Suka (4)".
THREAD_GUESSES = frozenset({"navigation", "boilerplate", "share-widget", "ad"})
# A reader comment's furniture: its reply and like buttons and its age ("2 jam lalu").
THREAD_FURNITURE = re.compile(
    r"(?:balas|reply|suka|like|laporkan|report)(?:\s*\(\d+\))?"
    r"|\d+\s+(?:detik|menit|jam|hari|minggu|bulan)\s+(?:yang\s+)?lalu"
    r"|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago", re.IGNORECASE)


def mark_comment_threads(lines: list[Line], dump: bool) -> None:
    """Lines under a comment section's header are comments (readers' names, their words, "Balas")
    whatever else the model guessed them to be. A reader's words read like body, so in a text dump
    body lines join the thread only where it runs to the end of the page, shows a comment's
    furniture (reply buttons, "1 jam lalu") and follows more body than it holds (a page's
    "Komentar" link above the report opens no thread); otherwise the thread ends at the next body
    line. An HTML page's comment section is read from its markup (``extract``), and the boxes
    after it are no comments: pages are left alone."""
    if not dump:
        return
    start = next((i for i, line in enumerate(lines)
                  if line.label == "removed" and line.reason == "comment"), None)
    if start is None:
        return
    tail = lines[start:]
    whole_tail = _thread_runs_to_the_end(lines[:start], tail)
    in_thread = False
    for line in tail:
        if line.label == "body" and whole_tail:
            line.label, line.reason = "removed", "comment"
        if line.label in {"body", "title", "meta"}:
            in_thread = False
        elif line.reason == "comment":
            in_thread = True
        elif in_thread and line.reason in THREAD_GUESSES:
            line.reason = "comment"


def _thread_runs_to_the_end(before: list[Line], tail: list[Line]) -> bool:
    if not all(line.label in {"body", "removed"} for line in tail):
        return False
    if not any(line.label == "removed" and THREAD_FURNITURE.fullmatch(line.text.strip()) for line in tail):
        return False
    body_before = sum(len(line.text) for line in before if line.label == "body")
    return body_before > sum(len(line.text) for line in tail if line.label == "body")


# A related-link teaser a scraper glued to the end of a body sentence: "… Minggu (26/3). Baca
# juga: Marquez Kuasai Tes Pramusim". Only after a sentence's end, so "… kata dia, baca juga
# laporan kami" in the middle of a sentence stays.
# The teaser is one headline to the line's end: a sentence after it keeps the line whole.
GLUED_TEASER = re.compile(r"(?<=[.!?\"”])\s+(?P<teaser>(?:baca|lihat|simak)\s+(?:juga|pula)\s*:\s*"
                          r"[^.!?\n]{3,150}[.!?]?)\s*$", re.IGNORECASE)


def split_glued_teasers(doc: Doc) -> None:
    """Move a teaser glued to a body line's end into a removed line of its own (same number)."""
    for position in range(len(doc.lines) - 1, -1, -1):
        line = doc.lines[position]
        match = GLUED_TEASER.search(line.text) if line.label == "body" else None
        if match is None or not line.text[:match.start()].strip():
            continue
        line.text = line.text[:match.start()].rstrip()
        doc.lines.insert(position + 1, Line(line.number, match.group("teaser"), "removed", "related-link"))


# A live blog's entry opens with its clock time and a dash: "10.15 WIB — Polisi menutup …", or
# with the time and its zone and a colon: "10.15 WIB: Polisi menutup …" (a bare "10.15:" may
# be a score or a verse, so a colon needs the zone).
ENTRY_TIME = re.compile(r'(?P<time>(?:[01]?\d|2[0-3])[.:][0-5]\d(?P<zone>\s*(?:WIB|WITA|WIT))?)'
                        r'(?:\s*[—–-]|(?(zone):|(?!)))\s+(?=[A-Z"“])')


def split_entry_times(doc: Doc) -> None:
    """A live-blog entry's clock time is metadata of the entry, not a word of its text: it goes
    into a metadata line of its own with the entry's line number."""
    for position in range(len(doc.lines) - 1, -1, -1):
        line = doc.lines[position]
        match = ENTRY_TIME.match(line.text) if line.label == "body" else None
        if match is None or not line.text[match.end():].strip():
            continue
        line.text = line.text[match.end():]
        doc.lines.insert(position, Line(line.number, match.group("time"), "meta", "date"))


def mark_by_rules(doc: Doc) -> tuple[list[LineFeatures], bool]:
    """Markers, title, metadata and headline copies; the features of every line, and whether
    the document's language has a stop list."""
    lines = doc.lines
    words = [words_of(line.text) for line in lines]
    stopwords = choose_stoplist([], words)
    feats = [features(line.text, stopwords, found) for line, found in zip(lines, words, strict=True)]
    html = doc.fmt == "html"
    mark_noise(lines, feats)
    mark_initials_lines(lines)
    if not html:
        mark_title(doc, lines, feats)
    mark_metadata(lines)
    title = doc.article.title or doc.html_meta.get("title")
    mark_duplicate_headlines(title, lines, feats)
    if html:
        mark_dropped_metadata(title, lines)
    return feats, stopwords is not None


def mark_noise(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Marker phrases; a list header passes its reason to the headline-like items under it."""
    list_reason: str | None = None
    for line, feat in zip(lines, feats, strict=True):
        if line.label != "body":
            continue
        hit = match_marker(line.text, feat.words)
        if hit is not None:
            line.label, line.reason = "removed", hit.reason
            list_reason = hit.reason if hit.header else None
        elif list_reason and (headline_like(line.text, feat) or feat.words <= 3):
            line.label, line.reason = "removed", list_reason
        else:
            list_reason = None


def mark_initials_lines(lines: list[Line]) -> None:
    """A line holding nothing but newsroom initials ("(ant/rdn)") signs the report off; a
    credit naming known agencies ("(AFP/Rtr)") stays for the retold-source reader."""
    for line in lines:
        match = EDITOR_INITIALS.match(line.text)
        whole = match is not None and match.end() == len(line.text)
        if line.label == "body" and whole and not credited_sources(line.text):
            line.label, line.reason = "removed", "editor-initials"


def mark_title(doc: Doc, lines: list[Line], feats: list[LineFeatures]) -> None:
    """The headline: given by the container, or the first headline-shaped line of the dump."""
    wanted = doc.hints.title
    # Lines the markers already explained (menus, "A A A") do not use up the search window.
    open_lines = [(line, feat) for line, feat in zip(lines, feats, strict=True) if line.label == "body"]
    for line, feat in open_lines[:TITLE_SEARCH_LINES]:
        is_given = wanted is not None and line.text.strip() == wanted.strip()
        if not is_given and _page_metadata(line.text):
            continue  # a date line or byline above the headline, or a dump without one
        if is_given or (wanted is None and _title_shaped(line.text, feat)):
            if not is_given and _caps_masthead(line, lines, open_lines):
                continue
            line.label, line.reason = "title", "title"
            doc.article.title = line.text.strip()
            _mark_masthead(lines[0], feats[0], line)
            return
        if wanted is None and not _skippable_before_title(line.text, feat):
            _mark_masthead(lines[0], feats[0], line)  # a masthead may top a dump with no headline
            return  # the dump starts with body text: it has no headline
    if wanted:
        doc.article.title = trim_decorations(wanted.strip())


def _caps_masthead(line: Line, lines: list[Line], open_lines: list[tuple[Line, LineFeatures]]) -> bool:
    """A short name in capitals on a dump's first line ("SUARA MERDEKA RAYA") with a longer
    headline-shaped line under it (past date lines and bylines) is the outlet's masthead."""
    if line is not lines[0] or not line.text.isupper() or len(words_of(line.text)) > CAPS_MASTHEAD_WORDS:
        return False
    for other, feat in open_lines[1:TITLE_SEARCH_LINES]:
        if _page_metadata(other.text):
            continue
        if _title_shaped(other.text, feat) and feat.words > len(words_of(line.text)):
            line.label, line.reason = "meta", "outlet"
            return True
        return False
    return False


def _title_shaped(text: str, feat: LineFeatures) -> bool:
    if find_lead(text) or ELLIPSIS_END.search(text) or feat.words < 3 or LEAD_DAY.search(text):
        return False
    return headline_like(text, feat) or (feat.words <= 20 and not text.rstrip().endswith("."))


def _page_metadata(text: str) -> bool:
    """A date line or a byline: metadata, never a headline, however headline-shaped."""
    from warta.article.dates import parse_date_line

    return len(text) <= 160 and (parse_date_line(text) is not None or is_byline(text))


def _skippable_before_title(text: str, feat: LineFeatures) -> bool:
    """What a dump may carry above its headline: a date, a byline, the outlet's name (known,
    domain-shaped, or any masthead too short to be a headline: "Kabar Kota", "kumparan")."""
    from warta.article.dates import parse_date_line

    if STANDALONE_OUTLET.match(text) or known_outlet(text) is not None or _masthead_shaped(text, feat):
        return True
    if section_masthead(text) is not None:
        return True  # "Kompas.com - Bola": the outlet and the site's section
    return parse_date_line(text) is not None or is_byline(text)


def _mark_masthead(first: Line, feat: LineFeatures, title: Line) -> None:
    """A capitalised name alone on a dump's first line, above its headline, is the outlet's
    masthead even when the outlet is unknown ("Pos Kota")."""
    named = feat.capitalised == 1.0 and _masthead_shaped(first.text, feat)
    named = named and not MENU_SEPARATOR.search(first.text)
    if first is not title and first.label == "body" and named and not _section_label(first.text):
        first.label, first.reason = "meta", "outlet"


def _section_label(text: str) -> bool:
    """A rubric a site prints over its stories ("Nasional", "Olahraga"): one word of the
    language, where an outlet's name is a proper name or a phrase ("Kabar Kota")."""
    from warta.article.common_words import is_dictionary_word

    found = words_of(text)
    return len(found) == 1 and known_outlet(text) is None and is_dictionary_word(found[0])


def _masthead_shaped(text: str, feat: LineFeatures) -> bool:
    """A name or section label of one or two words: too short for a headline or a sentence."""
    return 0 < feat.words <= MASTHEAD_WORDS and not feat.terminal and not any(c.isdigit() for c in text)


# A line of this many words is the report's running text: a page's age ("2 jam lalu") under it
# belongs to a reader's comment, not to the article.
REPORT_LINE_WORDS = 8


def mark_metadata(lines: list[Line]) -> None:
    from warta.article.date_lines import is_yearless_date_line
    from warta.article.dates import parse_date_line

    above_report = True
    for line in lines:
        if line.label != "body":
            continue
        if len(line.text) > 160:
            above_report = False
            continue
        if (parse_date_line(line.text) is not None or is_yearless_date_line(line.text)
                or (above_report and _page_age_line(line.text))):
            line.label, line.reason = "meta", "date"
        elif is_byline(line.text):
            line.label, line.reason = "meta", "byline"
        elif STANDALONE_OUTLET.match(line.text) or known_outlet(line.text) or section_masthead(line.text):
            line.label, line.reason = "meta", "outlet"
        if line.label == "body" and len(line.text.split()) >= REPORT_LINE_WORDS:
            above_report = False


def _page_age_line(text: str) -> bool:
    """A date line counted back from when the page was saved ("Diperbarui 3 jam lalu")."""
    from warta.article.date_lines import relative_date_line

    return relative_date_line(text) is not None


def mark_dropped_metadata(title: str | None, lines: list[Line]) -> None:
    """The date line and byline under a page's headline, which the extractor left out of the
    text, are the article's metadata. Only those right under the headline: a portal's top bar
    prints today's date, not the article's."""
    from warta.article.dates import parse_date_line

    norm_title = _norm(title) if title else None
    heading = next((i for i, line in enumerate(lines)
                    if line.reason == "duplicate-headline" or _norm(line.text) == norm_title), None)
    if heading is None:
        return
    for line in lines[heading + 1 : heading + 1 + PAGE_META_BLOCKS]:
        if line.label != "removed" or line.reason != "boilerplate" or len(line.text) > 160:
            continue
        if parse_date_line(line.text) is not None or _page_age_line(line.text):
            line.label, line.reason = "meta", "date"
        elif is_byline(line.text):
            line.label, line.reason = "meta", "byline"


NON_WORD = re.compile(r"\W+")


def _norm(text: str) -> str:
    return NON_WORD.sub(" ", text.lower()).strip()


# A page title's outlet suffix: "Judul Berita - detikHealth", "Judul Berita | Kompas.com".
TITLE_SUFFIX = re.compile(r"\s+[-–—|]\s+[^-–—|]{2,40}$")


def mark_duplicate_headlines(title: str | None, lines: list[Line], feats: list[LineFeatures]) -> None:
    """Copies of the headline, and teaser headlines cut short with an ellipsis. A page's own
    headline (``<h1>``) that the extractor left out is a copy too, not boilerplate, also when
    the page title carries the outlet's name after it. Only the reason changes there: which
    lines are body is decided as before (body lines are matched on the whole title)."""
    norm_title = _norm(title) if title else ""
    titles = {norm_title, _norm(TITLE_SUFFIX.sub("", title))} - {""} if title else set()
    for line, feat in zip(lines, feats, strict=True):
        if _dropped_page_block(line) and _norm(line.text) in titles:
            line.reason = "duplicate-headline"
        if line.label != "body":
            continue
        text = _norm(line.text)
        truncated = bool(ELLIPSIS_END.search(line.text))
        if norm_title and (text == norm_title or (truncated and norm_title.startswith(text))):
            line.label, line.reason = "removed", "duplicate-headline"
        elif truncated and feat.words <= 20 and headline_like(line.text, feat):
            line.label, line.reason = "removed", "related-link"


def _dropped_page_block(line: Line) -> bool:
    """A block of an HTML page that the extractor left out (it has no input line number)."""
    return line.number is None and line.label == "removed" and line.reason == "boilerplate"


def _shape_class(feat: LineFeatures, covered: bool) -> str:
    """jusText-style class of one line from its own features alone."""
    if feat.words == 0:
        return Bad
    if not covered:
        return _shape_class_by_length(feat)
    if feat.density >= 0.30 and feat.words >= 10:
        return Good
    if feat.density >= 0.20 and feat.words >= 5 and (feat.terminal or feat.words >= 10):
        return NearGood
    if feat.words < 8:
        return Short
    return Bad


def _shape_class_by_length(feat: LineFeatures) -> str:
    """For languages without a stop list: long lines and punctuated sentences are text.

    Length is read as :attr:`LineFeatures.reading_length`, so that a Japanese or Korean
    sentence is as long as its translation.
    """
    length = feat.reading_length
    if length >= 80 or (length >= 40 and feat.terminal):
        return Good
    if length >= 20 and feat.terminal:
        return NearGood
    return Short if length < 40 else Bad


def shape_verdicts(lines: list[Line], feats: list[LineFeatures], covered: bool
                   ) -> tuple[list[str], list[bool]]:
    """jusText-style class of every line, and whether the shape pass keeps each open line."""
    classes = [_shape_class(feat, covered) for feat in feats]
    open_classes = {i: classes[i] for i, line in enumerate(lines) if line.label == "body"}
    labels: list[str] = [line.label for line in lines]  # lines dropped above count as removed below
    keep = [False] * len(lines)
    for i in open_classes:
        if classes[i] == Good:
            keep[i] = True
            continue
        before = _neighbour_class(open_classes, labels, i, -1)
        after = _neighbour_class(open_classes, labels, i, 1)
        keep[i] = (classes[i] == NearGood and Good in (before, after)) or (
            classes[i] == Short and {before, after} <= {Good, NearGood} and Good in (before, after)
        )
        if not keep[i]:
            labels[i] = "removed"
    return classes, keep


def mark_by_shape(lines: list[Line], feats: list[LineFeatures], covered: bool) -> None:
    """Lines no marker explained: keep sentence-like text and what sits between it."""
    _, keep = shape_verdicts(lines, feats, covered)
    for i, line in enumerate(lines):
        if line.label == "body" and not keep[i]:
            _drop(line, feats[i])


def _drop(line: Line, feat: LineFeatures) -> None:
    line.label = "removed"
    line.reason = "navigation" if feat.words < 8 else "boilerplate"


def model_inputs(lines: list[Line], feats: list[LineFeatures], covered: bool) -> list[LineInput]:
    """What the line model sees of each line once the rules have run."""
    classes, keep = shape_verdicts(lines, feats, covered)
    return [
        LineInput(line.text, feat, cls, kept, PRIOR_OPEN if line.label == "body" else line.label)
        for line, feat, cls, kept in zip(lines, feats, classes, keep, strict=True)
    ]


def mark_by_model(model: LineModel, lines: list[Line], feats: list[LineFeatures], covered: bool) -> None:
    """Lines no rule explained: the trained line model keeps the article's text."""
    inputs = model_inputs(lines, feats, covered)
    keep = _across_furniture(model.keep(inputs, covered), inputs, lines)
    leads = {_dateline_lead(lines, feats), _day_lead(lines, feats), *_signed_off(lines, feats, keep),
             *_signed_inline(lines, feats, keep)}
    # The paragraph that opens with the outlet lead opens the report: it always stays.
    keep = [kept or i in leads or (line.label == "body" and _has_outlet_lead(line.text))
            for i, (line, kept) in enumerate(zip(lines, keep, strict=True))]
    keep = _across_picture(keep, inputs, lines)
    keep = _between_kept(keep, inputs, lines)
    keep = _closing_above_furniture(keep, inputs, lines)
    keep = _source_credit_under_body(keep, inputs, lines)
    for line, feat, kept in zip(lines, feats, keep, strict=True):
        if line.label == "body" and not kept:
            _drop(line, feat)


LEAD_SENTENCE_WORDS = 10


def _dateline_lead(lines: list[Line], feats: list[LineFeatures]) -> int | None:
    """The first open line that opens with a dateline in capitals ("JAKARTA - …") and is a full
    sentence: the report's lead paragraph, which the model may read as a caption among the
    photo credit and share bar above it. A teaser cut short ("…") is no lead."""
    for i, (line, feat) in enumerate(zip(lines, feats, strict=True)):
        lead = find_lead(line.text) if line.label == "body" else None
        if lead is not None:
            full = feat.terminal and feat.words >= LEAD_SENTENCE_WORDS and not ELLIPSIS_END.search(line.text)
            return i if full else None
    return None


def _day_lead(lines: list[Line], feats: list[LineFeatures]) -> int | None:
    """The first open line, when it is a long sentence naming the day of what it reports after a
    comma ("…, Senin (6/3)"): a dump without a dateline opens its report so, and a headline or
    teaser does not (``LEAD_DAY``); the model, fitted on English pages, may drop it."""
    first = next((i for i, line in enumerate(lines) if line.label == "body"), None)
    if first is None:
        return None
    text, feat = lines[first].text, feats[first]
    full = feat.words >= LEAD_SENTENCE_WORDS and LEAD_DAY.search(text) and not ELLIPSIS_END.search(text)
    return first if full else None


def _signed_off(lines: list[Line], feats: list[LineFeatures], keep: list[bool]) -> list[int]:
    """Open lines right above a newsroom's sign-off initials ("(riz/hs)") that are full sentences,
    under body the model kept: the report's closing paragraph, which the model may read as
    furniture among the widgets below it ("… belum memberikan tanggapan hingga berita ini
    diturunkan.", "Seperti diberitakan, …")."""
    found: list[int] = []
    for i in range(1, len(lines)):
        match = EDITOR_INITIALS.match(lines[i].text)
        if match is None or match.end() != len(lines[i].text) or lines[i - 1].label != "body":
            continue
        feat, text = feats[i - 1], lines[i - 1].text
        sentence = feat.terminal and feat.words >= LEAD_SENTENCE_WORDS and not ELLIPSIS_END.search(text)
        if sentence and any(keep[:i - 1]):
            found.append(i - 1)
    return found


def _signed_inline(lines: list[Line], feats: list[LineFeatures], keep: list[bool]) -> list[int]:
    """Open lines that are full sentences closed by the newsroom's sign-off on the same line
    ("… Rp 2,3 triliun. (jul/yp)"), under body the model kept: the
    report's closing paragraph, which the model may read as furniture among the widgets below."""
    return [i for i, (line, feat) in enumerate(zip(lines, feats, strict=True))
            if line.label == "body" and feat.words >= LEAD_SENTENCE_WORDS and any(keep[:i])
            and SENTENCE_BEFORE_INITIALS.search(line.text) and not ELLIPSIS_END.search(line.text)]


# Rule-removed lines (an ad, a "Baca juga" link, a share bar) a paragraph may be cut off by.
FURNITURE_GAP = 4
PICTURE_REASONS = frozenset({"caption", "photo-credit"})
SENTENCE_END = re.compile(r"[.!?\"”]\s*$")
SENTENCE_BEFORE_INITIALS = re.compile(r"[.!?\"”]\s*[(\[][a-z]{2,8}(?:\s*/\s*[a-z]{2,8})*[)\]]\s*$")


def _across_furniture(keep: list[bool], inputs: list[LineInput], lines: list[Line]) -> list[bool]:
    """A full sentence of the document's language whose nearest open line, above or below, is
    body, with only a few rule-removed lines between, is body too: the article's closing
    paragraph under an in-article ad, or its first under a related link. The model reads
    such a line by its noisy neighbours; only lines the model kept extend the run. A photo
    credit right under the sentence makes it a caption. (Subheads and list items framed the
    same way were tried too: text-boilerplate dev lost 0.001 line F1 for 0.0007 recall here.)"""
    out = list(keep)
    for i, line in enumerate(inputs):
        if line.prior != PRIOR_OPEN or keep[i]:
            continue
        if line.shape in (Good, NearGood) and _ends_sentence(line):
            sides = [_body_across(keep, inputs, lines, i, step) for step in (-1, 1)]
            out[i] = any(kept and removed > 0 for kept, removed in sides)
    return out


# A sentence that a picture's caption block cuts in two: the half above stops without a full
# stop and the half below goes on in lower case ("…, zikir itu" / caption / "diikuti …").
CONTINUES = re.compile(r"^[a-z]")
PICTURE_GAP = 3


def _across_picture(keep: list[bool], inputs: list[LineInput], lines: list[Line]) -> list[bool]:
    """Both halves of a paragraph that a caption and photo credit were pasted into are body
    when the report goes on around them (the open line above the first half or below the
    second is kept): the model reads each half as a fragment and dropped both."""
    out = list(keep)
    for i, line in enumerate(inputs):
        j = i + 1
        while j < len(inputs) and j - i <= PICTURE_GAP and inputs[j].prior == PRIOR_REMOVED \
                and lines[j].reason in PICTURE_REASONS:
            j += 1
        if j == i + 1 or j >= len(inputs) or line.prior != PRIOR_OPEN or inputs[j].prior != PRIOR_OPEN:
            continue
        if SENTENCE_END.search(line.text) or not CONTINUES.match(inputs[j].text.lstrip()):
            continue
        if _body_across(keep, inputs, lines, i, -1)[0] or _body_across(keep, inputs, lines, j, 1)[0]:
            out[i] = out[j] = True
    return out


def _between_kept(keep: list[bool], inputs: list[LineInput], lines: list[Line]) -> list[bool]:
    """A full sentence whose nearest open lines above and below are both kept body (past a few
    rule-removed lines) is body too: a report does not put furniture between two of its own
    paragraphs without a widget's marker, and the model, reading each line by its neighbours,
    may drop a short article's middle paragraph ("Koordinator pekerja, X, mengatakan …") or the
    one under an ad. Repeated until nothing changes, so a run of such paragraphs is kept."""
    out = list(keep)
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(inputs):
            if out[i] or line.prior != PRIOR_OPEN or line.shape not in (Good, NearGood):
                continue
            if _ends_sentence(line) and all(_body_across(out, inputs, lines, i, step)[0] for step in (-1, 1)):
                out[i] = changed = True
    return out


def _closing_above_furniture(keep: list[bool], inputs: list[LineInput], lines: list[Line]) -> list[bool]:
    """A full sentence right under kept body with only rule-removed lines below it, up to the end
    of the page or up to a reader-comment section's header ("Komentar (3)", whose thread follows),
    is the report's closing paragraph: the model, reading a line by its neighbours, drops a short
    last paragraph ("Pertandingan final akan digelar pada Minggu.") over the widget under it, and
    ``_across_furniture`` wants furniture between the sentence and the body. A photo credit right
    under it makes it a caption."""
    out = list(keep)
    for i, line in enumerate(inputs):
        if keep[i] or line.prior != PRIOR_OPEN or line.shape not in (Good, NearGood):
            continue
        right_under_body = _body_across(keep, inputs, lines, i, -1) == (True, 0)
        if _ends_sentence(line) and right_under_body and _closes_report(inputs, lines, i):
            out[i] = True
    return out


def _closes_report(inputs: list[LineInput], lines: list[Line], index: int) -> bool:
    """Only rule-removed lines follow ``index`` up to the end or a comment section's header."""
    below = range(index + 1, len(inputs))
    if not below or lines[index + 1].reason in PICTURE_REASONS:
        return False
    for j in below:
        if inputs[j].prior != PRIOR_REMOVED:
            return False
        if lines[j].reason == "comment":
            return True
    return True


def _source_credit_under_body(keep: list[bool], inputs: list[LineInput], lines: list[Line]) -> list[bool]:
    """A line that is only the credit of a known outlet ("Sumber: Antara", "(Reuters)") right
    under kept body closes the report as it does when it is the page's last line: it stays in
    the body, where the metadata stage reads the outlet retold. The model, reading it by the
    related links under it, took it for navigation and the retelling went unnoticed."""
    out = list(keep)
    for i, line in enumerate(inputs):
        if keep[i] or line.prior != PRIOR_OPEN or not _only_a_credit(line.text):
            continue
        if _body_across(keep, inputs, lines, i, -1) == (True, 0):
            out[i] = True
    return out


def _only_a_credit(text: str) -> bool:
    match = CLOSING_CREDIT.search(text.strip())
    return match is not None and match.start() == 0 and bool(credited_sources(text.strip()))


def _ends_sentence(line: LineInput) -> bool:
    """Ends like a sentence (a full stop, question, exclamation or closing quote; a colon
    announces what follows), before any newsroom initials that close it ("… Saldana. (rsa)")."""
    if ELLIPSIS_END.search(line.text):
        return False  # a teaser cut short
    return bool(SENTENCE_END.search(line.text) or SENTENCE_BEFORE_INITIALS.search(line.text))


def _body_across(keep: list[bool], inputs: list[LineInput], lines: list[Line], index: int, step: int
                 ) -> tuple[bool, int]:
    """Whether the nearest open line in one direction is body, within FURNITURE_GAP rule-removed
    lines, and how many rule-removed lines lie between."""
    removed = pages = 0
    j = index + step
    # A page turn ("Halaman 1 dari 2", "Selanjutnya") says the report goes on: it widens no gap.
    while 0 <= j < len(inputs) and removed - pages <= FURNITURE_GAP:
        if inputs[j].prior == PRIOR_OPEN:
            return keep[j], removed
        if step == 1 and j == index + 1 and lines[j].reason in PICTURE_REASONS:
            return False, removed  # the credit under a picture's caption
        removed += inputs[j].prior == PRIOR_REMOVED
        pages += inputs[j].prior == PRIOR_REMOVED and lines[j].reason == "pagination"
        j += step
    return False, removed


def _neighbour_class(classes: dict[int, str], labels: list[str], index: int, step: int) -> str:
    """Class of the nearest line in one direction that is not short; removed lines count as bad."""
    j = index + step
    while 0 <= j < len(labels):
        if labels[j] == "removed":
            return Bad
        cls = classes.get(j)
        if cls is not None and cls != Short:
            return cls
        j += step
    return Bad


def mark_captions_before_lead(lines: list[Line]) -> None:
    """Body lines above the paragraph that opens with the outlet lead are photo captions.

    Indonesian reports open with "OUTLET, Place -"; whatever the scraper put above
    that lead (and below the headline) is the picture and its caption.
    """
    body = [line for line in lines if line.label == "body"]
    lead_at = next((i for i, line in enumerate(body[:6]) if _has_outlet_lead(line.text)), None)
    for line in body[: lead_at or 0]:
        if len(words_of(line.text)) <= 40:
            line.label, line.reason = "removed", "caption"


def _has_outlet_lead(text: str) -> bool:
    return opens_report(find_lead(text))


def explain_dropped_blocks(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Give HTML blocks the extractor left out a reason from the markers, where one fits; a
    list header ("Terpopuler") passes its reason to the headline-like items under it."""
    list_reason: str | None = None
    for line, feat in zip(lines, feats, strict=True):
        if line.label != "removed" or line.reason != "boilerplate" or line.number is not None:
            list_reason = None
            continue
        hit = match_marker(line.text, feat.words)
        if hit is not None:
            line.reason = hit.reason
            list_reason = hit.reason if hit.header else None
        elif list_reason and (headline_like(line.text, feat) or feat.words <= 3):
            line.reason = list_reason
        elif feat.words < 8:
            line.reason = "navigation"


CLOSING_OUTLET_WORDS = range(2, 5)
_NAME_WORD = re.compile(r"[A-Z][\w'.&-]*")


def mark_closing_outlet(lines: list[Line]) -> None:
    """A dump's last line, under the report's closing sentence, that is only a few capitalised
    words ("Flores Pos Digital") is the outlet signing its report, when no masthead named it:
    no paragraph is a bare name."""
    if any(line.label == "meta" and line.reason == "outlet" for line in lines):
        return
    body = [i for i, line in enumerate(lines) if line.label == "body"]
    if len(body) < 2 or body[-1] != len(lines) - 1 or not SENTENCE_END.search(lines[body[-2]].text):
        return
    last = lines[body[-1]]
    words = last.text.split()
    if len(words) in CLOSING_OUTLET_WORDS and all(_NAME_WORD.fullmatch(word) for word in words):
        last.label, last.reason = "meta", "outlet"


def strip_editor_initials(doc: Doc) -> None:
    """Move trailing initials off the last body line into a removed line of their own."""
    body = [line for line in doc.lines if line.label == "body"]
    if not body:
        return
    last = body[-1]
    match = EDITOR_INITIALS.search(last.text)
    if not match:
        return
    initials = match.group().strip()
    last.text = last.text[: match.start()].rstrip()
    position = doc.lines.index(last)
    doc.lines.insert(position + 1, Line(last.number, initials, "removed", "editor-initials"))
    if not last.text:
        doc.lines.remove(last)


def guess_outlet(doc: Doc) -> str | None:
    """The outlet key as far as cleaning can tell (lead, footer, container), for corpus stages."""
    if doc.hints.outlet:
        return outlet_key(doc.hints.outlet)
    for line in doc.lines:
        if line.label == "body":
            lead = find_lead(line.text)
            if lead and lead.outlet:
                return outlet_key(lead.outlet)
            break
    for line in doc.lines:
        if line.reason == "footer" and (name := footer_outlet(line.text)):
            return outlet_key(name)
    host = doc.html_meta.get("hostname") or doc.hints.url
    return outlet_key(host) if host else None
