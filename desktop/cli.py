"""Command line: start the app, check an installation, or add demo data.

The GUI is imported only when it is needed, so ``contatti demo`` and ``--version`` run
without loading Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.startup import pause_collection, resume_collection


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contatti", description="Contatti, a desktop CRM for office staff."
    )
    parser.add_argument(
        "--version", action="version", version=f"Contatti {__version__}"
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///path/file.db, postgresql://user@host:port/db or "
        "mysql://user@host/db (default: CONTATTI_DATABASE, then the saved setting, "
        "then contatti.db in the user's data folder)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="user to sign in as (on a local file the computer's account by default)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="open or create the database, run the migrations, build the main window "
        "offscreen and exit 0 if all went well",
    )
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", help="add realistic demo contacts to a database")
    demo.add_argument("--database", dest="demo_database", metavar="URL")
    demo.add_argument("--contacts", type=int, default=200, metavar="N")
    demo.add_argument("--seed", type=int, default=1, help="random seed")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        from desktop.core.demo import run_demo_command

        return run_demo_command(
            args.demo_database or args.database, args.contacts, args.seed
        )
    # Paused from the first import of the GUI until the main window is painted.
    pause_collection()
    try:
        from desktop.gui.application import run

        return run(args)
    finally:
        resume_collection()


if __name__ == "__main__":
    sys.exit(main())
