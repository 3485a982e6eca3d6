"""The pure parts of build_installer.py: metadata, icons, bundle contents, commands."""

from __future__ import annotations

import ast
import plistlib
import re
import struct
import sys
import textwrap
from pathlib import Path

import pytest

import build_installer as bi

# build_installer puts packaging/ on sys.path and imports its helper modules.
bundle_smoke = bi.bundle_smoke
icon_files = bi.icon_files
pp = bi.platform_packages

ROOT = Path(bi.__file__).resolve().parent

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect x="4" y="4" width="56" height="56" rx="12" fill="#2a6fdb"/>
<circle cx="32" cy="26" r="10" fill="#ffffff"/></svg>"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def project() -> bi.Project:
    return bi.Project(
        name="contatti",
        display_name="Contatti",
        version="1.4.2",
        description="A CRM.",
        script_name="contatti",
        bundle_id="com.example.contatti",
        app_user_model_id="Example.Contatti",
        inno_app_id="0BC095D4-F2B1-45F6-96FE-76507C9D24BB",
        publisher="Example",
        copyright="Copyright Example",
        minimum_macos="14.0",
        qt_languages=("it",),
    )


@pytest.fixture
def svg(tmp_path: Path) -> Path:
    return write(tmp_path / "contatti.svg", SVG)


# -- project metadata ------------------------------------------------------------------


def test_project_facts_come_from_pyproject_and_installer_toml(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        """
        [project]
        name = "rubrica"
        version = "2.0.1rc1"
        description = "Contacts."
        [project.gui-scripts]
        rubrica-app = "desktop.cli:main"
        """,
    )
    write(
        tmp_path / "packaging" / "installer.toml",
        """
        bundle_id = "org.example.rubrica"
        app_user_model_id = "Example.Rubrica"
        inno_app_id = "11111111-2222-3333-4444-555555555555"
        publisher = "Example"
        copyright = "(c) Example"
        minimum_macos = "14.0"
        qt_languages = ["it", "es"]
        """,
    )
    project = bi.load_project(tmp_path)
    assert project.name == "rubrica"
    assert project.display_name == "Rubrica"
    assert project.version == "2.0.1rc1"
    assert project.script_name == "rubrica-app"
    assert project.bundle_id == "org.example.rubrica"
    assert project.qt_languages == ("it", "es")


def test_the_real_project_files_are_complete() -> None:
    project = bi.load_project(ROOT)
    assert project.name == "contatti"
    assert project.script_name == "contatti"
    assert re.fullmatch(
        r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", project.inno_app_id
    )
    assert project.minimum_macos == "14.0"


def test_a_pyproject_without_gui_script_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\nversion = "1"\n')
    write(tmp_path / "packaging" / "installer.toml", "")
    with pytest.raises(ValueError, match="gui-scripts"):
        bi.load_project(tmp_path)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2.0.0.dev4", (2, 0, 0, 0)),
        ("3.1.4.1.5", (3, 1, 4, 1)),
        ("1!4.5.6+local", (4, 5, 6, 0)),
    ],
)
def test_windows_file_version_has_four_numbers(version: str, numbers: tuple) -> None:
    assert pp.windows_version(version) == numbers


@pytest.mark.parametrize("version", ["abc", "70000.0.0"])
def test_versions_windows_cannot_hold_are_refused(version: str) -> None:
    with pytest.raises(ValueError, match=re.escape(version)):
        pp.windows_version(version)


