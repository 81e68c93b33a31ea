// One event: what happened, who took part (canonical English names beside the spellings found in
// the articles), its PLOVER and CAMEO codes, and every source with its evidence sentence
// highlighted inside the article text, in the article's own direction.

import { getJSON } from "./api.js";
import { correctionsSection } from "./correct.js";
import { append, bidi, dirFor, documentHref, h, langName, safeHref, showError } from "./dom.js";
import { pairHref, personHref } from "./items.js";

const evidenceBySection = new WeakMap();

export async function showEvent(id) {
  document.getElementById("view-event").hidden = false;
  const back = sessionStorage.getItem("rasad.lastQuery");
  if (back) document.getElementById("back").setAttribute("href", `/${back}`);
  const root = document.getElementById("event");
  try {
    const { event, labels } = await getJSON(`/api/events/${encodeURIComponent(id)}`);
    document.title = `rasad — ${event.type} ${(event.countries || []).join("–")} ${event.date || ""}`;
    const config = await getJSON("/api/config").catch(() => ({ corrections: false }));
    append(root, [header(event, labels), facts(event, labels), persons(event, labels),
      correctionsSection(event, config.corrections), sources(event)]);
    await Promise.all([...root.querySelectorAll(".source")].map(loadArticle));
  } catch (err) {
    showError(err.status === 404 ? `No event with id ${id}.` : `Could not load the event: ${err.message}`);
  }
  document.body.dataset.ready = "event";
}

function countryLabel(code, labels) {
  const c = labels.countries[code] || { en: code };
  return h("span", { class: "country" }, `${c.en} (${code})`,
    ["fa", "ar"].filter((l) => c[l]).map((l) => [" · ", bidi(c[l], l)]));
}

function header(ev, labels) {
  const codes = ev.countries || [];
  return h("header", { class: "event-head" },
    ev.wrong ? h("p", { class: "wrong-banner", role: "note" }, "An analyst marked this event wrong: it is left out of lists and exports.") : null,
    h("h1", {}, h("span", { class: `badge type-${ev.type}` }, ev.type), " ",
      codes.map((c, i) => [i ? " – " : "", labels.countries[c]?.en || c])),
    h("p", { class: "sub" }, [ev.status, ev.mode, ev.date ? `${ev.date}${ev.date_precision && ev.date_precision !== "day" ? ` (${ev.date_precision})` : ""}` : "date unknown"]
      .filter(Boolean).join(" · ")));
}

function row(term, ...value) {
  return [h("dt", {}, term), h("dd", {}, ...value)];
}

function facts(ev, labels) {
  const place = labels.place;
  const plover = ev.plover || {};
  const where = ev.location
    ? [ev.location, place ? Object.entries(place.names || {}).flatMap(([l, ns]) => ns.slice(0, 1).map((n) => [" · ", bidi(n, l)])) : [],
       ev.location_country ? [" — ", labels.countries[ev.location_country]?.en || ev.location_country] : []]
    : ev.location_country ? [labels.countries[ev.location_country]?.en || ev.location_country] : ["unknown"];
  return h("dl", { class: "facts" },
    row("Sides", (ev.countries || []).map((c, i) => [i ? h("br") : null, countryLabel(c, labels)])),
    (ev.countries || []).length >= 2 ? row("Pairs", pairs(ev.countries).map(([a, b], i) => [i ? " · " : "",
      h("a", { href: pairHref(a, b), class: "pair-link" }, `${labels.countries[a]?.en || a} – ${labels.countries[b]?.en || b} over time`)])) : null,
    ev.source || ev.target ? row("Direction", `${ev.source || "?"} → ${ev.target || "?"}`) : null,
    row("Place", where),
    row("PLOVER", h("code", {}, plover.event || "—"), plover.mode ? [" mode ", h("code", {}, plover.mode)] : null,
      (plover.context || []).length ? [" context ", h("code", {}, plover.context.join(", "))] : null),
    row("CAMEO", h("code", {}, ev.cameo || "—")),
    (ev.topics || []).length ? row("Topics", ev.topics.join(", ")) : null,
    row("Confidence", ev.confidence != null ? String(ev.confidence) : "—"),
    row("Sources", `${ev.n_sources ?? (ev.sources || []).length} in ${(ev.langs || []).map(langName).join(", ") || "?"}`),
    mergeReasons(ev));
}

function pairs(codes) {
  const sorted = [...codes].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => [a, b]));
}

