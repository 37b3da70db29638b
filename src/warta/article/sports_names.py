"""Players and clubs told apart by the game's words around them.

The NER model reads many footballers' names as clubs and some clubs' names as people ("Stefano
Lilipaly" a body, "KAS Eupen" a person). Sports reports say which is which:

    Sundulan Lilipaly melambung, striker Nama mencetak gol      a header, a position: a person
    klub Belgia, KAS Eupen; SC Cambuur; Bali FC                 a club's own word: an organisation

Only entities the gazetteer does not know change, and a person with a role keeps its type.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from warta.article.chunks import PLURAL_NICKNAME
from warta.article.gazetteer import gazetteer
from warta.article.lexicon import lexicon
from warta.article.mentions import Found, kept_of
from warta.article.person_cues import name_shaped
from warta.article.tokens import fold, tokenize
from warta.models import Entity, Mention

# Positions of one player, written right before the player's name, and a header, which only one
# player makes ("striker X", "kiper X", "sundulan X"; one word of manner may stand between:
# "sundulan keras X"). Other acts are a team's too ("gol Arsenal", "umpan Barcelona"), so they say
# nothing; a position before a club names the club's player after it ("striker Arsenal Nama"), so
# the cue holds only where no name or comma follows the mention.
PLAYER_WORDS = frozenset({
    "striker", "gelandang", "bek", "kiper", "penyerang", "winger", "penjaga gawang", "bomber", "sundulan",
})
# Words of a club's own name ("KAS Eupen", "SC Cambuur", "Bali United FC"): written in capitals as
# shown, before or after the club's place or name; "AS" is left out (also Amerika Serikat).
CLUB_WORDS = frozenset({"FC", "KAS", "SC", "AC", "CF", "AFC", "SV", "FK", "NK", "VfB", "VfL", "BV", "SSC"})
# A club set off after its kind and, maybe, its country: "klub Belgia, KAS Eupen", "klub asal Belanda,
# SC Cambuur". Without the comma the name may be the club's owner ("klub Stefano Lilipaly": his club);
# a word after the kind that is no place is a club, and what follows its comma its player ("skuad
# Chelsea, Diego Costa").
_CLUB_KIND = re.compile(r"\b(?:klub|skuad|skuat)\s+(?:asal\s+)?([A-Z]\w+)\s*,\s*\Z")
# Words of clubs' names that are no one's name ("Stoke City", "Inter Milan", "Tampines Rovers"), and
# the "Per-" of Indonesian clubs' names ("Persib", "Persela", "Persegres").
_CLUB_NAME_WORDS = CLUB_WORDS | frozenset({
    "United", "City", "Inter", "Real", "Deportivo", "Athletic", "Atletico", "Sporting", "Rovers", "Wanderers",
    "Hotspur", "Timnas",
})
_INDONESIAN_CLUB = re.compile(r"Pers[a-z]+")
_BRAND_CAPITALS = re.compile(r"(?!Mc|Mac)[A-Z][a-z]+[A-Z]")  # not "McBurnie", "MacArthur"
_NAME_OR_COMMA_AFTER = re.compile(r"\s*(?:,|[A-Z])")
_WORDS_BEFORE = re.compile(r"(?:\b([a-z]+)\s+)?\b([A-Za-z][a-z]+)\s*\Z")
_LOOK_BACK = 40


def with_sports_types(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``entities`` with players read as clubs made people and clubs read as people made bodies."""
    people = _people_spans(entities)
    return [_retyped(entity, text, people) for entity in entities]


def _retyped(entity: Entity, text: str, people: Sequence[tuple[int, int]] = ()) -> Entity:
    if entity.gazetteer_id is not None or entity.type not in ("PERSON", "ORG"):
        return entity
    club = any(_club_named(m, text) for m in entity.mentions)
    # a one-word club is often named after a position ("penyerang Barcelona itu"): a first and last name only
    full_name = max(len(m.text.split()) for m in entity.mentions) >= 2
    if entity.type == "ORG" and not club and full_name and _player(entity, text, people) \
            and all(_person_shaped(m.text) for m in entity.mentions):
        return entity.model_copy(update={"type": "PERSON"})
    club = club or (entity.type == "PERSON" and not full_name
                    and any(_team_in_match(m, text) for m in entity.mentions))
    club = club or (entity.type == "PERSON" and full_name and _nicknamed_team(entity, text))
    if entity.type == "PERSON" and club and not _held_role(entity) and not _player(entity, text, people):
        return entity.model_copy(update={"type": "ORG", "roles": []})  # a team's post is its coach's
    return entity


