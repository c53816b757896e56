"""Index actors by lower(name) and by country.

The query API looks a canonical name up case-insensitively (``lower(name) = :name``), which read the
whole actors table; ``members=True`` reads the people and organisations of a state by country code.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 00:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain CREATE INDEX (no batch mode): on SQLite a batch operation would recreate the table.
    op.create_index("ix_actors_name_lower", "actors", [sa.text("lower(name)")], unique=False)
    op.create_index(op.f("ix_actors_country"), "actors", ["country"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_actors_country"), table_name="actors")
    op.drop_index("ix_actors_name_lower", table_name="actors")
