#!/usr/bin/env python3
"""A local stand-in for Cloudflare's Turnstile siteverify endpoint, for development and tests
(tests never call Cloudflare). It answers like siteverify: success when a secret is given and the
token does not start with "fail". Usage: turnstile-stub.py PORT (0 picks a free port); prints
"listening on PORT" once ready."""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class SiteVerify(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        raw = self.rfile.read(length).decode("utf-8", "replace")
        if self.headers.get("content-type", "").startswith("application/json"):
            body = json.loads(raw or "{}")
        else:
            body = {k: v[0] for k, v in parse_qs(raw).items()}
        token = str(body.get("response", ""))
        ok = bool(body.get("secret")) and token != "" and not token.startswith("fail")
        answer = {"success": ok, "error-codes": [] if ok else ["invalid-input-response"]}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass  # tokens are not worth logging


class Server(ThreadingHTTPServer):
    # The end-to-end tests verify dozens of signatures at once.
    request_queue_size = 256
    daemon_threads = True


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8799
    server = Server(("127.0.0.1", port), SiteVerify)
    print(f"listening on {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