# Posts of a team that the title grammar reads before a club's one-word name as if it were its holder's
# ("Pelatih Torino mengakui …": Torino's coach, no person "Torino").
_TEAM_POSTS = frozenset({"pelatih", "manajer", "kapten", "presiden klub", "arsitek"})


def _held_role(entity: Entity) -> bool:
    """The entity holds a role other than a team's post written before its one-word name."""
    return any(" ".join(role.casefold().split()) not in _TEAM_POSTS for role in entity.roles)


# "PS" opens many clubs' names before their patron's or town's ("PS TNI", "PS Barito"), and is a pair of
# initials too ("Bambang PS Brodjonegoro"): it opens a club only where it stands alone before the next
# name in a paragraph that reports a match.
_CLUB_INITIALS = frozenset({"PS", "PSS", "PSM", "PSIS"})
_MATCH_CUES = re.compile(r"\b(?:kontra|melawan|menjamu|bertandang|[Kk]lub|[Ss]kua[dt]|[Pp]elatih|[Ll]iga)\b")


def with_club_initials(found: list[Found], text: str) -> list[Found]:
    """``found`` with a club's initials and the name right after them joined into the club ("[PS] [TNI]"
    read as initials and the army is "PS TNI"), where the paragraph reports a match."""
    joined = [(head, name) for head, name in pairwise(found)
              if _initials_head(head.text) and _no_role_but_a_teams(head) and name.role is None
              and text[head.end:name.start] == " " and name.type in (None, "ORG", "LOC", "PERSON")
              and _match_paragraph(text, head.start)]
    if not joined:
        return found
    for head, name in joined:
        head.first += len(head.text.split()) - 1  # "[Skuad] PS TNI": the team's noun stays out
        head.start = head.end - len(head.text.split()[-1])
        head.end, head.last, head.text, head.type = name.end, name.last, text[head.start:name.end], "ORG"
        head.ids, head.unseen, head.after, head.hint = (), False, name.after, None
        head.role, head.role_orgs = None, []  # "Pelatih [PS] TNI": the club's coach, no one named "PS"
    names = {id(name) for _, name in joined}
    return kept_of(found, [m for m in found if id(m) not in names])


def _no_role_but_a_teams(mention: Found) -> bool:
    return mention.role is None or " ".join(mention.role.casefold().split()) in _TEAM_POSTS


def _initials_head(text: str) -> bool:
    """A club's initials, maybe after a team's noun the model read along ("Skuad PS")."""
    *before, last = text.split()
    return last in _CLUB_INITIALS and all(lexicon().kind_of(fold(w), "collective") for w in before)


def _match_paragraph(text: str, at: int) -> bool:
    """The paragraph around ``at`` gives a score or a word of a match or a club."""
    start = max((m.end() for m in _PARAGRAPH_END.finditer(text, 0, at)), default=0)
    end_match = _PARAGRAPH_END.search(text, at)
    end = end_match.start() if end_match else len(text)
    return _SCORE.search(text, start, end) is not None or _MATCH_CUES.search(text, start, end) is not None


def _player(entity: Entity, text: str, people: Sequence[tuple[int, int]]) -> bool:
    """The words around some mention show a player (asked last: it reads the text around each)."""
    return any(_player_named(m, text) or _listed_with_people(m, text, people) or _full_name_cued(m, text)
               for m in entity.mentions)


