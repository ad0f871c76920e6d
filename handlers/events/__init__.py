"""events listeners."""
