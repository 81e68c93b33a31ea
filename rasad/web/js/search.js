// Full-text search over the stored articles: titles and snippets with the matched words marked.

import { getJSON } from "./api.js";
import { append, bidi, clear, dirFor, documentHref, h, langName, safeHref, showError } from "./dom.js";
import { highlight } from "./event.js";

const PAGE = 20;

export async function showSearch(params) {
  document.getElementById("view-search").hidden = false;
  const q = (params.get("q") || "").trim();
  const offset = Math.max(0, Number(params.get("offset") || 0) || 0);
  document.getElementById("q").value = q;
  const title = document.getElementById("search-title");
  const list = clear(document.getElementById("search-results"));
  const prev = document.getElementById("search-prev");
  const next = document.getElementById("search-next");
  prev.disabled = next.disabled = true;
  if (!q) {
    title.textContent = "Search the articles";
    document.body.dataset.ready = "search";
    return;
  }
  title.replaceChildren("Articles matching ", bidi(q));
  document.title = `rasad — search: ${q}`;
  try {
    const body = await getJSON("/api/search", { q, limit: PAGE, offset });
    if (!body.results.length) list.append(h("li", { class: "empty" }, "Nothing found."));
    append(list, body.results.map(result));
    const go = (o) => { window.location.search = new URLSearchParams({ q, offset: String(o) }).toString(); };
    prev.disabled = offset === 0;
    next.disabled = body.results.length < PAGE;
    prev.onclick = () => go(Math.max(0, offset - PAGE));
    next.onclick = () => go(offset + PAGE);
  } catch (err) {
    showError(`Search failed: ${err.message}`);
  }
  document.body.dataset.ready = "search";
}

function result(r) {
  const lang = r.lang || null;
  const url = safeHref(r.url);
  const snippet = r.snippet ? h("p", { class: "snippet", dir: dirFor(lang), lang }) : null;
  if (snippet) {
    const [a, b] = Array.isArray(r.highlight) ? r.highlight : [0, 0];
    highlight(snippet, String(r.snippet), b > a ? [{ start: a, end: b }] : []);
  }
  return h("li", { class: "result" },
    h("h3", { dir: "auto", lang }, h("a", { href: documentHref(r.doc_id) }, r.title || r.doc_id || "untitled")),
    h("p", { class: "source-meta" },
      [r.outlet ? bidi(r.outlet) : null, langName(lang), r.published,
       r.n_events != null ? `${r.n_events} event${r.n_events === 1 ? "" : "s"}` : null]
        .filter(Boolean).map((x, i) => [i ? " · " : "", x]),
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original ↗")] : null),
    snippet);
}
