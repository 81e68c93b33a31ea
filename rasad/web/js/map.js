// Map of event locations: world countries from the bundled Natural Earth geometry (world-atlas),
// no tile server; one circle per place, sized by its number of events, the busiest places labelled.
// Rings crossing the antimeridian are unwrapped and Antarctica is left out, so no stripe runs across
// the map or along a pole. Popups and labels are DOM nodes built with textContent (a string would be
// parsed as HTML by Leaflet).

import { countryName } from "./api.js";
import { bidi, eventHref, h } from "./dom.js";

let map = null;
let markers = null;
let worldPromise = null;

function world() {
  worldPromise ??= fetch("/static/vendor/countries-110m.json").then((r) => r.json());
  return worldPromise;
}

let placed = [];
let labels = null;

/** Name the busiest places on the map, skipping a label that would cover one already drawn (a
 *  cluster such as Baku, Yerevan and Tehran stays legible); every place names itself on hover. */
function relabel() {
  if (!labels) return;
  labels.clearLayers();
  const L = window.L;
  const boxes = [];
  for (const { marker, place, radius } of placed) {
    if (boxes.length >= LABELS) break;
    const p = map.latLngToContainerPoint(marker.getLatLng());
    const w = 7 * place.name.length + 8;
    const candidates = [[p.x + radius + 2, p.y - 8], [p.x - radius - 2 - w, p.y - 8], [p.x - w / 2, p.y - radius - 18]];
    const spot = candidates.find(([x, y]) => !boxes.some((b) => x < b[0] + b[2] && b[0] < x + w && y < b[1] + 16 && b[1] < y + 16));
    if (!spot) continue;
    boxes.push([spot[0], spot[1], w]);
    const icon = L.divIcon({ className: "place-label", html: h("span", {}, place.name), iconSize: null,
                             iconAnchor: [p.x - spot[0], p.y - spot[1]] });
    L.marker(marker.getLatLng(), { icon, interactive: false, keyboard: false }).addTo(labels);
  }
}

async function ensureMap(container) {
  if (map) return map;
  const L = window.L;
  map = L.map(container, { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 9 });
  map.setView([30, 40], 2);
  const topo = await world();
  const land = clean(window.topojson.feature(topo, topo.objects.countries));
  L.geoJSON(land, { interactive: false, style: { color: "#94a3b8", weight: 0.6, fillColor: "#e5e7eb", fillOpacity: 1 } })
    .addTo(map);
  markers = L.layerGroup().addTo(map);
  labels = L.layerGroup().addTo(map);
  map.on("zoomend", relabel);
  return map;
}

const ANTARCTICA = "010";
const LABELS = 8;

/** Countries without Antarctica, each ring unwrapped so that no edge jumps across the antimeridian. */
export function clean(collection) {
  const features = collection.features.filter((f) => String(f.id) !== ANTARCTICA);
  const unwrapRing = (ring) => {
    const out = [];
    let shift = 0;
    for (let i = 0; i < ring.length; i += 1) {
      const [lon, lat] = ring[i];
      if (i) {
        const prev = ring[i - 1][0];
        if (lon - prev > 180) shift -= 360;
        else if (prev - lon > 180) shift += 360;
      }
      out.push([lon + shift, Math.max(-85, Math.min(85, lat))]);
    }
    return out;
  };
  const fix = (g) => {
    if (!g) return g;
    if (g.type === "Polygon") return { ...g, coordinates: g.coordinates.map(unwrapRing) };
    if (g.type === "MultiPolygon") return { ...g, coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
    return g;
  };
  return { ...collection, features: features.map((f) => ({ ...f, geometry: fix(f.geometry) })) };
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
  placed = [];
  for (const place of data.locations.slice().sort((a, b) => b.count - a.count)) {
    const radius = 5 + 15 * Math.sqrt(place.count / max);
    const exact = place.precision !== "country";
    const marker = L.circleMarker([place.lat, place.lon], {
      radius, color: exact ? "#1d4ed8" : "#6b7280", weight: 1, fillColor: exact ? "#3b82f6" : "#9ca3af",
      fillOpacity: 0.6, dashArray: exact ? null : "3",
    }).bindPopup(popup(place, names)).bindTooltip(h("span", {}, place.name), { direction: "top" });
    marker.addTo(markers);
    placed.push({ marker, place, radius });
    bounds.push([place.lat, place.lon]);
  }
  if (bounds.length === 1) map.setView(bounds[0], 4);
  else if (bounds.length > 1) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 5 });
  map.invalidateSize();
  relabel();
  const parts = [`${data.locations.length} place${data.locations.length === 1 ? "" : "s"}`];
  if (data.unplaced) parts.push(`${data.unplaced} event${data.unplaced === 1 ? "" : "s"} without a known place`);
  if (data.truncated) parts.push(`the ${data.scanned} most recent of ${data.total} events shown`);
  const approximate = data.locations.some((p) => p.precision === "country");
  note.textContent = parts.join(" · ") + "." +
    (approximate ? " Grey dashed circles: only the country is known (drawn at its capital)." : "");
}
