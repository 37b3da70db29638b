"""Fourth acceptance run (new story kinds, English wires and retellings): general fixes, each on
sentences written for this test (fictional people and outlets)."""

from __future__ import annotations

from tests.quote_reading import only, quotes_of
from warta.article.bylines import is_desk
from warta.article.outlet import retold_outlets
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.corpus.claim_positions import stance_of_cue_words
from warta.corpus.claims import _quote_position
from warta.models import ActorRef, Entity, Mention, Quote


def test_the_outlets_own_team_is_a_desk_not_an_author() -> None:
    assert is_desk("Tim Suara Desa", "Suara Desa")
    assert is_desk("Team Warta Kita", "Warta Kita")
    assert not is_desk("Tim Suara Desa", "Kabar Kota")  # another outlet's team: left to the byline reader
    assert not is_desk("Tim Hartono", "Suara Desa")  # a person called Tim


def test_a_press_noun_before_a_cited_name_is_a_retold_outlet() -> None:
    text = ("Onion prices in Medan rose by a third this week, local outlet Warta Deli reported on "
            "Thursday, as traders blamed the floods.")
    assert retold_outlets(text) == ["Warta Deli"]
    assert retold_outlets("Menurut koran Suara Deli, harga bawang naik sepertiga.") == ["Suara Deli"]
    assert retold_outlets("The daily Suara Deli said onion prices rose.") == ["Suara Deli"]


def test_a_press_noun_about_the_outlet_itself_is_no_retelling() -> None:
    assert retold_outlets("Pemimpin redaksi harian Suara Deli, Anton Lubis, mengatakan kantornya dibobol.") == []
    assert retold_outlets("Wartawan kantor berita Nusa Pers ikut meliput banjir.") == []


def test_was_quoted_as_saying_attributes_the_quote_before_it() -> None:
    text = ('Fisheries official Made Wirawan blamed the storms for the shortage. '
            '"Stocks will recover within a month," he was quoted as saying.')
    quote = only(quotes_of(text), "Stocks will recover")
    assert quote.direct and quote.cue == "was quoted as saying"


def test_an_english_verb_closing_its_clause_reports_the_clause_before_it() -> None:
    text = ("Measles cases in the province have doubled since January, health officials said on "
            "Monday, as the ministry sent extra vaccines.")
    quote = only(quotes_of(text), "Measles cases")
    assert quote.text == "Measles cases in the province have doubled since January"
    assert quote.speaker.description == "health officials"


def test_a_relative_clause_between_commas_is_not_the_speaker() -> None:
    text = ("A senior nurse, who asked not to be named, said the isolation ward was full. "
            "Seorang petugas puskesmas, yang enggan disebut namanya, mengatakan stok vaksin menipis.")
    quotes = quotes_of(text)
    english = only(quotes, "isolation ward")
    assert english.speaker.description is not None and "nurse" in english.speaker.description
    assert "who" not in english.speaker.description
    indonesian = only(quotes, "stok vaksin")
    assert indonesian.speaker.description is not None and "petugas" in indonesian.speaker.description


def test_a_quote_reported_with_a_denial_cue_is_denied_not_asserted() -> None:
    assert stance_of_cue_words("denied") == "denies"
    assert stance_of_cue_words("membantah") == "denies"
    assert stance_of_cue_words("mengatakan") is None

    def quote(cue: str) -> Quote:
        return Quote(id="a1-q1", article="a1", start=0, end=10, text="the grain reserve is running out",
                     direct=False, cue=cue, speaker=ActorRef(description="the state grain agency"))

    assert _quote_position(quote("denied")).stance == "denies"
    assert _quote_position(quote("said")).stance == "asserts"


