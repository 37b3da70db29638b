"""A regression set of speakers and stances, written for issue 5 before warta read them: titles
and names, role-only and anonymous speakers chained across paragraphs, organisations, pronoun and
clitic continuations, "menurut", mid-sentence cues, speakers after long quotes, two speakers in a
paragraph, reported speech inside reported speech, "kepada wartawan di …", news-agency credits,
speakers named a paragraph before; and stance cues in active, passive and nominal forms. Every
sentence is invented (floods, prices, elections, police and court news).

The blind cases came in batches (181 in all: the lists SPEAKERS and STANCES, and the three articles
of ``test_speakers_across_paragraphs``); read with the NER model as the bench reads, 38 failed when
written (22 Nov 2026); after the speaker rules 15 failed, 14 of them the entity layer misreading
the name. The entity fixes of the same day (tests/test_entities_fix4.py) made 13 of those pass, and
they are plain cases again; 2 failed, kept as non-strict xfails: "Manajemen PT …" (a company's
management speaking as the company, now passes: actors.TRANSPARENT), and one that needs the
allegation in context. The other tests
pin the general fixes those failures led to."""

from __future__ import annotations

import pytest

from tests.quote_reading import only
from warta.article.entities import find_article_entities
from warta.article.event_lexicon import tokenize
from warta.article.events import find_events
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.article.stance_cues import find_cues
from warta.article.stances import find_claims
from warta.models import Claim, Quote


# Read with the statistical NER, as the pipeline and the quotes-events bench read articles.
def quotes_of(text: str) -> list[Quote]:
    return find_quotes(text, split_sentences(text), find_article_entities(text, "a1"), "a1")


def claims_of(text: str) -> list[Claim]:
    entities = find_article_entities(text, "a1")
    sentences = split_sentences(text)
    events = find_events(text, sentences, entities, [], "a1")
    return find_claims(text, sentences, entities, events, find_quotes(text, sentences, entities, "a1"), "a1")

