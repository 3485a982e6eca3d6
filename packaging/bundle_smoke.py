"""Checking a built bundle: does it start, open every kind of database, and how fast.

The bundled app runs with ``--version`` and with ``--check`` (open or create the
database, migrate, build the main window offscreen) against a fresh SQLite file and
fresh PostgreSQL and MariaDB databases, which are dropped afterwards.
"""

from __future__ import annotations

import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from build_installer import Project

log = logging.getLogger("build_installer.smoke")

# The servers to create throw-away databases on; the same variables as the test suite.
POSTGRESQL = os.environ.get(
    "CONTATTI_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432"
)
MYSQL = os.environ.get("CONTATTI_TEST_MYSQL", "mysql://root@127.0.0.1:3306")

CHECK_TIMEOUT_S = 120


def app_environment(home: Path) -> dict[str, str]:
    """The environment of a checked app: offscreen, with its own per-user folders."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("CONTATTI_DATABASE", None)
    # --check signs in to a server as --user with this password; on a new server
    # database that user becomes its first administrator.
    env["CONTATTI_PASSWORD"] = f"smoke-{uuid.uuid4().hex}"
    if sys.platform.startswith("linux"):
        for name in (
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
        ):
            env[name] = str(home / name.lower())
    return env


def run_app(
    command: list[str], env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the app and wait for it; a hung app counts as a failure, not an error."""
    log.debug("running %s", " ".join(command))
    try:
        return subprocess.run(
            command,
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=CHECK_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        # A windowed Windows build shows a dialog on a crash at start-up and waits.
        output = exc.stdout or b""
        text = output.decode(errors="replace") if isinstance(output, bytes) else output
        return subprocess.CompletedProcess(
            command, -1, text, f"no answer after {CHECK_TIMEOUT_S} s"
        )


def describe(result: subprocess.CompletedProcess[str]) -> str:
    output = (result.stdout + result.stderr).strip()
    return f"exit code {result.returncode}" + (f"; output:\n{output}" if output else "")


@contextmanager
def server_database(backend: str) -> Iterator[str]:
    """A new empty database on the test server of ``backend``, dropped afterwards."""
    name = f"contatti_smoke_{uuid.uuid4().hex[:12]}"
    server = POSTGRESQL if backend == "postgresql" else MYSQL
    parts = urlsplit(server)
    if backend == "postgresql":
        import psycopg2

        def admin(sql: str) -> None:
            conn = psycopg2.connect(
                host=parts.hostname,
                port=parts.port or 5432,
                user=parts.username or "postgres",
                password=parts.password,
                dbname="postgres",
                connect_timeout=10,
            )
            try:
                conn.autocommit = True
                with conn.cursor() as cursor:
                    cursor.execute(sql)
            finally:
                conn.close()

        admin(f'CREATE DATABASE "{name}"')
        try:
            yield f"{server}/{name}"
        finally:
            admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    import pymysql

    def admin_mysql() -> pymysql.Connection:
        return pymysql.connect(
            host=parts.hostname,
            port=parts.port or 3306,
            user=parts.username or "root",
            password=parts.password or "",
            autocommit=True,
            connect_timeout=10,
        )

    with admin_mysql() as conn, conn.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    try:
        yield f"{server}/{name}"
    finally:
        with admin_mysql() as conn, conn.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")


def check_command(app: list[str], database_url: str) -> list[str]:
    """The app's ``--check`` command line for ``database_url``."""
    return [*app, "--check", "--database", database_url, "--user", "smoke"]


def run_checks(bundle: Path, expected_version: str, servers: bool) -> list[str]:
    """Run the bundled app's checks; return a description of each failure."""
    failures = []
    with tempfile.TemporaryDirectory(prefix="contatti-smoke-") as temp:
        home = Path(temp)
        env = app_environment(home)
        result = run_app([str(bundle), "--version"], env)
        if result.returncode != 0:
            failures.append(f"--version: {describe(result)}")
        elif sys.platform != "win32" and result.stdout.strip() != expected_version:
            # A windowed Windows program has no console to print to.
            failures.append(
                f"--version printed {result.stdout.strip()!r}, not {expected_version!r}"
            )
        database = home / "fresh" / "contatti.db"
        url = f"sqlite:///{database.as_posix()}"
        result = run_app(check_command([str(bundle)], url), env)
        if result.returncode != 0:
            failures.append(f"--check on SQLite: {describe(result)}")
        elif not database.is_file():
            failures.append(f"--check on SQLite exited 0 but made no file {database}")
        else:
            log.info("SQLite: %s", result.stdout.strip())
        for backend in ("postgresql", "mysql") if servers else ():
            try:
                with server_database(backend) as url:
                    result = run_app(check_command([str(bundle)], url), env)
            except Exception as exc:
                failures.append(f"{backend} server for the check: {exc}")
                continue
            if result.returncode != 0:
                failures.append(f"--check on {backend}: {describe(result)}")
            else:
                log.info("%s: %s", backend, result.stdout.strip())
    return failures


def expected_files(root: Path, languages: list[str]) -> list[str]:
    """Bundle files (paths relative to the bundle's data folder) that must be present.

    ``root`` is the project: every file of its ``resources/`` is expected, except the
    translation sources, and Qt's ``qtbase_<lang>.qm`` for each shipped language.
    """
    resources = root / "resources"
    expected = [
        path.relative_to(root).as_posix()
        for path in sorted(resources.rglob("*"))
        if path.is_file() and path.suffix not in {".ts", ".pro"}
    ]
    expected += [f"translations/qtbase_{language}.qm" for language in languages]
    return expected


def missing_files(bundle_root: Path, expected: list[str]) -> list[str]:
    """The ``expected`` paths that no file under ``bundle_root`` ends with."""
    present = {
        path.relative_to(bundle_root).as_posix()
        for path in bundle_root.rglob("*")
        if path.is_file()
    }
    return [
        name
        for name in expected
        if not any(path == name or path.endswith("/" + name) for path in present)
    ]


def folder_size(folder: Path) -> int:
    """Bytes of all files under ``folder``, symbolic links not followed."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def report_sizes(bundle_root: Path, out: Path, project: Project) -> dict[str, int]:
    """Log and return the bundle's size unpacked and the installer's size."""
    sizes = {"unpacked": folder_size(bundle_root)}
    stem = f"{project.display_name}-{project.version}-"
    for installer in sorted(out.glob(stem + "*")):
        if installer.is_file():
            sizes[installer.name] = installer.stat().st_size
    for name, size in sizes.items():
        log.info("size %s: %.1f MB", name, size / 1e6)
    return sizes


def measure_start(bundle: Path, root: Path, runs: int) -> dict[str, float]:
    """Median seconds of ``--check`` from the bundle and from the sources.

    Both run on the same SQLite file, created by a first run that is not counted, so
    every counted run opens an existing, migrated database. The two kinds of run
    alternate, so that a busy moment of the machine weighs on both alike.
    """
    commands = {
        "bundle": [str(bundle)],
        "source": [sys.executable, "-m", "desktop"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="contatti-timing-") as temp:
        home = Path(temp)
        env = app_environment(home)
        url = f"sqlite:///{(home / 'contatti.db').as_posix()}"
        for turn in range(runs + 1):
            for name, app in commands.items():
                started = time.perf_counter()
                result = run_app(check_command(app, url), env, cwd=root)
                elapsed = time.perf_counter() - started
                if result.returncode != 0:
                    raise RuntimeError(f"{name} --check failed: {describe(result)}")
                if turn > 0:
                    times[name].append(elapsed)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        log.info(
            "start-up %s: median %.2f s over %d runs (%s)",
            name,
            medians[name],
            len(values),
            ", ".join(f"{value:.2f}" for value in values),
        )
    return medians
