// The corrections of an event: what analysts changed (always shown), and a form to correct it when
// the server was started with corrections on. The token is asked once and kept for the tab only.

import { append, h } from "./dom.js";

const FIELDS = ["date", "source", "target", "countries", "location", "type", "status", "mode", "add_person", "remove_person"];
const TOKEN_KEY = "rasad.token";

export function correctionsSection(ev, enabled) {
  const list = ev.corrections || [];
  if (!list.length && !enabled) return null;
  const section = h("section", { class: "corrections" }, h("h2", {}, "Corrections"));
  if (list.length) {
    append(section, [h("ul", { class: "correction-list" }, list.map((c) => h("li", { "data-id": String(c.id) },
      h("strong", {}, summary(c)), c.author ? ` — ${c.author}` : "", c.created_at ? ` (${c.created_at.slice(0, 10)})` : "",
      c.note ? [": ", h("q", { dir: "auto" }, c.note)] : "")))]);
  } else {
    section.append(h("p", { class: "note" }, "No corrections yet."));
  }
  if (enabled) section.append(form(ev));
  return section;
}

function summary(c) {
  if (c.action === "wrong") return "marked wrong";
  if (c.action === "right") return "marked right";
  if (c.action === "split") return `reports split off: ${(c.value?.anchors || []).join(", ")}`;
  if (c.action === "merge") return `merged with ${c.value?.other}`;
  return `${c.field} set to ${typeof c.value === "object" ? JSON.stringify(c.value) : c.value}`;
}

function form(ev) {
  const status = h("p", { class: "note", role: "status" });
  const f = h("form", { class: "correct-form", "aria-label": "Correct this event" },
    h("label", {}, "Correction ", h("select", { name: "action" },
      h("option", { value: "set" }, "fix a field"), h("option", { value: "wrong" }, "mark wrong"),
      h("option", { value: "right" }, "mark right"), h("option", { value: "split" }, "split off reports (doc ids)"),
      h("option", { value: "merge" }, "merge another event into this one (event id)"))),
    h("label", {}, "Field ", h("select", { name: "field" }, FIELDS.map((x) => h("option", { value: x }, x)))),
    h("label", {}, "Value ", h("input", { name: "value", dir: "auto", maxlength: "300", placeholder: "e.g. 2024-05-03, Russia, Moscow,RUS" })),
    h("label", {}, "Note ", h("input", { name: "note", dir: "auto", maxlength: "2000" })),
    h("label", {}, "Your name ", h("input", { name: "author", maxlength: "200" })),
    h("label", {}, "Token ", h("input", { name: "token", type: "password", autocomplete: "off" })),
    h("button", { type: "submit" }, "Save correction"), status);
  f.elements.namedItem("token").value = sessionStorage.getItem(TOKEN_KEY) || "";
  f.addEventListener("submit", async (e) => {
    e.preventDefault();
    const get = (n) => f.elements.namedItem(n).value.trim();
    const action = get("action");
    const body = { action, note: get("note") || null, author: get("author") || null };
    if (action === "set") Object.assign(body, { field: get("field"), value: get("value") });
    if (action === "split") body.value = { anchors: get("value").split(/[\s,]+/).filter(Boolean) };
    if (action === "merge") body.value = { other: get("value") };
    sessionStorage.setItem(TOKEN_KEY, get("token"));
    status.textContent = "Saving…";
    try {
      const r = await fetch(`/api/events/${encodeURIComponent(ev.id)}/corrections`, {
        method: "POST", body: JSON.stringify(body),
        headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${get("token")}` },
      });
      const answer = await r.json().catch(() => ({}));
      if (!r.ok) throw new Error(answer.error || `${r.status}`);
      window.location.reload();
    } catch (err) {
      status.textContent = `Not saved: ${err.message}`;
    }
  });
  return f;
}
