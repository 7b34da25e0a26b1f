// prx-tunnel inspector. Every captured value is put into the page with textContent or as an
// input's value, never as HTML, so a request carrying markup cannot run in this page.
"use strict";

const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
};

const rows = new Map(); // id -> {summary, tr}
let selected = null;
let detail = null;

function fmtDuration(ns) {
  if (ns >= 1e9) return (ns / 1e9).toFixed(2) + " s";
  if (ns >= 1e6) return (ns / 1e6).toFixed(1) + " ms";
  return (ns / 1e3).toFixed(0) + " µs";
}

function fmtTime(iso) {
  const d = new Date(iso);
  return isNaN(d) ? iso : d.toLocaleTimeString();
}

// ---- the live list ----

function matches(s) {
  const path = $("f-path").value.trim().toLowerCase();
  const method = $("f-method").value;
  const status = $("f-status").value.trim().toLowerCase();
  if (path && !s.uri.toLowerCase().includes(path)) return false;
  if (method && s.method !== method) return false;
  if (status) {
    const code = s.status_code === null || s.status_code === undefined ? "" : String(s.status_code);
    if (/^[1-5]xx$/.test(status)) {
      if (code[0] !== status[0]) return false;
    } else if (code !== status) {
      return false;
    }
  }
  return true;
}

function addRow(s, atTop) {
  if (rows.has(s.id)) return;
  const tr = el("tr");
  tr.dataset.id = s.id;
  tr.appendChild(el("td", s.method, "method"));
  tr.appendChild(el("td", s.uri, "path"));
  const status = s.status_code === null || s.status_code === undefined ? (s.error ? "error" : "…") : s.status_code;
  tr.appendChild(el("td", status, "status s" + String(status)[0]));
  tr.appendChild(el("td", fmtDuration(s.duration), "duration"));
  tr.appendChild(el("td", fmtTime(s.start) + (s.replay_of ? " (replay)" : ""), "time"));
  tr.addEventListener("click", () => select(s.id));
  tr.hidden = !matches(s);
  const body = $("rows");
  if (atTop && body.firstChild) body.insertBefore(tr, body.firstChild);
  else body.appendChild(tr);
  rows.set(s.id, { summary: s, tr });
  $("empty-note").hidden = rows.size > 0;
}

function refilter() {
  for (const { summary, tr } of rows.values()) tr.hidden = !matches(summary);
}

async function loadList() {
  const resp = await fetch("/api/requests/http?limit=1000&summary=true");
  const data = await resp.json();
  for (const s of data.requests) addRow(s, false);
  $("empty-note").hidden = rows.size > 0;
}

function goLive() {
  const source = new EventSource("/api/requests/live");
  source.addEventListener("open", () => { $("live-state").textContent = "live"; });
  source.addEventListener("error", () => { $("live-state").textContent = "reconnecting…"; });
  source.addEventListener("request", (ev) => addRow(JSON.parse(ev.data), true));
  source.addEventListener("lagged", () => { for (const r of rows.values()) r.tr.remove(); rows.clear(); loadList(); });
}

// ---- bodies ----

function bytesOf(b64) {
  const bin = atob(b64 || "");
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function textOf(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (_) {
    return null;
  }
}

function prettyXml(text) {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length) return null;
  const lines = [];
  const walk = (node, depth) => {
    const pad = "  ".repeat(depth);
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.nodeValue.trim();
      if (t) lines.push(pad + t);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const attrs = Array.from(node.attributes).map((a) => " " + a.name + '="' + a.value + '"').join("");
    const kids = Array.from(node.childNodes).filter((k) => k.nodeType === Node.ELEMENT_NODE || (k.nodeType === Node.TEXT_NODE && k.nodeValue.trim()));
    if (kids.length === 0) {
      lines.push(pad + "<" + node.nodeName + attrs + "/>");
    } else if (kids.length === 1 && kids[0].nodeType === Node.TEXT_NODE) {
      lines.push(pad + "<" + node.nodeName + attrs + ">" + kids[0].nodeValue.trim() + "</" + node.nodeName + ">");
    } else {
      lines.push(pad + "<" + node.nodeName + attrs + ">");
      for (const k of kids) walk(k, depth + 1);
      lines.push(pad + "</" + node.nodeName + ">");
    }
  };
  walk(doc.documentElement, 0);
  return lines.join("\n");
}

