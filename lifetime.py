"""Processes that never outlive the one that started them.

A Python parent cleans up after Ctrl-C, SIGTERM and SIGHUP (pipeline.py turns them into an
orderly exit), but nothing runs when it is killed outright (`kill -9`, the OOM killer): its
children are then adopted by init and carry on. So every child asks the kernel for a signal
when its parent dies (Linux's PR_SET_PDEATHSIG), and checks once that the parent did not die
before it asked; a long-lived child may also watch its parent and stop by itself.
"""

import ctypes
import os
import signal
import subprocess
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _prctl():
    """libc's prctl, from the symbols already loaded (no library search), or None off Linux."""
    return ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None


def die_with_parent(parent_pid: int, sig: int = signal.SIGTERM, prctl=None) -> None:
    """In a child: receive `sig` when the parent dies; exit now if it already has."""
    prctl = prctl or _prctl()
    if prctl:
        prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl: no signal will come
        os._exit(1)


def child_of_this_process(sig: int = signal.SIGTERM):
    """A `preexec_fn` for subprocess.Popen: the child gets `sig` when we die. prctl is looked
    up here, in the parent, so that the child between fork and exec only makes two calls."""
    parent, prctl = os.getpid(), _prctl()
    return lambda: die_with_parent(parent, sig, prctl)


def watch_parent(parent_pid: int, grace: float, interval: float = 1.0) -> threading.Thread:
    """In a child: once the parent is gone, allow `grace` seconds for an orderly stop (started
    by the death signal), then exit whatever is still running. Also what stops the child where
    there is no PR_SET_PDEATHSIG."""
    def watch():
        while os.getppid() == parent_pid:
            time.sleep(interval)
        if not sys.platform.startswith("linux"):
            os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(grace)
        os._exit(1)

    thread = threading.Thread(target=watch, name="watch-parent", daemon=True)
    thread.start()
    return thread


def stop_child(proc: subprocess.Popen, grace: float) -> None:
    """If the child still runs (we are being stopped), ask it to stop, then make it."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
