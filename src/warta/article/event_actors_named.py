"""Role-only actors the article names elsewhere (``docs/annotation.md``: resolve a role to the
name when the article gives it):

    seorang guru bernama Budi Santoso           the name the role is given right after it
    mantan auditor BPK, Sigit Yugoharto, …      the person set off by commas after a role
    Polisi Medan menangkap …                    the police body of that city the article names
                                                ("Polsek Medan Baru")
    "Menyatakan …," ujar Ketua Majelis Hakim X  the court the article names, the judge's body
    menolak permohonan pemohon                  the filer the article names ("permohonan yang
                                                diajukan pasangan calon X dan Y")
    terdakwa                                    the one the article names as the accused

Each function reads the article text and its entity mentions only; none guesses when the
article names no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.actors import MentionIndex
from warta.models import ActorRef, Entity

# "perawat bernama Andi", "seorang pria berinisial AS", "tersangka bernama lengkap Andi Wijaya"
_NAMED_AFTER = re.compile(r"\s+(?:bernama|berinisial|berinisal)(?:\s+lengkap)?\s+")
# Names of courts: the judges of an article on a verdict act for the court it names.
_COURT_NAMES = ("mahkamah", "pengadilan")
# Words that say a judge speaks: "Ketua Majelis Hakim", "hakim anggota", "Hakim Ketua".
_JUDGES = frozenset({"hakim", "majelis"})
# The filer of a petition or suit, named after it: "permohonan yang diajukan (oleh) pasangan calon X",
# "gugatan pasangan X", or set off as the one filing: "X selaku pemohon", "pemohon, X".
# After "yang diajukan (oleh)" a few lower-case words may describe the filer ("pedagang pasar").
_FILED = re.compile(
    r"\b(?:[Pp]ermohonan|[Gg]ugatan|[Ss]engketa)(?:nya)?\s+(?:yang\s+diajukan\s+(?:oleh\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}|(?:(?:pasangan|calon|pihak|kubu|tim|kuasa|hukum)\s+)*)$")
_FILER_WORDS = frozenset({"pemohon", "penggugat", "pelapor"})
_ACCUSED_WORDS = frozenset({"terdakwa", "terpidana"})
# "mantan auditor BPK, Sigit Yugoharto (51), didakwa", "penyanyi asal AS, yakni Bruno Mars, …": a
# person's name set off by commas (after "yakni"/"yaitu" too), an age in brackets allowed, closed by a comma.
_APPOSED_OPENING = re.compile(r"\s*,\s*(?:(?:yakni|yaitu)\s+)?")
_APPOSED_CLOSING = re.compile(
    r"\s*(?:\(\s*\d{1,3}\s*(?:tahun|thn)?\s*\)\s*)?(?:,(?!\s*(?:dan|serta|atau)\b)|\s*(?:[.;]|$))")
# Words of the role left outside its phrase before the comma ("pakar IT lulusan ITB, Hermansyah"):
# no clause or list word, no verb ("Polisi menangkap pria asal Cianjur, Dedi"), nor a preposition that
# makes what follows a side of its own.
_ROLE_TAIL = re.compile(r"(?:\s+(?!(?:yang|dan|serta|atau|di|ke|dari|kepada|pada|oleh|dengan|terhadap|"
                        r"untuk|bagi|karena|saat|setelah|sebelum|agar|bahwa)\b)(?!(?:me|di|ber|ter)[a-z]{3,})"
                        r"[\w()./-]+){0,8}?(?=\s*,)")
# Words that end a role before a body or place it names ("auditor BPK", "warga asal Garut") but never
# a preposition, which makes the body or place a side of its own ("bertemu dengan KPK, Agus …").
_ROLE_WORD = re.compile(r"(?<![\w-])(?!(?:di|ke|dari|kepada|pada|oleh|dengan|terhadap|untuk|bagi|antara|"
                        r"atas|melalui|dalam|dan|serta|atau|yang)\s)[a-z][\w-]*\s+$")
_ROLE_BEFORE = 60  # characters before a name in which its filing or its "terdakwa" is said
# Bodies that prosecute: charges read in court ("didakwa", "dituntut") are theirs.
_PROSECUTIONS = ("kejaksaan", "kejati", "kejari", "komisi pemberantasan korupsi", "kpk")
_PROSECUTOR_WORDS = frozenset({"jaksa", "jpu", "penuntut"})  # "tuntutan jaksa": a trigger naming its agent
_PROSECUTORS = re.compile(r"\b(?:jaksa penuntut umum|penuntut umum|jaksa)\b", re.I)
# Officers who announce a party's decisions ("Sekjen PDIP Hasto", "Ketua Umum Partai X"): a party's
# nominations and coalitions they announce are the party's acts (docs/annotation.md: a spokesperson
# announcing an act of their organisation).
_PARTY_OFFICERS = re.compile(
    r"^(?:sekjen|sekretaris jenderal|ketua umum|ketum|wakil ketua umum|waketum|ketua dpp|ketua harian|"
    r"juru bicara|jubir|ketua fraksi)\b", re.I)
_PARTY_ACRONYMS = frozenset({"pdip", "pdi-p", "pdi perjuangan", "golkar", "gerindra", "pks", "pkb", "ppp",
                             "pan", "nasdem", "hanura", "demokrat", "perindo", "psi", "berkarya"})


def named_after(text: str, index: MentionIndex, stop: int) -> ActorRef | None:
    """"perawat bernama Zainal Arifin": the person a role is given as right after it."""
    found = _NAMED_AFTER.match(text, stop)
    if found is None:
        return None
    named = [m for m in index.within(found.end(), found.end() + 1) if m.start == found.end()]
    if not named or named[0].entity.type != "PERSON":
        return None
    return ActorRef(entity=named[0].entity.id, name=named[0].entity.name)


def named_in_apposition(text: str, index: MentionIndex, start: int, stop: int) -> ActorRef | None:
    """"Mantan auditor BPK, Sigit Yugoharto, didakwa …": the person a role phrase ``[start, stop)`` is
    given as, set off by commas right after it. A phrase that names a body or place counts as a role
    only after a lower-case word that is no preposition ("auditor BPK", not "dengan BPK"); a
    person's own name is never a role ("Andi, Budi, dan Citra")."""
    inside = index.within(start, stop)
    if any(m.entity.type == "PERSON" for m in inside):
        return None
    if inside and inside[0].start <= start and not _ROLE_WORD.search(text, max(0, start - 30), start):
        return None  # a body or place standing alone: "KPK, Agus …" lists two sides
    tail = _ROLE_TAIL.match(text, stop)
    if tail is not None and tail.end() > stop and any(
            m.entity.type == "PERSON" for m in index.within(stop, tail.end())):
        return None  # "istri Atim, Sanya": the role belongs to a person named in it
    opening = _APPOSED_OPENING.match(text, tail.end() if tail is not None else stop)
    if opening is None:
        return None
    named = [m for m in index.within(opening.end(), opening.end() + 1) if m.start == opening.end()]
    if not named or named[0].entity.type != "PERSON" or not _APPOSED_CLOSING.match(text, named[0].end):
        return None
    return ActorRef(entity=named[0].entity.id, name=named[0].entity.name)


