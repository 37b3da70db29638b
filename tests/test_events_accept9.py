"""Events, acceptance run 9: the sides of a court's verdict and of an order to detain someone, dissolving
an organisation (no arrest), a suspect not yet named (negated) and a form handed back (no event). Every
sentence is invented."""

from __future__ import annotations

from tests.event_coding import who
from warta.article.event_pair_names import glued_in_pair, pair_only
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import Entity, Mention

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
