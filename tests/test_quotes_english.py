"""English reported speech (PolNeAR-style news): cues, spans and speakers, on sentences written here."""

from __future__ import annotations

import pytest

from tests.quote_reading import only, quotes_of
from warta.article.quotes_english import english_text
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


def test_english_text_is_told_from_indonesian() -> None:
    assert english_text("The senator said on Monday that the bill would pass before the end of the year, "
                        "and his aides were sure of it.")
    assert not english_text("Gubernur mengatakan bahwa jalan itu akan selesai dibangun pada akhir tahun ini, "
                            "dan warga di desa itu menyambutnya dengan gembira.")


def test_partial_quote_widens_to_the_reported_clause() -> None:
    text = ("The rule was published on Monday. Senator Ruth Adler said that the new rule was “a gift to "
            "polluters” and would be challenged in court. It is the third rule of the year.")
    quote = only(quotes_of(text), "gift")
    assert quote.text == "the new rule was “a gift to polluters” and would be challenged in court"


def test_content_before_the_cue_starts_the_sentence() -> None:
    text = ("The count is close. With the vote only a week away, “nothing is settled yet,” Ruth Adler said. "
            "She is the head of the state party and has led it for six years.")
    quote = only(quotes_of(text), "nothing is settled")
    assert quote.text.startswith("With the vote only a week away")


def test_cue_inside_the_sentence_takes_both_sides() -> None:
    text = ("The new bridge, Mayor Anna Kowal said, would open to traffic in the spring. It is the first "
            "bridge that the city has built in twenty years, and it was paid for by the state.")
    quote = only(quotes_of(text), "would open")
    assert quote.text.startswith("The new bridge") and quote.text.endswith("in the spring")


def test_two_pieces_of_one_quote_are_joined() -> None:
    text = ("The count ended on Friday and the results were posted by the county.\n\n"
            "“We counted every ballot,” Ms. Adler said. “Nobody was turned away.”")
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("We counted") and quotes[0].text.endswith("turned away.")
    assert quotes[0].cue == "said"


def test_a_title_with_a_full_stop_keeps_the_cue() -> None:
    text = ("The plan was voted down by the board and the vote was not close.\n\n"
            "“The plan is dead,” Mr. Harlan said on Friday.")
    quote = only(quotes_of(text), "The plan is dead")
    assert quote.cue == "said"
    assert "Harlan" in (quote.speaker.name or quote.speaker.description or "")


def test_a_direct_quote_after_a_comma_stays_as_marked() -> None:
    text = ("The budget is due in May and it has to be passed by the state house.\n\n"
            "Speaking in Denver on Monday, the governor said, “We will not raise taxes this year.”")
    quote = only(quotes_of(text), "We will not raise")
    assert quote.text == "We will not raise taxes this year."


def test_indonesian_quotes_are_left_as_marked() -> None:
    text = "“Jalan itu akan selesai tahun ini,” kata Gubernur Anwar Hadi di Bandung, Senin. “Kami sudah siap.”"
    texts = [q.text for q in quotes_of(text)]
    assert "Jalan itu akan selesai tahun ini" in texts


def test_a_quoted_phrase_inside_reported_speech_keeps_the_clause() -> None:
    text = ("The council met late on Tuesday and the vote was put off again.\n\n"
            "A tenant who “misses one payment” loses the flat, Councillor Vera Lind said. She wants it changed.")
    quote = only(quotes_of(text), "misses one payment")
    assert quote.text.startswith("A tenant who") and quote.text.endswith("loses the flat")
    assert not quote.direct


@pytest.mark.parametrize(("text", "content"), [
    ("Mr. Harlan believes that the board will approve the plan before the summer.",
     "the board will approve the plan before the summer"),
    ("The treasurer conceded that the fund had lost money in each of the last three years.",
     "the fund had lost money in each of the last three years"),
    ("Dr. Ines Park predicted that the drought would last into the next spring.",
     "the drought would last into the next spring"),
])
def test_verbs_of_belief_and_prediction_report_that_clauses(text: str, content: str) -> None:
    filler = "The meeting ran for three hours and it was the last one of the year. "
    quote = only(quotes_of(filler + text), content)
    assert quote.text.strip(" .") == content


@pytest.mark.parametrize(("text", "cue"), [
    ("he pointed   out that", "pointed   out"),
    ("and, according to the mayor", "according to"),
    ("she was quoted as saying", "was quoted as saying"),
    ("Ia mengatakan bahwa", "mengatakan"),
])
def test_cue_regex_takes_the_longest_cue_at_a_position(text: str, cue: str) -> None:
    found = speech_cues().regex.search(text)
    assert found is not None and found.group() == cue


def test_cue_regex_takes_whole_words_only() -> None:
    assert speech_cues().regex.search("the sayings of the warned-off saidx") is None


@pytest.mark.parametrize(("text", "content"), [
    ("Governor Paul Renner vowed to veto any bill that raises the sales tax.",
     "to veto any bill that raises the sales tax"),
    ("Senator Ruth Adler urged the voters of her state to turn out early.",
     "the voters of her state to turn out early"),
    ("The water board announced it would raise the price of water in March.",
     "it would raise the price of water in March"),
])
def test_english_content_without_that(text: str, content: str) -> None:
    filler = "The session ended late on Thursday and the house went home for the summer. "
    quote = only(quotes_of(filler + text), content)
    assert quote.text.strip(" .") == content


