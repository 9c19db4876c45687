"""An OAI-PMH 2.0 repository emulated from a data file (docs/replicas.md, "OAI-PMH emulator").

Answers the six verbs at the repository's base URL with the protocol's arguments, errors and
paging: `from` / `until` at the repository's granularity (inclusive, compared with each record's
datestamp), `set`, `resumptionToken` (a fixed page size, `completeListSize` and `cursor`, an
empty token on the last page), deleted records as `<header status="deleted">` (left out when
`deletedRecord` is `no`), `noRecordsMatch`, `badArgument`, `badVerb`, `badResumptionToken`,
`cannotDisseminateFormat`, `idDoesNotExist`, `noSetHierarchy`.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlsplit

Answer = tuple[int, dict, bytes]
XML = "text/xml; charset=UTF-8"
OAI_DC = {"metadataPrefix": "oai_dc", "schema": "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
          "metadataNamespace": "http://www.openarchives.org/OAI/2.0/oai_dc/"}
LISTS = {"ListRecords", "ListIdentifiers"}
# Arguments of each verb: (required, optional); a resumptionToken excludes every other one.
ARGUMENTS = {
    "Identify": (set(), set()),
    "ListMetadataFormats": (set(), {"identifier"}),
    "ListSets": (set(), set()),
    "GetRecord": ({"identifier", "metadataPrefix"}, set()),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set"}),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set"}),
}
TOKEN_VERBS = {"ListRecords", "ListIdentifiers", "ListSets"}
DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
SECOND = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
IDENTIFY_ORDER = ("repositoryName", "baseURL", "protocolVersion", "earliestDatestamp", "deletedRecord",
                  "granularity", "adminEmail")


class OaiError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


class Repository:
    """One emulated repository. `handle()` answers a request at its base URL, or returns None.

    Data file: `base_url` (its own query, e.g. PMB's `source_id=2`, must be in every request),
    `identify` (the Identify fields; `description`: raw XML blocks), `records` (`identifier`,
    `datestamp`, `sets`, `deleted`, `metadata`: {prefix: raw XML}), optional `formats`,
    `page_size` (default 100), `stylesheet`, `response_date` (default: now), `ignores` (arguments
    accepted but without effect, as an old or broken repository does: `from`, `until`) and
    `resumption_notice` (text printed before the XML of answers to a resumptionToken, as PMB on
    PHP 8 does).
    """

    def __init__(self, data: dict):
        base = urlsplit(data["base_url"])
        self.base_url, self.path = data["base_url"], base.path
        self.base_params = dict(parse_qsl(base.query))
        self.identify = {"protocolVersion": "2.0", "deletedRecord": "no", "granularity": "YYYY-MM-DD",
                         **data.get("identify", {}), "baseURL": self.base_url}
        self.by_day = self.identify["granularity"] == "YYYY-MM-DD"
        self.keeps_deleted = self.identify["deletedRecord"] in ("persistent", "transient")
        self.records = [r for r in data.get("records", []) if self.keeps_deleted or not r.get("deleted")]
        self.formats = data.get("formats") or [OAI_DC]
        self.page_size = int(data.get("page_size") or 100)
        self.stylesheet = data.get("stylesheet")
        self.response_date = data.get("response_date")
        self.ignores = set(data.get("ignores") or [])
        self.resumption_notice = data.get("resumption_notice", "")
        self.issued: dict[str, dict] = {}  # resumptionToken -> the list request it continues

    def handle(self, method: str, path: str, query: str) -> Answer | None:
        if path != self.path or method not in ("GET", "HEAD", "POST"):
            return None
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(dict(pairs).get(k) != v for k, v in self.base_params.items()):
            return None
        args = [(k, v) for k, v in pairs if k not in self.base_params]
        verb = dict(args).get("verb")
        try:
            attrs, body = self._answer(args)
        except OaiError as err:
            # badVerb and badArgument echo no argument; other errors echo the valid request.
            echo = {} if err.code in ("badVerb", "badArgument") else dict(args)
            attrs, body = echo, f'<error code="{err.code}">{html.escape(err.message, quote=False)}</error>'
        notice = self.resumption_notice if "resumptionToken" in dict(args) and verb in TOKEN_VERBS else ""
        return 200, {"Content-Type": XML}, (notice + self._envelope(attrs, body)).encode()

    # --- the protocol -------------------------------------------------------

    def _answer(self, args: list[tuple[str, str]]) -> tuple[dict, str]:
        names = [k for k, _ in args]
        if len(names) != len(set(names)):
            raise OaiError("badArgument", "Repeated argument.")
        given = dict(args)
        verb = given.pop("verb", None)
        if verb not in ARGUMENTS:
            raise OaiError("badVerb", "Illegal OAI verb." if verb else "Missing OAI verb.")
        required, optional = ARGUMENTS[verb]
        if "resumptionToken" in given and verb in TOKEN_VERBS:
            if len(given) > 1:
                raise OaiError("badArgument", "resumptionToken is an exclusive argument.")
        elif set(given) - required - optional or required - set(given):
            raise OaiError("badArgument", f"Illegal or missing argument(s) for {verb}.")
        return {"verb": verb, **given}, getattr(self, f"_{verb}")(given)

    def _Identify(self, args: dict) -> str:
        fields = "".join(f"<{k}>{html.escape(str(self.identify[k]), quote=False)}</{k}>"
                         for k in IDENTIFY_ORDER if k in self.identify)
        return f"<Identify>{fields}{''.join(self.identify.get('description') or [])}</Identify>"

    def _ListMetadataFormats(self, args: dict) -> str:
        if "identifier" in args:
            self._record(args["identifier"])
        rows = "".join(f"<metadataFormat><metadataPrefix>{f['metadataPrefix']}</metadataPrefix><schema>{f['schema']}"
                       f"</schema><metadataNamespace>{f['metadataNamespace']}</metadataNamespace></metadataFormat>"
                       for f in self.formats)
        return f"<ListMetadataFormats>{rows}</ListMetadataFormats>"

    def _ListSets(self, args: dict) -> str:
        sets = sorted({s for r in self.records for s in r.get("sets", [])})
        if "resumptionToken" in args:
            raise OaiError("badResumptionToken", "The value of the resumptionToken argument is invalid or expired.")
        if not sets:
            raise OaiError("noSetHierarchy", "This repository does not support sets.")
        rows = "".join(f"<set><setSpec>{s}</setSpec><setName>{s}</setName></set>" for s in sets)
        return f"<ListSets>{rows}</ListSets>"

    def _GetRecord(self, args: dict) -> str:
        self._format(args["metadataPrefix"])
        record = self._record_xml(self._record(args["identifier"]), args["metadataPrefix"], True)
        return f"<GetRecord>{record}</GetRecord>"

    def _ListRecords(self, args: dict) -> str:
        return self._list("ListRecords", args)

    def _ListIdentifiers(self, args: dict) -> str:
        return self._list("ListIdentifiers", args)

    def _list(self, verb: str, args: dict) -> str:
        if "resumptionToken" in args:
            args, cursor = self._resume(verb, args["resumptionToken"])
        else:
            cursor = 0
            self._format(args["metadataPrefix"])
        matches = self._select(args)
        if not matches:
            raise OaiError("noRecordsMatch", "The combination of the values of the from, until, set and "
                                             "metadataPrefix arguments results in an empty list.")
        page = matches[cursor:cursor + self.page_size]
        rows = "".join(self._record_xml(r, args["metadataPrefix"], verb == "ListRecords") for r in page)
        token = ""
        if len(matches) > self.page_size:
            following = cursor + self.page_size
            value = self._token(verb, args, following) if following < len(matches) else ""
            token = (f'<resumptionToken completeListSize="{len(matches)}" cursor="{cursor}">{value}</resumptionToken>'
                     if value else f'<resumptionToken completeListSize="{len(matches)}" cursor="{cursor}"/>')
        return f"<{verb}>\n{rows}{token}\n</{verb}>"

    def _select(self, args: dict) -> list[dict]:
        start = self._limit(args.get("from"), "from") if "from" not in self.ignores else None
        end = self._limit(args.get("until"), "until") if "until" not in self.ignores else None
        if args.get("from") and args.get("until") and len(args["from"]) != len(args["until"]):
            raise OaiError("badArgument", "from and until have different granularities.")
        if start and end and start > end:
            raise OaiError("badArgument", "from is later than until.")
        if args.get("set") and not any(r.get("sets") for r in self.records):
            raise OaiError("noSetHierarchy", "This repository does not support sets.")
        found = []
        for record in self.records:
            stamp = _moment(record["datestamp"])
            if (start and stamp < start) or (end and stamp > end):
                continue
            if args.get("set") and args["set"] not in record.get("sets", []):
                continue
            found.append(record)
        return found

    def _limit(self, value: str | None, name: str) -> datetime | None:
        """A from/until bound: a day covers the whole day; seconds only at that granularity."""
        if value is None:
            return None
        if DAY.match(value):
            return _moment(value + ("T00:00:00Z" if name == "from" else "T23:59:59Z"))
        if SECOND.match(value) and not self.by_day:
            return _moment(value)
        raise OaiError("badArgument", f"Illegal {name} date: {value}.")

    def _format(self, prefix: str) -> None:
        if prefix not in {f["metadataPrefix"] for f in self.formats}:
            raise OaiError("cannotDisseminateFormat", f"The metadata format {prefix} is not supported.")

    def _record(self, identifier: str) -> dict:
        found = next((r for r in self.records if r["identifier"] == identifier), None)
        if found is None:
            raise OaiError("idDoesNotExist", f"No record {identifier}.")
        return found

    def _record_xml(self, record: dict, prefix: str, with_metadata: bool) -> str:
        sets = "".join(f"<setSpec>{s}</setSpec>" for s in record.get("sets", []))
        status = ' status="deleted"' if record.get("deleted") else ""
        header = (f"<header{status}>\n<identifier>{record['identifier']}</identifier>\n"
                  f"<datestamp>{record['datestamp']}</datestamp>{sets}</header>")
        if not with_metadata:
            return header + "\n"
        if record.get("deleted"):
            return f"<record>{header}</record>\n"
        metadata = (record.get("metadata") or {}).get(prefix)
        if metadata is None:
            raise OaiError("cannotDisseminateFormat", f"The record is not available as {prefix}.")
        return f"<record>{header}\n<metadata>{metadata}</metadata></record>\n"

    # --- paging -------------------------------------------------------------

    def _token(self, verb: str, args: dict, cursor: int) -> str:
        """Opaque, but the same for the same request (and data), so tests can name it."""
        state = {"verb": verb, "args": args, "cursor": cursor}
        digest = hashlib.md5(json.dumps([state, self.records], sort_keys=True).encode()).hexdigest()
        self.issued[digest] = state
        return digest

    def _resume(self, verb: str, token: str) -> tuple[dict, int]:
        state = self.issued.get(token)
        if state is None or state["verb"] != verb:
            raise OaiError("badResumptionToken", "The value of the resumptionToken argument is invalid or expired.")
        return state["args"], state["cursor"]

    # --- envelope -----------------------------------------------------------

    def _envelope(self, attrs: dict, body: str) -> str:
        now = self.response_date or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        echo = "".join(f' {k}="{html.escape(v)}"' for k, v in attrs.items())
        style = f'<?xml-stylesheet type="text/xsl" href="{self.stylesheet}" ?>\n' if self.stylesheet else ""
        return ('<?xml version="1.0" encoding="UTF-8" ?>\n' + style +
                '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ '
                'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">\n'
                f"<responseDate>{now}</responseDate>\n"
                f"<request{echo}>{html.escape(self.base_url, quote=False)}</request>\n{body}\n</OAI-PMH>\n")


def _moment(value: str) -> datetime:
    """A datestamp (day or second) as an aware UTC datetime."""
    if DAY.match(value):
        value += "T00:00:00Z"
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
