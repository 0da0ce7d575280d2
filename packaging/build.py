"""Build ServiceAudit's installable artefacts: the one-folder PyInstaller build and, on
Linux, a Debian package of it.

    .venv/bin/python packaging/build.py                 # what `make package` runs
    .venv/bin/python packaging/build.py --dist D --work W --no-deb

Outputs (in --dist, default dist/):
    serviceaudit/                        the one-folder build (run serviceaudit/serviceaudit)
    serviceaudit_VERSION_ARCH.deb        Linux with dpkg-deb: the folder in /opt/serviceaudit,
                                         /usr/bin/serviceaudit, desktop entry, metainfo, icons
    ServiceAudit.app                     macOS (the spec's BUNDLE step)

The package's Depends: is read off the build: every library a bundled file links to that
the bundle does not hold is looked up in bundle_rules.SYSTEM_LIBRARIES (the C library
maps to libc6, at the newest symbol version the bundle uses); an unknown one stops the
build, so a Qt update that links to something new cannot ship with a silent gap.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_rules  # noqa: E402

from auditapp import resources  # noqa: E402

SPEC = HERE / "serviceaudit.spec"
APP_ID = resources.APP_ID
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "ServiceAudit developers <serviceaudit@example.org>"


def check_python_library() -> None:
    """PyInstaller bundles the interpreter's shared library. Debian and Ubuntu ship it
    apart from python3; say which package to install rather than let the build fail
    half-way with PyInstaller's message."""
    import sysconfig

    soname = sysconfig.get_config_var("INSTSONAME") or ""
    if not sys.platform.startswith("linux") or ".so" not in soname:
        return
    if (Path(sysconfig.get_config_var("LIBDIR") or "/") / soname).exists():
        return
    listed = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False)
    if f"{soname} " in listed.stdout:
        return
    package = "libpython{}.{}".format(*sys.version_info[:2])
    raise SystemExit(
        f"error: PyInstaller needs Python's shared library {soname}, which is not installed;"
        f" on Debian or Ubuntu: sudo apt-get install {package}"
    )


def freeze(dist: Path, work: Path, clean: bool) -> Path:
    """Run PyInstaller on the spec; returns the one-folder build."""
    check_python_library()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    subprocess.run([*cmd, str(SPEC)], cwd=ROOT, check=True)
    folder = dist / "serviceaudit"
    if not (folder / exe_name()).is_file():
        raise SystemExit(f"PyInstaller did not produce {folder / exe_name()}")
    return folder


def exe_name() -> str:
    return "serviceaudit.exe" if sys.platform == "win32" else "serviceaudit"


def _elf_files(folder: Path) -> list[Path]:
    out = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) == b"\x7fELF":
                out.append(path)
    return out


def _glibc_floor(files: list[Path]) -> str:
    """The newest GLIBC_x.y symbol version any bundled file needs."""
    newest = (2, 17)
    for path in files:
        out = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for major, minor in re.findall(r"\bGLIBC_(\d+)\.(\d+)\b", out):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def system_depends(folder: Path) -> list[str]:
    """Debian packages providing the libraries the bundle links to but does not hold."""
    files = _elf_files(folder)
    held = {p.name for p in folder.rglob("*")}
    wanted = {name for path in files for name in bundle_rules.needed_libraries(str(path))} - held
    packages = {f"libc6 (>= {_glibc_floor(files)})"}
    unknown = []
    for name in sorted(wanted):
        stem = bundle_rules.library_stem(name)
        if stem in bundle_rules.GLIBC or stem.startswith("ld-linux"):
            continue
        if stem in bundle_rules.SYSTEM_LIBRARIES:
            packages.add(bundle_rules.SYSTEM_LIBRARIES[stem])
        else:
            unknown.append(name)
    if unknown:
        raise SystemExit(
            "the build links to system libraries with no Debian package in "
            f"packaging/bundle_rules.py SYSTEM_LIBRARIES: {', '.join(unknown)}"
        )
    return sorted(packages)


def _copy_tree(src: Path, dest: Path) -> None:
    """Copy a tree keeping symbolic links, with 0755 folders and executables and 0644
    other files (dpkg-deb --root-owner-group makes root the owner)."""
    shutil.copytree(src, dest, symlinks=True)
    for path in [dest, *dest.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def _arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def control_text(version: str, arch: str, depends: list[str], installed_kib: int) -> str:
    return (
        "Package: serviceaudit\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: offline audits of written service standards\n"
        " ServiceAudit scores store visits, phone calls and site inspections item by\n"
        " item against forms derived from concrete, checkable service standards,\n"
        " saves every answer at once in a local SQLite database with a hash-chained\n"
        " audit trail, and exports digitally signed PDF reports and Excel workbooks.\n"
        " .\n"
        " This package holds the desktop app and the command line (serviceaudit) as\n"
        " one self-contained folder in /opt/serviceaudit, Python and Qt included.\n"
    )


def build_deb(folder: Path, dist: Path, work: Path, version: str) -> Path:
    """Stage the package tree under ``work`` and build ``dist``/serviceaudit_V_ARCH.deb."""
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    _copy_tree(folder, root / "opt" / "serviceaudit")
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    # PyInstaller's program finds its _internal folder through /proc/self/exe, so a
    # symbolic link on the PATH is enough.
    (usr_bin / "serviceaudit").symlink_to("/opt/serviceaudit/serviceaudit")
    share = root / "usr" / "share"
    _install(HERE / "serviceaudit.desktop", share / "applications" / f"{APP_ID}.desktop")
    _install(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = ROOT / "resources" / "icons" / f"serviceaudit-{size}.png"
        _install(png, icons / f"{size}x{size}" / "apps" / "serviceaudit.png")
    _install(
        ROOT / "resources" / "icons" / "serviceaudit.svg",
        icons / "scalable" / "apps" / "serviceaudit.svg",
    )
    for path in [root / "usr", *(root / "usr").rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)

    installed = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    text = control_text(version, _arch(), system_depends(folder), (installed + 1023) // 1024)
    (debian / "control").write_text(text, encoding="utf-8")
    (debian / "control").chmod(0o644)

    deb = dist / f"serviceaudit_{version}_{_arch()}.deb"
    subprocess.run(
        # xz at level 1: 20 s and 74 MB here, where the default level 6 takes 200 s for 69 MB.
        ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", "-z1", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def _size(path: Path) -> str:
    if path.is_dir():
        total = sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())
    else:
        total = path.stat().st_size
    return f"{total / 1e6:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's and the .deb's work"
    )
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache")
    parser.add_argument("--no-deb", action="store_true", help="the one-folder build only")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = bundle_rules.app_version(ROOT)

    t0 = time.perf_counter()
    folder = freeze(dist, work, args.clean)
    print(f"one-folder build: {folder} ({_size(folder)}, {time.perf_counter() - t0:.0f} s)")
    if sys.platform == "darwin":
        print(f"macOS app: {dist / 'ServiceAudit.app'} (make the .dmg: packaging/README.md)")
    if args.no_deb or not sys.platform.startswith("linux"):
        return 0
    if shutil.which("dpkg-deb") is None:
        print("no dpkg-deb on this machine: the .deb was not built", file=sys.stderr)
        return 1
    t1 = time.perf_counter()
    deb = build_deb(folder, dist, work, version)
    print(f"Debian package: {deb} ({_size(deb)}, {time.perf_counter() - t1:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
