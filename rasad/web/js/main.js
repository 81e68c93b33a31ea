// Entry point: pick the view from the path (/, /event/ID, /document/ID, /pair/A-B, /person/ID,
// /search?q=) and show it.

import { showDashboard } from "./dashboard.js";
import { showError } from "./dom.js";
import { showDocument } from "./document.js";
import { showEvent } from "./event.js";
import { showSearch } from "./search.js";
import { showPair, showPerson } from "./views.js";

window.rasad = window.rasad || {};

async function main() {
  const path = window.location.pathname;
  if (path.startsWith("/event/")) {
    await showEvent(decodeURIComponent(path.slice("/event/".length)));
  } else if (path.startsWith("/document/")) {
    await showDocument(decodeURIComponent(path.slice("/document/".length)));
  } else if (path.startsWith("/pair/")) {
    await showPair(decodeURIComponent(path.slice("/pair/".length)));
  } else if (path.startsWith("/person/")) {
    await showPerson(decodeURIComponent(path.slice("/person/".length)));
  } else if (path === "/search") {
    await showSearch(new URLSearchParams(window.location.search));
  } else {
    await showDashboard();
  }
}

main().catch((err) => showError(`Something went wrong: ${err.message}`));
