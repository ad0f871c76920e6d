"""Scheduler sweeps. Each takes `now`, the register and a sender; none imports a chat framework."""