// Returns [text to show, note].
function pretty(body) {
  if (!body || body.size === 0) return ["", "(empty)"];
  const bytes = bytesOf(body.base64);
  let note = body.truncated ? "(first " + body.captured + " of " + body.size + " bytes)" : "(" + body.size + " bytes)";
  const text = textOf(bytes);
  if (text === null) return [Array.from(bytes.slice(0, 4096), (b) => b.toString(16).padStart(2, "0")).join(" "), note + " binary, hex"];
  const type = (body.content_type || "").toLowerCase();
  if (type.includes("json") || /^\s*[[{]/.test(text)) {
    try {
      return [JSON.stringify(JSON.parse(text), null, 2), note + " JSON"];
    } catch (e) {
      if (type.includes("json")) return [text, note + " JSON syntax error: " + e.message];
    }
  }
  if (type.includes("xml")) {
    const x = prettyXml(text);
    return x === null ? [text, note + " XML syntax error"] : [x, note + " XML"];
  }
  if (type.includes("x-www-form-urlencoded")) {
    const lines = [];
    for (const [k, v] of new URLSearchParams(text)) lines.push(k + " = " + v);
    return [lines.join("\n"), note + " form"];
  }
  return [text, note];
}

// ---- detail ----

function headerTable(table, headers) {
  table.replaceChildren();
  for (const [name, values] of Object.entries(headers || {})) {
    for (const v of values) {
      const tr = el("tr");
      tr.appendChild(el("th", name));
      tr.appendChild(el("td", v));
      table.appendChild(tr);
    }
  }
}

function showTab(name) {
  for (const b of document.querySelectorAll(".tabs button")) b.classList.toggle("active", b.dataset.tab === name);
  for (const t of document.querySelectorAll(".tab")) t.hidden = t.id !== "tab-" + name;
}

async function select(id) {
  selected = id;
  for (const { tr } of rows.values()) tr.classList.toggle("selected", tr.dataset.id === id);
  const resp = await fetch("/api/requests/http/" + encodeURIComponent(id));
  if (!resp.ok) {
    $("d-title").textContent = "This request is gone (deleted or evicted).";
    return;
  }
  const d = await resp.json();
  if (selected !== id) return;
  detail = d;
  $("detail-pane").hidden = false;
  $("edit").hidden = true;
  $("replay-state").textContent = "";
  $("d-title").textContent = d.request.method + " " + d.request.uri;
  const summary = $("d-summary");
  summary.replaceChildren();
  const add = (k, v) => { summary.appendChild(el("dt", k)); summary.appendChild(el("dd", v)); };
  add("Status", d.response ? d.response.status : (d.error ? "no response: " + d.error : "pending"));
  add("Duration", fmtDuration(d.duration));
  add("Time", new Date(d.start).toLocaleString());
  add("Client", d.remote_addr);
  add("Tunnel", d.tunnel_name);
  if (d.replay_of) add("Replay of", d.replay_of);
  const [reqText, reqNote] = pretty(d.request.body);
  $("d-req-body").textContent = reqText;
  $("d-req-note").textContent = reqNote;
  const [respText, respNote] = d.response ? pretty(d.response.body) : ["", "(no response)"];
  $("d-resp-body").textContent = respText;
  $("d-resp-note").textContent = respNote;
  headerTable($("d-req-headers"), d.request.headers);
  headerTable($("d-resp-headers"), d.response ? d.response.headers : {});
  const raw = (b64) => { const b = bytesOf(b64); return textOf(b) ?? "(binary, " + b.length + " bytes)"; };
  $("d-req-raw").textContent = raw(d.request.raw);
  $("d-resp-raw").textContent = d.response ? raw(d.response.raw) : "";
}

async function replay(changes) {
  if (!detail) return;
  $("replay-state").textContent = "replaying…";
  const resp = await fetch("/api/requests/http", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(Object.assign({ id: detail.id }, changes || {})),
  });
  if (resp.status === 204) {
    $("replay-state").textContent = "replayed";
  } else {
    let msg = "HTTP " + resp.status;
    try { msg = (await resp.json()).msg; } catch (_) { /* not JSON */ }
    $("replay-state").textContent = "replay failed: " + msg;
  }
}

function openEditor() {
  if (!detail) return;
  $("e-method").value = detail.request.method;
  $("e-uri").value = detail.request.uri;
  const lines = [];
  for (const [name, values] of Object.entries(detail.request.headers || {})) for (const v of values) lines.push(name + ": " + v);
  $("e-headers").value = lines.join("\n");
  $("e-body").value = textOf(bytesOf(detail.request.body.base64)) ?? "";
  $("edit").hidden = false;
}

function sendEdited(ev) {
  ev.preventDefault();
  const headers = {};
  for (const line of $("e-headers").value.split("\n")) {
    const at = line.indexOf(":");
    if (at <= 0) continue;
    const name = line.slice(0, at).trim();
    (headers[name] = headers[name] || []).push(line.slice(at + 1).trim());
  }
  $("edit").hidden = true;
  replay({ method: $("e-method").value.trim(), uri: $("e-uri").value.trim(), headers, body: $("e-body").value });
}

async function clearAll() {
  const resp = await fetch("/api/requests/http", { method: "DELETE" });
  if (resp.status === 204) {
    for (const r of rows.values()) r.tr.remove();
    rows.clear();
    $("detail-pane").hidden = true;
    $("empty-note").hidden = false;
  }
}

// ---- status page ----

async function loadStatus() {
  const [status, endpoints] = await Promise.all([
    fetch("/api/status").then((r) => r.json()),
    fetch("/api/endpoints").then((r) => r.json()),
  ]);
  const list = $("status-list");
  list.replaceChildren();
  const add = (k, v) => { list.appendChild(el("dt", k)); list.appendChild(el("dd", v === null || v === undefined ? "–" : v)); };
  const s = status.session || {};
  add("State", status.status);
  add("Public URL", status.public_url);
  add("Forwards to", status.local_addr);
  add("Version", status.agent_version);
  add("Region", s.legs && s.legs[0] ? s.legs[0].region : null);
  add("Server", s.server_addr);
  add("Reconnects", s.reconnects);
  add("Heartbeat latency", s.heartbeat_latency_ms === null || s.heartbeat_latency_ms === undefined ? null : s.heartbeat_latency_ms.toFixed(1) + " ms");
  add("Last error", s.last_error);
  add("Inspector", status.web_addr);
  const body = $("endpoint-rows");
  body.replaceChildren();
  for (const e of endpoints.endpoints) {
    const tr = el("tr");
    for (const v of [e.name, e.url, e.upstream.url, e.metrics.http.count, e.metrics.conns.gauge]) tr.appendChild(el("td", v));
    body.appendChild(tr);
  }
}

// ---- start ----

function start() {
  if (location.pathname === "/status") {
    $("status-view").hidden = false;
    $("nav-status").classList.add("active");
    loadStatus();
    setInterval(loadStatus, 2000);
    $("live-state").textContent = "";
    return;
  }
  $("inspect-view").hidden = false;
  $("nav-inspect").classList.add("active");
  for (const id of ["f-path", "f-method", "f-status"]) $(id).addEventListener("input", refilter);
  for (const b of document.querySelectorAll(".tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));
  $("replay").addEventListener("click", () => replay(null));
  $("replay-edit").addEventListener("click", openEditor);
  $("edit").addEventListener("submit", sendEdited);
  $("e-cancel").addEventListener("click", () => { $("edit").hidden = true; });
  $("clear-all").addEventListener("click", clearAll);
  loadList().then(goLive);
}

document.addEventListener("DOMContentLoaded", start);
