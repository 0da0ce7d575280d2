"""What the frozen build keeps and leaves out: the rules serviceaudit.spec applies.

Kept apart from the spec so that build.py, the tests and the spec share one definition
(the Debian package's ``Depends:`` is derived from the same table as the libraries the
bundle leaves to the system).
"""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from pathlib import Path, PurePosixPath

from auditapp.platform_check import PACKAGES
from auditapp.platform_check import library_stem as library_stem

# Distributions whose metadata the frozen program reads with importlib.metadata:
# `serviceaudit --version` names reportlab and pyHanko; the others are read by the
# libraries themselves (plug-in entry points, their own version checks).
METADATA = ["reportlab", "pyhanko", "pyhanko-certvalidator", "sqlite-utils", "python-calamine"]

# Python modules never needed at run time: test and development tools, Tk, and the Qt
# modules the app does not use (PyInstaller would otherwise follow optional imports).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "jsonschema",
    "mypy",
    "mypyc",
    "ruff",
    "importlinter",
    "grimp",
    "PyInstaller",
    "numpy",
    "IPython",
    "matplotlib",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvgWidgets",
]

# Sub-modules of collected packages that are left out: command-line front ends of
# libraries (the app has its own) and remote services an offline app never calls.
_SKIPPED_MODULES = re.compile(
    r"""(
        .*\.tests?(\..*)?
      | .*\.conftest
      | pyhanko\.cli(\..*)?
      | pyhanko\.__main__
      | pyhanko\.sign\.signers\.csc_signer
      | pyhanko\.sign\.timestamps\.requests_client
      | pyhanko\.sign\.validation\.qualified\.eutl_fetch
      | pyhanko_certvalidator\.fetchers\.requests_fetchers(\..*)?
      | sqlite_utils\.cli
      | sqlite_utils\.__main__
    )$""",
    re.VERBOSE,
)


def keep_module(name: str) -> bool:
    """Filter for ``collect_submodules``: False for the modules listed above."""
    return _SKIPPED_MODULES.fullmatch(name) is None


# Qt plugins the bundle keeps, by plugin folder; a folder not named here is dropped.
# A name set keeps only those plugins (file stems without "lib" and ".so"/".dll").
# platforms: xcb for X11 and XWayland, offscreen and minimal for headless use (tests,
# scripted screenshots), Windows' and macOS' own on those systems.
QT_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},  # not gtk3: it would pull in GTK
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "xcbglintegrations": None,
    "imageformats": {"qjpeg", "qgif", "qico", "qsvg", "qwebp", "qtiff"},
    "iconengines": None,
    "styles": None,
}

# System libraries the bundle leaves to the operating system: Qt's window-system and
# font stack, which must match the running X server, D-Bus and font configuration.
# Library file stem -> Debian package that provides it (from the table `make run`'s
# platform check uses, auditapp/platform_check.py). The .deb depends on each.
LEFT_TO_SYSTEM = (
    "libxcb", "libxcb-cursor", "libxcb-icccm", "libxcb-image", "libxcb-keysyms",
    "libxcb-randr", "libxcb-render", "libxcb-render-util", "libxcb-shape", "libxcb-shm",
    "libxcb-sync", "libxcb-util", "libxcb-xfixes", "libxcb-xkb", "libxcb-glx",
    "libX11", "libX11-xcb", "libXau", "libXdmcp", "libxkbcommon", "libxkbcommon-x11",
    "libEGL", "libGL", "libGLX", "libGLdispatch", "libOpenGL",
    "libfontconfig", "libfreetype", "libdbus-1", "libglib-2.0", "libgthread-2.0",
)  # fmt: skip
# GLib's package was renamed in Debian 13 and Ubuntu 24.04; a dependency names both.
_GLIB = "libglib2.0-0t64 | libglib2.0-0"
SYSTEM_LIBRARIES: dict[str, str] = {
    stem: _GLIB if PACKAGES[stem][0] == "libglib2.0-0" else PACKAGES[stem][0]
    for stem in LEFT_TO_SYSTEM
}


# The C library's parts: never bundled (PyInstaller's own rule), provided by libc6.
GLIBC = {"libc", "libm", "libdl", "libpthread", "librt", "libutil", "libresolv", "ld-linux-x86-64"}


QT_TRANSLATIONS = {"qtbase_zh_CN.qm"}
"""Qt's own .qm files kept in the bundle (auditapp.ui.i18n.QT_CATALOGUES in zh_CN)."""