def test_a_description_ending_in_a_known_full_name_is_that_person() -> None:
    text = ("Anggota KPU Kota Tanjung Harapan Wulan Simatupang mengakui ada kesalahan input data. "
            '"Kesalahan itu sudah kami perbaiki," kata Wulan Simatupang.')
    start = text.index("Wulan Simatupang", 60)
    wulan = Entity(id="e1", name="Wulan Simatupang", type="PERSON", aliases=["Wulan Simatupang"],
                   mentions=[Mention(article="a1", start=start, end=start + 16, text="Wulan Simatupang")])
    quotes = find_quotes(text, split_sentences(text), [wulan], "a1")
    admitted = only(quotes, "kesalahan input data")
    assert admitted.speaker.entity == "e1"
    assert admitted.speaker.description == "Anggota KPU Kota Tanjung Harapan"


def _entity(text: str, name: str, entity_id: str, start_at: int = 0) -> Entity:
    start = text.index(name, start_at)
    return Entity(id=entity_id, name=name, type="PERSON", aliases=[name],
                  mentions=[Mention(article="a1", start=start, end=start + len(name), text=name)])


def test_a_spokesman_named_with_the_person_he_speaks_for_is_not_that_person() -> None:
    text = ('Saat dihubungi, juru bicara Gubernur Lestari Handayani belum memberikan keterangan. '
            '"Kami masih menunggu laporan resmi," kata juru bicara Gubernur Lestari Handayani. '
            'Lestari Handayani sendiri berada di luar kota.')
    lestari = _entity(text, "Lestari Handayani", "e1", text.index("sendiri") - 20)
    quotes = find_quotes(text, split_sentences(text), [lestari], "a1")
    waiting = only(quotes, "menunggu laporan")
    assert waiting.speaker.entity is None


def test_an_english_rejection_of_criticism_is_a_denial_by_the_one_named_before() -> None:
    from warta.article.stances import find_claims

    text = ("Health ministry spokesman Arya Wibisana said 40 deaths had been recorded. "
            "Arya Wibisana rejected criticism that the ministry had been slow to respond.")
    arya = _entity(text, "Arya Wibisana", "e1")
    second = text.index("Arya Wibisana", 20)
    arya.mentions.append(Mention(article="a1", start=second, end=second + 13, text="Arya Wibisana"))
    claims = find_claims(text, split_sentences(text), [arya], [], [], "a1", "en")
    denials = [p for c in claims for p in c.positions if p.stance == "denies"]
    assert [p.holder.entity for p in denials] == ["e1"]


def test_a_story_told_in_two_languages_equally_is_summarised_in_indonesian() -> None:
    from warta.corpus.summary import _language
    from warta.models import Article

    def article(aid: str, lang: str) -> Article:
        return Article(id=aid, source=f"{aid}.txt", sha256="0" * 64, body="x", language=lang)

    assert _language([article("a1", "en"), article("a2", "id")]) == "id"
    assert _language([article("a1", "en"), article("a2", "en"), article("a3", "id")]) == "en"


def test_a_caption_with_an_outlet_and_photographer_credit_is_a_caption() -> None:
    from warta.article.markers import match_marker

    def reason(line: str) -> str | None:
        hit = match_marker(line, len(line.split()))
        return hit.reason if hit else None

    assert reason("Petugas menyemprot jalan di Kampung Cibeureum, Sabtu. (Warta Priangan/Dedi Ruslan)") == "caption"
    assert reason("Harga gabah kembali turun di tingkat petani. (ant/rdn)") != "caption"  # editors' initials
    assert reason("Harga gabah kembali turun di tingkat petani menurut Warta Priangan/Dedi.") is None


