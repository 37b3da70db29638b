"""Whether a stance's own words are about an event told before (acceptance run 10, L7).

A stance with no clause of its own ("membantah tuduhan itu") is about the event told just before.
One whose object says what is denied ("Kuasa hukum X membantah kliennya lalai") is about that: it
takes the earlier event only when its words are that event's words ("membantah menerima suap" after
"KPK menduga Budi menerima suap"); otherwise denying negligence would deny the police's questioning
told the sentence before.

Public API::

    object_words(tokens, cue, stop) -> list[str]
    told_in(words, sentence) -> bool
"""

from __future__ import annotations

from warta.article.event_lexicon import Token, word_set
from warta.article.event_trigger_model import root_of
from warta.article.stance_cues import Cue
from warta.article.stance_holders import passive_cue

# Words of an object that name nothing of their own: they point back, name a report, or only
# grade, place or tie the words around them. An object holding one of the first two points back.
_POINTERS = word_set("""
itu tersebut ini hal demikian begitu kabar laporan isu rumor tuduhan tudingan berita informasi klaim
anggapan pemberitaan spekulasi sangkaan dakwaan that this these those it report reports claims allegations
""")
_FILLERS = word_set("""
keras tegas mentah-mentah semua seluruh segala telah sudah tidak tak pernah akan sedang masih bahwa yang
dan serta atau kepada dengan di ke dari pada oleh untuk soal tentang mengenai terkait adanya ada
dia ia mereka kami kita pihaknya dirinya the a an any all of to by and or has have had not never
""")
_CLITICS = ("nya", "ku", "mu")
_SHORT_WORD = 4  # a word this short is matched only whole


def object_words(tokens: list[Token], cue: Cue, stop: int) -> list[str]:
    """The content words of the cue's object, up to the clause's end or ``stop``; empty when the
    object points back at something told before or has no words of its own. A passive cue's words
    after it are its agent ("… dibenarkan oleh hakim"), not what it judges."""
    if passive_cue(tokens, cue):
        return []
    words: list[str] = []
    for token in tokens[cue.end:stop]:
        if not token.is_word:
            break
        if token.low in _POINTERS:
            return []
        if token.low not in _FILLERS:
            words.append(_without_clitic(token.low))
    return words


def told_in(words: list[str], sentence: str) -> bool:
    """Whether one of ``words`` stands in ``sentence``, in the same form or another ("terlibat" in
    "keterlibatannya", "suap" in "menyuap"): two forms are one word when PySastrawi gives them one
    root."""
    told = {root_of(_without_clitic(w)) for w in sentence.lower().split()}
    return any(root_of(word) in told for word in words)


def _without_clitic(word: str) -> str:
    word = word.strip(".,;:!?\"'()“”")
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= _SHORT_WORD:
            return word[:-len(clitic)]
    return word
