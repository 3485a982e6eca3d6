"""``python -m desktop`` starts Contatti."""

import sys

from desktop.cli import main

sys.exit(main())