def keep_file(dest: str) -> bool:
    """Whether a collected binary or data file (its path inside the bundle) is kept."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    in_qt = "PySide6" in parts
    if in_qt and "plugins" in parts and parts.index("plugins") + 1 < len(parts) - 1:
        folder = parts[parts.index("plugins") + 1]
        if folder not in QT_PLUGINS:
            return False
        names = QT_PLUGINS[folder]
        if names is None or len(parts) > parts.index("plugins") + 3:
            return True  # the whole folder, or a sub-folder of it (platforms/darwin)
        stem = path.name.split(".")[0]
        stem = stem[3:] if stem.startswith("lib") else stem
        return stem in names
    if in_qt and "translations" in parts:
        # Qt's own translations: only those of Qt's widgets (standard buttons, file and
        # message dialogs) in the languages the app offers (auditapp/ui/i18n.py).
        return path.name in QT_TRANSLATIONS
    if len(parts) == 1 and ".so" in path.name:
        return library_stem(path.name) not in SYSTEM_LIBRARIES
    return True


def needed_libraries(binary: str) -> list[str]:
    """The libraries an ELF file links to directly (its DT_NEEDED entries), read with
    objdump, which PyInstaller itself requires on Linux."""
    out = subprocess.run(
        ["objdump", "-p", binary], capture_output=True, text=True, check=False
    ).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def prune_binaries(
    binaries: list[tuple[str, str, str]], dropped: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """Drop the libraries that only dropped files needed (Linux).

    PyInstaller collects the dependencies of every Qt plugin before the spec can filter
    the plugins, so dropping the GTK theme plugin alone would leave all of GTK in the
    bundle. Here a library that some collected file links to is kept only when a kept
    file reaches it, without passing through a library left to the system; files that
    nothing links to (extension modules, plugins, libraries loaded with ctypes) are the
    starting points.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    links = [entry for entry in binaries if entry[2] == "SYMLINK"]
    binaries = [entry for entry in binaries if entry[2] != "SYMLINK"]
    dropped = [entry for entry in dropped if entry[2] != "SYMLINK"]
    by_name: dict[str, list[str]] = {}
    for dest, _src, _kind in binaries + dropped:
        by_name.setdefault(PurePosixPath(dest).name, []).append(dest)
    needs = {dest: needed_libraries(src) for dest, src, _kind in binaries + dropped}
    linked_to = {name for names in needs.values() for name in names}
    kept = {dest for dest, _src, _kind in binaries}
    todo = [dest for dest in kept if PurePosixPath(dest).name not in linked_to]
    reached = set(todo)
    while todo:
        for name in needs[todo.pop()]:
            if library_stem(name) in SYSTEM_LIBRARIES:
                continue
            for dest in by_name.get(name, []):
                if dest in kept and dest not in reached:
                    reached.add(dest)
                    todo.append(dest)
    return [entry for entry in binaries if entry[0] in reached] + links


def without_dangling_links(
    toc: list[tuple[str, str, str]], files: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """``toc`` less the symbolic links (PyInstaller's SYMLINK entries, such as the
    top-level aliases of Qt's libraries) whose target is not among ``files``."""
    held = {dest for dest, _src, kind in files if kind != "SYMLINK"}

    def target(dest: str, link: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest), link))

    return [e for e in toc if e[2] != "SYMLINK" or target(e[0], e[1]) in held]


def system_needs(binaries: list[tuple[str, str, str]]) -> set[str]:
    """Libraries the bundle links to but does not hold, by file name."""
    held = {PurePosixPath(dest).name for dest, _src, _kind in binaries}
    return {
        name
        for _dest, src, kind in binaries
        if kind != "SYMLINK"
        for name in needed_libraries(src)
        if name not in held
    }


def app_version(root: Path) -> str:
    """auditapp.__version__, read from the source without importing the package."""
    text = (root / "auditapp" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise RuntimeError("auditapp/__init__.py has no __version__")
    return match.group(1)


def icon_for_platform(root: Path) -> str | None:
    """The executable's icon: .ico on Windows, .icns on macOS (made by the README's
    steps on those systems), none on Linux (the desktop entry names the icon)."""
    icons = root / "resources" / "icons"
    if sys.platform == "win32":
        candidate = icons / "serviceaudit.ico"
    elif sys.platform == "darwin":
        candidate = icons / "serviceaudit.icns"
    else:
        return None
    return str(candidate) if candidate.is_file() else None
