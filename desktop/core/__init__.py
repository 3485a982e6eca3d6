"""Qt-free core of Contatti: models, database, migrations and business rules.

Nothing under this package may import PySide6; ``tests/core/test_qt_free.py`` checks it.
"""

from desktop.core.drivers import import_peewee

import_peewee()
