"""SPIP article pages: the page reading plus the rubriques of the breadcrumb, the innermost
of which names the document's type when the source's map or the generic rules know it."""

import re

from .page import DOC_TYPE_RULES, PageReader

HOME_LABELS = {"accueil", "accueil du site", "home"}


class SpipReader(PageReader):
    def read_fields(self, item, response, meta, hints):
        super().read_fields(item, response, meta, hints)
        rubriques = self.rubriques(response)
        if rubriques:
            item["extra"] = {"rubrique": rubriques[-1]}
            doc_type = self.rubrique_doc_type(rubriques)
            if doc_type:
                item["doc_type"], item["field_sources"]["doc_type"] = doc_type, "rubrique"

    def rubriques(self, response) -> list[str]:
        """The rubriques above the article, outermost first, from its breadcrumb."""
        for css in self.config.breadcrumb_selectors:
            names = [" ".join(a.css("::text").getall()).strip() for a in response.css(css)]
            names = [n for n in names if n and n.lower() not in HOME_LABELS]
            if names:
                return names
        return []

    def rubrique_doc_type(self, rubriques: list[str]) -> str | None:
        """The innermost rubrique that names a type, by the source's map then the rules."""
        for name in reversed(rubriques):
            if name in self.config.rubrique_doc_types:
                return self.config.rubrique_doc_types[name]
            for pattern, doc_type in self.config.doc_type_rules + DOC_TYPE_RULES:
                if re.search(pattern, name, re.I):
                    return doc_type
        return None
