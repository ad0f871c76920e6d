"""Slack's file downloads, served on loopback: each file's bytes at its own URL."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FileServer:
    """Slack's file downloads: each file's bytes at its own URL, and the Authorization each request carried."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.authorizations: list[str | None] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server.authorizations.append(self.headers.get("Authorization"))
                data = server.files.get(self.path)
                if data is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        threading.Thread(target=self.http.serve_forever, args=(0.05,), daemon=True).start()  # quick to stop

    def put(self, file_id: str, data: bytes) -> str:
        self.files[f"/files/{file_id}"] = data
        host, port = self.http.server_address[:2]
        return f"http://{host}:{port}/files/{file_id}"

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()
