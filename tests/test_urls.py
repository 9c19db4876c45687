import pytest

from crawlers.urls import canonical_url

ALIASES = {"irev.fr": "www.irev.fr"}


@pytest.mark.parametrize("url, expected", [
    ("http://irev.fr/actualites-0/x", "https://www.irev.fr/actualites-0/x"),
    ("https://WWW.IREV.FR/actualites-0/x#top", "https://www.irev.fr/actualites-0/x"),
    ("https://www.irev.fr:443/a", "https://www.irev.fr/a"),
    ("https://www.villesaucarre.org/slug/", "https://www.villesaucarre.org/slug/"),
    ("https://www.villesaucarre.org/slug", "https://www.villesaucarre.org/slug"),
    ("https://www.irev.fr/a?utm_source=x&page=2&fbclid=y", "https://www.irev.fr/a?page=2"),
    ("https://www.irev.fr", "https://www.irev.fr/"),
    ("https://www.irev.fr/fiche é.pdf", "https://www.irev.fr/fiche%20%C3%A9.pdf"),
    ("  https://www.irev.fr/a  ", "https://www.irev.fr/a"),
    ("https://cosoter-ressources.info/index.php?lvl=notice_display&id=12",
     "https://cosoter-ressources.info/index.php?lvl=notice_display&id=12"),
])
def test_canonical_url(url, expected):
    assert canonical_url(url, ALIASES) == expected


def test_canonical_url_is_idempotent():
    url = "http://irev.fr/fiche é.pdf?utm_medium=a&b=1#x"
    once = canonical_url(url, ALIASES)
    assert canonical_url(once, ALIASES) == once
