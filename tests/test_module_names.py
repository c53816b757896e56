"""No module of the package binds the same top-level name twice.

Python keeps the later binding without a word, and ruff's F811 only sees redefined *unused* functions, not
constants: in session 9 two branches each added a module constant of one name with different patterns to the
event engine, and the merge silently kept one of them (a rule of the other branch broke). This test catches that
kind of merge accident in any module.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "timeline"


def top_level_rebindings(source: str) -> dict[str, list[int]]:
    """Names bound more than once by the module body's own statements, with the lines that bind them."""
    seen: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [n.id for target in node.targets for n in ast.walk(target) if isinstance(n, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        for name in names:
            seen[name].append(node.lineno)
    return {name: lines for name, lines in seen.items() if len(lines) > 1}


def test_detects_a_rebound_constant_and_function() -> None:
    source = 'import re\n_BREAK = re.compile("a")\ndef f():\n    pass\n_BREAK = re.compile("b")\ndef f():\n    pass\n'
    assert top_level_rebindings(source) == {"_BREAK": [2, 5], "f": [3, 6]}


def test_ignores_names_bound_inside_functions_and_classes() -> None:
    source = "X = 1\ndef f():\n    X = 2\n    return X\nclass C:\n    X = 3\n"
    assert top_level_rebindings(source) == {}


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_binds_each_top_level_name_once(path: Path) -> None:
    assert top_level_rebindings(path.read_text(encoding="utf-8")) == {}
