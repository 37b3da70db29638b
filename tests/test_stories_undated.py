"""Stories: an article without a date must be alike by more before it joins a dated story.

All texts are fictional, written for these tests.
"""

from __future__ import annotations

import itertools
from datetime import date

from warta.corpus.stories import StoryClusterer, cluster_stories
from warta.corpus.story_features import StoryFeatures
from warta.corpus.story_similarity import (
    UNKNOWN_GAP_FACTOR,
    Centroid,
    Profile,
    similarity,
    unit,
)
from warta.models import Analysis, Article

DAY = "2024-03-12"
# Two health pieces that share the vocabulary of illness, not a happening.
KANKER_LEHER = [
    ("Dokter ingatkan gejala kanker kepala dan leher",
     "Kanker kepala dan leher sering terlambat dikenali karena gejalanya mirip sariawan biasa. Dokter "
     "spesialis onkologi di Rumah Sakit Mawar mengatakan pasien perokok berat berisiko lebih tinggi. "
     "Pemeriksaan dini membuat peluang sembuh pasien jauh lebih besar."),
    ("Rokok dan alkohol pemicu utama kanker kepala leher",
     "Kebiasaan merokok dan minum alkohol menjadi pemicu utama kanker kepala dan leher, kata dokter "
     "onkologi Rumah Sakit Mawar. Pasien dengan sariawan yang tak kunjung sembuh diminta segera "
     "memeriksakan diri ke dokter."),
]
LIMFOMA = ("Limfoma bisa kambuh bertahun-tahun kemudian",
           "Penyintas limfoma atau kanker kelenjar getah bening bisa kambuh bertahun-tahun kemudian. "
           "Ahli hematologi menyebut usia lanjut, daya tahan tubuh yang menurun dan infeksi berulang "
           "sebagai penyebabnya. Dokter meminta pasien kanker rutin kontrol.")
# A follow-up of the head-and-neck piece: the same hospital, doctors and advice.
KANKER_LEHER_LANJUTAN = (
    "Rumah Sakit Mawar buka pemeriksaan gratis kanker kepala dan leher",
    "Rumah Sakit Mawar membuka pemeriksaan gratis kanker kepala dan leher bagi perokok berat. Dokter "
    "onkologi mengatakan sariawan yang tak kunjung sembuh adalah gejala yang paling sering diabaikan "
    "pasien kanker kepala leher.")


def article(number: int, pair: tuple[str, str], published: str | None) -> Article:
    title, body = pair
    return Article(id=f"a{number}", source=f"a{number}.txt", sha256="", title=title, body=body,
                   published=published, language="id")


def stories_of(*articles: Article) -> set[frozenset[str]]:
    analysis = Analysis(warta_version="0", created="2024-01-01T00:00:00Z", articles=list(articles))
    return {frozenset(s.articles) for s in cluster_stories(analysis)}


def dated_story() -> list[Article]:
    return [article(n, pair, DAY) for n, pair in enumerate(KANKER_LEHER, start=1)]


def test_undated_article_sharing_only_topic_words_stays_apart_from_a_dated_story() -> None:
    assert stories_of(*dated_story(), article(3, LIMFOMA, None)) == {
        frozenset({"a1", "a2"}), frozenset({"a3"})}


def test_the_same_article_dated_beside_the_story_joins_it() -> None:
    # The control: with a date the words alone are enough, so the missing date made the difference.
    assert stories_of(*dated_story(), article(3, LIMFOMA, DAY)) == {frozenset({"a1", "a2", "a3"})}


def test_without_any_dates_nothing_is_discounted() -> None:
    undated = [article(n, pair, None) for n, pair in enumerate([*KANKER_LEHER, LIMFOMA], start=1)]
    assert stories_of(*undated) == {frozenset({"a1", "a2", "a3"})}


def test_undated_article_of_the_same_happening_still_joins() -> None:
    assert stories_of(*dated_story(), article(3, KANKER_LEHER_LANJUTAN, None)) == {
        frozenset({"a1", "a2", "a3"})}


def profile(terms: dict[str, float], day: int | None) -> Profile:
    return Profile(terms=Centroid.of(unit(terms)), first_day=day, last_day=day)


def test_similarity_is_discounted_only_when_exactly_one_side_is_dated() -> None:
    story = profile({"kanker": 1.0, "leher": 1.0, "dokter": 0.5}, 738000)
    dated = profile({"kanker": 1.0, "limfoma": 1.0, "dokter": 0.5}, 738000)
    undated = profile({"kanker": 1.0, "limfoma": 1.0, "dokter": 0.5}, None)
    full = similarity(dated, story)
    assert full > 0
    assert similarity(undated, story) == full * UNKNOWN_GAP_FACTOR < full
    assert similarity(undated, profile({"kanker": 1.0, "leher": 1.0, "dokter": 0.5}, None)) == full


def features(article_id: str, words: str, day: int | None) -> StoryFeatures:
    return StoryFeatures(article=article_id, terms=dict.fromkeys(words.split(), 1.0), day=day)


def outbreaks(spring: int | None, autumn: int | None) -> list[StoryFeatures]:
    """A spring and an autumn outbreak in one town; the undated piece speaks of both."""
    later = None if autumn is None else autumn + 2
    return [
        features("a1", "wabah diare desa sukamaju sumur tercemar maret puskesmas", spring),
        features("a2", "wabah diare sukamaju puskesmas sumur tercemar warga", spring),
        features("a3", "wabah diare desa sukamaju banjir september puskesmas", autumn),
        features("a4", "wabah diare sukamaju banjir puskesmas warga", later),
        features("a5", "wabah diare desa sukamaju sumur banjir puskesmas warga", None),
    ]


def spring_and_autumn_together(stream: list[StoryFeatures]) -> list[bool]:
    """For every order of the stream: whether the two outbreaks ended in one story."""
    together = []
    for order in itertools.permutations(stream):
        clusterer = StoryClusterer()
        for item in order:
            clusterer.add(item)
        together.append(clusterer.story_of("a1") == clusterer.story_of("a3"))
    return together


def test_undated_article_never_bridges_two_dated_stories_far_apart() -> None:
    spring, autumn = date(2024, 3, 1).toordinal(), date(2024, 9, 20).toordinal()
    assert not any(spring_and_autumn_together(outbreaks(spring, autumn)))
    # The control: without their dates the words alone make the two outbreaks one story.
    assert all(spring_and_autumn_together(outbreaks(None, None)))
