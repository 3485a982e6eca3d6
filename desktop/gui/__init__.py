"""Qt front end of Contatti.

The Qt-free modules every start needs are imported here, before PySide6: the core,
peewee and the standard modules they use, and ``platformdirs`` (the log folder).
Once PySide6 is loaded it reads the source of every module imported after it (to
learn whether the module asks for its ``__feature__`` syntax); for these modules
that is tens of milliseconds at every start that an earlier import avoids.
"""

import desktop.core.bootstrap
import desktop.core.paths
import desktop.core.workflow  # noqa: F401
