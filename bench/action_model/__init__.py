"""A learned check on the reader's actions, kept as a measured experiment (see docs/benchmarks.md,
"A learned scorer of action candidates"): `candidates` finds every place an action could be written
and its features, `model` scores them, and bench/train_action_model.py trains and cross-validates."""
