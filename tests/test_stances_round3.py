"""Stances, third round: general forms of confirming, denying, disapproving, declining and not
confirming, their negation and scope, holders named through a pronoun or an office, and the event
or report each stance is linked to. Every article is written for these tests (fictional news)."""

from __future__ import annotations

import pytest

from tests.stance_reading import read
from warta.article.entities import find_article_entities
from warta.article.events import find_events
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.article.stances import find_claims
from warta.models import Claim, Event

EVENT = "<event>"  # the claim is linked to an event of the article


def _only_position(claims: list[Claim]) -> tuple[Claim, str, str]:
    assert len(claims) == 1, [(c.statement, [p.stance for p in c.positions]) for c in claims]
    assert len(claims[0].positions) == 1
    position = claims[0].positions[0]
    holder = " ".join(x for x in (position.holder.name, position.holder.description) if x)
    return claims[0], position.stance, holder


def _link_agrees(claim: Claim, events: list[Event], link: str) -> bool:
    if link == EVENT:
        return claim.event in {event.id for event in events}
    return claim.event is None and claim.statement.startswith(link)


ARREST = "Polisi menangkap dua pembobol anjungan tunai di Medan, Senin. "
# (article, stance, words of the holder, link: EVENT or the opening of the claim's statement)
CASES = [
    (ARREST + "Kapolrestabes Medan Kombes Andi Rian membenarkan penangkapan itu.",
     "confirms", "Andi Rian", EVENT),
    (ARREST + "Kapolrestabes Medan Kombes Andi Rian mengkonfirmasi hal tersebut.",
     "confirms", "Andi Rian", EVENT),
    ("Menteri Perdagangan Budi Santoso mengakui bahwa impor gula sudah dibuka sejak Januari.",
     "confirms", "Budi Santoso", "impor gula sudah dibuka sejak Januari"),
    ("Bupati Sleman Sri Purnomo membantah telah menerima uang dari kontraktor jalan.",
     "denies", "Sri Purnomo", "telah menerima uang dari kontraktor jalan"),
    ("Beredar kabar bahwa harga beras akan naik bulan depan. Menteri Pertanian Andi Amran membantah "
     "kabar itu.", "denies", "Andi Amran", "harga beras akan naik bulan depan"),
    ("Beredar laporan bahwa pabrik itu mempekerjakan anak di bawah umur. Manajemen perusahaan "
     "menyangkal laporan tersebut.", "denies", "perusahaan", "pabrik itu mempekerjakan anak"),
    ("Isu pergantian kapolda kembali mencuat. Kabid Humas Polda Riau Kombes Sunarto menepis isu tersebut.",
     "denies", "Sunarto", "Isu pergantian kapolda"),
    ("Panglima Kodam Agus Subiyanto menyatakan laporan tentang pengerahan pasukan itu tidak akurat.",
     "denies", "Agus Subiyanto", "laporan tentang pengerahan pasukan"),
    ("Gubernur Jawa Tengah Ganjar Pranowo tidak menyetujui rencana kenaikan tarif parkir di Semarang.",
     "disputes", "Ganjar Pranowo", EVENT),
    ("Wali Kota Surabaya Eri Cahyadi menolak usulan pembangunan mal di atas taman kota.",
     "disputes", "Eri Cahyadi", EVENT),
    ("Direktur Utama PLN Darmawan Prasodjo belum berkomentar soal pemadaman listrik di Bandung.",
     "declines", "Darmawan Prasodjo", "pemadaman listrik di Bandung"),
    ("Direktur Utama PLN Darmawan Prasodjo tidak menjawab pertanyaan wartawan soal pemadaman itu.",
     "declines", "Darmawan Prasodjo", "pemadaman itu"),
    ("Menpora Dito Ariotedjo belum membeberkan ke mana dana itu dialihkan.",
     "declines", "Dito Ariotedjo", "ke mana dana itu dialihkan"),
    ("Hingga Senin malam, Direktur Utama PLN Darmawan Prasodjo belum merespons pesan yang dikirim "
     "wartawan.", "does-not-confirm", "Darmawan Prasodjo", "pesan yang dikirim"),
    ("Kapolda Jawa Barat Irjen Suntana tidak mengonfirmasi apakah pelaku pembakaran sudah ditangkap.",
     "does-not-confirm", "Suntana", EVENT),
    ("Pelatih Persib Bojan Hodak tidak bisa memastikan hukuman apa yang bakal dijatuhkan kepada klubnya.",
     "does-not-confirm", "Bojan Hodak", "hukuman apa yang bakal dijatuhkan"),
    ("Menlu Retno Marsudi tidak mengonfirmasi maupun membantah laporan adanya pertemuan rahasia itu.",
     "does-not-confirm", "Retno Marsudi", "laporan adanya pertemuan rahasia"),
    ("Warga menuduh pengembang menutup saluran air. Direktur pengembang, Iwan Setiadi, tidak membantah "
     "tuduhan itu.", "does-not-confirm", "Iwan Setiadi", EVENT),
    ("Pelatih Persija Thomas Doll tidak membantah bahwa timnya kelelahan.",
     "confirms", "Thomas Doll", "timnya kelelahan"),
    ("Nelayan Natuna menuding kapal asing mencuri ikan. Menteri Kelautan Sakti Wahyu tidak membantah "
     "kapal itu memasuki perairan Natuna.", "confirms", "Sakti Wahyu", "kapal itu memasuki perairan"),
    ("Kondisi mencekam di stadion pun tak dimungkiri Tigor Sitompul.",
     "confirms", "Tigor Sitompul", "Kondisi mencekam di stadion"),
    ("Bank Indonesia menaikkan suku bunga acuan. Juru bicara Bank Indonesia membenarkan keputusan itu.",
     "confirms", "Bank Indonesia", "Bank Indonesia menaikkan suku bunga"),
    ("Kepala Dinas Perhubungan Bandung Ricky Gustiadi meninjau jalan layang itu. Dia mengaku belum "
     "tahu penyebab retaknya jalan layang.", "does-not-confirm", "Ricky Gustiadi", "penyebab retaknya"),
    ("Kepala Dinas Perhubungan Bandung Ricky Gustiadi mengatakan, pihaknya belum dapat memastikan "
     "penyebab retaknya jalan layang itu.", "does-not-confirm", "Ricky Gustiadi", "penyebab retaknya"),
    ("Kapolres Sleman AKBP Yuswanto Ardi mengatakan polisi masih menyelidiki apakah kebakaran gudang itu "
     "disengaja.", "does-not-confirm", "Yuswanto Ardi", "kebakaran gudang itu disengaja"),
    ('"Saya belum bisa pastikan, nanti kami cek dulu," kata Kapolsek Tebet Kompol Alexander Sitorus.',
     "does-not-confirm", "Alexander Sitorus", "nanti kami cek dulu"),
    ('"Wah, saya enggak bisa komentar soal itu," kata Kapolsek Tebet Kompol Alexander Sitorus.',
     "declines", "Alexander Sitorus", '"Wah, saya enggak bisa komentar soal itu'),
    ("Kapolda Metro Jaya Irjen Karyoto memastikan kabar penculikan anak di Bekasi itu tidak benar.",
     "denies", "Karyoto", "kabar penculikan anak di Bekasi itu"),
    ("Kementerian Luar Negeri Malaysia belum memberikan pernyataan resmi soal penahanan nelayan itu.",
     "does-not-confirm", "Malaysia", EVENT),
    ("Kapolres Bogor AKBP Rio Wahyu mengonfirmasi kepada wartawan bahwa tersangka sudah ditahan.",
     "confirms", "Rio Wahyu", "tersangka sudah ditahan"),
    ("Kepala Laboratorium Kesehatan Daerah Bogor memastikan sampel bakso itu positif mengandung boraks.",
     "confirms", "Laboratorium Kesehatan Daerah", "sampel bakso itu positif mengandung boraks"),
    ("Sopir truk itu tidak menjawab ketika ditanya polisi soal muatannya.",
     "declines", "Sopir", "ketika ditanya polisi soal muatannya"),
    ("Kuasa hukum terdakwa, Johan Saputra, menyanggah dakwaan jaksa soal aliran dana.",
     "denies", "Johan Saputra", EVENT),
    ("Ketua RT setempat, Sarmin, mengamini bahwa banjir datang tiap tahun.",
     "confirms", "Sarmin", "banjir datang tiap tahun"),
    ("Serikat buruh tidak sepakat dengan rencana kenaikan iuran jaminan kesehatan.",
     "disputes", "Serikat buruh", EVENT),
    ("Polisi memeriksa Bupati Kolaka Ahmad Safei sebagai saksi. Ia membantah terlibat dalam proyek itu.",
     "denies", "Ahmad Safei", EVENT),
    ("PT Angkasa Pura II menutup sementara landasan pacu bandara. Perusahaan itu membantah penutupan "
     "terkait kerusakan landasan.", "denies", "Angkasa Pura", "penutupan terkait kerusakan landasan"),
    ("Kabar penangkapan kepala desa itu belum dikonfirmasi oleh Polda Jawa Tengah.",
     "does-not-confirm", "Polda Jawa Tengah", EVENT),
    ("Beredar rumor bahwa pelatih itu akan pindah klub. Rumor itu dibantah oleh sang pelatih.",
     "denies", "sang pelatih", "pelatih itu akan pindah klub"),
    ("Sumber di kejaksaan mengatakan, para penyidik sedang menyelidiki apakah bupati itu pernah ke "
     "Singapura.", "does-not-confirm", "Sumber", "bupati itu pernah ke Singapura"),
    ("Bupati itu menolak diwawancarai soal proyek jalan desa.",
     "declines", "Bupati", "proyek jalan desa"),
]


