"""PyInstaller's hook for PySide6.QtGui, less the Qt plugins Contatti does not ship.

Leaving the plugins out here, rather than after the analysis, keeps out the libraries
that only those plugins link to (see build_installer.UNUSED_BUNDLE_FILES).
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from build_installer import keep_hook_files

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep_hook_files(binaries)
