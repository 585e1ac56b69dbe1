#!/usr/bin/env python3
"""A tiny hostile HTTP server for connector tests (Python 3 standard library only).

Usage: hostile_server.py PORT   (0 = pick a free port). Serves on 127.0.0.1 and prints the port on the first
line of stdout. Modes by path:
  /ok         valid JSON: feedback cases under data.items, AQI stations under stations
  /500        HTTP 500 with a JSON error body
  /garbage    HTTP 200 with a body that is not JSON
  /huge       HTTP 200, 50 MB streamed with no Content-Length (must be cut off while streaming)
  /huge-declared  HTTP 200 declaring Content-Length 50 MB (must be refused before reading)
  /trickle    HTTP 200, one byte per second for 60 s (must fail at the whole-poll timeout)
  /escapes    valid JSON whose strings carry ESC [2J, OSC 52, C1 controls and bidi overrides
  /shape      valid JSON with an object where the records list should be
  /out-of-range  valid JSON except one number no double can hold (1e400) in the first of two records
  /cursor     echoes the request's query string as the id of one record
"""
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

OK = {
    "data": {
        "items": [
            {"ma": "PA-001", "tieu_de": "Ngập nước đường Lạch Tray", "trang_thai": "dang_xu_ly",
             "linh_vuc": "environment", "don_vi": "SXD", "ma_phuong": "11311",
             "ngay_tiep_nhan": "2025-07-01T08:30:00+07:00", "han_xu_ly": "2025-07-08 17:00:00",
             "ngay_cap_nhat": "2025-07-02T10:00:00+07:00", "tien_do": 40},
            {"ma": 2, "tieu_de": "Rác thải tại chợ Sắt", "trang_thai": "moi",
             "ngay_cap_nhat": 1751450400},
            {"tieu_de": "no id: skipped", "trang_thai": "moi"},
        ]
    },
    "stations": [
        {"id": "an_duong", "name": "An Dương", "aqi": 87, "time": "2025-07-01T08:00:00+07:00"},
        {"id": "le_chan", "name": "Lê Chân", "aqi": "151", "time": "01/07/2025 08:00:00"},
    ],
}

ESC = "\u001b"
ESCAPES = {
    "items": [
        {"ma": "X-1" + ESC + "[2J",
         "tieu_de": "Bình thường" + ESC + "[2J" + ESC + "]52;c;cm0gLXJmIH4=" + "\u0007" + " \u009b31mđỏ\u0085",
         "trang_thai": "moi" ,
         "linh_vuc": ESC + "]0;pwned" + ESC + "\\traffic",
         "noi_dung": "a\u202eb\u0000c\r\nd"},
    ]
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    requests = 0

    def log_message(self, *args):
        pass

    def send_json(self, status, payload):
        body = json.dumps(payload, ensure_ascii=True).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlparse(self.path)
        try:
            if url.path == "/ok":
                self.send_json(200, OK)
            elif url.path == "/500":
                self.send_json(500, {"error": "internal"})
            elif url.path == "/garbage":
                body = b"<html>\x1b[2J not json {{{"
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif url.path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                chunk = b"[" + b" " * 65534 + b" "
                for _ in range(50 * 16):  # 50 MB in 64 KB chunks
                    self.wfile.write(chunk)
            elif url.path == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"[" + b" " * 65535)
                time.sleep(5)
            elif url.path == "/trickle":
                self.send_response(200)
                self.send_header("Content-Length", "60")
                self.end_headers()
                for _ in range(60):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(1)
            elif url.path == "/escapes":
                self.send_json(200, ESCAPES)
            elif url.path == "/shape":
                self.send_json(200, {"data": {"items": {"ma": "not a list"}}})
            elif url.path == "/out-of-range":
                body = ('{"items": [{"ma": "R-1", "tieu_de": "Số quá lớn", "trang_thai": "moi", "tien_do": 1e400},'
                        ' {"ma": "R-2", "tieu_de": "Bình thường 1e400", "trang_thai": "moi", "tien_do": 40}]}')
                body = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif url.path == "/metrics":
                # A Prometheus endpoint whose counter grows by 500 bytes a request, with the format's corners.
                Handler.requests += 1
                body = ("# HELP node_network_receive_bytes_total Bytes received.\n"
                        "# TYPE node_network_receive_bytes_total counter\n"
                        f'node_network_receive_bytes_total{{device="eth0"}} {1000 + 500 * Handler.requests}\n'
                        "# TYPE up gauge\n"
                        'up{job="ioc-db",instance="10.0.0.5:9100"} 1\n'
                        'up{job="ioc-web\x1b[31m\\"red\\"",instance="a"} 0\n'
                        "node_load1 NaN\n"
                        "garbage line here\n").encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; version=0.0.4")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif url.path == "/cursor":
                self.send_json(200, {"data": {"items": [
                    {"ma": url.query, "tieu_de": "cursor", "trang_thai": "moi",
                     "ngay_cap_nhat": "2025-07-03T00:00:00+07:00"}]}})
            else:
                self.send_json(404, {"error": "no such mode"})
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
