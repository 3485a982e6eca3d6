"""Entry script of the packaged app: what ``python -m desktop`` is to the sources."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
