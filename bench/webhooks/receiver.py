#!/usr/bin/env python3
"""A webhook receiver for bench/webhooks.sh: answers 204 to every POST on HOST:PORT, verifies each
message's Standard Webhooks signature (HMAC-SHA256 under the base64-decoded secret after whsec_, of
webhook-id.webhook-timestamp.body), and writes what it saw to STATS (JSON) every half second:
messages, distinct webhook-ids, how many verified, and the times of the first and last message.
   receiver.py HOST PORT SECRET_FILE STATS"""
import base64, hashlib, hmac, json, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

host, port, secret_file, stats_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
lock = threading.Lock()
seen = {"messages": 0, "verified": 0, "first": None, "last": None}
ids = set()
key = None


def load_key():
    global key
    if key is None:
        try:
            secret = open(secret_file).read().strip()
        except FileNotFoundError:
            return None
        key = base64.b64decode(secret[len("whsec_"):]) if secret else None
    return key


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        mid, ts, sig = (self.headers.get(h, "") for h in ("webhook-id", "webhook-timestamp", "webhook-signature"))
        k = load_key()
        ok = False
        if k:
            expected = base64.b64encode(hmac.new(k, f"{mid}.{ts}.".encode() + body, hashlib.sha256).digest()).decode()
            ok = any(s == "v1," + expected for s in sig.split(" "))
        now = time.time()
        with lock:
            seen["messages"] += 1
            seen["verified"] += ok
            seen["first"] = seen["first"] or now
            seen["last"] = now
            ids.add(mid)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def report():
    while True:
        time.sleep(0.5)
        with lock:
            out = dict(seen, distinct=len(ids))
        with open(stats_file + ".part", "w") as f:
            json.dump(out, f)
        import os
        os.replace(stats_file + ".part", stats_file)


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer.request_queue_size = 128
threading.Thread(target=report, daemon=True).start()
ThreadingHTTPServer((host, port), Handler).serve_forever()