@pytest.mark.parametrize(("text", "stance", "holder", "link"), CASES, ids=[c[2] for c in CASES])
def test_stance_label_holder_and_link(text: str, stance: str, holder: str, link: str) -> None:
    events, claims = read(text)
    claim, found_stance, found_holder = _only_position(claims)
    assert found_stance == stance
    assert holder.lower() in found_holder.lower()
    assert _link_agrees(claim, events, link), (claim.event, claim.statement, [e.type for e in events])


def test_a_refusal_closing_its_clause_shares_the_claim_before_it() -> None:
    _, claims = read("Juru bicara maskapai membenarkan bahwa pesawat kembali ke bandara asal dan menolak "
                     "berkomentar lebih jauh.")
    assert len(claims) == 1
    assert [p.stance for p in claims[0].positions] == ["confirms", "declines"]
    assert claims[0].statement == "pesawat kembali ke bandara asal"


def test_impersonal_uncertainty_about_a_plan_is_no_stance_but_a_holders_own_is() -> None:
    _, impersonal = read('"Belum ada kepastian kapan proyek ini akan berlanjut," kata Agus Kurnia.')
    _, own = read("Agus Kurnia belum bisa memastikan kapan proyek ini akan berlanjut.")
    assert impersonal == []
    assert [p.stance for c in own for p in c.positions] == ["does-not-confirm"]


