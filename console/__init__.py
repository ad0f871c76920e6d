"""The terminal chat and the loopback stand-in for Slack it talks through."""
