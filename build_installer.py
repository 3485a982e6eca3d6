"""Build Contatti's installer for the operating system this runs on.

``python build_installer.py`` freezes the app with PyInstaller (one folder) and wraps
it: a per-user setup ``.exe`` made with Inno Setup on Windows, a ``.app`` inside a
``.dmg`` on macOS, a ``.tar.gz`` of the bundle on Linux. ``--smoke`` then runs the
bundled app's ``--version`` and ``--check`` against a fresh SQLite file and fresh server
databases; ``--measure`` adds the start-up time against ``python -m desktop``. Name,
version and description come from ``pyproject.toml``, the icon from
``resources/icons/``, the other packaging facts from ``packaging/installer.toml``.
Signing is switched on by options or environment variables; see ``--help``.
"""

from __future__ import annotations

import argparse
import ast
import json
import logging
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle_smoke  # noqa: E402
import icon_files  # noqa: E402
import platform_packages  # noqa: E402

log = logging.getLogger("build_installer")

SETTINGS_ENV = "CONTATTI_BUILD_SETTINGS"

# Qt modules the app needs whatever the sources import at the time of the build.
QT_MODULES_ALWAYS = frozenset({"QtCore", "QtGui", "QtWidgets"})

# Qt modules that bring large libraries and that a widgets CRM has no use for. Each one
# is left out of the bundle unless the sources import it.
QT_MODULES_UNWANTED = frozenset(
    {
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic",
        "Qt3DRender", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
        "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
        "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
        "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
        "QtPdfWidgets", "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick",
        "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
        "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
        "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech",
        "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
        "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
    }
)  # fmt: skip

# Python packages that are only ever needed to develop or test the app.
EXCLUDED_PACKAGES = (
    "tkinter", "pytest", "pytestqt", "_pytest", "hypothesis", "mypy", "ruff",
    "PyInstaller", "setuptools", "pip", "IPython", "PyQt5", "PyQt6", "PySide2",
    "psycopg", "psycopg_binary", "psycopg_c",
)  # fmt: skip

# Bundle files (paths inside the bundle, "/"-separated) that nothing in the app loads:
# Qt plugins for file formats, input devices and subsystems the app does not use, and
# the libraries only those plugins link to.
UNUSED_BUNDLE_FILES = (
    "*/plugins/imageformats/*pdf*",
    "*/plugins/imageformats/*tiff*",
    "*/plugins/imageformats/*webp*",
    "*/plugins/imageformats/*tga*",
    "*/plugins/imageformats/*wbmp*",
    "*/plugins/imageformats/*icns*",
    "*/plugins/qmltooling/*",
    "*/plugins/designer/*",
    "*/plugins/sqldrivers/*",
    "*/plugins/multimedia/*",
    "*/plugins/virtualkeyboard/*",
    "*/plugins/egldeviceintegrations/*",
    # Network plugins: the database drivers do their own networking. An app that made
    # TLS connections through QtNetwork would need the tls plugins back.
    "*/plugins/networkinformation/*",
    "*/plugins/tls/*",
    "*/plugins/generic/*",
    "*/plugins/wayland-graphics-integration-server/*",
    "*/plugins/platforms/*eglfs*",
    "*/plugins/platforms/*linuxfb*",
    "*/plugins/platforms/*vnc*",
    "*/plugins/platforms/*vkkhrdisplay*",
    "*/plugins/platforms/*minimalegl*",
    # The GTK theme drags in GTK, Pango and Cairo; Qt's own style looks the same on the
    # Linux check build. Wayland sessions run the app through XWayland.
    "*/plugins/platformthemes/*gtk*",
    "*/plugins/wayland-*",
    "*/plugins/platforms/*wayland*",
    "*Qt6WaylandClient*",
    "*Qt6WlShellIntegration*",
    "*Qt6Pdf*",
    "*Qt6Qml*",
    "*Qt6Quick*",
    "*Qt6EglFsKmsSupport*",
    "*Qt6EglFSDeviceIntegration*",
    "*Qt6VirtualKeyboard*",
)

QT_TRANSLATIONS = "*/translations/*.qm"
# Qt's catalogues kept for each shipped language (desktop.gui.i18n loads qtbase).
QT_CATALOGUES = ("qtbase",)


