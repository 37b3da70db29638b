"""Ministers' short titles and their full forms: "Mendagri" is the "Menteri Dalam Negeri".

A person introduced as "Mendagri Nama" and later called "Menteri Dalam Negeri itu" holds one
role written two ways; the entity lists both so that a look-up by either finds the person.
Facts: the Indonesian cabinet's usual short forms, written from general knowledge.
"""

from __future__ import annotations

_FULL_FORMS: dict[str, str] = {
    "menlu": "Menteri Luar Negeri", "menhan": "Menteri Pertahanan", "mendagri": "Menteri Dalam Negeri",
    "menkeu": "Menteri Keuangan", "mendag": "Menteri Perdagangan", "menperin": "Menteri Perindustrian",
    "mentan": "Menteri Pertanian", "menkes": "Menteri Kesehatan",
    "mendikbud": "Menteri Pendidikan dan Kebudayaan",
    "mendikbudristek": "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi",
    "menag": "Menteri Agama", "mensos": "Menteri Sosial", "menkumham": "Menteri Hukum dan HAM",
    "menhub": "Menteri Perhubungan", "menaker": "Menteri Ketenagakerjaan",
    "menpora": "Menteri Pemuda dan Olahraga", "menkominfo": "Menteri Komunikasi dan Informatika",
    "menparekraf": "Menteri Pariwisata dan Ekonomi Kreatif", "mensesneg": "Menteri Sekretaris Negara",
    "menristek": "Menteri Riset dan Teknologi", "menpan-rb": "Menteri PANRB", "menpanrb": "Menteri PANRB",
    "menko polhukam": "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    "menko perekonomian": "Menteri Koordinator Bidang Perekonomian",
    "menko marves": "Menteri Koordinator Bidang Kemaritiman dan Investasi",
    "menko pmk": "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    "wamenlu": "Wakil Menteri Luar Negeri", "wamenkeu": "Wakil Menteri Keuangan",
}


def full_form(role: str) -> str | None:
    """The full title of a role that opens with a minister's short title, the rest kept
    ("Menlu RI" → "Menteri Luar Negeri RI"); None when the role opens with no short title."""
    words = role.split()
    for size in (2, 1):
        head = " ".join(words[:size]).casefold()
        if len(words) >= size and head in _FULL_FORMS:
            return " ".join([_FULL_FORMS[head], *words[size:]])
    return None


def with_full_forms(roles: list[str]) -> list[str]:
    """``roles`` with each short minister's title followed by its full form (no repeats)."""
    out: list[str] = []
    for role in roles:
        out.append(role)
        full = full_form(role)
        if full is not None:
            out.append(full)
    return list(dict.fromkeys(out))
