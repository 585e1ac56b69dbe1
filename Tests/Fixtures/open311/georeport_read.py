"""Reads the fixture Open311 server with the independent `georeport` client (PyPI) and prints what it read, one
line per request, normalised for comparison with what ioc stored:
  id <TAB> status <TAB> service_code <TAB> requested (Unix ms) <TAB> updated (Unix ms) <TAB> description
Usage: georeport_read.py ROOT FORMAT START END    (ROOT = http://127.0.0.1:PORT/open311/v2, FORMAT json|xml)
"""
import datetime as dt
import sys

from georeport import GeoReport


def millis(text):
    return str(int(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000))


root, fmt, start, end = sys.argv[1:5]
client = GeoReport(root, output_format=fmt)
requests = client.get_service_requests(start_date=start, end_date=end)
if isinstance(requests, dict):   # xmltodict gives one request as a dict, not a list
    requests = [requests]
for r in sorted(requests, key=lambda r: str(r["service_request_id"])):
    updated = r.get("updated_datetime") or r["requested_datetime"]
    print("\t".join([str(r["service_request_id"]), r["status"], str(r.get("service_code") or ""),
                     millis(r["requested_datetime"]), millis(updated), (r.get("description") or "").strip()]))
# One request by id, as the client reads it (the spec's requests/{id} answers a list).
one = client.get_service_request("000123")
print("one\t" + str(one["service_request_id"]) + "\t" + one["status"])