def test_an_object_alone_after_a_marked_verb_is_no_content() -> None:
    text = ("The session ended late on Thursday and the house went home for the summer. "
            "The senator acknowledged the problem in a short statement.")
    assert quotes_of(text) == []


def test_participle_cue_after_a_quote_keeps_both_attributions() -> None:
    text = ("The talks ended late and nothing was agreed by the two sides.\n\n"
            "“We have done all we can this week,” Tom Hale said, adding that “the rest is up to them.” "
            "The crowd cheered.")
    quotes = quotes_of(text)
    first, second = only(quotes, "We have done"), only(quotes, "the rest is up to them")
    assert first.text == "We have done all we can this week" and first.cue == "said"
    assert second.cue == "adding" and second.speaker == first.speaker


def test_reported_content_ends_before_a_clause_of_the_writer() -> None:
    text = ("The talks ended late and nothing was agreed by the two sides.\n\n"
            "Tom Hale said the deal was still possible, but the other side has not replied to him yet.")
    quote = only(quotes_of(text), "the deal was still possible")
    assert quote.text == "the deal was still possible"


@pytest.mark.parametrize("text", [
    "The mine will reopen in the spring once the market recovers, said Carl Ober, the head of the union.",
    "“It is a sad day for the town,” Ms. Adler said on the radio show of the local station.",
])
def test_the_speaker_or_an_adjunct_after_a_verb_is_no_content(text: str) -> None:
    filler = "The council met late on Thursday and the vote was put off again. "
    texts = [q.text for q in quotes_of(filler + text)]
    assert not any(t.startswith(("Carl Ober", "on the radio")) for t in texts), texts


def test_a_clause_after_an_appositive_and_said_is_content() -> None:
    text = ("The council met late on Thursday and the vote was put off again.\n\n"
            "Carl Ober, a spokesman for the union, said the members expected the mine to reopen in May.")
    quote = only(quotes_of(text), "the members expected")
    assert quote.text == "the members expected the mine to reopen in May"


def test_inverted_said_after_reported_content() -> None:
    text = ("The council met late on Thursday and the vote was put off again.\n\n"
            "The mine will reopen in the spring once the market recovers, said Carl Ober, the head of the union. "
            "He did not give a date.")
    quote = only(quotes_of(text), "The mine will reopen")
    assert quote.text == "The mine will reopen in the spring once the market recovers"
    assert "Ober" in (quote.speaker.name or quote.speaker.description or "")


def test_a_participle_cue_speaks_for_the_main_clause_subject() -> None:
    text = ("The council met late on Thursday and the vote was put off again.\n\n"
            "Carl Ober walked out of the hall before the end of the debate, saying the plan would close the mine.")
    quote = only(quotes_of(text), "the plan would close the mine")
    assert "Ober" in (quote.speaker.name or quote.speaker.description or "")


def test_a_quote_left_open_goes_on_in_the_next_paragraph() -> None:
    text = ("The county paper reported on the count in its Sunday edition:\n\n"
            "“The count was slow but it was fair, and no one was turned away from the polls.\n\n"
            "“The results will be posted by the county clerk on Monday morning.”\n\n"
            "The clerk did not reply to a request for comment.")
    quotes = quotes_of(text)
    assert len(quotes) == 1, [q.text for q in quotes]
    assert quotes[0].text.startswith("The count was slow") and "Monday morning" in quotes[0].text


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Ruth Adler called the new rule “a gift to polluters” in a speech.", "the new rule “a gift to polluters”"),
    ("The mayor called for a full audit of the water board.", "a full audit of the water board"),
])
def test_calling_names_and_calling_for(text: str, content: str) -> None:
    filler = "The session ended late on Thursday and the house went home for the summer. "
    quote = only(quotes_of(filler + text), content)
    assert quote.text.startswith(content)


def test_citing_and_accusing_report_what_was_said() -> None:
    text = ("The session ended late on Thursday and the house went home for the summer. "
            "Senator Ruth Adler accused the governor of hiding the cost of the new prison.")
    quote = only(quotes_of(text), "the governor of hiding")
    assert quote.cue == "accused"


def test_verbs_of_judging_are_no_speech_cues() -> None:
    # "criticized X" names what was judged, not what was said (as Indonesian "mengkritik").
    assert speech_cues().at("criticized") is None and speech_cues().at("praised") is None


def test_a_quote_split_by_its_cue_inside_one_sentence_is_one_quote() -> None:
    text = ("The talks ended late and nothing was agreed by the two sides.\n\n"
            "“If the mine closes,” Carl Ober said, “the town will lose a third of its jobs.” The crowd was quiet.")
    quotes = quotes_of(text)
    assert len(quotes) == 1, [q.text for q in quotes]
    assert quotes[0].text.startswith("If the mine closes") and quotes[0].text.endswith("third of its jobs")


def test_a_cue_with_an_adjunct_inside_the_sentence_takes_both_sides() -> None:
    text = ("The council met late on Thursday and the vote was put off again.\n\n"
            "Acts of protest, “like a sit-in at a lunch counter,” Anna Kowal said on Friday, are acts of "
            "patriotism. It was her last speech.")
    quote = only(quotes_of(text), "lunch counter")
    assert quote.text.startswith("Acts of protest") and quote.text.endswith("acts of patriotism")


def test_asked_not_to_be_named_reports_nothing() -> None:
    text = ("The ward was closed on Sunday and the patients were sent home.\n\n"
            "A senior nurse, who asked not to be named, said the isolation ward was full.")
    assert not any(q.text.startswith("not to be named") for q in quotes_of(text))
