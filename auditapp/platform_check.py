"""Check, before the desktop app starts, that Qt's window-system plugin can load.

On a Linux desktop Qt loads its ``xcb`` platform plugin, which links to a dozen X11
libraries that a minimal Debian or Fedora install lacks. When one is missing Qt aborts
with "Could not load the Qt platform plugin", naming at most the first missing library.
This check asks the dynamic linker (``ldd``) about the plugin instead, without loading
Qt, and prints the exact package-manager lines that install everything missing.

``python -m auditapp.platform_check`` exits 0 when the plugin can load (or the platform
is not Linux, or Qt has been told to use another platform), 1 when libraries are
missing. Run as root on a Debian-like system with ``--install``, it installs them.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Library file stem (the name before ".so") -> (Debian package, Fedora package).
# These are the libraries the xcb plugin and Qt's GUI library link to that PyPI's
# PySide6 wheels do not bundle.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb": ("libxcb1", "libxcb"),
    "libxcb-cursor": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util": ("libxcb-util1", "xcb-util"),
    "libxcb-render-util": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr": ("libxcb-randr0", "libxcb"),
    "libxcb-render": ("libxcb-render0", "libxcb"),
    "libxcb-shape": ("libxcb-shape0", "libxcb"),
    "libxcb-shm": ("libxcb-shm0", "libxcb"),
    "libxcb-sync": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinput": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx": ("libxcb-glx0", "libxcb"),
    "libxkbcommon": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11": ("libx11-6", "libX11"),
    "libX11-xcb": ("libx11-xcb1", "libX11-xcb"),
    "libXau": ("libxau6", "libXau"),
    "libXdmcp": ("libxdmcp6", "libXdmcp"),
    "libSM": ("libsm6", "libSM"),
    "libICE": ("libice6", "libICE"),
    "libEGL": ("libegl1", "libglvnd-egl"),
    "libGL": ("libgl1", "libglvnd-glx"),
    "libGLX": ("libglx0", "libglvnd-glx"),
    "libOpenGL": ("libopengl0", "libglvnd-opengl"),
    "libGLdispatch": ("libglvnd0", "libglvnd"),
    "libfontconfig": ("libfontconfig1", "fontconfig"),
    "libfreetype": ("libfreetype6", "freetype"),
    "libdbus-1": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0": ("libglib2.0-0", "glib2"),
    "libpng16": ("libpng16-16", "libpng"),
    "libz": ("zlib1g", "zlib"),
}


@dataclass(frozen=True)
class PlatformReport:
    """What the check found."""

    plugin: Path | None
    """The xcb plugin that was checked, or None when there was nothing to check."""
    missing: tuple[str, ...]
    """Sonames the dynamic linker could not find, in ldd's order, without repeats."""
    note: str = ""
    """Why nothing was checked, when nothing was."""
    no_display: bool = False
    """True when neither X11 nor Wayland is reachable (DISPLAY and WAYLAND_DISPLAY unset)."""

    @property
    def ok(self) -> bool:
        return not self.missing and not self.no_display

    def debian_packages(self) -> list[str]:
        return _packages(self.missing, 0)

    def fedora_packages(self) -> list[str]:
        return _packages(self.missing, 1)

    def unknown(self) -> list[str]:
        """Missing sonames no known package provides."""
        return [name for name in self.missing if library_stem(name) not in PACKAGES]


def library_stem(file_name: str) -> str:
    """``libxcb-cursor.so.0.0.0`` -> ``libxcb-cursor``."""
    return file_name.split(".so", 1)[0]


