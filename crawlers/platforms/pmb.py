"""PMB library catalogues (OPAC): OAI-PMH when an outgoing connector answers, else the OPAC.

Discovery: `ws/connector_out.php?source_id=N&verb=Identify` for N in `oai_source_ids`; the
first that answers OAI gets `ListRecords` (oai_dc, resumptionToken paging). No connector, or
an empty one: the OPAC's all-records search, paged with `page=N` (PMB pages through a
JavaScript form, so the pager links are useless: the spider counts pages itself).

Reading: every record's OPAC page is fetched, even after OAI, because PMB's oai_dc carries
neither the digital documents nor collection and extent reliably. The page is read as label ->
value rows (every `tr` with two cells), which holds across PMB versions and templates; Dublin
Core fills what the page lacks, and is the whole record when the page fails. A record is its
canonical URL `index.php?lvl=notice_display&id=N`, whichever channel found it.

Nightly runs (a last good run to start from, `PreviousRun.since`): a record whose OAI datestamp
predates that run is handed on from it, its page not fetched. When Identify says the repository
keeps deletions (`deletedRecord` persistent or transient), ListRecords asks only `from=` the
start of that run, at the repository's granularity: the records it does not list have not moved
and are handed on, the `status="deleted"` headers are gone. A repository that keeps no
deletions (`no`) is listed whole, so that a record it no longer lists is gone. A harvest cut
short hands on every previous record it did not reach: a failed page is no evidence of deletion.
"""

import re
from urllib.parse import parse_qs, quote, urlsplit

import scrapy
from parsel import Selector

from crawlers.items import DocumentItem
from crawlers.platforms.base import SourceSpider
from crawlers.readers import DOC_TYPE_RULES
from crawlers.readers.pmb import (EXTRA_FIELDS, PmbRecordReader, merge_record, read_dc, record_body,
                                  year_of_record)

TOTAL = re.compile(r"(\d+)\s*(?:r[ée]sultat|notice|document)", re.I)


