// One stored article: its metadata, the events rasad found in it (each linking to its merged
// event), and the text as read with every evidence sentence highlighted.

import { countries, countryName, getJSON } from "./api.js";
import { bidi, dirFor, eventHref, h, langName, safeHref, showError } from "./dom.js";
import { highlight } from "./event.js";

export async function showDocument(id) {
  document.getElementById("view-event").hidden = false;
  const back = sessionStorage.getItem("rasad.lastQuery");
  if (back) document.getElementById("back").setAttribute("href", `/${back}`);
  const root = document.getElementById("event");
  try {
    const [{ document: doc }, names] = await Promise.all([
      getJSON(`/api/documents/${encodeURIComponent(id)}`), countries()]);
    document.title = `rasad — ${doc.title || doc.id}`;
    const lang = doc.lang || null;
    const url = safeHref(doc.url);
    const box = h("div", { class: "article tall", dir: dirFor(lang), lang, tabindex: "0" });
    root.append(
      h("header", { class: "event-head" },
        h("h1", { dir: "auto", lang }, doc.title || doc.id),
        h("p", { class: "sub" }, [doc.outlet || doc.site, langName(lang), doc.published].filter(Boolean).map((x, i) => [i ? " · " : "", bidi(x)]),
          url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "source-link" }, "original article ↗")] : null)),
      h("section", { class: "doc-events" }, h("h2", {}, `Events found (${(doc.events || []).length})`),
        h("ol", { class: "event-list" }, (doc.events || []).map((ev) => h("li", { class: "event" },
          h("a", { href: ev.event_id ? eventHref(ev.event_id) : null, class: "ev-link" },
            h("span", { class: "ev-date" }, ev.date || "undated"),
            h("span", { class: `badge type-${ev.type}` }, ev.type),
            h("span", { class: "ev-title" }, (ev.countries || []).map((c) => countryName(names, c)).join(" – "))),
          h("blockquote", { class: "evidence", dir: dirFor(lang), lang }, ev.evidence?.text || ""))))),
      h("section", {}, h("h2", {}, "Text as read"), box));
    highlight(box, doc.text || "", (doc.events || []).map((e) => e.evidence));
  } catch (err) {
    showError(err.status === 404 ? `No document with id ${id}.` : `Could not load the document: ${err.message}`);
  }
  document.body.dataset.ready = "document";
}
