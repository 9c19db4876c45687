"""Checks made before any work starts, each failing in one sentence that says what to do:
the data folder exists, the corpus file reads, the port is free, the network answers."""

import os
import socket
import threading
from pathlib import Path
from urllib.parse import urlsplit

import click

import paths
from db.health import corpus_problem

NETWORK_TIMEOUT = 5.0  # seconds for the proxy's port or the first hosts' names to answer


def require_data_dir() -> None:
    """A CRPV_DATA_DIR that does not exist is a typo until proved otherwise: only `crpv run`
    (and `crpv demo`) create one."""
    configured = os.environ.get("CRPV_DATA_DIR")
    if configured and not Path(configured).is_dir():
        raise click.ClickException(
            f"CRPV_DATA_DIR={configured} is not a folder: check its spelling; to start a new "
            f"corpus there, create it (mkdir -p {configured}) or let `crpv run` create it")


def require_corpus() -> None:
    """The published corpus exists and reads."""
    db = paths.db_path()
    if not db.exists():
        raise click.ClickException("no corpus yet: run `crpv run` (or `crpv demo` offline) first")
    check_corpus(db)


def check_corpus(db: Path) -> None:
    problem = corpus_problem(db)
    if problem:
        raise click.ClickException(
            f"{db} {problem}: left untouched; restore it from a backup, or move it away to build "
            "a new corpus from the crawl outputs (`crpv build`)")


def require_free_port(host: str, port: int) -> None:
    """Before crawling for an hour: can the server listen where it will be asked to?"""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise click.ClickException(
                f"cannot listen on {host}:{port} ({exc.strerror}): stop what uses it, or choose "
                "another port with --port")


def require_network(urls: list[str]) -> None:
    """One cheap look before a crawl: the proxy's port when one is set, else the first hosts'
    names. When nothing answers, say so once rather than every source finding no document."""
    import urllib.request  # not at import time: `crpv --help` stays quick
    proxies = urllib.request.getproxies_environment()
    for url in urls:
        parts = urlsplit(url)
        proxy = proxies.get(parts.scheme)
        if proxy and not urllib.request.proxy_bypass_environment(parts.hostname, proxies):
            return _require_proxy(proxy, parts.scheme)
    hosts = list(dict.fromkeys(urlsplit(u).hostname for u in urls))[:3]
    failures = _unresolved(hosts)
    if hosts and len(failures) == len(hosts):
        raise click.ClickException(
            f"the network is unreachable: no address for {', '.join(hosts)} ({failures[hosts[0]]}); "
            "check the connection and DNS, or set https_proxy; offline, `crpv demo` runs on replicas")


def _require_proxy(proxy: str, scheme: str) -> None:
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    try:
        socket.create_connection((parts.hostname, parts.port or 80), NETWORK_TIMEOUT).close()
    except OSError as exc:
        raise click.ClickException(
            f"the proxy {proxy} ({scheme}_proxy) is unreachable ({exc.strerror or exc}): start it, "
            f"or unset {scheme}_proxy to connect directly")


def _unresolved(hosts: list[str]) -> dict[str, str]:
    """Host -> why it did not resolve, looked up in parallel within NETWORK_TIMEOUT."""
    failures = {h: f"no answer within {NETWORK_TIMEOUT:g} s" for h in hosts}

    def look_up(host):
        try:
            socket.getaddrinfo(host, 443, type=socket.SOCK_STREAM)
            failures.pop(host, None)
        except OSError as exc:
            failures[host] = exc.strerror or str(exc)

    threads = [threading.Thread(target=look_up, args=(h,), daemon=True) for h in hosts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(NETWORK_TIMEOUT)
    return dict(failures)
