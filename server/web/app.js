// Verbatim web page: ask (streamed, with clickable citations and a bare
// recall comparison), search and the library. No framework; every piece of
// server text goes into the DOM as text, never as HTML.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

// ---- API access -----------------------------------------------------------

function headers(extra = {}) {
  const h = Object.assign({}, extra);
  const key = localStorage.getItem("verbatim-key");
  if (key) h["Authorization"] = "Bearer " + key;
  return h;
}

async function api(path, opts = {}) {
  opts.headers = headers(opts.headers);
  const res = await fetch(path, opts);
  if (res.status === 401) {
    $("#keybar").classList.remove("hidden");
    throw new Error("This server needs an API key.");
  }
  if (!res.ok) {
    let msg = res.status + " " + res.statusText;
    try { msg = (await res.json()).error || msg; } catch (_) { /* keep the status */ }
    throw new Error(msg);
  }
  return res;
}

async function getJSON(path) {
  return (await api(path)).json();
}

// stream posts body and calls onEvent(name, data) for each server-sent event.
async function stream(path, body, onEvent) {
  const res = await api(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
    body: JSON.stringify(body),
  });
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  let buf = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let i;
    while ((i = buf.indexOf("\n\n")) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      let name = "message", data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      if (data) onEvent(name, JSON.parse(data));
    }
  }
}

// ---- formatting -------------------------------------------------------------

function fmtBytes(n) {
  if (n < 1024) return n + " B";
  const u = ["KiB", "MiB", "GiB"];
  let i = -1;
  do { n /= 1024; i++; } while (n >= 1024 && i < u.length - 1);
  return n.toFixed(n < 10 ? 1 : 0) + " " + u[i];
}

function fmtMS(ms) {
  return ms < 1000 ? ms.toFixed(ms < 10 ? 1 : 0) + " ms" : (ms / 1000).toFixed(2) + " s";
}

// shortPath drops the folders shared by every path the page has seen.
function shortPath(p) {
  const parts = p.split("/");
  return parts.length > 3 ? "…/" + parts.slice(-2).join("/") : p;
}

function shortRef(ref, path) {
  return ref.startsWith(path) ? shortPath(path) + ref.slice(path.length) : ref;
}

// ---- tabs -------------------------------------------------------------------

function show(view) {
  for (const t of document.querySelectorAll(".tab")) {
    const on = t.dataset.view === view;
    t.classList.toggle("active", on);
    t.setAttribute("aria-selected", on);
  }
  for (const v of document.querySelectorAll(".view")) v.classList.toggle("hidden", v.id !== "view-" + view);
  if (view === "library") loadLibrary();
  const focus = { ask: "#question", search: "#search-q" }[view];
  if (focus) $(focus).focus();
}

// ---- ask --------------------------------------------------------------------

function newAnswerCard(mode) {
  const card = $("#answer-tpl").content.firstElementChild.cloneNode(true);
  card.id = "answer-" + mode;
  card.classList.add(mode);
  $(".badge", card).textContent = mode === "rag" ? "Grounded answer" : "Bare recall · unverified";
  $(".answer-text", card).classList.add("streaming");
  return card;
}

async function runAsk(card, question, mode, k) {
  const text = $(".answer-text", card);
  let streamed = "";
  try {
    await stream("/api/ask", { question, mode, k }, (name, data) => {
      if (name === "token") {
        streamed += data.delta;
        text.textContent = streamed;
      } else if (name === "answer") {
        renderAnswer(card, data);
      } else if (name === "error") {
        throw new Error(data.error);
      }
    });
  } catch (err) {
    text.classList.remove("streaming");
    card.classList.add("failed");
    text.textContent = err.message;
  }
}

