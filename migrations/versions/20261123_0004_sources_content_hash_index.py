"""Index sources.content_hash: the duplicate check of every new file looks it up.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 08:45:00

"""
from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain CREATE INDEX (no batch mode): on SQLite a batch operation would recreate the table.
    op.create_index(op.f("ix_sources_content_hash"), "sources", ["content_hash"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sources_content_hash"), table_name="sources")