def test_one_holders_denial_retold_in_other_words_is_one_claim() -> None:
    from warta.corpus.claims import _Group, _joined_by_holder
    from warta.models import Position

    def group(statement: str, article: str, holder: str | None, stance: str = "denies") -> _Group:
        position = Position(holder=ActorRef(entity=holder, name=holder), stance=stance,  # type: ignore[arg-type]
                            article=article, evidence=statement)
        return _Group(statement, None, [position], [], (int(article[1:]), 0))

    joined = _joined_by_holder([
        group("stok gabah cadangan daerah menipis menjelang musim tanam", "a1", "e1"),
        group("stok gabah daerah menipis", "a4", "e1"),
        group("stok gabah daerah menipis", "a5", "e2"),  # another holder: its own claim
        group("harga pupuk naik", "a6", "e1"),  # other words: its own claim
    ])
    assert [sorted(p.article for p in g.positions) for g in joined] == [["a1", "a4"], ["a5"], ["a6"]]


def test_a_story_over_several_days_is_summarised_with_how_it_ended() -> None:
    from warta.corpus.summary import Sentence, latest_development

    def sentence(article: str, text: str, score: float, index: int = 0) -> Sentence:
        return Sentence(article=article, index=index, start=0, end=len(text), text=text, score=score)

    hearing = sentence("a1", "Majelis membuka sidang sengketa pilkada.", 0.9)
    ruling = sentence("a2", "Majelis menolak gugatan pasangan calon.", 0.4)
    reaction = sentence("a2", "Pendukung pasangan calon berkumpul di depan gedung.", 0.6, index=3)
    days = {"a1": "2022-10-24", "a2": "2022-11-03"}
    assert latest_development([hearing, ruling, reaction], days, 3) == [ruling]
    assert latest_development([hearing, ruling], {"a1": "2022-10-24", "a2": "2022-10-24"}, 3) == []
    assert latest_development([hearing, ruling], days, 1) == []


def test_a_sentence_ending_on_a_pointer_back_leans_on_the_one_before() -> None:
    from warta.corpus.summary import _leans_on_context as _leans_on_previous

    assert _leans_on_previous("Hakim meminta panitia menjelaskan selisih tersebut.")
    assert _leans_on_previous("Majelis meminta KPU menjelaskan perbedaan itu.")
    assert not _leans_on_previous("Majelis meminta KPU menjelaskan selisih 86 suara.")


def test_the_latest_development_joins_the_picks_without_repeating_them() -> None:
    from warta.corpus.summary import Sentence, with_latest_development

    def sentence(article: str, vector: dict[str, float]) -> Sentence:
        return Sentence(article=article, index=0, start=0, end=1, text=article, vector=vector)

    first, second = sentence("a1", {"sidang": 1.0}), sentence("a2", {"kotak": 1.0})
    ruling, repeat = sentence("a3", {"putusan": 1.0}), sentence("a3", {"sidang": 1.0})
    assert with_latest_development([first], [ruling], 3) == [first, ruling]
    assert with_latest_development([first, second], [ruling], 2) == [first, ruling]
    assert with_latest_development([first, second], [repeat], 2) == [first, second]


def test_a_second_statement_joined_by_tetapi_ends_the_first() -> None:
    text = ("Ketua panitia lelang Gunawan Prasetya mengakui ada kesalahan pengumuman, tetapi membantah "
            "kesalahan itu disengaja.")
    admitted = only(quotes_of(text), "kesalahan pengumuman")
    assert admitted.text == "ada kesalahan pengumuman"


def test_a_body_described_by_its_kind_is_that_body() -> None:
    text = "State grain agency Lumbung Nusa denied reports that its silos were empty."
    start = text.index("Lumbung Nusa")
    body = Entity(id="e1", name="Lumbung Nusa", type="ORG", aliases=["Lumbung Nusa"],
                  mentions=[Mention(article="a1", start=start, end=start + 12, text="Lumbung Nusa")])
    quotes = find_quotes(text, split_sentences(text), [body], "a1")
    denied = only(quotes, "silos were empty")
    assert denied.speaker.entity == "e1"
    assert denied.speaker.description == "State grain agency"


def test_a_story_told_equally_in_two_languages_is_labelled_in_indonesian() -> None:
    from warta.corpus.event_salience import _majority

    assert _majority(["en", "id"]) == "id"
    assert _majority(["en", None, "en", "id"]) == "en"
    assert _majority([]) == "id"


