"""The pre-flight check that Qt's xcb plugin can load, on real ELF files and real ldd."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from auditapp import platform_check

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux only")
X11 = {"DISPLAY": ":0"}


def test_the_installed_xcb_plugin_loads():
    # .ci/run installs the xcb libraries; a machine without them fails here, as its
    # users would fail to open the window.
    report = platform_check.check(environ=X11)
    assert report.plugin is not None and report.plugin.name == "libqxcb.so"
    assert report.ok, platform_check.advice(report)


def _plugin_needing(tmp_path: Path, renames: dict[bytes, bytes]) -> Path:
    """A copy of the real xcb plugin whose needed-library names are edited in place, next
    to the real Qt libraries (its RUNPATH is $ORIGIN/../../lib)."""
    real = platform_check.xcb_plugin()
    assert real is not None
    qt_lib = real.parents[2] / "lib"
    (tmp_path / "lib").symlink_to(qt_lib)
    target = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    target.parent.mkdir(parents=True)
    data = real.read_bytes()
    for old, new in renames.items():
        assert len(old) == len(new) and data.count(old + b"\0") == 1
        data = data.replace(old + b"\0", new + b"\0")
    target.write_bytes(data)
    return target


def test_missing_libraries_are_named_with_the_packages_that_provide_them(tmp_path):
    plugin = _plugin_needing(
        tmp_path,
        {
            b"libxcb-icccm.so.4": b"libxcb-icccm.so.9",
            b"libxcb-keysyms.so.1": b"libxcb-keysyms.so.8",
        },
    )
    report = platform_check.check(environ=X11, plugin=plugin)
    assert report.missing == ("libxcb-icccm.so.9", "libxcb-keysyms.so.8")
    assert report.debian_packages() == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert report.fedora_packages() == ["xcb-util-wm", "xcb-util-keysyms"]

    out = subprocess.run(
        [sys.executable, "-m", "auditapp.platform_check", "--plugin", str(plugin)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1
    assert "libxcb-icccm.so.9, libxcb-keysyms.so.8" in out.stderr
    assert "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1" in out.stderr
    assert "sudo dnf install -y xcb-util-wm xcb-util-keysyms" in out.stderr


def test_an_unknown_library_is_named_apart_and_kept_out_of_the_install_line(tmp_path):
    plugin = _plugin_needing(
        tmp_path,
        {b"libxcb-cursor.so.0": b"libqqq-cursor.so.0", b"libxcb-icccm.so.4": b"libxcb-icccm.so.9"},
    )
    report = platform_check.check(environ=X11, plugin=plugin)
    assert report.unknown() == ["libqqq-cursor.so.0"]
    assert report.debian_packages() == ["libxcb-icccm4"]
    text = platform_check.advice(report)
    assert "sudo apt-get install -y libxcb-icccm4\n" in text
    assert "No package known here provides libqqq-cursor.so.0" in text


@pytest.mark.parametrize("chosen", ["offscreen", "wayland", "wayland-egl;eglfs"])
def test_another_platform_makes_the_check_moot(chosen):
    report = platform_check.check(environ={"QT_QPA_PLATFORM": chosen})
    assert report.ok and report.plugin is None and chosen in report.note


def test_xcb_among_the_fallbacks_is_checked():
    report = platform_check.check(environ={"QT_QPA_PLATFORM": "wayland;xcb", **X11})
    assert report.plugin is not None and report.ok


def test_no_display_is_said_plainly_instead_of_blaming_a_library():
    report = platform_check.check(environ={})
    assert not report.ok and report.no_display and not report.missing
    assert "There is no display: DISPLAY and WAYLAND_DISPLAY are unset" in (
        platform_check.advice(report)
    )
    assert platform_check.check(environ={"WAYLAND_DISPLAY": "wayland-0"}).ok


@pytest.mark.parametrize("bad", ["/no/such/plugin.so", "/tmp", ""])
def test_a_plugin_that_is_not_a_file_is_a_usage_error(bad):
    out = subprocess.run(
        [sys.executable, "-m", "auditapp.platform_check", "--plugin", bad],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "is not a file" in out.stderr, out.stderr


def test_a_plugin_ldd_cannot_read_is_an_error(tmp_path):
    bogus = tmp_path / "libqxcb.so"
    bogus.write_text("not an ELF file")
    out = subprocess.run(
        [sys.executable, "-m", "auditapp.platform_check", "--plugin", str(bogus)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 1 and "ldd could not read" in out.stderr, out.stderr


def test_an_unreadable_plugin_is_an_error_not_a_pass(tmp_path):
    bogus = tmp_path / "libqxcb.so"
    bogus.write_text("not an ELF file")
    with pytest.raises(OSError, match="ldd could not read"):
        platform_check.missing_libraries(bogus)


def test_the_command_passes_on_this_machine():
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.setdefault("DISPLAY", ":0")
    out = subprocess.run(
        [sys.executable, "-m", "auditapp.platform_check"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 0, out.stderr
