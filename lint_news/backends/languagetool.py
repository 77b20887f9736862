"""LanguageTool as a grammar backend: a server's /v2/check API, or a local LanguageTool.

A server is given by ``--languagetool URL``, config ``languagetool = URL`` or LANGUAGETOOL_URL.
Without one, language_tool_python starts a local LanguageTool (it needs Java 17+ and downloads
LanguageTool on first use where the network allows; lint-news only uses an installed copy and
never triggers that download). Both give matches in the shape of the
documented /v2/check response, turned into ``LTMatch`` here.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

DEFAULT_LANGUAGE = "en-US"
TIMEOUT = 30.0

# LanguageTool category ids -> lint-news categories.
CATEGORY_MAP = {
    "TYPOS": "spelling",
    "CASING": "spelling",
    "COMPOUNDING": "spelling",
    "PUNCTUATION": "punctuation",
    "TYPOGRAPHY": "punctuation",
    "COLLOCATIONS": "tortured-phrase",
}
DEFAULT_CATEGORY = "grammar"


class LanguageToolUnavailable(Exception):
    """LanguageTool could not be reached or started."""


@dataclass(frozen=True)
class LTMatch:
    offset: int
    length: int
    message: str
    rule_id: str
    category_id: str
    issue_type: str = ""
    replacements: list[str] = field(default_factory=list)

    @property
    def category(self) -> str:
        return CATEGORY_MAP.get(self.category_id.upper(), DEFAULT_CATEGORY)


def parse_response(data: dict[str, Any]) -> list[LTMatch]:
    """Matches of a /v2/check JSON response."""
    out = []
    for m in data.get("matches", []):
        rule = m.get("rule") or {}
        category = rule.get("category") or {}
        out.append(LTMatch(
            offset=int(m["offset"]),
            length=int(m["length"]),
            message=str(m.get("message") or m.get("shortMessage") or rule.get("description") or ""),
            rule_id=str(rule.get("id", "")),
            category_id=str(category.get("id", "")),
            issue_type=str(rule.get("issueType", "")),
            replacements=[str(r.get("value", "")) for r in m.get("replacements", [])[:5]],
        ))
    return out


def check_url(url: str) -> str:
    """The /v2/check endpoint of a server URL given with or without the API path."""
    url = url.rstrip("/")
    if url.endswith("/v2/check"):
        return url
    if url.endswith("/v2"):
        return url + "/check"
    return url + "/v2/check"


def check_remote(url: str, text: str, language: str = DEFAULT_LANGUAGE, timeout: float = TIMEOUT) -> list[LTMatch]:
    """POST ``text`` to a LanguageTool server and return its matches."""
    body = urllib.parse.urlencode({"text": text, "language": language}).encode("utf-8")
    request = urllib.request.Request(check_url(url), data=body, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise LanguageToolUnavailable(f"LanguageTool server {url} failed: {exc}") from None
    if not isinstance(data, dict):
        raise LanguageToolUnavailable(f"LanguageTool server {url} sent no matches object")
    return parse_response(data)


_LOCAL: Any = None


def local_install() -> str | None:
    """An already installed LanguageTool for language_tool_python, or None (lint-news never downloads one)."""
    import os
    import shutil
    from pathlib import Path

    if not shutil.which("java"):
        return None
    jar_dir = os.environ.get("LTP_JAR_DIR_PATH")
    if jar_dir and Path(jar_dir).is_dir():
        return jar_dir
    root = Path(os.environ.get("LTP_PATH", str(Path.home() / ".cache" / "language_tool_python")))
    found = sorted(p for p in root.glob("LanguageTool*") if p.is_dir()) if root.is_dir() else []
    return str(found[-1]) if found else None


def check_local(text: str, language: str = DEFAULT_LANGUAGE) -> list[LTMatch]:
    """Check with a local LanguageTool through language_tool_python (started once per process)."""
    global _LOCAL
    if _LOCAL is None:
        if local_install() is None:
            _LOCAL = False
            raise LanguageToolUnavailable(
                "no LanguageTool server given (--languagetool URL, config 'languagetool' or LANGUAGETOOL_URL) "
                "and no local LanguageTool with Java installed; lint-news never downloads it")
        try:
            import language_tool_python

            _LOCAL = language_tool_python.LanguageTool(language)
        except Exception as exc:  # no Java, no download, no server: say why
            _LOCAL = False
            raise LanguageToolUnavailable(f"local LanguageTool could not start ({type(exc).__name__}: {exc})") from None
    if _LOCAL is False:
        raise LanguageToolUnavailable("local LanguageTool could not start")
    out = []
    for m in _LOCAL.check(text):
        out.append(LTMatch(int(m.offset), int(getattr(m, "error_length", 0) or getattr(m, "errorLength", 0)),
                           str(m.message), str(getattr(m, "rule_id", "") or getattr(m, "ruleId", "")),
                           str(getattr(m, "category", "")), str(getattr(m, "rule_issue_type", "")),
                           [str(r) for r in list(m.replacements)[:5]]))
    return out
