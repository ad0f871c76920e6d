"""Alembic runs migrations on the engine the bot hands it (see storage.database)."""

from alembic import context

import storage.drafts  # noqa: F401 - its table belongs to the metadata too
from storage.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
