"""Entity precision in running text: offices, speech verbs, common words and laws are no names;
model spans and rule runs are combined without gluing words to names; the precision bench."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.article.entities import find_article_entities
from warta.article.mentions import find_mentions
from warta.article.model_spans import trim_edges, with_model
from warta.bench import project_root
from warta.bench.entity_precision import (
    GOLD_FILE,
    Judged,
    SystemMention,
    check_offsets,
    load_judgements,
    record_texts,
    score,
)
from warta.models import Entity


@dataclass
class FakeSpan:
    start: int
    end: int
    label: str
    text: str


def span_of(text: str, words: str, label: str) -> FakeSpan:
    start = text.index(words)
    return FakeSpan(start, start + len(words), label, words)


def mention_texts(entities: list[Entity]) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


def rules(text: str) -> list[Entity]:
    return find_article_entities(text, use_model=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('" Belajar yang rajin ya , " Kata Budi Hartono kepada murid itu .', "Budi Hartono"),
        ("Dikatakan Rudi Salim , aturan itu baru berlaku bulan depan .", "Rudi Salim"),
        ("Pernyataan Fahmi Harun memancing reaksi banyak pihak .", "Fahmi Harun"),
        ("Kasus itu diatur dalam surat tentang Pemberhentian Oka Wirasena sebagai ketua .", "Oka Wirasena"),
        ("Polisi memeriksa istri korban . Istri Hendra Gunadi lalu pulang .", "Hendra Gunadi"),
    ],
)
def test_words_glued_before_a_name_are_cut_off(text: str, name: str) -> None:
    found = mention_texts(rules(text))
    assert name in found
    assert not any(t != name and name in t for t in found)


def test_laws_documents_and_unit_acronyms_are_no_names() -> None:
    text = ("Ia didakwa melanggar Pasal 12 UU Nomor 20 Tahun 2001 dan KUHP . Pelaku ditangkap pukul 10.00 WIB "
            "di rumah warga RT 012/RW 001 yang tidak punya NPWP , lalu dibawa ke TKP .")
    assert mention_texts(rules(text)) == set()


def test_an_office_before_a_place_and_a_rank_is_a_role() -> None:
    entities = by_type(rules("Kapolsek Sungai Tiga Ipda Abdul Rahman mengatakan pelaku sudah ditahan ."))
    assert entities["PERSON"] == ["Abdul Rahman"]
    assert entities["LOC"] == ["Sungai Tiga"]
    person = next(e for e in rules("Kapolsek Sungai Tiga Ipda Abdul Rahman mengatakan itu .") if e.type == "PERSON")
    assert person.roles and person.roles[0].startswith("Kapolsek Sungai Tiga")


def test_press_office_and_rank_after_a_comma_belong_to_the_role() -> None:
    text = ("Humas RSUD dr Soetomo , Pesta Parulian , membenarkan kabar itu . Kabid Humas Polda Metro Jaya , "
            "Kombes Argo Hartawan mengatakan hal serupa .")
    people = {e.name: e.roles for e in rules(text) if e.type == "PERSON"}
    assert people == {"Pesta Parulian": ["Humas RSUD dr Soetomo"], "Argo Hartawan": ["Kabid Humas Polda Metro Jaya"]}


def test_initials_after_a_rank_are_people_not_titles_or_countries() -> None:
    entities = rules("Ketiganya adalah Bripka AS ( 33 ) , Bripka DR ( 33 ) dan Bripka DM ( 35 ) .")
    assert {(e.name, e.type) for e in entities} == {("AS", "PERSON"), ("DR", "PERSON"), ("DM", "PERSON")}


def by_type(entities: list[Entity]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for entity in entities:
        out.setdefault(entity.type, []).append(entity.name)
    return out


def test_model_spans_lose_role_and_speech_words_at_their_edges() -> None:
    assert trim_edges(FakeSpan(0, 4, "LOC", "Ipda")) is None
    trimmed = trim_edges(FakeSpan(10, 21, "PERSON", "Kata Djarot"))
    assert trimmed is not None and (trimmed.start, trimmed.end, trimmed.text) == (15, 21, "Djarot")
    kept = FakeSpan(0, 12, "PERSON", "Budi Hartono")
    assert trim_edges(kept) is kept


def test_a_rule_run_gives_way_to_the_model_spans_inside_it() -> None:
    text = "Menurut data itu , Relawan Mandiri Budi Hartono datang ke lokasi ."
    spans = [span_of(text, "Relawan Mandiri", "ORG"), span_of(text, "Budi Hartono", "PERSON")]
    found = with_model(text, find_mentions(text), lambda _: spans)
    assert [(m.text, m.type) for m in found] == [("Relawan Mandiri", "ORG"), ("Budi Hartono", "PERSON")]


def test_a_rule_run_keeps_a_name_the_model_cuts_in_the_middle() -> None:
    text = "Hal itu dikatakan temannya , Ali Makmun Iman ( 35 ) ."
    spans = [span_of(text, "Ali", "PERSON"), span_of(text, "Iman", "PERSON")]
    found = with_model(text, find_mentions(text), lambda _: spans)
    assert "Ali Makmun Iman" in [m.text for m in found]


def test_a_model_span_across_a_title_does_not_overrule_its_country_and_person() -> None:
    text = "Menteri Luar Negeri Turki Mevlut Cavusoglu menegaskan sikap negaranya ."
    spans = [span_of(text, "Negeri Turki Mevlut Cavusoglu", "LOC")]
    found = with_model(text, find_mentions(text), lambda _: spans)
    assert {(m.text, m.type) for m in found} >= {("Turki", "LOC"), ("Mevlut Cavusoglu", "PERSON")}


def test_precision_score_counts_exact_spans_types_and_listed_errors() -> None:
    judged = {"r": [Judged(0, 4, "entity", "PERSON"), Judged(0, 9, "also", "PERSON"), Judged(20, 25, "entity", "*"),
                    Judged(30, 33, "not-entity", ""), Judged(40, 48, "entity", "LOC")]}
    system = {"r": [SystemMention(0, 9, "PERSON"), SystemMention(20, 25, "ORG"), SystemMention(30, 33, "ORG"),
                    SystemMention(50, 52, "ORG")]}
    scores = score(judged, system)
    assert scores["entity_precision"] == 0.5  # 2 of 4 spans accepted
    assert scores["entity_type_precision"] == 0.5  # "*" takes any type
    assert scores["entity_recall"] == round(2 / 3, 4)  # the "also" span finds the first name
    assert scores["entity_errors_left"] == 1


@needs_shared_data
def test_precision_gold_matches_the_indosum_texts(tmp_path: Path) -> None:
    path = project_root() / GOLD_FILE
    judged = load_judgements(path)
    texts = record_texts(SHARED_DATA, judged)
    check_offsets(path, texts)  # raises on any drift between the gold and the data
    assert len(texts) == 21
    broken = tmp_path / "mentions.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(lines) if line.split("\t")[3:4] == ["entity"])
    cells = lines[row].split("\t")
    cells[5] = cells[5] + "x"
    lines[row] = "\t".join(cells)
    broken.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ValueError, match="gold says"):
        check_offsets(broken, texts)


def test_titles_of_laws_are_no_names_but_places_in_them_stay() -> None:
    text = ("Ia dijerat UU Nomor 20 Tahun 2001 tentang Pemberantasan Tindak Pidana Korupsi dan "
            "Kitab Undang - undang Hukum Acara Pidana . Tim itu tiba di Padang .")
    assert mention_texts(rules(text)) == {"Padang"}


def test_an_acronym_defines_only_a_name_it_can_stand_for() -> None:
    text = "Undang-undang Perlindungan Pekerja Migran Indonesia ( PPMI ) disahkan . Komisi Anti Suap ( KAS ) menolak ."
    entities = {e.name: texts_of(e) for e in rules(text)}
    assert "PPMI" not in entities.get("Indonesia", [])
    assert entities["Komisi Anti Suap"] == ["Komisi Anti Suap", "KAS"]


def texts_of(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_units_runs_and_bare_heads() -> None:
    text = ("Polisi berkoordinasi dengan Reskrim Polres Lhokseumawe . Hal itu dibahas komisi III DPR . "
            "Dewan etik lalu bersidang .")
    found = mention_texts(rules(text))
    assert "Reskrim Polres Lhokseumawe" in found
    assert not {"III", "Dewan"} & found


def test_acronyms_of_documents_and_names_of_things_are_no_names() -> None:
    text = ("Hanya 592 wajib pajak melaporkan Surat Pemberitahuan ( SPT ) . Indeks Hang Seng di Hong Kong turun , "
            "lalu penari membawakan Tari Saman di depan para PKL .")
    assert mention_texts(rules(text)) == {"Hong Kong"}


def test_a_rule_run_keeps_a_first_name_the_model_leaves_out() -> None:
    text = "Ia ditemani istrinya , Sanya Dewi , ke pasar ."
    found = with_model(text, find_mentions(text), lambda _: [span_of(text, "Dewi", "PERSON")])
    assert [m.text for m in found] == ["Sanya Dewi"]


def test_one_word_names_written_alike_are_one_entity() -> None:
    text = "Agnes duduk di kursi . Djarot menyapa Agnes . Ibu Agnes tersenyum ."
    agnes = [e for e in rules(text) if e.name == "Agnes"]
    assert len(agnes) == 1 and len(agnes[0].mentions) == 3


def test_a_speech_verb_beside_a_name_outweighs_the_models_organisation_type() -> None:
    text = '" Kami siap , " kata Agnes kepada wartawan .'
    found = with_model(text, find_mentions(text), lambda _: [span_of(text, "Agnes", "ORG")])
    assert [(m.text, m.before) for m in found] == [("Agnes", "kata")]
    entities = find_article_entities(text, use_model=False)
    assert [(e.name, e.type) for e in entities] == [("Agnes", "PERSON")]


def test_a_thing_noun_ending_the_sentence_before_does_not_touch_the_next_name() -> None:
    text = "Mereka menonton film .\n\nKonsulat Jenderal Toronto menyambut baik pemutaran itu ."
    assert "Konsulat Jenderal Toronto" in mention_texts(rules(text))


def test_a_place_named_like_a_derived_word_stays_after_a_preposition() -> None:
    text = "Banjir melanda rumah warga di Kemayoran , Jakarta Pusat ."
    assert "Kemayoran" in mention_texts(rules(text))


def test_gabungan_opens_an_organisation_but_is_none_alone() -> None:
    text = "Kasus itu diselidiki . Gabungan Pengusaha Konstruksi menolak . Gabungan mahasiswa berdemo ."
    assert mention_texts(rules(text)) == {"Gabungan Pengusaha Konstruksi"}


def test_an_unknown_acronym_after_a_title_is_the_posts_body_not_a_person() -> None:
    people = {e.name for e in rules("Saat itu ia menjabat Gubernur DKI , lalu Wapres JK datang .") if e.type == "PERSON"}
    assert people == {"JK"}


@pytest.mark.parametrize("use_model", [False, True])
def test_a_brand_shaped_word_after_a_title_is_the_post_s_body_not_the_name(use_model: bool) -> None:
    text = ("CEO SkyNusa Rudi Hartawan menyatakan pihaknya terus memantau. SkyNusa menyebut pesawat "
            "hilang kontak pukul 07.24 WIB. Hartawan tiba di Surabaya siang harinya.")
    entities = find_article_entities(text, "a1", use_model=use_model)
    people = [e for e in entities if e.type == "PERSON"]
    assert [p.name for p in people] == ["Rudi Hartawan"]
    assert "SkyNusa" not in mention_texts(people)  # the company is never a mention of its chief
    assert any(e.name == "SkyNusa" and e.type == "ORG" for e in entities)


def test_names_written_with_an_inner_capital_stay_names() -> None:
    text = "Gubernur DeMarco Luis Santos meninjau banjir. Santos meminta warga mengungsi."
    people = [e.name for e in rules(text) if e.type == "PERSON"]
    assert "DeMarco Luis Santos" in people