def test_version_file_is_the_expression_pyinstaller_evaluates(
    project: bi.Project,
) -> None:
    # PyInstaller eval()s this text with its version-info classes in scope (they load
    # only on Windows), so check its shape and values with ast instead.
    tree = ast.parse(pp.version_info_text(project, "Contatti.exe"), mode="eval")
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    names = {node.func.id for node in calls if isinstance(node.func, ast.Name)}
    assert names == {
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    }
    (fixed,) = [
        node for node in calls if getattr(node.func, "id", "") == "FixedFileInfo"
    ]
    keywords = {kw.arg: ast.literal_eval(kw.value) for kw in fixed.keywords}
    assert keywords["filevers"] == keywords["prodvers"] == (1, 4, 2, 0)
    strings = dict(
        ast.literal_eval(ast.Tuple(node.args, ast.Load()))
        for node in calls
        if getattr(node.func, "id", "") == "StringStruct"
    )
    assert strings["ProductVersion"] == "1.4.2"
    assert strings["OriginalFilename"] == "Contatti.exe"
    assert strings["CompanyName"] == "Example"


# -- icons -----------------------------------------------------------------------------


def png_size(png: bytes) -> tuple[int, int]:
    return struct.unpack(">II", png[16:24])


def test_svg_is_rendered_at_each_size(svg: Path) -> None:
    pngs = icon_files.render_svg(svg, [16, 256])
    assert {size: png_size(png) for size, png in pngs.items()} == {
        16: (16, 16),
        256: (256, 256),
    }


def test_a_broken_svg_is_reported(tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.svg", "<svg><rect")
    with pytest.raises(ValueError, match="not a valid SVG"):
        icon_files.render_svg(broken, [16])


def test_ico_and_icns_files_open_in_qt_with_every_size(
    svg: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImageReader

    paths = icon_files.write_icons(svg, tmp_path / "out")
    for kind, sizes in (("ico", icon_files.ICO_SIZES), ("icns", None)):
        reader = QImageReader(str(paths[kind]))
        assert reader.format().data() == kind.encode()
        found = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert not image.isNull(), f"{kind} image {index} is unreadable"
            found.append(image.width())
            # The middle of the top edge of the drawing is the SVG's blue square.
            assert image.pixelColor(image.width() // 2, image.height() // 8).name() == (
                "#2a6fdb"
            )
        expected = sizes or [size for _, size in icon_files.ICNS_TYPES]
        assert sorted(found) == sorted(expected)
    assert png_size(paths["png"].read_bytes()) == (256, 256)


def test_ico_directory_stores_256_as_zero() -> None:
    pngs = {16: fake_png(16), 256: fake_png(256)}
    data = icon_files.ico_bytes(pngs)
    assert struct.unpack("<HHH", data[:6]) == (0, 1, 2)
    first, second = data[6:22], data[22:38]
    assert first[0] == 16
    assert second[0] == 0
    size, offset = struct.unpack("<II", second[8:16])
    assert data[offset : offset + size] == pngs[256]


def fake_png(size: int) -> bytes:
    """Just enough of a PNG for the container writers: signature and IHDR size."""
    return icon_files.PNG_SIGNATURE + b"\0\0\0\rIHDR" + struct.pack(">II", size, size)


def test_icns_length_fields_add_up() -> None:
    data = icon_files.icns_bytes(
        {size: fake_png(size) for size in icon_files.ICNS_SIZES}
    )
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kinds.append(data[position : position + 4])
        position += struct.unpack(">I", data[position + 4 : position + 8])[0]
    assert position == len(data)
    assert kinds == [kind for kind, _ in icon_files.ICNS_TYPES]


def test_icon_writers_refuse_wrong_images() -> None:
    with pytest.raises(ValueError, match="512"):
        icon_files.icns_bytes({16: fake_png(16)})
    with pytest.raises(ValueError, match="300"):
        icon_files.ico_bytes({300: fake_png(300)})
    with pytest.raises(ValueError, match="32x32"):
        icon_files.ico_bytes({16: fake_png(32)})


# -- what goes into the bundle ---------------------------------------------------------


def test_qt_modules_imported_in_every_form(tmp_path: Path) -> None:
    write(tmp_path / "a.py", "from PySide6.QtWidgets import QWidget\n")
    write(
        tmp_path / "sub" / "b.py",
        "import PySide6.QtSvg\nfrom PySide6 import QtNetwork\n",
    )
    write(tmp_path / "c.py", "def f():\n    from PySide6.QtCore import Qt\n")
    write(tmp_path / "d.py", "import PySide6\nfrom shiboken6 import Shiboken\n")
    assert bi.qt_modules_imported(tmp_path) == {
        "QtWidgets",
        "QtSvg",
        "QtNetwork",
        "QtCore",
    }


def test_unused_qt_modules_are_excluded_but_used_ones_never() -> None:
    excluded = bi.excluded_modules({"QtCore", "QtNetwork"})
    assert "PySide6.QtWebEngineCore" in excluded
    assert "PySide6.QtQml" in excluded
    assert "PySide6.QtNetwork" not in excluded
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & set(excluded)
    assert "pytest" in excluded


def test_the_apps_own_qt_imports_are_never_excluded() -> None:
    used = bi.qt_modules_imported(ROOT / "desktop")
    excluded = set(bi.excluded_modules(used))
    assert not {f"PySide6.{name}" for name in used} & excluded


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/translations/qtbase_it.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qtbase_es.qm", True),
        ("PySide6/translations/qt_help_it.qm", False),
        ("resources/translations/contatti_de.qm", True),
        ("desktop/gui/forms/ui_contact_window.py", True),
    ],
)
def test_bundle_keeps_only_what_the_app_loads(destination: str, kept: bool) -> None:
    assert bi.keep_in_bundle(destination, ["it", "es"]) is kept


