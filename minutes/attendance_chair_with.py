"""A roll that opens with the one in the chair and joins the others to them in words: "R. Ames (President)
in the chair with P. Lee, S. Roy and M. Fox", "Mrs V. Cole in the chair, with Mr K. Day and Miss F. Ray",
as associations' and clubs' older minutes write the members present. The chair's words become a bracket
after their name, so the line reads as a list like any other."""

from __future__ import annotations

import re

# "in the chair with", "in the Chair, together with": the words joining the chair to the others (a capital after
# them, the next name). (Spaces and tabs each taken by one class, so a long run of them costs one pass.)
_CHAIR_WITH = re.compile(r"(?i)(?<![ \t])[ \t]+in[ \t]+the[ \t]+chair[ \t]*,?[ \t]+(?:together[ \t]+)?with[ \t]+(?=(?-i:[A-Z]))")


def chair_with_others(line: str) -> str:
    """The roll's line with "X in the chair with A, B" as "X (in the chair), A, B" ("X (President) in the
    chair with A" as "X (President, in the chair), A"); any other line as it is."""
    if "chair" not in line.lower() or (joined := _CHAIR_WITH.search(line)) is None:
        return line
    head, others = line[: joined.start()].rstrip(), line[joined.end():]
    head = f"{head[:-1]}, in the chair)" if head.endswith(")") else f"{head} (in the chair)"
    return f"{head}, {others}"
