"""Spreading CPU-bound, pure-Python work over two processes where forking is safe.

Verifying a large import is pure Python (rebuilding rows, hashing, scoring) and holds the
GIL, so threads do not help. A forked child inherits the parsed workbook for free
(copy-on-write) and sends back only its results. Forking is used only where it is safe:
on Linux, in a process whose only thread is the one asking (the command line, scripts).
Anywhere else (the desktop app imports on a worker thread beside Qt's own threads;
macOS and Windows) the same work runs in this process.
"""

from __future__ import annotations

import os
import pickle
import queue
import signal
import threading
from collections.abc import Callable, Sequence
from typing import IO, NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64  # below this, a fork costs more than it saves
CHUNK = 25  # results per message from the child
CHILD_PATIENCE = 5.0  # seconds between checks that a silent child is still alive


def _fork_is_safe() -> bool:
    """Whether this process has exactly one thread, native ones (Qt's, say) included.

    A forked child inherits only the forking thread; locks other threads held would stay
    locked in it forever. Where the thread count cannot be read, only Python's own
    threads are seen, so forking is limited to where native threads are known absent.
    """
    if not hasattr(os, "fork") or threading.current_thread() is not threading.main_thread():
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def _fork() -> int | None:
    """os.fork(), or None when the system refuses (no memory, too many processes)."""
    try:
        return os.fork()
    except OSError:
        return None


def run_on_two_cores(
    fn: Callable[[T], R],
    items: Sequence[T],
    consume: Callable[[int, list[R]], None],
    child_share: float = 0.5,
) -> None:
    """Compute ``fn`` over ``items`` and pass the results on in order, part by part.

    ``consume(offset, results)`` is called first with this process's part (the first
    items), while a forked child computes the rest and sends it back in chunks, which
    are consumed as they arrive; so the caller can, say, store results while the child
    is still at work. ``fn`` must not touch open connections or files, and its results
    must pickle. If the child fails for any reason, what it did not deliver is computed
    again here, so an exception ``fn`` raises surfaces in this process as it would
    without a child.
    """
    split = len(items) - int(len(items) * child_share)
    pid = _fork_child() if len(items) >= MIN_ITEMS and _fork_is_safe() else None
    if pid is None:
        consume(0, [fn(x) for x in items])
        return
    child_pid, read_fd = pid
    if child_pid == 0:
        try:
            _child(fn, items[split:], read_fd)
        finally:  # whatever happens (even Ctrl-C at this instant), never return to the caller
            os._exit(1)
    src = os.fdopen(read_fd, "rb")
    chunks: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    reader = threading.Thread(target=_drain, args=(src, chunks), daemon=True)
    reader.start()
    done = split
    try:
        consume(0, [fn(x) for x in items[:split]])
        while (data := _next_chunk(chunks, child_pid)) is not None:
            try:
                results = pickle.loads(data)
            except (pickle.UnpicklingError, EOFError, AttributeError, ValueError):
                break
            consume(done, results)
            done += len(results)
    finally:
        if done < len(items):  # failed here, or the child did: it is of no more use
            os.kill(child_pid, signal.SIGKILL)  # not reaped yet: the pid is still its own
        os.waitpid(child_pid, 0)
        reader.join()
        src.close()
    if done < len(items):
        consume(done, [fn(x) for x in items[done:]])


def _next_chunk(chunks: queue.SimpleQueue[bytes | None], child_pid: int) -> bytes | None:
    """The child's next message; None at its end, or once it has stopped without one
    (then what it did not deliver is computed here)."""
    while True:
        try:
            return chunks.get(timeout=CHILD_PATIENCE)
        except queue.Empty:
            # Has it ended (killed, say) without its stream ending? Looked at without
            # reaping it, so that its pid cannot be reused before the final wait.
            ended = os.waitid(os.P_PID, child_pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            if ended is not None:
                return None


def _fork_child() -> tuple[int, int] | None:
    """(child pid or 0 in the child, the pipe's end this process reads or writes)."""
    read_fd, write_fd = os.pipe()
    _widen(write_fd)
    pid = _fork()
    if pid is None:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:
        os.close(read_fd)
        return 0, write_fd
    os.close(write_fd)
    return pid, read_fd


def _widen(fd: int) -> None:
    """Let the pipe hold 1 MiB (Linux), so the child rarely waits for the reader thread,
    which needs the GIL for every read it returns from."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass  # the default size works, only with more waiting


def _child(fn: Callable[[T], R], items: Sequence[T], write_fd: int) -> NoReturn:
    """Compute and send length-prefixed pickled chunks, then leave without any cleanup."""
    code = 1
    try:
        with os.fdopen(write_fd, "wb") as out:
            for start in range(0, len(items), CHUNK):
                data = pickle.dumps([fn(x) for x in items[start : start + CHUNK]], -1)
                out.write(len(data).to_bytes(8, "little") + data)
        code = 0
    finally:
        os._exit(code)


def _drain(src: IO[bytes], chunks: queue.SimpleQueue[bytes | None]) -> None:
    """Read the child's chunks as they come (so it never blocks on a full pipe)."""
    try:
        while len(head := src.read(8)) == 8:
            size = int.from_bytes(head, "little")
            data = src.read(size)
            if len(data) < size:
                break
            chunks.put(data)
    except (OSError, ValueError):
        pass
    finally:
        chunks.put(None)
