// The dashboard's filters live in the URL's query string (?country=IRN&type=MEET...): the form
// shows them, changing the form or clicking the network rewrites the URL, and the back button
// walks through earlier filter states.

import { FILTER_KEYS } from "./api.js";
import { append, h } from "./dom.js";

const listeners = [];

/** The current filters (only known keys, non-empty) plus the page offset. */
export function current() {
  const params = new URLSearchParams(window.location.search);
  const out = {};
  for (const key of [...FILTER_KEYS, "offset"]) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** Merge ``changes`` into the URL (null removes a key) and tell listeners; resets the page. */
export function update(changes, { keepOffset = false } = {}) {
  const next = { ...current(), ...changes };
  if (!keepOffset && !("offset" in changes)) delete next.offset;
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "offset"]) {
    if (next[key] !== null && next[key] !== undefined && next[key] !== "" && next[key] !== "0") params.set(key, next[key]);
  }
  const query = params.toString();
  window.history.pushState(null, "", query ? `/?${query}` : "/");
  notify();
}

export function onChange(fn) {
  listeners.push(fn);
}

export function notify() {
  for (const fn of listeners) fn(current());
}

window.addEventListener("popstate", () => notify());

/** Keep ``form`` in step with the URL, and the URL with the form. */
export function bindForm(form) {
  const field = (name) => form.elements.namedItem(name);
  const fromUrl = (f) => {
    const [a, b] = (f.dyad || "").split("-");
    setSelect(field("country"), f.dyad ? a : f.country || "");
    setSelect(field("partner"), f.dyad ? b : "");
    for (const key of ["person", "type", "status", "date_from", "date_to", "lang", "outlet"]) {
      const el = field(key);
      if (el.tagName === "SELECT") setSelect(el, f[key] || "");
      else el.value = f[key] || "";
    }
  };
  form.addEventListener("change", (e) => {
    const name = e.target.name;
    if (name === "country" || name === "partner") {
      const a = field("country").value;
      const b = field("partner").value;
      if (a && b && a !== b) update({ dyad: [a, b].sort().join("-"), country: null });
      else update({ country: a || b || null, dyad: null });
    } else if (name) {
      update({ [name]: e.target.value.trim() || null });
    }
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  form.querySelector("#clear").addEventListener("click", () => {
    update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null])));
  });
  onChange(fromUrl);
  fromUrl(current());
}

/** Select ``value``, adding it as an option first when the list does not have it. */
function setSelect(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.append(h("option", { value }, value));
  }
  select.value = value;
}

/** Fill the country selects with ``codes`` (sorted by English name), keeping the current choice. */
export function fillCountries(form, codes, names) {
  const sorted = [...codes].sort((a, b) => (names[a]?.en || a).localeCompare(names[b]?.en || b));
  for (const name of ["country", "partner"]) {
    const select = form.elements.namedItem(name);
    const keep = select.value;
    select.replaceChildren(h("option", { value: "" }, "any"));
    append(select, sorted.map((c) => h("option", { value: c }, `${names[c]?.en || c} (${c})`)));
    setSelect(select, keep);
  }
}

/** Fill a datalist with suggestions. */
export function fillList(datalist, values) {
  datalist.replaceChildren(...values.slice(0, 200).map((v) => h("option", { value: v })));
}
