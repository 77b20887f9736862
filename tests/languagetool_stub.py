"""A tiny LanguageTool-compatible server for tests and offline demos.

It answers POST /v2/check with the documented JSON shape, flagging a few fixed phrases, so the
G101 mapping (offsets, categories, suggestions, de-duplication) is exercised over real HTTP
without Java or the network. Never used by a lint run.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# phrase -> (LanguageTool category id, rule id, replacement)
PHRASES: dict[str, tuple[str, str, str]] = {
    "explain the allies that": ("GRAMMAR", "EXPLAIN_TO", "explain to the allies that"),
    "the ministers was": ("GRAMMAR", "AGREEMENT_SENT_START", "the ministers were"),
    "teh": ("TYPOS", "MORFOLOGIK_RULE_EN_US", "the"),  # a slip too short for S101
    "Talks": ("TYPOS", "MORFOLOGIK_RULE_EN_US", "Talk"),  # a capitalised word lint-news must ignore
}


def matches_for(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    low = text.lower()
    for phrase, (category, rule_id, replacement) in PHRASES.items():
        start = 0
        needle = phrase if phrase[:1].isupper() else phrase.lower()
        hay = text if phrase[:1].isupper() else low
        while (offset := hay.find(needle, start)) >= 0:
            out.append({"message": f"Possible error: '{text[offset:offset + len(phrase)]}'", "shortMessage": "",
                        "offset": offset, "length": len(phrase), "replacements": [{"value": replacement}],
                        "context": {"text": text[max(0, offset - 20) : offset + 40], "offset": min(offset, 20),
                                    "length": len(phrase)},
                        "sentence": "", "type": {"typeName": "Other"},
                        "rule": {"id": rule_id, "description": rule_id, "issueType": "grammar",
                                 "category": {"id": category, "name": category.title()}}})
            start = offset + 1
    out.sort(key=lambda m: int(str(m["offset"])))
    return out


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        if not self.path.rstrip("/").endswith("/v2/check") or "text" not in form:
            self.send_error(404)
            return
        body = json.dumps({"software": {"name": "LanguageTool", "apiVersion": 1},
                           "language": {"code": form.get("language", ["en-US"])[0]},
                           "matches": matches_for(form["text"][0])}).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve() -> Iterator[str]:
    """Run the stub on 127.0.0.1 (a free port) and yield its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
