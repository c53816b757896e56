"""CLI commands for the temporal tagger: ``tag-dates`` and ``eval-timex``.

Both are thin shells: ``tag-dates`` calls :func:`timeline.extract.dates.tag_dates`,
``eval-timex`` calls :func:`timeline.evaluate.timex.evaluate_timex`; they only parse options
and print. Expected problems (bad date, unreadable file) exit with status 2 and one line.
"""

from __future__ import annotations

import datetime as dt
import sys

import click

from timeline.cli.app import main
from timeline.cli.options import echo_json, fail, json_option
from timeline.evaluate.timex import TimexDataError, TimexScore, evaluate_timex
from timeline.extract.dates import mention_record, tag_dates


def _reference(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """Click callback: ``--reference`` as a date (a usage error when it is not YYYY-MM-DD)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


@main.command("tag-dates")
@click.option("--reference", metavar="YYYY-MM-DD", callback=_reference,
              help="Publication date used to resolve relative and yearless dates.")  # fmt: skip
@click.option("--no-anchor", is_flag=True, help="Do not take a yearless date's year from the narrative.")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True), default="-", required=False)
def tag_dates_command(reference: dt.date | None, no_anchor: bool, file: str) -> None:
    """Find date expressions in FILE (default: stdin) and print them as a JSON list.

    Each item has start, end (character offsets), text, value (EDTF) and precision, plus
    timex when the TimeML value differs and note when the date could not be fully resolved.
    """
    try:
        if file == "-":
            text = sys.stdin.read()
        else:
            with open(file, encoding="utf-8") as handle:
                text = handle.read()
    except OSError as exc:
        fail(f"cannot read {file}: {exc.strerror or exc}")
    except UnicodeDecodeError:
        fail(f"{file} is not UTF-8 text")
    mentions = tag_dates(text, reference, anchor=not no_anchor)
    echo_json([mention_record(m) for m in mentions])


def _score_lines(path: str, score: TimexScore) -> list[str]:
    """The text summary of one file's scores."""
    return [
        f"{path}: {score.documents} documents, {score.gold} gold DATEs, {score.predicted} predicted"
        f" ({score.ignored} ignored: overlap only other timexes)",
        f"  strict   P {score.strict_precision:.3f}  R {score.strict_recall:.3f}  F1 {score.strict_f1:.3f}",
        f"  relaxed  P {score.relaxed_precision:.3f}  R {score.relaxed_recall:.3f}  F1 {score.relaxed_f1:.3f}",
        f"  value    accuracy {score.value_accuracy:.3f}  F1 {score.value_f1:.3f}",
    ]


@main.command("eval-timex")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False))
@json_option("Print the scores as JSON.")
@click.option("--no-anchor", is_flag=True, help="Score without narrative anchoring.")
@click.option("--errors", type=click.IntRange(min=0), default=0, metavar="N",
              help="Also list up to N disagreements per file.")  # fmt: skip
def eval_timex_command(paths: tuple[str, ...], as_json: bool, no_anchor: bool, errors: int) -> None:
    """Score the date tagger on TempEval-style JSON-lines files (TempEval-3 relaxed/strict/value)."""
    try:
        scores = evaluate_timex(paths, anchor=not no_anchor)
    except TimexDataError as exc:
        fail(str(exc))
    if as_json:
        out: dict[str, dict[str, object]] = {}
        for path, score in scores.items():
            entry: dict[str, object] = dict(score.as_dict())
            if errors:
                entry["errors"] = [
                    {
                        "doc": e.doc,
                        "kind": e.kind,
                        "text": e.text,
                        "gold": e.gold_value,
                        "predicted": e.predicted_value,
                        "predicted_text": e.predicted_text,
                    }
                    for e in score.errors[:errors]
                ]
            out[path] = entry
        echo_json(out, ensure_ascii=True)
        return
    for path, score in scores.items():
        click.echo("\n".join(_score_lines(path, score)))
        for e in score.errors[:errors]:
            click.echo(f"    {e.kind:8} {e.doc}: {e.text!r} gold={e.gold_value} predicted={e.predicted_value}"
                       f" ({e.predicted_text!r})")  # fmt: skip
