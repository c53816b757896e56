"""SQL views for people who query the database directly: chronology, event_citations, actor_events.

The same columns and order on SQLite and PostgreSQL; only the string aggregation differs
(``group_concat`` vs ``string_agg``). Undated and rejected events are left out of ``chronology``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 07:00:00

"""
from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ACTORS = {
    "sqlite": (
        "(SELECT group_concat(n, '; ') FROM (SELECT DISTINCT a.name AS n FROM event_actors ea "
        "JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id ORDER BY a.name))"
    ),
    "postgresql": (
        "(SELECT string_agg(DISTINCT a.name, '; ' ORDER BY a.name) FROM event_actors ea "
        "JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id)"
    ),
}

_CHRONOLOGY = """
CREATE VIEW chronology AS
SELECT e.id AS id,
       e.edtf AS edtf,
       e.date_start AS start_date,
       e.date_end AS end_date,
       e.precision AS precision,
       e.title AS title,
       e.event_type AS type,
       e.mode AS mode,
       e.status AS status,
       {actors} AS actors,
       (SELECT count(DISTINCT c.source_id) FROM citations c WHERE c.event_id = e.id) AS source_count,
       e.has_conflict AS has_conflict
FROM events e
WHERE e.date_start IS NOT NULL AND NOT e.rejected
ORDER BY e.date_start, e.date_end DESC, e.id
"""

_EVENT_CITATIONS = """
CREATE VIEW event_citations AS
SELECT c.id AS citation_id,
       e.id AS event_id,
       e.edtf AS event_edtf,
       e.title AS event_title,
       s.id AS source_id,
       s.uri AS source_uri,
       s.title AS source_title,
       s.outlet AS outlet,
       s.published AS published,
       c.quote AS quote,
       c.start AS quote_start,
       c."end" AS quote_end,
       c.date_text AS date_text,
       c.claimed_edtf AS claimed_edtf,
       c.claimed_start AS claimed_start,
       c.claimed_end AS claimed_end,
       c.rule AS rule
FROM citations c
JOIN events e ON e.id = c.event_id
JOIN sources s ON s.id = c.source_id
"""

_ACTOR_EVENTS = """
CREATE VIEW actor_events AS
SELECT a.id AS actor_id,
       a.name AS actor,
       a.kind AS kind,
       ea.role AS role,
       e.id AS event_id,
       e.edtf AS edtf,
       e.date_start AS start_date,
       e.date_end AS end_date,
       e.title AS title,
       e.event_type AS type
FROM event_actors ea
JOIN actors a ON a.id = ea.actor_id
JOIN events e ON e.id = ea.event_id
WHERE NOT e.rejected
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    actors = _ACTORS.get(dialect, _ACTORS["postgresql"])
    op.execute(_CHRONOLOGY.format(actors=actors))
    op.execute(_EVENT_CITATIONS)
    op.execute(_ACTOR_EVENTS)


def downgrade() -> None:
    for view in ("actor_events", "event_citations", "chronology"):
        op.execute(f"DROP VIEW IF EXISTS {view}")
