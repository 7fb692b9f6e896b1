// ESLint for the page's scripts (web/), its worker and service worker, and the Node scripts of
// the tests, benchmarks and tools. The lint stage of scripts/test runs it: npx eslint .
import js from "@eslint/js";
import globals from "globals";

// What the page's scripts define for each other (vault_idb.js) and for the tests (boot.js).
const pageGlobals = { CarnetVaultIdb: "readonly" };

export default [
  { ignores: ["build/", "node_modules/", "third_party/"] },
  js.configs.recommended,
  {
    // Classic scripts sharing the page's global scope, loaded in the order of index.html.
    files: ["web/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser, ...pageGlobals } },
  },
  {
    files: ["web/service_worker.js"],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // A classic worker: importScripts brings the key-derivation module's factory.
    files: ["web/kdf_worker.js"],
    languageOptions: { globals: { ...globals.worker, CarnetKdfModule: "readonly" } },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
  {
    // Node scripts that drive Chromium: the functions they hand to page.evaluate run in the page.
    files: ["tests/e2e/**/*.mjs", "scripts/lib/*.mjs"],
    languageOptions: { globals: { ...globals.browser, ...pageGlobals, Module: "readonly", T: "readonly" } },
  },
];
