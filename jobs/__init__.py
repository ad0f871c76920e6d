"""Scheduler sweeps. Each takes `now`, the register and a sender; none imports a chat framework."""

# The sweeps `run-job` and the worker know, by name (jobs.runner maps each to its planner).
SWEEP_NAMES = ("nudges", "agendas", "minutes", "digest")
