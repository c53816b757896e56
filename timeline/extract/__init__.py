"""Stage 2 — turning article text into dated claims, actors and observations (no database)."""
