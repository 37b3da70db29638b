"""Who sends ships, planes and teams: a deployment, help for someone, or an agency's own work.

PLOVER codes a military or police deployment as MOBILIZE whatever its purpose ("TNI AL
mengerahkan KRI …" for a search), and a government or body sending people or equipment to
someone else as AID. An agency sending its own boats and divers to a search it runs, or
neighbours keeping watch, is neither (``docs/annotation.md``, "Not events": domestic search
and rescue by civilian agencies). So the generic means of a deployment ("kapal", "tim",
"personel") make a MOBILIZE event only when the one sending them, or the means themselves, are
armed forces or police; otherwise the act is AID when it has a recipient or a state sends it,
and no event at all when an agency or person works alone.
"""

from __future__ import annotations

import re

from warta.article.event_lexicon import Token, TriggerMatch, word_set
from warta.models import ActorRef, Entity

# Words that name armed forces and police, in names ("TNI AL", "Polda Jawa Barat", "Angkatan
# Laut AS") and in descriptions ("pasukan", "aparat kepolisian").
_FORCE_WORDS = word_set("""
tni polri polisi kepolisian polda polres polresta polrestabes polsek brimob densus angkatan tentara
militer pasukan prajurit marinir kopassus kostrad kodam korem kodim koramil lantamal lanal lanud
koarmabar koarmatim koarmada armada kri paskhas satpol aparat navy army military police forces troops
pentagon kemenhan pertahanan bais bakamla coast guard penjaga pantai
""")
# Means of a deployment that are armed forces or police whoever sends them.
_ARMED_MEANS = word_set("""
pasukan tentara prajurit tank perang kri tempur rudal militer marinir polisi aparat brimob
perusak fregat korvet selam induk
""")
_WORD = re.compile(r"[^\W_]+")
_LOOK_AFTER = 3  # words after the means that may name whose they are ("kapal milik TNI AL")


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall((text or "").casefold()))


def is_force(actor: ActorRef | None, entity: Entity | None) -> bool:
    """Armed forces or police, by the words of the actor's names or description."""
    if actor is None:
        return False
    names = [actor.name, actor.description, *(entity.aliases if entity else [])]
    return any(_words(name) & _FORCE_WORDS for name in names)


def _armed_means(match: TriggerMatch, tokens: list[Token]) -> bool:
    """The means deployed are armed ("mengerahkan pasukan", "kapal perang", "personel TNI")."""
    means = {t.low for t in tokens[match.last:match.end]}
    after = {t.low for t in tokens[match.end:match.end + _LOOK_AFTER]}
    return bool(means & _ARMED_MEANS or after & (_FORCE_WORDS | _ARMED_MEANS))


def deployment_type(match: TriggerMatch, tokens: list[Token], source: ActorRef | None,
                    source_entity: Entity | None, target: ActorRef | None) -> str | None:
    """The event type of an act of sending or deploying means (MOBILIZE or AID), or None when
    it is no event; other triggers keep their row's type."""
    kind = match.row.type
    donates = tokens[match.first].low in _DONATING
    sends = kind == "MOBILIZE" or (kind == "AID" and match.end > match.last and not donates
                                   and not {t.low for t in tokens[match.last:match.end]} & _AID_GOODS)
    if not sends:
        return kind
    state = source_entity is not None and source_entity.type == "LOC"
    if {t.low for t in tokens[match.first:match.last]} & _SWEEPS:
        # a sweep is a deployment of soldiers or police; a search team combing the sea is no event
        return "MOBILIZE" if is_force(source, source_entity) else None
    if is_force(source, source_entity) or _armed_means(match, tokens) or (kind == "MOBILIZE" and state):
        return "MOBILIZE"  # a state deploys its forces; "TNI AL mengirim kapal" is a deployment
    if match.end > match.last and (target is not None or state):
        return "AID"  # "Singapura mengirimkan dua pesawat", "mengirim tim ke Palu untuk warga"
    return None  # "Basarnas mengerahkan 30 kapal", "warga berjaga": no one else is involved


# Sweeps of an area ("menyisir", "melakukan penyisiran"): troops or police deploy, search teams search.
_SWEEPS = frozenset({"menyisir", "menyisiri", "penyisiran"})
# Verbs of donating: the gift is for someone by the verb's meaning, so a singer or a firm that
# "menyumbangkan uang" helps even when the sentence leaves the recipient out (annotation: AID is
# giving to someone else; only sending one's own means to one's own work is no event).
_DONATING = word_set("menyumbang menyumbangkan mendonasikan menghibahkan")
# Objects of giving that are aid whoever gives them ("memberikan bantuan").
_AID_GOODS = word_set("""
bantuan senjata persenjataan amunisi donasi hibah pinjaman suaka obat logistik relawan pertolongan
posko tenda dapur penampungan hunian huntara selimut obat-obatan bersih beras sembako makanan santunan pakan
pakaian perlengkapan
""")