class PmbSpider(SourceSpider):
    platform = "pmb"
    opac_path = "/"                        # where the OPAC's index.php lives (often /opac_css/)
    oai_source_ids: tuple[int, ...] = (1, 2, 3, 4, 5)  # outgoing connectors tried in order
    opac_per_page = 200
    default_doc_type = "publication"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.records_seen: set[str] = set()
        self.oai_tokens: set[str] = set()
        self.oai_deleted: set[str] = set()
        self.oai_from: str | None = None  # the `from=` of an incremental harvest

    # ---------- URLs ----------
    def record_url(self, record_id: str) -> str:
        return f"{self.base_url}{self.opac_path}index.php?lvl=notice_display&id={record_id}"

    def connector_url(self, source_id: int, **params) -> str:
        query = "&".join(f"{k}={v}" for k, v in {"source_id": source_id, **params}.items())
        return f"{self.base_url}{self.opac_path}ws/connector_out.php?{query}"

    def listing_url(self, page_no: int) -> str:
        return (f"{self.base_url}{self.opac_path}index.php?lvl=more_results&mode=keyword&user_query=*"
                f"&nb_per_page={self.opac_per_page}&page={page_no}")

    # ---------- OAI-PMH ----------
    def entry_requests(self):
        yield self.identify_request(0)

    def identify_request(self, index: int):
        return scrapy.Request(self.connector_url(self.oai_source_ids[index], verb="Identify"),
                              callback=self.parse_identify, errback=self.on_identify_error,
                              cb_kwargs={"index": index})

    def parse_identify(self, response, index):
        xml = _xml(response)
        if xml is None or not xml.xpath("//Identify/repositoryName") or xml.xpath("//error"):
            yield self.next_identify(index)
            return
        source_id = self.oai_source_ids[index]
        self.logger.info("OAI-PMH connector found: source_id=%s", source_id)
        self.oai_from = self.harvest_from(xml)
        window = {"from": quote(self.oai_from, safe="")} if self.oai_from else {}
        yield self.list_records_request(source_id, metadataPrefix="oai_dc", **window)

    def harvest_from(self, identify) -> str | None:
        """The start of the last good run at the repository's granularity, when the repository
        reports deletions; None for a whole harvest."""
        since = self.previous.since
        kept = (identify.xpath("//Identify/deletedRecord/text()").get() or "no").strip()
        if not since or kept not in ("persistent", "transient"):
            return None
        granularity = identify.xpath("//Identify/granularity/text()").get() or "YYYY-MM-DD"
        return since.strftime("%Y-%m-%dT%H:%M:%SZ" if "hh" in granularity else "%Y-%m-%d")

    def on_identify_error(self, failure):
        # A missing connector is the normal case for PMB: not an error of the run.
        yield self.next_identify(failure.request.cb_kwargs["index"])

    def next_identify(self, index: int):
        if index + 1 < len(self.oai_source_ids):
            return self.identify_request(index + 1)
        self.logger.info("no OAI-PMH connector answered: reading the OPAC")
        return self.listing_request(1)

    def list_records_request(self, source_id: int, first: bool = True, **params):
        return scrapy.Request(self.connector_url(source_id, verb="ListRecords", **params),
                              callback=self.parse_list_records, errback=self.on_list_records_error,
                              cb_kwargs={"source_id": source_id, "first": first})

    def parse_list_records(self, response, source_id, first):
        xml = _xml(response)
        records = xml.xpath("//ListRecords/record") if xml is not None else []
        nothing_moved = xml is not None and xml.xpath("//error/@code").get() == "noRecordsMatch"
        if not records and first and self.oai_from and nothing_moved:
            yield from self.harvest_done(complete=True)  # nothing moved since the last run
            return
        if not records:
            yield from self.oai_failed(response.url, response.status, "OAI-PMH ListRecords gave no record", first)
            return
        for record in records:
            dc = read_dc(record)
            if record.xpath("header/@status").get() == "deleted":
                self.oai_deleted.add(dc.get("id"))
            elif dc.get("id"):
                yield from self.record_or_previous(dc)
        token = (xml.xpath("//ListRecords/resumptionToken/text()").get() or "").strip()
        if token and token not in self.oai_tokens:  # a repeated token would loop forever
            self.oai_tokens.add(token)
            yield self.list_records_request(source_id, first=False, resumptionToken=quote(token, safe=""))
        else:
            yield from self.harvest_done(complete=not token)

    def record_or_previous(self, dc: dict):
        """A record whose datestamp predates the last good run is handed on, else its page is read."""
        previous = self.previous.unchanged(self.record_url(dc["id"]), dc.get("datestamp"))
        if previous and dc["id"] not in self.records_seen:
            self.records_seen.add(dc["id"])
            yield self.hand_on(previous, "oai-pmh", "OAI datestamp")
        else:
            yield from self.record_requests(dc["id"], "oai-pmh", dc)

    def harvest_done(self, complete: bool):
        """After an incremental harvest, or one cut short, the previous records it did not list
        are handed on (minus its deleted headers); after a whole one they are gone."""
        if complete and not self.oai_from:
            return
        for url, previous in self.previous.items.items():
            record_id = (parse_qs(urlsplit(url).query).get("id") or [""])[0]
            if record_id and record_id not in self.records_seen and record_id not in self.oai_deleted:
                self.records_seen.add(record_id)
                yield self.hand_on(previous, "oai-pmh", "not listed since the last run")

    def on_list_records_error(self, failure):
        status = getattr(getattr(failure.value, "response", None), "status", None)
        yield from self.oai_failed(failure.request.url, status, f"OAI-PMH: {failure.getErrorMessage()}",
                                   failure.request.cb_kwargs["first"])

    def oai_failed(self, url, status, message, first):
        """A connector that fails from its first page is treated as absent; later, as an error."""
        if first:
            self.logger.warning("%s (%s): reading the OPAC instead", message, url)
            yield self.listing_request(1)
        else:
            self.report.error(url, status, message)
            yield from self.harvest_done(complete=False)

    # ---------- OPAC ----------
    def listing_request(self, page_no: int):
        return scrapy.Request(self.listing_url(page_no), callback=self.parse_opac_listing,
                              errback=self.on_error, cb_kwargs={"page_no": page_no})

    def parse_opac_listing(self, response, page_no):
        ids = record_ids(response)
        new = [i for i in ids if i not in self.records_seen]
        for record_id in new:
            yield from self.record_requests(record_id, "opac-listing")
        total = _total(response)
        more = total is None or page_no * self.opac_per_page < total
        if new and more and page_no < self.max_listing_pages:
            yield self.listing_request(page_no + 1)

    def record_requests(self, record_id: str, channel: str, dc: dict | None = None):
        """One request per record, whichever channel names it first."""
        if record_id in self.records_seen:
            return
        self.records_seen.add(record_id)
        self.report.channel(channel)
        yield scrapy.Request(self.record_url(record_id), callback=self.parse_record,
                             errback=self.on_record_error, dont_filter=True,
                             cb_kwargs={"record_id": record_id, "channel": channel, "dc": dc or {}})

    def parse_record(self, response, record_id, channel, dc):
        if not isinstance(response, scrapy.http.TextResponse):
            self.report.error(response.url, response.status, "record page is not HTML")
            return
        fields = PmbRecordReader().read(response)
        if not fields.get("title") and not dc:
            self.report.error(response.url, response.status, "record page without a title row")
            return
        yield self.record_item(record_id, channel, fields, dc)

    def on_record_error(self, failure):
        """A record page that fails this run: the record keeps its last good version
        (`SourceSpider.last_good`; a 404 or 410 says the page is gone). A record new to us, or
        whose page is gone while OAI still lists it, is kept from Dublin Core alone."""
        self.on_error(failure)
        kwargs = failure.request.cb_kwargs
        kept = self.last_good(failure, self.record_url(kwargs["record_id"]), kwargs["channel"])
        if kept:
            yield kept
        elif kwargs["dc"]:
            yield self.record_item(kwargs["record_id"], kwargs["channel"], {}, kwargs["dc"])

    # ---------- one record ----------
    def record_item(self, record_id, channel, fields: dict, dc: dict) -> DocumentItem:
        record, sources = merge_record(fields, dc)
        item = DocumentItem(url=self.record_url(record_id), channel=channel, field_sources=sources,
                            lang="fr", title=record.get("title"))
        item["authors"] = record.get("authors", [])
        item["tags"] = record.get("tags", []) + record.get("keywords", [])
        item["summary"] = record.get("resume")
        item["body"] = record_body(record)
        sources["body"] = "catalogue"
        item["date"] = year_of_record(record.get("year"))
        sources["date"] = sources.get("year", "unknown") if item["date"] else "unknown"
        item["attachments"] = record.get("attachments", [])
        item["links"] = record.get("links", [])
        item["extra"] = {k: record[k] for k in EXTRA_FIELDS if record.get(k)}
        item["doc_type"], sources["doc_type"] = self.record_doc_type(record)
        return item

    def record_doc_type(self, record: dict) -> tuple[str, str]:
        labels = [record.get("type_catalogue"), record.get("collection"), record.get("title")]
        for label in filter(None, labels):
            for pattern, doc_type in self.doc_type_rules + DOC_TYPE_RULES:
                if re.search(pattern, label, re.I):
                    return doc_type, "rule:catalogue"
        return self.default_doc_type, "default"


def record_ids(response) -> list[str]:
    """Record ids linked from a result page, in page order."""
    ids = []
    for href in response.css("a::attr(href)").getall():
        query = parse_qs(urlsplit(response.urljoin(href)).query)
        if query.get("lvl") == ["notice_display"] and (query.get("id") or [""])[0].isdigit():
            if query["id"][0] not in ids:
                ids.append(query["id"][0])
    return ids


def _total(response) -> int | None:
    """The result count PMB prints above the list ("10 résultat(s)"), when it can be read."""
    for css in ("#resultatrech_see", ".searchResult-search", "#resultatrech", "body"):
        match = TOTAL.search(" ".join(response.css(f"{css} ::text").getall()))
        if match:
            return int(match.group(1))
    return None


def _xml(response) -> Selector | None:
    """The OAI-PMH document without namespaces, or None when there is none (an HTML error page).

    PMB on a recent PHP may print notices before the XML: parsing starts at the root element.
    """
    start = response.body.find(b"<OAI-PMH")
    if start < 0:
        return None
    try:
        xml = Selector(body=response.body[start:], type="xml")
    except ValueError:
        return None
    xml.remove_namespaces()
    return xml
