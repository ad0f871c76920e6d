"""A roll's short names take the fuller form the minutes give, but never from a list of surnames.
Every line here is invented."""

from minutes import read_minutes


def test_a_list_of_surnames_gives_no_one_a_given_name():
    # "Cllrs Pryce, Hollis, ..." names four people by surname; "Pryce" is not Hollis's given name.
    minutes = read_minutes("Minutes of the Parish Council meeting held on 4 March 2026\n\n"
                           "Present: Cllr P Hollis (Chair), Cllr T Ward, Cllr R Pryce\n\n"
                           "1. Hedges\n\nMembers: Cllrs Pryce, Hollis, Ward and Tate agreed the hedge survey.\n")
    assert [person.name for person in minutes.present] == ["Cllr P Hollis", "Cllr T Ward", "Cllr R Pryce"]


def test_a_short_name_on_the_roll_takes_the_one_full_form_the_minutes_write():
    minutes = read_minutes("Minutes of the Parish Council meeting held on 4 March 2026\n\n"
                           "Present: Cllr P Hollis (Chair), Cllr T Ward\n\n"
                           "1. Chair\n\nCllr Penny Hollis was elected Chair for the year.\n")
    assert [person.name for person in minutes.present] == ["Cllr Penny Hollis", "Cllr T Ward"]
