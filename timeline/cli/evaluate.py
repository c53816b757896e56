"""CLI command ``timeline eval``: score the extractor against a hand-written gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from timeline.cli.app import main
from timeline.cli.options import echo_json, fail, json_option
from timeline.evaluate.gold import GoldError, Report, load_events_file, load_gold, run_eval, score


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@json_option("Print the full report as JSON.")
@click.option(
    "--events",
    "events_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Score this JSON export instead of ingesting the gold's articles into a fresh database.",
)
@click.option("--details/--no-details", default=True, help="List misses, false positives and date errors.")
def eval_command(gold: Path, as_json: bool, events_file: Path | None, details: bool) -> None:
    """Score extraction against the gold annotations in GOLD (YAML).

    Without --events, the gold's articles are ingested into a temporary SQLite database and the
    exported events are scored. A low score is not an error: the exit status is 0 unless the gold
    (or events) file is unusable (2).
    """
    try:
        if events_file is None:
            report = run_eval(gold)
        else:
            events, observations = load_events_file(events_file)
            report = score(load_gold(gold), events, observations)
    except GoldError as exc:
        fail(str(exc))
    if as_json:
        echo_json(report.to_dict(), default=str)
    else:
        print_report(report, Console(), details=details)


def print_report(report: Report, console: Console, *, details: bool = True) -> None:
    """Readable summary tables of a :class:`Report`."""
    summary = Table(title=f"Extraction vs gold '{report.gold_name}'", show_header=True)
    summary.add_column("measure")
    summary.add_column("score", justify="right")
    f1 = "n/a" if report.f1 is None else f"{report.f1:.0%}"
    rows = [
        ("gold events (core / non-core)", f"{report.gold_core} / {report.gold_noncore}"),
        ("extracted events", str(report.extracted)),
        ("core recall", str(report.core_recall)),
        ("precision", str(report.precision)),
        ("strict precision (duplicates false)", str(report.strict_precision)),
        ("F1 (core recall, precision)", f1),
        ("mention recall (dated, core)", str(report.mention_recall)),
        ("claimed date accuracy (citations)", str(report.claimed_date_accuracy)),
        ("event date accuracy", str(report.event_date_accuracy)),
        ("type accuracy (exact)", str(report.type_accuracy)),
        ("actor recall (matched events)", str(report.actor_recall)),
        ("actor precision (matched events)", str(report.actor_precision)),
        ("status accuracy", str(report.status_accuracy)),
        ("merge quality", str(report.merge_quality)),
        ("split gold events", str(report.split_events)),
        ("over-merged extracted events", str(report.overmerged_events)),
        ("conflicts flagged", str(report.conflict_recall)),
        ("spurious conflicts", str(report.spurious_conflicts)),
        ("observation recall", str(report.observation_recall)),
        ("observation precision", str(report.observation_precision)),
    ]
    if report.failed_files:
        rows.insert(0, ("[bold red]articles that failed to ingest[/]", f"[bold red]{len(report.failed_files)}[/]"))
    for row in rows:
        summary.add_row(*row)
    console.print(summary)
    for failed in report.failed_files:
        console.print(f"[bold red]not ingested[/] {failed['path']}: {failed['error']}", markup=True, highlight=False)
    console.print(_file_table(report))
    if details:
        _print_details(report, console)


def _file_table(report: Report) -> Table:
    table = Table(title="Per file")
    for col in ("file", "mentions found", "citations on gold", "claimed dates ok", "false pos. events"):
        table.add_column(col, justify="left" if col == "file" else "right")
    for stats in report.per_file.values():
        table.add_row(
            stats.file,
            f"{stats.found_mentions}/{stats.gold_mentions}",
            f"{stats.citations_on_gold}/{stats.citations}",
            f"{stats.claimed_dates_correct}/{stats.claimed_dates_checked}",
            str(stats.false_positive_events),
        )
    return table


def _print_details(report: Report, console: Console) -> None:
    if report.misses:
        console.print("[bold]Missed core events[/bold]")
        for miss in report.misses:
            console.print(f"  {miss['date']}  {miss['type']}  {miss['title']}  [dim]({miss['gold']})[/dim]")
            for m in miss["mentions"]:
                console.print(f"      {m['file']}: “{m['snippet']}”", markup=False, highlight=False)
    if report.false_positives:
        console.print("[bold]False positives[/bold]")
        for fp in report.false_positives:
            console.print(f"  {fp['date']}  {fp['type']}  {fp['title']}  [{fp['reason']}]", markup=False)
            for q in fp["quotes"]:
                console.print(f"      {q['file']}: “{q['quote']}”", markup=False, highlight=False)
    if report.date_errors:
        console.print("[bold]Wrong claimed dates[/bold]")
        for err in report.date_errors:
            console.print(
                f"  {err['file']}: {err['date_text']!r} → {err['claimed']} (gold {err['expected']})  “{err['quote']}”",
                markup=False,
                highlight=False,
            )
    for split in report.splits:
        console.print(f"[bold]Split[/bold] {split['gold']}: events {split['events']}", highlight=False)
    for merged in report.overmerged:
        console.print(f"[bold]Over-merged[/bold] event {merged['event']}: gold {merged['gold']}", highlight=False)
    _print_observation_details(report, console)
    for err in report.actor_errors:
        console.print(
            f"[bold]Actors[/bold] {err['gold']} (event {err['event']}): missing {err['missing']}, extra {err['extra']}",
            markup=True,
            highlight=False,
        )


def _observation_line(obs: dict[str, Any]) -> str:
    near = obs.get("nearest")
    hint = f"  [{near['differs']} differs: {near['period']} {near['value']:g} {near['unit']}]" if near else ""
    value = "?" if obs.get("value") is None else f"{obs['value']:g}"
    return f"  {obs['period']}  {obs['indicator']}  {value} {obs['unit']}{hint}\n      {obs['file']}: “{obs['quote']}”"


def _print_observation_details(report: Report, console: Console) -> None:
    for title, items in (
        ("Missed core observations", report.observation_misses),
        ("False positive observations", report.observation_false_positives),
    ):
        if items:
            console.print(f"[bold]{title}[/bold]")
            for obs in items:
                console.print(_observation_line(obs), markup=False, highlight=False)
