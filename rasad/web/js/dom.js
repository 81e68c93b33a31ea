// Building the page safely: every piece of data becomes a text node or an attribute value,
// never markup. Links to elsewhere are kept only when they are http(s).

const RTL = new Set(["fa", "ar"]);
export const LANG_NAMES = { fa: "Persian", ar: "Arabic", en: "English" };

/** h("a", {href: "/x", class: "c"}, "text", child) -> element; strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(key) || key === "style" || key === "srcdoc") throw new Error(`h(): attribute ${key} is not allowed`);
    if (key === "href") {
      const url = safeHref(value);
      if (url) el.setAttribute("href", url);
    } else if (key === "class") {
      el.className = value;
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** A local path ("/event/x") or an absolute http(s) URL; anything else (javascript:, data:) is null. */
export function safeHref(value) {
  const s = String(value ?? "").trim();
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  try {
    const url = new URL(s);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export function dirFor(lang) {
  return RTL.has(lang) ? "rtl" : lang === "en" ? "ltr" : "auto";
}

/** Text in its own language and direction, isolated from the text around it. */
export function bidi(text, lang) {
  return h("bdi", { lang: lang || null, dir: lang ? dirFor(lang) : "auto" }, text);
}

export function eventHref(id) {
  return `/event/${encodeURIComponent(id)}`;
}

export function documentHref(id) {
  return `/document/${encodeURIComponent(id)}`;
}

export function langName(code) {
  return LANG_NAMES[code] ? `${LANG_NAMES[code]} (${code})` : String(code ?? "");
}

export function showError(message) {
  const el = document.getElementById("error");
  el.textContent = message;
  el.hidden = !message;
}