def _person_shaped(text: str) -> bool:
    """A person's name and nothing a club's name holds: no place or body the gazetteer knows ("Stoke",
    "Milan"), no club's word ("City", "FC"), no "Per-" club ("Persela")."""
    words = text.split()
    if not name_shaped(text) or any(w in _CLUB_NAME_WORDS or _INDONESIAN_CLUB.fullmatch(w) for w in words):
        return False
    if any(_BRAND_CAPITALS.match(w) for w in words):
        return False  # "MyNurz Store", "AnyMind Group": a brand's inner capital
    tokens = tokenize(text)
    return not any(gazetteer().match(tokens, k) for k in range(len(tokens)))


def _player_named(mention: Mention, text: str) -> bool:
    """A position or a player's act right before the mention, one lower-case word between at most."""
    before = _WORDS_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    if before is None:
        return False
    if _NAME_OR_COMMA_AFTER.match(text, mention.end):
        return False
    first, last = before.group(1), before.group(2).lower()
    pair = f"{first} {last}" if first else ""
    return last in PLAYER_WORDS or pair in PLAYER_WORDS or (first is not None and first in PLAYER_WORDS)


# A team's acts too ("gol Arsenal"), so they make a player only of a name of two words or more that holds
# no club's word ("dicetak Patrick Cutrone", "tendangan Nama Nama").
PLAYER_ACTS = frozenset({"gol", "dicetak", "tendangan", "umpan", "assist", "sepakan", "tembakan"})
# A sportsperson's noun opening the phrase the name is set off after ("pemain pengganti yang baru masuk ,
# Nama Nama"; "Pebulu tangkis tunggal putra nasional , Nama Nama").
_SPORTSPERSON_BEFORE = re.compile(
    r"\b(?:[Pp]emain|[Pp]ebulu ?tangkis|[Pp]etenis|[Pp]e[mb]?balap|[Pp]elari|[Pp]egolf|[Pp]erenang|[Aa]tlet"
    r"|[Ss]triker|[Gg]elandang|[Kk]iper|[Pp]enyerang|[Ww]inger)\b[^.,;:\"“”()]{0,60},\s*\Z")


def _full_name_cued(mention: Mention, text: str) -> bool:
    """A name of two words or more after a player's act ("dicetak Patrick Cutrone") or set off after a
    sportsperson's noun ("Pebulu tangkis tunggal putra nasional , Jonatan Christie ,")."""
    if " " not in mention.text:
        return False
    before = _WORDS_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    if before is not None and before.group(2).lower() in PLAYER_ACTS:
        return True
    if not text[max(0, mention.start - 3):mention.start].rstrip().endswith(","):
        return False  # the noun's phrase is set off by a comma: read the phrase only then
    reach = max(0, mention.start - 2 * _LOOK_BACK)
    return _SPORTSPERSON_BEFORE.search(text, reach, mention.start) is not None


# What stands between the names of a list ("Paul Pogba , dan Anthony Martial"; "Martial dan Mkhitaryan").
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)")


