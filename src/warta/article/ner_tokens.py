"""spaCy's tokenisation of a line of text, without running spaCy's tokenizer on every word.

The NER model reads spaCy's tokens, so its input must stay exactly what spaCy's tokenizer
makes. That tokenizer cuts text at single spaces, then splits each piece by its prefix,
suffix, infix and special-case rules, independently of the pieces around it; it also runs a
phrase matcher over every text for special cases, which makes it about a tenth of the
entity stage's time. Here a piece made only of letters (most words: no rule splits it) is
one token as it stands, and any other piece ("Jakarta,", "Rp10.000", "(BNN)") is split by
spaCy's own tokenizer once per distinct piece and remembered, with the norm a special case
gives a token ("Jan." → "Januari"). A line with any whitespace
but single spaces between pieces (tabs, no-break spaces, runs of spaces) goes to spaCy's
tokenizer whole, so the tokens, and the model's answers, are spaCy's in every case.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Distinct non-letter pieces remembered per tokenizer: enough for the punctuated words and
# numbers that recur in news (a piece and a tuple of a few strings each: a few MB at most).
MAX_REMEMBERED = 50_000
_OTHER_WHITESPACE = re.compile(r"[^\S ]| {2}")


# A piece's tokens: their texts, and the norm of each token whose special case sets one
# ("Jan." → "Januari"); the model reads norms, and a Doc made from words alone would
# give those tokens their word's own norm.
Pieces = tuple[tuple[str, ...], tuple[tuple[int, str], ...]]


class LineTokenizer:
    """``nlp.make_doc`` for one line, with the same tokens, faster (see the module doc)."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._pieces: dict[str, Pieces] = {}
        self._lock = threading.Lock()  # the web API runs articles in threads

    def __call__(self, line: str) -> Doc:
        return self.with_words(line)[0]

    def with_words(self, line: str) -> tuple[Doc, list[str]]:
        """The line's Doc and its tokens' texts: the CRF beside the model reads the texts, and a list
        made here costs a fraction of reading them back from the Doc token by token."""
        from spacy.tokens import Doc

        if not line or line[0] == " " or line[-1] == " " or _OTHER_WHITESPACE.search(line):
            doc = self._nlp.make_doc(line)
            return doc, [token.text for token in doc]
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[tuple[int, str]] = []
        for piece in line.split(" "):
            if piece.isalpha():
                words.append(piece)
                spaces.append(True)
                continue
            parts, special = self._split(piece)
            norms.extend((len(words) + i, norm) for i, norm in special)
            words.extend(parts)
            spaces.extend([False] * (len(parts) - 1))
            spaces.append(True)
        spaces[-1] = False
        doc = Doc(self._nlp.vocab, words=words, spaces=spaces)
        for i, norm in norms:
            doc[i].norm_ = norm
        return doc, words

    def _split(self, piece: str) -> Pieces:
        found = self._pieces.get(piece)
        if found is None:
            tokens = list(self._nlp.tokenizer(piece))
            special = tuple((i, t.norm_) for i, t in enumerate(tokens) if t.norm != t.lex.norm)
            found = tuple(t.text for t in tokens), special
            with self._lock:
                if len(self._pieces) < MAX_REMEMBERED:
                    self._pieces[piece] = found
        return found
