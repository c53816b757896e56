"""query indexes: events.span_class (derived, kept by triggers) and the indexes of the read side

* ``events.span_class`` — the length class of ``[date_start, date_end]``: 0 a point (no end, or
  0 days), 1 up to 31 days, 2 up to 366, 3 up to 3660, 4 longer or inverted; NULL when undated
  (``timeline.models.SPAN_CLASSES``). The ORM sets it on flush; triggers set it for every other
  writer (bulk loaders, raw SQL): PostgreSQL a BEFORE INSERT/UPDATE row trigger, SQLite AFTER
  triggers that only write when the value is missing or stale. Existing rows are backfilled.
  (A generated column would need no trigger, but SQLite never reads an index over a generated
  column as covering, which the year counts need.)
* ``ix_events_span_chronology`` (rejected, span_class, date_start, date_end, id, event_type,
  has_conflict) — a window of the chronology is one short index range per class: a class-c event
  overlapping a window that starts on ``lo`` starts on or after ``lo - longest span of c``. Year
  counts, type and conflict filters are read from the index alone.
* ``ix_events_type_object`` (event_type, named_object) — the resolver's identity lookups.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 08:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (class, longest span in days) at this revision; the last class (4) is unbounded.
_LIMITS = ((0, 0), (1, 31), (2, 366), (3, 3660))
_DAYS = {
    "sqlite": "(julianday({p}date_end) - julianday({p}date_start))",
    "postgresql": "({p}date_end - {p}date_start)",
}


def _span_class_sql(dialect: str, prefix: str = "") -> str:
    days = _DAYS.get(dialect, _DAYS["postgresql"]).format(p=prefix)
    limits = " ".join(f"WHEN {days} <= {limit} THEN {cls}" for cls, limit in _LIMITS)
    return (f"CASE WHEN {prefix}date_start IS NULL THEN NULL WHEN {prefix}date_end IS NULL THEN 0 "
            f"WHEN {days} < 0 THEN 4 {limits} ELSE 4 END")


def _create_triggers(dialect: str) -> None:
    if dialect == "sqlite":
        new = _span_class_sql(dialect, "NEW.")
        for name, when in (("insert", "AFTER INSERT"),
                           ("update", "AFTER UPDATE OF date_start, date_end, span_class")):
            op.execute(f"CREATE TRIGGER tr_events_span_class_{name} {when} ON events "
                       f"WHEN NEW.span_class IS NOT ({new}) "
                       f"BEGIN UPDATE events SET span_class = ({new}) WHERE id = NEW.id; END")
    else:
        op.execute("CREATE FUNCTION events_span_class() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   f"BEGIN NEW.span_class := {_span_class_sql(dialect, 'NEW.')}; RETURN NEW; END $$")
        op.execute("CREATE TRIGGER tr_events_span_class BEFORE INSERT OR UPDATE OF date_start, date_end, "
                   "span_class ON events FOR EACH ROW EXECUTE FUNCTION events_span_class()")


def _drop_triggers(dialect: str) -> None:
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS tr_events_span_class_insert")
        op.execute("DROP TRIGGER IF EXISTS tr_events_span_class_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS tr_events_span_class ON events")
        op.execute("DROP FUNCTION IF EXISTS events_span_class()")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Plain ALTER TABLE on both engines (a batch copy of ``events`` would break the views on it).
    op.add_column("events", sa.Column("span_class", sa.SmallInteger(), nullable=True))
    op.execute(f"UPDATE events SET span_class = {_span_class_sql(dialect)} WHERE date_start IS NOT NULL")
    _create_triggers(dialect)
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_span_chronology",
                              ["rejected", "span_class", "date_start", "date_end", "id", "event_type", "has_conflict"],
                              unique=False)
        batch_op.create_index("ix_events_type_object", ["event_type", "named_object"], unique=False)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_type_object")
        batch_op.drop_index("ix_events_span_chronology")
    _drop_triggers(dialect)
    # SQLite >= 3.35 drops a column in place; a batch copy of ``events`` would break the views on it.
    op.drop_column("events", "span_class")
