"""English-only readings of the event coder's triggers (the English rows of event_triggers.tsv).

English marks the passive with an auxiliary before a past participle ("Armenia was attacked by
Azerbaijan"); the trigger rows are written in the active voice, so a row is read as passive
when such an auxiliary stands before it, possibly with an adverb between ("were later
arrested"). A progressive ("Finland is expelling two diplomats") is active: its verb ends in -ing.
"""

from __future__ import annotations

from dataclasses import replace

from warta.article.event_actors import Slots
from warta.article.event_lexicon import Token, TriggerMatch, word_set
from warta.article.event_phrases import Phrase

_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get"})
# Adverbs that may sit between the auxiliary and the participle: "were reportedly detained".
_BETWEEN = frozenset({"later", "also", "then", "still", "not", "never", "already", "since", "all"})


def english_voice(match: TriggerMatch, tokens: list[Token]) -> TriggerMatch:
    """``match`` read as passive when an auxiliary comes before its participle."""
    if match.row.voice != "active" or tokens[match.first].low.endswith("ing"):
        return match
    i = match.first - 1
    if i > 0 and (tokens[i].low in _BETWEEN or tokens[i].low.endswith("ly")):
        i -= 1  # one adverb: "was swiftly condemned"
    if i >= 0 and tokens[i].low in _AUXILIARIES:
        return replace(match, row=replace(match.row, voice="passive"))
    return match


# Unnamed actors of English news: a common noun for a body or a group of people ("police arrested
# forty protesters"). The phrase finder knows Indonesian heads and English capitalised runs only.
_HEADS = word_set("""
police policemen troops soldiers army military forces rebels militants insurgents fighters gunmen
protesters demonstrators activists students workers teachers farmers unions union government
ministry minister ministers president officials authorities lawmakers parliament senate court
prosecutors opposition regime junta coalition diplomats envoy ambassador delegation spokesman
spokeswoman leaders residents villagers civilians refugees supporters members party
""")
# Lower-case words that may open such a phrase: "riot police", "the prime minister", "armed men".
_MODIFIERS = word_set("""
riot security armed government opposition foreign prime defence defense interior local federal
state senior special border rebel military police student labour labor trade
""")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "several", "some", "many"})


# Common words that a sentence opens with capitalised, read as a name by the capitalised-run finder
# ("Troops attacked …", "Forty protesters were …", "Thousands of …").
_COUNTS = word_set("""
two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty
seventy eighty ninety hundred hundreds thousand thousands dozens scores millions tens several some
many few most both all
""")


def _past_opening_word(tokens: list[Token], phrases: list[Phrase]) -> list[Phrase]:
    """``phrases`` with a sentence's capitalised opening common word read as what it is: alone, a
    description ("Troops", "Forty"), not a name; a longer run starts after it."""
    kept: list[Phrase] = []
    for phrase in phrases:
        opening = phrase.kind == "mention" and (phrase.first == 0 or not tokens[phrase.first - 1].is_word)
        if not opening or tokens[phrase.first].low not in _HEADS | _COUNTS:
            kept.append(phrase)
        elif phrase.end - phrase.first > 1:
            first = phrase.first + 1
            kept.append(replace(phrase, first=first, start=tokens[first].start))
        elif not _counts_a_head(tokens, phrase.first):
            kept.append(replace(phrase, kind="descriptor"))  # "Four people were …": the count describes
    return kept


def _counts_a_head(tokens: list[Token], i: int) -> bool:
    """"Five activists", "Dozens of students": a count before an actor head, found with it."""
    after = tokens[i + 1:i + 3]
    return tokens[i].low in _COUNTS and bool(after) and (after[0].low in _HEADS or (
        after[0].low == "of" and len(after) > 1 and after[1].low in _HEADS))


def _widened(phrase: Phrase, tokens: list[Token], phrases: list[Phrase]) -> Phrase:
    """A descriptor the phrase finder gave as its head alone, with the modifiers before it: "by
    riot police", "by security forces" (the head alone leaves "by" out of reach of the agent)."""
    if phrase.kind != "descriptor":
        return phrase
    taken = {i for other in phrases for i in range(other.first, other.end)}
    first = _left_edge(tokens, phrase.first, taken, _MODIFIERS)
    return replace(phrase, first=first, start=tokens[first].start)


