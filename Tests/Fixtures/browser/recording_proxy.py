"""An HTTP proxy that forwards nothing: it writes the first line of every request it is sent (GET http://…,
CONNECT host:443) to the file named by its second argument, answers 502 and closes. A browser pointed at it
(--proxy-server) cannot reach the network, and whatever a page tried to fetch is on record.

Usage: recording_proxy.py PORT LOGFILE  (PORT 0: a free port, printed on the first line of standard output)."""
import socket
import sys
import threading

def serve(listener, log_path):
    lock = threading.Lock()

    def handle(conn):
        with conn:
            conn.settimeout(5)
            data = b""
            try:
                while b"\r\n" not in data and len(data) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
            except OSError:
                pass
            line = data.split(b"\r\n", 1)[0].decode("latin-1").strip()
            if line:
                with lock, open(log_path, "a", encoding="utf-8") as log:
                    log.write(line + "\n")
            try:
                conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass

    while True:
        conn, _ = listener.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()

def main():
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", int(sys.argv[1])))
    listener.listen(64)
    open(sys.argv[2], "a").close()
    print(listener.getsockname()[1], flush=True)
    serve(listener, sys.argv[2])

if __name__ == "__main__":
    main()
