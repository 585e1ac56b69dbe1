#!/usr/bin/env python3
"""Start the SensorThings API 1.1 fixture server (django-ogc-sensorthings 1.2.0 on SQLite) on 127.0.0.1.

Usage: <venv>/bin/python serve.py --port N --data DIR [--stock-adapter] [--watch-parent]

  --port N          TCP port on 127.0.0.1; 0 picks a free one.
  --data DIR        directory for the SQLite database (created if missing; migrations run into it).
  --stock-adapter   use the package's DjangoBackendAdapter unchanged (reproduces the $orderby defect).
  --watch-parent    also exit when the parent process goes away (e.g. a crashed test runner).

Prints exactly one line `READY <port>` on stdout (flushed) once the socket is listening, the database is migrated
and one warm-up request has gone through the app; the API root is then http://127.0.0.1:<port>/sensorthings/v1.1/.
SIGTERM or SIGINT stops it at once with exit status 0 (also during start-up). Diagnostics (the tracebacks the
package prints for 4xx/5xx answers) go to stderr; nothing else is written to stdout.
"""
import argparse
import io
import os
import signal
import sys
import threading
import time
from pathlib import Path

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
HERE = Path(__file__).resolve().parent


class Stop(BaseException):
    """Raised from the signal handler so that a blocking select() in serve_forever() ends immediately."""


def stop(*_):
    raise Stop


def warm_up(app) -> None:
    """Send one GET through the WSGI app in-process so the first real request does not pay for lazy imports."""
    from wsgiref.util import setup_testing_defaults

    environ = {"PATH_INFO": "/sensorthings/v1.1/Things", "QUERY_STRING": "$top=1", "REQUEST_METHOD": "GET",
               "SERVER_NAME": "127.0.0.1", "HTTP_HOST": "127.0.0.1", "wsgi.errors": io.StringIO()}
    setup_testing_defaults(environ)
    status = []
    body = b"".join(app(environ, lambda s, h, exc_info=None: status.append(s)))
    if not status or not status[0].startswith("200"):
        raise SystemExit(f"warm-up request failed: {status} {body[:300]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--data", required=True)
    parser.add_argument("--stock-adapter", action="store_true")
    parser.add_argument("--watch-parent", action="store_true")
    args = parser.parse_args()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    data = Path(args.data).resolve()
    data.mkdir(parents=True, exist_ok=True)

    # Bind first so that --port 0 knows its port before Django reads SERVICE_URL (used for every link it writes).
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

    try:
        httpd = ThreadedWSGIServer(("127.0.0.1", args.port), WSGIRequestHandler, allow_reuse_address=True)
    except OSError as error:
        print(f"serve.py: cannot listen on 127.0.0.1:{args.port}: {error}", file=sys.stderr)
        return 1
    try:
        port = httpd.server_address[1]

        sys.path.insert(0, str(HERE))
        os.environ["DJANGO_SETTINGS_MODULE"] = "stafixture.settings"
        os.environ["STA_FIXTURE_DATA"] = str(data)
        os.environ["STA_FIXTURE_SERVICE_URL"] = f"http://127.0.0.1:{port}/sensorthings"
        os.environ["STA_FIXTURE_ADAPTER"] = "stock" if args.stock_adapter else "fixed"

        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0, interactive=False)

        from django.core.handlers.wsgi import WSGIHandler

        app = WSGIHandler()
        warm_up(app)
        httpd.set_app(app)

        if args.watch_parent:
            parent = os.getppid()

            def watch():
                while os.getppid() == parent:
                    time.sleep(0.5)
                signal.pthread_kill(threading.main_thread().ident, signal.SIGTERM)

            threading.Thread(target=watch, daemon=True).start()

        print(f"READY {port}", flush=True)
        httpd.serve_forever(poll_interval=0.5)
    except Stop:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
