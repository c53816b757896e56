"""CLI commands: evaluate (placeholder; commands are added by the module's owner)."""
