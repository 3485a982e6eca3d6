"""Turning the PyInstaller bundle into each platform's installer, signed when asked.

Linux gets a ``.tar.gz`` of the bundle folder, Windows a per-user Inno Setup ``.exe``
(Authenticode-signed with a certificate), macOS a ``.dmg`` holding the ``.app`` (signed
with hardened runtime, notarized and stapled with a Developer ID).
"""

from __future__ import annotations

import logging
import os
import plistlib
import re
import shutil
import subprocess
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from build_installer import Project

log = logging.getLogger("build_installer.packages")

PACKAGING = Path(__file__).resolve().parent

HDIUTIL_ATTEMPTS = 3

INNO_COMPILER_PLACES = (
    r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
    r"C:\Program Files\Inno Setup 6\ISCC.exe",
)


def installer_stem(project: Project, platform: str) -> str:
    """File name, without suffix, of an installer: ``Contatti-0.1.0-windows``."""
    return f"{project.display_name}-{project.version}-{platform}"


def substitute(value: Any, values: dict[str, str]) -> Any:
    """``value`` with every ``${NAME}`` in its strings replaced; unknown names fail."""
    if isinstance(value, str):
        return Template(value).substitute(values)
    if isinstance(value, dict):
        return {key: substitute(item, values) for key, item in value.items()}
    if isinstance(value, list):
        return [substitute(item, values) for item in value]
    return value


def info_plist(template: Path, values: dict[str, str]) -> dict[str, Any]:
    """The Info.plist entries of ``template`` with its placeholders filled in."""
    with template.open("rb") as file:
        entries = plistlib.load(file)
    filled: dict[str, Any] = substitute(entries, values)
    return filled


def windows_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows file version for a PEP 440 version string.

    Only the release numbers count: ``1.2.3rc1`` and ``1.2.3.dev4`` become
    ``(1, 2, 3, 0)``. Each number must fit the 16 bits Windows keeps.
    """
    match = re.match(r"^\s*v?(?:\d+!)?(\d+(?:\.\d+)*)", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a release number")
    numbers = [int(part) for part in match.group(1).split(".")][:4]
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"version {version!r} has a part larger than 65535")
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_info_text(project: Project, exe_name: str) -> str:
    """A PyInstaller version file: the details Windows shows in a file's properties."""
    numbers = windows_version(project.version)
    strings = {
        "CompanyName": project.publisher,
        "FileDescription": project.display_name,
        "FileVersion": project.version,
        "InternalName": project.display_name,
        "LegalCopyright": project.copyright,
        "OriginalFilename": exe_name,
        "ProductName": project.display_name,
        "ProductVersion": project.version,
    }
    table = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F,\n"
        "    flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040904B0', [\n"
        f"{table}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )


# Linux --------------------------------------------------------------------------------


def linux_tarball(project: Project, folder: Path, out: Path) -> Path:
    """``Contatti-<version>-linux.tar.gz`` holding the bundle folder."""
    target = out / f"{installer_stem(project, 'linux')}.tar.gz"
    log.info("writing %s", target)
    with tarfile.open(target, "w:gz", compresslevel=9) as archive:
        archive.add(folder, arcname=folder.name)
    return target


# Windows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WindowsSigning:
    """How to Authenticode-sign, from a .pfx file or a certificate in the store."""

    cert_file: str | None
    cert_password: str | None
    cert_sha1: str | None
    timestamp_url: str

    @property
    def enabled(self) -> bool:
        return bool(self.cert_file or self.cert_sha1)

    def signtool_arguments(self, quote: str = '"') -> list[str]:
        """``signtool sign`` options, without the tool and the file to sign."""
        options = ["sign", "/fd", "sha256", "/td", "sha256", "/tr", self.timestamp_url]
        if self.cert_file:
            options += ["/f", f"{quote}{self.cert_file}{quote}"]
            if self.cert_password:
                options += ["/p", self.cert_password]
        elif self.cert_sha1:
            options += ["/sha1", self.cert_sha1]
        return options


def find_tool(name: str, places: tuple[str, ...] = ()) -> str:
    """The path of a build tool, from PATH or its usual install folders."""
    found = shutil.which(name)
    if found:
        return found
    for place in places:
        if Path(place).is_file():
            return place
    raise SystemExit(f"{name} was not found: install it or put it on PATH")


def signtool() -> str:
    """``signtool.exe`` from PATH or the newest Windows SDK."""
    found = shutil.which("signtool")
    if found:
        return found
    kits = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    candidates = sorted(
        (kits / "Windows Kits" / "10" / "bin").glob("*/x64/signtool.exe")
    )
    if not candidates:
        raise SystemExit("signtool.exe was not found: install the Windows SDK")
    return str(candidates[-1])


