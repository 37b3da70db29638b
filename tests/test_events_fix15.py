"""Events, fix round 15: defects found on text no gold covers (acceptance run 12 and a hand check of
unseen news). A happening that prompts someone asks nothing; the one leaving after a fused "-nya" is
the one named after it; where one withdraws to is no target; a prohibited act is negated; what a
promise holds is no act of its own; a bill approved is law-making; "sumber daya" is no informant;
bearing criticism is no criticism; an attribution set into a clause is not its subject; a dismissal
from office makes no body a detaining one. Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who
from warta.article.actors import MentionIndex
from warta.article.entities import find_article_entities
from warta.article.event_lexicon import tokenize
from warta.article.event_phrases import find_phrases

# --------------------------------------------------------------------------- a happening prompts


def test_a_happening_that_prompts_someone_is_no_request_by_the_names_inside_it() -> None:
    events = code("Masuknya dana dari sejumlah perusahaan, yang kabarnya adalah Tencent dan Presiden Joko "
                  "Widodo, mendorong PT Gojek Indonesia untuk memperluas layanan.")
    assert not of_type(events, "REQUEST"), [(who(e.source), who(e.target)) for e in events]


def test_a_person_who_urges_still_asks() -> None:
    events = code("Ketua DPR Bambang Soesatyo mendorong KPK untuk mengusut kasus itu.")
    assert [who(e.source) for e in of_type(events, "REQUEST")] == ["Bambang Soesatyo"]


def test_an_adverb_ending_in_nya_opens_no_happening() -> None:
    events = code("Sebelumnya, Ketua DPR Bambang Soesatyo mendorong KPK untuk mengusut kasus itu.")
    assert [who(e.source) for e in of_type(events, "REQUEST")] == ["Bambang Soesatyo"]


# --------------------------------------------------------------------------- leaving


def test_the_one_leaving_is_named_after_the_fused_nya_not_the_one_who_hears_of_it() -> None:
    events = code("Warga Jakarta terkejut dengan hengkangnya Presiden Joko Widodo dari Partai Demokrat.")
    assert [who(e.source) for e in of_type(events, "RETREAT")] == ["Joko Widodo"]


def test_no_one_named_after_the_fused_nya_leaves_the_subject_out() -> None:
    events = code("Warga Jakarta terkejut dengan hengkangnya Uber dari Indonesia.")
    assert "Warga Jakarta" not in [who(e.source) for e in of_type(events, "RETREAT")]


def test_where_one_withdraws_to_is_no_target() -> None:
    events = code("Pasukan Amerika Serikat mundur ke Kuwait setelah diserang milisi.")
    retreats = of_type(events, "RETREAT")
    assert retreats and all(e.target is None for e in retreats), [who(e.target) for e in retreats]


# --------------------------------------------------------------------------- prohibitions


def test_an_act_asked_not_to_happen_is_negated() -> None:
    events = code("Gubernur Anies Baswedan meminta warga jangan menyerang petugas Satpol PP.")
    attacks = of_type(events, "ASSAULT")
    assert attacks and all(e.negated and e.modality == "demanded" for e in attacks)
    assert all(not e.negated for e in of_type(events, "REQUEST"))


def test_an_act_asked_for_without_a_prohibition_stays_asserted_as_asked() -> None:
    events = code("Gubernur Anies Baswedan meminta warga menyerang petugas Satpol PP.")
    assert all(not e.negated for e in of_type(events, "ASSAULT"))


# --------------------------------------------------------------------------- promises


def test_an_act_deep_in_a_promise_is_promised_not_done() -> None:
    events = code("Menteri Susi Pudjiastuti berjanji untuk menambah kapal patroli agar bisa menangkap kapal "
                  "asing pencuri ikan.")
    assert not of_type(events, "COERCE"), [(e.type, who(e.target)) for e in events]


def test_an_act_in_a_relative_clause_after_a_promise_happened() -> None:
    events = code("Presiden Joko Widodo berjanji menghukum pelaku yang menyerang polisi di Jakarta.")
    assert of_type(events, "ASSAULT")


def test_a_commitment_to_help_is_the_promise() -> None:
    events = code("Direktur PT Sinar Abadi Budi Santoso berkomitmen membantu korban banjir di Bekasi.")
    assert not of_type(events, "AID")
    assert [who(e.source) for e in of_type(events, "AGREE")] == ["Budi Santoso"]


# --------------------------------------------------------------------------- law-making


def test_a_bill_approved_is_law_making() -> None:
    events = code("Rancangan undang-undang tentang perlindungan satwa itu akhirnya disetujui DPR.")
    assert not of_type(events, "AGREE")


def test_a_proposal_approved_is_an_agreement() -> None:
    events = code("Usulan Jepang itu akhirnya disetujui Amerika Serikat.")
    assert [(who(e.source), who(e.target)) for e in of_type(events, "AGREE")] == [("Amerika Serikat", "Jepang")]


# --------------------------------------------------------------------------- resources, criticism borne


def _phrases(text: str) -> list[str]:
    entities = find_article_entities(text, "a1", use_model=False)
    return [text[p.start:p.stop] for p in find_phrases(tokenize(text), MentionIndex(entities, "a1"))]


def test_human_resources_are_no_informant() -> None:
    found = _phrases("Bank itu berinvestasi dalam modal sumber daya manusia untuk mendukung petani.")
    assert not [p for p in found if p.startswith("sumber")], found


def test_an_informant_is_still_one() -> None:
    assert "sumber itu" in _phrases("Menurut sumber itu, polisi menangkap dua orang.")


def test_bearing_criticism_is_no_criticism() -> None:
    events = code("Pengamat itu menilai Setya Novanto harus kuat menghadapi kritik dari masyarakat.")
    assert not of_type(events, "ACCUSE"), [(who(e.source), who(e.target)) for e in events]


def test_criticism_made_stays() -> None:
    events = code("Masyarakat mengkritik Setya Novanto karena jarang hadir.")
    assert [who(e.target) for e in of_type(events, "ACCUSE")] == ["Setya Novanto"]


# --------------------------------------------------------------------------- attributions set in


def test_a_speaker_set_into_the_clause_is_not_the_one_told() -> None:
    events = code("TNI AU, kata Marsekal Hadi Tjahjanto saat ini diminta terus meningkatkan kesiagaan.")
    assert "Hadi Tjahjanto" not in [who(e.target) for e in of_type(events, "REQUEST")]


# --------------------------------------------------------------------------- who holds someone


def test_a_dismissal_from_office_makes_no_body_that_detains() -> None:
    events = code("Badan Kehormatan DPRD Bogor memberhentikan Ketua DPRD Bogor Budi Santoso dari jabatannya. "
                  "Sepekan kemudian, Budi Santoso ditahan karena kasus suap.")
    held = of_type(events, "COERCE", "arrest")
    assert held and all(who(e.source) != "Badan Kehormatan DPRD Bogor" for e in held)


def test_the_body_that_arrested_still_detains() -> None:
    events = code("Komisi Pemberantasan Korupsi menangkap Bupati Bogor Rahmat Hidayat. Sepekan kemudian, "
                  "Rahmat Hidayat ditahan.")
    assert [who(e.source) for e in of_type(events, "COERCE", "arrest")] == ["Komisi Pemberantasan Korupsi"] * 2


# --------------------------------------------------------------------------- factions, days between


def test_parliamentary_factions_are_a_side() -> None:
    events = code("Ketua DPR Bambang Soesatyo bertemu dengan sejumlah fraksi di Senayan.")
    assert [who(e.target) for e in of_type(events, "CONSULT")] == ["sejumlah fraksi"]


def test_a_day_word_between_subject_and_verb_keeps_the_subject() -> None:
    events = code("Dalam menyikapi permasalahan ini, Komisi Pemberantasan Korupsi besok akan memeriksa "
                  "Bupati Bogor Rahmat Hidayat.")
    assert [who(e.source) for e in of_type(events, "ACCUSE", "investigate")] == ["Komisi Pemberantasan Korupsi"]


# --------------------------------------------------------------------------- obligations


def test_being_required_to_act_with_no_one_requiring_is_no_request() -> None:
    events = code("Sebagai pejabat baru, Bupati Bogor Rahmat Hidayat dituntut untuk segera membenahi pelayanan.")
    assert not of_type(events, "REQUEST"), [(who(e.source), who(e.target)) for e in events]


def test_a_demand_on_someone_still_asks() -> None:
    events = code("Mahasiswa menuntut Bupati Bogor Rahmat Hidayat mundur dari jabatannya.")
    assert [who(e.target) for e in of_type(events, "REQUEST")] == ["Rahmat Hidayat"]
