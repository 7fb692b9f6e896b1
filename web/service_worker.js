// Keeps Carnet usable offline after the first visit: on install, caches the app's own files under
// a cache named after its version; serves them from that cache first; on activate, deletes the
// caches of older versions. Nothing else is cached, and requests to other origins (there are
// none: the page's Content-Security-Policy forbids them) are left to the browser.
//
// The build replaces the version below with a hash of the cached files (see
// src/platform/web/service_worker_version.cmake): any change to the app is a new version, which
// installs beside the running one and waits until every tab of the app is closed.
"use strict";

const kVersion = "@CARNET_WEB_VERSION@";
const kCachePrefix = "carnet-";
const kCacheName = kCachePrefix + kVersion;
const kFiles = [
  "index.html", "style.css", "a11y_layer.js", "vault_idb.js", "vault_bridge.js", "kdf_client.js",
  "clipboard_guard.js", "boot.js", "carnet.js", "carnet.wasm",
  "kdf_worker.js", "kdf_worker_module.js", "kdf_worker_module.wasm", "print.css",
];

// The file of the app a URL names, or null: "" (the folder itself) is index.html.
function appFile(url) {
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  const name = url.pathname.slice(scope.pathname.length) || "index.html";
  return kFiles.includes(name) ? name : null;
}

self.addEventListener("install", (event) => {
  // Straight from the server, past the HTTP cache: the files of this version, not older ones.
  event.waitUntil(caches.open(kCacheName).then((cache) =>
    cache.addAll(kFiles.map((name) => new Request(name, { cache: "no-store" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((name) => name.startsWith(kCachePrefix) && name !== kCacheName)
    .map((name) => caches.delete(name)))));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const name = appFile(new URL(request.url));
  if (!name) return;
  event.respondWith(caches.open(kCacheName)
    .then((cache) => cache.match(name))
    .then((cached) => cached || fetch(request)));
});