def _people_spans(entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """Where the people's two-word names or longer are mentioned, in text order."""
    return sorted((m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions
                  if " " in m.text)


_LISTED_PEOPLE = 2  # a name and a person beside it may be a pair ("Valentino Rossi dan Movistar Yamaha")


def _listed_with_people(mention: Mention, text: str, people: Sequence[tuple[int, int]]) -> bool:
    """The mention stands in a list of people's full names, two of them at least ("Eric Bailly , Paul
    Pogba , dan Anthony Martial mencetak gol"): one more of them."""
    k = bisect_left(people, (mention.start, mention.end))
    listed, start = 0, mention.start
    for before in reversed(people[:k]):
        if not _LIST_GLUE.fullmatch(text, before[1], start):
            break
        listed, start = listed + 1, before[0]
    end = mention.end
    for after in people[k:]:
        if after[0] < end or not _LIST_GLUE.fullmatch(text, end, after[0]):
            break
        listed, end = listed + 1, after[1]
    return listed >= _LISTED_PEOPLE


def _club_named(mention: Mention, text: str) -> bool:
    """The mention holds a club's own word, or a club's kind stands right before it."""
    words = mention.text.split()
    if len(words) > 1 and (words[0] in CLUB_WORDS or words[-1] in CLUB_WORDS):
        return True
    if len(words) > 1 and _INDONESIAN_CLUB.fullmatch(words[0]):
        return True  # "Perseru Serui", "Persipura Jayapura": a "Per-" club and its town
    kind = _CLUB_KIND.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    return kind is not None and _place(kind.group(1))


def _place(word: str) -> bool:
    """The gazetteer knows the word as a place ("Belgia", "Belanda")."""
    found = gazetteer().match(tokenize(word), 0)
    return found is not None and gazetteer().entries[found[1][0]].type == "LOC"


# A team's part in a match, right before or after its name ("Fiorentina kontra Torino", "menjamu PS
# TNI", "Torino bertandang ke"); people are set against each other too ("Jokowi melawan Prabowo"), so a
# score in the same sentence ("2-1", IndoSum's "2 - 1") must say the sentence is a match report. A score
# right after the name ("Torino menang 2-1") is a cue of its own.
_MATCH_AFTER = re.compile(r"\s+(?:kontra|melawan|menjamu|bertandang|vs\.?"
                          r"|(?:menang|kalah|unggul|takluk|imbang)\s+\d{1,2}\s?-\s?\d)\b")
_MATCH_BEFORE = re.compile(r"\b(?:kontra|melawan|menjamu|vs\.?|markas|ditantang|dibantai|dikalahkan|ditahan"
                           r"|(?:direkrut|didatangkan|dipinjam|hijrah|pindah)\s+(?:dari|ke))\s+\Z")
_SCORE = re.compile(r"(?<![\d.,:/-])\d{1,2}\s?-\s?\d{1,2}(?![\d.,:/-])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)")


# Words of a team game's report that may stand anywhere in the article ("Torino bertandang ke markas
# Fiorentina … mencetak dua gol"): with a side set against another they make the sides clubs. Words of
# any match ("laga", "pelatih") are left out: a player of badminton or tennis is set against another too.
_CLUB_CUES = re.compile(r"\b(?:[Kk]lub|[Ss]kua[dt]|[Ll]iga|[Gg]ol|[Kk]lasemen|Serie A)\b")
_PARAGRAPH_END = re.compile(r"\n\s*\n")


def _team_in_match(mention: Mention, text: str) -> bool:
    """A one-word name set against another side ("kontra X", "ditantang X") or named as the club a player
    came from ("direkrut dari X") in a sentence that gives a score, or in a report on a team game (with
    "klub", "skuad", "Liga", "gol" somewhere in it): a club."""
    if not (_MATCH_AFTER.match(text, mention.end)
            or _MATCH_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)):
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)), default=0)
    end_match = _SENTENCE_END.search(text, mention.end)
    if _SCORE.search(text, start, end_match.end() if end_match else len(text)) is not None:
        return True
    return _CLUB_CUES.search(text) is not None



# A team's nickname in English ("Raptors", ``chunks.PLURAL_NICKNAME``) after a town the gazetteer does not
# know; family names are shaped so too ("Williams"), so the nickname must also stand alone after a team's
# noun ("pemain Raptors", "kubu Nets") in a report on a game.
_TEAM_NOUN_BEFORE = r"\b(?:[Tt]im|[Ss]kua[dt]|[Kk]ubu|[Mm]arkas|[Kk]lub|[Pp]emain|[Pp]ebasket)\s+"
_TEAM_GAME_CUES = re.compile(
    r"\b(?:[Kk]lub|[Ss]kua[dt]|[Ll]iga|[Gg]ol|[Kk]lasemen|Serie A|NBA|NFL|NHL|MLB)\b")


def _nicknamed_team(entity: Entity, text: str) -> bool:
    """A run of a town the gazetteer does not know and a team's nickname ("Toronto Raptors"), read as a
    person: the nickname stands alone after a team's noun elsewhere in a report on a team game."""
    nicknames = {m.text.split()[-1] for m in entity.mentions if len(m.text.split()) >= 2}
    nicknames = {word for word in nicknames if PLURAL_NICKNAME.fullmatch(word)}
    if not nicknames or _TEAM_GAME_CUES.search(text) is None:
        return False
    return any(re.search(_TEAM_NOUN_BEFORE + re.escape(word) + r"\b", text) for word in nicknames)
