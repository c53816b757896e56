"""CLI commands: dates (placeholder; commands are added by the module's owner)."""
