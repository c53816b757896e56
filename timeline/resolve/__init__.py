"""Stage 3 — merging claims into events and keeping disagreements visible."""
