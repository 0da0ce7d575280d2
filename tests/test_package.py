"""The installable build: packaging/build.py makes the one-folder PyInstaller build and the
.deb; the .deb is unpacked with `dpkg-deb -x` into a temporary folder (never installed)
and the frozen program is run from there: the command line, a signed PDF checked by
poppler, an Excel round trip, and the desktop window on Qt's offscreen platform and on
the real xcb platform under Xvfb.

The frozen program's own interpreter and libraries are used: the test's environment
(PYTHONPATH, the virtualenv) is removed from what it sees.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditapp import __version__

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_rules  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is Linux only"),
]

# The libraries Qt's xcb platform and Qt's GUI library link to that the bundle leaves to
# the system (packaging/bundle_rules.py); the package must depend on each.
REQUIRED_DEPENDS = {
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxkbcommon-x11-0",
    "libxcb-shape0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-randr0",
    "libxcb-xkb1",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libc6",
}
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "io.serviceaudit.ServiceAudit"


@pytest.fixture(scope="module")
def deb(tmp_path_factory) -> Path:
    """Build the package once for the module: the one-folder build and the .deb."""
    out = tmp_path_factory.mktemp("package")
    res = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    debs = list((out / "dist").glob("serviceaudit_*.deb"))
    assert len(debs) == 1, res.stdout
    assert f"Debian package: {debs[0]}" in res.stdout, res.stdout
    return debs[0]


@pytest.fixture(scope="module")
def unpacked(deb, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=300)
    return root


@pytest.fixture(scope="module")
def program(unpacked) -> Path:
    exe = unpacked / "opt" / "serviceaudit" / "serviceaudit"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


def _env(**extra: str | None) -> dict[str, str]:
    """The environment of the frozen program: nothing of the test's Python leaks in."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.pop("VIRTUAL_ENV", None)
    env.pop("LD_LIBRARY_PATH", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run(program: Path, *args: str, cwd: Path, timeout: float = 300, **env: str | None):
    return subprocess.run(
        [str(program), *args],
        cwd=cwd,
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def ok(res: subprocess.CompletedProcess[str]) -> str:
    assert res.returncode == 0, f"exit {res.returncode}\n{res.stdout}\n{res.stderr}"
    return res.stdout


@pytest.fixture(scope="module")
def demo(program, tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "D"
    out = ok(run(program, "demo", "--data-dir", str(data), "--seed", "7", cwd=data.parent))
    assert "24 sites, 36 audits" in out
    assert "demo-passphrase" in out
    return data


def _depends(deb: Path) -> set[str]:
    field = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    names = set()
    for clause in field.split(","):
        for alternative in clause.split("|"):
            names.add(alternative.strip().split(" ")[0])
    return names


def test_control_file(deb):
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: serviceaudit\n" in fields
    assert f"Version: {__version__}\n" in fields
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert f"Architecture: {arch}\n" in fields
    assert deb.name == f"serviceaudit_{__version__}_{arch}.deb"
    missing = REQUIRED_DEPENDS - _depends(deb)
    assert not missing, f"Depends lacks {sorted(missing)}:\n{fields}"
    assert re.search(r"libc6 \(>= 2\.\d+\)", fields), fields


def test_package_layout(unpacked):
    opt = unpacked / "opt" / "serviceaudit"
    internal = opt / "_internal"
    link = unpacked / "usr" / "bin" / "serviceaudit"
    assert link.is_symlink() and os.readlink(link) == "/opt/serviceaudit/serviceaudit"
    for data in (
        "resources/fonts/DroidSansFallbackFull.ttf",
        "resources/fonts/DejaVuSans.ttf",
        "resources/translations/auditapp_zh_CN.qm",
        "forms/catalogue.yaml",
        "forms/restaurant-mystery-visit.yaml",
    ):
        assert (internal / data).is_file(), data
    platforms = {p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so", "libqminimal.so"} <= platforms
    # Lean: no Tk, no test tools, no GTK pulled in by Qt's GTK theme plugin.
    names = {p.name for p in internal.rglob("*")}
    for absent in ("tkinter", "_pytest", "hypothesis", "libqgtk3.so", "libgtk-3.so.0"):
        assert absent not in names, absent
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]

    share = unpacked / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert "Exec=serviceaudit\n" in desktop.read_text(encoding="utf-8")
    assert "Icon=serviceaudit\n" in desktop.read_text(encoding="utf-8")
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in (
        metainfo.read_text(encoding="utf-8")
    )
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = icons / f"{size}x{size}" / "apps" / "serviceaudit.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert (icons / "scalable" / "apps" / "serviceaudit.svg").is_file()
    # The validators (desktop-file-utils, appstream): .ci/run installs them, so CI always
    # checks both files; elsewhere they run where the machine has them.
    for tool, args in (
        ("desktop-file-validate", [str(desktop)]),
        ("appstreamcli", ["validate", "--no-net", str(metainfo)]),
    ):
        if shutil.which(tool) is None:
            assert not os.environ.get("CI"), f"{tool} is missing in CI: .ci/run installs it"
            continue
        res = subprocess.run([tool, *args], capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stdout + res.stderr


def _elf_files(folder: Path) -> list[Path]:
    out = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def _owning_package(library: str) -> str | None:
    """The Debian package that installed ``library`` on this machine, if any."""
    res = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True)
    if res.returncode != 0:
        return None
    return res.stdout.splitlines()[0].split(":")[0]


def test_every_library_the_bundle_needs_is_bundled_or_a_dependency(deb, unpacked):
    """What the bundle links to but does not hold comes from a package it depends on:
    checked against the packages that provide those libraries on this machine."""
    opt = unpacked / "opt" / "serviceaudit"
    held = {p.name for p in opt.rglob("*")}
    depends = _depends(deb)
    needed = {n for f in _elf_files(opt) for n in bundle_rules.needed_libraries(str(f))}
    problems = []
    for name in sorted(needed - held):
        package = _owning_package(name)
        if package is None:
            problems.append(f"{name}: not bundled and not installed on this machine")
        elif package not in depends and package != "libc6":
            problems.append(f"{name}: from {package}, which Depends does not name")
    assert not problems, "\n".join(problems)
    # ... and what the bundle leaves to the system, it does not also carry.
    carried = [n for n in held if bundle_rules.library_stem(n) in bundle_rules.SYSTEM_LIBRARIES]
    assert not carried, carried


def test_version(program, tmp_path):
    lines = ok(run(program, "--version", cwd=tmp_path)).splitlines()
    assert lines[0] == f"serviceaudit {__version__} (frozen build)"
    report = dict(line.split(" ", 1) for line in lines[1:])
    assert re.fullmatch(r"6\.\d+\.\d+", report["Qt"]), lines
    assert re.fullmatch(r"6\.\d+\.\d+", report["PySide6"]), lines
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?", report["pyHanko"]), lines
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?", report["reportlab"]), lines
    assert report["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}.")


def test_signed_pdf_export(program, demo, tmp_path):
    out = ok(
        run(
            program,
            "export",
            "--all",
            "--pdf-dir",
            "out",
            "--data-dir",
            str(demo),
            cwd=tmp_path,
            AUDITAPP_PASSPHRASE="demo-passphrase",
        )
    )
    assert "36 report(s) written to out, 0 failed" in out
    pdfs = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(pdfs) == 36
    for pdf in (pdfs[0], pdfs[-1]):
        sig = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
        assert "Signature Validation: Signature is Valid." in sig, sig
        assert "Total document signed" in sig, sig
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        cjk = [line for line in fonts.splitlines() if "DroidSansFallback" in line]
        assert cjk and cjk[0].split()[-5] == "yes", fonts  # the "emb" column
    # The frozen program's own verify agrees, with the demo certificates as the trust roots
    # (mystery shops are signed by the alias identity).
    ok(run(program, "identity", "export-cert", "demo.pem", "--data-dir", str(demo), cwd=tmp_path))
    ok(
        run(
            program,
            *("identity", "export-cert", "alias.pem", "--role", "alias"),
            *("--data-dir", str(demo)),
            cwd=tmp_path,
        )
    )
    trust = tmp_path / "trust.pem"
    trust.write_bytes((tmp_path / "demo.pem").read_bytes() + (tmp_path / "alias.pem").read_bytes())
    verify = run(program, "verify", *map(str, pdfs[:3]), "--trust", str(trust), cwd=tmp_path)
    ok(verify)


def test_excel_export_and_import(program, demo, tmp_path):
    ok(
        run(
            program,
            "export",
            "--all",
            "--xlsx",
            "x.xlsx",
            "--data-dir",
            str(demo),
            cwd=tmp_path,
            AUDITAPP_PASSPHRASE="demo-passphrase",
        )
    )
    assert (tmp_path / "x.xlsx").stat().st_size > 0
    res = run(program, "import", "x.xlsx", "--data-dir", str(tmp_path / "D2"), cwd=tmp_path)
    # no certificate is known at D2: stored, marked "signer unverified" (exit 3)
    assert res.returncode == 3, f"exit {res.returncode}\n{res.stdout}\n{res.stderr}"
    assert "36 imported; 36 signer unverified" in res.stdout, res.stdout


def _window(program: Path, data: Path, cwd: Path, **env: str | None) -> str:
    res = run(
        program, "--data-dir", str(data), cwd=cwd, timeout=120, AUDITAPP_QUIT_AFTER_SHOWN="1", **env
    )
    assert "Could not load the Qt platform plugin" not in res.stderr, res.stderr
    return ok(res)


def test_window_offscreen(program, demo, tmp_path):
    assert "window shown (offscreen)" in _window(program, demo, tmp_path)


def test_without_a_display_the_frozen_app_says_so_instead_of_aborting(program, demo, tmp_path):
    res = run(
        program,
        "--data-dir",
        str(demo),
        cwd=tmp_path,
        timeout=120,
        QT_QPA_PLATFORM=None,
        DISPLAY=None,
        WAYLAND_DISPLAY=None,
    )
    assert res.returncode == 1, res.stdout + res.stderr
    assert "There is no display: DISPLAY and WAYLAND_DISPLAY are unset" in res.stderr
    assert "Could not load the Qt platform plugin" not in res.stderr


def _xvfb() -> str | None:
    found = shutil.which("Xvfb")
    if found is None and not os.environ.get("CI"):
        pytest.skip("Xvfb is not installed (apt-get install xvfb); CI installs it")
    assert found, "Xvfb is missing in CI: .ci/run installs the xvfb package"
    return found


def test_window_on_xcb_under_xvfb(program, demo, tmp_path):
    xvfb = _xvfb()
    log = tmp_path / "xvfb.log"
    # -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
    with log.open("w") as err:
        server = subprocess.Popen(
            [xvfb, "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    try:
        assert server.stdout is not None
        display = server.stdout.readline().strip()
        assert display.isdigit(), f"Xvfb did not start: {log.read_text()}"
        out = _window(program, demo, tmp_path, DISPLAY=f":{display}", QT_QPA_PLATFORM=None)
        assert "window shown (xcb)" in out, out
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