# (article, words of the quote, expected speaker, "name" for a named person or body or "description"
# for an unnamed one)
SPEAKERS: list[tuple[str, str, str, str]] = [
    ("“Kami sudah menyiapkan 300 personel,” kata Kepala Polres Bogor AKBP Hendra Gunawan kepada wartawan "
     "di Cibinong, Senin (4/3/2019).", "300 personel", "Hendra Gunawan", "name"),
    ("Sungai Citarum meluap sejak Minggu malam.\n\n“Warga diminta tidak panik,” ujar Kapolres setempat.",
     "tidak panik", "Kapolres setempat", "description"),
    ("Kementerian Kesehatan menyatakan bahwa kasus demam berdarah meningkat dua kali lipat.",
     "demam berdarah", "Kementerian Kesehatan", "name"),
    ("Seorang pejabat kementerian yang enggan disebut namanya mengatakan, anggaran proyek itu sudah "
     "dipangkas.\n\n“Tidak ada lagi dana untuk tahap kedua,” kata pejabat itu.",
     "tahap kedua", "pejabat kementerian yang enggan disebut namanya", "description"),
    ("“Kami akan menambah armada,” kata Direktur Utama PT Kereta Api Indonesia Edi Sukmoro. Ia menambahkan, "
     "tiket mudik sudah terjual 80 persen.", "tiket mudik", "Edi Sukmoro", "name"),
    ("Menurut Kepala BMKG Dwikorita Karnawati, hujan lebat masih akan turun hingga akhir pekan.",
     "hujan lebat", "Dwikorita Karnawati", "name"),
    ("“Kami tidak akan mundur,” kata Ketua Serikat Pekerja Budi Santoso, “sampai tuntutan kami dipenuhi.”",
     "sampai tuntutan", "Budi Santoso", "name"),
    ("“Kami tidak akan mundur,” kata Ketua Serikat Pekerja Budi Santoso, “sampai tuntutan kami dipenuhi.”",
     "tidak akan mundur", "Budi Santoso", "name"),
    ("“Harga cabai naik karena musim hujan membuat panen gagal di banyak daerah, dan pasokan ke pasar induk "
     "berkurang hampir separuhnya dibandingkan bulan lalu,” tutur Ratna, seorang pedagang di Pasar Kramat "
     "Jati.", "Harga cabai", "Ratna", "name"),
    ("“Jalan itu rusak parah,” kata Camat Sukamaju Asep Rahmat. Namun Kepala Dinas PU Joko Prasetyo "
     "mengatakan perbaikan sudah dianggarkan tahun ini.", "rusak parah", "Asep Rahmat", "name"),
    ("“Jalan itu rusak parah,” kata Camat Sukamaju Asep Rahmat. Namun Kepala Dinas PU Joko Prasetyo "
     "mengatakan perbaikan sudah dianggarkan tahun ini.", "perbaikan sudah", "Joko Prasetyo", "name"),
    ("Harga gas elpiji tiga kilogram tidak akan naik, kata Menteri ESDM Ignasius Jonan kepada wartawan di "
     "Jakarta, Senin.", "elpiji", "Ignasius Jonan", "name"),
    ("“Kami menyesalkan serangan itu,” kata Menteri Luar Negeri Prancis Jean-Yves Le Drian, seperti dikutip "
     "dari Reuters.", "menyesalkan", "Jean-Yves Le Drian", "name"),
    ("Presiden Filipina Rodrigo Duterte mengatakan pihaknya tidak akan tunduk pada tekanan asing, seperti "
     "dikutip AFP.", "tunduk", "Rodrigo Duterte", "name"),
    ("Bupati Garut Rudy Gunawan meninjau lokasi longsor di Kecamatan Cikajang, Selasa.\n\n“Kami akan "
     "merelokasi 40 keluarga,” katanya.", "merelokasi", "Rudy Gunawan", "name"),
    ("Wali Kota Bogor Bima Arya meninjau posko pengungsian.\n\n“Semua korban sudah dievakuasi,” ujar dia.",
     "dievakuasi", "Bima Arya", "name"),
    ("“Stok BBM aman sampai akhir tahun,” kata juru bicara Pertamina Fajriyah Usman.", "Stok BBM",
     "Fajriyah Usman", "name"),
    ("Para analis memperkirakan rupiah akan melemah pekan ini, kata mereka kepada wartawan.",
     "rupiah", "para analis", "description"),
    ("Polda Metro Jaya menyatakan, tiga tersangka telah ditahan di rumah tahanan.", "tiga tersangka",
     "Polda Metro Jaya", "name"),
    ("Menteri Keuangan Sri Mulyani Indrawati hadir dalam rapat itu.\n\n“Pemerintah tidak akan menaikkan tarif "
     "listrik,” ujar Sri Mulyani.", "tarif listrik", "Sri Mulyani Indrawati", "name"),
    ("Komisi Pemberantasan Korupsi (KPK) memeriksa dua saksi pekan ini. KPK menyatakan bahwa kedua saksi itu "
     "kooperatif.", "kooperatif", "Komisi Pemberantasan Korupsi", "name"),
    ("“Dia sudah dipanggil dua kali,” kata seorang sumber di kepolisian.", "dipanggil dua kali",
     "sumber di kepolisian", "description"),
    ("Kepala Dinas Pendidikan Kota Medan Marasutan Siregar membuka pendaftaran sekolah.\n\n“Pendaftaran dibuka "
     "hingga Jumat,” jelasnya.", "Pendaftaran dibuka", "Marasutan Siregar", "name"),
    ("Gubernur Jawa Tengah Ganjar Pranowo menjelaskan:\n\n“Semua sekolah harus punya jalur evakuasi.”",
     "jalur evakuasi", "Ganjar Pranowo", "name"),
    ("“Kami kehilangan semuanya,” kata Siti Aminah, warga Desa Sukaresmi.\n\n“Rumah kami hanyut terbawa "
     "arus.”", "hanyut", "Siti Aminah", "name"),
    ("Pemerintah akan membangun sepuluh bendungan baru tahun depan. Hal itu disampaikan Menteri PUPR Basuki "
     "Hadimuljono di Jakarta, Rabu.", "bendungan", "Basuki Hadimuljono", "name"),
    ("Ketua KPU Arief Budiman mengatakan logistik pemilu sudah dikirim ke seluruh kecamatan.\n\n“Kotak suara "
     "di gudang kami sudah lengkap,” kata Ketua KPU Kabupaten Bekasi Idham Holik.\n\nArief menambahkan, "
     "pemungutan suara ulang mungkin digelar di 12 TPS.", "pemungutan suara ulang", "Arief Budiman", "name"),
    ("“Anak saya belum pulang sejak kemarin,” kata Suryani (45), ibu korban.", "belum pulang", "Suryani",
     "name"),
    ("“Tidak ada toleransi bagi pelaku,” tegas Kapolda Jawa Timur Irjen Luki Hermawan.", "toleransi",
     "Luki Hermawan", "name"),
    ("Menurut Badan Pusat Statistik, inflasi Maret mencapai 0,11 persen.", "inflasi", "Badan Pusat Statistik",
     "name"),
    ("Penyidik Polres Sleman AKP Rizky Adrian memeriksa tiga saksi.\n\n“Kami juga akan memeriksa saksi lain,” "
     "imbuhnya.", "saksi lain", "Rizky Adrian", "name"),
    ("Kerugian negara mencapai Rp 2,3 triliun, sebut Ketua KPK Agus Rahardjo.", "Kerugian negara",
     "Agus Rahardjo", "name"),
    ("Sopir bus, Dedi (38), mengaku mengantuk saat kecelakaan terjadi.", "mengantuk", "Dedi", "name"),
    ("Wakil Ketua Komisi III DPR dari Fraksi Partai Gerindra Desmond J Mahesa mengatakan, pihaknya akan "
     "memanggil Kapolri.", "memanggil Kapolri", "Desmond J Mahesa", "name"),
    ("Seorang warga yang tinggal di dekat sungai mengatakan, air mulai naik sejak subuh.", "air mulai naik",
     "warga yang tinggal di dekat sungai", "description"),
    ("“Kami minta maaf atas keterlambatan ini,” ucap Manajer Humas PT KAI Daop 1 Eva Chairunisa.",
     "minta maaf", "Eva Chairunisa", "name"),
    # A cue saying the words go on ("lanjutnya", "imbuhnya") after narrative about someone else.
    ("“Korban sudah sadar,” kata Kapolsek Cibinong Kompol Ilham Chaidir.\n\nSiti Rohmah, korban penjambretan "
     "itu, dibawa ke RSUD Cibinong. Siti Rohmah kemudian dipindahkan ke ruang rawat inap.\n\n“Kondisinya terus "
     "membaik,” lanjutnya.", "Kondisinya", "Ilham Chaidir", "name"),
    ("“Harga beras mulai turun,” kata Menteri Perdagangan Enggartiasto Lukita di Pasar Induk Cipinang.\n\nHaji "
     "Nurdin, pedagang beras di pasar itu, menyambut kunjungan tersebut. Nurdin sudah berdagang di sana selama "
     "20 tahun.\n\n“Operasi pasar akan kami lanjutkan sampai Lebaran,” imbuhnya.", "Operasi pasar",
     "Enggartiasto Lukita", "name"),
    # A second batch, also written before warta read it.
    ("Kapolres Bekasi Kombes Indarto mengatakan pelaku sudah diamankan. Saat ditanya soal motif, ia "
     "menjawab, “Masih kami dalami.”", "Masih kami dalami", "Indarto", "name"),
    ("“Air mulai surut sejak pagi,” kata Kepala Pelaksana BPBD Kabupaten Bandung Akhmad Djohara saat "
     "dihubungi, Rabu (7/3/2018).", "Air mulai surut", "Akhmad Djohara", "name"),
    ("Direktur Utama PT Jasa Marga Desi Arryani memastikan bahwa tarif tol tidak naik tahun ini.",
     "tarif tol", "Desi Arryani", "name"),
    ("“Kami sudah melapor ke polisi,” ujar Rahmat, salah seorang korban penipuan, di Mapolresta Depok.",
     "melapor ke polisi", "Rahmat", "name"),
    ("Ketua Umum PSSI Edy Rahmayadi hadir di Stadion Gelora Bung Karno.\n\n“Timnas harus menang,” "
     "katanya.\n\n“Kami akan berusaha,” kata pelatih timnas Luis Milla.\n\nIa menambahkan, semua pemain dalam "
     "kondisi bugar.", "semua pemain", "Luis Milla", "name"),
    ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan warga pesisir. BMKG menyebutkan "
     "gelombang tinggi bisa mencapai empat meter.", "gelombang tinggi", "Badan Meteorologi, Klimatologi, dan "
     "Geofisika", "name"),
    ("“Saya tidak tahu uang itu dari mana,” kata terdakwa di hadapan majelis hakim.", "uang itu",
     "terdakwa", "description"),
    ("Sejumlah warga mengeluhkan bau sampah. “Sudah seminggu tidak diangkut,” kata seorang ibu rumah "
     "tangga.", "seminggu", "ibu rumah tangga", "description"),
    ("Menteri Perhubungan Budi Karya Sumadi mengatakan, “Jalur mudik tahun ini lebih siap.”",
     "Jalur mudik", "Budi Karya Sumadi", "name"),
    ("Dalam keterangan tertulisnya, Kementerian Luar Negeri menyatakan dua WNI sudah dibebaskan.",
     "dua WNI", "Kementerian Luar Negeri", "name"),
    ("Kepala Bidang Humas Polda Metro Jaya Kombes Argo Yuwono menjelaskan, kedua pelaku ditangkap di "
     "sebuah rumah kos. “Mereka tidak melawan,” ujar Argo.", "tidak melawan", "Argo Yuwono", "name"),
    ("Juru bicara Kementerian Luar Negeri Arrmanatha Nasir menegaskan Indonesia menolak klaim itu. "
     "Menurutnya, klaim tersebut tidak punya dasar hukum.", "tidak punya dasar hukum", "Arrmanatha Nasir",
     "name"),
    ("“Kami mendukung penuh langkah pemerintah,” kata Ketua Umum Kadin Rosan Roeslani. Hal senada "
     "disampaikan Ketua Apindo Hariyadi Sukamdani.", "mendukung penuh", "Rosan Roeslani", "name"),
    ("Warga yang enggan disebutkan namanya mengatakan, truk pengangkut pasir sering melintas malam hari.",
     "truk pengangkut", "warga yang enggan disebutkan namanya", "description"),
    ("“Pasien kami rujuk ke rumah sakit provinsi,” terang Direktur RSUD Cibinong dr Yukie Meistisia.",
     "Pasien kami rujuk", "Yukie Meistisia", "name"),
    ("Presiden Joko Widodo meresmikan jalan tol itu, Jumat.\n\n“Tol ini memangkas waktu tempuh tiga jam,” "
     "ucap Jokowi.", "memangkas", "Joko Widodo", "name"),
    ("Pengamat transportasi dari Universitas Indonesia, Ellen Tangkudung, menilai kebijakan itu terburu-buru."
     "\n\n“Harus ada kajian dulu,” ujarnya.", "kajian dulu", "Ellen Tangkudung", "name"),
    ("Polisi menyebutkan, korban tewas akibat luka tusuk di bagian dada.", "luka tusuk", "Polisi",
     "description"),
    ("“Kerugian ditaksir mencapai Rp 500 juta,” kata Kapolsek Tanah Abang Kompol Lukman Cahyono kepada "
     "Kompas.com.", "Kerugian ditaksir", "Lukman Cahyono", "name"),
    ("Seperti dikutip dari laman resmi Kementerian Kesehatan, Menteri Kesehatan Nila Moeloek mengatakan "
     "vaksin itu aman.", "vaksin itu aman", "Nila Moeloek", "name"),
    # A fifth batch, also written before warta read it.
    ("“Semua ruas jalan sudah bisa dilalui kendaraan sejak pagi tadi,” kata Kepala Bagian Humas Pemkot Bandung, "
     "Agus Slamet.", "ruas jalan", "Agus Slamet", "name"),
    ("Menurut keterangan polisi, pelaku masuk lewat jendela belakang rumah.", "jendela belakang", "polisi",
     "description"),
    ("Dalam keterangan tertulisnya, Juru Bicara KPK Febri Diansyah menyebutkan bahwa tiga saksi diperiksa hari "
     "ini.", "tiga saksi", "Febri Diansyah", "name"),
    ("Air mulai masuk ke rumah warga sejak pukul 02.00, ujar Ketua RT setempat, Suparman (52).", "Air mulai",
     "Suparman", "name"),
    ("Kepada wartawan, Kapolres Jakarta Utara Kombes Dwiyono mengatakan pelaku masih diburu.", "masih diburu",
     "Dwiyono", "name"),
    ("Sementara itu, menurut pengamat ekonomi dari INDEF Bhima Yudhistira, kenaikan harga itu akan menekan daya "
     "beli.", "daya beli", "Bhima Yudhistira", "name"),
    ("“Kami berjualan di sini sudah dua puluh tahun lamanya,” tutur perempuan yang akrab disapa Tini itu.",
     "berjualan", "Tini", "name"),
    ("“Serangan terhadap warga sipil tidak bisa dibenarkan,” kata Sekjen PBB Antonio Guterres dalam "
     "pernyataannya.", "warga sipil", "Antonio Guterres", "name"),
    ("Presiden Prancis Emmanuel Macron, dalam pidatonya di Paris, Selasa, mengatakan negaranya akan menambah "
     "anggaran pertahanan.", "anggaran pertahanan", "Emmanuel Macron", "name"),
    ("Bupati Bogor Ade Yasin meninjau lokasi banjir.\n\n“Bantuan logistik sudah kami kirim ke tiga kecamatan,” "
     "katanya melalui pesan singkat.", "Bantuan logistik", "Ade Yasin", "name"),
    ("Ketua Umum PBNU Said Aqil Siradj menyatakan, “Kita harus menjaga persatuan bangsa ini bersama-sama.”",
     "persatuan", "Said Aqil Siradj", "name"),
    ("KPK melalui juru bicaranya, Febri Diansyah, menyatakan pemeriksaan saksi akan dilanjutkan pekan depan.",
     "pemeriksaan saksi", "Febri Diansyah", "name"),
    ("Dua petugas pemadam kebakaran terluka. Salah seorang saksi mata mengatakan api muncul dari dapur rumah "
     "makan.", "api muncul", "saksi mata", "description"),
    ("“Kondisi korban stabil,” kata dokter yang merawatnya, dr Andi Wijaya, Kamis.", "Kondisi korban",
     "Andi Wijaya", "name"),
    ("Kapolda Metro Jaya Irjen Idham Azis menegaskan pihaknya tidak akan ragu menindak pelaku. Dia mengatakan, "
     "patroli di kawasan itu akan ditambah.", "patroli", "Idham Azis", "name"),
    # A sixth batch, also written before warta read it.
    ("“Kami sepakat memperkuat kerja sama maritim,” kata Menteri Luar Negeri Retno LP Marsudi usai bertemu Menlu "
     "Jepang Taro Kono di Tokyo, Senin.", "kerja sama maritim", "Retno LP Marsudi", "name"),
    ("Juru bicara Kepolisian Daerah Papua, Kombes Ahmad Mustofa Kamal, menyebutkan dua anggota TNI terluka "
     "dalam kontak senjata itu.", "dua anggota TNI", "Ahmad Mustofa Kamal", "name"),
    ("“Logistik pemilu sudah tiba di semua kabupaten,” ujar Ketua Komisi Pemilihan Umum (KPU) Arief Budiman.",
     "Logistik pemilu", "Arief Budiman", "name"),
    ("Bantuan untuk korban gempa terus mengalir. Hal senada diungkapkan Sekretaris Jenderal Kementerian Sosial "
     "Hartono Laras. Menurutnya, bantuan tahap kedua sudah tiba di Lombok.", "tahap kedua", "Hartono Laras", "name"),
    ("“Saya takut keluar rumah sejak kejadian itu,” kata Ani, bukan nama sebenarnya.", "takut keluar", "Ani",
     "name"),
    ("“Kita harus membangun tembok itu sekarang juga,” tulis Presiden AS Donald Trump di akun Twitter-nya.",
     "membangun tembok", "Donald Trump", "name"),
    # (expected "wartawan" when written; the guideline keeps "seorang" when it is all the description has)
    ("“Apakah ada korban jiwa dalam kejadian ini?” tanya seorang wartawan.", "korban jiwa", "seorang wartawan",
     "description"),
    ("Menurut Kepala Seksi Pengendalian Operasi Dinas Pemadam Kebakaran DKI Jakarta, Syamsul Huda, api berasal "
     "dari korsleting listrik.", "korsleting", "Syamsul Huda", "name"),
    ("Wali Kota Makassar Mohammad Ramdhan Pomanto meninjau pasar yang terbakar. Danny, sapaan akrabnya, "
     "mengatakan pedagang akan direlokasi sementara.", "direlokasi", "Mohammad Ramdhan Pomanto", "name"),
    ("Gubernur Bali I Wayan Koster mengunjungi lokasi longsor.\n\n“Semua korban sudah kami evakuasi,” tuturnya. "
     "Koster juga meminta warga menjauhi tebing.\n\n“Hujan masih akan turun sampai akhir pekan,” lanjut "
     "Koster.", "Hujan masih", "I Wayan Koster", "name"),
    ("Seorang pejabat kementerian yang enggan disebut namanya mengatakan, anggaran proyek itu sudah "
     "dipangkas.\n\nMenteri Keuangan Sri Mulyani Indrawati belum memberi tanggapan.\n\nPejabat itu "
     "menambahkan, tender tahap kedua ditunda.", "tender tahap kedua",
     "pejabat kementerian yang enggan disebut namanya", "description"),
]




