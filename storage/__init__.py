"""The register's persistence: models, sessions, queries and migrations."""
