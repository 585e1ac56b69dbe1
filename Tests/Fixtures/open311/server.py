#!/usr/bin/env python3
"""An Open311 GeoReport v2 server for ioc's connector tests (Python 3 standard library only).

Usage: server.py PORT [--date-field updated_datetime|requested_datetime] [--shift] [--generate N]
  PORT 0 picks a free port; the port is printed on the first line of stdout. Serves on 127.0.0.1 only.
  --date-field  what start_date/end_date filter on (the spec: requested_datetime; default updated_datetime)
  --shift       move the Hải Phòng cases' times so that their anchor is the start-up time
  --generate N  add N more cases, one every 6 hours back from the anchor (ids G00001…), for paging and windows

Serves the spec's examples (spec_examples.json, times of 2010) and our Hải Phòng cases (haiphong.json):
  GET /open311/v2/services.{json,xml}
  GET /open311/v2/requests.{json,xml}?start_date&end_date&status&service_code&service_request_id&page&page_size
      start_date/end_date: w3 times; a range over 90 days is 400; neither given: the last 90 days before now
      (of the data's clock: --shift makes it the real one). page/page_size: the paging extension (no page_size:
      every match). service_request_id (comma list) overrides the other filters, as the spec says.
  GET /open311/v2/requests/{id}.{json,xml}   a list of one request, or 404
  POST /_control/requests   a JSON list of requests to add or replace (by id); answers the new count
  GET /_control/log         every request line served so far, as a JSON list
Errors answer the spec's error shape: [{"code": 400, "description": "..."}].
"""
import datetime as dt
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlparse
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["service_request_id", "status", "status_notes", "service_name", "service_code", "description",
          "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
          "address", "address_id", "zipcode", "lat", "long", "media_url"]
SERVICE_FIELDS = ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"]


def parse_time(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def load(shift, generate):
    spec = json.load(open(os.path.join(HERE, "spec_examples.json"), encoding="utf-8"))
    ours = json.load(open(os.path.join(HERE, "haiphong.json"), encoding="utf-8"))
    anchor = parse_time(ours["anchor"])
    delta = (dt.datetime.now(dt.timezone.utc) - anchor) if shift else dt.timedelta(0)
    requests = list(spec["requests"])
    generated = []
    for n in range(generate):
        at = anchor - dt.timedelta(hours=6 * (n + 1))
        generated.append({"service_request_id": "G%05d" % (n + 1), "status": "open" if n % 3 else "closed",
                          "service_name": "Trật tự đô thị", "service_code": "TT03",
                          "description": "Phản ánh số %d" % (n + 1), "requested_datetime": at.isoformat(),
                          "updated_datetime": (at + dt.timedelta(hours=1)).isoformat(),
                          "address": "Phường Ngô Quyền"})
    for record in ours["requests"] + generated:
        record = dict(record)
        for field in ("requested_datetime", "updated_datetime", "expected_datetime"):
            if record.get(field):
                record[field] = (parse_time(record[field]) + delta).isoformat(timespec="seconds")
        requests.append(record)
    return spec["services"] + ours["services"], requests, anchor + delta


class State:
    lock = threading.Lock()
    services = []
    requests = []
    now = None
    date_field = "updated_datetime"
    log = []


def xml_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape(str(value))


def to_xml(root, item, items, fields):
    rows = []
    for entry in items:
        inner = "".join("<%s>%s</%s>" % (f, xml_value(entry.get(f)), f) for f in fields if f in entry)
        rows.append("<%s>%s</%s>" % (item, inner, item))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<%s>%s</%s>' % (root, "".join(rows), root)).encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_list(self, fmt, root, item, items, fields, status=200):
        if fmt == "xml":
            self.answer(status, to_xml(root, item, items, fields), "text/xml; charset=utf-8")
        else:
            self.answer(status, json.dumps(items, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def error(self, fmt, code, description):
        self.send_list(fmt, "errors", "error", [{"code": code, "description": description}], ["code", "description"],
                       status=code)

    def do_POST(self):
        if self.path != "/_control/requests":
            return self.error("json", 404, "not found")
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with State.lock:
            for record in json.loads(body):
                State.requests = [r for r in State.requests
                                  if str(r["service_request_id"]) != str(record["service_request_id"])] + [record]
            count = len(State.requests)
        self.answer(200, json.dumps({"count": count}).encode(), "application/json")

    def do_GET(self):
        with State.lock:
            State.log.append(self.path)
        url = urlparse(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        path = unquote(url.path)
        if path == "/_control/log":
            with State.lock:
                return self.answer(200, json.dumps(State.log).encode(), "application/json")
        prefix = "/open311/v2/"
        if not path.startswith(prefix) or "." not in path:
            return self.error("json", 404, "not found")
        name, fmt = path[len(prefix):].rsplit(".", 1)
        if fmt not in ("json", "xml"):
            return self.error("json", 404, "format must be json or xml")
        with State.lock:
            requests = list(State.requests)
            services = list(State.services)
        if name == "services":
            return self.send_list(fmt, "services", "service", services, SERVICE_FIELDS)
        if name.startswith("requests/"):
            wanted = name[len("requests/"):]
            found = [r for r in requests if str(r["service_request_id"]) == wanted]
            if not found:
                return self.error(fmt, 404, "no request %s" % wanted)
            return self.send_list(fmt, "service_requests", "request", found, FIELDS)
        if name != "requests":
            return self.error(fmt, 404, "not found")
        if query.get("service_request_id"):
            ids = query["service_request_id"].split(",")
            return self.send_list(fmt, "service_requests", "request",
                                  [r for r in requests if str(r["service_request_id"]) in ids], FIELDS)
        try:
            end = parse_time(query["end_date"]) if query.get("end_date") else None
            start = parse_time(query["start_date"]) if query.get("start_date") else None
        except ValueError:
            return self.error(fmt, 400, "start_date and end_date must be w3 times")
        if start is None and end is None:
            end = State.now
        if start is None:
            start = end - dt.timedelta(days=90)
        if end is None:
            end = start + dt.timedelta(days=90)
        if end - start > dt.timedelta(days=90):
            return self.error(fmt, 400, "the range may not span more than 90 days")
        chosen = []
        for r in requests:
            when = r.get(State.date_field) or r.get("requested_datetime")
            if not when or not (start <= parse_time(when) <= end):
                continue
            if query.get("status") and r.get("status") not in query["status"].split(","):
                continue
            if query.get("service_code") and r.get("service_code") not in query["service_code"].split(","):
                continue
            chosen.append(r)
        chosen.sort(key=lambda r: (parse_time(r.get(State.date_field) or r["requested_datetime"]), str(r["service_request_id"])))
        if query.get("page_size"):
            size = int(query["page_size"])
            page = int(query.get("page", "1"))
            chosen = chosen[(page - 1) * size: page * size]
        self.send_list(fmt, "service_requests", "request", chosen, FIELDS)


def main():
    args = sys.argv[1:]
    port = int(args[0])
    State.date_field = args[args.index("--date-field") + 1] if "--date-field" in args else "updated_datetime"
    generate = int(args[args.index("--generate") + 1]) if "--generate" in args else 0
    State.services, State.requests, anchor = load("--shift" in args, generate)
    State.now = anchor if "--shift" in args else dt.datetime.now(dt.timezone.utc)
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
