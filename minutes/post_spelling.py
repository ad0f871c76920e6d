"""Posts misspelt in a sentence's subject, read as the post meant: "The Clertk will make
arrangements with the bank", "the Secretery to write to the club".

Minutes are typed fast and rarely proof-read; a slip in "Clerk" or "Secretary" would otherwise hide
the owner of the very task the post is there to carry out. A capitalised word after "the" that is one
slip away from a post (a letter added, dropped or two swapped; for the longer posts a letter
changed) is read as that post. A letter changed in a short post is left alone ("the Clark family" is
a surname), and so is a plural ("the Clerks").
"""

from __future__ import annotations

import re

_POSTS = ("Clerk", "Chair", "Chairman", "Chairperson", "Secretary", "Treasurer", "Secretariat", "Convenor", "Convener")
# (A post changed by one letter only when it is this long: shorter ones are too near names.)
_LONG = 8
# (Only as a sentence's subject, before the word that sets its work: "the Clerke family" is no post.)
_AFTER_THE = re.compile(r"\b(?P<the>[Tt]he)\s+(?P<word>[A-Z][a-z]{3,11})\b(?=\s+(?:will|would|shall|should|to|is|was"
                        r"|has|had|agreed|undertook|offered|must|may|can|could)\b)")
# What every such word needs before and in it, opening on letters a search skips straight to (a pattern that
# opens on a word boundary or a class is tried at every place instead): found nowhere in most passages.
_MAY_FOLLOW_THE = re.compile(r"he\s+[A-Z][a-z]{3}")


def mended_posts(text: str) -> str:
    """The text with each misspelt post after "the", as the subject of the words that set its work, written as
    the post."""
    if "he " not in text or _MAY_FOLLOW_THE.search(text) is None:
        return text  # (cheaply)
    return _AFTER_THE.sub(_mend, text)


def _mend(found: re.Match) -> str:
    word = found["word"]
    post = meant_post(word)
    return f"{found['the']} {post}" if post else found[0]


def meant_post(word: str) -> str | None:
    """The post a word is one slip away from, or None (also for the post itself and its plural)."""
    if word in _POSTS or word.endswith("s") and word[:-1] in _POSTS or word.endswith("men") and word[:-3] + "man" in _POSTS:
        return None  # (the post itself, or its plural: "the Clerks", "the Chairmen")
    for post in _POSTS:
        if _one_slip(word, post, changed=len(post) >= _LONG):
            return post
    return None


def _one_slip(word: str, post: str, changed: bool) -> bool:
    """Whether a word is the post with one letter added, dropped, two next ones swapped or (if
    `changed` is allowed) one changed; letters compared without case."""
    a, b = word.lower(), post.lower()
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]:
            return True
        return changed and len(diffs) == 1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))
