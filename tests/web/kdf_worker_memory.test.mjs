// The key-derivation worker leaves nothing of a derivation in its module's memory. Runs the
// shipped web/kdf_worker.js with the shipped kdf_worker_module.js/.wasm in a worker-like
// context under Node, asks it for one Argon2id derivation (t=3, 64 MiB) as the page does,
// then reads the module's whole memory: no 1 KiB window may hash (BLAKE2b, as Argon2's last
// step does) to the derived key, and less than 1 MiB of it may be non-zero.
// CARNET_WEB_DIR names the built web app (default: build/wasm-release/web).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { createHash, webcrypto } from "node:crypto";

import { argon2FinalHash, blake2b } from "./blake2b.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const webDir = process.env.CARNET_WEB_DIR || path.join(root, "build/wasm-release/web");
const kMiB = 1024 * 1024;

// Starts web/kdf_worker.js as a worker would, with its module's instance kept for the test.
async function startWorker() {
  const answers = [];
  let instance = null;
  const context = vm.createContext({
    self: { location: { href: `file://${webDir}/kdf_worker.js` } },
    crypto: webcrypto,
    performance,
    TextEncoder,
    WebAssembly,
    console,
    setTimeout,
    postMessage: (message) => answers.push(message),
  });
  context.importScripts = (name) => {
    vm.runInContext(readFileSync(path.join(webDir, name), "utf8"), context, { filename: name });
    // The module's factory, given the wasm's bytes (no fetch here) and watched for its instance.
    const factory = context.CarnetKdfModule;
    const wasmBinary = readFileSync(path.join(webDir, "kdf_worker_module.wasm"));
    context.CarnetKdfModule = (options) =>
      factory({ ...options, wasmBinary }).then((module) => (instance = module));
  };
  vm.runInContext(readFileSync(path.join(webDir, "kdf_worker.js"), "utf8"), context,
                  { filename: "kdf_worker.js" });
  const next = async (type) => {
    for (let i = 0; i < 600 && !answers.some((a) => a.type === type); ++i) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const answer = answers.find((a) => a.type === type);
    assert.ok(answer, `the worker answered "${type}"`);
    answers.splice(answers.indexOf(answer), 1);
    return answer;
  };
  await next("ready");
  return { send: (message) => context.onmessage({ data: message }), next, module: () => instance };
}

// Offsets (every 4 bytes) of 1 KiB windows of `heap` whose Argon2 final hash is `key`. Only
// windows that look like an Argon2 block are hashed: a block's bytes are uniform, so it holds
// about 4 zeros; a window with more than 64 is skipped (a block has that many with a
// probability far below 1e-30).
function windowsHashingTo(heap, key) {
  const zerosBefore = new Uint32Array(heap.length + 1);
  for (let i = 0; i < heap.length; ++i) zerosBefore[i + 1] = zerosBefore[i] + (heap[i] === 0);
  const found = [];
  for (let at = 0; at + 1024 <= heap.length; at += 4) {
    if (zerosBefore[at + 1024] - zerosBefore[at] > 64) continue;
    if (Buffer.from(argon2FinalHash(heap.subarray(at, at + 1024))).equals(Buffer.from(key))) {
      found.push(at);
    }
  }
  return found;
}

// Argon2id's pre-hash H0 (RFC 9106, 3.2): BLAKE2b-512 of the parameters, the passphrase and the
// salt. Whoever holds H0 can compute the key without the passphrase.
function argon2idH0(passphrase, salt, ops, memKib) {
  const le32 = (n) => new Uint8Array(new Uint32Array([n]).buffer);
  return blake2b(64, le32(1), le32(32), le32(memKib), le32(ops), le32(0x13), le32(2),
                 le32(passphrase.length), passphrase, le32(salt.length), salt, le32(0), le32(0));
}

// Where `needle` occurs in `heap`.
function occurrences(heap, needle) {
  const found = [];
  for (let at = heap.indexOf(needle[0]); at >= 0 && at + needle.length <= heap.length;
       at = heap.indexOf(needle[0], at + 1)) {
    if (needle.every((b, i) => heap[at + i] === b)) found.push(at);
  }
  return found;
}

function nonZeroBytes(heap) {
  let n = 0;
  for (let i = 0; i < heap.length; ++i) n += heap[i] !== 0;
  return n;
}

test("the BLAKE2b of these tests matches published and Node's values", () => {
  assert.equal(Buffer.from(blake2b(32)).toString("hex"),
               "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  for (const size of [0, 1, 127, 128, 129, 1028, 4096]) {
    const data = webcrypto.getRandomValues(new Uint8Array(size));
    assert.equal(Buffer.from(blake2b(64, data)).toString("hex"),
                 createHash("blake2b512").update(data).digest("hex"));
  }
});

test("the search finds a block left in a module's memory, wherever it lies", async () => {
  const worker = await startWorker();
  const heap = worker.module().HEAPU8;
  const block = webcrypto.getRandomValues(new Uint8Array(1024));
  const ptr = worker.module()._malloc(2048);
  heap.set(block, ptr + 12);  // not aligned on 8 bytes
  assert.deepEqual(windowsHashingTo(heap, argon2FinalHash(block)), [ptr + 12]);
  heap.fill(0, ptr, ptr + 2048);
  worker.module()._free(ptr);
});

test("after a derivation, the worker's module holds nothing from which to rebuild the key",
     async () => {
  const worker = await startWorker();
  const passphrase = new TextEncoder().encode("cheval agrafe moutarde lointain");
  const salt = webcrypto.getRandomValues(new Uint8Array(16));
  worker.send({ type: "derive", id: 1, passphrase: passphrase.buffer, salt: salt.buffer, ops: 3,
                memKib: 65536 });
  const answer = await worker.next("derived");
  assert.equal(answer.id, 1);
  const key = new Uint8Array(answer.key);
  assert.equal(key.length, 32);
  assert.ok(key.some((b) => b !== 0));

  const heap = worker.module().HEAPU8;
  assert.ok(heap.length >= 64 * kMiB, "Argon2id's 64 MiB were taken from this module's memory");
  const nonZero = nonZeroBytes(heap);
  console.log(`kdf worker: ${(heap.length / kMiB).toFixed(1)} MiB of memory, ` +
              `${(nonZero / 1024).toFixed(1)} KiB non-zero after the derivation`);
  assert.ok(nonZero < kMiB, `${nonZero} bytes of the module's memory are non-zero`);
  assert.deepEqual(windowsHashingTo(heap, key), [], "no 1 KiB window hashes to the key");
  assert.deepEqual(occurrences(heap, key), [], "no copy of the key");
  assert.deepEqual(occurrences(heap, new TextEncoder().encode("cheval agrafe moutarde lointain")),
                   [], "no copy of the passphrase");
  const h0 = argon2idH0(new TextEncoder().encode("cheval agrafe moutarde lointain"), salt, 3, 65536);
  assert.deepEqual(occurrences(heap, h0.subarray(0, 16)), [], "nothing of Argon2id's pre-hash");
});
