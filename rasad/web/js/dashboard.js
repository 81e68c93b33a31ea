// The dashboard: filters, timeline, network, map and the event list, all driven by the URL.

import { countries, countryName, getJSON } from "./api.js";
import { append, clear, h, showError } from "./dom.js";
import { bindForm, current, fillCountries, fillList, onChange, update } from "./filters.js";
import { eventItem, exportHref, pairHref } from "./items.js";
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
    renderDownloads(params);
    renderList(list);
    drawTimeline(document.getElementById("timeline"), series.series, (m) => update(monthRange(m)));
    const selected = { countries: [f.country, ...(f.dyad ? f.dyad.split("-") : [])].filter(Boolean), dyad: f.dyad || null };
    const shown = drawNetwork(document.getElementById("network"), graph, names, selected, {
      onCountry: (c) => update({ country: c, dyad: null }),
      onPair: (a, b) => update({ dyad: [a, b].sort().join("-"), country: null }),
    });
    window.rasad.cy = shown.cy;
    renderPairs(graph.edges, shown);
    await drawMap(document.getElementById("map"), places, names, document.getElementById("map-note"));
    document.body.dataset.ready = String(run);
  } catch (err) {
    showError(`Could not load events: ${err.message}`);
    document.body.dataset.ready = String(run);
  }
}

/** The strongest pairs as a table beside the network: each links to its pair page. */
function renderPairs(edges, shown) {
  const body = clear(document.querySelector("#pair-table tbody"));
  const top = edges.slice().sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source)).slice(0, 12);
  if (!top.length) body.append(h("tr", {}, h("td", { colspan: "4", class: "empty" }, "No pairs.")));
  append(body, top.map((e) => h("tr", {},
    h("th", { scope: "row" }, h("a", { href: pairHref(e.source, e.target), class: "pair" },
      `${countryName(names, e.source)} – ${countryName(names, e.target)}`)),
    h("td", {}, String(e.by_type?.MEET || 0)), h("td", {}, String(e.by_type?.SIGN || 0)),
    h("td", {}, String(e.weight)))));
  document.getElementById("network-note").textContent = shown.hidden
    ? `The ${shown.edges} strongest of ${edges.length} pairs are drawn; the table and the filters reach every pair.`
    : `${edges.length} pair${edges.length === 1 ? "" : "s"}.`;
}

function renderDownloads(params) {
  document.getElementById("dl-csv").setAttribute("href", exportHref(params, "csv"));
  document.getElementById("dl-parquet").setAttribute("href", exportHref(params, "parquet"));
  document.getElementById("dl-jsonl").setAttribute("href", exportHref(params, "jsonl"));
  document.getElementById("dl-dyadic").setAttribute("href", exportHref(params, "csv", "dyadic"));
}

function renderSummary(list, f) {
  const active = Object.entries(apiFilters(f)).map(([k, v]) => `${k}=${v}`);
  document.getElementById("summary").textContent =
    `${list.total} event${list.total === 1 ? "" : "s"}` + (active.length ? ` matching ${active.join(", ")}` : "");
}

function renderList(list) {
  const ol = clear(document.getElementById("event-list"));
  if (!list.events.length) ol.append(h("li", { class: "empty" }, "No events match these filters."));
  append(ol, list.events.map((ev) => eventItem(ev, names)));
  const people = new Set(list.events.flatMap((e) => (e.persons || []).map((p) => p.name)).filter(Boolean));
  const datalist = document.getElementById("person-list");
  for (const o of datalist.options) people.add(o.value);
  fillList(datalist, [...people].sort());
  const first = list.total ? list.offset + 1 : 0;
  document.getElementById("page-info").textContent = `${first}–${list.offset + list.events.length} of ${list.total}`;
  document.getElementById("prev").disabled = list.offset === 0;
  document.getElementById("next").disabled = list.next_offset === null || list.next_offset === undefined;
}


async function fillSuggestions(form) {
  try {
    const [all, stats, people] = await Promise.all([getJSON("/api/graph"), getJSON("/api/stats"), getJSON("/api/people")]);
    fillCountries(form, all.nodes.map((n) => n.id), names);
    fillList(document.getElementById("person-list"), people.people.map((p) => p.name));
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
