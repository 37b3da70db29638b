"""In-article coreference choices that the first-letter index (coref.py) must keep."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.models import Entity


def _groups(text: str) -> list[list[str]]:
    return [[m.text for m in e.mentions] for e in find_article_entities(text, use_model=False)]


def _holding(entities: list[Entity], mention_start: int) -> Entity:
    return next(e for e in entities if any(m.start == mention_start for m in e.mentions))


def test_surname_joins_the_nearest_full_name_before_it() -> None:
    text = ("Pagi itu petani Budi Santoso menanam padi. Sore itu nelayan Agus Santoso melaut. "
            "Santoso mengaku lelah.")
    entities = find_article_entities(text, use_model=False)
    surname = _holding(entities, text.rindex("Santoso"))
    assert surname.name == "Agus Santoso"


def test_surname_before_any_full_name_joins_the_first_after_it() -> None:
    text = "Santoso tiba pagi. Pagi itu petani Budi Santoso menanam padi. Sore itu nelayan Agus Santoso melaut."
    entities = find_article_entities(text, use_model=False)
    assert _holding(entities, 0).name == "Budi Santoso"


def test_last_name_beats_a_given_name_that_matches() -> None:
    text = "Dosen Widodo Sutrisno hadir. Petani Joko Widodo juga hadir. Widodo tersenyum."
    entities = find_article_entities(text, use_model=False)
    assert _holding(entities, text.rindex("Widodo")).name == "Joko Widodo"


def test_given_name_joins_when_no_last_name_matches() -> None:
    text = "Dosen Widodo Sutrisno hadir. Widodo tersenyum."
    entities = find_article_entities(text, use_model=False)
    assert _holding(entities, text.rindex("Widodo")).name == "Widodo Sutrisno"


def test_typo_and_transliteration_still_find_their_full_name() -> None:
    text = ("Wartawan Khalid Mansour menulis laporan. Halid mengirimnya. "
            "Pelukis Volodymyr Zelensky hadir. Zelesnky tersenyum.")
    groups = _groups(text)
    assert ["Khalid Mansour", "Halid"] in groups
    assert ["Volodymyr Zelensky", "Zelesnky"] in groups


def test_full_names_join_only_when_they_can_be_one_person() -> None:
    text = ("Sergey Ivanov datang. Sergei Ivanov pulang. Dmitri Ivanov menunggu. "
            "Serhiy Petrov diam.")
    groups = _groups(text)
    assert ["Sergey Ivanov", "Sergei Ivanov"] in groups
    assert ["Dmitri Ivanov"] in groups
