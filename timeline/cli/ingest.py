"""CLI commands: ingest (placeholder; commands are added by the module's owner)."""
