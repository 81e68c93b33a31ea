// The dashboard: filters, timeline, network, map and the event list, all driven by the URL.

import { countries, countryName, getJSON } from "./api.js";
import { append, bidi, clear, eventHref, h, showError } from "./dom.js";
import { bindForm, current, fillCountries, fillList, onChange, update } from "./filters.js";
import { drawMap } from "./map.js";
import { drawNetwork } from "./network.js";
import { drawTimeline, monthRange } from "./timeline.js";

const PAGE = 20;
let names = {};
let generation = 0;

export async function showDashboard() {
  document.getElementById("view-dashboard").hidden = false;
  document.title = "rasad — defense diplomacy events";
  const form = document.getElementById("filters");
  bindForm(form);
  document.getElementById("prev").addEventListener("click", () => page(-1));
  document.getElementById("next").addEventListener("click", () => page(+1));
  document.getElementById("pairs").addEventListener("click", (e) => {
    const dyad = e.target.closest("button.pair")?.dataset.dyad;
    if (dyad) update({ dyad, country: null });
  });
  names = await countries();
  onChange(refresh);
  await Promise.all([refresh(current()), fillSuggestions(form)]);
}

function page(step) {
  const offset = Math.max(0, Number(current().offset || 0) + step * PAGE);
  update({ offset: offset ? String(offset) : null }, { keepOffset: true });
}

function apiFilters(f) {
  const { offset, ...rest } = f;
  return rest;
}

async function refresh(f) {
  const run = ++generation;
  const params = apiFilters(f);
  sessionStorage.setItem("rasad.lastQuery", window.location.search);
  showError("");
  try {
    const [list, series, graph, places] = await Promise.all([
      getJSON("/api/events", { ...params, limit: PAGE, offset: f.offset || 0 }),
      getJSON("/api/timeseries", params),
      getJSON("/api/graph", params),
      getJSON("/api/locations", params),
    ]);
    if (run !== generation) return;           // a newer filter state is already loading
    renderSummary(list, f);
    renderList(list);
    drawTimeline(document.getElementById("timeline"), series.series, (m) => update(monthRange(m)));
    const selected = { countries: [f.country, ...(f.dyad ? f.dyad.split("-") : [])].filter(Boolean), dyad: f.dyad || null };
    window.rasad.cy = drawNetwork(document.getElementById("network"), graph, names, selected, {
      onCountry: (c) => update({ country: c, dyad: null }),
      onPair: (a, b) => update({ dyad: [a, b].sort().join("-"), country: null }),
    });
    renderPairs(graph.edges);
    await drawMap(document.getElementById("map"), places, names, document.getElementById("map-note"));
    document.body.dataset.ready = String(run);
  } catch (err) {
    showError(`Could not load events: ${err.message}`);
    document.body.dataset.ready = String(run);
  }
}

/** The most frequent pairs as buttons: the network's links for keyboards and small screens. */
function renderPairs(edges) {
  const el = clear(document.getElementById("pairs"));
  const top = edges.slice().sort((a, b) => b.weight - a.weight).slice(0, 6);
  if (!top.length) return;
  el.append("Most frequent pairs: ");
  append(el, top.map((e) => h("button", { type: "button", class: "pair", "data-dyad": `${e.source}-${e.target}` },
    `${countryName(names, e.source)} – ${countryName(names, e.target)} (${e.weight})`)));
}

function renderSummary(list, f) {
  const active = Object.entries(apiFilters(f)).map(([k, v]) => `${k}=${v}`);
  document.getElementById("summary").textContent =
    `${list.total} event${list.total === 1 ? "" : "s"}` + (active.length ? ` matching ${active.join(", ")}` : "");
}

function renderList(list) {
  const ol = clear(document.getElementById("event-list"));
  if (!list.events.length) ol.append(h("li", { class: "empty" }, "No events match these filters."));
  append(ol, list.events.map(eventItem));
  const people = new Set(list.events.flatMap((e) => (e.persons || []).map((p) => p.name)).filter(Boolean));
  const datalist = document.getElementById("person-list");
  for (const o of datalist.options) people.add(o.value);
  fillList(datalist, [...people].sort());
  const first = list.total ? list.offset + 1 : 0;
  document.getElementById("page-info").textContent = `${first}–${list.offset + list.events.length} of ${list.total}`;
  document.getElementById("prev").disabled = list.offset === 0;
  document.getElementById("next").disabled = list.next_offset === null || list.next_offset === undefined;
}

function sides(ev) {
  const codes = ev.countries || [];
  return codes.map((c) => countryName(names, c)).join(" – ") || "unknown sides";
}

function eventItem(ev) {
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
      h("span", { class: "ev-title" }, sides(ev))),
    h("div", { class: "ev-meta" }, meta),
    persons.length ? h("div", { class: "ev-persons" }, persons.map((p, i) => [i ? ", " : "", bidi(p)])) : null);
}

async function fillSuggestions(form) {
  try {
    const [all, stats] = await Promise.all([getJSON("/api/graph"), getJSON("/api/stats")]);
    fillCountries(form, all.nodes.map((n) => n.id), names);
    if (stats.stats.persons) fillList(document.getElementById("person-list"), keysOf(stats.stats.persons));
    fillList(document.getElementById("outlet-list"), keysOf(stats.stats.outlets));
  } catch (err) {
    showError(`Could not load suggestions: ${err.message}`);
  }
}

/** Names out of {name: count}, [{name, count}] or [name] shapes. */
function keysOf(value) {
  if (!value) return [];
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : v.name || v.outlet || v.person)).filter(Boolean);
  return Object.keys(value);
}