def test_hook_files_lose_unused_plugins() -> None:
    files = [
        ("/qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/imageformats"),
        ("/qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/imageformats"),
    ]
    assert bi.keep_hook_files(files) == [files[1]]


def test_prune_filters_a_pyinstaller_toc() -> None:
    toc = [
        ("PySide6/Qt/translations/qtbase_fr.qm", "/src/qtbase_fr.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_it.qm", "/src/qtbase_it.qm", "DATA"),
    ]
    assert bi.prune(toc, {"languages": ["it"]}) == [toc[1]]


def test_languages_come_from_our_catalogues_and_installer_toml(
    tmp_path: Path, project: bi.Project
) -> None:
    for name in ("contatti_es.qm", "contatti_pt_BR.qm", "contatti_it.ts"):
        write(tmp_path / name, "")
    assert bi.shipped_languages(project, tmp_path) == ["es", "it", "pt_BR"]


def test_resources_are_bundled_under_resources_without_sources(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    icon = write(resources / "icons" / "contatti.svg", SVG)
    qm = write(resources / "translations" / "contatti_it.qm", "")
    write(resources / "translations" / "contatti_it.ts", "")
    assert bi.resource_datas(resources) == [
        (str(icon), "resources/icons"),
        (str(qm), "resources/translations"),
    ]


@pytest.mark.parametrize(
    ("system", "path"),
    [
        ("linux", "dist/contatti/contatti"),
        ("win32", "dist/Contatti/Contatti.exe"),
        ("darwin", "dist/Contatti.app/Contents/MacOS/Contatti"),
    ],
)
def test_executable_inside_each_bundle(
    project: bi.Project, system: str, path: str
) -> None:
    assert bi.executable(Path("dist"), project, system).as_posix() == path


@pytest.mark.parametrize("system", ["linux", "win32", "darwin"])
def test_settings_give_the_spec_everything_it_reads(
    project: bi.Project, tmp_path: Path, system: str
) -> None:
    icons = {kind: tmp_path / f"contatti.{kind}" for kind in ("ico", "icns", "png")}
    settings = bi.build_settings(project, system, icons, tmp_path, "Developer ID X")
    spec = (ROOT / "packaging" / "contatti.spec").read_text(encoding="utf-8")
    read = set(re.findall(r'settings\["(\w+)"\]', spec))
    assert read <= set(settings)
    assert "PySide6.QtWidgets" in settings["hiddenimports"]
    assert "psycopg2.extras" in settings["hiddenimports"]
    assert "pymysql" in settings["hiddenimports"]
    assert Path(settings["entry_script"]).is_file()
    assert all(Path(path).is_dir() for path in settings["hookspath"])
    if system == "win32":
        assert settings["icon"].endswith(".ico")
        assert "1.4.2" in Path(settings["version_file"]).read_text(encoding="utf-8")
    if system == "darwin":
        plist = settings["macos"]["info_plist"]
        assert settings["codesign_identity"] == "Developer ID X"
        assert plist["CFBundleIdentifier"] == "com.example.contatti"
        assert plist["LSMinimumSystemVersion"] == "14.0"
        assert plist["CFBundleShortVersionString"] == "1.4.2"
        assert plist["CFBundleLocalizations"][0] == "en"
    else:
        assert settings["codesign_identity"] is None


# -- platform packages -----------------------------------------------------------------


def test_info_plist_template_has_no_placeholder_left(project: bi.Project) -> None:
    plist = pp.info_plist(ROOT / "packaging" / "Info.plist", bi.project_values(project))
    assert "$" not in plistlib.dumps(plist).decode()
    assert plist["CFBundleName"] == "Contatti"
    assert plist["NSHighResolutionCapable"] is True


def test_an_unknown_placeholder_is_an_error(tmp_path: Path) -> None:
    template = tmp_path / "Info.plist"
    template.write_bytes(plistlib.dumps({"CFBundleName": "${NAMEE}"}))
    with pytest.raises(KeyError, match="NAMEE"):
        pp.info_plist(template, {"NAME": "Contatti"})


def test_entitlements_are_a_valid_plist() -> None:
    with (ROOT / "packaging" / "entitlements.plist").open("rb") as file:
        entitlements = plistlib.load(file)
    assert entitlements == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True
    }