def test_undeniably_with_no_agent_is_the_writers_idiom() -> None:
    _, claims = read("Tak dimungkiri, harga cabai di pasar terus naik sepekan terakhir.")
    assert claims == []


@pytest.mark.parametrize("text", [
    "Jaksa meminta terdakwa tidak menjawab pertanyaan wartawan.",
    "Jika tidak berkomentar, ia bisa dianggap setuju.",
    "Menteri mempersilakan warga menggugat ke pengadilan kalau tidak sepakat dengan aturan itu.",
])
def test_requested_or_supposed_refusals_take_no_stance(text: str) -> None:
    _, claims = read(text)
    assert claims == []


def test_a_report_introduced_by_a_relative_clause_is_its_content() -> None:
    _, claims = read("Manajer Humas PLN Doni Saputra mengklarifikasi kabar yang beredar yang menyebutkan "
                     "bahwa tarif listrik naik bulan depan.")
    claim, stance, holder = _only_position(claims)
    assert (stance, claim.statement) == ("denies", "tarif listrik naik bulan depan")
    assert "Doni Saputra" in holder


def test_a_passive_concession_is_about_the_words_before_it_without_particles() -> None:
    _, claims = read("Kondisi mencekam di stadion pun tak dimungkiri Tigor Sitompul.")
    assert [c.statement for c in claims] == ["Kondisi mencekam di stadion"]


