"""The stylesheet and script of the HTML report, inlined so the report is one self-contained file."""

from __future__ import annotations

# One colour per category (background of the highlight); severity shows as the underline.
CATEGORY_COLOURS = {
    "name": "#ffd6a5", "untranslated": "#fdffb6", "spelling": "#caffbf", "broken-sentence": "#ffadad",
    "grammar": "#e4c1f9", "pronoun-drift": "#a0c4ff", "tortured-phrase": "#ffc6ff", "duplicate": "#9bf6ff",
    "boilerplate": "#c9c2b8", "punctuation": "#bdb2ff", "contradiction": "#ff8fab", "readability": "#e9edc9",
}

CSS = """
:root { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #f6f6f4; }
body { margin: 0; }
header.top { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid #ddd;
  padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; }
header.top h1 { font-size: 1.1rem; margin: 0 1rem 0 0; }
.filters { display: flex; flex-wrap: wrap; gap: .3rem .8rem; font-size: .85rem; }
.filters label { white-space: nowrap; cursor: pointer; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; vertical-align: -1px; margin-right: 2px; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem; }
table.index { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 2rem; font-size: .9rem; }
table.index th, table.index td { border-bottom: 1px solid #eee; padding: .3rem .5rem; text-align: left; }
section.article { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1rem 1.2rem; margin-bottom: 2rem; }
section.article > header { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: baseline; }
section.article h2 { margin: 0; font-size: 1.25rem; }
.path { color: #666; font-size: .85rem; overflow-wrap: anywhere; }
.score { font-weight: 700; border-radius: 1em; padding: .1em .7em; background: #e6f4ea; color: #137333; }
.score.mid { background: #fef7e0; color: #b06000; }
.score.high { background: #fce8e6; color: #c5221f; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.2rem; margin-top: .8rem; }
@media (max-width: 50rem) { .cols { grid-template-columns: 1fr; } }
.text p { line-height: 1.65; margin: 0 0 .9em; white-space: pre-wrap; overflow-wrap: anywhere; }
.text p.k-headline { font-size: 1.2rem; font-weight: 650; }
.text p.k-standfirst { font-style: italic; }
.text p.k-heading { font-weight: 650; }
.text p.k-quote { border-left: 3px solid #ccc; padding-left: .7em; }
.text p.k-list-item::before { content: "• "; }
.hl { border-radius: 2px; cursor: pointer; border-bottom: 2px solid #888; }
.hl.s-error { border-bottom: 2px solid #c5221f; }
.hl.s-warning { border-bottom: 2px dashed #b06000; }
.hl.s-info { border-bottom: 2px dotted #1a73e8; }
.hl.off { background: none !important; border-bottom-color: transparent !important; cursor: auto; }
.hl.selected { outline: 2px solid #1a73e8; }
.hl.done { background: #ccebd3 !important; border-bottom-style: solid; border-bottom-color: #137333; }
.ins { color: #c5221f; font-weight: 700; cursor: pointer; }
.ins.off { display: none; }
.evidence { outline: 2px dashed #c5221f; background: #fff1a8; }
aside.detail { border-left: 3px solid #1a73e8; padding: .2rem .8rem; align-self: start; position: sticky; top: 4.5rem;
  max-height: 80vh; overflow: auto; font-size: .92rem; }
aside.detail .hint { color: #666; }
ol.findings { padding-left: 1.4rem; font-size: .92rem; }
.card { margin-bottom: .8rem; }
aside.detail .card { list-style: none; border-bottom: 1px solid #eee; padding-bottom: .5rem; }
.card.off { display: none; }
.card .code { font-family: ui-monospace, monospace; font-weight: 700; }
.card .sev { font-size: .75rem; text-transform: uppercase; padding: 0 .4em; border-radius: 3px; background: #eee; }
.card .sev.error { background: #fce8e6; color: #c5221f; }
.card .sev.warning { background: #fef7e0; color: #b06000; }
.card q { background: #f3f3f3; }
.card ul.related { margin: .3rem 0; padding-left: 1.1rem; }
.card .jump { cursor: pointer; text-decoration: underline dotted; }
.card .suggest { margin-top: .3rem; }
.card .suggest ins { background: #e6f4ea; text-decoration: none; padding: 0 .2em; }
.card button { font: inherit; font-size: .85rem; margin-left: .3rem; cursor: pointer; }
.card .state { font-size: .8rem; color: #666; margin-left: .4rem; }
.card.accepted .state { color: #137333; }
.card.rejected { opacity: .6; }
details.corrected pre { white-space: pre-wrap; background: #f8f8f8; padding: .6rem; max-height: 30rem; overflow: auto; }
.toolbar button { font: inherit; font-size: .85rem; }
"""

