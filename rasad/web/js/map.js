// Map of event locations: world countries from the bundled Natural Earth geometry (world-atlas),
// no tile server; one circle per place, sized by its number of events. Popups are DOM nodes
// built with textContent (a string popup would be parsed as HTML by Leaflet).

import { countryName } from "./api.js";
import { bidi, eventHref, h } from "./dom.js";

let map = null;
let markers = null;
let worldPromise = null;

function world() {
  worldPromise ??= fetch("/static/vendor/countries-110m.json").then((r) => r.json());
  return worldPromise;
}

async function ensureMap(container) {
  if (map) return map;
  const L = window.L;
  map = L.map(container, { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 9 });
  map.setView([30, 40], 2);
  const topo = await world();
  const land = window.topojson.feature(topo, topo.objects.countries);
  L.geoJSON(land, { interactive: false, style: { color: "#94a3b8", weight: 0.6, fillColor: "#e5e7eb", fillOpacity: 1 } })
    .addTo(map);
  markers = L.layerGroup().addTo(map);
  return map;
}

function popup(place, names) {
  const spellings = Object.entries(place.names || {}).flatMap(([lang, list]) => (list || []).slice(0, 1).map((n) => [n, lang]));
  return h("div", { class: "popup" },
    h("strong", {}, place.name), " ",
    spellings.map(([n, lang]) => [" · ", bidi(n, lang)]),
    h("div", {}, `${countryName(names, place.country)} · ${place.count} event${place.count === 1 ? "" : "s"}`,
      place.precision === "country" ? " (placed at the capital)" : ""),
    h("ul", {}, (place.events || []).map((e) =>
      h("li", {}, h("a", { href: eventHref(e.id) }, `${e.date || "undated"} ${e.type} ${(e.countries || []).join("–")}`)))));
}

/** Show ``data`` (the /api/locations answer) on the map in ``container``. */
export async function drawMap(container, data, names, note) {
  const L = window.L;
  await ensureMap(container);
  markers.clearLayers();
  const max = Math.max(1, ...data.locations.map((p) => p.count));
  const bounds = [];
  for (const place of data.locations) {
    const radius = 5 + 15 * Math.sqrt(place.count / max);
    const exact = place.precision !== "country";
    L.circleMarker([place.lat, place.lon], {
      radius, color: exact ? "#1d4ed8" : "#6b7280", weight: 1, fillColor: exact ? "#3b82f6" : "#9ca3af",
      fillOpacity: 0.6, dashArray: exact ? null : "3",
    }).bindPopup(popup(place, names)).addTo(markers);
    bounds.push([place.lat, place.lon]);
  }
  if (bounds.length === 1) map.setView(bounds[0], 4);
  else if (bounds.length > 1) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 5 });
  map.invalidateSize();
  const parts = [`${data.locations.length} place${data.locations.length === 1 ? "" : "s"}`];
  if (data.unplaced) parts.push(`${data.unplaced} event${data.unplaced === 1 ? "" : "s"} without a known place`);
  if (data.truncated) parts.push(`the ${data.scanned} most recent of ${data.total} events shown`);
  const approximate = data.locations.some((p) => p.precision === "country");
  note.textContent = parts.join(" · ") + "." +
    (approximate ? " Grey dashed circles: only the country is known (drawn at its capital)." : "");
}
