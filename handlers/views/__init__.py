"""views listeners."""
