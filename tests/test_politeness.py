"""Politeness, measured on the wire: User-Agent, robots.txt Crawl-delay, proxies."""

from tests.conftest import SITES, crpv
from tests.replica import ReplicaServer


def test_crawl_identifies_itself_and_honours_crawl_delay(tmp_path):
    # The IREV replica's robots.txt asks for Crawl-delay: 10; the cap brings it to 1 s here.
    with ReplicaServer([SITES], tmp_path / "cache") as server:
        crpv(["crawl", "irev"], tmp_path / "data", server, env={"CRPV_MAX_CRAWL_DELAY": "1"})
        requests = [r for r in server.requests if "www.irev.fr" in r["url"]]
    agents = {r["headers"].get("User-Agent") for r in requests}
    assert len(agents) == 1 and "crpv-corpus" in agents.pop()
    assert requests[0]["url"].endswith("/robots.txt")
    times = sorted(r["time"] for r in requests[1:])
    gaps = [b - a for a, b in zip(times, times[1:])]
    # Timestamps are taken when each answer is complete (PDFs are generated on the fly), so
    # one gap may look short; the pace over the whole crawl is what the server feels.
    assert len(gaps) > 5 and sum(gaps) / len(gaps) >= 0.95 and min(gaps) >= 0.4, gaps