def _left_edge(tokens: list[Token], first: int, taken: set[int], modifiers: frozenset[str]) -> int:
    """Where an actor phrase headed at ``first`` begins: over the modifiers before it, and over a
    count joined by "of" ("Thousands of protesters", "dozens of students")."""
    while first > 0 and first - 1 not in taken and tokens[first - 1].low in modifiers:
        first -= 1
    if first > 1 and tokens[first - 1].low == "of" and tokens[first - 2].low in _COUNTS and (
            first - 2 not in taken):
        first -= 2
    return first


def english_descriptors(tokens: list[Token], phrases: list[Phrase]) -> list[Phrase]:
    """``phrases`` with the unnamed English actors none of them covers, in text order."""
    phrases = _past_opening_word(tokens, phrases)
    phrases = [_widened(phrase, tokens, phrases) for phrase in phrases]
    taken = {i for phrase in phrases for i in range(phrase.first, phrase.end)}
    added: list[Phrase] = []
    for i, token in enumerate(tokens):
        if token.low not in _HEADS or i in taken or (i + 1 < len(tokens) and tokens[i + 1].low in _HEADS):
            continue  # "government officials": the last head names the actor
        first = i
        first = _left_edge(tokens, i, taken, _MODIFIERS | _DETERMINERS)
        if first > 0 and first - 1 in taken:
            continue  # "Kenyan police": the name before already stands for the actor
        while first < i and tokens[first].low in _DETERMINERS:
            first += 1
        added.append(Phrase(first, i + 1, tokens[first].start, token.end, "descriptor"))
    return sorted([*phrases, *added], key=lambda phrase: phrase.first)


# Words that may stand between a coded act and an act noun that is its object: "condemned the
# attack", "welcomed Monday's talks", "denounced the recent arrests".
_OBJECT_GLUE = _DETERMINERS | frozenset({"this", "that", "these", "those", "recent", "latest", "new",
                                         "deadly", "last", "weekend", "monday's", "'s"})
_STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})  # acts whose object may be a bare plural act noun
_OBJECT_REACH = 3  # words between the outer act and the act noun it names
_DEMAND_REACH = 8  # words between a request and the act it asks for ("urged Serbia to hold talks")


def english_object_sides(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token],
                         phrases: list[Phrase], slots: Slots | None) -> Slots | None:
    """The sides of an act told inside the object of another act. "Greece condemned the attack on
    its embassy": the attack's doer is not Greece (unknown unless "by" names one); "Germany urged
    Serbia to hold talks": Serbia is to hold them, not Germany."""
    if slots is None:
        return None
    if _object_noun(match, triggers, tokens):
        agents = tuple(p for p in phrases if match.end < p.first and tokens[p.first - 1].low == "by"
                       and p.first - match.end <= 2)  # "the attack by rebels", "the raid on X by Y"
        named = agents[:1] + tuple(p for p in slots.sources if p.first >= match.end and p not in agents)
        return Slots(named, tuple(p for p in slots.targets if p not in named))
    asked = _addressees(match, triggers, tokens, phrases)
    if asked:
        return Slots(asked, tuple(p for p in slots.targets if p not in asked))
    return slots


def _object_noun(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token]) -> bool:
    """Is ``match`` an act noun right after another act's verb ("condemned the attack")? An
    active row ("attack") reads as the noun after a determiner."""
    for outer in triggers:
        gap = tokens[outer.end:match.first]
        noun = match.row.voice == "noun" or any(t.low in _DETERMINERS for t in gap) or (
            outer.row.type in _STANCES and not gap)  # "condemned attacks on civilians"
        if outer is not match and outer.end <= match.first and len(gap) <= _OBJECT_REACH and noun and all(
                t.low in _OBJECT_GLUE for t in gap):
            return True
    return False


def _addressees(match: TriggerMatch, triggers: list[TriggerMatch], tokens: list[Token],
                phrases: list[Phrase]) -> tuple[Phrase, ...]:
    """The ones a request asks to do ``match``: "urged Serbia to hold talks" gives Serbia."""
    for request in triggers:
        if request.row.type != "REQUEST" or not 0 <= match.first - request.end <= _DEMAND_REACH:
            continue
        if "to" not in {t.low for t in tokens[max(request.end, match.first - 2):match.first]}:
            continue  # "urged Serbia to hold talks", "asked Peru to quickly send aid"
        asked = tuple(p for p in phrases if request.end <= p.first and p.end <= match.first)
        if asked:
            return asked
    return ()
