"""Events, acceptance run 9: the sides of a court's verdict and of an order to detain someone, dissolving
an organisation (no arrest), a suspect not yet named (negated) and a form handed back (no event). Every
sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who
from warta.article.event_pair_names import glued_in_pair, pair_only
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import Entity, Mention

# --------------------------------------------------------------------------- courts


def test_order_to_detain_is_the_court_s_act_on_the_one_ordered() -> None:
    events = code("Ketua majelis hakim memerintahkan Budi Santoso segera ditahan di rutan.")
    arrests = of_type(events, "COERCE", "arrest")
    assert len(arrests) == 1
    assert who(arrests[0].source) == "Ketua majelis hakim"
    assert who(arrests[0].target) == "Budi Santoso"


def test_order_to_act_keeps_the_one_ordered_as_doer() -> None:
    events = code("Presiden memerintahkan Kapolri menangkap para pelaku pembakaran hutan.")
    arrests = of_type(events, "COERCE", "arrest")
    assert [who(e.source) for e in arrests] == ["Kapolri"]


def test_verdict_named_after_the_defendant_sentences_him() -> None:
    text = ("Majelis hakim Pengadilan Negeri Sukamaju menjatuhkan vonis dua tahun penjara kepada Budi Santoso. "
            "Sidang pembacaan vonis Budi Santoso dijaga ketat ratusan polisi.")
    verdicts = of_type(code(text), "ACCUSE", "disapprove")
    assert len(verdicts) == 2
    assert all(who(e.target) == "Budi Santoso" for e in verdicts)
    assert all(who(e.source) != "Budi Santoso" for e in verdicts)


def test_verdict_of_the_judges_keeps_them_as_source() -> None:
    verdicts = of_type(code("Vonis hakim terhadap Budi Santoso lebih berat dari tuntutan jaksa."),
                       "ACCUSE", "disapprove")
    assert [(who(e.source), who(e.target)) for e in verdicts] == [("hakim", "Budi Santoso")]


# --------------------------------------------------------------------------- dissolving, suspects, forms


def test_dissolving_an_organisation_is_no_arrest() -> None:
    events = code("Menteri Dalam Negeri membubarkan organisasi itu pekan lalu.")
    coerced = of_type(events, "COERCE")
    assert coerced and all(e.mode != "arrest" for e in coerced)
    assert not of_type(code("Polisi membubarkan massa di depan gedung DPRD."), "COERCE", "arrest")


def test_dissolving_an_organisation_bans_it() -> None:
    bans = of_type(code("Pemerintah akhirnya membubarkan ormas itu karena dinilai anti-Pancasila."), "COERCE", "ban")
    assert len(bans) == 1
    parliament = of_type(code("Parlemen daerah itu dibubarkan oleh pemerintah pusat."), "COERCE")
    assert parliament and all(e.mode is None for e in parliament)


def test_suspect_not_yet_named_is_negated() -> None:
    arrests = of_type(code("Hingga kini polisi belum menetapkan tersangka perusakan kantor desa itu."),
                      "COERCE", "arrest")
    assert arrests and all(e.negated for e in arrests)


def test_returning_a_form_is_no_retreat() -> None:
    assert not of_type(code("Calon bupati itu mengembalikan formulir pendaftaran ke kantor partai."), "RETREAT")
    assert not of_type(code("Semua sudah lengkap, tegas calon itu usai mengembalikan formulir."), "RETREAT")


# --------------------------------------------------------------------------- half of a pair's name


def _person(ident: str, name: str, text: str, form: str) -> Entity:
    """A person with every occurrence of ``form`` in ``text`` as a mention."""
    starts = [i for i in range(len(text)) if text.startswith(form, i)]
    mentions = [Mention(article="a1", start=i, end=i + len(form), text=form) for i in starts]
    return Entity(id=ident, name=name, type="PERSON", mentions=mentions)


def test_half_of_a_pair_is_no_antecedent() -> None:
    text = ("Wakil Ketua DPRD, Anwar Halim, menyampaikan selamat. Dia juga menagih janji Rudi-Hasan selama "
            "kampanye. Rudi-Hasan memperoleh 59 persen suara. Guru Besar Sekolah Tinggi Ilmu Kepolisian itu "
            "juga meminta semua pihak menerima hasil pemilihan.")
    entities = [_person("a1/e1", "Anwar Halim", text, "Anwar Halim"),
                _person("a1/e2", "Hasan", text, "Hasan")]
    events = find_events(text, split_sentences(text), entities, [], "a1", "id")
    assert events, "the requests are still coded"
    assert all(who(e.source) != "Hasan" for e in events)


def test_pair_only_tells_glued_names() -> None:
    text = "Rudi-Hasan menang. Hasan berpidato."
    assert glued_in_pair(text, 5, 10)
    assert not glued_in_pair(text, 19, 24)
    glued = Entity(id="a1/e2", name="Hasan", type="PERSON", mentions=[
        Mention(article="a1", start=5, end=10, text="Hasan")])
    assert pair_only(text, glued, "a1")
    apart = Entity(id="a1/e3", name="Hasan", type="PERSON", mentions=[
        Mention(article="a1", start=5, end=10, text="Hasan"), Mention(article="a1", start=19, end=24, text="Hasan")])
    assert not pair_only(text, apart, "a1")
