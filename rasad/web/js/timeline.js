// Timeline: events per month, stacked by type (Chart.js on a canvas, so no data reaches the DOM).

export const TYPE_COLOURS = { MEET: "#2563eb", SIGN: "#d97706" };
const OTHER = "#6b7280";

let chart = null;

/** Every month from the first to the last of ``series`` (gaps shown as empty months). */
export function months(series) {
  const known = series.map((r) => r.month).filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (!known.length) return [];
  const out = [];
  let [y, m] = known[0].split("-").map(Number);
  const [ly, lm] = known[known.length - 1].split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
    if (out.length > 1200) break;
  }
  return out;
}

export function monthRange(month) {
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { date_from: `${month}-01`, date_to: `${month}-${String(last).padStart(2, "0")}` };
}

/** Draw ``series`` ([{month, type, count}]) into ``canvas``; ``onMonth(month)`` on a bar click. */
export function drawTimeline(canvas, series, onMonth) {
  const labels = months(series);
  const types = [...new Set(series.map((r) => r.type))].sort();
  const index = new Map(labels.map((m, i) => [m, i]));
  const datasets = types.map((type) => {
    const data = new Array(labels.length).fill(0);
    for (const r of series) if (r.type === type && index.has(r.month)) data[index.get(r.month)] += r.count;
    return { label: type, data, backgroundColor: TYPE_COLOURS[type] || OTHER, borderWidth: 0, maxBarThickness: 48 };
  });
  if (chart) chart.destroy();
  chart = new window.Chart(canvas, {
    type: "bar",
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } },
                y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
      onClick: (_event, elements) => {
        if (elements.length) onMonth(labels[elements[0].index]);
      },
    },
  });
  return chart;
}
