"""commands listeners."""
