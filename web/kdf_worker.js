// The Web Worker that derives keys (Argon2id, a fraction of a second or more) away from the
// page's thread, so that the page keeps painting. It runs its own small wasm module
// (kdf_worker_module.js, built from src/platform/web/kdf_worker_entry.cpp) and answers
// web/kdf_client.js. Secrets cross only as transferred buffers, zeroed here once copied; the
// module's copies are zeroed after each derivation.
"use strict";

importScripts("kdf_worker_module.js");

const kKeyBytes = 32;

const ready = CarnetKdfModule().then((module) => {
  postMessage({ type: "ready" });
  return module;
}, (error) => {
  postMessage({ type: "failed", message: String(error) });
  throw error;
});

// Argon2id in the module's memory; returns { status } and, on success, the key's bytes.
function derive(module, passphrase, salt, ops, memKib) {
  const passSize = Math.max(passphrase.length, 1);
  const passPtr = module._malloc(passSize);
  const saltPtr = module._malloc(salt.length);
  const outPtr = module._malloc(kKeyBytes);
  try {
    module.HEAPU8.set(passphrase, passPtr);
    module.HEAPU8.set(salt, saltPtr);
    const status = module._carnet_kdf_derive(passPtr, passphrase.length, saltPtr, ops, memKib, outPtr);
    // Read after the call: memory may have grown, which replaces HEAPU8.
    return status === 0 ? { status, key: module.HEAPU8.slice(outPtr, outPtr + kKeyBytes) } : { status };
  } finally {
    const heap = module.HEAPU8;
    heap.fill(0, passPtr, passPtr + passSize);
    heap.fill(0, outPtr, outPtr + kKeyBytes);
    module._free(passPtr);
    module._free(saltPtr);
    module._free(outPtr);
  }
}

onmessage = (event) => {
  const message = event.data;
  ready.then((module) => {
    if (message.type === "derive") {
      const passphrase = new Uint8Array(message.passphrase);
      const result = derive(module, passphrase, new Uint8Array(message.salt), message.ops, message.memKib);
      passphrase.fill(0);
      if (result.key) {
        postMessage({ type: "derived", id: message.id, key: result.key.buffer }, [result.key.buffer]);
      } else {
        postMessage({ type: "derived", id: message.id, status: result.status });
      }
    } else if (message.type === "calibrate") {
      // One derivation at the floor, timed here: no secret involved.
      const start = performance.now();
      const result = derive(module, new TextEncoder().encode("calibration"), new Uint8Array(16),
                            message.ops, message.memKib);
      const seconds = (performance.now() - start) / 1000;
      if (result.key) result.key.fill(0);
      postMessage({ type: "calibrated", id: message.id, seconds: result.status === 0 ? seconds : 0 });
    }
  }, () => {
    if (message.passphrase) new Uint8Array(message.passphrase).fill(0);
    postMessage({ type: "unavailable", id: message.id });
  });
};
