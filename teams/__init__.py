"""Microsoft Teams: the second front end on the same register (see teams/context.py)."""
