"""The store agrees with the analysis on which near-duplicate is the copy: the one published
later, and on one day the one retelling another outlet, whatever order they were stored in.
The articles are written for these tests (a fictional bridge collapse)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from warta.api import default_stages
from warta.options import Options
from warta.pipeline import build
from warta.store import Store

BODY = (
    "Jembatan gantung yang menghubungkan Desa Sukamaju dan Desa Cikarang di Kabupaten Garut putus "
    "diterjang arus Sungai Cimanuk pada Minggu (5/3/2023) malam. Tidak ada korban jiwa dalam peristiwa itu.\n\n"
    "Kepala Desa Sukamaju, Ujang Sopandi, mengatakan jembatan sepanjang empat puluh meter itu sudah lama "
    "rusak dan warga berulang kali meminta perbaikan. Sekitar tiga ratus pelajar setiap hari menyeberang "
    "lewat jembatan tersebut menuju sekolah di desa tetangga.\n\n"
    "Pemerintah kabupaten berjanji membangun jembatan darurat dalam sepekan. Sementara itu, warga "
    "menyeberang menggunakan perahu karet milik badan penanggulangan bencana daerah yang disiagakan di "
    "tepi sungai sejak pagi.\n")
ORIGINAL = ("Jembatan Gantung di Desa Sukamaju Putus Diterjang Arus\n"
            "Harian Priangan - Senin, 6 Maret 2023 - 09:15 WIB\n\n" + BODY)
NEXT_DAY = "Jembatan Gantung Sukamaju Putus\nPortal Garut - Selasa, 7 Maret 2023 - 10:00 WIB\n\n" + BODY
RETOLD = ("Jembatan Gantung Sukamaju Putus, Ratusan Pelajar Terancam\nKabar Nusa - Senin, 6 Maret 2023\n\n"
          "Dilansir dari Harian Priangan, j" + BODY[1:])


def pairs(store: Store) -> list[tuple[str, str]]:
    return [(d.article, d.duplicate_of) for d in store.analysis().duplicates]


def ingest(store: Store, *paths: Path) -> None:
    store.ingest([str(p) for p in paths], Options(), build(default_stages()))


@pytest.mark.parametrize("copy_text", [NEXT_DAY, RETOLD], ids=["published-later", "same-day-retelling"])
def test_a_copy_stored_before_its_original_stays_the_copy(tmp_path: Path, write: Any, copy_text: str) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, write("copy.txt", copy_text))  # a1
        ingest(store, write("original.txt", ORIGINAL))  # a2
        assert pairs(store) == [("a1", "a2")]


def test_one_ingest_orders_copies_by_publication(tmp_path: Path, write: Any, validate: Any) -> None:
    with Store(tmp_path / "w.db") as store:
        ingest(store, write("a.txt", NEXT_DAY), write("b.txt", RETOLD), write("c.txt", ORIGINAL))
        analysis = store.analysis()
        validate(analysis)
        by_source = {a.id: Path(a.source).name for a in analysis.articles}
        found = {(by_source[a], by_source[b]) for a, b in pairs(store)}
    assert found == {("a.txt", "c.txt"), ("b.txt", "c.txt")}


def test_a_copy_of_a_copy_keeps_its_record(tmp_path: Path, write: Any) -> None:
    # The stored copy already repeats an original; a third article published before it is
    # recorded as repeating it rather than taking a second record from it.
    early = NEXT_DAY.replace("Selasa, 7 Maret 2023 - 10:00", "Senin, 6 Maret 2023 - 20:00")
    with Store(tmp_path / "w.db") as store:
        ingest(store, write("original.txt", ORIGINAL), write("copy.txt", NEXT_DAY))
        ingest(store, write("early.txt", early))
        found = pairs(store)
    assert ("a2", "a1") in found and len(found) == 2 and {a for a, _ in found} == {"a2", "a3"}
