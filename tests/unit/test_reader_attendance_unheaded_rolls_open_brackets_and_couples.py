"""Rolls as clubs, residents' panels and partnership boards write them: no heading under the title, a line of
bare names over the apologies' own heading, a bracket the page left open before the next person's line, a
numbered "Present" run into its first name, couples written with one surname, a dashed list with one entry
undashed, headings typed with a semicolon for the colon; and a long roll of titled names read in one pass."""


from minutes import read_minutes
from minutes.people import split_people


def _present(text: str) -> list[str]:
    return [person.name for person in read_minutes(text).present]


def _apologies(text: str) -> list[str]:
    return [person.name for person in read_minutes(text).apologies]


def test_bullets_of_people_straight_under_the_title_are_the_roll_whatever_small_words_say_what_they_are():
    text = ("Residents Panel Meeting Minutes 4 May 2026.\n- Ann Vale, Involvement Officer\n- P. Ashe, tenant\n"
            "- K. Lind, tenant\n- R. Oke, leaseholder\nAnn opened the meeting.\n- Minutes\n- Any other business\n")
    assert _present(text) == ["Ann Vale", "P. Ashe", "K. Lind", "R. Oke"]


def test_a_line_of_bare_names_over_the_apologies_heading_is_who_came():
    text = ("Minutes of the Committee Meeting of the Fenby Rowing Club held on 3 June 2026.\n"
            "Rupert Cole, Imogen Tate, Desmond Pike, Fenella Oak\nApologies; Lydia March, Conrad Ibbot\n"
            "Minutes of Previous Meeting; Accepted.\nMatters Arising;\nNone.\n")
    assert _present(text) == ["Rupert Cole", "Imogen Tate", "Desmond Pike", "Fenella Oak"]
    assert _apologies(text) == ["Lydia March", "Conrad Ibbot"]


def test_a_line_of_bare_names_with_no_apologies_under_it_is_left_alone():
    text = "Minutes of the Fenby Rowing Club, 3 June 2026.\nRupert Cole, Imogen Tate, Desmond Pike\n1. Boats\nNone.\n"
    assert _present(text) == []


def test_a_bracket_left_open_ends_at_the_next_persons_line():
    text = ("Minutes of the meeting held on 6 February 2026\nPriscilla Hadd – Independent Chair\n"
            "Gerald Mow – Vale Trust (rep Oona Felt)\nRosalind Kerr – Detective Inspector, Vale Police (rep Dominic\n"
            "Saul Ever – Chief Executive, Carers Link\nWendy Harc – Business Support Officer\n1. Welcome\nNone.\n")
    assert _present(text) == ["Priscilla Hadd", "Gerald Mow", "Rosalind Kerr", "Saul Ever", "Wendy Harc"]


def test_a_numbered_present_run_into_its_first_name_heads_one_name_a_line_couples_among_them():
    text = ("Brackenford allotment society minutes 04/02/2026\n\n1 Present Harold Finch (Chair)\n\nMabel Finch\n\n"
            "Rosa and Trevor Quarry\n\nIngrid Salt\n\n2 Welcome and Apologies\nHarold welcomed all present.\n")
    assert _present(text) == ["Harold Finch", "Mabel Finch", "Rosa Quarry", "Trevor Quarry", "Ingrid Salt"]


def test_a_titled_name_run_straight_into_its_post_stays_in_a_dashed_list():
    text = ("Minutes of the Board, 29 January 2026\nPresent\n- Mr H Gall – Non-Executive Director (Chair)\n"
            "- Dr K. Mensa Medical Director and voting member\n- Mr L Ark – Director of Finance\nMinutes\n"
            "1 – Welcome\nNone.\n")
    assert _present(text) == ["Mr H Gall", "Dr K. Mensa", "Mr L Ark"]


def test_names_run_together_by_their_titles_are_parted_however_long_the_run():
    people = [f"{title} {given} {surname}" for title in ("Mr", "Mrs", "Dr") for given in ("Ann", "Bob", "Cai", "Dee")
              for surname in ("Lee", "Ray", "Fox", "Orr", "Hale")] * 60
    assert split_people(" ".join(people)) == people
