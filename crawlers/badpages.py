"""Answers that look like pages but are not the page asked for: refused before anyone reads them.

- A redirect to a login page (WordPress `wp-login.php`, Drupal `/user/login?destination=…`,
  SPIP `ecrire/`): the item turned private or the session is required. Followed, it would
  record the login form's title and text as the document (or, on Drupal, be dropped silently
  as robots.txt forbids `/user/login`).
- A soft 404: a 200 page whose title or heading says "Page introuvable" / "Erreur 404". Read
  as a document it would replace the real one with the error page. It is no proof that the
  document is gone either (themes print it during maintenance, after a botched migration), so
  it is an error of this run only: the document keeps its last good version.

Both raise IgnoreRequest with the reason, which the spider's errback records in the report.
The middleware sits next to the network (before the HTTP cache and the redirect middleware),
so an error page is never cached and a login page never fetched.
"""

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse

LOGIN_PATHS = re.compile(
    r"/(wp-login\.php|wp-admin|user/login|user|login|connexion|identification|ecrire)(/?$|/?\?)"
    r"|[?&]page=login\b", re.I)
NOT_FOUND = re.compile(
    r"page (introuvable|non trouv[ée]e|inexistante)|erreur 404|\b404\b.{0,20}(not found|introuvable)|"
    r"^\s*404\s*$|page not found|cette page n['’]existe (pas|plus)|aucune page ne correspond", re.I)
REDIRECTS = (301, 302, 303, 307, 308)


class BadPageError(IgnoreRequest):
    """An answer that is not the page asked for; the message says what it was."""


def login_redirect(response) -> str | None:
    """The login page a redirect leads to, if it leads to one."""
    location = response.headers.get("Location")
    if response.status not in REDIRECTS or not location:
        return None
    target = urljoin(response.url, location.decode("latin-1"))
    parts = urlsplit(target)
    return target if LOGIN_PATHS.search(parts.path + (f"?{parts.query}" if parts.query else "")) else None


def soft_404(response) -> str | None:
    """The title or first heading of a 200 HTML page that says the page does not exist."""
    if response.status != 200 or not isinstance(response, HtmlResponse):
        return None
    page = Selector(text=response.text[:200_000])
    for heading in (page.css("title::text").get(), " ".join(page.css("h1 ::text").getall()[:5])):
        if heading and NOT_FOUND.search(heading.strip()):
            return " ".join(heading.split())
    return None


class BadPages:
    """Downloader middleware: a login redirect or a soft 404 is an error, not a document."""

    def process_response(self, request, response):
        login = login_redirect(response)
        if login:
            raise BadPageError(f"redirected to a login page ({login}): private or moved behind a login")
        said = soft_404(response)
        if said:
            raise BadPageError(f"soft 404: the server answered 200 with an error page ({said!r})")
        return response