// renderAnswer shows the final answer: markers become citation buttons,
// unsupported sentences are flagged, the sources are listed.
function renderAnswer(card, a) {
  const text = $(".answer-text", card);
  text.classList.remove("streaming");
  text.replaceChildren(...answerNodes(a));
  card.classList.toggle("abstained", a.abstained);
  $(".gen", card).textContent = a.generator;
  const flags = $(".flags", card);
  flags.replaceChildren();
  if (a.mode === "bare" && a.degenerate) {
    flags.append(el("div", "flag warn", "Degenerate answer (" + a.degenerate +
      "): the model's recall gives out here; it states nothing."));
  } else if (a.mode === "bare" && !a.abstained) {
    const n = a.unsupported.length;
    const facts = (a.checks || []).some((ch) => ch.facts && ch.facts.length);
    if (n) {
      flags.append(el("div", "flag warn", n + (n === 1 ? " claim is" : " claims are") +
        " not found in the documents (possible compression artifact)."));
    } else if (facts) {
      flags.append(el("div", "flag ok", "Every stated fact was found in the documents afterwards — but nothing here is cited."));
    } else if (a.sources && a.sources.length) {
      flags.append(el("div", "flag note", "States no fact (number, date or name) to look for in the documents."));
    } else {
      flags.append(el("div", "flag note", "Not checked against the documents."));
    }
  } else if (a.unsupported.length) {
    // One line per flagged sentence, saying what to do about it: which fact
    // is missing from which citation, where it was found instead.
    for (const u of a.unsupported) {
      const kind = u.verdict === "uncited" ? "flag note" : "flag warn";
      const short = u.sentence.length > 120 ? u.sentence.slice(0, 120) + "…" : u.sentence;
      flags.append(el("div", kind, (u.note || "not supported by its citations") + ": “" + short + "”"));
    }
  }
  const list = $(".cites", card);
  list.replaceChildren();
  for (const c of a.citations) {
    const li = el("li", "cite-item");
    const btn = el("button", "cite-ref", "[" + c.n + "] " + shortRef(c.ref, c.span.path));
    btn.title = "Open " + c.ref;
    btn.addEventListener("click", () => openCitation(c));
    li.append(btn, el("q", "cite-quote", c.quote.length > 240 ? c.quote.slice(0, 240) + "…" : c.quote));
    if (c.verdict === "unsupported") {
      const why = (c.missing && c.missing.length ? "does not hold " + c.missing.join(", ") : "") +
        (c.negation ? (c.missing && c.missing.length ? "; " : "") + "says the opposite of the sentence citing it" : "");
      li.append(el("div", "cite-verdict warn", "Unsupported: " + why));
    } else if (c.verdict === "supported") {
      li.append(el("div", "cite-verdict ok", "Supports every sentence citing it"));
    }
    list.append(li);
  }
  if (a.mode === "rag" && a.abstained && a.sources && a.sources.length) {
    // A declined answer names the passages retrieval found, so the reader
    // can look for themselves.
    list.append(el("li", "closest-label", "Closest passages (none judged to state the answer" +
      (typeof a.confidence === "number" ? "; the reader's confidence in its best candidate: " + (Math.floor(a.confidence * 100 + 1e-9) / 100).toFixed(2) : "") + "):"));
    for (const s of a.sources.slice(0, 3)) {
      const li = el("li", "cite-item closest");
      const btn = el("button", "cite-ref", shortRef(s.ref, s.span.path) + (s.title ? " — " + s.title : ""));
      btn.title = "Open " + s.ref;
      btn.addEventListener("click", () => openPassage(s.passage_id, null));
      li.append(btn);
      list.append(li);
    }
  }
  const t = a.timings;
  $(".timings", card).textContent = "retrieve " + fmtMS(t.retrieve_ms) + " · generate " + fmtMS(t.generate_ms) +
    " · check " + fmtMS(t.check_ms) + " · total " + fmtMS(t.total_ms) +
    (a.sources.length ? " · " + a.sources.length + " passages" : "");
}

// answerNodes splits the answer into text, flagged sentences and citation
// buttons.
function answerNodes(a) {
  const s = a.answer;
  const flagged = [];
  for (const u of a.unsupported) {
    const i = s.indexOf(u.sentence);
    if (i >= 0) flagged.push({ start: i, end: i + u.sentence.length, u });
  }
  flagged.sort((x, y) => x.start - y.start);
  const nodes = [];
  let pos = 0;
  for (const f of flagged) {
    if (f.start < pos) continue;
    nodes.push(...markerNodes(s.slice(pos, f.start), a));
    const span = el("span", f.u.verdict === "uncited" ? "uncited" : "unsupported");
    span.title = f.u.note || (f.u.uncited ? "States facts but cites nothing"
      : "Not found in " + (a.mode === "bare" ? "the documents" : "the cited text") + ": " + (f.u.missing || []).join(", "));
    span.append(...markerNodes(s.slice(f.start, f.end), a));
    nodes.push(span);
    pos = f.end;
  }
  nodes.push(...markerNodes(s.slice(pos), a));
  return nodes;
}