# The script reads the data island, wires filters, selection, accept/reject and downloads. It
# builds every piece of article text with textContent, never innerHTML.
JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("lint-news-data").textContent);
  var state = {};          // finding id -> "accepted" | "rejected"
  var byId = {};
  data.articles.forEach(function (a) { a.findings.forEach(function (f) { byId[f.id] = f; f.article = a; }); });

  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function ids(el) { return (el.getAttribute("data-f") || "").split(" ").filter(Boolean); }

  // -- filters --------------------------------------------------------------
  function visible(f) {
    var c = document.querySelector('.filters input[data-category="' + f.category + '"]');
    var s = document.querySelector('.filters input[data-severity="' + f.severity + '"]');
    return (!c || c.checked) && (!s || s.checked);
  }
  function applyFilters() {
    all("[data-f]").forEach(function (el) {
      var shown = ids(el).filter(function (id) { return visible(byId[id]); });
      el.classList.toggle("off", shown.length === 0);
      if (shown.length && el.classList.contains("hl")) {
        var first = byId[shown[0]];
        el.style.background = data.colours[first.category] || "#eee";
      }
    });
    all(".card").forEach(function (card) { card.classList.toggle("off", !visible(byId[card.getAttribute("data-id")])); });
  }
  all(".filters input").forEach(function (box) { box.addEventListener("change", applyFilters); });

  // -- selection and evidence -----------------------------------------------
  function section(el) { return el.closest("section.article"); }
  function markSpan(sec, start, end, cls) {
    all(".text [data-s]", sec).forEach(function (seg) {
      var s = +seg.getAttribute("data-s"), e = +seg.getAttribute("data-e");
      if (s < end && start < e) { seg.classList.add(cls); }
    });
  }
  function select(sec, findingIds) {
    all(".selected, .evidence", sec).forEach(function (el) { el.classList.remove("selected", "evidence"); });
    var detail = sec.querySelector("aside.detail");
    detail.textContent = "";
    findingIds.forEach(function (id) {
      var card = sec.querySelector('.card[data-id="' + id + '"]');
      if (!card) { return; }
      var copy = card.cloneNode(true);
      copy.classList.remove("off");
      detail.appendChild(copy);
      var f = byId[id];
      markSpan(sec, f.start, Math.max(f.end, f.start + 1), "selected");
      f.related.forEach(function (r) { if (!r.path) { markSpan(sec, r.start, Math.max(r.end, r.start + 1), "evidence"); } });
    });
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var mark = t.closest(".text [data-f]");
    if (mark && !mark.classList.contains("off")) {
      select(section(mark), ids(mark).filter(function (id) { return visible(byId[id]); }));
      return;
    }
    var jump = t.closest(".jump");
    if (jump) {
      var sec = section(jump);
      var r = byId[jump.getAttribute("data-id")].related[+jump.getAttribute("data-r")];
      all(".evidence", sec).forEach(function (el) { el.classList.remove("evidence"); });
      markSpan(sec, r.start, Math.max(r.end, r.start + 1), "evidence");
      var seg = sec.querySelector(".text .evidence");
      if (seg) { seg.scrollIntoView({block: "center"}); }
      return;
    }
    var pick = t.closest(".card .pick");
    if (pick && !t.closest("button")) {
      select(section(pick), [pick.closest(".card").getAttribute("data-id")]);
      return;
    }
    var btn = t.closest("button[data-action]");
    if (btn) { act(btn); }
  });

  document.addEventListener("keydown", function (ev) {
    var mark = ev.target.closest && ev.target.closest(".text [data-f]");
    if (mark && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); mark.click(); }
  });

  // -- accept / reject and the corrected text --------------------------------
  function overlaps(a, b) {
    if (a.start === a.end || b.start === b.end) { return a.start <= b.end && b.start <= a.end; }
    return a.start < b.end && b.start < a.end;
  }
  function corrected(file) {
    var edits = [];
    data.articles.forEach(function (a) {
      if (a.file !== +file) { return; }
      a.findings.forEach(function (f) { if (state[f.id] === "accepted" && f.edit) { edits.push(f.edit); } });
    });
    edits.sort(function (x, y) { return y.start - x.start || y.end - x.end; });
    var text = data.files[file].source;
    edits.forEach(function (e) { text = text.slice(0, e.start) + e.replacement + text.slice(e.end); });
    return text;
  }
  function refresh(file) {
    all('section.article[data-file="' + file + '"]').forEach(function (sec) {
      sec.querySelector(".corrected-text").textContent = corrected(file);
      var n = all(".findings .card.accepted", sec).length;
      sec.querySelector(".accepted-count").textContent = n ? n + " accepted" : "";
    });
  }
  function setState(id, value, note) {
    if (value) { state[id] = value; } else { delete state[id]; }
    all('.card[data-id="' + id + '"]').forEach(function (card) {
      card.classList.toggle("accepted", value === "accepted");
      card.classList.toggle("rejected", value === "rejected");
      card.querySelector(".state").textContent = note || (value ? value : "");
    });
    all("[data-f]").forEach(function (el) {
      if (ids(el).indexOf(id) >= 0) { el.classList.toggle("done", value === "accepted"); }
    });
  }
  function act(btn) {
    var id = btn.getAttribute("data-id"), f = byId[id], action = btn.getAttribute("data-action");
    if (action === "accept") {
      var clash = f.article.findings.concat().filter(function (g) {
        return g.id !== id && state[g.id] === "accepted" && g.edit && f.edit && overlaps(g.edit, f.edit);
      });
      if (clash.length) { setState(id, null, "overlaps an accepted suggestion"); return; }
      setState(id, "accepted");
    } else if (action === "reject") {
      setState(id, "rejected");
    } else if (action === "undo") {
      setState(id, null);
    }
    refresh(f.article.file);
  }
  all("button.download").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var file = +btn.getAttribute("data-file");
      var text = (data.files[file].bom ? "\ufeff" : "") + corrected(file);
      var link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([text], {type: "text/plain;charset=utf-8"}));
      link.download = data.files[file].name;
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  });
  all("button.accept-safe").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var sec = section(btn);
      all('.findings .card[data-safety="safe"]', sec).forEach(function (card) {
        var b = card.querySelector('button[data-action="accept"]');
        if (b && !state[card.getAttribute("data-id")]) { act(b); }
      });
    });
  });
  applyFilters();
  Object.keys(data.files).forEach(refresh);
  document.documentElement.setAttribute("data-ready", "1");
})();
"""
