"""A hand-built analysis that fills every section the pages show (fictional Indonesian news).

Offsets are computed from the text, so the fixture stays right when a sentence is edited.
Article a3 carries hostile markup in its title and body: pages must show it as text.
"""

from __future__ import annotations

from typing import Any

from warta.models import (
    ActorRef,
    Analysis,
    Article,
    Claim,
    Entity,
    Event,
    Evidence,
    Mention,
    MetadataLine,
    Position,
    Quote,
    RemovedLine,
    Story,
    SummarySentence,
    TimelineEntry,
    Timex,
)

HOSTILE = '<script>alert("xss")</script><img src=x onerror=alert(1)>'

_A1 = [
    ["SUNGAIWANGI - Wali Kota Sungaiwangi Rina Marlina menetapkan status tanggap darurat banjir pada "
     "Senin (6/3/2023).",
     "Warga setempat menyebut tanggul Sungai Wangi jebol sejak Minggu malam."],
    ['"Kami mengerahkan seluruh petugas ke lokasi banjir," kata Rina kepada wartawan.',
     "Badan Penanggulangan Bencana Daerah mencatat 1.200 warga mengungsi."],
]
_A2 = [
    ["Kepala BPBD Sungaiwangi Agus Salim membantah kabar bahwa tanggul Sungai Wangi jebol.",
     '"Tanggul masih utuh, air meluap karena hujan deras," ujar Agus pada Selasa (7/3/2023).'],
    ["Rina Marlina meminta bantuan pemerintah provinsi untuk mendirikan dapur umum.",
     "Pemerintah provinsi disebut akan mengirim bantuan bulan ini, namun belum ada kepastian."],
]
_A3 = [
    ["Harga cabai di Pasar Lama, Indonesia, naik dua kali lipat pekan ini.",
     f"Seorang pedagang menulis {HOSTILE} di papan harga sebagai protes."],
]


def _body(paragraphs: list[list[str]]) -> tuple[str, list[list[int]], list[list[int]]]:
    body, paras, sentences = "", [], []
    for number, paragraph in enumerate(paragraphs):
        if number:
            body += "\n\n"
        start = len(body)
        for i, sentence in enumerate(paragraph):
            if i:
                body += " "
            sentences.append([len(body), len(body) + len(sentence)])
            body += sentence
        paras.append([start, len(body)])
    return body, paras, sentences


def _article(ident: str, paragraphs: list[list[str]], **meta: Any) -> Article:
    body, paras, sentences = _body(paragraphs)
    return Article(id=ident, source=f"uji/{ident}.txt", sha256=ident * 8, language="id", body=body,
                   paragraphs=paras, sentences=sentences, **meta)


