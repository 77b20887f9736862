"""W112: a short line of the source site that speaks to its readers (comment, share, subscribe, app)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chrome import block_lines
from ..context import Context
from ..document import Article
from ..findings import Finding, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule, default_registry
from .w110_related_posts import LABEL_RE

MAX_CHARS = 260  # a prompt is a line or two; a longer block is a paragraph of the story
# Lines that are page furniture whoever reads them: comment counters, ad labels, paywall and
# machine-made notices, share bars, widget labels with a teaser after them (matched at a line's start)
_ALONE = lazy_compile(
    r"(?:comments? (?:are|is) (?:now )?closed\.?\s*$|comments?\s*\(\d+\)|\(\d+\)\s*comments?"
    r"|advertisement\s*[-–—:|]\s*(?:scroll|continue|story)|scroll (?:down )?to continue(?: reading| with content)?"
    r"|(?:this|the) (?:article|story|post|content|page) (?:is|was) (?:brought to you|sponsored|paid for) by"
    r"|disclaimer\s*:.{0,60}\b(?:generated|automatically|syndicated|feed|affiliate|sponsored)"
    r"|(?:this|the) (?:article|story|post|content) (?:was|is|has been) (?:generated|produced|created|written|translated)"
    r" (?:automatically|by (?:an? )?(?:ai|machine|bot|artificial intelligence)|from an? (?:syndicated|rss|news) feed)"
    r"|(?:share (?:on|via) (?:facebook|x|twitter|whatsapp|telegram|linkedin|e-?mail|reddit)\b\s*){2,}"
    r"|(?:you (?:may|might) (?:also )?like|also read|read also|read more|related|recommended)\s*:\s*\S"
    r"|unlock (?:unlimited|full|all|premium) (?:reading|access|articles|stories))",
    re.I,
)
# What the site asks its readers to do, or where: comment, share, subscribe, follow, an app
_SITE = lazy_compile(
    r"\b(?:comments?|newsletters?|subscribe|subscription|sign[ -]up|inbox|push (?:alerts|notifications)"
    r"|(?:download|install|get) (?:our|the) (?:[\w+-]+ ){0,3}app|app now|share (?:on|via) \w+"
    r"|share your (?:thoughts|views|memories|stories|story|comments|ideas|photos|experiences?|opinions?)"
    r"|follow (?:us|@\w+)|^follow [^.!?]{1,40} on (?:x|twitter|instagram|facebook|threads|tiktok|bluesky)"
    r"|@\w{3,} on (?:x|twitter|instagram|facebook|threads|tiktok|bluesky)|like (?:us|our page)"
    r"|e-?mail us|contact (?:us|our (?:newsroom|newsdesk|news desk|team|reporters?))|tips?@|send us|free trial"
    r"|unlimited (?:reading|access)|paywall)\b",
    re.I,
)
# Spoken to the reader: an imperative opening a sentence or a clause ("Drop your comment below",
# "— download the app now!"); "Don't" only before a lower-case word ("Don't Look Back" is a title)
_ADDRESS = lazy_compile(
    r"(?:^|[.!?:—–-]\s*|\bnow\s+)(?:(?i:tell|drop|share|follow|download|sign|subscribe|join|unlock|click|tap|e-?mail"
    r"|send|contact|install|grab|visit|register|let us|leave|never miss|check out|stay tuned|like(?= (?:us|our)\b)) |(?i:don['’]t|do not) (?=[a-z]))"
)
# A line that reports or quotes (double or single marks): the story's, not the site's
_REPORTED = lazy_compile(
    r"\b(?:said|says|told|according to|asked|urged|wrote|added|announced|warned|admitted|admits|shows|showed"
    r"|states|stated|reported|reports|confirmed|noted|explained|insisted|claimed|argued|revealed|acknowledged)\b"
    r"|[\"“”«»]|(?<![\w'’])['‘][^\W\d_][^'’\n]*['’](?![\w'’])",
    re.I,
)
_OTHER_RULES = ("W101", "W102", "W103")  # their lines are flagged there, not twice
# One of these is in every line _SITE matches (tested first: substring tests are cheap)
_SITE_KEYS = ("comment", "newsletter", "subscri", "sign up", "sign-up", "inbox", "push ", " app", "share ", "follow ",
              "like us", "like our", "mail us", "contact us", "contact our", "tip@", "tips@", "send us", "free trial", "unlimited",
              "paywall", "@")
# One of these is in every line _ADDRESS matches
_ADDRESS_KEYS = ("tell", "drop", "share", "follow", "download", "sign", "subscri", "join", "unlock", "click", "tap",
                 "mail", "send", "contact", "install", "grab", "visit", "register", "let us", "leave", "never miss",
                 "check out", "stay tuned", "don't", "don’t", "do not", "like us", "like our")


class ReaderPrompt(Rule):
    """A short line in which the source site speaks to its readers.

    ## What it flags
    A paragraph of at most a couple of lines that is the web page's, not the story's: a prompt to
    comment, share, subscribe, follow an account or download an app, spoken to the reader ("Tell
    us what you think ... Drop your comment below.", "Like our page on Facebook for more farm
    news!", "Live scores and results — download the app now!"), and lines that are furniture
    whoever reads them: a comment counter ("Comments (0)", "Comments are closed."), an ad label
    ("Advertisement - Scroll to continue reading"), a paywall offer, a notice that the text came
    from a feed or a machine, a share bar, a widget label with a teaser after it ("You may also
    like: ..."). A prompt needs both what the site asks (comment, newsletter, app, an account on a
    platform) and an imperative to the reader opening a sentence or a clause; a line that reports
    what someone said, admitted or stated, or holds a quotation (in double or single marks), is
    the story's and is left alone.

    ## Why it matters
    Scrapers copy the whole page; republished, the line asks readers to use buttons and forms
    that are not there, and shows the text was lifted.

    ## Example
        Tell us what you think: was this the best match of the season? Drop your comment below.

    ## Suggested fix
    Delete the line.

    ## Fix safety
    Unsafe: an editor confirms the line is not part of the story (a reader call-out some outlets
    publish on purpose).
    """

    code = "W112"
    name = "boilerplate.reader-prompt"
    category = "boilerplate"
    severity = "warning"
    summary = "A short line of the source site speaking to its readers (comment, share, subscribe, app)"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        others: list[re.Pattern[str]] | None = None
        folded = article.folded
        aligned = len(folded) == len(article.text)  # (else lower-case each line)
        for line in block_lines(article):
            text = line.text
            if len(text) > MAX_CHARS or line.block.kind in ("headline", "standfirst", "code"):
                continue
            if not reader_prompt(text, folded[line.block.start : line.block.end] if aligned else text.lower()):
                continue
            if others is None:
                others = _other_patterns()
            if LABEL_RE.match(text) or any(p.match(text) for p in others):
                continue  # W101-W103's or W110's line
            shown = text if len(text) <= 70 else text[:69] + "…"
            yield self.finding(line.block.span, f"the source site's prompt to its readers, copied with the article: '{shown}'",
                               [Suggestion("", "unsafe")], confidence=0.8)


def reader_prompt(text: str, low: str) -> bool:
    """Is a line of at most MAX_CHARS (``low``: its text in lower case) the site speaking to its
    readers? (V101 leaves these lines' "you" and "us" to W112.)"""
    if _ALONE.match(text) is None:
        # cheap tests first (most lines fail them): what the site asks, an imperative to the reader
        if not any(key in low for key in _SITE_KEYS) or not any(key in low for key in _ADDRESS_KEYS):
            return False
        if _SITE.search(text) is None or _ADDRESS.search(text) is None:
            return False
    return _REPORTED.search(text) is None  # not "The article was written by AI, the publisher admitted"


def _other_patterns() -> list[re.Pattern[str]]:
    """The block regexes of the other whole-line boilerplate rules."""
    registry = default_registry()
    out = []
    for code in _OTHER_RULES:
        rule = registry.get(code)
        for entry in getattr(rule, "entries", ()):
            if entry.regex is not None and not entry.headline_aware:
                out.append(entry.regex)
    return out
