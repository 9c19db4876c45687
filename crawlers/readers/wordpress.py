"""WordPress post pages (when the REST API is closed): the page reading plus the theme's term
links, the source's category -> type map, and a date that is not a bulk re-import's."""

from extract.dates import date_from_upload_path, parse_date

from .page import PageReader

UNCATEGORISED = ("", "non classé", "uncategorized")


class WordPressReader(PageReader):
    def read_fields(self, item, response, meta, hints):
        """The theme's term links sit in the entry footer, which the removal of page chrome
        drops: read them from the whole article, categories first."""
        super().read_fields(item, response, meta, hints)
        config = self.config
        terms = response.css("article .cat-links a::text, article .tags-links a::text, article a[rel~=tag]::text").getall()
        item["tags"] = item["tags"] or [t.strip() for t in terms if t.strip().lower() not in UNCATEGORISED]
        known = [t for t in item["tags"] if t.lower() in config.category_doc_types]
        if known:
            item["doc_type"], item["field_sources"]["doc_type"] = config.category_doc_types[known[0].lower()], "rule:category"
        if item["date"] in config.bulk_import_days:
            item["date"], item["field_sources"]["date"] = post_date(item["date"], item, config.bulk_import_days)


def post_date(platform_date: str | None, item, bulk_import_days) -> tuple[str | None, str]:
    """The platform's date unless it is a day of bulk re-import: then the real date is in the
    title, the text, or the upload folder of an attachment."""
    if platform_date and platform_date not in bulk_import_days:
        return platform_date, "rest-api"
    for source, value in (("title", parse_date(item["title"])),
                          ("text", parse_date(item["body"][:1500] if item["body"] else "")),
                          *[("upload-folder", date_from_upload_path(a["url"])) for a in item["attachments"]]):
        if value and value not in bulk_import_days:
            return value, source
    return platform_date, "rest-api (import date)" if platform_date else "unknown"
