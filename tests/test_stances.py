"""Stances: cue kinds, holders, claims linked to events, verdicts and event status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.stance_reading import read
from warta.api import analyze
from warta.article.entities import find_article_entities
from warta.article.event_lexicon import tokenize
from warta.article.events import find_events
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.article.stances import find_claims, find_cues, verdict_of


def stances_in(sentence: str) -> list[str]:
    return [cue.stance for cue in find_cues(tokenize(sentence))]


@pytest.mark.parametrize(("sentence", "stance"), [
    ("Kremlin mengonfirmasi pertemuan itu.", "confirms"),
    ("Kremlin mengkonfirmasi pertemuan itu.", "confirms"),
    ("Gedung Putih membenarkan kabar tersebut.", "confirms"),
    ("Pertemuan itu benar-benar terjadi.", "confirms"),
    ("Kementerian membantah laporan itu.", "denies"),
    ("Ia menyangkal semua tuduhan.", "denies"),
    ("Kabar itu tidak benar.", "denies"),
    ("Polisi menyebut unggahan itu hoaks.", "denies"),
    ("Partai tidak menyetujui keputusan itu.", "disputes"),
    ("Ketua umum tidak merestui koalisi itu.", "disputes"),
    ("Oposisi mempertanyakan hasil penghitungan.", "disputes"),
    ("Juru bicara itu menolak berkomentar.", "declines"),
    ("Menteri menolak mengomentari laporan itu.", "declines"),
    ("Kedutaan enggan berkomentar.", "declines"),
    ("Kepolisian tidak mau berkomentar.", "declines"),
    ("Pemerintah tidak mengkonfirmasi apakah pertemuan digelar.", "does-not-confirm"),
    ("Turki belum mengonfirmasi pertemuan itu.", "does-not-confirm"),
    ("Rusia mengklaim pasukannya menguasai kota itu.", "asserts"),
])
def test_cue_kinds(sentence: str, stance: str) -> None:
    assert stances_in(sentence) == [stance]


def test_verdict_logic() -> None:
    assert verdict_of(["denies"]) == "denied"
    assert verdict_of(["denies", "confirms"]) == "contested"
    assert verdict_of(["confirms", "declines"]) == "confirmed"
    assert verdict_of(["declines", "does-not-confirm"]) == "unconfirmed"
    assert verdict_of([]) == "unconfirmed"


def test_confirmation_links_the_event_and_sets_status() -> None:
    events, claims = read("Kremlin membenarkan bahwa Sergei Naryshkin bertemu dengan William Burns di Ankara.")
    assert len(events) == 1 and len(claims) == 1
    claim = claims[0]
    assert claim.event == events[0].id and claim.verdict == "confirmed"
    assert claim.positions[0].holder.name == "Kremlin"
    assert events[0].status == "confirmed"
    assert claim.id == "a1-c1"


def test_denial_and_confirmation_contest_one_event() -> None:
    events, claims = read(
        "Rusia menyerang desa Kupiansk, Senin. Kementerian Pertahanan Rusia membantah serangan itu. "
        "Namun Gubernur Oleh Syniehubov membenarkan serangan tersebut.")
    assert len(claims) == 1
    assert [p.stance for p in claims[0].positions] == ["denies", "confirms"]
    assert claims[0].verdict == "contested"
    assert events[0].status == "unconfirmed"


def test_decline_holder_and_unlinked_statement() -> None:
    _, claims = read("Juru bicara Kementerian Luar Negeri menolak berkomentar soal kabar penarikan duta besar.")
    assert len(claims) == 1 and claims[0].event is None
    assert claims[0].positions[0].stance == "declines"
    assert "juru bicara" in (claims[0].positions[0].holder.description or "").lower()
    assert "duta besar" in claims[0].statement


def test_holder_is_the_speaker_of_the_quote() -> None:
    _, claims = read("“Pertemuan itu memang terjadi,” kata Dmitry Peskov kepada wartawan.")
    assert claims and claims[0].positions[0].holder.name == "Dmitry Peskov"
    assert claims[0].positions[0].stance == "confirms"


def test_stances_stage_in_analyze(tmp_path: Path, validate: Any) -> None:
    article = tmp_path / "berita.txt"
    article.write_text(
        "Kremlin Bantah Serangan\n\nJakarta, Rabu (16/11/2022)\n\n"
        "Pasukan Rusia menyerang kota Kherson pada Selasa (15/11/2022). "
        "Kementerian Pertahanan Rusia membantah serangan itu.\n", encoding="utf-8")
    data = validate(analyze([str(article)]))
    denied = [c for c in data["claims"] if any(p["stance"] == "denies" for p in c["positions"])]
    assert denied and denied[0]["verdict"] == "denied"
    linked = [e for e in data["events"] if e["id"] == denied[0]["event"] or denied[0]["event"] in e.get(
        "merged_from", [])]
    assert linked and linked[0]["status"] == "denied"


@pytest.mark.parametrize(("text", "lang", "stance"), [
    ("Juru bicara Kremlin Dmitry Peskov tidak membantah ataupun membenarkan laporan itu.", "id",
     "does-not-confirm"),
    ("Gedung Putih tidak membantah kabar pertemuan di Istanbul.", "id", "does-not-confirm"),
    ("Peskov menolak menjawab pertanyaan wartawan tentang isi pertemuan.", "id", "declines"),
    ("The Kremlin declined to comment on the report.", "en", "declines"),
    ("The White House neither confirmed nor denied the report.", "en", "does-not-confirm"),
])
def test_neither_and_negated_denials_and_refusals_to_answer(text: str, lang: str, stance: str) -> None:

    entities = find_article_entities(text, "a1", use_model=False)
    sentences = split_sentences(text)
    events = find_events(text, sentences, entities, [], "a1", lang=lang)
    claims = find_claims(text, sentences, entities, events, find_quotes(text, sentences, entities, "a1"),
                         "a1", lang)
    assert [e.type for e in events if e.type == "REJECT"] == []  # a refusal to answer is no event
    assert [p.stance for c in claims for p in c.positions] == [stance]
