#!/usr/bin/env python3
"""Seed the SensorThings fixture over its REST API, the way a client would (POST + Location header).

  seed.py seed    --base URL [--observations N] [--start ISO] [--step-seconds S]
  seed.py observe --base URL --datastream ID --count N --start ISO --step-seconds S
                  [--value-start X] [--value-step Y]

URL is the service root, e.g. http://127.0.0.1:PORT/sensorthings/v1.1 (a trailing slash is fine).

`seed` creates two Things in Hai Phong, each with one Location (GeoJSON Point), one Sensor, one ObservedProperty
and one Datastream, then N Observations per Datastream at phenomenonTime = start + i*step (i = 0..N-1):
  Thing "Trạm quan trắc Lạch Tray" at lon 106.68 lat 20.86, Datastream "PM2.5" in µg/m³, results 35.5 + 0.5*i
  Thing "Trạm thủy văn Cấm"        at lon 106.70 lat 20.84, Datastream "Mực nước" in cm,  results 120 + 1*i
`observe` posts COUNT more Observations to one Datastream (results value-start + value-step*i).
Both print one JSON object on stdout with every created @iot.id. Exit status 1 on any HTTP error (body on stderr).
Standard library only.
"""
import argparse
import json
import re
import sys
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

OM_MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement"

STATIONS = [
    {
        "thing": {"name": "Trạm quan trắc Lạch Tray", "description": "Trạm quan trắc không khí Lạch Tray, Hải Phòng",
                  "properties": {"ma_tram": "HP-KK-01"}},
        "location": {"name": "Lạch Tray", "description": "Ngã tư Lạch Tray - Nguyễn Bình, phường Gia Viên",
                     "coordinates": [106.68, 20.86]},
        "sensor": {"name": "Bụi mịn PM2.5 (quang học)", "description": "Cảm biến bụi PM2.5 tán xạ quang học"},
        "observed_property": {"name": "PM2.5", "description": "Nồng độ bụi mịn PM2.5",
                              "definition": "http://vocab.nerc.ac.uk/collection/P01/current/PMAVGSTX/"},
        "datastream": {"name": "PM2.5 Lạch Tray", "description": "Nồng độ PM2.5 trung bình 1 giờ",
                       "unitOfMeasurement": {"name": "microgram per cubic metre", "symbol": "µg/m³",
                                             "definition": "http://qudt.org/vocab/unit/MicroGM-PER-M3"}},
        "result": (35.5, 0.5),
    },
    {
        "thing": {"name": "Trạm thủy văn Cấm", "description": "Trạm đo mực nước sông Cấm, Hải Phòng",
                  "properties": {"ma_tram": "HP-TV-02"}},
        "location": {"name": "Sông Cấm", "description": "Bến Bính, sông Cấm", "coordinates": [106.70, 20.84]},
        "sensor": {"name": "Radar mực nước", "description": "Cảm biến mực nước dạng radar"},
        "observed_property": {"name": "Mực nước", "description": "Mực nước sông so với mốc",
                              "definition": "http://vocab.nerc.ac.uk/collection/P01/current/ASLVZZ01/"},
        "datastream": {"name": "Mực nước sông Cấm", "description": "Mực nước đo mỗi lần quét",
                       "unitOfMeasurement": {"name": "centimetre", "symbol": "cm",
                                             "definition": "http://qudt.org/vocab/unit/CentiM"}},
        "result": (120.0, 1.0),
    },
]

ID_IN_LOCATION = re.compile(r"\('?([^')]+)'?\)$")


class Client:
    def __init__(self, base: str):
        self.base = base.rstrip("/")

    def post(self, collection: str, body: dict) -> str:
        """POST one entity; return its @iot.id taken from the Location header (the server sends no body)."""
        request = urllib.request.Request(
            f"{self.base}/{collection}", data=json.dumps(body).encode(), method="POST",
            headers={"Content-Type": "application/json", "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                location = response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            sys.stderr.write(f"POST {collection} -> HTTP {error.code}: {error.read().decode(errors='replace')}\n")
            sys.exit(1)
        match = ID_IN_LOCATION.search(location)
        if not match:
            sys.stderr.write(f"POST {collection}: no id in Location header {location!r}\n")
            sys.exit(1)
        return match.group(1)


def parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def post_observations(client: Client, datastream: str, count: int, start: datetime, step: float,
                      value_start: float, value_step: float) -> dict:
    ids, times = [], []
    for i in range(count):
        when = iso(start + timedelta(seconds=step * i))
        ids.append(client.post("Observations", {
            "phenomenonTime": when,
            "result": round(value_start + value_step * i, 6),
            "Datastream": {"@iot.id": datastream},
        }))
        times.append(when)
    return {"datastream": datastream, "observation_ids": ids, "phenomenonTimes": times}


def seed(args) -> dict:
    client = Client(args.base)
    start = parse_time(args.start)
    things = []
    for station in STATIONS:
        location = client.post("Locations", {
            "name": station["location"]["name"], "description": station["location"]["description"],
            "encodingType": "application/geo+json",
            "location": {"type": "Point", "coordinates": station["location"]["coordinates"]},
        })
        thing = client.post("Things", {**station["thing"], "Locations": [{"@iot.id": location}]})
        sensor = client.post("Sensors", {**station["sensor"], "encodingType": "text/html",
                                         "metadata": "https://example.invalid/datasheet.html"})
        observed_property = client.post("ObservedProperties", station["observed_property"])
        datastream = client.post("Datastreams", {
            **station["datastream"], "observationType": OM_MEASUREMENT,
            "Thing": {"@iot.id": thing}, "Sensor": {"@iot.id": sensor},
            "ObservedProperty": {"@iot.id": observed_property},
        })
        observations = post_observations(client, datastream, args.observations, start, args.step_seconds,
                                         *station["result"])
        things.append({
            "thing": thing, "name": station["thing"]["name"], "location": location, "sensor": sensor,
            "observed_property": observed_property, "datastream": datastream,
            "datastream_name": station["datastream"]["name"], "unit": station["datastream"]["unitOfMeasurement"]["symbol"],
            "observation_ids": observations["observation_ids"], "phenomenonTimes": observations["phenomenonTimes"],
        })
    return {"things": things}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p_seed = commands.add_parser("seed")
    p_seed.add_argument("--base", required=True)
    p_seed.add_argument("--observations", type=int, default=5)
    p_seed.add_argument("--start", default="2025-07-01T00:00:00Z")
    p_seed.add_argument("--step-seconds", type=float, default=3600)
    p_obs = commands.add_parser("observe")
    p_obs.add_argument("--base", required=True)
    p_obs.add_argument("--datastream", required=True)
    p_obs.add_argument("--count", type=int, required=True)
    p_obs.add_argument("--start", required=True)
    p_obs.add_argument("--step-seconds", type=float, required=True)
    p_obs.add_argument("--value-start", type=float, default=50.0)
    p_obs.add_argument("--value-step", type=float, default=1.0)
    args = parser.parse_args()
    if args.command == "seed":
        result = seed(args)
    else:
        result = post_observations(Client(args.base), args.datastream, args.count, parse_time(args.start),
                                   args.step_seconds, args.value_start, args.value_step)
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