def inno_defines(command: list[str]) -> dict[str, str]:
    return dict(
        argument[2:].split("=", 1) for argument in command if argument.startswith("/D")
    )


def test_inno_script_gets_every_value_it_uses(project: bi.Project) -> None:
    signing = pp.WindowsSigning(None, None, None, "http://ts.example")
    command = pp.inno_command(
        project, "ISCC.exe", Path("bundle"), Path("app.ico"), Path("out"), signing
    )
    script = (ROOT / "packaging" / "contatti.iss").read_text(encoding="utf-8")
    used = set(re.findall(r"\{#(\w+)\}", script))
    used |= set(re.findall(r"StringChange\((\w+)", script))
    defines = inno_defines(command)
    assert used <= set(defines)
    assert defines["FileVersion"] == "1.4.2.0"
    assert defines["OutputBaseName"] == "Contatti-1.4.2-windows"
    assert command[-1].endswith("contatti.iss")
    assert not any(argument.startswith("/S") for argument in command)


def test_inno_script_installs_per_user_with_the_app_user_model_id() -> None:
    script = (ROOT / "packaging" / "contatti.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert re.search(r"^Name: \"\{autoprograms\}.*AppUserModelID:", script, re.M)
    assert "[UninstallDelete]" not in script


def test_inno_signs_setup_and_uninstaller_with_a_certificate(
    project: bi.Project,
) -> None:
    signing = pp.WindowsSigning("C:/certs/our.pfx", "pw", None, "http://ts.example")
    command = pp.inno_command(
        project, "ISCC.exe", Path("b"), Path("i.ico"), Path("o"), signing, "C:/st.exe"
    )
    assert inno_defines(command)["Sign"] == "1"
    (sign_tool,) = [argument for argument in command if argument.startswith("/S")]
    assert sign_tool.startswith("/Scontatti=$qC:/st.exe$q sign /fd sha256")
    assert "/f $qC:/certs/our.pfx$q /p pw" in sign_tool
    assert sign_tool.endswith(" $f")


def test_a_store_certificate_is_chosen_by_thumbprint() -> None:
    signing = pp.WindowsSigning(None, None, "ABCDEF", "http://ts.example")
    assert signing.enabled
    arguments = signing.signtool_arguments("")
    assert arguments[-2:] == ["/sha1", "ABCDEF"]
    assert "/tr" in arguments


