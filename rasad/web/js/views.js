// A country pair (/pair/IRN-RUS) and a person (/person/sergei-shoigu): events per month by type and
// status as a chart and a table, the people or offices, and the events, each linking on.

import { countries, countryName, getJSON } from "./api.js";
import { append, bidi, clear, h, showError } from "./dom.js";
import { eventItem, exportHref, pairHref, personHref } from "./items.js";
import { months, TYPE_COLOURS } from "./timeline.js";

const charts = {};

export async function showPair(dyad) {
  document.getElementById("view-pair").hidden = false;
  try {
    const [body, names] = await Promise.all([getJSON(`/api/pairs/${encodeURIComponent(dyad)}`), countries()]);
    const [a, b] = body.dyad;
    const label = (c) => body.names[c]?.en || countryName(names, c);
    document.title = `rasad — ${label(a)} – ${label(b)}`;
    const title = document.getElementById("pair-title");
    // One isolate per language, each naming both sides in that language's order.
    const inLang = (l) => (body.names[a]?.[l] && body.names[b]?.[l] ? bidi(`${body.names[a][l]} – ${body.names[b][l]}`, l) : null);
    title.replaceChildren(`${label(a)} – ${label(b)}`,
      ...["fa", "ar"].map(inLang).filter(Boolean).map((x) => [" · ", x]).flat());
    subline(document.getElementById("pair-sub"), body, { dyad: `${a}-${b}` });
    drawSeries("pair-chart", body.series);
    monthTable(document.getElementById("pair-months"), body.series);
    peopleTable(document.getElementById("pair-people"), body.people, names);
    append(clear(document.getElementById("pair-events")), body.events.map((e) => eventItem(e, names)));
  } catch (err) {
    showError(`Could not load the pair: ${err.message}`);
  }
  document.body.dataset.ready = "pair";
}

export async function showPerson(id) {
  document.getElementById("view-person").hidden = false;
  try {
    const [body, names] = await Promise.all([getJSON(`/api/persons/${encodeURIComponent(id)}`), countries()]);
    const p = body.person;
    document.title = `rasad — ${p.name}`;
    document.getElementById("person-title").replaceChildren(p.name,
      ...Object.entries(p.names || {}).flatMap(([l, ns]) => ns.slice(0, 1).map((n) => [" · ", bidi(n, l)])).flat());
    subline(document.getElementById("person-sub"), body, { person: p.id || p.name },
      p.country ? `${countryName(names, p.country)} (${p.country})` : null);
    drawSeries("person-chart", body.series);
    officesTable(document.getElementById("person-offices"), p.offices || [], names);
    const own = p.country;
    const met = Object.entries(body.countries || {}).filter(([c]) => c !== own).sort((x, y) => y[1] - x[1]);
    table(document.getElementById("person-countries"), ["Country", "Events"],
      met.map(([c, n]) => [own ? h("a", { href: pairHref(own, c) }, countryName(names, c)) : countryName(names, c), String(n)]));
    append(clear(document.getElementById("person-events")), body.events.map((e) => eventItem(e, names)));
  } catch (err) {
    showError(err.status === 422 || err.status === 404 ? `Unknown person: ${err.message}` : `Could not load the person: ${err.message}`);
  }
  document.body.dataset.ready = "person";
}

function subline(el, body, filters, extra) {
  el.replaceChildren(...[extra, `${body.total} event${body.total === 1 ? "" : "s"}`,
    body.without_month ? `${body.without_month} without a known month (not charted)` : null]
    .filter(Boolean).map((x, i) => [i ? " · " : "", x]).flat(),
  " · ", h("a", { href: `/?${new URLSearchParams(filters)}` }, "on the dashboard"),
  " · ", h("a", { href: exportHref(filters, "csv"), download: "" }, "download CSV"));
}

const STATUS_ALPHA = { occurred: "", planned: "66" };

/** A stacked bar chart of events per month, one series per type and status. */
function drawSeries(canvasId, series) {
  const labels = months(series);
  const keys = [...new Set(series.map((r) => `${r.type} ${r.status}`))].sort();
  const index = new Map(labels.map((m, i) => [m, i]));
  const datasets = keys.map((key) => {
    const [type, status] = key.split(" ");
    const data = new Array(labels.length).fill(0);
    for (const r of series) if (`${r.type} ${r.status}` === key && index.has(r.month)) data[index.get(r.month)] += r.count;
    return { label: key, data, backgroundColor: (TYPE_COLOURS[type] || "#6b7280") + (STATUS_ALPHA[status] ?? ""),
             borderWidth: 0, maxBarThickness: 48 };
  });
  charts[canvasId]?.destroy();
  charts[canvasId] = new window.Chart(document.getElementById(canvasId), {
    type: "bar",
    data: { labels, datasets },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } },
                y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } } },
  });
}

function monthTable(el, series) {
  const keys = [...new Set(series.map((r) => `${r.type} ${r.status}`))].sort();
  const byMonth = new Map();
  for (const r of series) {
    const row = byMonth.get(r.month) || {};
    row[`${r.type} ${r.status}`] = (row[`${r.type} ${r.status}`] || 0) + r.count;
    byMonth.set(r.month, row);
  }
  table(el, ["Month", ...keys], [...byMonth.keys()].sort().reverse().map((m) => [m, ...keys.map((k) => String(byMonth.get(m)[k] || 0))]));
}

function peopleTable(el, people, names) {
  table(el, ["Person", "Country", "Events", "Last"], people.map((p) => [
    h("a", { href: personHref(p) }, bidi(p.name)), p.country ? countryName(names, p.country) : "", String(p.events), p.last || "undated"]));
}

function officesTable(el, offices, names) {
  if (!offices.length) {
    el.replaceChildren(h("tbody", {}, h("tr", {}, h("td", { class: "empty" }, "The knowledge base has no offices for this person."))));
    return;
  }
  table(el, ["Office", "Country", "From", "To"], offices.map((o) => [
    o.label + (o.acting ? " (acting)" : ""), countryName(names, o.country), o.start || "?", o.end || "—"]));
}

function table(el, head, rows) {
  el.replaceChildren(
    h("thead", {}, h("tr", {}, head.map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, rows.length ? rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c))))
      : h("tr", {}, h("td", { colspan: String(head.length), class: "empty" }, "None."))));
}