function markerNodes(s, a) {
  const out = [];
  const re = /\[(\d+)\]/g;
  let last = 0, m;
  while ((m = re.exec(s))) {
    const c = a.citations.find((x) => x.n === Number(m[1]));
    if (!c) continue;
    if (m.index > last) out.push(document.createTextNode(s.slice(last, m.index)));
    const b = el("button", "cite", m[1]);
    b.title = c.ref;
    b.dataset.n = m[1];
    b.addEventListener("click", () => openCitation(c));
    out.push(b);
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(document.createTextNode(s.slice(last)));
  return out;
}

async function ask(ev) {
  ev.preventDefault();
  const question = $("#question").value.trim();
  if (!question) return;
  const k = Number($("#ask-k").value) || 0;
  const compare = $("#compare-toggle").checked;
  const box = $("#answers");
  box.replaceChildren();
  box.classList.toggle("compare", compare);
  const rag = newAnswerCard("rag");
  box.append(rag);
  const runs = [runAsk(rag, question, "rag", k)];
  if (compare) {
    const bare = newAnswerCard("bare");
    box.append(bare);
    runs.push(runAsk(bare, question, "bare", k));
  }
  $("#ask-btn").disabled = true;
  try { await Promise.all(runs); } finally { $("#ask-btn").disabled = false; }
}

// ---- the passage panel ------------------------------------------------------

function openCitation(c) {
  openPassage(c.passage_id, { start: c.span.start, end: c.span.end, quote: c.quote, n: c.n });
}

async function openPassage(id, hl) {
  const panel = $("#panel");
  panel.classList.add("open");
  panel.setAttribute("aria-hidden", "false");
  $("#scrim").classList.add("open");
  $("#panel-body").replaceChildren(el("div", "loading", "Loading…"));
  $("#panel-quote").replaceChildren();
  let q = "?context=1500";
  if (hl) q += "&start=" + hl.start + "&end=" + hl.end;
  let p;
  try {
    p = await getJSON("/api/passages/" + encodeURIComponent(id) + q);
  } catch (err) {
    $("#panel-body").replaceChildren(el("div", "error", err.message));
    return;
  }
  $("#panel-title").textContent = (hl ? "[" + hl.n + "] " : "") + (p.document.title || shortPath(p.document.path));
  const span = p.highlight ? p.highlight.span : p.span;
  $("#panel-ref").textContent = span.path + where(span);
  if (p.highlight) {
    $("#panel-quote").replaceChildren(el("span", "label", "Cited text"), el("q", "", p.highlight.text));
  }
  const body = el("div", "doc");
  if (p.window.start > 0) body.append(el("span", "ellipsis", "…\n"));
  let mark = null;
  for (const part of p.window.parts) {
    const tag = part.kind === "highlight" ? "mark" : "span";
    const node = el(tag, part.kind === "highlight" ? "hl" : part.kind, part.text);
    if (part.kind === "highlight") mark = node;
    body.append(node);
  }
  $("#panel-body").replaceChildren(body);
  const raw = el("a", "btn small", "Original file");
  raw.href = p.document.raw_url;
  raw.target = "_blank";
  raw.rel = "noopener";
  raw.addEventListener("click", (e) => { if (localStorage.getItem("verbatim-key")) { e.preventDefault(); openRaw(p.document.raw_url); } });
  $("#panel-foot").replaceChildren(raw, el("span", "meta",
    "passage " + p.passage.id + (span.src_start >= 0 ? " · bytes " + span.src_start + "–" + span.src_end + " of the original" : "") +
    " · " + p.document.format));
  (mark || $(".passage", body) || body).scrollIntoView({ block: "center" });
}

function where(sp) {
  const range = (a, b) => (b > a ? a + "–" + b : "" + a);
  if (sp.line_start) return (sp.line_end > sp.line_start ? " · lines " : " · line ") + range(sp.line_start, sp.line_end);
  if (sp.page_start) return (sp.page_end > sp.page_start ? " · pages " : " · page ") + range(sp.page_start, sp.page_end);
  if (sp.slide_start) return (sp.slide_end > sp.slide_start ? " · slides " : " · slide ") + range(sp.slide_start, sp.slide_end);
  if (sp.row_start) return " · " + sp.part + (sp.row_end > sp.row_start ? " rows " : " row ") + range(sp.row_start, sp.row_end);
  if (sp.para_start) return (sp.part ? " · " + sp.part : "") + " · ¶ " + range(sp.para_start, sp.para_end);
  return " · bytes " + sp.start + "–" + sp.end;
}

async function openRaw(url) {
  const blob = await (await api(url)).blob();
  window.open(URL.createObjectURL(blob), "_blank", "noopener");
}

function closePanel() {
  $("#panel").classList.remove("open");
  $("#panel").setAttribute("aria-hidden", "true");
  $("#scrim").classList.remove("open");
}

// ---- search -----------------------------------------------------------------

async function search(ev) {
  ev.preventDefault();
  const q = $("#search-q").value.trim();
  if (!q) return;
  const params = new URLSearchParams({ q, k: "20" });
  const path = $("#search-path").value.trim();
  if (path) params.append("path", path);
  const list = $("#results");
  list.replaceChildren();
  $("#search-meta").textContent = "Searching…";
  let r;
  try {
    r = await getJSON("/api/search?" + params);
  } catch (err) {
    $("#search-meta").textContent = err.message;
    return;
  }
  $("#search-meta").textContent = r.results.length + " passage" + (r.results.length === 1 ? "" : "s") + " in " + fmtMS(r.took_ms);
  for (const h of r.results) {
    const li = el("li", "result" + (h.relevant ? "" : " weak"));
    const head = el("div", "result-head");
    const ref = el("button", "result-ref", shortRef(h.ref, h.path));
    ref.title = h.ref;
    ref.addEventListener("click", () => openPassage(h.passage_id));
    head.append(ref, el("span", "score", "score " + h.score.toFixed(2) + " · coverage " + Math.round(h.coverage * 100) + "%"));
    let section = h.section || "";
    if (section === h.title) section = "";
    else if (h.title && section.startsWith(h.title + " > ")) section = section.slice(h.title.length + 3);
    const title = el("div", "result-title", (h.title || shortPath(h.path)) + (section ? " › " + section : ""));
    const snip = el("p", "snippet");
    if (h.snippet_start > 0) snip.append("…");
    for (const part of h.highlights) snip.append(part.mark ? el("mark", "", part.text) : document.createTextNode(part.text));
    if (h.snippet_start + new TextEncoder().encode(h.snippet).length < new TextEncoder().encode(h.text).length) snip.append("…");
    li.append(head, title, snip);
    list.append(li);
  }
}

// ---- library ----------------------------------------------------------------

async function loadLibrary() {
  let r;
  try { r = await getJSON("/api/documents"); } catch (err) { $("#docs").replaceChildren(row([err.message])); return; }
  const rows = r.documents.map((d) => {
    const tr = row([d.title || shortPath(d.path), d.format, fmtBytes(d.size), String(d.passages)]);
    tr.firstChild.title = d.path;
    tr.children[2].className = tr.children[3].className = "num";
    const a = el("a", "", "raw");
    a.href = "/api/documents/" + d.id + "/raw";
    a.target = "_blank";
    a.rel = "noopener";
    a.addEventListener("click", (e) => { if (localStorage.getItem("verbatim-key")) { e.preventDefault(); openRaw(a.href); } });
    const td = el("td");
    td.append(a);
    tr.append(td);
    return tr;
  });
  $("#docs").replaceChildren(...rows);
}

function row(cells) {
  const tr = el("tr");
  for (const c of cells) tr.append(el("td", "", c));
  return tr;
}

async function upload(ev) {
  ev.preventDefault();
  const files = $("#upload-files").files;
  if (!files.length) return;
  const form = new FormData();
  for (const f of files) form.append("file", f, f.name);
  const status = $("#ingest-status");
  try {
    const job = await (await api("/api/ingest", { method: "POST", body: form })).json();
    status.textContent = "Ingesting " + job.uploaded.length + " file(s)…";
    await pollJob(job.id);
  } catch (err) {
    status.textContent = err.message;
  }
}

async function pollJob(id) {
  const bar = $("#ingest-progress");
  bar.classList.remove("hidden");
  for (;;) {
    const j = await getJSON("/api/ingest/" + id);
    const p = j.progress;
    bar.max = Math.max(p.files_total, 1);
    bar.value = p.files;
    if (j.state !== "running") {
      bar.classList.add("hidden");
      // A report's empty lists are null in JSON (an upload of one empty or
      // unsupported file adds nothing): count them as none.
      const r = j.report || {};
      const n = (list) => (list || []).length;
      $("#ingest-status").textContent = j.state === "done"
        ? "Done: " + n(r.added) + " added, " + n(r.updated) + " updated, " + n(r.skipped) + " skipped, " + n(r.failed) + " failed" + (j.generator ? " · model retrained" : "") + "."
        : "Ingest " + j.state + ": " + (j.error || "");
      loadLibrary();
      loadStats();
      return;
    }
    $("#ingest-status").textContent = (p.phase === "train" ? "Retraining the model…" : "Ingesting " + p.files + " / " + p.files_total + " files…");
    await new Promise((r) => setTimeout(r, 400));
  }
}

// ---- start ------------------------------------------------------------------

async function loadStats() {
  try {
    const s = await getJSON("/api/stats");
    $("#stats").textContent = s.corpus.documents + " documents · " + s.corpus.passages + " passages · " + (s.generator || "no model yet");
  } catch (_) { /* the key bar says why */ }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const t of document.querySelectorAll(".tab")) t.addEventListener("click", () => show(t.dataset.view));
  $("#ask-form").addEventListener("submit", ask);
  $("#question").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("#ask-form").requestSubmit(); }
  });
  $("#search-form").addEventListener("submit", search);
  $("#upload-form").addEventListener("submit", upload);
  $("#panel-close").addEventListener("click", closePanel);
  $("#scrim").addEventListener("click", closePanel);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") closePanel(); });
  $("#key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    localStorage.setItem("verbatim-key", $("#api-key").value.trim());
    $("#keybar").classList.add("hidden");
    loadStats();
  });
  loadStats();
  $("#question").focus();
});
