"""The meeting's date, times and place where a document's layout hides them: glued title text, an agenda
printed before the minutes, a start said in a sentence or in fields, and a page flattened into one line."""

from datetime import date, time

from minutes import read_minutes


def test_a_time_glued_to_the_weekday_after_it_is_parted():
    minutes = read_minutes("FERN ROAD GARDENS\nMINUTES\nCOMMITTEE MEETING 19:30MONDAY9 MARCH 2026\n"
                           "Present: Ann Lowe, Ben Marr\n1. Paths\nThe paths were weeded.\n")
    assert minutes.date == date(2026, 3, 9)
    assert minutes.start_time == time(19, 30)


def test_four_figure_hours_are_a_time():
    minutes = read_minutes("MINUTES OF THE OAKLEY HALL COMMITTEE HELD ON 4th May2026 AT 1945HRS\n"
                           "Present: Ann Lowe, Ben Marr\n1. Roof\nThe roof was inspected.\n")
    assert minutes.date == date(2026, 5, 4)
    assert minutes.start_time == time(19, 45)
    assert minutes.venue is None


def test_the_head_starts_again_at_a_minutes_title_under_an_agenda():
    agenda = "\n".join(f"Item {n} lead Cara Dunn" for n in range(1, 18))
    minutes = read_minutes(f"Agenda\n{agenda}\nNext meeting 9th June 7pm\nMinutes of the\n"
                           "Elm Sailing Club Committee Meeting 12th May 2026\nClubhouse @ 19:00\n"
                           "Attendees : Cara Dunn, Ed Fox\n1. Boats\nThe boats were counted.\n")
    assert minutes.date == date(2026, 5, 12)
    assert minutes.start_time == time(19, 0)
    assert minutes.venue == "Clubhouse"
    assert minutes.next_meeting.date == date(2026, 6, 9)


def test_called_to_order_gives_the_start_and_a_bare_early_hour_is_the_evening():
    minutes = read_minutes("Birch Lane Residents\nMinutes\nApril 2, 2026\n\n"
                           "The meeting was called to order at 6:35 with Ann Lowe and Ben Marr present.\n"
                           "1. Trees\nThe trees were pruned.\n")
    assert minutes.start_time == time(18, 35)


def test_the_time_before_called_the_meeting_to_order():
    minutes = read_minutes("Executive Minutes\nWednesday, March 4, 2026\n\n"
                           "At 12:30 p.m., the President called the meeting to order.\nPresent: Ann Lowe, Ben Marr\n"
                           "1. Dues\nDues were set.\n")
    assert minutes.start_time == time(12, 30)


def test_start_and_finish_time_fields():
    minutes = read_minutes("Ash Tennis Club\nDate: 8th March 2026\nStart Time: 4:30pm\nFinish Time: 7:10pm\n"
                           "Present: Ann Lowe, Ben Marr\n1. Nets\nThe nets were replaced.\n")
    assert (minutes.start_time, minutes.end_time) == (time(16, 30), time(19, 10))


def test_opening_prayers_do_not_move_the_time_called_for():
    minutes = read_minutes("St Ives PCC\nMinutes of the meeting held on Tuesday 3rd March 2026\n7.30 pm in the Hall.\n"
                           "The Vicar opened the meeting with prayer at 7.36 pm.\nPresent: Ann Lowe, Ben Marr\n"
                           "1. Bells\nThe bells were rung.\n")
    assert minutes.start_time == time(19, 30)


def test_a_page_flattened_into_one_line_gives_its_head_before_the_roll():
    minutes = read_minutes("Dale Health Trust Minutes of the Board Meeting Tuesday 10 March 2026 10:00 – 12:00 "
                           "The Long Room, Mill Street Members: Ann Lowe Ben Marr 1. Welcome 1.1. All were welcomed.")
    assert minutes.date == date(2026, 3, 10)
    assert (minutes.start_time, minutes.end_time) == (time(10, 0), time(12, 0))
    assert minutes.venue == "The Long Room, Mill Street"


def test_a_title_opening_on_the_minutes_of_a_meeting_held_is_this_meetings_not_an_earlier_ones():
    minutes = read_minutes("The Minutes of the Annual Parish Meeting held on Tuesday 14 May 2024 at the Village Hall\n"
                           "Present: Ann Lee, Bob Ray\n1. Apologies\nNone.\n")
    assert (minutes.date, minutes.venue) == (date(2024, 5, 14), "Village Hall")


def test_a_date_and_time_field_written_with_an_ampersand_and_no_spaces_dates_the_meeting_over_a_posting_date():
    minutes = read_minutes("10 May 2024\nVale Allotment Society minutes\nDate&Time: 3 May 2024, 7pm\n"
                           "Present: Ann Lee, Bob Ray\n1. Apologies\nNone.\n")
    assert (minutes.date, minutes.start_time) == (date(2024, 5, 3), time(19, 0))
