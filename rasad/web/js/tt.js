// Trusted Types default policy. The server's CSP requires Trusted Types for every HTML sink
// (innerHTML, outerHTML, insertAdjacentHTML, document.write): the only strings allowed through are
// the few constant fragments Leaflet writes itself. Any other string, such as article text that
// reached an HTML sink by mistake, throws instead of being parsed as markup.
(function () {
  "use strict";
  if (!window.trustedTypes || !window.trustedTypes.createPolicy) return;
  var allowed = new Set([
    "<svg/>",                                        // Leaflet: inline SVG support check
    '<span aria-hidden="true">+</span>',             // Leaflet: zoom in button
    '<span aria-hidden="true">&#x2212;</span>',      // Leaflet: zoom out button
    '<span aria-hidden="true">&#215;</span>',        // Leaflet: popup close button
    "",
  ]);
  window.trustedTypes.createPolicy("default", {
    createHTML: function (s) {
      if (allowed.has(s)) return s;
      throw new TypeError("rasad: refusing to parse a string as HTML");
    },
  });
})();
