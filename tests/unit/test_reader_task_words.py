"""What an action's words must say: unit tests of the reader's checks on a task's wording."""

from minutes import read_minutes

_HEAD = "Minutes of the Parish Council meeting held on 3 March 2026\n\nPresent: Cllr Ann Hale, Cllr Rob Tate\n\n"


def _whats(text: str) -> list[str]:
    return [action.what for action in read_minutes(_HEAD + text).actions]


def test_a_word_alone_that_names_an_owner_a_label_or_a_number_is_no_task_but_a_verb_is():
    table = ("5. Actions\n| Action | Owner | Due |\n|---|---|---|\n"
             "| RT | Clerk | 31/03/2026 |\n| LOG | Clerk | 31/03/2026 |\n| 04 | Clerk | 31/03/2026 |\n"
             "| Chase | Clerk | 31/03/2026 |\n| Order the new bench | RT | 30/04/2026 |\n")
    assert _whats(table) == ["Chase", "Order the new bench"]
