"""buttons listeners."""
