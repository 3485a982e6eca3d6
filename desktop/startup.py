"""What start-up asks of Python itself: the garbage collector paused, source lines
dropped.

Importing Qt, peewee and the app's modules and building the main window creates some
40,000 objects the collector tracks (functions, classes, dictionaries), nearly all of
which live as long as the app. The collector walks them each time enough new ones
have piled up, 58 times before the first paint, and finds next to nothing to free:
about 4% of the start's work (instructions counted by callgrind). So the collector
is paused before the first import and resumed once the main window has been
painted. At that point the objects that survived start-up are moved out of its reach
for good (:func:`gc.freeze`), so that later collections, while people type and
scroll, do not walk them either.

Reference counting is not paused: only cyclic garbage waits, and start-up makes little.

The source lines of the modules imported so far are dropped as well, before the main
window is built and again once it is painted (:func:`forget_source_lines`).
"""

from __future__ import annotations

import gc
import linecache
import logging

log = logging.getLogger(__name__)

_paused = False
"""Whether :func:`pause_collection` paused the collector and it has not resumed yet."""


def pause_collection() -> None:
    """Pause the collector, unless it is already off (then leave it alone)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Freeze what start-up made and resume the collector, if start-up paused it.

    Calling it again, or without a pause, does nothing.
    """
    global _paused
    if not _paused:
        return
    _paused = False
    gc.freeze()
    gc.enable()
    log.debug(
        "garbage collector resumed; %d start-up objects frozen", gc.get_freeze_count()
    )


def forget_source_lines() -> None:
    """Drop the source lines ``linecache`` keeps of the modules imported so far.

    PySide6 reads the source of every module imported after it, to look for its
    ``from __feature__`` switches, and ``linecache`` keeps every line it read: at
    the main window's first paint 56 files, 1.3 million characters (peewee's alone
    340,000), about 3 MB. Nothing needs them again but a traceback, which reads its
    lines afresh. Dropped before the main window is built, the memory is reused by
    the window's own objects (the peak with the contact list open fell by 2.6 MiB).
    Modules imported later, when a window first opens, leave their lines again;
    they are far fewer.
    """
    linecache.clearcache()
