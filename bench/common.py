"""Timing, result records and the description of the machine a run was made on."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


@dataclass
class Timing:
    """Repeated measurements of one thing, in milliseconds."""

    runs_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.runs_ms)

    @property
    def best(self) -> float:
        return min(self.runs_ms)

    @property
    def worst(self) -> float:
        return max(self.runs_ms)


def measure(
    action: Callable[[], object],
    repeats: int,
    warmup: int = 1,
    before: Callable[[], object] | None = None,
) -> Timing:
    """Time ``action`` ``repeats`` times after ``warmup`` untimed runs.

    ``before`` runs ahead of every run, untimed (to prepare what the action uses).
    """
    runs = []
    for number in range(warmup + repeats):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        elapsed = (time.perf_counter() - started) * 1000
        if number >= warmup:
            runs.append(elapsed)
    return Timing(runs)


@dataclass
class Figure:
    """One measured figure next to its limit, as the results table shows it.

    ``ratio`` is value / limit; ``target`` says what the figure should meet, as text
    (e.g. "<= 16 ms and <= 2x"), and ``meets`` whether it did (None: no target).
    """

    name: str
    backend: str
    value: float
    unit: str
    limit: float | None = None
    limit_name: str = ""
    target: str = ""
    meets: bool | None = None
    runs: int = 0
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if not self.limit:
            return None
        return self.value / self.limit


def check_target(
    value: float,
    limit: float | None = None,
    *,
    at_most: float | None = None,
    ratio_at_most: float | None = None,
) -> tuple[str, bool | None]:
    """The text of a target and whether ``value`` (against ``limit``) meets it."""
    parts, ok = [], True
    if at_most is not None:
        parts.append(f"<= {at_most:g} ms")
        ok = ok and value <= at_most
    if ratio_at_most is not None and limit:
        parts.append(f"<= {ratio_at_most:g}x")
        ok = ok and value / limit <= ratio_at_most
    return " and ".join(parts), (ok if parts else None)


def machine() -> dict[str, Any]:
    """The machine and the versions a run was made with."""
    import peewee

    info: dict[str, Any] = {
        "when_utc": datetime.now(UTC).strftime("%Y-%m-%d %H:%M"),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "cpu": _cpu_name(),
        "memory_gb": _memory_gb(),
        "peewee": getattr(peewee, "__version__", "unknown"),
    }
    import sqlite3

    info["sqlite"] = sqlite3.sqlite_version
    try:
        import PySide6

        info["pyside6"] = getattr(PySide6, "__version__", "unknown")
    except ImportError:
        info["pyside6"] = "not installed"
    import psycopg2

    info["psycopg2"] = psycopg2.__version__.split()[0]
    return info


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def write_results(
    figures: list[Figure],
    info: dict[str, Any],
    name: str,
    directory: Path = RESULTS_DIR,
) -> Path:
    """Write the run as JSON to ``directory/name.json``; return the path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.json"
    payload = {
        "machine": info,
        "figures": [{**asdict(f), "ratio": f.ratio} for f in figures],
    }
    path.write_text(json.dumps(payload, indent=2, default=str) + "\n")
    return path


def markdown_table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (what docs/performance.md shows)."""
    header = ("Measure", "Backend", "Contatti", "Limit", "Limit measured", "Ratio")
    lines = [
        "| " + " | ".join((*header, "Target", "Met")) + " |",
        "|---|---|---:|---:|---|---:|---|---|",
    ]
    for f in figures:
        limit = f"{f.limit:,.2f} {f.unit}" if f.limit is not None else "–"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "–"
        met = {True: "yes", False: "**no**", None: "–"}[f.meets]
        lines.append(
            f"| {f.name} | {f.backend} | {f.value:,.2f} {f.unit} | {limit} | "
            f"{f.limit_name or '–'} | {ratio} | {f.target or '–'} | {met} |"
        )
    return "\n".join(lines)


def pyside_loses_none_references() -> bool:
    """True if this PySide6 drops a reference to None on calls that return nothing.

    PySide6 6.12.0 on CPython 3.11 does (6.11.3 does not; from 3.12 on None is
    immortal and nothing happens): every such call lowers None's reference count by
    one, and after some tens of thousands of calls the interpreter aborts with
    "Fatal Python error: none_dealloc". Needs a QApplication.
    """
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(200):
        widget.update()
    lost = before - sys.getrefcount(None)
    widget.deleteLater()
    return lost >= 150


def keep_none_alive() -> None:
    """Raise the reference counts of None, True and False far out of reach.

    Only for the benchmark process, so that the PySide6 defect described in
    :func:`pyside_loses_none_references` cannot abort a long run; the run's results
    record that it was needed. The app itself gets no such patch: the fix is a
    PySide6 version without the defect.
    """
    import ctypes

    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


def say(message: str) -> None:
    """Progress for the person running the benchmarks (stderr keeps stdout clean)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def on_postgresql_server(server: str, *statements: str) -> None:
    """Run ``statements`` in the ``postgres`` database of ``server`` (a URL without a
    database), each committed on its own: creating and dropping databases."""
    import psycopg2

    conn = psycopg2.connect(f"{server.rstrip('/')}/postgres", connect_timeout=10)
    try:
        conn.autocommit = True
        with conn.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        conn.close()
