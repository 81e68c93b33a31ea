// One event as a list item, shared by the dashboard, the pair page and the person page.

import { countryName } from "./api.js";
import { bidi, eventHref, h } from "./dom.js";

export function sides(ev, names) {
  const codes = ev.countries || [];
  return codes.map((c) => countryName(names, c)).join(" – ") || "unknown sides";
}

export function eventItem(ev, names) {
  const persons = (ev.persons || []).map((p) => p.name).filter(Boolean);
  const meta = [
    ev.location ? `${ev.location}` : ev.location_country ? countryName(names, ev.location_country) : null,
    ev.mode, `${ev.n_sources ?? 1} source${ev.n_sources === 1 ? "" : "s"}`,
    (ev.langs || []).join(" "),
  ].filter(Boolean).join(" · ");
  return h("li", { class: "event", "data-id": ev.id },
    h("a", { href: eventHref(ev.id), class: "ev-link" },
      h("span", { class: "ev-date" }, ev.date || "undated"),
      h("span", { class: `badge type-${ev.type}` }, ev.type),
      ev.status === "planned" ? h("span", { class: "badge planned" }, "planned") : null,
      (ev.corrected || []).length ? h("span", { class: "badge corrected", title: "corrected by an analyst" }, "corrected") : null,
      h("span", { class: "ev-title" }, sides(ev, names))),
    h("div", { class: "ev-meta" }, meta),
    persons.length ? h("div", { class: "ev-persons" }, persons.map((p, i) => [i ? ", " : "", bidi(p)])) : null);
}

export function pairHref(a, b) {
  return `/pair/${encodeURIComponent([a, b].sort().join("-"))}`;
}

export function personHref(p) {
  return `/person/${encodeURIComponent(p.id || p.name)}`;
}

/** The export link for the current filters (every matching row; a BOM so spreadsheets read UTF-8). */
export function exportHref(filters, format, table = "events") {
  const params = new URLSearchParams({ format, table });
  if (format === "csv") params.set("bom", "true");
  for (const [k, v] of Object.entries(filters || {})) if (v && k !== "offset") params.set(k, v);
  return `/api/export?${params}`;
}
