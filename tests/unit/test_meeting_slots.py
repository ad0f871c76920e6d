"""A meeting's date is checked before anything is looked up: neither in the past nor decades ahead."""

from datetime import date, datetime, time, timezone
from types import SimpleNamespace

import pytest

from domain.meetings import InvalidForm, Slot, schedule_meeting

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
BOARD = SimpleNamespace(id=1, name="Ashworth Health and Wellbeing Board", timezone="Europe/London",
                        chair_id=7, secretary_id=7)
SECRETARY = SimpleNamespace(id=7)


class NoRegister:
    """A register that fails the test if it is asked anything: a bad date is refused before any look-up."""

    def __getattr__(self, name: str) -> None:
        raise AssertionError(f"the register was asked {name}")


@pytest.mark.parametrize("day", [date(9999, 12, 31), date(2031, 12, 1)])
def test_a_date_decades_ahead_is_refused_in_the_form_without_touching_the_register(day):
    with pytest.raises(InvalidForm) as refused:
        schedule_meeting(NoRegister(), BOARD, Slot(day, time(14, 0), time(16, 0)), by=SECRETARY, now=NOW)
    assert "too far ahead" in refused.value.errors["date"]