function mergeReasons(ev) {
  const reasons = ev.merge_reasons || ev.merge || ev.reasons;
  if (!reasons || (Array.isArray(reasons) && !reasons.length)) return null;
  const list = Array.isArray(reasons) ? reasons : [reasons];
  return row("Merged because", h("ul", { class: "reasons" }, list.map((r) => h("li", {}, reasonText(r)))));
}

function reasonText(r) {
  if (typeof r === "string") return r;
  if (r && r.rule) return [h("a", { href: documentHref(r.doc_id) }, String(r.doc_id)), `: ${r.rule}`, r.detail ? ` (${r.detail})` : ""];
  return JSON.stringify(r);
}

function persons(ev, labels) {
  const people = ev.persons || [];
  if (!people.length) return null;
  return h("section", { class: "persons" }, h("h2", {}, "People"),
    h("table", {},
      h("thead", {}, h("tr", {}, ["Name", "As written", "Role", "Country"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, people.map((p) => h("tr", {},
        h("td", {}, h("a", { href: personHref(p), class: "person-link" }, bidi(p.name))),
        h("td", { class: "spellings" }, (p.mentions || []).map((m, i) => [i ? " · " : "", bidi(m)])),
        h("td", {}, p.role || ""),
        h("td", {}, p.country ? `${labels.countries[p.country]?.en || p.country} (${p.country})` : ""))))));
}

function sources(ev) {
  return h("section", { class: "sources" }, h("h2", {}, "Sources and evidence"),
    (ev.sources || []).map((s, i) => {
      const url = safeHref(s.url);
      const lang = s.lang || null;
      const section = h("section", { class: "source", "data-doc": s.doc_id, "data-index": i },
        h("h3", { dir: "auto", lang }, h("a", { href: documentHref(s.doc_id) }, s.title || s.doc_id || "untitled")),
        h("p", { class: "source-meta" },
          [s.outlet ? bidi(s.outlet) : "unknown outlet", langName(lang), s.published].filter(Boolean).map((x, j) => [j ? " · " : "", x]),
          url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "source-link" }, "original article ↗")]
              : s.url ? [" · ", h("span", { class: "bad-url", title: "not an http(s) link" }, "link withheld")] : null),
        h("blockquote", { class: "evidence", dir: dirFor(lang), lang }, s.evidence?.text || ""),
        h("details", { class: "article-wrap", open: true }, h("summary", {}, "Article text, evidence highlighted"),
          h("div", { class: "article", dir: dirFor(lang), lang, tabindex: "0" }, "loading…")));
      evidenceBySection.set(section, s.evidence || null);
      return section;
    }));
}

/** UTF-16 index of code point ``cp`` in ``text`` (the store counts code points, JavaScript UTF-16 units). */
export function utf16Index(text, cp) {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n += 1) i += text.codePointAt(i) > 0xffff ? 2 : 1;
  return i;
}

async function loadArticle(section) {
  const box = section.querySelector(".article");
  try {
    const { document: doc } = await getJSON(`/api/documents/${encodeURIComponent(section.dataset.doc)}`);
    highlight(box, doc.text || "", [evidenceBySection.get(section)]);
  } catch (err) {
    box.textContent = `Article text not available (${err.message}).`;
  }
}

/** Put ``text`` into ``box`` with each evidence span wrapped in <mark>; scroll to the first one.
 *  Offsets count code points (as the store does); a span whose text does not match is looked up. */
export function highlight(box, text, spans) {
  const marks = [];
  for (const ev of spans.filter(Boolean)) {
    let a = -1;
    let b = -1;
    if (Number.isInteger(ev.start) && Number.isInteger(ev.end)) {
      a = utf16Index(text, ev.start);
      b = utf16Index(text, ev.end);
    }
    if (ev.text && text.slice(a, b) !== ev.text) {
      a = text.indexOf(ev.text);
      b = a < 0 ? -1 : a + ev.text.length;
    }
    if (a >= 0 && b > a) marks.push([a, b]);
  }
  marks.sort((x, y) => x[0] - y[0]);
  const parts = [];
  let pos = 0;
  for (const [a, b] of marks) {
    if (a < pos) continue;                       // overlapping spans: keep the first
    parts.push(text.slice(pos, a), h("mark", { class: "evidence-mark" }, text.slice(a, b)));
    pos = b;
  }
  parts.push(text.slice(pos));
  box.replaceChildren(...parts.filter((p) => p !== ""));
  const first = box.querySelector("mark");
  if (first) box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3);
}
