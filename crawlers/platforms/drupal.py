"""Drupal 7 and 8+ sites: sitemap, RSS feeds and ?page=N listings, node pages."""

from crawlers.platforms.base import SourceSpider


class DrupalSpider(SourceSpider):
    platform = "drupal"
    sitemap_paths = ("/sitemap.xml",)
    feed_paths = ("/rss.xml",)
    # Drupal 7 (field-name-*) and Drupal 8+ (field--name-*) theme defaults side by side.
    title_selectors = ("h1#page-title", "h1.page-title", "h1.title", ".field--name-title", "h1")
    body_selectors = (".field-name-body", ".field--name-body", ".node__content",
                      ".node .content", "article .content")
    date_selectors = (".field--type-datetime time", ".node__meta time", "time[datetime]",
                      "[property~='dc:date']", ".date-display-single", ".submitted")
    # Views listings: the entries, not the page's intro text (which may be a body field).
    listing_selectors = (".view-content", ".views-element-container", ".item-list", "main", "#content")
    tag_selectors = (".field-type-taxonomy-term-reference a", ".field--type-entity-reference a",
                     ".field-name-field-tags a", ".field--name-field-tags a",
                     "a[typeof='skos:Concept']", "a[href*='/taxonomy/term/']")
    attachment_selectors = (".field-type-file", ".field--type-file", ".file", ".field-name-field-documents",
                            ".field--name-field-documents", ".attachments")
    label_selectors = SourceSpider.label_selectors + (
        "[class*=field-name-field-type]", "[class*=field--name-field-type]", ".node__type")
