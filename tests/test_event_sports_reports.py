"""Game reports in English and motor racing: their 'shots' and 'attacks' are play, not violence
(`event_filters.sports_report`); a report of real violence keeps its assault."""

from __future__ import annotations

from tests.event_coding import code, of_type

_HOCKEY = (
    "Pittsburgh's goalie made 31 saves as the Penguins beat Boston 4-2. The coach said the team "
    "scored twice in the third. Crosby shot the puck past the goaltender, and his teammates attacked "
    "the net all night before the playoffs."
)
_RACE = (
    "Pebalap Ducati Jorge Lorenzo menyerang Marc Marquez di tikungan terakhir sirkuit Sepang. "
    "Balapan MotoGP itu ditutup dengan Lorenzo finis ketiga dan naik podium."
)
_WAR = (
    "Russian forces attacked the city of Kharkiv on Monday, officials said. The coach station was "
    "shelled and a goal of the offensive, the governor said, was to cut the road."
)


def test_english_game_report_codes_no_assault() -> None:
    assert of_type(code(_HOCKEY, "en"), "ASSAULT") == []


def test_motor_race_report_codes_no_assault() -> None:
    assert of_type(code(_RACE), "ASSAULT") == []


def test_war_report_with_two_game_words_keeps_its_assault() -> None:
    assert of_type(code(_WAR, "en"), "ASSAULT") != []
