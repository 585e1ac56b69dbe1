#!/usr/bin/env python3
"""A tiny hostile HTTP server for connector tests (Python 3 standard library only).

Usage: hostile_server.py PORT [--tls CERT KEY]   (0 = pick a free port). Serves on 127.0.0.1 (over TLS with the
given PEM certificate chain and key) and prints the port on the first line of stdout. Modes by path:
  /ok         valid JSON: feedback cases under data.items (the third without an id), AQI stations under stations
  /clean      the two good feedback cases of /ok alone
  /500        HTTP 500 with a JSON error body
  /garbage    HTTP 200 with a body that is not JSON
  /huge       HTTP 200, 50 MB streamed with no Content-Length (must be cut off while streaming)
  /huge-declared  HTTP 200 declaring Content-Length 50 MB (must be refused before reading)
  /huge-valid HTTP 200, about 50 MB of valid JSON (160 000 cases), no Content-Length: the peak-memory benchmark
  /trickle    HTTP 200, one byte per second for 60 s (must fail at the whole-poll timeout)
  /escapes    valid JSON whose strings carry ESC [2J, OSC 52, C1 controls and bidi overrides
  /shape      valid JSON with an object where the records list should be
  /out-of-range  valid JSON except one number no double can hold (1e400) in the first of two records
  /cursor     echoes the request's query string as the id of one record
  /404        HTTP 404 (any unknown path)
  /redirect-loop   302 to /redirect-loop-b, which sends 302 back
  /not-modified    HTTP 304 (a status that looks like a redirect and is not one)
  /redirect-other  302 to the same server by the name "localhost" (another origin): /echo-headers
  /echo-headers    one record whose title lists the request's headers
  /invalid-utf8    HTTP 200 JSON whose string holds bytes that are not UTF-8
  /xml-invalid     an XML document that is not well formed
  /xml-bomb        an entity expansion bomb ("billion laughs")
  /xml-external    a document with an external entity pointing at /xxe-probe (counted; must never be fetched)
  /stats           {"xxe_probe": N}: how often /xxe-probe was fetched
  /hang            reads the request and never answers
  /reset           declares 100 000 bytes, sends 1 000, then resets the connection
  /numbers-as-text stations whose readings are text: "87" (a number), "8 7", "NaN", "Infinity", "0x1F", "1e999"
  /nan             JSON with bare NaN and Infinity tokens (not JSON)
  /no-offset       cases stamped without an offset (read as Vietnam time) and one stamped 2025-13-45
  /duplicates      the same case id twice with different titles
  /future          a case stamped in 2099 beside a normal one
  /bidi            cases whose titles carry bidi overrides and isolates
"""
import json
import socket
import ssl
import struct
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


BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
        + b']>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol9;</identifier></alert>\n')


