#!/usr/bin/env python3
"""A local stand-in for Cloudflare's Turnstile siteverify endpoint, for development and tests
(tests never call Cloudflare). It answers like siteverify, and can misbehave on demand so the
collector's refusals can be tested.

Usage: turnstile-stub.py PORT [--secret S] [--hostname H]
  PORT 0 picks a free port; prints "listening on PORT" once ready.
  --secret S     the only secret accepted (default: any non-empty secret)
  --hostname H   the hostname reported for a solved token (default 127.0.0.1)

The token says how to answer:
  fail…      refused (success false)
  once…      accepted the first time, refused as a duplicate after (as siteverify does)
  elsewhere… accepted, but solved on another hostname
  otheraction… accepted, but for another widget action
  nohostname… accepted, but the verdict names no hostname
  noaction…  accepted, but the verdict names no action
  internalerror… refused with siteverify's own internal-error (its trouble, not the token's)
  error500…  HTTP 500
  garbage…   HTTP 200 with a body that is not JSON
  slow…      accepted after 20 seconds (longer than a worker should wait)
  anything else: accepted
"""
import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

SEEN = set()
SEEN_LOCK = threading.Lock()


class SiteVerify(BaseHTTPRequestHandler):
    # HTTP/1.1 with content-length: the worker's runtime keeps connections open and reuses them.
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        raw = self.rfile.read(length).decode("utf-8", "replace")
        if self.headers.get("content-type", "").startswith("application/json"):
            try:
                body = json.loads(raw or "{}")
            except ValueError:
                body = {}
        else:
            body = {k: v[0] for k, v in parse_qs(raw).items()}
        token = str(body.get("response", ""))
        secret = str(body.get("secret", ""))
        if token.startswith("error500"):
            return self.reply(500, b"internal error", "text/plain")
        if token.startswith("garbage"):
            return self.reply(200, b"<html>not json</html>", "text/html")
        if token.startswith("slow"):
            time.sleep(20)
        expected = self.server.secret
        answer = {
            "success": False,
            "error-codes": [],
            "hostname": self.server.hostname,
            "action": "sign",
            "challenge_ts": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        if not secret:
            answer["error-codes"] = ["missing-input-secret"]
        elif expected is not None and secret != expected:
            answer["error-codes"] = ["invalid-input-secret"]
        elif token == "":
            answer["error-codes"] = ["missing-input-response"]
        elif token.startswith("fail"):
            answer["error-codes"] = ["invalid-input-response"]
        elif token.startswith("internalerror"):
            answer["error-codes"] = ["internal-error"]
        else:
            duplicate = False
            if token.startswith("once"):
                with SEEN_LOCK:
                    duplicate = token in SEEN
                    SEEN.add(token)
            if duplicate:
                answer["error-codes"] = ["timeout-or-duplicate"]
            else:
                answer["success"] = True
                if token.startswith("elsewhere"):
                    answer["hostname"] = "elsewhere.example"
                if token.startswith("otheraction"):
                    answer["action"] = "login"
                if token.startswith("nohostname"):
                    del answer["hostname"]
                if token.startswith("noaction"):
                    del answer["action"]
        self.reply(200, json.dumps(answer).encode(), "application/json")

    def reply(self, status, data, content_type):
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass  # tokens are not worth logging


class Server(ThreadingHTTPServer):
    # The end-to-end and load tests verify dozens of signatures at once.
    request_queue_size = 1024
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("port", type=int, nargs="?", default=8799)
    parser.add_argument("--secret", default=None)
    parser.add_argument("--hostname", default="127.0.0.1")
    args = parser.parse_args()
    server = Server(("127.0.0.1", args.port), SiteVerify)
    server.secret = args.secret
    server.hostname = args.hostname
    print(f"listening on {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
