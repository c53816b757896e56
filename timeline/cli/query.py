"""CLI commands: query (placeholder; commands are added by the module's owner)."""
