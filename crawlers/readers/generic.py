"""Sites on no known platform: the page reading plus a visible author line and labelled
fields ("Temps de lecture : 2 min") named by the source's selectors."""

import re

from .page import PageReader

AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|;|\bet\b|&)\s*")
FIELD_LABEL = re.compile(r"^[^:]{2,40}?\s*:\s*")  # "Temps de lecture : 2 min" -> "2 min"


class GenericSiteReader(PageReader):
    def read_fields(self, item, response, meta, hints):
        super().read_fields(item, response, meta, hints)
        if not item["authors"]:
            item["authors"] = self.visible_authors(response)
            item["field_sources"]["authors"] = "selector" if item["authors"] else "unknown"
        extra = {name: value for name, css in self.config.extra_selectors.items()
                 if (value := _value(response, css))}
        if extra:
            item["extra"] = extra

    def visible_authors(self, response) -> list[str]:
        for css in self.config.author_selectors:
            text = _value(response, css)
            if text:
                return [a for a in AUTHOR_SEPARATORS.split(text) if a]
        return []


def _value(response, css: str) -> str | None:
    """The text of the first match, without a leading "Label :"."""
    text = " ".join(t.strip() for t in response.css(css)[:1].css("::text").getall() if t.strip())
    return FIELD_LABEL.sub("", text).strip() or None
