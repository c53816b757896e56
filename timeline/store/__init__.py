"""Stage 4 — writing to the database: ingestion jobs, runs, locking, corrections."""