def _article_bodies(entities: Sequence[Entity], article_id: str, prefixes: tuple[str, ...]) -> list[Entity]:
    """The organisations of the article whose name opens with one of ``prefixes``, most named first."""
    bodies = [e for e in entities if e.type == "ORG" and e.name.lower().startswith(prefixes)
              and any(m.article == article_id for m in e.mentions)]
    return sorted(bodies, key=lambda e: (-len(e.mentions), min(m.start for m in e.mentions)))


def city_police(entities: Sequence[Entity], article_id: str, places: Sequence[str],
                police_names: tuple[str, ...]) -> ActorRef | None:
    """"Polisi Medan": of the police bodies the article names, the one whose name holds every
    place word (``places``, folded), the most named first; None when none does."""
    if not places:
        return None
    for body in _article_bodies(entities, article_id, police_names):
        words = set(re.findall(r"[^\W_]+", body.name.lower()))
        if all(place in words for place in places):
            return ActorRef(entity=body.id, name=body.name)
    return None


def article_court(entities: Sequence[Entity], article_id: str) -> ActorRef | None:
    """The court the article names most; None when it names none."""
    courts = _article_bodies(entities, article_id, _COURT_NAMES)
    return ActorRef(entity=courts[0].id, name=courts[0].name) if courts else None


