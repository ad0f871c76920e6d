"""Plans, obligations and their look-alikes in running prose: a thing that needs or should be done, "should"
asked of someone, "we will" plans of a group and a speaker's intent, set against views, advice, invitations
and remarks that set no work. Every line here is invented."""

from minutes import read_minutes
from minutes.commitments import commitments
from minutes.future_passives import future_passives
from minutes.owners import Owners
from minutes.prose_tasks import our_plan
from minutes.spoken_tasks import spoken_tasks

_OWNERS = Owners(["Ann Roe", "Bo Lane"])


def _passives(sentence, alone=True):
    return [(task.what, task.who) for task in future_passives(sentence, _OWNERS, alone=alone)]


def _commitments(sentence):
    return [(task.what, task.who) for task in commitments(sentence, _OWNERS)]


# --- obligations put on a thing (minutes/future_passives.py) ---

def test_a_thing_that_needs_to_be_done_or_should_be_done_is_work_with_no_owner():
    assert _passives("The boundary fence alongside the allotments needs to be re-erected before the grazing season.") \
        == [("Re-erect the boundary fence alongside the allotments before the grazing season", None)]
    assert _passives("Additional bins for Riverside Walk should be ordered before Easter.") == [
        ("Order additional bins for Riverside Walk before Easter", None)]


def test_an_obligation_beside_an_owners_task_in_its_sentence_is_that_tasks_reason():
    assert _passives("The accounts need to be examined before the AGM", alone=False) == []
    assert _passives("The accounts will be examined before the AGM", alone=False) == [
        ("Examine the accounts before the AGM", None)]


def test_a_view_or_a_note_with_should_be_is_no_work():
    assert _passives("It should be noted that the hall will be closed.") == []
    assert _passives("Consideration should be given to a new bench.") == []
    assert _passives("The panel agreed a recommendation that searches should be reviewed by a supervisor.") == []


def test_what_the_meeting_asked_or_agreed_be_done_is_work_but_a_members_request_is_not_yet():
    assert _passives("It was requested that evidence be obtained from residents, including photographs.") == [
        ("Obtain evidence from residents, including photographs", None)]
    assert _passives("Councillor Roe asked that the drawings be circulated to members.") == []
    assert _passives("The quote should be accepted, and members agreed the quote be paid.") == []


def test_a_stranded_preposition_goes_before_its_thing():
    assert _passives("Tenants with overgrown plots are to be written to.") == [("Write to tenants with overgrown plots",
                                                                                 None)]


def test_how_a_thing_is_sent_is_no_doer_but_another_body_is():
    assert _passives("The internal audit report will be forwarded to members by email.") == [
        ("Forward the internal audit report to members by email", None)]
    assert _passives("The culvert will be repaired by Northshire Water.") == []


def test_a_season_after_over_is_when_not_a_particle():
    assert _passives("The playground markings need to be repainted over the Easter holidays.") == [
        ("Repaint the playground markings over the Easter holidays", None)]


# --- "should" asked of someone (minutes/commitments.py) ---

def test_should_asks_work_of_the_members_by_their_office_or_of_someone_known():
    assert _commitments("Governors should send comments on the draft policy to the Clerk.") == [
        ("Send comments on the draft policy to the Clerk", "Governors")]
    assert _commitments("Bo Lane should contact the landowner at Ford Farm.") == [
        ("Contact the landowner at Ford Farm", "Bo Lane")]


def test_should_as_advice_to_the_public_or_a_stance_is_no_task():
    assert _commitments("Residents should report suspicious vehicles on 101.") == []
    assert _commitments("Members should note that the hall is closed in August.") == []
    assert _commitments("The Council should write to the MP.") == []


# --- first-person turns in dialogue notes (minutes/spoken_tasks.py) ---

_DIALOGUE = ("# Docs working group, 3 March 2026\n\n**Present:** Priya Shah, Tomas Berg, Lena Ortiz\n\n## Notes\n\n"
             "- **Priya:** The prototype is up on the staging site.\n"
             "- **Tomas:** I'll look into the search index settings this week.\n"
             "- **Lena:** We will schedule a follow-up with the translators in April.\n"
             "- **Priya:** Let's invite the design team to the spring call.\n"
             "- **Lena:** Thanks all, great progress.\n")


def test_a_speaker_who_says_we_will_owns_the_work_and_lets_stays_the_groups():
    assert [(a.what, a.who) for a in read_minutes(_DIALOGUE).actions] == [
        ("Look into the search index settings this week", "Tomas Berg"),
        ("Schedule a follow-up with the translators", "Lena Ortiz"),
        ("Invite the design team to the spring call", None),
    ]


# --- one who takes on the ownerless work the clause before set (minutes/prose_tasks.py) ---

def test_who_offers_to_do_this_owns_the_work_the_clause_before_set():
    from minutes.prose_tasks import prose_tasks
    assert [(t.what, t.who) for t in prose_tasks(
        "A referral leaflet is to be produced for school nurses; Bo Lane volunteered to draft it.", _OWNERS)] == [
        ("Produce a referral leaflet for school nurses", "Bo Lane")]
    assert [(t.what, t.who) for t in prose_tasks(
        "The broken bench should be reported to the housing association; Ann Roe offered to do this.", _OWNERS)] == [
        ("Report the broken bench to the housing association", "Ann Roe")]


def test_a_subject_after_a_paragraphs_number_is_read_and_the_members_agreeing_is_the_bodys_decision():
    assert _commitments("2.3 The ICB shall publish the final strategy in April.") == [
        ("Publish the final strategy", "ICB")]
    assert _commitments("5.1 Members agreed to visit two coastal towns in the summer.") == []


def test_a_notes_passive_with_a_stranded_preposition_writes_to_its_thing():
    from minutes.prose_tasks import prose_tasks
    assert [(t.what, t.who) for t in prose_tasks("Tenants with overgrown plots are to be written to.", _OWNERS)] == [
        ("Write to tenants with overgrown plots", None)]


def test_delivered_is_work_when_it_is_to_be_done_and_news_when_it_will_be():
    assert _passives("The spring newsletter is to be delivered to every flat.") == [
        ("Deliver the spring newsletter to every flat", None)]
    assert _passives("The new service will be delivered from the hub.") == []


def test_apply_is_work_when_something_is_put_on_something():
    assert _commitments("Bo Lane should apply the style label to pull requests that need a pass.") == [
        ("Apply the style label to pull requests that need a pass", "Bo Lane")]
    assert _commitments("Bo Lane said the same rules will apply to the new estate.") == []


def test_a_view_that_a_thing_should_be_done_is_no_work():
    assert _passives("Members felt that the verges should be cut more often.") == []
    assert _passives("Councillor Lane thought the hedge needs to be trimmed back further.") == []


def test_a_thing_that_needs_doing_is_work_unless_a_task_follows_it_in_its_sentence():
    assert _passives("The drain cover outside the school needs replacing.") == [
        ("Replace the drain cover outside the school", None)]
    assert _passives("The hedge requires cutting back before the nesting season.") == [
        ("Cut back the hedge before the nesting season", None)]
    assert _passives("The verge needs cutting earlier this year – Bo Lane to meet the contractor.") == []
    assert _passives("The project needs funding.") == []


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
