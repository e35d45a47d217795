"""An HTTP server for the sync tests' fault cases: it answers from a script of responses.

Usage: fault_server.py HOST SCRIPT.json PORT_FILE LOG_FILE

The script is a JSON list of responses, given in order, the last one repeated:
  {"status": 307, "headers": {"Location": "..."}, "body": "..."}   a fixed answer
  {"status": 200, "echo_ids": true}                                  the ids of the POSTed statements
  {"status": 200, "echo_ids": true, "drop": 1}                       the same without the last one
  {"status": 200, "echo_ids": true, "drop": 1, "keep_dropped": true}  ... which it stored all the same
  {"status": 204, "store": true}                                     store them, answer with no body
Statements from echo_ids and store steps are kept; a GET with ?statementId=ID answers 200 with
the statement when kept, else 404, without taking a step of the script.
  {"hang": true}                                                     read the request, never answer
Each request is logged to LOG_FILE as one JSON line (method, path, authorization, body length),
before it is answered. The chosen port is written to PORT_FILE once the server listens.
"""
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

host, script_path, port_file, log_file = sys.argv[1:5]
with open(script_path) as f:
    script = json.load(f)
lock = threading.Lock()
count = [0]
stored = {}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        asked = parse_qs(urlparse(self.path).query).get("statementId")
        with lock:
            with open(log_file, "a") as log:
                log.write(json.dumps({"method": self.command, "path": self.path,
                                      "authorization": self.headers.get("Authorization"),
                                      "body": len(body)}) + "\n")
            if self.command == "GET" and asked:
                found = stored.get(asked[0])
                step = {"status": 200 if found else 404, "body": json.dumps(found or {"detail": "not found"})}
            else:
                step = script[min(count[0], len(script) - 1)]
                count[0] += 1
        if step.get("hang"):
            time.sleep(3600)
            return
        if step.get("echo_ids") or step.get("store"):
            statements = json.loads(body)
            listed = statements[:len(statements) - step.get("drop", 0)]
            with lock:
                for s in statements if step.get("keep_dropped") or step.get("store") else listed:
                    stored[s["id"]] = s
            out = json.dumps([s["id"] for s in listed]).encode() if step.get("echo_ids") else b""
        else:
            out = step.get("body", "").encode()
        self.send_response(step["status"])
        for name, value in step.get("headers", {}).items():
            self.send_header(name, value)
        if "Content-Type" not in step.get("headers", {}):
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    do_GET = handle_any
    do_POST = handle_any
    do_PUT = handle_any


server = ThreadingHTTPServer((host, 0), Handler)
server.daemon_threads = True
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(port_file + ".tmp", port_file)
server.serve_forever()