def _packages(sonames: Sequence[str], which: int) -> list[str]:
    names: list[str] = []
    for soname in sonames:
        known = PACKAGES.get(library_stem(soname))
        if known is None:
            continue  # listed apart, see PlatformReport.unknown
        name = known[which]
        if name not in names:
            names.append(name)
    return names


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the installed PySide6, found without importing it."""
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "PySide6"
    else:
        spec = importlib.util.find_spec("PySide6")
        if spec is None or spec.origin is None:
            return None
        base = Path(spec.origin).parent
    for candidate in (base / "Qt" / "plugins", base / "plugins"):
        plugin = candidate / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(binary: Path) -> tuple[str, ...]:
    """Sonames ``binary`` needs, directly or through its dependencies, that the dynamic
    linker cannot find. Raises OSError when ``ldd`` is absent or cannot read the file."""
    ldd = shutil.which("ldd")
    if ldd is None:
        raise OSError("ldd is not installed, so the Qt libraries cannot be checked")
    result = subprocess.run(
        [ldd, str(binary)], capture_output=True, text=True, timeout=30, check=False
    )
    missing: list[str] = []
    for line in result.stdout.splitlines():
        name, _, target = line.strip().partition("=>")
        if target.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    if result.returncode != 0 and not missing:
        raise OSError(f"ldd could not read {binary}: {result.stderr.strip() or result.stdout}")
    return tuple(missing)


def check(environ: Mapping[str, str] | None = None, plugin: Path | None = None) -> PlatformReport:
    """Check the xcb plugin (or ``plugin``) unless the platform makes it moot.

    Raises OSError when ``ldd`` is absent or cannot read the plugin."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return PlatformReport(None, (), f"nothing to check on {sys.platform}")
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb"); xcb matters if it is among them.
    chosen = [name.split(":", 1)[0] for name in env.get("QT_QPA_PLATFORM", "").split(";")]
    if plugin is None and any(chosen) and "xcb" not in chosen:
        return PlatformReport(
            None, (), f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}: the xcb plugin is not used"
        )
    found = plugin or xcb_plugin()
    if found is None:
        return PlatformReport(None, (), "PySide6's xcb plugin was not found")
    no_display = plugin is None and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")
    return PlatformReport(found, missing_libraries(found), no_display=no_display)


def advice(report: PlatformReport) -> str:
    """The message for a failed check: what is missing and the lines that install it."""
    lines = ["ServiceAudit cannot open its window:"]
    if report.missing:
        lines[0] += (
            " Qt's xcb platform plugin needs libraries this system lacks: "
            f"{', '.join(report.missing)}."
        )
        if report.debian_packages():
            lines += [
                "Install them, then start again:",
                f"  Debian, Ubuntu:  sudo apt-get install -y {' '.join(report.debian_packages())}",
                f"  Fedora:          sudo dnf install -y {' '.join(report.fedora_packages())}",
            ]
        if report.unknown():
            lines.append(
                f"No package known here provides {', '.join(report.unknown())}; find it "
                "with `apt-file search NAME` (Debian, Ubuntu) or `dnf provides '*/NAME'`."
            )
    if report.no_display:
        lines.append(
            "There is no display: DISPLAY and WAYLAND_DISPLAY are unset. Start it from a "
            "desktop session (or over `ssh -X`); the commands (`auditapp --help`) need none."
        )
    return "\n".join(lines)


def preflight() -> bool:
    """For the frozen build, which no `make run` precedes: True when the window can open,
    otherwise print why and what to install and return False. When the check itself
    cannot run, say so and let Qt try."""
    try:
        report = check()
    except OSError as exc:
        print(f"warning: cannot check Qt's libraries ({exc}); starting anyway", file=sys.stderr)
        return True
    if not report.ok:
        print(advice(report), file=sys.stderr)
    return report.ok


def _apt_install(packages: Sequence[str]) -> int:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    print(f"Installing {' '.join(packages)} with apt-get ...", flush=True)
    update = subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
    if update.returncode != 0:
        return update.returncode
    return subprocess.run(
        ["apt-get", "install", "-y", "-qq", *packages], env=env, check=False
    ).returncode


def _plugin_file(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"'{text}' is not a file")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m auditapp.platform_check",
        description="Check that Qt's xcb platform plugin can load; say what to install.",
    )
    parser.add_argument(
        "--install",
        action="store_true",
        help="when run as root with apt-get, install the missing Debian packages",
    )
    parser.add_argument(
        "--plugin", type=_plugin_file, help="check this plugin file instead of PySide6's"
    )
    args = parser.parse_args(argv)
    try:
        report = check(plugin=args.plugin)
    except OSError as exc:
        if args.plugin is not None:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        # Without ldd nothing can be told; Qt's own message follows if loading fails.
        print(f"warning: cannot check Qt's libraries ({exc}); starting anyway", file=sys.stderr)
        return 0
    if report.ok:
        return 0
    packages = report.debian_packages()
    can_install = args.install and os.geteuid() == 0 and shutil.which("apt-get") is not None
    if can_install and packages:
        code = _apt_install(packages)
        if code != 0:
            print(f"apt-get failed (exit {code}); install the packages below by hand.")
        else:
            report = check(plugin=args.plugin)
            if report.ok:
                return 0
    print(advice(report), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
