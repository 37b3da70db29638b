"""Quotes an English headline carries in its own shapes (title case, no closing period needed).

A headline reports speech with "Says" in title case or with a colon after the speaker's name,
shapes the sentence readers do not take: "Obama Says Museum Will Tell of 'Suffering'", "Clinton
Hid Past Health Problems, Former White House Doctor Says", "Rush Limbaugh: Hillary Asking
Moderator To Fact Check Trump". Only the first line of the text, and only when it stands alone
before a blank line (a title, not a paragraph), is read; the body's own readers are untouched.

A colon reports speech only after a name the entity layer knows as a person or a body ("The
Latest:", "Poll:", "A lesson from X:" name a section or a topic, not a speaker).
"""

from __future__ import annotations

import re

from warta.article.actors import MentionIndex
from warta.article.quotes_layout import Candidate, Speaker

# "X Says Y" / "X Say Y": the speaker's title-case words, then the content.
_SAYS_BEFORE = re.compile(r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})\s+(?P<cue>Says|Say)\s+(?=\S)")
# "Y, X Says.": the content before the last comma, the speaker after it.
_SAYS_AFTER = re.compile(r",\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})\s+(?P<cue>Says|Say)\W*\Z")
# "X: Y": a short name, a colon, the content.
_COLON = re.compile(r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s+(?=\S)")
_EDGE = " .;,\"'“”‘’"
MIN_CONTENT_WORDS = 3
# Words that make the part before a colon a phrase rather than a name.
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "on", "over", "in", "for", "to", "and", "with", "from",
                             "at", "by", "as", "after", "before"})


def headline_candidates(text: str, mentions: MentionIndex) -> list[Candidate]:
    """The quote the headline carries, as a reported-speech candidate, or none."""
    end = text.find("\n")
    if end <= 0 or text[end:end + 2] != "\n\n":
        return []  # a first line that runs on into the body is no headline
    for read in (_says_before, _says_after, _colon):
        found = read(text, end, mentions)
        if found is not None:
            return [found]
    return []


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The content between ``start`` and ``end`` without edge punctuation, if it has words enough."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if len(text[start:end].split()) >= MIN_CONTENT_WORDS else None


def _candidate(content: tuple[int, int] | None, cue: str | None, who: tuple[int, int]) -> Candidate | None:
    if content is None:
        return None
    return Candidate(content[0], content[1], False, cue, Speaker("phrases", who[0], (who,)))


def _says_before(text: str, end: int, mentions: MentionIndex) -> Candidate | None:
    found = _SAYS_BEFORE.match(text, 0, end)
    if found is None:
        return None
    return _candidate(_content(text, found.end(), end), found.group("cue"), found.span("who"))


def _says_after(text: str, end: int, mentions: MentionIndex) -> Candidate | None:
    found = _SAYS_AFTER.search(text, 0, end)
    if found is None:
        return None
    return _candidate(_content(text, 0, found.start()), found.group("cue"), found.span("who"))


def _colon(text: str, end: int, mentions: MentionIndex) -> Candidate | None:
    found = _COLON.match(text, 0, end)
    if found is None:
        return None
    who = found.span("who")
    if any(w.lower() in _FUNCTION_WORDS for w in text[who[0]:who[1]].split()):
        return None  # "The Latest:", "Stealth Over Health:": a section or a pun, whatever the tagger says
    named = [m for m in mentions.within(*who)
             if m.start == who[0] and m.end == who[1] and m.entity.type in {"PERSON", "ORG"}]
    if not named:
        return None
    return _candidate(_content(text, found.end(), end), None, who)