def span(article: Article, text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = article.body.index(text, start + 1)
    return start, start + len(text)


def _mentions(articles: dict[str, Article], *found: tuple[str, str, int]) -> list[Mention]:
    out = []
    for article_id, text, nth in found:
        start, end = span(articles[article_id], text, nth)
        out.append(Mention(article=article_id, start=start, end=end, text=text))
    return out


def _evidence(article: Article, sentence: str) -> Evidence:
    start, end = span(article, sentence)
    return Evidence(article=article.id, start=start, end=end, sentence=sentence)


def full_analysis() -> Analysis:
    """Two stories, three articles, and every kind of annotation the pages render."""
    a1 = _article("a1", _A1, outlet="kabarpesisir", outlet_name="Kabar Pesisir", title="Sungaiwangi Tetapkan Tanggap Darurat Banjir",
                  published="2023-03-06T10:00+07:00", published_source="dateline", authors=["Sari Dewi"],
                  dateline="Sungaiwangi",
                  removed=[RemovedLine(text="Baca juga: Jalan Lintas Timur Lumpuh", reason="related-link", line=7),
                           RemovedLine(text="Bagikan ke WhatsApp", reason="share-widget", line=9)],
                  metadata_lines=[MetadataLine(text="Senin, 6 Maret 2023 10:00 WIB", kind="date", line=2)])
    a2 = _article("a2", _A2, outlet="wartatimur", outlet_name="Warta Timur", title="BPBD Bantah Tanggul Sungai Wangi Jebol",
                  published="2023-03-07", published_source="estimated", published_window=["2023-03-07", "2023-03-08"])
    a3 = _article("a3", _A3, outlet="kabarpesisir", outlet_name="Kabar Pesisir", title=f"Harga Cabai Naik {HOSTILE}",
                  published="2023-03-09", published_source="lead")
    by_id = {a.id: a for a in (a1, a2, a3)}
    entities = [
        Entity(id="e1", name="Rina Marlina", type="PERSON", aliases=["Rina", "Rina Marlina"],
               roles=["Wali Kota Sungaiwangi"],
               mentions=_mentions(by_id, ("a1", "Rina Marlina", 0), ("a1", "Rina", 1), ("a2", "Rina Marlina", 0))),
        Entity(id="e2", name="Agus Salim", type="PERSON", aliases=["Agus", "Agus Salim"], roles=["Kepala BPBD Sungaiwangi"],
               mentions=_mentions(by_id, ("a2", "Agus Salim", 0), ("a2", "Agus", 1))),
        Entity(id="e3", name="Badan Penanggulangan Bencana Daerah", type="ORG", aliases=["BPBD"],
               mentions=_mentions(by_id, ("a1", "Badan Penanggulangan Bencana Daerah", 0), ("a2", "BPBD", 0))),
        Entity(id="e4", name="Pemerintah Provinsi", type="ORG", aliases=["pemerintah provinsi"],
               mentions=_mentions(by_id, ("a2", "pemerintah provinsi", 0))),
        Entity(id="e5", name="Sungaiwangi", type="LOC", aliases=["SUNGAIWANGI"],
               mentions=_mentions(by_id, ("a1", "SUNGAIWANGI", 0), ("a1", "Sungaiwangi", 0)),
               relations=[]),
        Entity(id="e6", name="Indonesia", type="LOC", kb_id="Q252", mentions=_mentions(by_id, ("a3", "Indonesia", 0))),
    ]
    timexes = [
        Timex(article="a1", start=span(a1, "Senin (6/3/2023)")[0], end=span(a1, "Senin (6/3/2023)")[1],
              text="Senin (6/3/2023)", type="DATE", value="2023-03-06", anchor=None),
        Timex(article="a2", start=span(a2, "Selasa (7/3/2023)")[0], end=span(a2, "Selasa (7/3/2023)")[1],
              text="Selasa (7/3/2023)", type="DATE", value="2023-03-07", anchor=None),
        Timex(article="a3", start=span(a3, "pekan ini")[0], end=span(a3, "pekan ini")[1], text="pekan ini",
              type="DATE", value="2023-W10", anchor="published"),
    ]
    q1_text = "Kami mengerahkan seluruh petugas ke lokasi banjir,"
    q2_text = "Tanggul masih utuh, air meluap karena hujan deras,"
    quotes = [
        Quote(id="q1", article="a1", start=span(a1, q1_text)[0], end=span(a1, q1_text)[1], text=q1_text, direct=True,
              cue="kata", speaker=ActorRef(entity="e1", name="Rina Marlina", description="Wali Kota Sungaiwangi")),
        Quote(id="q2", article="a2", start=span(a2, q2_text)[0], end=span(a2, q2_text)[1], text=q2_text, direct=True,
              cue="ujar", speaker=ActorRef(entity="e2", name="Agus Salim", description="Kepala BPBD Sungaiwangi")),
    ]
    rina = ActorRef(entity="e1", name="Rina Marlina")
    province = ActorRef(entity="e4", name="Pemerintah Provinsi")
    events = [
        Event(id="v1", type="REQUEST", source=rina, target=province, date="2023-03-07",
              evidence=[_evidence(a2, _A2[1][0])]),
        Event(id="v2", type="MOBILIZE", source=rina, target=ActorRef(entity="e3", name="Badan Penanggulangan Bencana Daerah"),
              date="2023-03-06", status="confirmed", evidence=[_evidence(a1, _A1[1][0])]),
        Event(id="v3", type="AID", source=province, target=rina, date="2023-03", modality="planned",
              status="unconfirmed", evidence=[_evidence(a2, _A2[1][1])]),
    ]
    claims = [
        Claim(id="c1", statement="Tanggul Sungai Wangi jebol", verdict="contested", positions=[
            Position(holder=ActorRef(description="warga setempat"), stance="asserts", article="a1", evidence=_A1[0][1]),
            Position(holder=ActorRef(entity="e2", name="Agus Salim"), stance="denies", article="a2", evidence=_A2[0][0]),
        ]),
        Claim(id="c2", statement="Wali kota meminta bantuan provinsi", event="v1", verdict="confirmed", positions=[
            Position(holder=ActorRef(entity="e1", name="Rina Marlina"), stance="asserts", article="a2",
                     evidence=_A2[1][0]),
        ]),
    ]
    return Analysis(
        warta_version="0.1.0", created="2023-03-10T08:00:00Z", articles=[a1, a2, a3], entities=entities,
        timexes=timexes, quotes=quotes, events=events,
        stories=[Story(id="s1", label="Banjir Sungaiwangi", articles=["a1", "a2"]),
                 Story(id="s2", label="Harga cabai naik", articles=["a3"])],
        timeline=[TimelineEntry(date="2023-03-06", events=["v2"], label="Status tanggap darurat ditetapkan"),
                  TimelineEntry(date="2023-03-07", events=["v1"], label="Wali kota minta bantuan provinsi"),
                  TimelineEntry(date="2023-03", events=["v3"], label="Bantuan provinsi direncanakan")],
        claims=claims,
        summary=[SummarySentence(sentence="Wali Kota Sungaiwangi menetapkan status tanggap darurat banjir pada 6 Maret 2023.",
                                 citations=["a1"]),
                 SummarySentence(sentence="Kepala BPBD membantah bahwa tanggul Sungai Wangi jebol, sedangkan warga menyebutnya jebol.",
                                 citations=["a2", "a1"])],
    )
