"""Rules of the reader's pass on first-person plural plans and speakers' intent bullets (w2prose);
every line here is invented."""

from minutes.commitments import commitments
from minutes.owners import Owners
from minutes.prose_tasks import our_plan
from minutes.spoken_tasks import spoken_tasks

_OWNERS = Owners(["Ann Roe", "Bo Lane"])


def _plan(sentence):
    task = our_plan(sentence)
    return None if task is None else (task.what, task.who)


def _spoken(sentences):
    return [(task.what, task.who) for _, task in spoken_tasks(sentences, _OWNERS)]


# --- first-person plural plans (minutes/prose_tasks.py, our_plan) ---

def test_a_we_will_plan_of_work_is_a_task_with_no_owner():
    assert _plan("We'll request 2 slots at the summit.") == ("Request 2 slots at the summit", None)
    assert _plan("We will ask the landlord for a quote.") == ("Ask the landlord for a quote", None)


def test_a_plan_after_an_outcome_label_is_read_too():
    assert _plan("Resolution: We will open a new issue for the hashes.") == ("Open a new issue for the hashes", None)


def test_a_procedural_or_ongoing_we_will_is_no_task():
    assert _plan("We will skip decisions from the last meeting.") is None
    assert _plan("We will continue to watch the figures.") is None
    assert _plan("Later we will request slots.") is None


# --- a speaker's intent in a members' round (minutes/spoken_tasks.py, minutes/commitments.py) ---

def test_a_speakers_looking_to_line_is_the_speakers_task():
    assert _spoken(["Ann Roe: Looking to change the locks on the shed"]) == [
        ("Change the locks on the shed", "Ann Roe")]
    assert _spoken(["Bo: Planning to tidy the workbench area"]) == [("Tidy the workbench area", "Bo Lane")]


def test_an_ing_word_before_to_is_no_one_who_acts():
    # (A word the document only writes with a capital, as a line's first word, might be a name.)
    assert [task.who for task in commitments("Ann: Looking to change the locks on the shed", _OWNERS,
                                             proper={"Looking"})] == []


# --- a speaker's remark is no task for them (minutes/prose_tasks.py) ---

def _prose(text):
    from minutes.prose_tasks import prose_tasks
    return [(task.what, task.who) for task in prose_tasks(text, _OWNERS)]


def test_a_speakers_remark_opening_with_no_verb_of_work_is_no_task():
    assert _prose("Ann Roe: except perhaps for the procedure") == []
    assert _prose("Bo Lane: currently no good tools for this") == []
    assert _prose("Ann Roe: Need to discuss in the work group.") == []


def test_a_speakers_task_after_a_colon_is_still_read():
    assert _prose("Ann Roe: send the notes to the list") == [("Send the notes to the list", "Ann Roe")]


# --- an open invitation is no one's task (minutes/commitments.py) ---

def test_an_invitation_to_the_community_is_no_task():
    # (A word the document only writes with a capital, as a sentence's first word, might be a name.)
    assert commitments("Community members are invited to participate too!", _OWNERS, proper={"Community"}) == []
