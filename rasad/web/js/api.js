// The REST API, as the dashboard uses it.

export const FILTER_KEYS = ["country", "dyad", "person", "type", "status", "date_from", "date_to", "lang", "outlet"];

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export async function getJSON(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok || !body || body.ok === false) {
    throw new ApiError((body && body.error) || `${response.status} ${response.statusText}`, response.status);
  }
  return body;
}

let countriesPromise = null;

/** {ISO3: {code, en, fa, ar}} for every country the knowledge base knows. */
export function countries() {
  countriesPromise ??= getJSON("/api/countries").then((b) => b.countries).catch(() => ({}));
  return countriesPromise;
}

export function countryName(names, code) {
  return (names && names[code] && names[code].en) || code || "?";
}
