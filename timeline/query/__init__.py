"""Stage 5 — reading the timeline back: the typed Python query API."""