def judge_speaking(speaker: ActorRef | None, entity: Entity | None) -> bool:
    """Is the speaker of a quote a judge ("Ketua Majelis Hakim X", "hakim anggota")?"""
    said = [speaker.description or "" if speaker is not None else "", *(entity.roles if entity else [])]
    return any(_JUDGES & set(re.findall(r"[^\W_]+", role.lower())) for role in said)


def filer(text: str, index: MentionIndex) -> ActorRef | None:
    """The one the article names as filing the petition or suit: the first person or body named
    right after "permohonan (yang diajukan) (pasangan calon)" or right after "pemohon"."""
    for mention in index.mentions:
        if mention.entity.type not in ("PERSON", "ORG"):
            continue
        before = text[max(0, mention.start - _ROLE_BEFORE):mention.start]
        if _FILED.search(before) or _role_right_before(before, _FILER_WORDS):
            return ActorRef(entity=mention.entity.id, name=mention.entity.name)
    return None


def accused(text: str, index: MentionIndex) -> ActorRef | None:
    """The one the article names as the accused ("terdakwa X", "X selaku terdakwa")."""
    for mention in index.mentions:
        if mention.entity.type != "PERSON":
            continue
        before = text[max(0, mention.start - _ROLE_BEFORE):mention.start]
        after = text[mention.end:mention.end + _ROLE_BEFORE]
        if _role_right_before(before, _ACCUSED_WORDS) or re.match(r"\s*(?:,\s*)?selaku\s+terdakwa\b", after):
            return ActorRef(entity=mention.entity.id, name=mention.entity.name)
    return None


def _role_right_before(before: str, roles: frozenset[str]) -> bool:
    """"terdakwa Andi", "pemohon, Andi": one of ``roles`` is the last word before a name."""
    words = re.findall(r"[^\W_]+", before.lower())
    return bool(words) and words[-1] in roles and not before.rstrip().endswith(".")


def party_of_officer(person: Entity | None, by_id: dict[str, Entity]) -> ActorRef | None:
    """"Sekjen PDIP Hasto Kristyanto memastikan tidak akan mengusung X": the party whose officer
    announces it; None for anyone else."""
    if person is None or person.type != "PERSON" or not any(_PARTY_OFFICERS.match(r) for r in person.roles):
        return None
    for relation in person.relations:
        party = by_id.get(relation.target or "")
        if relation.type == "role-in" and party is not None and _party(party):
            return ActorRef(entity=party.id, name=party.name)
    return None


def _party(body: Entity) -> bool:
    names = [n.lower() for n in (body.name, *body.aliases)]
    return body.type == "ORG" and (names[0].startswith("partai ") or any(n in _PARTY_ACRONYMS for n in names))


def prosecution(text: str, entities: Sequence[Entity], article_id: str) -> ActorRef | None:
    """Who charges the accused in the article: the prosecuting body it names most, else its
    prosecutors as the article calls them ("jaksa penuntut umum"); None when it names neither."""
    bodies = _article_bodies(entities, article_id, _PROSECUTIONS)
    if bodies:
        return ActorRef(entity=bodies[0].id, name=bodies[0].name)
    found = _PROSECUTORS.search(text)
    return ActorRef(description=found.group().lower()) if found is not None else None


def names_prosecutors(words: Sequence[str]) -> bool:
    """Do the (folded) words after a noun trigger's noun name the prosecutors ("tuntutan jaksa")?"""
    return any(word in _PROSECUTOR_WORDS for word in words)
