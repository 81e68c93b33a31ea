// Network of countries: the strongest pairs only (a hairball helps nobody), one node per country
// (size = events), one edge per pair (width = events). Labels keep one readable size at every zoom
// and the layout keeps room for them, hubs included. A click on a country or a pair filters.

import { countryName } from "./api.js";

export const MAX_EDGES = 30;
let cy = null;

function scale(value, max, lo, hi) {
  return max > 0 ? lo + (hi - lo) * Math.sqrt(value / max) : lo;
}

/** The ``limit`` heaviest edges and the nodes they join (every node when there are no edges). */
export function strongest(graph, limit = MAX_EDGES) {
  const edges = graph.edges.slice().sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source)).slice(0, limit);
  const keep = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = edges.length ? graph.nodes.filter((n) => keep.has(n.id)) : graph.nodes.slice(0, 40);
  return { nodes, edges, hidden: graph.edges.length - edges.length };
}

/** Draw ``graph`` ({nodes, edges}) into ``container``; ``onCountry(code)``, ``onPair(a, b)`` on taps.
 *  Returns {cy, edges: drawn, hidden: edges left out}. */
export function drawNetwork(container, graph, names, selected, { onCountry, onPair }) {
  const shown = strongest(graph);
  const maxNode = Math.max(1, ...shown.nodes.map((n) => n.events || 0));
  const maxEdge = Math.max(1, ...shown.edges.map((e) => e.weight || 0));
  // Start from a circle (busiest first) and let cose settle from there: the same data gives the same picture.
  const angle = (i) => (2 * Math.PI * i) / Math.max(1, shown.nodes.length);
  const elements = [
    ...shown.nodes.map((n, i) => ({
      position: { x: 300 * Math.cos(angle(i)), y: 300 * Math.sin(angle(i)) },
      data: { id: n.id, label: countryName(names, n.id), size: scale(n.events || 0, maxNode, 14, 48), events: n.events },
      classes: selected.countries.includes(n.id) ? "selected" : "",
    })),
    ...shown.edges.map((e) => ({
      data: { id: `${e.source}-${e.target}`, source: e.source, target: e.target, weight: e.weight,
              width: scale(e.weight || 0, maxEdge, 1, 10) },
      classes: selected.dyad === [e.source, e.target].sort().join("-") ? "selected" : "",
    })),
  ];
  if (cy) cy.destroy();
  cy = window.cytoscape({
    container,
    elements,
    minZoom: 0.4,
    maxZoom: 2,
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "#2563eb",
        label: "data(label)", "font-size": 13, "font-weight": 600, color: "#111827", "text-valign": "bottom",
        "text-margin-y": 4, "text-outline-color": "#ffffff", "text-outline-width": 3, "min-zoomed-font-size": 0,
        "text-wrap": "none", "z-index": 10 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#94a3b8", "curve-style": "haystack", opacity: 0.7,
        "z-index": 1 } },
      { selector: ".selected", style: { "background-color": "#dc2626", "line-color": "#dc2626" } },
    ],
    layout: elements.length > 2
      ? { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 40000, idealEdgeLength: () => 110, nodeOverlap: 40, gravity: 0.6, padding: 24 }
      : { name: "grid", padding: 30 },
  });
  // A label keeps its size on screen whatever the zoom (a zoomed-out picture stays readable).
  const fit = () => cy.style().selector("node").style("font-size", 13 / cy.zoom()).style("text-outline-width", 3 / cy.zoom()).update();
  fit();
  cy.on("zoom", fit);
  cy.on("tap", "node", (e) => onCountry(e.target.id()));
  cy.on("tap", "edge", (e) => onPair(e.target.data("source"), e.target.data("target")));
  return { cy, edges: shown.edges.length, hidden: shown.hidden };
}