def test_a_decline_told_as_earlier_background_is_no_stance_now() -> None:
    from warta.article.stances import find_claims

    def claims_of(text: str) -> list[tuple[str, str | None]]:
        rudy = _entity(text, "Rudy Salim", "e1")
        found = find_claims(text, split_sentences(text), [rudy], [], [], "a1")
        return [(p.stance, p.holder.entity) for c in found for p in c.positions]

    assert claims_of("Ketua tim sukses Rudy Salim, yang sebelumnya menolak berkomentar, menyatakan bersyukur.") == []
    assert claims_of("Ketua tim sukses Rudy Salim menolak berkomentar atas putusan itu.") == [("declines", "e1")]


def test_a_denial_of_what_the_same_sentence_named_is_its_own_claim() -> None:
    from warta.article.stances import find_claims

    text = ("Panitia mencatat selisih 40 suara. Hakim meminta panitia menjelaskan selisih itu. Ketua panitia "
            "Wulan Simatupang mengakui ada kesalahan input, tetapi membantah kesalahan itu disengaja.")
    wulan = _entity(text, "Wulan Simatupang", "e1")
    sentences = split_sentences(text)
    quotes = find_quotes(text, sentences, [wulan], "a1")
    claims = {c.statement: [(p.stance, p.holder.entity) for p in c.positions]
              for c in find_claims(text, sentences, [wulan], [], quotes, "a1")}
    assert claims["kesalahan itu disengaja"] == [("denies", "e1")]
    assert claims["ada kesalahan input"] == [("confirms", "e1")]


def test_a_closing_denial_cue_judges_the_words_after_the_verb_of_saying() -> None:
    from warta.article.event_lexicon import tokenize
    from warta.article.stance_cues import find_cues
    from warta.article.stance_statements import Statements, said_content

    def judged(text: str) -> tuple[bool, str]:
        tokens = tokenize(text)
        cue = find_cues(tokens)[-1]
        statement = Statements(text, [(0, len(text))]).after(tokens, cue, len(tokens), (0, len(text)))
        return said_content(tokens, cue), statement

    assert judged("Kuasa hukum Robert Hutapea menyebut permohonan pemohon tidak berdasar.") == (
        True, "permohonan pemohon")
    assert judged("Kuasa hukum Robert Hutapea menyebut kabar itu tidak berdasar.")[0] is False  # points back


def test_an_event_only_an_english_wire_reports_is_labelled_in_english() -> None:
    from warta.corpus.event_salience import StoryContext
    from warta.models import Analysis, Article, Event, Evidence, Story

    articles = [Article(id=aid, source=f"{aid}.txt", sha256="0" * 64, body="x", language=lang)
                for aid, lang in (("a1", "id"), ("a2", "en"), ("a3", "id"))]
    analysis = Analysis(warta_version="t", created="", articles=articles,
                        stories=[Story(id="s1", label="x", articles=["a1", "a2", "a3"])])
    context = StoryContext(analysis)

    def event(*where: str) -> Event:
        return Event(id="v1", type="AID", source=ActorRef(description="the agency"),
                     evidence=[Evidence(article=a, start=0, end=1, sentence="x") for a in where])

    assert context.language(event("a2")) == "en"
    assert context.language(event("a1", "a2")) == "id"  # told in both: the story's language
    assert context.language(event("a3")) == "id"


def test_a_pronoun_goes_on_from_a_name_opening_the_sentence_with_an_appositive() -> None:
    text = ('Made Wirawan, the province\'s fisheries chief, blamed the storms for the shortage. '
            '"Stocks will recover within a month," he was quoted as saying.')
    made = _entity(text, "Made Wirawan", "e1")
    quotes = find_quotes(text, split_sentences(text), [made], "a1")
    assert only(quotes, "Stocks will recover").speaker.entity == "e1"
