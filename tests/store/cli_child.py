"""The ``timeline`` CLI in a child process forked from a warm fork server (not a test module).

Importing this module (in the fork server, once per test session) imports the CLI and loads the actor
dictionary, which costs a fresh interpreter about two CPU-seconds; each child forked from the server
starts with both in memory. A child is a real OS process with its own database connections: it can
overlap with another, hold locks, and be killed with SIGKILL. The server process never opens a
database, so no connection is shared across the fork.
"""

from __future__ import annotations

import os
import sys

from timeline.cli import main
from timeline.extract.actors import ActorDictionary

ActorDictionary.default()


def run(args: list[str], cwd: str, env: dict[str, str], out_path: str, err_path: str) -> None:
    """Run ``timeline ARGS`` in ``cwd`` with ``env``; stdout/stderr go to the two files (exit code = click's)."""
    os.chdir(cwd)
    for key in [k for k in os.environ if k.startswith("TIMELINE_")]:
        del os.environ[key]
    os.environ.update(env)
    out = open(out_path, "w", encoding="utf-8")  # noqa: SIM115 - lives until the process exits
    err = open(err_path, "w", encoding="utf-8")  # noqa: SIM115
    os.dup2(out.fileno(), 1)
    os.dup2(err.fileno(), 2)
    sys.stdout, sys.stderr = out, err
    sys.argv = ["timeline", *args]  # what the run row records as its command
    try:
        main(args, prog_name="timeline")  # raises SystemExit with the exit code
    finally:
        out.flush()
        err.flush()
