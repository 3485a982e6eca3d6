"""The sync engine: push the outbox, pull the feed, download a copy from scratch.

Every step that talks to a database is named, and a hook is called at each name, so
tests can fail a sync at each step in turn and check that a retry loses nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TypeVar

import peewee

from desktop.core.clock import Clock
from desktop.core.db import DatabaseUrl, make_database
from desktop.core.errors import ContattiError, DatabaseUnavailableError
from desktop.core.sync.local import LocalCopy, LocalState
from desktop.core.sync.server import Hook, ServerFeed
from desktop.core.sync.tables import TABLE_ORDER

log = logging.getLogger(__name__)

T = TypeVar("T")

STEPS = (
    "push:read",
    "push:locked",
    "push:op_applied",
    "push:before_commit",
    "push:committed",
    "push:cleared",
    "pull:fetched",
    "pull:before_commit",
    "pull:committed",
    "download:fetched",
    "download:before_commit",
    "download:committed",
    "download:replayed",
)
"""Every point where a sync can be interrupted, in the order a sync reaches them."""

PUSH_BATCH = 200
PAGE_SIZE = 500
RETENTION = timedelta(days=90)
"""How long the server keeps the feed; a laptop away longer downloads everything."""


class SyncError(DatabaseUnavailableError):
    """The server could not be reached, or dropped the connection mid-sync.

    Nothing is lost: unsent work stays in the outbox and the next sync retries.
    """


class SyncCancelled(ContattiError):
    """The user cancelled the download; it resumes where it stopped next time."""


@dataclass
class SyncReport:
    """What one sync did."""

    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    clamped: int = 0
    pulled: int = 0
    downloaded_rows: int = 0
    redownloaded: bool = False
    errors: list[str] = field(default_factory=list)


Progress = Callable[[int, int], None]
"""Called with (tables done, tables in all) while downloading."""


def _no_hook(step: str) -> None:
    return None


class SyncEngine:
    """Syncs one laptop copy with the server.

    ``local_db`` is the laptop's SQLite database (already migrated); the engine
    connects to ``server_url`` itself, without binding any model, so the rest of the
    program keeps working on the local copy. ``server_now`` gives the server's time
    for clamping clocks (by default, the time the database server reports).
    """

    def __init__(
        self,
        local_db: peewee.Database,
        server_url: DatabaseUrl,
        clock: Clock,
        username: str,
        *,
        server_now: Callable[[], datetime] | None = None,
        hook: Hook = _no_hook,
        page_size: int = PAGE_SIZE,
        push_batch: int = PUSH_BATCH,
        retention: timedelta = RETENTION,
    ) -> None:
        self.local = LocalCopy(local_db)
        self.node_id = self.local.prepare()
        self.server_url = server_url
        self.clock = clock
        self.username = username
        self.hook = hook
        self.page_size = page_size
        self.push_batch = push_batch
        self.retention = retention
        self._server_db: peewee.Database | None = None
        self._schema_checked = False
        self._server_now = server_now

    # -- the server connection -------------------------------------------------------

    def _feed(self) -> ServerFeed:
        if self._server_db is None:
            self._server_db = make_database(self.server_url)
        try:
            self._server_db.connect(reuse_if_open=True)
        except peewee.OperationalError as exc:
            self.disconnect()
            raise SyncError(
                f"The server {self.server_url.display} is not reachable ({exc}). "
                "Your changes are kept on this computer and sent at the next sync."
            ) from exc
        if not self._schema_checked:
            self._check_schema(self._server_db)
            self._schema_checked = True
        return ServerFeed(self._server_db, self._server_now or self._database_now)

    def _check_schema(self, db: peewee.Database) -> None:
        """Refuse a server whose schema this program does not match exactly."""
        from desktop.core.migrations import LATEST

        try:
            row = db.execute_sql(
                "SELECT version FROM contatti_schema WHERE id = 1"
            ).fetchone()
        except peewee.DatabaseError:
            row = None
        found = int(row[0]) if row else 0
        if found != LATEST:
            self.disconnect()
            advice = (
                "install the newer Contatti that upgraded it"
                if found > LATEST
                else "open it once from an office desktop with this Contatti, "
                "which upgrades it"
            )
            raise SyncError(
                f"The server database {self.server_url.display} has schema version "
                f"{found}, this Contatti needs {LATEST}: {advice}. Your changes are "
                "kept on this computer."
            )

    def _database_now(self) -> datetime:
        """The database server's own time, in UTC whatever its time zone setting."""
        assert self._server_db is not None
        if isinstance(self._server_db, peewee.MySQLDatabase):
            query = "SELECT UTC_TIMESTAMP(6)"
        else:
            query = "SELECT CURRENT_TIMESTAMP"
        value = self._server_db.execute_sql(query).fetchone()[0]
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def disconnect(self) -> None:
        """Drop the server connection (after an error, or when going offline)."""
        if self._server_db is not None:
            try:
                self._server_db.close()
            except peewee.PeeweeException:
                log.debug("closing a broken server connection", exc_info=True)
            self._server_db = None

    def _guard(self, action: Callable[[ServerFeed], T]) -> T:
        feed = self._feed()
        try:
            return action(feed)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            self.disconnect()
            raise SyncError(
                f"The sync with {self.server_url.display} was interrupted ({exc}). "
                "Nothing was lost: the sync is retried automatically."
            ) from exc

    # -- state ---------------------------------------------------------------------

    def state(self) -> LocalState:
        return self.local.state()

    # -- one full sync --------------------------------------------------------------

    def sync(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> SyncReport:
        """Download if needed, send the outbox, then pull until up to date."""
        report = SyncReport()
        self.download_if_needed(report, progress, cancelled)
        self.push(report)
        self.pull(report)
        self.local.mark_synced(self.clock.now())
        self._guard(partial(ServerFeed.trim_expired, retention=self.retention))
        return report

    def download_if_needed(
        self,
        report: SyncReport,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        state = self.local.state()
        if state.downloaded and state.snapshot_seq is None:
            _, horizon = self._guard(lambda feed: feed.position())
            if state.last_seq >= horizon:
                return
            log.warning(
                "copy at change %d is older than the server's horizon %d: "
                "downloading everything again",
                state.last_seq,
                horizon,
            )
            report.redownloaded = True
            self._start_download(wipe=True)
        elif state.snapshot_seq is None:
            self._start_download(wipe=False)
        self._download(report, progress, cancelled)

    def _start_download(self, wipe: bool) -> None:
        seq = self._guard(lambda feed: feed.position()[0])
        self.local.start_download(seq, wipe)

    def _download(
        self,
        report: SyncReport,
        progress: Progress | None,
        cancelled: Callable[[], bool],
    ) -> None:
        state = self.local.state()
        table, after = state.snapshot_table, state.snapshot_after
        total = len(TABLE_ORDER)
        while table < total:
            if progress is not None:
                progress(table, total)
            if cancelled():
                raise SyncCancelled(
                    "The download was cancelled; it continues where it stopped at the "
                    "next sync."
                )
            page = self._guard(
                partial(
                    ServerFeed.rows_page,
                    table_index=table,
                    after=after,
                    limit=self.page_size,
                )
            )
            self.hook("download:fetched")
            if len(page) < self.page_size:
                next_table, next_after = table + 1, ""
            else:
                next_table, next_after = table, str(page[-1]["id"])
            self.local.apply_snapshot_page(
                table,
                page,
                next_table,
                next_after,
                before_commit=lambda: self.hook("download:before_commit"),
            )
            self.hook("download:committed")
            report.downloaded_rows += len(page)
            table, after = next_table, next_after
        if progress is not None:
            progress(total, total)
        self.local.finish_download()
        self.hook("download:replayed")

    def push(self, report: SyncReport | None = None) -> SyncReport:
        """Send the outbox in batches; each batch is one server transaction."""
        report = report or SyncReport()
        while True:
            ops = self.local.pending_ops(self.push_batch)
            self.hook("push:read")
            if not ops:
                return report
            outcome = self._guard(
                partial(
                    ServerFeed.push,
                    node=self.node_id,
                    username=self.username,
                    ops=ops,
                    hook=self.hook,
                )
            )
            report.pushed += outcome.applied
            self.hook("push:committed")
            report.duplicates += outcome.duplicates
            report.conflicts += outcome.conflicts
            report.clamped += outcome.clamped
            self.local.clear_ops(outcome.op_ids)
            self.hook("push:cleared")

    def pull(
        self, report: SyncReport | None = None, max_pages: int | None = None
    ) -> SyncReport:
        """Apply the feed page by page; a page and the new position commit together."""
        report = report or SyncReport()
        pages = 0
        while max_pages is None or pages < max_pages:
            position = self.local.state().last_seq
            changes = self._guard(
                partial(ServerFeed.changes_after, seq=position, limit=self.page_size)
            )
            self.hook("pull:fetched")
            if not changes:
                break
            self.local.apply_changes(
                changes,
                self.clock.now(),
                before_commit=lambda: self.hook("pull:before_commit"),
            )
            self.hook("pull:committed")
            report.pulled += len(changes)
            pages += 1
        return report
