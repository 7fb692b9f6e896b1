// The page's side of key derivation in a Web Worker (web/kdf_worker.js), for the wasm module
// (src/platform/web/web_key_deriver.cpp): each request goes out with its number and its answer
// comes back through the module's exported functions. The worker starts with the first
// request. When it cannot start, or fails later, the requests it holds are answered
// "unavailable" and the module derives on the page's thread instead (the busy screen first).
// A worker is terminated once it has answered what it holds.
"use strict";

(function () {
  const kKeyBytes = 32;

  function createKdfClient(module) {
    let worker = null;
    let failed = false;
    const pending = new Set();  // request numbers the worker holds

    function fail() {
      failed = true;
      if (worker) worker.terminate();
      worker = null;
      const lost = [...pending];
      pending.clear();
      for (const id of lost) module._carnet_kdf_unavailable(id);
    }

    function answer(message) {
      if (!pending.delete(message.id)) return;
      if (message.type === "derived" && message.key) {
        // The key into the module's memory for the call, then zeroed everywhere.
        const key = new Uint8Array(message.key);
        const ptr = module._malloc(kKeyBytes);
        module.HEAPU8.set(key, ptr);
        key.fill(0);
        try {
          module._carnet_kdf_derived(message.id, ptr, 0);
        } finally {
          module.HEAPU8.fill(0, ptr, ptr + kKeyBytes);
          module._free(ptr);
        }
      } else if (message.type === "derived") {
        module._carnet_kdf_derived(message.id, 0, message.status || 2);
      } else if (message.type === "calibrated") {
        module._carnet_kdf_calibrated(message.id, message.seconds);
      } else if (message.type === "unavailable") {
        module._carnet_kdf_unavailable(message.id);
      }
    }

    // Each worker answers one request and is then terminated, its memory (the grown heap
    // where Argon2id ran) given back with it; the next request starts a new one. A worker
    // still holding requests is kept until they are answered.
    function retire() {
      if (!worker || pending.size > 0) return;
      worker.terminate();
      worker = null;
    }

    // Whether a worker is there to take requests (it may still be loading).
    function started() {
      if (worker) return true;
      if (failed || typeof Worker !== "function") return false;
      try {
        worker = new Worker("kdf_worker.js");
      } catch {  // e.g. refused by the page's security policy
        failed = true;
        return false;
      }
      worker.onmessage = (event) => {
        if (event.data.type === "failed") fail();
        else if (event.data.type !== "ready") {
          answer(event.data);
          retire();
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fail();
      };
      worker.onmessageerror = fail;
      return true;
    }

    return {
      // `passphrase` is a copy made for this request: transferred to the worker (nothing of it
      // stays here), or zeroed when there is no worker. False: derive on the page's thread.
      derive(id, passphrase, salt, ops, memKib) {
        if (!started()) {
          passphrase.fill(0);
          return false;
        }
        pending.add(id);
        worker.postMessage({ type: "derive", id, passphrase: passphrase.buffer, salt: salt.buffer, ops, memKib },
                           [passphrase.buffer, salt.buffer]);
        return true;
      },
      calibrate(id, ops, memKib) {
        if (!started()) return false;
        pending.add(id);
        worker.postMessage({ type: "calibrate", id, ops, memKib });
        return true;
      },
    };
  }

  window.createKdfClient = createKdfClient;
})();
