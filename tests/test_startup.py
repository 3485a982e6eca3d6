"""Starting with the garbage collector paused, and resuming it."""

from __future__ import annotations

import gc
import linecache
from collections.abc import Iterator

import pytest

from desktop import startup
from desktop.cli import main


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    yield
    startup._paused = False
    gc.unfreeze()
    gc.enable()


def test_start_up_pauses_the_collector_then_freezes_what_it_made() -> None:
    startup.pause_collection()
    assert not gc.isenabled()
    made_at_start = [[number] for number in range(1000)]

    startup.resume_collection()

    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made_at_start)
    startup.resume_collection()  # a second call changes nothing
    assert gc.isenabled()


def test_a_collector_someone_else_switched_off_stays_off() -> None:
    gc.disable()
    startup.pause_collection()
    startup.resume_collection()

    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_collector_runs_again_when_the_app_could_not_start(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--check", "--database", "oracle://host/db"]) == 1

    assert "not understood" in capsys.readouterr().err
    assert gc.isenabled()


def test_source_lines_read_so_far_are_dropped() -> None:
    linecache.getlines(startup.__file__)
    assert startup.__file__ in linecache.cache

    startup.forget_source_lines()

    assert startup.__file__ not in linecache.cache
    assert linecache.getlines(startup.__file__)  # a traceback can still read them
