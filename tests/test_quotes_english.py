"""English reported speech (PolNeAR-style news): cues, spans and speakers, on sentences written here."""

from __future__ import annotations

import pytest

from tests.quote_reading import only, quotes_of
from warta.article.speechcues import speech_cues


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Mary Holt acknowledged that the budget office had underestimated the cost of the plan.",
     "the budget office had underestimated the cost of the plan"),
    ("A new survey by the Marist Institute shows that most voters in Ohio distrust both candidates.",
     "most voters in Ohio distrust both candidates"),
    ("Governor Paul Renner suggested that the state would sue the federal government over the rule.",
     "the state would sue the federal government over the rule"),
    ("The mayor, Anna Kowal, pointed out that the city had balanced its budget for six years.",
     "the city had balanced its budget for six years"),
])
def test_english_cue_verbs_report_that_clauses(text: str, content: str) -> None:
    quote = only(quotes_of(text), content)
    assert quote.text.strip(" .") == content
    assert not quote.direct


def test_english_participle_cue_after_a_main_clause() -> None:
    text = ("Representative Tom Hale voted against the bill on Tuesday, saying the new tax would hurt "
            "small farms in his district.")
    quote = only(quotes_of(text), "the new tax would hurt")
    assert quote.cue is not None and quote.cue.casefold() == "saying"


def test_ambiguous_english_verbs_need_that() -> None:
    # "found" and "shows" report only with a clause marker: a found object is no speech.
    assert quotes_of("Police found the stolen car near the river on Sunday morning.") == []
    found = speech_cues().at("found")
    assert found is not None and not found.bare
