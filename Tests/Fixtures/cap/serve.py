#!/usr/bin/env python3
"""Serves Tests/Fixtures/ over HTTP on 127.0.0.1 for the CAP connector's tests (standard library only).

Usage: serve.py PORT   (0 = a free port, printed on the first line). GET /cap/... answers the file under
Tests/Fixtures/cap/ with every "{BASE}" replaced by this server's origin (http://127.0.0.1:PORT); a missing file is
404. GET /_control/log lists every path served so far, as JSON.
"""
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlparse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOG = []
LOCK = threading.Lock()


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

    def do_GET(self):
        path = unquote(urlparse(self.path).path)
        if path == "/_control/log":
            with LOCK:
                return self.answer(200, json.dumps(LOG).encode(), "application/json")
        with LOCK:
            LOG.append(path)
        full = os.path.normpath(os.path.join(ROOT, path.lstrip("/")))
        if not full.startswith(os.path.join(ROOT, "cap")) or not os.path.isfile(full):
            return self.answer(404, b"not found", "text/plain")
        with open(full, "rb") as f:
            body = f.read()
        body = body.replace(b"{BASE}", ("http://127.0.0.1:%d" % self.server.server_address[1]).encode())
        self.answer(200, body, "application/xml; charset=utf-8")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
