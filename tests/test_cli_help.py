"""Every command has help text, and is named in the README (a command nobody can discover is a bug)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from timeline.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


def test_there_are_commands() -> None:
    assert {"init"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_is_documented(name: str) -> None:
    command: click.Command = main.commands[name]
    assert (command.help or "").strip(), f"`timeline {name}` has no help text"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert f"timeline {name}" in README, f"`timeline {name}` is not documented in README.md"
