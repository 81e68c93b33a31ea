// Network of countries: one node per country (size = events), one edge per pair (width = events).
// Cytoscape draws on a canvas; labels are plain strings. A click on a country or a pair filters.

import { countryName } from "./api.js";

let cy = null;

function scale(value, max, lo, hi) {
  return max > 0 ? lo + (hi - lo) * Math.sqrt(value / max) : lo;
}

/** Draw ``graph`` ({nodes, edges}) into ``container``; ``onCountry(code)``, ``onPair(a, b)`` on taps. */
export function drawNetwork(container, graph, names, selected, { onCountry, onPair }) {
  const maxNode = Math.max(1, ...graph.nodes.map((n) => n.events || 0));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight || 0));
  // Start from a circle (busiest first) and let cose settle from there: the same data gives the same picture.
  const angle = (i) => (2 * Math.PI * i) / Math.max(1, graph.nodes.length);
  const elements = [
    ...graph.nodes.map((n, i) => ({
      position: { x: 300 * Math.cos(angle(i)), y: 300 * Math.sin(angle(i)) },
      data: { id: n.id, label: countryName(names, n.id), size: scale(n.events || 0, maxNode, 14, 56), events: n.events },
      classes: selected.countries.includes(n.id) ? "selected" : "",
    })),
    ...graph.edges.map((e) => ({
      data: { id: `${e.source}-${e.target}`, source: e.source, target: e.target, weight: e.weight,
              width: scale(e.weight || 0, maxEdge, 1, 12) },
      classes: selected.dyad === [e.source, e.target].sort().join("-") ? "selected" : "",
    })),
  ];
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container,
    elements,
    minZoom: 0.3,
    maxZoom: 1.6,
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "#2563eb",
        label: "data(label)", "font-size": 12, color: "#111827", "text-valign": "bottom", "text-margin-y": 3,
        "text-outline-color": "#ffffff", "text-outline-width": 2 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#94a3b8", "curve-style": "haystack", opacity: 0.8 } },
      { selector: ".selected", style: { "background-color": "#dc2626", "line-color": "#dc2626" } },
    ],
    layout: elements.length > 2
      ? { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 }
      : { name: "grid", padding: 30 },
  });
  cy.on("tap", "node", (e) => onCountry(e.target.id()));
  cy.on("tap", "edge", (e) => onPair(e.target.data("source"), e.target.data("target")));
  return cy;
}