def _folded(text: str | None) -> str:
    return " ".join((text or "").lower().split())


@pytest.mark.parametrize(("article", "words", "speaker", "field"), SPEAKERS)
def test_speaker(article: str, words: str, speaker: str, field: str) -> None:
    actor = only(quotes_of(article), words).speaker
    if field == "name":
        assert _folded(actor.name) == _folded(speaker), actor
    else:
        assert actor.entity is None and actor.name is None, actor
        assert _folded(actor.description) == _folded(speaker), actor


def _starting(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_reported_speech_inside_reported_speech() -> None:
    """The innermost content is the inner speaker's; the whole content the outer one's."""
    quotes = quotes_of("Jaksa Agung HM Prasetyo mengatakan, menurut penyidik, tersangka sudah mengembalikan "
                       "sebagian uang.")
    inner = _starting(quotes, "tersangka sudah").speaker
    assert inner.entity is None and _folded(inner.description) == "penyidik"
    assert _folded(_starting(quotes, "menurut penyidik").speaker.name) == "hm prasetyo"


# (sentence, expected holder (name or description), expected stance)
STANCES: list[tuple[str, str, str] | object] = [
    ("Kepala Polres Depok Kombes Didik Sugiarto membenarkan adanya penangkapan tiga pelajar itu.",
     "Didik Sugiarto", "confirms"),
    ("Kabar pengunduran diri menteri itu dibantah oleh juru bicara istana Johan Budi.", "Johan Budi", "denies"),
    ("Rumor pemadaman listrik bergilir beredar sejak pekan lalu. Bantahan juga disampaikan Direktur Utama "
     "PT PLN Sofyan Basir.", "Sofyan Basir", "denies"),
    ("Saat dikonfirmasi, Kepala Dinas Pendidikan DKI enggan berkomentar.", "Kepala Dinas Pendidikan DKI",
     "declines"),
    ("Kapolsek Cimanggis Kompol Wawan Setiawan belum bisa memastikan jumlah korban.", "Wawan Setiawan",
     "does-not-confirm"),
    ("Bupati Bekasi Neneng Hasanah menampik tudingan bahwa dana bantuan diselewengkan.", "Neneng Hasanah",
     "denies"),
    ("Ketua DPRD Kota Malang menepis kabar adanya pembagian uang kepada anggota dewan.", "Ketua DPRD Kota Malang",
     "denies"),
    ("Pelatih Persib Mario Gomez mengakui bahwa gaji pemain belum dibayar selama tiga bulan.", "Mario Gomez",
     "confirms"),
    ("Juru bicara KPK Febri Diansyah tidak membantah bahwa penyidik telah menggeledah rumah dinas gubernur.",
     "Febri Diansyah", "confirms"),
    ("Laporan mengenai kebocoran data itu belum dikonfirmasi oleh Kementerian Komunikasi dan Informatika.",
     "Kementerian Komunikasi dan Informatika", "does-not-confirm"),
    ("Penangkapan itu dikonfirmasi oleh Kepala Bidang Humas Polda Jawa Barat Kombes Trunoyudo Wisnu Andiko.",
     "Trunoyudo Wisnu Andiko", "confirms"),
    ("Gubernur Sumatera Utara Edy Rahmayadi menolak berkomentar soal pencopotan pejabat itu.", "Edy Rahmayadi",
     "declines"),
    ("Pihak rumah sakit tidak mau menjelaskan penyebab kematian pasien tersebut.", "pihak rumah sakit",
     "declines"),
    ("Kuasa hukum tersangka, Hotman Paris, menyangkal kliennya menerima suap.", "Hotman Paris", "denies"),
    ("Menteri BUMN Rini Soemarno mengaku tidak tahu soal rencana merger dua bank itu.", "Rini Soemarno",
     "does-not-confirm"),
    ("Kementerian Luar Negeri mempertanyakan laporan lembaga itu tentang pelanggaran HAM.",
     "Kementerian Luar Negeri", "disputes"),
    ("“Itu tidak benar,” kata Wali Kota Surabaya Tri Rismaharini menanggapi isu penggusuran pasar.",
     "Tri Rismaharini", "denies"),
    ("Kabar tersebut dibenarkan Kepala Desa Mekarsari, Ujang Suryana.", "Ujang Suryana", "confirms"),
    ("Polisi belum mengonfirmasi apakah pelaku memiliki hubungan dengan jaringan teroris.", "Polisi",
     "does-not-confirm"),
    ("Direktur perusahaan itu bersikeras bahwa limbah pabrik tidak mencemari sungai.", "Direktur perusahaan itu",
     "asserts"),
    # A second batch, also written before warta read it.
    ("Saat dikonfirmasi, Kapolsek Ciputat AKP Endy Mahandika membenarkan kejadian tersebut.",
     "Endy Mahandika", "confirms"),
    ("Kepala Dinas Kesehatan Kota Bekasi Tanti Rohilawati, saat dihubungi, membenarkan adanya dua kasus "
     "difteri.", "Tanti Rohilawati", "confirms"),
    ("Direktur Utama PT Garuda Indonesia Pahala Mansury hadir dalam rapat dengan DPR. Ia membantah tudingan bahwa perusahaannya merugi.",
     "Pahala Mansury", "denies"),
    ("Kapolres Bogor AKBP Andi Moch Dicky mengatakan pihaknya belum bisa memastikan penyebab kebakaran "
     "gudang kimia tersebut.", "Andi Moch Dicky", "does-not-confirm"),
    ("“Belum, kami belum menerima laporan soal itu,” kata Kepala Dinas Perhubungan DKI Andri Yansyah.",
                 "Andri Yansyah", "does-not-confirm"),
    ("Wali Kota Bandung Ridwan Kamil menegaskan kabar pembongkaran pasar itu hoaks.", "Ridwan Kamil", "denies"),
    ("Kabar adanya korban jiwa dalam banjir itu ditepis Kepala BPBD Kabupaten Garut Dadi Djakaria.",
     "Dadi Djakaria", "denies"),
    ("Kuasa hukum keluarga korban, Ahmad Yani, mempertanyakan keputusan polisi menghentikan penyidikan.",
     "Ahmad Yani", "disputes"),
    ("Menteri Agama Lukman Hakim Saifuddin belum mau berkomentar soal usulan itu.", "Lukman Hakim Saifuddin",
     "declines"),
    ("Pihak sekolah mengakui adanya pungutan kepada orangtua murid.", "Pihak sekolah", "confirms"),
    ("Direktur Reserse Narkoba Polda Bali Kombes Putu Agus membenarkan penangkapan seorang warga asing "
     "di Kuta.", "Putu Agus", "confirms"),
    ("Pemerintah Malaysia membantah laporan bahwa pihaknya menahan nelayan Indonesia.", "Pemerintah Malaysia",
     "denies"),
    # A third batch, stances only, also written before warta read it.
    ("Kepala BPBD Kabupaten Cianjur Sugeng Supriyatno membenarkan bahwa dua rumah warga tertimbun longsor.",
     "Sugeng Supriyatno", "confirms"),
    ("Dua pelajar ditangkap karena tawuran. Saat dikonfirmasi, Kasatreskrim Polres Garut AKP Dede Rudiansah "
     "membenarkannya.", "Dede Rudiansah", "confirms"),
    ("Kapolres Sukabumi AKBP Nasriadi memastikan bahwa ketiga korban tewas akibat tersengat listrik.",
     "Nasriadi", "confirms"),
    ("Juru bicara Pemerintah Kota Semarang, Ayu Wulandari, mengonfirmasi penutupan sementara pasar itu.",
     "Ayu Wulandari", "confirms"),
    ("Informasi soal penculikan anak di sekolah itu dibantah Kapolsek Tebet Kompol Rudi Hartono.",
     "Rudi Hartono", "denies"),
    pytest.param('“Tidak ada pungutan liar di sekolah kami,” tegas Kepala SMA Negeri 3 Bekasi, Nurhayati.',
                 'Nurhayati', 'denies', marks=pytest.mark.xfail(
                     reason="a bare 'tidak ada …' denies only a report the article names; the cue list keeps it narrow", strict=False)),
    ('Manajemen PT Sejahtera Abadi membantah telah memecat puluhan karyawan secara sepihak.',
     'PT Sejahtera Abadi', 'denies'),
    ('Direksi PT Kereta Cepat Nusantara membantah proyek itu molor dua tahun.',
     'PT Kereta Cepat Nusantara', 'denies'),
    ("Kepala Dinas Kesehatan Kota Depok Novarita menepis anggapan bahwa rumah sakit menolak pasien miskin.",
     "Novarita", "denies"),
    ("Hingga berita ini diturunkan, pihak PT Sumber Makmur belum memberikan tanggapan.", "PT Sumber Makmur",
     "does-not-confirm"),
    ("Kapolsek Medan Baru Kompol Dony Simanjuntak belum dapat memastikan identitas pelaku penembakan itu.",
     "Dony Simanjuntak", "does-not-confirm"),
    ("Wali Kota Bekasi Rahmat Effendi mengaku belum menerima laporan soal robohnya atap sekolah itu.",
     "Rahmat Effendi", "does-not-confirm"),
    ("Kepala Dinas Pekerjaan Umum Kota Padang Fatriarman enggan berkomentar saat ditanya soal retaknya jembatan "
     "itu.", "Fatriarman", "declines"),
    ("Ketika dihubungi wartawan, Direktur Utama PT Jaya Konstruksi Hendra Wijaya menolak memberikan keterangan.",
     "Hendra Wijaya", "declines"),
    ("Warga Kampung Pulo mempertanyakan hasil penghitungan ganti rugi yang ditetapkan pemerintah daerah.",
     "Warga Kampung Pulo", "disputes"),
    ("Ketua Komisi D DPRD Jawa Barat Daddy Rohanady meragukan klaim dinas bahwa semua sekolah sudah diperbaiki.",
     "Daddy Rohanady", "disputes"),
    ("Kuasa hukum terdakwa, Teguh Santosa, bersikeras bahwa kliennya tidak berada di lokasi saat kejadian.",
     "Teguh Santosa", "asserts"),
    ("Kepala desa itu tidak menampik adanya aliran dana dari perusahaan tambang ke kas desa.", "Kepala desa itu",
     "confirms"),
    ("Bupati Lebak Iti Octavia Jayabaya mengakui bahwa jalan penghubung dua kecamatan itu rusak parah.",
     "Iti Octavia Jayabaya", "confirms"),
    ("Sekretaris Daerah Kabupaten Bogor Burhanudin menyatakan kabar pemecatan ratusan guru honorer itu tidak "
     "benar.", "Burhanudin", "denies"),
    ("Polda Metro Jaya belum bisa memastikan apakah kebakaran itu disengaja.", "Polda Metro Jaya",
     "does-not-confirm"),
    # A fourth batch: passives with and without 'oleh', also written before warta read it.
    ("Kabar itu dikonfirmasi Kepala Bidang Humas Polda Riau Kombes Sunarto.", "Sunarto", "confirms"),
    ("Gempa itu merusak dua sekolah. Hal itu dipastikan oleh Kepala BPBD Garut Dadi Djakaria.", "Dadi Djakaria",
     "confirms"),
    ("Kepala BPBD Garut Dadi Djakaria memastikan kabar tersebut benar.", "Dadi Djakaria", "confirms"),
    ("Kebenaran informasi itu belum dapat dipastikan oleh pihak kepolisian.", "pihak kepolisian",
     "does-not-confirm"),
    ("Kepala Dinas Sosial Jawa Timur Sukesi membenarkan informasi tersebut.", "Sukesi", "confirms"),
    ("Direktur rumah sakit itu, Bambang Wibowo, menyangkal adanya penolakan pasien.", "Bambang Wibowo", "denies"),
    ("Saat dikonfirmasi, Kapolsek Cilandak Kompol Supriadi belum bisa memberikan keterangan.", "Supriadi",
     "declines"),
    ("Polisi masih mendalami dugaan keterlibatan oknum aparat dalam kasus itu.", "Polisi", "does-not-confirm"),
    ("Camat Cibeber, Adang Sudrajat, mengaku belum mendapat laporan soal rumah warga yang rusak.",
     "Adang Sudrajat", "does-not-confirm"),
    ("Kabar tersebut ditepis oleh Kepala Dinas Pendidikan Jawa Barat Dewi Sartika.", "Dewi Sartika", "denies"),
    ("Kepala Desa Sukamulya, Ujang Rohman, tidak membantah adanya pungutan dalam pembuatan sertifikat tanah.",
     "Ujang Rohman", "confirms"),
    ("Juru bicara PT Pelni, Yahya Kuncoro, membantahnya.", "Yahya Kuncoro", "denies"),
    # A fifth batch of stances: inside quotes and reported speech, also written blind.
    ("“Kami belum bisa memastikan penyebab kebakaran itu,” kata Kepala Dinas Pemadam Kebakaran Kota Bekasi "
     "Aceng Solahudin.", "Aceng Solahudin", "does-not-confirm"),
    ("“Itu tidak benar, kami tidak pernah menerima uang dari siapa pun,” ujar Ketua DPRD Kota Malang Arief "
     "Wicaksono.", "Arief Wicaksono", "denies"),
    ("“Benar, ada tiga orang yang kami amankan,” kata Kapolsek Kebayoran Lama Kompol Ardi Rahananto.",
     "Ardi Rahananto", "confirms"),
    ("“Saya tidak mau berkomentar dulu soal itu,” kata Gubernur Sulawesi Selatan Nurdin Abdullah.",
     "Nurdin Abdullah", "declines"),
    ("Kepala Satpol PP DKI Arifin mengatakan pihaknya belum menerima laporan soal pembongkaran kios itu.",
     "Arifin", "does-not-confirm"),
    ("Kapolres Cianjur AKBP Soliyah mengatakan kabar penculikan anak di wilayahnya adalah hoaks.", "Soliyah",
     "denies"),
    ("Wakil Wali Kota Surabaya Whisnu Sakti Buana membenarkan bahwa dua pejabat dinas telah dicopot.",
     "Whisnu Sakti Buana", "confirms"),
    ("Menanggapi tudingan itu, Direktur Utama PDAM Tirta Pakuan Deni Surya Senjaya membantahnya.",
     "Deni Surya Senjaya", "denies"),
    # A sixth stance batch: pronoun holders after quotes, also written blind.
    ("“Kami masih menunggu hasil laboratorium,” kata Kepala Dinas Kesehatan Kota Depok Novarita.\n\nIa membantah "
     "kabar bahwa puluhan siswa dirawat karena keracunan makanan sekolah.", "Novarita", "denies"),
    ("Kapolres Metro Bekasi Kombes Indarto memimpin penggerebekan itu. Dia membenarkan adanya senjata api yang "
     "disita dari rumah tersangka.", "Indarto", "confirms"),
    ("Menteri Pertanian Andi Amran Sulaiman meninjau gudang Bulog.\n\n“Stok beras aman sampai Lebaran,” katanya."
     "\n\nAmran menepis anggapan bahwa pemerintah akan mengimpor beras lagi.", "Andi Amran Sulaiman", "denies"),
    ("Pengacara tersangka, Firman Wijaya, mendatangi Bareskrim.\n\n“Klien kami siap diperiksa,” ujarnya.\n\n"
     "Namun ia enggan berkomentar soal barang bukti yang disita polisi.", "Firman Wijaya", "declines"),
    ("Ketika ditanya soal rencana reshuffle, Sekretaris Kabinet Pramono Anung enggan berkomentar.",
     "Pramono Anung", "declines"),
]


@pytest.mark.parametrize(("text", "holder", "stance"), STANCES)
def test_stance(text: str, holder: str, stance: str) -> None:
    claims = claims_of(text)
    found = [(p.holder.name or p.holder.description or "", p.stance) for c in claims for p in c.positions]
    assert [s for _, s in found] == [stance], found
    assert _folded(found[0][0]) == _folded(holder), found


@pytest.mark.parametrize(("sentence", "stances"), [
    ("Sayang, peluang itu gagal setelah sepakannya ditepis kiper tamu.", []),  # a save, with "-nya"
    ("Tim tamu akhirnya mengklaim kemenangan 2-1 di kandang lawan.", []),  # winning, not claiming
    ("Kelompok itu mengklaim bertanggung jawab atas pengeboman tersebut.", ["asserts"]),
    ("Pelatih itu mengakui pada pekan lalu kalau gaji pemain belum dibayar.", ["confirms"]),  # "kalau": that
])
def test_sports_words_and_colloquial_that(sentence: str, stances: list[str]) -> None:
    assert [cue.stance for cue in find_cues(tokenize(sentence))] == stances


@pytest.mark.parametrize("article", [
    "Siapa bilang pegiat kebugaran selalu disiplin berolahraga?",  # a rhetorical question
    "Statistik mencatat, kedua tim sama-sama mencetak 31 poin pada kuarter ketiga.",  # figures, not speech
])
def test_no_one_speaks(article: str) -> None:
    assert quotes_of(article) == []


def test_begitu_opening_a_sentence_is_no_cue() -> None:
    """'". Begitu di klik, …' ("as soon as it is clicked") names no speaker of the quote before it."""
    quotes = quotes_of("Pesan itu berbunyi \"Anda diundang mencoba fitur panggilan video baru ini\". Begitu di klik, "
                       "pengguna diarahkan ke situs lain.")
    assert [(q.cue, q.speaker.description) for q in quotes] == [(None, None)]


@pytest.mark.parametrize(("text", "holder", "stance"), [
    # The subject a relative clause describes, not the name that ends the clause.
    ("Sandi dan tim yang terlibat dalam penataan kawasan Tanah Abang mengklaim data itu sudah lengkap.", "Sandi",
     "asserts"),
    ("Warga yang tinggal di bantaran Sungai Ciliwung membantah tudingan bahwa mereka membuang sampah ke sungai.",
     "Warga", "denies"),
    # The agent after a passive cue stays the holder, relative clause or not.
    ("“Apakah saksi melihat terdakwa?” tanya Aldwin yang lalu dibenarkan oleh hakim.", "hakim", "confirms"),
    # A group of people the phrase reader leaves unread.
    ("Di awal produksi film tersebut, netizen meragukan keputusan dipilihnya aktor itu.", "netizen", "disputes"),
    ("Ihsan juga belum dapat mengomentari adanya pendapat bahwa RUU itu merugikan industri.", "Ihsan",
     "declines"),
    ("Sayangnya, pihak militer pun masih belum mengetahui dari mana asal ledakan tersebut.", "pihak militer",
     "does-not-confirm"),
])
def test_holders_around_relative_clauses_and_groups(text: str, holder: str, stance: str) -> None:
    found = [(p.holder.name or p.holder.description or "", p.stance) for c in claims_of(text) for p in c.positions]
    assert [(_folded(h), s) for h, s in found] == [(_folded(holder), stance)], found


def test_an_outlets_credit_ends_the_speaker_phrase() -> None:
    quote = only(quotes_of("“Kami siap bertanding besok,” ujar pria yang akrab disapa Ucok dilansir Antara."), "siap")
    assert quote.speaker.name == "Ucok"
    quote = only(quotes_of("“Kami siap bertanding besok,” kata pelatih yang baru ditunjuk itu dikutip dari laman "
                           "resmi klub."), "siap")
    assert quote.speaker.description == "pelatih yang baru ditunjuk itu"


def test_a_pointer_back_takes_the_name_set_after_the_title() -> None:
    """'Hal tersebut diungkapkan oleh <title>, <name>, usai …': the name speaks, and a later "ujarnya"."""
    quotes = quotes_of("Pemerintah akan membuka jalur pelayaran di pantai selatan tahun depan. Hal tersebut "
                       "diungkapkan oleh Deputi Bidang Koordinasi Infrastruktur Kemenko Maritim, Ridwan Djamaludin, "
                       "usai memimpin rapat.\n\n“Tadi tim kami meninjau ke sana, masalahnya belum selesai,” ujarnya.")
    assert [q.speaker.name for q in quotes] == ["Ridwan Djamaludin", "Ridwan Djamaludin"]


def test_a_speech_verb_of_purpose_reports_nothing() -> None:
    quotes = quotes_of("Penyair itu hadir di acara tersebut. Sapardi mengatakan, waktu terbaiknya untuk menulis "
                       "yakni pada pagi hari.")
    assert [q.cue for q in quotes] == ["mengatakan"]


@pytest.mark.parametrize(("article", "words", "speaker"), [
    # A manner adjunct between the subject and the verb.
    ("Pembalap Valentino Rossi mengakui persaingan musim ini ketat. Ia bahkan tanpa ragu menyebut bahwa Dani "
     "Pedrosa masih berpeluang juara.", "Pedrosa", "Valentino Rossi"),
    ("Menteri Luar Negeri Retno Marsudi dengan tegas menyatakan Indonesia menolak klaim itu.", "menolak klaim",
     "Retno Marsudi"),
    # "-pun" written joined to the pronoun.
    ("Ketua umum partai itu, Megawati Soekarnoputri, hadir dalam acara tersebut. Iapun mengatakan kabar soal "
     "kesehatan wakil presiden itu bohong.", "kesehatan", "Megawati Soekarnoputri"),
])
def test_adjuncts_and_joined_pun(article: str, words: str, speaker: str) -> None:
    assert only(quotes_of(article), words).speaker.name == speaker


def test_a_study_with_a_determiner_is_no_speaker() -> None:
    assert quotes_of("Sebuah penelitian mengungkapkan, populasi kota itu akan tetap bertambah.") == []


@pytest.mark.parametrize("text", [
    "Dikonfirmasi terpisah, Kapolsek Cilandak Kompol Supriadi mengatakan pelaku sudah ditangkap.",
    "Kapolsek Cilandak Kompol Supriadi, dikonfirmasi wartawan, mengatakan pelaku sudah ditangkap.",
])
def test_the_press_contacting_someone_is_no_confirmation(text: str) -> None:
    assert [p for c in claims_of(text) for p in c.positions] == []


# Three short articles, written before warta read them, in which speakers go on over paragraphs
# ("ujarnya", "Menurut dia", "Ia menambahkan", "imbuhnya") with other people named between.
FLOOD = (
    "Banjir merendam ratusan rumah di Kecamatan Dayeuhkolot, Kabupaten Bandung, sejak Senin malam.\n\n"
    "Kepala Pelaksana BPBD Kabupaten Bandung Akhmad Djohara mengatakan, ketinggian air mencapai 1,5 meter di "
    "beberapa titik. “Kami sudah mengerahkan perahu karet untuk mengevakuasi warga,” ujarnya, Selasa.\n\n"
    "Menurut dia, sebagian warga memilih bertahan di lantai dua rumah mereka.\n\n"
    "Salah seorang warga, Enok (54), mengaku sudah tiga hari tidak bisa berjualan. “Warung saya terendam "
    "semua,” katanya.\n\n"
    "“Tiap tahun begini terus, tapi belum ada solusi,” tambah Enok.\n\n"
    "Bupati Bandung Dadang Naser yang meninjau lokasi banjir menyatakan pemerintah akan mempercepat "
    "pembangunan kolam retensi. “Tahun ini kami mulai,” tegasnya."
)
FLOOD_SPEAKERS = [("ketinggian air", "Akhmad Djohara"), ("perahu karet", "Akhmad Djohara"),
                  ("sebagian warga", "Akhmad Djohara"), ("tiga hari", "Enok"), ("Warung saya", "Enok"),
                  ("Tiap tahun", "Enok"), ("kolam retensi", "Dadang Naser"), ("Tahun ini", "Dadang Naser")]
GRAFT = (
    "Komisi Pemberantasan Korupsi (KPK) menahan Wali Kota Pasuruan Setiyono, Jumat.\n\n"
    "Juru Bicara KPK Febri Diansyah mengatakan Setiyono ditahan untuk 20 hari pertama. “Penahanan dilakukan "
    "di Rutan Cabang KPK,” kata Febri.\n\n"
    "Ia menambahkan, penyidik juga telah memeriksa tujuh saksi dalam perkara ini.\n\n"
    "Kuasa hukum Setiyono, Maqdir Ismail, menyatakan kliennya akan kooperatif. “Klien kami menghormati proses "
    "hukum,” ujar Maqdir kepada wartawan di Gedung KPK.\n\n"
    "Namun, menurut Maqdir, sejumlah tuduhan terhadap kliennya tidak berdasar.\n\n"
    "“Kami akan buktikan di pengadilan,” imbuhnya."
)
GRAFT_SPEAKERS = [("20 hari pertama", "Febri Diansyah"), ("Rutan Cabang", "Febri Diansyah"),
                  ("tujuh saksi", "Febri Diansyah"), ("kooperatif", "Maqdir Ismail"),
                  ("menghormati proses", "Maqdir Ismail"), ("tidak berdasar", "Maqdir Ismail"),
                  ("buktikan", "Maqdir Ismail")]
FUEL = (
    "Pemerintah menaikkan harga solar bersubsidi mulai Sabtu.\n\n"
    "Menteri Energi dan Sumber Daya Mineral Ignasius Jonan menjelaskan, kenaikan itu diperlukan untuk menjaga "
    "anggaran negara. “Subsidi tetap ada, tapi jumlahnya kami kurangi,” ucap Jonan.\n\n"
    "Sementara itu, Vice President Corporate Communication Pertamina Adiatma Sardjito memastikan pasokan solar "
    "di seluruh SPBU aman.\n\n"
    "“Stok kami cukup untuk 20 hari ke depan,” katanya.\n\n"
    "Ekonom Universitas Indonesia Faisal Basri menilai kenaikan itu akan memicu inflasi. Dia memperkirakan "
    "inflasi bulan depan bisa mencapai 0,8 persen.\n\n"
    "“Pemerintah harus menyiapkan bantalan sosial,” kata Faisal."
)
FUEL_SPEAKERS = [("anggaran negara", "Ignasius Jonan"), ("Subsidi tetap", "Ignasius Jonan"),
                 ("pasokan solar", "Adiatma Sardjito"), ("Stok kami", "Adiatma Sardjito"),
                 ("0,8 persen", "Faisal Basri"), ("bantalan sosial", "Faisal Basri")]

# ("memastikan pasokan solar … aman", a clause with no "bahwa" ended by a predicate adjective, failed
# before the adjectives were read as predicates.)
ARTICLE_CASES = [(text, words, who)
                 for text, cases in ((FLOOD, FLOOD_SPEAKERS), (GRAFT, GRAFT_SPEAKERS), (FUEL, FUEL_SPEAKERS))
                 for words, who in cases]


@pytest.mark.parametrize(("article", "words", "speaker"), ARTICLE_CASES)
def test_speakers_across_paragraphs(article: str, words: str, speaker: str) -> None:
    assert only(quotes_of(article), words).speaker.name == speaker


def test_a_bare_title_names_whoever_had_it_after_their_name() -> None:
    """'Iptu Dedi Suhendar, Kapolsek Cisarua, mengatakan …' and later '… kata Kapolsek.'"""
    quotes = quotes_of("Iptu Dedi Suhendar, Kapolsek Cisarua, mengatakan pelaku ditangkap warga di terminal.\n\n"
                       "Polisi juga menggeledah rumah pelaku.\n\nPelaku terancam hukuman lima tahun penjara. “Pelaku "
                       "kami tahan di Mapolsek,” kata Kapolsek.")
    assert only(quotes, "Mapolsek").speaker.name == "Dedi Suhendar"


def test_a_tie_alone_names_whom_the_article_gave_it() -> None:
    """'istri korban, Siti Aminah,' and later 'istrinya juga mengaku …'."""
    quotes = quotes_of("Petugas juga telah menemui istri korban, Siti Aminah, untuk dimintai keterangan.\n\nDalam "
                       "keterangan itu, istrinya juga mengaku korban pernah memiliki gangguan ingatan.")
    assert only(quotes, "gangguan ingatan").speaker.name == "Siti Aminah"


@pytest.mark.parametrize(("article", "words", "speaker"), [
    # A title listing its fields with commas.
    ("Angin kencang merusak 12 rumah.\n\n“Kebanyakan yang rusak bagian atap rumah,” ujar Kepala Pusat Data, "
     "Informasi, dan Humas BNPB Sutopo Purwo Nugroho.", "atap rumah", "Sutopo Purwo Nugroho"),
    # "ajak" (invited) is a speech cue like "tanya".
    ("“Silakan datang ke Danau Toba awal Desember nanti,” ajak Menteri Pariwisata, Arief Yahya, Sabtu.",
     "Danau Toba", "Arief Yahya"),
])
def test_title_lists_and_invitations(article: str, words: str, speaker: str) -> None:
    assert only(quotes_of(article), words).speaker.name == speaker


def test_a_verb_after_the_speaker_ends_the_phrase() -> None:
    quote = only(quotes_of("“Jangan berhenti, harus diusut motivasinya,” kata Mendagri menegaskan."), "diusut")
    assert quote.speaker.description == "Mendagri"
    quote = only(quotes_of("“Kami sudah dua hari di sini,” kata pria berusia 45 tahun itu."), "dua hari")
    assert quote.speaker.description == "pria berusia 45 tahun itu"


def test_a_pronoun_read_as_a_name_is_still_a_pronoun() -> None:
    """'Iapun' twice at sentence starts may look like a name; it stays the speaker it refers to."""
    text = ("Ketua umum partai, Megawati Soekarnoputri, menyampaikan pidato.\n\n“Jangan jadi pengecut,” tuturnya."
            "\n\nIapun mencontohkan kabar sakitnya wakil presiden.\n\nIapun mengakui bahwa berita bohong "
            "semakin merajalela.")
    holders = [p.holder.name for c in claims_of(text) for p in c.positions]
    assert holders == ["Megawati Soekarnoputri"]


@pytest.mark.parametrize(("article", "reported"), [
    ("Kapolda memastikan situasi di kota itu sudah kondusif.", ["situasi di kota itu sudah kondusif"]),
    ("Direktur Pertamina Adiatma Sardjito memastikan pasokan solar di seluruh SPBU aman.",
     ["pasokan solar di seluruh SPBU aman"]),
    ("Polisi memastikan keamanan selama perayaan Natal.", []),  # a topic, not a clause
])
def test_memastikan_with_a_clause_and_no_bahwa(article: str, reported: list[str]) -> None:
    assert [q.text for q in quotes_of(article)] == reported


def test_going_on_follows_an_opinion_voiced_in_between() -> None:
    """'tambahnya' after '… menilai …' by someone new goes on from that person, not the speaker before."""
    quotes = quotes_of("“Harga beras akan turun pekan depan,” kata Menteri Perdagangan Enggartiasto Lukita.\n\n"
                       "Sementara itu, pengamat pertanian Dwi Andreas Santosa menilai kebijakan impor itu keliru.\n\n"
                       "“Petani kita yang dirugikan,” tambahnya.")
    assert only(quotes, "Petani").speaker.name == "Dwi Andreas Santosa"


def test_a_short_name_resolved_to_the_full_one_is_what_a_later_clitic_means() -> None:
    quotes = quotes_of("Wakil Ketua KPK Alexander Marwata hadir dalam rapat itu.\n\n“Kasusnya bisa kita limpahkan ke "
                       "inspektorat,” kata Alex.\n\nMenurutnya tak semua korupsi dana desa harus masuk ke persidangan.")
    assert [q.speaker.name for q in quotes] == ["Alexander Marwata", "Alexander Marwata"]