def test_linux_tarball_holds_the_bundle_folder(
    project: bi.Project, tmp_path: Path
) -> None:
    import tarfile

    folder = tmp_path / "dist" / "contatti"
    write(folder / "_internal" / "x.txt", "x")
    tarball = pp.linux_tarball(project, folder, tmp_path)
    assert tarball.name == "Contatti-1.4.2-linux.tar.gz"
    with tarfile.open(tarball) as archive:
        assert "contatti/_internal/x.txt" in archive.getnames()


# -- checking a bundle -----------------------------------------------------------------


def test_missing_bundle_files_are_named(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    write(bundle / "app" / "_internal" / "resources" / "icons" / "contatti.svg", SVG)
    write(
        bundle / "app" / "_internal" / "PySide6" / "translations" / "qtbase_it.qm", ""
    )
    expected = [
        "resources/icons/contatti.svg",
        "translations/qtbase_it.qm",
        "translations/qtbase_es.qm",
    ]
    assert bundle_smoke.missing_files(bundle, expected) == ["translations/qtbase_es.qm"]


def test_expected_files_follow_the_resources_folder(tmp_path: Path) -> None:
    write(tmp_path / "resources" / "icons" / "contatti.svg", SVG)
    write(tmp_path / "resources" / "translations" / "contatti_it.ts", "")
    assert bundle_smoke.expected_files(tmp_path, ["it"]) == [
        "resources/icons/contatti.svg",
        "translations/qtbase_it.qm",
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="the fake app is a shell script")
@pytest.mark.parametrize(
    ("script", "failure"),
    [
        ('echo "Contatti 9.9"', "--version printed 'Contatti 9.9'"),
        ('[ "$1" = --version ] && echo "Contatti 1.4.2" || exit 3', "exit code 3"),
        ('[ "$1" = --version ] && echo "Contatti 1.4.2"; exit 0', "made no file"),
    ],
)
def test_a_broken_bundle_fails_the_checks(
    tmp_path: Path, script: str, failure: str
) -> None:
    fake = tmp_path / "contatti"
    fake.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    fake.chmod(0o755)
    failures = bundle_smoke.run_checks(fake, "Contatti 1.4.2", servers=False)
    assert failures
    assert any(failure in text for text in failures), failures


@pytest.mark.skipif(sys.platform == "win32", reason="the fake app is a shell script")
def test_a_working_bundle_passes_the_checks(tmp_path: Path) -> None:
    fake = tmp_path / "contatti"
    fake.write_text(
        textwrap.dedent(
            """\
            #!/bin/sh
            if [ "$1" = --version ]; then echo "Contatti 1.4.2"; exit 0; fi
            file="${3#sqlite:///}"
            mkdir -p "$(dirname "$file")" && touch "$file" && echo checked
            """
        ),
        encoding="utf-8",
    )
    fake.chmod(0o755)
    assert bundle_smoke.run_checks(fake, "Contatti 1.4.2", servers=False) == []


def test_the_app_sets_the_shortcuts_app_user_model_id() -> None:
    # The shortcut's ID only helps if the running app claims the same one; once the app
    # calls SetCurrentProcessExplicitAppUserModelID, it must use installer.toml's ID.
    sources = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "desktop").rglob("*.py")
    )
    if "SetCurrentProcessExplicitAppUserModelID" in sources:
        assert bi.load_project(ROOT).app_user_model_id in sources


@pytest.mark.skipif(sys.platform == "win32", reason="the fake app is a shell script")
def test_a_hung_bundle_is_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_smoke, "CHECK_TIMEOUT_S", 0.5)
    fake = tmp_path / "contatti"
    fake.write_text("#!/bin/sh\nexec sleep 30\n", encoding="utf-8")
    fake.chmod(0o755)
    failures = bundle_smoke.run_checks(fake, "Contatti 1.4.2", servers=False)
    assert len(failures) == 2
    assert all("no answer after 0.5 s" in failure for failure in failures)
