"""The one item type every source yields."""

import scrapy


class DocumentItem(scrapy.Item):
    source = scrapy.Field()        # source slug, e.g. "irev"
    url = scrapy.Field()           # canonical absolute URL: the document's identity
    title = scrapy.Field()
    doc_type = scrapy.Field()      # "fiche expérience", "publication", "étude", "actualité", ...
    date = scrapy.Field()          # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when unknown
    date_source = scrapy.Field()   # which evidence gave the date: "rest-api", "meta", "jsonld", "time", "text", ...
    summary = scrapy.Field()
    body = scrapy.Field()          # plain text, paragraphs separated by blank lines
    body_generic_chars = scrapy.Field()  # length of the page's generic main content (a body much
                                   # shorter than it was read too narrowly: see crawlers/readers/page.py)
    tags = scrapy.Field()          # list of the site's own themes / categories / tags
    authors = scrapy.Field()       # list
    lang = scrapy.Field()
    channel = scrapy.Field()       # how the document was discovered: "rest-api", "sitemap", "feed", "listing"
    field_sources = scrapy.Field() # {field: evidence} for provenance
    attachments = scrapy.Field()   # [{"url": ..., "label": ...}]
    file_urls = scrapy.Field()     # attachment URLs for Scrapy's FilesPipeline
    files = scrapy.Field()         # FilesPipeline results, plus "sha256"
    extra = scrapy.Field()         # {name: value}: what the source says beyond the common fields
    links = scrapy.Field()         # [{"url": ..., "label": ...}]: pages this document points to
    former_urls = scrapy.Field()   # [{"url", "reason"}]: URLs that led here (redirects, other canonical)
    latitude = scrapy.Field()
    longitude = scrapy.Field()
