"""Event sides after acceptance run 11: a teller of an act is not its doer, a place of origin is not
the one it describes, a concessive clause is no announcement, a dismissal is no detention.
Every sentence is invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who


def test_one_who_confirms_a_questioning_did_not_question() -> None:
    events = code("Polisi memanggil penyanyi Rina Marlina pekan lalu. "
                  "Pemeriksaan Rina Marlina dibenarkan oleh juru bicara Polda Jawa Barat Andi Wijaya.")
    checks = [e for e in of_type(events, "ACCUSE", "investigate") if "dibenarkan" in e.evidence[0].sentence]
    assert checks, events
    assert who(checks[0].target) == "Rina Marlina"
    assert who(checks[0].source) != "Andi Wijaya"


def test_agent_right_after_the_act_noun_still_acts() -> None:
    events = code("Pemeriksaan Rina Marlina oleh Polda Jawa Barat berlangsung enam jam.")
    checks = of_type(events, "ACCUSE", "investigate")
    assert checks, events
    assert who(checks[0].source) == "Polda Jawa Barat"


def test_place_of_origin_after_a_common_noun_is_not_the_one_questioned() -> None:
    events = code("Polisi memanggil sejumlah saksi. Penyanyi asal Bogor ini diperiksa sebagai saksi.")
    checks = [e for e in of_type(events, "ACCUSE", "investigate") if "Bogor" in e.evidence[0].sentence]
    assert checks, events
    assert who(checks[0].target) == "Penyanyi"


def test_place_of_origin_is_not_the_critic() -> None:
    events = code("Penyanyi asal Bandung itu mengkritik Kementerian Pariwisata.")
    critiques = of_type(events, "ACCUSE")
    assert critiques, events
    assert who(critiques[0].source) == "Penyanyi"
    assert who(critiques[0].target) == "Kementerian Pariwisata"


def test_description_before_origin_is_taken_whole() -> None:
    events = code("Untuk lagu ini Rina Marlina dan pencetak lagu asal Swedia itu berkolaborasi.")
    joint = of_type(events, "COOPERATE")
    assert joint, events
    assert "Swedia" not in {who(e.source) for e in joint} | {who(e.target) for e in joint}
    assert "pencetak lagu" in {who(e.source) for e in joint} | {who(e.target) for e in joint}


def test_origin_named_person_still_stands_for_the_side() -> None:
    events = code("Penyanyi asal Bandung, Rina Marlina, mengkritik Kementerian Pariwisata.")
    critiques = of_type(events, "ACCUSE")
    assert critiques, events
    assert who(critiques[0].source) == "Rina Marlina"


def test_speaker_does_not_announce_what_a_concessive_clause_grants() -> None:
    events = code("Andi Wijaya menegaskan tidak akan ada kongres luar biasa "
                  "meski Budi Santoso ditetapkan sebagai tersangka.")
    named = of_type(events, "COERCE")
    assert named, events
    assert who(named[0].target) == "Budi Santoso"
    assert who(named[0].source) != "Andi Wijaya"


def test_speaker_still_announces_the_reported_act() -> None:
    events = code("Perdana Menteri Spanyol mengatakan bahwa pemimpin Catalunya akan dipecat.")
    dismissed = of_type(events, "COERCE")
    assert dismissed, events
    assert who(dismissed[0].source) == "Perdana Menteri Spanyol"


def test_dismissal_from_office_is_coercion_without_detention() -> None:
    text = ("Partai Maju memecat Andi Wijaya dari jabatan ketua umum. "
            "Pemecatan Andi Wijaya disetujui peserta kongres.")
    dismissals = of_type(code(text), "COERCE")
    assert len(dismissals) >= 2, dismissals
    assert all(e.mode != "arrest" for e in dismissals)


def test_detention_keeps_its_mode() -> None:
    detained = of_type(code("Polisi menahan Andi Wijaya di Polres Garut."), "COERCE")
    assert detained, detained
    assert detained[0].mode == "arrest"
