"""Alembic environment: runs on the connection the application hands over."""

from __future__ import annotations

from alembic import context

from commission.db import models  # noqa: F401 - registers every table
from commission.db.base import Base
from commission.db.name_index import not_in_models

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through commission.db.migrate, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
    compare_type=True,
    include_name=not_in_models,  # the name index is made by hand in 0003
)
with context.begin_transaction():
    context.run_migrations()
