"""Readers: one item page in, its fields with their evidence out, apart from the spiders.

Page objects in the web-poet sense: a reader holds no Scrapy state, only a source's settings
(its spider class: selectors and rules, read as hints), so the spider, `crpv probe` and the
tests read a page with the same code: `PageReader(IrevSpider).read(response)`. One module a
platform: `page` (every HTML page, with the generic reading always beside the selectors),
`spip` (rubriques from the breadcrumb), `wordpress` (theme terms, re-imported dates),
`generic` (visible authors and labelled fields of sites on no known platform); and for the
platforms whose items are not HTML articles, `pmb` (a catalogue record page and its Dublin Core)
and `umap` (a map feature).
"""

from .generic import GenericSiteReader
from .page import DOC_TYPE_RULES, PageReader
from .pmb import PmbRecordReader
from .spip import SpipReader
from .umap import UmapFeatureReader
from .wordpress import WordPressReader, post_date

__all__ = ["DOC_TYPE_RULES", "GenericSiteReader", "PageReader", "PmbRecordReader", "SpipReader",
           "UmapFeatureReader", "WordPressReader", "post_date"]
