"""Choosing and opening the database."""

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from desktop.core import paths
from desktop.core.db import (
    RETRY_PAUSE,
    Backend,
    DatabaseUrl,
    Store,
    connect,
    resolve_url,
    run_transaction,
)
from desktop.core.errors import DatabaseUnavailableError
from tests import servers


@pytest.mark.parametrize(
    ("url", "backend", "database", "host", "port", "user"),
    [
        ("sqlite:///contatti.db", Backend.SQLITE, "contatti.db", "", None, ""),
        ("sqlite:////var/data/c.db", Backend.SQLITE, "/var/data/c.db", "", None, ""),
        (
            "sqlite:///C:/Users/anna/c.db",
            Backend.SQLITE,
            "C:/Users/anna/c.db",
            "",
            None,
            "",
        ),
        (
            "postgresql://anna@db.office:5433/crm",
            Backend.POSTGRESQL,
            "crm",
            "db.office",
            5433,
            "anna",
        ),
        ("postgres://db/crm", Backend.POSTGRESQL, "crm", "db", 5432, ""),
        ("mysql://root@127.0.0.1/crm", Backend.MYSQL, "crm", "127.0.0.1", 3306, "root"),
        ("mariadb://bob@maria:3307/crm", Backend.MYSQL, "crm", "maria", 3307, "bob"),
    ],
)
def test_urls_are_understood(url, backend, database, host, port, user):
    parsed = DatabaseUrl.parse(url)
    assert (parsed.backend, parsed.database, parsed.host, parsed.port, parsed.user) == (
        backend,
        database,
        host,
        port,
        user,
    )


def test_the_password_never_shows():
    parsed = DatabaseUrl.parse("postgresql://anna:s3cret@db:5432/crm")
    assert parsed.password == "s3cret"
    assert "s3cret" not in parsed.display
    assert parsed.display == "postgresql://anna@db:5432/crm"


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("oracle://db/crm", "sqlite:///, postgresql:// or mysql://"),
        ("postgresql://db.office:5432", "names no database"),
        ("sqlite:///", "needs a file name"),
    ],
)
def test_bad_urls_say_what_to_write(url, hint):
    with pytest.raises(ValueError, match=hint):
        DatabaseUrl.parse(url)


def test_url_comes_from_command_line_then_environment_then_setting(monkeypatch):
    monkeypatch.setenv("CONTATTI_DATABASE", "sqlite:///env.db")
    assert resolve_url("sqlite:///cli.db", "sqlite:///saved.db") == "sqlite:///cli.db"
    assert resolve_url(None, "sqlite:///saved.db") == "sqlite:///env.db"
    monkeypatch.delenv("CONTATTI_DATABASE")
    assert resolve_url(None, "sqlite:///saved.db") == "sqlite:///saved.db"


def test_default_is_a_file_in_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("CONTATTI_DATABASE", raising=False)
    monkeypatch.setattr(
        paths.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "data")
    )
    url = resolve_url(None, None)
    assert url == f"sqlite:///{(tmp_path / 'data' / 'contatti.db').as_posix()}"
    assert (tmp_path / "data").is_dir()


def test_sqlite_is_durable_and_checks_foreign_keys(sqlite_url):
    store = connect(sqlite_url)
    try:
        pragma = {
            name: store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    finally:
        store.close()
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "synchronous": 2,  # FULL
    }


def test_sqlite_file_and_folder_are_created(tmp_path: Path):
    target = tmp_path / "new" / "folder" / "c.db"
    store = connect(f"sqlite:///{target.as_posix()}")
    store.close()
    assert target.exists()


def test_unreachable_server_gives_a_clear_message():
    with pytest.raises(
        DatabaseUnavailableError, match="Check that the server is running"
    ):
        connect("postgresql://nobody@127.0.0.1:1/none")


