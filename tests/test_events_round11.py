"""Events, round 11: role-only actors the article names elsewhere (a court reading a verdict, a
petition's filer, a city's police, a role given its name, the prosecution), those told of an act,
a party officer's announcement, a subject before "disebut selalu"."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import ActorRef, Event


def code(text: str) -> list[Event]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_events(text, split_sentences(text), entities, [], "a1", "id")


def who(actor: ActorRef | None) -> str | None:
    return None if actor is None else (actor.name or actor.description)


def sides(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    return [(who(e.source), who(e.target)) for e in events if e.type == kind]


# --------------------------------------------------------------------------- courts and petitions

_PETITION = ("Pengadilan Tata Usaha Negara Semarang menolak permohonan sengketa lahan pasar. Permohonan yang "
             "diajukan oleh pedagang pasar Slamet Riyadi dan Sumarni itu dinilai kabur. \"Menyatakan permohonan "
             "pemohon tidak dapat diterima,\" ujar Ketua Majelis Hakim Hendra Gunawan saat membacakan putusan.")


def test_rejected_petition_targets_the_filer_named_a_sentence_later() -> None:
    found = sides(code(_PETITION), "REJECT")
    assert ("Pengadilan Tata Usaha Negara Semarang", "Slamet Riyadi") in found


def test_a_judges_quoted_verdict_is_the_courts() -> None:
    events = [e for e in code(_PETITION) if e.type == "REJECT" and "Menyatakan" in e.evidence[0].sentence]
    assert [who(e.source) for e in events] == ["Pengadilan Tata Usaha Negara Semarang"]
    assert [who(e.target) for e in events] == ["Slamet Riyadi"]


def test_a_quoted_verdict_of_someone_who_is_no_judge_has_no_court() -> None:
    text = ("Pengadilan Negeri Klaten menggelar sidang perdana. \"Menyatakan permohonan pemohon tidak dapat "
            "diterima, itu yang kami harapkan,\" ujar kuasa hukum tergugat, Bambang Wijaya.")
    assert all(who(e.source) != "Pengadilan Negeri Klaten" for e in code(text) if e.type == "REJECT")


def test_the_verdict_handed_down_by_the_judges_is_the_courts() -> None:
    text = ("Pengadilan Tipikor Bandung menjatuhkan vonis enam tahun penjara kepada Ahmad Sutisna. Vonis yang "
            "dijatuhkan majelis hakim itu lebih ringan dari tuntutan jaksa.")
    later = [e for e in code(text) if e.type == "ACCUSE" and e.evidence[0].sentence.startswith("Vonis")]
    assert later and who(later[0].source) == "Pengadilan Tipikor Bandung"


def test_a_charge_with_no_agent_is_the_prosecutions() -> None:
    text = ("Mantan kepala desa Ahmad Sutisna didakwa menerima suap dari pengusaha. Dakwaan dibacakan dalam "
            "sidang yang dihadiri jaksa dari Kejaksaan Negeri Bandung.")
    charged = [e for e in code(text) if e.type == "COERCE" and "didakwa" in e.evidence[0].sentence]
    assert [who(e.source) for e in charged] == ["Kejaksaan Negeri Bandung"]


# --------------------------------------------------------------------------- role-only actors named


def test_police_of_a_city_is_the_police_body_of_that_city_the_article_names() -> None:
    text = ("Polisi Medan menangkap seorang pria yang mencuri sepeda motor. Pelaku kini ditahan di Polsek "
            "Medan Baru.")
    sources = [s for s, _ in sides(code(text), "COERCE")]
    assert sources and (sources[0] or "").startswith("Polsek Medan")


def test_police_of_a_city_the_article_names_no_body_of_stays_a_description() -> None:
    text = "Polisi Medan menangkap seorang pria yang mencuri sepeda motor. Pelaku kini ditahan di Polsek Binjai."
    assert [s for s, _ in sides(code(text), "COERCE")][:1] != ["Polsek Binjai"]


def test_a_role_given_its_name_is_that_person() -> None:
    text = "Seorang siswa dianiaya oleh guru bernama Budi Santoso di ruang kelas."
    assert [s for s, _ in sides(code(text), "ASSAULT")] == ["Budi Santoso"]


# --------------------------------------------------------------------------- those told, party officers


def test_those_told_of_an_offer_are_its_targets() -> None:
    text = ("Menteri Luar Negeri Retno Marsudi mengatakan kepada Jepang, Korea Selatan dan Vietnam bahwa "
            "Indonesia siap menengahi perundingan.")
    found = sides(code(text), "AGREE")
    assert {t for _, t in found} == {"Jepang", "Korea Selatan", "Vietnam"}


def test_the_press_told_of_an_act_is_no_target() -> None:
    text = "Menteri Luar Negeri Retno Marsudi mengatakan kepada wartawan bahwa Indonesia siap menengahi perundingan."
    assert all(t is None or "wartawan" not in t for _, t in sides(code(text), "AGREE"))


def test_a_subject_before_disebut_selalu_acts() -> None:
    text = "Sejak menjabat, Bupati Ahmad Sutisna disebut selalu meminta setoran kepada para kepala dinas."
    assert [s for s, _ in sides(code(text), "REQUEST")] == ["Ahmad Sutisna"]


def test_a_party_officer_announcing_a_nomination_speaks_for_the_party() -> None:
    text = "Sekjen Partai Nasdem Rudi Hartanto memastikan tidak akan mengusung Andi Wijaya dalam Pilgub Jawa Tengah."
    assert sides(code(text), "SUPPORT") == [("Partai NasDem", "Andi Wijaya")]


def test_the_secretary_general_of_no_party_acts_himself() -> None:
    text = "Sekretaris Jenderal PBB Ban Ki-moon mendukung Andi Wijaya sebagai utusan khusus."
    assert sides(code(text), "SUPPORT") == [("Ban Ki-moon", "Andi Wijaya")]


def test_the_prosecutors_demand_named_in_its_trigger_is_on_the_one_judged() -> None:
    text = ("Pengadilan Tipikor Bandung menjatuhkan vonis enam tahun penjara kepada Ahmad Sutisna. Vonis "
            "majelis hakim kepada Ahmad Sutisna itu lebih ringan dari tuntutan jaksa penuntut umum.")
    demanded = [e for e in code(text) if e.type == "ACCUSE" and e.mode == "allege"]
    assert [(who(e.source), who(e.target)) for e in demanded] == [("jaksa penuntut umum", "Ahmad Sutisna")]


def test_the_one_the_judges_find_proven_guilty_is_the_target() -> None:
    text = ("Pengadilan Tipikor Bandung menjatuhkan vonis enam tahun penjara kepada Ahmad Sutisna. Majelis "
            "hakim menilai Ahmad terbukti melakukan korupsi dalam pengadaan alat tulis.")
    proven = [e for e in code(text) if e.type == "ACCUSE" and "terbukti" in e.evidence[0].sentence]
    assert [who(e.target) for e in proven] == ["Ahmad Sutisna"]
