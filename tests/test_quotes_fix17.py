"""Quotes, session 17: leftovers of acceptance 13 (a wire dateline, a possessive place before a
role noun, a relative clause before the verb, degrees after a name, a source named by its outlet),
checked on sentences written for these tests (fictional people and bodies)."""

from __future__ import annotations

from tests.quote_reading import only, quotes_of

# --- English: the wire's dateline and the words before "that" -------------------------------


def test_a_wire_dateline_with_its_day_is_no_part_of_the_content() -> None:
    # Before: the comma after the place let "March 3 (Reuters) - The harbour board" pass for a
    # speaker set inside the content, and "a year after it" did the same for "admitted".
    text = ("SURABAYA, March 3 (Reuters) - The harbour board said on Monday that the new marina was ready, "
            "a year after it admitted the old pier could not hold the boats.\n")
    quote = only(quotes_of(text), "marina")
    assert "Reuters" not in quote.text
    assert quote.text.startswith("the new marina was ready")
    assert quote.speaker.description == "The harbour board"


def test_an_adjunct_before_that_is_no_part_of_the_content() -> None:
    text = "The harbour board said on Monday that the new marina was ready for the boats.\n"
    assert only(quotes_of(text), "marina").text == "the new marina was ready for the boats"


# --- English: who spoke ------------------------------------------------------------------------


def test_a_possessive_and_a_role_noun_make_a_description() -> None:
    text = "Malaysia's Youth Games organisers said the new pool would open in May.\n"
    speaker = only(quotes_of(text), "pool").speaker
    assert speaker.name is None
    assert speaker.description == "Malaysia's Youth Games organisers"


def test_a_role_noun_after_a_person_is_not_that_person() -> None:
    text = "Mr. Halvorsen's lawyers said the contract was never signed by their client.\n"
    speaker = only(quotes_of(text), "contract").speaker
    assert speaker.name is None
    assert speaker.description is not None and speaker.description.endswith("lawyers")


def test_a_relative_clause_between_a_quote_and_its_verb_keeps_the_subject() -> None:
    text = ('"We are ready for the first race," Maria Lindqvist, who leads the sailing federation, told '
            "reporters, adding that the boats would arrive next week.\n")
    quotes = quotes_of(text)
    assert only(quotes, "first race").speaker.name == "Maria Lindqvist"
    assert only(quotes, "first race").cue == "told"
    assert only(quotes, "boats").speaker.name == "Maria Lindqvist"


# --- Indonesian: degrees after a name -----------------------------------------------------------


def test_degrees_after_a_name_are_not_the_speaker() -> None:
    for degrees in ("SH, MH", "M.Si", "Sp.KK"):
        # Before: the last degree ("MH", "Sp.KK"), read as a name, was taken for the speaker.
        text = f"Pengacara Hendra Kurniawan, {degrees} mengatakan ada bukti baru dalam perkara itu.\n"
        assert only(quotes_of(text), "bukti").speaker.name == "Hendra Kurniawan", degrees


def test_an_initial_after_a_comma_is_still_a_name() -> None:
    text = "Dosen hukum pidana itu, M. Sjarifuddin mengatakan ada bukti baru dalam perkara itu.\n"
    assert only(quotes_of(text), "bukti").speaker.name == "M. Sjarifuddin"


# --- Indonesian: a source named by where it works -----------------------------------------------


def test_a_source_of_an_outlet_is_an_anonymous_description() -> None:
    for text in ("Klub itu sudah menyiapkan dana besar untuk pemain baru, kata sumber Radio Bola.\n",
                 "Sumber Kabar Bola mengatakan klub itu sudah menyiapkan dana besar untuk pemain baru.\n"):
        speaker = only(quotes_of(text), "dana").speaker
        assert speaker.name is None, text
        assert speaker.description is not None and speaker.description.lower().startswith("sumber "), text


def test_a_source_named_after_a_comma_keeps_the_name() -> None:
    text = "Seorang sumber, Bayu Prasetyo, mengatakan klub itu sudah menyiapkan dana besar.\n"
    assert only(quotes_of(text), "dana").speaker.name == "Bayu Prasetyo"


# --- English: a thing asked for, and the subject of a participle's clause --------------------------

_ENGLISH_OPENING = ("The new harbour in the city will be ready by the end of the year, and it is one of the "
                    "largest in the region.\n\n")


def test_asking_for_a_thing_is_no_quote() -> None:
    text = _ENGLISH_OPENING + "Fishermen who ask for permits to moor their boats will wait until March.\n"
    assert not [q for q in quotes_of(text) if "permits" in q.text]


def test_a_participle_after_an_object_is_said_by_the_clause_subject() -> None:
    text = _ENGLISH_OPENING + ("The port authority has also warned the public against brokers who ask for fees, "
                               "saying all permits are free of charge.\n")
    quote = only(quotes_of(text), "free of charge")
    assert quote.speaker.description == "The port authority"


def test_a_one_word_subject_speaks_through_a_participle() -> None:
    text = _ENGLISH_OPENING + "Residents rejected the plan, saying the new pier was far too small.\n"
    assert only(quotes_of(text), "pier").speaker.description == "Residents"
