"""Entity defects found by reading real news end to end: codes, scores, initials, headings and
common words taken for names, clubs and competitions taken for people.

The model is replaced by a fixed list of spans where its reading matters, so each test states
what the model saw; the sentences are written for these tests.
"""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.models import Entity

from .fake_ner import Span, mention_types, model_seeing, types_of_mentions


def model_of(*seen: tuple[str, str]) -> object:
    return model_seeing(seen)


def typed(entities: list[Entity]) -> dict[str, str]:
    return types_of_mentions(entities)


def with_model(text: str, *seen: tuple[str, str]) -> dict[str, str]:
    return mention_types(text, seen)


def rules_only(text: str) -> dict[str, str]:
    return typed(find_article_entities(text, use_model=False))


def test_the_capitals_of_a_letter_number_are_no_names() -> None:
    text = "Kuasa diberikan lewat surat bernomor 021/AB-KL.MN / PDT-IX / V/2023 kepada Rudi Hartono."
    found = rules_only(text)
    assert not {"AB", "KL.MN", "PDT", "IX", "V"} & set(found)
    assert found["Rudi Hartono"] == "PERSON"


def test_a_slash_between_names_without_digits_is_no_number() -> None:
    found = rules_only("Banjir melanda jalur Jawa/Bali pekan ini, kata Rudi Hartono.")
    assert {"Jawa", "Bali"} <= set(found)


def test_a_match_score_is_cut_off_a_model_span() -> None:
    text = "Persija sukses mengalahkan Arema 3-2 di Stadion Utama."
    found = with_model(text, ("Persija", "ORG"), ("Arema 3-2", "ORG"))
    assert found.get("Arema") == "ORG"
    assert "Arema 3-2" not in found


def test_an_initial_before_a_known_person_belongs_to_the_name() -> None:
    found = rules_only("Wakil Presiden M Jusuf Kalla meminta kasus itu dituntaskan.")
    assert "M" not in found
    assert found["M Jusuf Kalla"] == "PERSON"
    entity = next(e for e in find_article_entities("Wakil Presiden M Jusuf Kalla tiba.", use_model=False)
                  if e.type == "PERSON")
    assert entity.roles == ["Wakil Presiden"]


def test_a_name_run_stops_at_a_paragraph_break() -> None:
    text = "Daftar juara tertua ada di bawah ini.\n\nJuara Piala Nusantara Tertua\n\nAndi Wijaya: Persib 2-1 Persija"
    found = with_model(text, ("Andi Wijaya", "PERSON"))
    assert found.get("Andi Wijaya") == "PERSON"
    assert not any("\n" in words for words in found)


def test_a_model_span_across_lines_gives_no_glued_name() -> None:
    text = "Pemain Terbaik Musim Ini\nRudi Hartono mencetak dua gol bagi Persib."
    found = with_model(text, ("Musim Ini\nRudi Hartono", "PERSON"), ("Persib", "ORG"))
    assert not any("\n" in words for words in found)
    assert found.get("Rudi Hartono") == "PERSON"


def test_a_reduplicated_word_does_not_open_a_name() -> None:
    found = rules_only("Gol-gol Rudi Hartono dan Budi Santoso membawa Persib menang. Rudi Hartono senang.")
    assert "Gol-gol Rudi Hartono" not in found
    assert "Rudi Hartono" in found


def test_common_words_the_model_reads_as_places_are_no_names() -> None:
    text = "Kami gagal memanfaatkan peluang di lapangan. Sungguh mengecewakan. Itu teguran Tuhan bagi kami."
    found = with_model(text, ("Sungguh", "LOC"), ("Tuhan", "LOC"))
    assert "Sungguh" not in found
    assert "Tuhan" not in found


def test_a_competition_and_a_club_the_model_reads_as_people() -> None:
    text = "Di final Liga Champions, Juventus menghadapi Borussia Dortmund di Munich."
    found = with_model(text, ("Liga Champions", "PERSON"), ("Juventus", "ORG"),
                       ("Borussia Dortmund", "PERSON"))
    assert found["Liga Champions"] == "EVENT"
    assert found["Borussia Dortmund"] == "ORG"


def test_split_at_lines_keeps_offsets_of_each_line() -> None:
    from warta.article.model_spans import split_at_lines

    text = "Juara Musim Ini\n\nRudi Hartono"
    pieces = split_at_lines(Span(6, len(text), "PERSON", text[6:]))
    assert [(p.text, text[p.start:p.end]) for p in pieces] == [("Musim Ini", "Musim Ini"),
                                                               ("Rudi Hartono", "Rudi Hartono")]


def test_the_place_of_a_post_is_cut_off_the_titled_name_when_named_elsewhere() -> None:
    text = "Pemimpin Tirtania Rudi Hartono menolak tuntutan itu. Parlemen Tirtania mendukung Rudi Hartono."
    found = find_article_entities(text, find=model_of(  # type: ignore[arg-type]
        ("Rudi Hartono", "PERSON"), ("Tirtania", "LOC")))
    person = next(e for e in found if e.type == "PERSON")
    assert {m.text for m in person.mentions} == {"Rudi Hartono"}
    assert person.roles == ["Pemimpin Tirtania"]


def test_a_titled_name_the_model_reads_shorter_stays_whole_without_other_evidence() -> None:
    text = "Presiden Susilo Bambang Yudhoyono tiba di Bandung."
    found = with_model(text, ("Bambang Yudhoyono", "PERSON"), ("Bandung", "LOC"))
    assert "Susilo Bambang Yudhoyono" in found


def test_a_name_with_particles_is_one_name_though_it_opens_with_a_place() -> None:
    text = "Kiper tertua adalah Edwin van der Sar. Rudi kini kiper tertua kedua setelah Van der Sar."
    found = with_model(text, ("Edwin", "PERSON"), ("Van der Sar", "PERSON"))
    assert found.get("Edwin van der Sar") == "PERSON"
    assert found.get("Van der Sar") == "PERSON"
    assert "Van" not in found


def test_a_verb_in_a_headline_is_no_name_but_a_place_that_looks_derived_is() -> None:
    text = "Citra Partai Tercoreng\n\nWarga Mentawai dan Salakan menilai citra partai rusak."
    found = with_model(text, ("Tercoreng", "PERSON"), ("Mentawai", "LOC"), ("Salakan", "LOC"))
    assert "Tercoreng" not in found
    assert found.get("Salakan") == "LOC"


def test_dropping_a_code_keeps_acronym_links_on_their_own_names() -> None:
    text = ("Surat bernomor 12/AB-CD / PID / X/2023 itu dikirim pekan lalu. Ketua Umum Partai Karya "
            "Bangsa (PKB) Rudi Hartono melaporkan kader Partai Nusa Raya (PNR) Sinta Maharani ke polisi.")
    found = find_article_entities(text, use_model=False)
    person = next(e for e in found if any(m.text == "Sinta Maharani" for m in e.mentions))
    assert person.type == "PERSON"
    assert {m.text for m in person.mentions} == {"Sinta Maharani"}


def test_a_name_right_after_di_is_a_place_though_the_model_reads_a_person() -> None:
    text = "Kecelakaan itu mirip yang dialami Rudi Hartono di Sentulia pada 2015. Kini Rudi Hartono pulih."
    found = with_model(text, ("Rudi Hartono", "PERSON"), ("Sentulia", "PERSON"))
    assert found["Sentulia"] == "LOC"
    assert found["Rudi Hartono"] == "PERSON"