@pytest.mark.parametrize("text", [
    "Warga menolak membuka blokade jalan menuju tambang.",
    "Ponsel korban tidak bisa dihubungi sejak Sabtu.",
    "Ia tidak diwawancarai polisi karena masih dirawat.",
    "Petugas belum bisa menjangkau desa yang terisolasi longsor.",
    "Warga yang belum menerima bantuan diminta melapor ke kantor desa.",
    "Polisi memastikan stok beras aman menjelang Lebaran.",
    "Pemerintah belum menanggapi tuntutan buruh soal upah minimum.",
    "Jumlah korban belum dipastikan.",
    "Merokok tidak dibenarkan di dalam gedung.",
    '"Akal sehat tidak mungkin membiarkan kebohongan berlangsung dan diamini semua orang," kata Butet.',
    '"Tidak ada yang bisa membantah bahwa kampung kami paling bersih," kata Kepala Desa Sarmin.',
    "Kiper Persebaya Ernando Ari dengan cekatan mampu menepisnya.",
    "Panitia konser mundur setelah protes keras datang dari warga sekitar.",
])
def test_frame_words_used_otherwise_take_no_stance(text: str) -> None:
    _, claims = read(text)
    assert claims == []


def test_a_stance_saying_its_own_content_links_the_event_its_complement_tells() -> None:
    events, claims = read("Polisi menahan Rudi Hartono, tetapi Rudi membantah pernah memukul wartawan.")
    claim, stance, _ = _only_position(claims)
    assert stance == "denies"
    linked = [e for e in events if e.id == claim.event]
    assert linked and linked[0].type == "ASSAULT", [(e.id, e.type) for e in events]


def _read_english(text: str) -> list[Claim]:
    entities = find_article_entities(text, "a1", use_model=False)
    sentences = split_sentences(text)
    events = find_events(text, sentences, entities, [], "a1", lang="en")
    return find_claims(text, sentences, entities, events, find_quotes(text, sentences, entities, "a1"), "a1",
                       lang="en")


@pytest.mark.parametrize(("text", "stance", "holder"), [
    ("The Thai foreign ministry confirmed that two fishermen had been detained.", "confirms", "foreign ministry"),
    ("A spokesman for the company denied the report.", "denies", "spokesman"),
    ("The police declined to comment on the arrest.", "declines", "police"),
    ("The embassy did not respond to a request for comment.", "does-not-confirm", "embassy"),
    ("Officials could not confirm whether the ship had been seized.", "does-not-confirm", "Officials"),
    ("The ministry would not elaborate on the talks.", "declines", "ministry"),
])
def test_english_forms(text: str, stance: str, holder: str) -> None:
    _, found_stance, found_holder = _only_position(_read_english(text))
    assert found_stance == stance
    assert holder.lower() in found_holder.lower()


def test_a_statement_ends_where_the_subjects_next_clause_opens() -> None:
    _, claims = read("Pihak sekolah membantah bahwa guru itu memungut biaya tambahan, dan menyebut orang tua "
                     "murid salah paham.")
    assert [c.statement for c in claims] == ["guru itu memungut biaya tambahan"]