def inno_command(
    project: Project,
    compiler: str,
    folder: Path,
    icon: Path,
    out: Path,
    signing: WindowsSigning,
    signer: str = "signtool.exe",
) -> list[str]:
    """The ISCC command line compiling ``packaging/contatti.iss`` for this bundle."""
    defines = {
        "AppName": project.display_name,
        "AppVersion": project.version,
        "AppPublisher": project.publisher,
        "AppCopyright": project.copyright,
        "AppId": project.inno_app_id,
        "AppUserModelID": project.app_user_model_id,
        "FileVersion": ".".join(str(n) for n in windows_version(project.version)),
        "ExeName": f"{project.display_name}.exe",
        "SourceDir": str(folder),
        "IconFile": str(icon),
        "OutputDir": str(out),
        "OutputBaseName": installer_stem(project, "windows"),
    }
    command = [compiler, "/Q"]
    command += [f"/D{name}={value}" for name, value in defines.items()]
    if signing.enabled:
        # Inno Setup signs the setup and the uninstaller with this command; $q is a
        # quote and $f the file to sign.
        tool = " ".join([f"$q{signer}$q", *signing.signtool_arguments("$q"), "$f"])
        command += [f"/Scontatti={tool}", "/DSign=1"]
    command.append(str(PACKAGING / "contatti.iss"))
    return command


def windows_setup(
    project: Project, folder: Path, icon: Path, out: Path, signing: WindowsSigning
) -> Path:
    """Compile the per-user setup; sign the app and the setup if given a certificate."""
    exe = folder / f"{project.display_name}.exe"
    tool = signtool() if signing.enabled else "signtool.exe"
    if signing.enabled:
        log.info("signing %s", exe)
        subprocess.run([tool, *signing.signtool_arguments(""), str(exe)], check=True)
    else:
        log.warning("no certificate given: the app and its setup are NOT signed")
    compiler = find_tool("iscc", INNO_COMPILER_PLACES)
    subprocess.run(
        inno_command(project, compiler, folder, icon, out, signing, tool), check=True
    )
    return out / f"{installer_stem(project, 'windows')}.exe"


# macOS --------------------------------------------------------------------------------


def codesign(identity: str, path: Path) -> None:
    """Sign ``path`` (the disk image) with a time stamp."""
    command = ["codesign", "--force", "--timestamp", "--sign", identity, str(path)]
    subprocess.run(command, check=True)


def macos_dmg(
    project: Project,
    app: Path,
    out: Path,
    work: Path,
    identity: str | None,
    notary_profile: str | None,
) -> Path:
    """A compressed ``.dmg`` with the app and a link to /Applications to drag it to."""
    if identity:
        # PyInstaller has signed every library and then the bundle with the identity,
        # the hardened runtime and packaging/entitlements.plist; make sure it holds.
        subprocess.run(
            ["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)],
            check=True,
        )
    else:
        log.warning("no signing identity given: the app is NOT signed or notarized")
    stage = work / "dmg"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    # symlinks=True keeps the framework links inside the bundle as links.
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    target = out / f"{installer_stem(project, 'macos')}.dmg"
    target.unlink(missing_ok=True)
    command = [
        "hdiutil", "create", "-volname", project.display_name,
        "-srcfolder", str(stage), "-fs", "HFS+", "-format", "UDZO",
        "-imagekey", "zlib-level=9", "-ov", str(target),
    ]  # fmt: skip
    # On hosted macOS runners hdiutil now and then fails with "Resource busy"; a later
    # attempt goes through.
    for attempt in range(1, HDIUTIL_ATTEMPTS + 1):
        if subprocess.run(command, check=False).returncode == 0:
            break
        if attempt == HDIUTIL_ATTEMPTS:
            raise SystemExit(f"hdiutil could not create {target}")
        log.warning("hdiutil failed; trying again (%d/%d)", attempt, HDIUTIL_ATTEMPTS)
        time.sleep(5 * attempt)
    if identity:
        codesign(identity, target)
        if notary_profile:
            log.info("notarizing %s (this waits for Apple)", target)
            subprocess.run(
                [
                    "xcrun", "notarytool", "submit", str(target),
                    "--keychain-profile", notary_profile, "--wait",
                ],
                check=True,
            )  # fmt: skip
            # Stapling fails unless Apple accepted the image, whatever notarytool said.
            subprocess.run(["xcrun", "stapler", "staple", str(target)], check=True)
        else:
            log.warning("no notary profile given: Gatekeeper will warn on other Macs")
    return target
