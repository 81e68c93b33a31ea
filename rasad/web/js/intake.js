// Live intake on the dashboard (self-contained): a small "Sources" panel telling when each source
// was last read, and a mark on events that came in since the user's last visit. The last visit is
// kept in localStorage; within one browser session the same starting point is used on every page.
(function () {
  "use strict";
  const LAST = "rasad.lastVisit", BASE = "rasad.visitBase";
  let newEvents = new Set();

  function visitBase() {
    let base = sessionStorage.getItem(BASE);
    if (base === null) {
      base = localStorage.getItem(LAST) || "";
      sessionStorage.setItem(BASE, base);
    }
    localStorage.setItem(LAST, new Date().toISOString());
    return base;
  }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.json();
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function ago(iso) {
    if (!iso) return "never";
    const s = (Date.now() - Date.parse(iso)) / 1000;
    if (s < 90) return "just now";
    if (s < 5400) return `${Math.round(s / 60)} min ago`;
    if (s < 129600) return `${Math.round(s / 3600)} h ago`;
    return `${Math.round(s / 86400)} days ago`;
  }

  function mark(node, id) {
    if (newEvents.has(id) && !node.classList.contains("rasad-new")) {
      node.classList.add("rasad-new");
      node.title = (node.title ? node.title + " · " : "") + "new since your last visit";
    }
  }

  // Events are links to /event/ID (and, in the dashboard's list, items with data-id).
  function markNew(root) {
    if (!newEvents.size) return;
    for (const a of root.querySelectorAll('a[href^="/event/"]')) {
      mark(a, decodeURIComponent(a.getAttribute("href").slice("/event/".length)));
    }
    for (const li of root.querySelectorAll("li.event[data-id]")) mark(li, li.dataset.id);
  }

  function panel(sources, lastRead, base) {
    const box = el("aside", "rasad-sources");
    box.id = "rasad-sources";
    const toggle = el("button", "rasad-sources-toggle",
      `Sources · read ${ago(lastRead)}` + (newEvents.size ? ` · ${newEvents.size} new` : ""));
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    const body = el("div", "rasad-sources-body");
    body.hidden = true;
    toggle.addEventListener("click", () => {
      body.hidden = !body.hidden;
      toggle.setAttribute("aria-expanded", String(!body.hidden));
    });
    const note = base ? `${newEvents.size} new events since your last visit (${new Date(base).toLocaleString()})`
                      : "First visit: new events will be marked from your next visit on.";
    body.append(el("p", "rasad-sources-note", note));
    const table = el("table");
    const head = el("tr");
    for (const h of ["source", "last read", "articles", "events"]) head.append(el("th", null, h));
    table.append(head);
    for (const s of sources) {
      const row = el("tr", s.failing ? "failing" : null);
      const name = el("td", null, s.name);
      if (s.failing && s.last_error) name.title = s.last_error;
      row.append(name, el("td", null, ago(s.last_success)), el("td", "num", String(s.articles)),
                 el("td", "num", String(s.events)));
      table.append(row);
    }
    body.append(table);
    box.append(toggle, body);
    document.body.append(box);
  }

  async function start() {
    const base = visitBase();
    let data;
    try {
      data = await getJSON("/api/sources");
    } catch (e) {
      return;                                   // no intake here: show nothing
    }
    if (!data.sources || !data.sources.length) return;
    if (base) {
      try {
        const fresh = await getJSON(`/api/sources/new?since=${encodeURIComponent(base)}`);
        newEvents = new Set(fresh.events);
      } catch (e) { /* the panel still shows the sources */ }
    }
    panel(data.sources, data.last_read, base);
    markNew(document);
    new MutationObserver(() => markNew(document)).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