def feedback(id, title, updated, status="moi"):
    return {"ma": id, "tieu_de": title, "trang_thai": status, "ngay_cap_nhat": updated}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    requests = 0
    xxe_probes = 0

    def send_body(self, status, body, content_type="application/json", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

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
            elif url.path == "/clean":
                self.send_json(200, {"data": {"items": OK["data"]["items"][:2]}})
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
            elif url.path == "/huge-valid":
                # About 50 MB of valid JSON: 160 000 feedback cases, streamed with no Content-Length.
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"data": {"items": [')
                filler = "Phản ánh " + "x" * 200
                for start in range(0, 160000, 1000):
                    chunk = ",".join(json.dumps(feedback(f"V-{i:06d}", filler, "2025-07-01T08:00:00+07:00"),
                                                ensure_ascii=False) for i in range(start, start + 1000))
                    self.wfile.write(((b"," if start else b"") + chunk.encode()))
                self.wfile.write(b"]}}")
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
            elif url.path == "/redirect-loop":
                self.send_body(302, b"", headers=[("Location", "/redirect-loop-b")])
            elif url.path == "/redirect-loop-b":
                self.send_body(302, b"", headers=[("Location", "/redirect-loop")])
            elif url.path == "/not-modified":
                self.send_body(304, b"")
            elif url.path == "/redirect-other":
                port = self.server.server_address[1]
                self.send_body(302, b"", headers=[("Location", f"http://localhost:{port}/echo-headers")])
            elif url.path == "/echo-headers":
                names = sorted(name.lower() for name in self.headers.keys())
                self.send_json(200, {"data": {"items": [feedback("H-1", " ".join(names), "2025-07-03T00:00:00+07:00")]}})
            elif url.path == "/invalid-utf8":
                body = b'{"data": {"items": [{"ma": "U-1", "tieu_de": "Ng\xe1\xba\xadp \xff\xfe \xc3\x28", "trang_thai": "moi"}]}}'
                self.send_body(200, body)
            elif url.path == "/xml-invalid":
                self.send_body(200, b'<?xml version="1.0"?><alert><identifier>X</alert>', "application/xml")
            elif url.path == "/xml-bomb":
                self.send_body(200, BOMB, "application/xml")
            elif url.path == "/xml-external":
                port = self.server.server_address[1]
                body = (f'<?xml version="1.0"?>\n<!DOCTYPE alert [<!ENTITY xxe SYSTEM "http://127.0.0.1:{port}/xxe-probe">]>\n'
                        '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>\n').encode()
                self.send_body(200, body, "application/xml")
            elif url.path == "/xxe-probe":
                Handler.xxe_probes += 1
                self.send_body(200, b"probed", "text/plain")
            elif url.path == "/stats":
                self.send_json(200, {"xxe_probe": Handler.xxe_probes})
            elif url.path == "/hang":
                time.sleep(3600)
            elif url.path == "/reset":
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b'{"data": {"items": [' + b" " * 1000)
                self.wfile.flush()
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
            elif url.path == "/numbers-as-text":
                stations = [{"id": id, "name": id, "aqi": aqi, "time": "2025-07-01T08:00:00+07:00"}
                            for id, aqi in [("so", "87"), ("cach", "8 7"), ("nan", "NaN"), ("vo-cuc", "Infinity"),
                                            ("hex", "0x1F"), ("tran", "1e999")]]
                self.send_json(200, {"stations": stations})
            elif url.path == "/nan":
                self.send_body(200, b'{"stations": [{"id": "a", "aqi": NaN, "time": 1751331600}, '
                                    b'{"id": "b", "aqi": Infinity, "time": 1751331600}]}')
            elif url.path == "/no-offset":
                self.send_json(200, {"data": {"items": [
                    feedback("T-1", "Giờ không có múi", "2025-07-01T08:30:00"),
                    feedback("T-2", "Giờ không có múi, dấu cách", "2025-07-01 09:15:00"),
                    feedback("T-3", "Ngày không có thật", "2025-13-45T99:00:00")]}})
            elif url.path == "/duplicates":
                self.send_json(200, {"data": {"items": [
                    feedback("D-1", "Bản cũ", "2025-07-01T08:00:00+07:00"),
                    feedback("D-2", "Khác", "2025-07-01T08:00:00+07:00"),
                    feedback("D-1", "Bản mới", "2025-07-01T09:00:00+07:00")]}})
            elif url.path == "/future":
                self.send_json(200, {"data": {"items": [
                    feedback("F-1", "Đến từ tương lai", "2099-01-01T00:00:00+07:00"),
                    feedback("F-2", "Bình thường", "2025-07-01T08:00:00+07:00")]}})
            elif url.path == "/bidi":
                self.send_json(200, {"data": {"items": [
                    feedback("B-1", "Đơn \u202egnp.exe\u202c của dân", "2025-07-01T08:00:00+07:00"),
                    feedback("B-2", "\u2066Tách\u2069 \u200fchữ\u061c", "2025-07-01T08:00:00+07:00")]}})
            else:
                self.send_json(404, {"error": "no such mode"})
        except (BrokenPipeError, ConnectionResetError):
            pass


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    if "--tls" in sys.argv:
        at = sys.argv.index("--tls")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[at + 1], sys.argv[at + 2])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