def test_a_local_file_loads_no_server_driver(sqlite_url):
    """Server drivers cost start-up time and memory that a local file never needs."""
    code = (
        "import sys\n"
        "from desktop.core.bootstrap import open_store\n"
        "from desktop.core.clock import SystemClock\n"
        f"open_store({sqlite_url!r}, SystemClock()).close()\n"
        "print(sorted(m for m in ('psycopg2', 'pymysql') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _after_local_sign_in(sqlite_url: str, code: str) -> list[str]:
    """What ``code`` prints in a new interpreter once it has signed in locally."""
    script = (
        "import sys\n"
        "from desktop.core.bootstrap import open_store, sign_in\n"
        "from desktop.core.clock import SystemClock\n"
        f"store = open_store({sqlite_url!r}, SystemClock())\n"
        "sign_in(store, SystemClock(), 'anna')\n"
    ) + code
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def test_a_local_file_leaves_openssl_hashing_unloaded_until_needed(sqlite_url):
    """OpenSSL's hashing maps several MB; a local sign-in checks no password."""
    printed = _after_local_sign_in(
        sqlite_url,
        "print('_hashlib' in sys.modules)\n"
        "import peewee\n"
        "print(peewee.hashlib.md5(b'contatti').hexdigest()[:8])\n"
        "from desktop.core.users import hash_password, verify_password\n"
        "print(verify_password('pw', hash_password('pw')))\n",
    )
    assert printed == ["False", "751c4af7", "True"]


def test_a_local_file_leaves_the_network_modules_unloaded(sqlite_url):
    """peewee uses ``socket`` only for IP address fields, which Contatti has none of."""
    printed = _after_local_sign_in(
        sqlite_url,
        "print('socket' in sys.modules)\n"
        "import peewee\n"
        "print(peewee.IPField().db_value('10.0.0.1'))\n",
    )
    assert printed == ["False", str(10 * 2**24 + 1)]


def test_a_local_file_leaves_json_unloaded_until_needed(sqlite_url):
    """Once the file exists, nothing on the way to signing in reads or writes JSON."""
    _after_local_sign_in(sqlite_url, "")  # creates the file and its tables
    printed = _after_local_sign_in(
        sqlite_url,
        "print('json' in sys.modules)\n"
        "import peewee\n"
        "print(peewee.json.dumps({'a': 1}))\n",
    )
    assert printed == ["False", '{"a":', "1}"]


def _printed_by_new_process(code: str) -> list[str]:
    """What ``code`` prints, run in a new interpreter, word by word."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_a_server_loads_its_driver_when_opened(backend, tmp_path):
    """In a fresh process, opening a server database brings in its driver."""
    for url in servers.fresh_database(backend, tmp_path):
        code = (
            "import sys\n"
            "from desktop.core.bootstrap import open_store\n"
            "from desktop.core.clock import SystemClock\n"
            f"store = open_store({url!r}, SystemClock())\n"
            "print(store.db.execute_sql('SELECT 40 + 2').fetchone()[0])\n"
            "store.close()\n"
        )
        assert _printed_by_new_process(code) == ["42"]


def test_postgresql_is_opened_without_pythons_own_openssl(tmp_path):
    """psycopg2 brings its own OpenSSL; Python's ``ssl`` would map a second copy."""
    for url in servers.fresh_database("postgresql", tmp_path):
        code = (
            "import sys\n"
            "from desktop.core.bootstrap import open_store\n"
            "from desktop.core.clock import SystemClock\n"
            f"store = open_store({url!r}, SystemClock())\n"
            "print('ssl' in sys.modules)\n"
            "import ssl\n"  # whatever loads it later still can
            "print(store.db.execute_sql('SELECT 40 + 2').fetchone()[0])\n"
            "store.close()\n"
        )
        assert _printed_by_new_process(code) == ["False", "42"]


def test_mariadb_keeps_its_tls_support(tmp_path):
    """PyMySQL encrypts its connections through Python's ``ssl``."""
    for url in servers.fresh_database("mysql", tmp_path):
        code = (
            "from desktop.core.bootstrap import open_store\n"
            "from desktop.core.clock import SystemClock\n"
            f"open_store({url!r}, SystemClock()).close()\n"
            "import pymysql.connections\n"
            "print(pymysql.connections.SSL_ENABLED)\n"
        )
        assert _printed_by_new_process(code) == ["True"]


# -- transactions the server rolls back ------------------------------------------------


def _driver_error(kind: str) -> Exception:
    """The error a driver raises, as peewee hands it on."""
    import pymysql

    raw: Exception
    if kind == "postgresql deadlock":
        raw = servers.postgresql_error("40P01")
    elif kind == "postgresql serialization":
        raw = servers.postgresql_error("40001")
    else:
        raw = {
            "mysql deadlock": pymysql.err.OperationalError(1213, "Deadlock found"),
            "mysql lock wait timeout": pymysql.err.OperationalError(1205, "Lock wait"),
        }[kind]
    try:
        with peewee.__exception_wrapper__:
            raise raw
    except peewee.PeeweeException as wrapped:
        return wrapped
    raise AssertionError("peewee let the driver's error through")


class _FailingBody:
    """Writes a row, then fails with ``error`` the first ``failures`` times."""

    def __init__(self, store: Store, error: Exception, failures: int) -> None:
        self.store, self.error, self.failures, self.calls = store, error, failures, 0

    def __call__(self) -> int:
        self.calls += 1
        self.store.db.execute_sql("INSERT INTO attempt (n) VALUES (?)", (self.calls,))
        if self.calls <= self.failures:
            raise self.error
        return self.calls


@pytest.fixture
def plain_store(sqlite_url) -> Iterator[Store]:
    store = connect(sqlite_url)
    store.db.execute_sql("CREATE TABLE attempt (n INTEGER)")
    yield store
    store.close()


def _attempts_kept(store: Store) -> list[int]:
    return [r[0] for r in store.db.execute_sql("SELECT n FROM attempt").fetchall()]


@pytest.mark.parametrize(
    "kind", ["mysql deadlock", "postgresql deadlock", "postgresql serialization"]
)
def test_a_transaction_rolled_back_by_the_server_runs_again(plain_store, kind, caplog):
    pauses: list[float] = []
    body = _FailingBody(plain_store, _driver_error(kind), failures=2)
    with caplog.at_level(logging.WARNING, logger="desktop.core.db"):
        assert run_transaction(plain_store.db, body, pause=pauses.append) == 3
    assert _attempts_kept(plain_store) == [3]  # the failed attempts left nothing
    # Each pause doubles the base one and is spread by half of it either way.
    assert len(pauses) == 2
    for attempt, pause in enumerate(pauses):
        base = RETRY_PAUSE * 2**attempt
        assert 0.5 * base <= pause <= 1.5 * base
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert all("rolled back by the server" in m for m in messages)


def test_a_lock_wait_timeout_is_not_retried(plain_store):
    body = _FailingBody(plain_store, _driver_error("mysql lock wait timeout"), 1)
    with pytest.raises(peewee.OperationalError, match="1205"):
        run_transaction(plain_store.db, body, pause=lambda _: None)
    assert body.calls == 1
    assert _attempts_kept(plain_store) == []


def test_a_transaction_gives_up_after_its_attempts(plain_store):
    body = _FailingBody(plain_store, _driver_error("mysql deadlock"), failures=9)
    with pytest.raises(peewee.OperationalError):
        run_transaction(plain_store.db, body, attempts=3, pause=lambda _: None)
    assert body.calls == 3
    assert _attempts_kept(plain_store) == []


def test_inside_an_outer_transaction_only_the_outer_one_runs_again(plain_store):
    inner = _FailingBody(plain_store, _driver_error("mysql deadlock"), failures=1)

    def outer() -> int:
        return run_transaction(plain_store.db, inner, pause=lambda _: None)

    assert run_transaction(plain_store.db, outer, pause=lambda _: None) == 2
    assert inner.calls == 2
    assert _attempts_kept(plain_store) == [2]


def test_other_errors_are_not_retried(plain_store):
    body = _FailingBody(plain_store, peewee.IntegrityError("UNIQUE failed"), 1)
    with pytest.raises(peewee.IntegrityError):
        plain_store.transaction(body)
    assert body.calls == 1