@dataclass(frozen=True)
class Project:
    """What the installers say about the app, read from the project's files."""

    name: str
    display_name: str
    version: str
    description: str
    script_name: str
    bundle_id: str
    app_user_model_id: str
    inno_app_id: str
    publisher: str
    copyright: str
    minimum_macos: str
    qt_languages: tuple[str, ...]


def load_project(root: Path = ROOT) -> Project:
    """Read ``pyproject.toml`` and ``packaging/installer.toml`` under ``root``."""
    with (root / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    with (root / "packaging" / "installer.toml").open("rb") as file:
        extra = tomllib.load(file)
    scripts = list(project.get("gui-scripts", {})) or list(project.get("scripts", {}))
    if not scripts:
        raise ValueError("pyproject.toml declares no [project.gui-scripts] entry")
    name = project["name"]
    return Project(
        name=name,
        display_name=name[:1].upper() + name[1:],
        version=project["version"],
        description=project.get("description", ""),
        script_name=scripts[0],
        bundle_id=extra["bundle_id"],
        app_user_model_id=extra["app_user_model_id"],
        inno_app_id=extra["inno_app_id"],
        publisher=extra["publisher"],
        copyright=extra["copyright"],
        minimum_macos=extra["minimum_macos"],
        qt_languages=tuple(extra.get("qt_languages", ())),
    )


def qt_modules_imported(source: Path) -> set[str]:
    """Names of the ``PySide6`` modules that Python files under ``source`` import."""
    used: set[str] = set()
    for path in sorted(source.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[0] != "PySide6":
                    continue
                if len(parts) > 1:
                    used.add(parts[1])
                else:
                    used.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    parts = alias.name.split(".")
                    if parts[0] == "PySide6" and len(parts) > 1:
                        used.add(parts[1])
    return used


def excluded_modules(qt_used: Iterable[str]) -> list[str]:
    """Modules PyInstaller must leave out: unused Qt modules and development tools."""
    qt_unused = QT_MODULES_UNWANTED - set(qt_used) - QT_MODULES_ALWAYS
    return sorted(f"PySide6.{name}" for name in qt_unused) + list(EXCLUDED_PACKAGES)


def shipped_languages(project: Project, translations: Path) -> list[str]:
    """Languages of our ``contatti_<lang>.qm`` files plus those in installer.toml."""
    ours = {path.stem.split("_", 1)[1] for path in translations.glob("*_*.qm")}
    return sorted(ours | set(project.qt_languages))


def unused(destination: str) -> bool:
    """Whether the file at ``destination`` in the bundle matches UNUSED_BUNDLE_FILES."""
    path = destination.replace("\\", "/")
    return any(fnmatchcase(path, pattern) for pattern in UNUSED_BUNDLE_FILES)


def keep_hook_files(files: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (source, bundle folder) pairs of a PyInstaller hook that are not unused."""
    return [
        (source, folder)
        for source, folder in files
        if not unused(f"{folder}/{Path(source).name}")
    ]


def keep_in_bundle(destination: str, languages: Iterable[str]) -> bool:
    """Whether a file at ``destination`` inside the bundle is worth shipping."""
    path = destination.replace("\\", "/")
    if unused(path):
        return False
    if fnmatchcase(path, QT_TRANSLATIONS) and "PySide6/" in path:
        wanted = {f"{cat}_{lang}.qm" for cat in QT_CATALOGUES for lang in languages}
        return path.rsplit("/", 1)[1] in wanted
    return True


def prune(toc: Sequence[tuple[str, str, str]], settings: dict[str, Any]) -> list[Any]:
    """The entries of a PyInstaller TOC that ``keep_in_bundle`` keeps (for the spec)."""
    languages = settings["languages"]
    return [entry for entry in toc if keep_in_bundle(entry[0], languages)]


def resource_datas(resources: Path) -> list[tuple[str, str]]:
    """(source file, bundle folder) pairs for everything the app reads from resources/.

    Translation sources (``.ts``) are for translators and stay behind.
    """
    datas = []
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix not in {".ts", ".pro"}:
            folder = path.parent.relative_to(resources.parent).as_posix()
            datas.append((str(path), folder))
    return datas


def bundle_names(project: Project, system: str) -> tuple[str, str]:
    """(folder name, executable name) of the bundle on ``system`` (``sys.platform``)."""
    if system.startswith("linux"):
        return project.script_name, project.script_name
    return project.display_name, project.display_name


def executable(bundle: Path, project: Project, system: str) -> Path:
    """The app's executable inside the one-folder bundle (or the ``.app``)."""
    folder, exe = bundle_names(project, system)
    if system == "darwin":
        return bundle / f"{folder}.app" / "Contents" / "MacOS" / exe
    if system == "win32":
        return bundle / folder / f"{exe}.exe"
    return bundle / folder / exe


def build_settings(
    project: Project,
    system: str,
    icons: dict[str, Path],
    work: Path,
    codesign_identity: str | None,
) -> dict[str, Any]:
    """Everything ``packaging/contatti.spec`` needs, as JSON-ready values."""
    folder, exe = bundle_names(project, system)
    qt_used = qt_modules_imported(ROOT / "desktop")
    log.info(
        "Qt modules imported by desktop/: %s", ", ".join(sorted(qt_used)) or "none"
    )
    settings: dict[str, Any] = {
        "root": str(ROOT),
        "entry_script": str(PACKAGING / "contatti_main.py"),
        "folder_name": folder,
        "exe_name": exe,
        "datas": resource_datas(ROOT / "resources"),
        "hiddenimports": sorted(
            {f"PySide6.{name}" for name in qt_used | QT_MODULES_ALWAYS}
            | {"pymysql", "psycopg2", "psycopg2.extensions", "psycopg2.extras"}
        ),
        "excludes": excluded_modules(qt_used),
        "languages": shipped_languages(project, ROOT / "resources" / "translations"),
        "hookspath": [str(PACKAGING / "hooks")],
        # Debug symbols double the size of some Linux libraries (libpython among them);
        # elsewhere stripping is either a no-op or would break signatures.
        "strip": system.startswith("linux"),
        "icon": None,  # a Linux executable carries no icon
        "version_file": None,
        "codesign_identity": None,
        "entitlements": None,
        "macos": None,
    }
    if system == "win32":
        version_file = work / "version_info.txt"
        version_file.write_text(
            platform_packages.version_info_text(project, f"{exe}.exe"), "utf-8"
        )
        settings["icon"] = str(icons["ico"])
        settings["version_file"] = str(version_file)
    elif system == "darwin":
        settings["icon"] = str(icons["icns"])
        settings["codesign_identity"] = codesign_identity
        settings["entitlements"] = str(PACKAGING / "entitlements.plist")
        plist = platform_packages.info_plist(
            PACKAGING / "Info.plist", project_values(project)
        )
        plist["CFBundleLocalizations"] = ["en", *settings["languages"]]
        settings["macos"] = {
            "app_name": f"{folder}.app",
            "bundle_id": project.bundle_id,
            "version": project.version,
            "info_plist": plist,
        }
    return settings


def project_values(project: Project) -> dict[str, str]:
    """The ``${NAME}`` placeholders of the packaging templates and their values."""
    return {
        "NAME": project.display_name,
        "DESCRIPTION": project.description,
        "VERSION": project.version,
        "BUNDLE_ID": project.bundle_id,
        "MINIMUM_MACOS": project.minimum_macos,
        "COPYRIGHT": project.copyright,
    }


def run_pyinstaller(settings: dict[str, Any], dist: Path, work: Path) -> None:
    """Freeze the app with ``packaging/contatti.spec`` into ``dist``."""
    settings_file = work / "settings.json"
    settings_file.write_text(json.dumps(settings, indent=2), encoding="utf-8")
    command = [
        sys.executable, "-m", "PyInstaller", str(PACKAGING / "contatti.spec"),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
    ]  # fmt: skip
    env = {**os.environ, SETTINGS_ENV: str(settings_file)}
    log.info("running PyInstaller")
    subprocess.run(command, check=True, cwd=ROOT, env=env)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Build Contatti's installer for this operating system.",
        epilog="Signing: on Windows give --windows-cert (a .pfx, password in "
        "CONTATTI_WINDOWS_CERT_PASSWORD) or --windows-cert-sha1 (a certificate in the "
        "store); on macOS give --macos-identity and, to notarize, --notary-profile "
        "(made with 'xcrun notarytool store-credentials'). Each option defaults to the "
        "environment variable named in its help.",
    )
    env = os.environ.get
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="output folder"
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "installer", help="build folder"
    )
    parser.add_argument(
        "--icon",
        type=Path,
        help="SVG app icon (default: resources/icons/<project name>.svg)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="after building, run the bundled app's --version and --check",
    )
    parser.add_argument(
        "--skip-build",
        action="store_true",
        help="do not build: check the bundle already in --dist",
    )
    parser.add_argument(
        "--no-server",
        action="store_true",
        help="smoke-test on SQLite only (no PostgreSQL or MariaDB server at hand)",
    )
    parser.add_argument(
        "--measure",
        type=int,
        metavar="RUNS",
        default=0,
        help="time RUNS start-ups of the bundle and of the sources (median)",
    )
    parser.add_argument(
        "--windows-cert",
        default=env("CONTATTI_WINDOWS_CERT"),
        help="Authenticode .pfx file (CONTATTI_WINDOWS_CERT)",
    )
    parser.add_argument(
        "--windows-cert-sha1",
        default=env("CONTATTI_WINDOWS_CERT_SHA1"),
        help="thumbprint of a certificate in the Windows store "
        "(CONTATTI_WINDOWS_CERT_SHA1)",
    )
    parser.add_argument(
        "--timestamp-url",
        default=env("CONTATTI_TIMESTAMP_URL", "http://timestamp.digicert.com"),
        help="RFC 3161 time-stamp server for Authenticode (CONTATTI_TIMESTAMP_URL)",
    )
    parser.add_argument(
        "--macos-identity",
        default=env("CONTATTI_MACOS_IDENTITY"),
        help="'Developer ID Application: ...' identity (CONTATTI_MACOS_IDENTITY)",
    )
    parser.add_argument(
        "--notary-profile",
        default=env("CONTATTI_NOTARY_PROFILE"),
        help="notarytool keychain profile (CONTATTI_NOTARY_PROFILE)",
    )
    return parser.parse_args(argv)


def build(args: argparse.Namespace, project: Project, system: str) -> Path:
    """Freeze the app and make the platform's installer; return the installer's path."""
    svg = args.icon or ROOT / "resources" / "icons" / f"{project.name}.svg"
    if not svg.is_file():
        raise SystemExit(f"The app icon {svg} is missing: add it, then build again.")
    dist = args.dist / system
    args.work.mkdir(parents=True, exist_ok=True)
    icons = icon_files.write_icons(svg, args.work / "icons")
    settings = build_settings(project, system, icons, args.work, args.macos_identity)
    if dist.exists():
        shutil.rmtree(dist)
    run_pyinstaller(settings, dist, args.work)
    folder = dist / settings["folder_name"]
    if system == "win32":
        signing = platform_packages.WindowsSigning(
            args.windows_cert,
            os.environ.get("CONTATTI_WINDOWS_CERT_PASSWORD"),
            args.windows_cert_sha1,
            args.timestamp_url,
        )
        return platform_packages.windows_setup(
            project, folder, icons["ico"], args.dist, signing
        )
    if system == "darwin":
        return platform_packages.macos_dmg(
            project,
            dist / settings["macos"]["app_name"],
            args.dist,
            args.work,
            args.macos_identity,
            args.notary_profile,
        )
    return platform_packages.linux_tarball(project, folder, args.dist)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    args = parse_args(argv)
    project = load_project()
    system = sys.platform
    log.info("%s %s for %s", project.display_name, project.version, system)
    if not args.skip_build:
        installer = build(args, project, system)
        log.info("installer: %s (%.1f MB)", installer, installer.stat().st_size / 1e6)
    if not (args.smoke or args.measure):
        return 0
    bundle = executable(args.dist / system, project, system)
    if not bundle.exists():
        log.error("no bundle at %s: build it first (leave out --skip-build)", bundle)
        return 1
    languages = shipped_languages(project, ROOT / "resources" / "translations")
    expected = bundle_smoke.expected_files(ROOT, languages)
    failures = [
        f"{name} is missing from the bundle"
        for name in bundle_smoke.missing_files(args.dist / system, expected)
    ]
    failures += bundle_smoke.run_checks(
        bundle,
        expected_version=f"{project.display_name} {project.version}",
        servers=not args.no_server,
    )
    if args.measure:
        bundle_smoke.report_sizes(args.dist / system, args.dist, project)
        try:
            bundle_smoke.measure_start(bundle, ROOT, args.measure)
        except RuntimeError as exc:
            failures.append(str(exc))
    if failures:
        for failure in failures:
            log.error("FAILED: %s", failure)
        return 1
    log.info("bundle checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
