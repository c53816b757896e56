"""View country_events: the events of a state, named directly or through its people and organisations.

The SQL counterpart of the query API's ``members=True`` and of the ``country`` role of event views:
one row per (state, participant, event), where the participant is the state itself or a person or
organisation whose ``actors.country`` is the state's code. Places never count (they are where, not
who); rejected events are left out. ``SELECT DISTINCT event_id ... WHERE state = 'Azerbaijan'`` gives
each event once.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 01:30:00

"""
from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COUNTRY_EVENTS = """
CREATE VIEW country_events AS
SELECT s.id AS state_id,
       s.name AS state,
       s.country AS country,
       p.id AS through_actor_id,
       p.name AS through_actor,
       p.kind AS through_kind,
       ea.role AS role,
       e.id AS event_id,
       e.edtf AS edtf,
       e.date_start AS start_date,
       e.date_end AS end_date,
       e.title AS title,
       e.event_type AS type,
       e.status AS status
FROM event_actors ea
JOIN actors p ON p.id = ea.actor_id
JOIN actors s ON s.kind = 'state' AND (s.id = p.id OR (s.country = p.country AND p.kind IN ('person', 'organisation')))
JOIN events e ON e.id = ea.event_id
WHERE NOT e.rejected AND ea.role <> 'location'
"""


def upgrade() -> None:
    op.execute(_COUNTRY_EVENTS)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS country_events")
