// The IndexedDB vault storage (web/vault_idb.js) on its own, in Chromium: a tiny page served
// from a temporary folder on a real loopback origin (IndexedDB and Web Locks need one), under
// the app's content security policy. Every test gets a fresh browser context, so fresh storage.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, afterEach, before, beforeEach, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import { startStaticServer } from "../../scripts/lib/static_server.mjs";
import { launchBrowser } from "./lib/harness.mjs";

const moduleScript = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "web/vault_idb.js");

const testPage = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'">
<title>vault_idb</title></head><body>
<script src="vault_idb.js"></script><script src="helpers.js"></script></body></html>`;

// In the page: settle a promise into a plain outcome, and read a vault back as plain arrays.
const pageHelpers = `"use strict";
window.T = {
  async outcome(promise) {
    try { return { ok: true, value: await promise }; }
    catch (e) { return { ok: false, name: e.name, message: e.message }; }
  },
  async snapshot(handle) {
    const { generation, records } = await handle.readAll();
    const out = {};
    for (const [key, bytes] of records) {
      if (!(bytes instanceof Uint8Array)) throw new Error(key + " is not a Uint8Array");
      out[key] = Array.from(bytes);
    }
    return { generation, records: out };
  },
  handles: {},
};
`;

const bytes = (n) => Array.from(randomBytes(n));

describe("vault storage in IndexedDB", () => {
  let browser;
  let server;
  let baseUrl;
  let folder;
  let context;
  let page;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), "carnet-vault-idb-"));
    writeFileSync(join(folder, "index.html"), testPage);
    writeFileSync(join(folder, "helpers.js"), pageHelpers);
    writeFileSync(join(folder, "favicon.ico"), "");
    copyFileSync(moduleScript, join(folder, "vault_idb.js"));
    ({ server, url: baseUrl } = await startStaticServer(folder, 0));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    if (server) await new Promise((done) => server.close(done));
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const problems = [];
  async function newPage() {
    const p = await context.newPage();
    p.setDefaultTimeout(5000);
    p.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    p.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
    await p.goto(baseUrl);
    await p.waitForFunction(() => window.CarnetVaultIdb && window.T);
    return p;
  }
  beforeEach(async () => {
    problems.length = 0;
    context = await browser.newContext();
    page = await newPage();
  });
  afterEach(async () => {
    await context?.close();
    assert.deepEqual(problems, []);
  });

  // Opens a vault in `p` as T.handles[name].
  const open = (p, id, name = "h") =>
    p.evaluate(async ([i, n]) => { T.handles[n] = await CarnetVaultIdb.openVault(i); }, [id, name]);
  // Commits in `p` through T.handles[name]; puts as [key, array of bytes]. Returns the outcome.
  const commit = (p, puts, deletes, expected, next, name = "h") =>
    p.evaluate(([puts, deletes, expected, next, n]) => T.outcome(T.handles[n].commit(
      puts.map(([k, v]) => [k, Uint8Array.from(v)]), deletes, expected, next)), [puts, deletes, expected, next, name]);
  const snapshot = (p, name = "h") => p.evaluate((n) => T.snapshot(T.handles[n]), name);

  it("registers several vaults and lists them by display name", async () => {
    const listed = await page.evaluate(async () => {
      const before = await CarnetVaultIdb.listVaults();
      const zoe = await CarnetVaultIdb.registerVault("0f3a", "Zoé — suivi RSA");
      await CarnetVaultIdb.registerVault("91bc", "Antenne nord");
      await CarnetVaultIdb.registerVault("5d00", "Bureau");
      await new Promise((done) => setTimeout(done, 5));
      const renamed = await CarnetVaultIdb.registerVault("0f3a", "Accueil");
      return { before, zoe, renamed, after: await CarnetVaultIdb.listVaults() };
    });
    assert.deepEqual(listed.before, []);
    assert.deepEqual(listed.after.map((v) => [v.id, v.displayName]),
      [["0f3a", "Accueil"], ["91bc", "Antenne nord"], ["5d00", "Bureau"]]);
    for (const v of listed.after) {
      assert.deepEqual(Object.keys(v).sort(), ["createdAt", "displayName", "id"]);
      assert.equal(typeof v.createdAt, "number");
    }
    assert.equal(listed.renamed.createdAt, listed.zoe.createdAt, "renaming keeps the creation time");
  });

  it("imports a vault once: records at its generation, then listed; a listed vault is never replaced", async () => {
    const header = bytes(100);
    const result = await page.evaluate(async (header) => {
      const first = await T.outcome(CarnetVaultIdb.importVault("77aa", "Importé",
        [["header", Uint8Array.from(header)], ["manifest", Uint8Array.of(1, 2, 3)]], 42));
      const again = await T.outcome(CarnetVaultIdb.importVault("77aa", "Autre",
        [["header", Uint8Array.of(9)]], 50));
      const handle = await CarnetVaultIdb.openVault("77aa");
      const stored = await T.snapshot(handle);
      handle.close();
      return { first, again, stored, listed: await CarnetVaultIdb.listVaults() };
    }, header);
    assert.equal(result.first.ok, true);
    assert.equal(result.again.ok, false);
    assert.equal(result.again.name, "AlreadyExists");
    assert.deepEqual(result.stored, { generation: 42, records: { header, manifest: [1, 2, 3] } });
    assert.deepEqual(result.listed.map((v) => [v.id, v.displayName]), [["77aa", "Importé"]]);
  });

  it("round-trips bytes exactly, stored as ArrayBuffer copies of the exact range", async () => {
    const header = bytes(200);
    const chunk = bytes(64 * 1024);
    const result = await page.evaluate(async ([header, chunk]) => {
      const handle = await CarnetVaultIdb.openVault("v1");
      const empty = await handle.readAll();
      // A stand-in for the wasm heap: the chunk is a view in the middle of a larger buffer,
      // which is overwritten as soon as commit() returns.
      const heap = new Uint8Array(256 * 1024).fill(0xee);
      heap.set(chunk, 1000);
      const view = heap.subarray(1000, 1000 + chunk.length);
      const saving = handle.commit([["header", Uint8Array.from(header)], ["chunk-000000", view],
        ["chunk-000001", new Uint8Array(0)], ["manifest", heap.subarray(5, 5)]], [], 0, 1);
      heap.fill(0);
      await saving;
      const snap = await T.snapshot(handle);
      handle.close();
      // What IndexedDB holds, read without the module.
      const raw = await new Promise((done, fail) => {
        const req = indexedDB.open("carnet-vault-v1");
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction("records").objectStore("records").get("chunk-000000");
          get.onsuccess = () => { db.close(); done({ type: Object.prototype.toString.call(get.result), length: get.result.byteLength }); };
          get.onerror = () => fail(get.error);
        };
        req.onerror = () => fail(req.error);
      });
      return { empty: { generation: empty.generation, size: empty.records.size }, snap, raw };
    }, [header, chunk]);
    assert.deepEqual(result.empty, { generation: 0, size: 0 });
    assert.equal(result.snap.generation, 1);
    assert.deepEqual(Object.keys(result.snap.records).sort(), ["chunk-000000", "chunk-000001", "header", "manifest"]);
    assert.deepEqual(result.snap.records.header, header);
    assert.deepEqual(result.snap.records["chunk-000000"], chunk);
    assert.deepEqual(result.snap.records["chunk-000001"], []);
    assert.deepEqual(result.snap.records.manifest, []);
    assert.deepEqual(result.raw, { type: "[object ArrayBuffer]", length: 64 * 1024 });
  });

  it("applies deletes after puts, and ignores deletes of missing keys", async () => {
    await open(page, "v2");
    assert.equal((await commit(page, [["a", [1]], ["b", [2]], ["c", [3]]], [], 0, 1)).ok, true);
    assert.equal((await commit(page, [["d", [4]], ["a", [9, 9]], ["e", [5]]], ["b", "e", "nothing"], 1, 2)).ok, true);
    assert.deepEqual(await snapshot(page), { generation: 2, records: { a: [9, 9], c: [3], d: [4] } });
  });

  it("refuses a commit with a stale generation, writing nothing", async () => {
    await open(page, "v3");
    assert.equal((await commit(page, [["header", [1, 2, 3]], ["chunk-000000", [4]]], [], 0, 1)).ok, true);
    const stale = await commit(page, [["header", [7]], ["chunk-000001", [8]]], ["chunk-000000"], 0, 2);
    assert.equal(stale.ok, false);
    assert.equal(stale.name, "SaveConflict");
    const ahead = await commit(page, [["header", [7]]], [], 5, 6);
    assert.equal(ahead.name, "SaveConflict");
    assert.deepEqual(await snapshot(page), { generation: 1, records: { header: [1, 2, 3], "chunk-000000": [4] } });
    const isError = await page.evaluate(() => T.handles.h.commit([], [], 0, 2).catch((e) => e instanceof Error));
    assert.equal(isError, true);
  });

  it("rejects malformed input before touching the database", async () => {
    await open(page, "v4");
    const outcomes = await page.evaluate(() => Promise.all([
      T.outcome(T.handles.h.commit([["k", [1, 2]]], [], 0, 1)),
      T.outcome(T.handles.h.commit([["k", new Uint8Array(1)]], [7], 0, 1)),
      T.outcome(T.handles.h.commit([], [], -1, 1)),
      T.outcome(T.handles.h.commit([], [], 0, 2 ** 60)),
      T.outcome(T.handles.h.commit([], [], 0n, 3n)),
    ]));
    assert.deepEqual(outcomes.slice(0, 4).map((o) => o.name), ["TypeError", "TypeError", "TypeError", "TypeError"]);
    assert.equal(outcomes[4].ok, true, "BigInt generations are accepted");
    assert.deepEqual(await snapshot(page), { generation: 3, records: {} });
  });

  it("refuses a damaged stored generation, for reading and for committing", async () => {
    await open(page, "v-damaged");
    assert.equal((await commit(page, [["header", [1]]], [], 0, 1)).ok, true);
    for (const damaged of [-1, 1.5, "1", 2 ** 60, null, NaN]) {
      await page.evaluate((value) => new Promise((done, fail) => {
        const request = indexedDB.open("carnet-vault-v-damaged");
        request.onsuccess = () => {
          const tx = request.result.transaction("meta", "readwrite");
          tx.objectStore("meta").put(value, "generation");
          tx.oncomplete = () => { request.result.close(); done(); };
          tx.onabort = () => fail(tx.error);
        };
        request.onerror = () => fail(request.error);
      }), damaged);
      const read = await page.evaluate(() => T.outcome(T.handles.h.readAll()));
      assert.deepEqual([read.ok, read.name, read.message],
        [false, "DataError", "the stored generation is damaged"], `stored ${damaged}`);
      const written = await commit(page, [["header", [2]]], [], 1, 2);
      assert.deepEqual([written.ok, written.name], [false, "DataError"], `stored ${damaged}`);
    }
  });

  it("lets exactly one of two racing handles in one page commit", async () => {
    await open(page, "v5", "first");
    await open(page, "v5", "second");
    const outcomes = await page.evaluate(() => Promise.all([
      T.outcome(T.handles.first.commit([["header", Uint8Array.of(1)]], [], 0, 1)),
      T.outcome(T.handles.second.commit([["header", Uint8Array.of(2)], ["chunk-000000", Uint8Array.of(2)]], [], 0, 1)),
    ]));
    assert.equal(outcomes.filter((o) => o.ok).length, 1, JSON.stringify(outcomes));
    assert.equal(outcomes.find((o) => !o.ok).name, "SaveConflict");
    const winner = outcomes[0].ok ? { header: [1] } : { header: [2], "chunk-000000": [2] };
    assert.deepEqual(await snapshot(page, "second"), { generation: 1, records: winner });
  });

  it("lets exactly one of two pages racing commits win", async () => {
    const other = await newPage();
    await open(page, "v6");
    await open(other, "v6");
    for (let round = 0; round < 5; ++round) {
      const outcomes = await Promise.all([
        commit(page, [["manifest", [round, 1]]], [], round, round + 1),
        commit(other, [["manifest", [round, 2]]], [], round, round + 1),
      ]);
      assert.equal(outcomes.filter((o) => o.ok).length, 1, JSON.stringify(outcomes));
      assert.equal(outcomes.find((o) => !o.ok).name, "SaveConflict");
      const snap = await snapshot(other);
      assert.deepEqual(snap, { generation: round + 1, records: { manifest: [round, outcomes[0].ok ? 1 : 2] } });
    }
  });

  it("keeps the previous generation and records when a commit fails mid-transaction", async () => {
    await open(page, "v7");
    const first = { header: [1, 1], "chunk-000000": bytes(1024) };
    assert.equal((await commit(page, Object.entries(first), [], 0, 1)).ok, true);
    const failures = await page.evaluate(async () => {
      const hooks = CarnetVaultIdb.testHooks;
      const tryCommit = async (hook) => {
        const seen = {};
        hooks.afterWrites = (tx) => { seen.durability = tx.durability; seen.mode = tx.mode; hook(tx); };
        try {
          return { ...(await T.outcome(T.handles.h.commit(
            [["header", Uint8Array.of(2)], ["chunk-000001", new Uint8Array(10)]], ["chunk-000000"], 1, 2))), seen };
        } finally {
          hooks.afterWrites = null;
        }
      };
      return [
        await tryCommit(() => { throw new DOMException("simulated", "QuotaExceededError"); }),
        await tryCommit((tx) => tx.abort()),
        // A request that fails inside the transaction after the writes: a key IndexedDB refuses.
        await tryCommit((tx) => tx.objectStore("records").put(new ArrayBuffer(1), NaN)),
      ];
    });
    assert.deepEqual(failures.map((f) => [f.ok, f.name]),
      [[false, "QuotaExceededError"], [false, "AbortError"], [false, "DataError"]]);
    assert.deepEqual(failures[0].seen, { durability: "strict", mode: "readwrite" });
    assert.deepEqual(await snapshot(page), { generation: 1, records: first });
    assert.equal((await commit(page, [["header", [3]]], [], 1, 2)).ok, true, "the vault still takes a save");
  });

  it("fails with QuotaExceededError over the origin's quota, keeping the previous generation", async () => {
    // Chromium reads the quota when the origin first uses storage in the context: override first.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(baseUrl).origin, quotaSize: 256 * 1024 });
    await open(page, "v8");
    assert.equal((await commit(page, [["header", [1]]], [], 0, 1)).ok, true);
    // Random, like ciphertext: Chromium compresses large values, so zeros would fit.
    const outcome = await page.evaluate(() => {
      const big = new Uint8Array(1024 * 1024);
      for (let at = 0; at < big.length; at += 65536) crypto.getRandomValues(big.subarray(at, at + 65536));
      return T.outcome(T.handles.h.commit([["chunk-000000", big], ["header", Uint8Array.of(2)]], [], 1, 2));
    });
    await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(baseUrl).origin });
    assert.deepEqual([outcome.ok, outcome.name], [false, "QuotaExceededError"]);
    assert.deepEqual(await snapshot(page), { generation: 1, records: { header: [1] } });
  });

  it("keeps the vaults and their records across a page reload", async () => {
    const chunk = bytes(64 * 1024);
    await page.evaluate(() => CarnetVaultIdb.registerVault("v9", "Permanence"));
    await open(page, "v9");
    assert.equal((await commit(page, [["header", [4, 2]], ["chunk-000000", chunk]], [], 0, 1)).ok, true);
    await page.reload();
    await page.waitForFunction(() => window.CarnetVaultIdb && window.T);
    assert.deepEqual((await page.evaluate(() => CarnetVaultIdb.listVaults())).map((v) => v.displayName), ["Permanence"]);
    await open(page, "v9");
    assert.deepEqual(await snapshot(page), { generation: 1, records: { header: [4, 2], "chunk-000000": chunk } });
  });

  it("gives the writer lock to one page at a time, until release or until that page closes", async () => {
    const other = await newPage();
    const acquire = (p, id = "v10") => p.evaluate(async (i) => {
      const lock = await CarnetVaultIdb.acquireWriterLock(i);
      if (lock.granted) window.heldLock = lock;
      return lock.granted;
    }, id);
    const release = (p) => p.evaluate(() => window.heldLock.release());
    assert.equal(await acquire(page), true);
    assert.equal(await acquire(other), false, "another page holds it");
    assert.equal(await acquire(page), false, "the same page holds it already");
    assert.equal(await acquire(other, "another-vault"), true, "one lock per vault");
    await release(page);
    assert.equal(await acquire(other), true, "free after release()");
    assert.equal(await acquire(page), false);
    await other.close();
    // The lock manager frees a closed page's locks asynchronously (and, under load, after its
    // own query already reports them free): try again for up to 10 s.
    let granted = false;
    for (const start = Date.now(); !granted && Date.now() - start < 10000;) {
      granted = await acquire(page);
      if (!granted) await page.waitForTimeout(50);
    }
    assert.equal(granted, true, "free after its holder closed");
  });

  it("keeps a vault's mark in the registry, outside its records, through renaming; an import has none", async () => {
    const tag = bytes(32);
    const result = await page.evaluate(async (tag) => {
      const unlisted = await T.outcome(CarnetVaultIdb.writeMark("ab12", 3, Uint8Array.from(tag), 0));
      await CarnetVaultIdb.registerVault("ab12", "Marie");
      const none = await CarnetVaultIdb.readMark("ab12");
      await CarnetVaultIdb.writeMark("ab12", 3, Uint8Array.from(tag), 0);
      await CarnetVaultIdb.writeMark("ab12", 5, Uint8Array.from(tag), 4);
      await CarnetVaultIdb.registerVault("ab12", "Marie — CPAM");
      const mark = await CarnetVaultIdb.readMark("ab12");
      const handle = await CarnetVaultIdb.openVault("ab12");
      const records = await T.snapshot(handle);
      handle.close();
      await CarnetVaultIdb.importVault("cd34", "Importé", [["header", Uint8Array.of(1)]], 9);
      return { unlisted, none, mark: { ...mark, tag: Array.from(mark.tag) }, records,
               imported: await CarnetVaultIdb.readMark("cd34"), listed: await CarnetVaultIdb.listVaults() };
    }, tag);
    assert.equal(result.unlisted.name, "NotFound");
    assert.equal(result.none, null);
    const today = new Date();
    const two = (n) => String(n).padStart(2, "0");
    assert.deepEqual(result.mark, { generation: 5, tag, acceptedFrom: 4,
      seenOn: `${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}` });
    assert.deepEqual(result.records, { generation: 0, records: {} }, "the mark is not among the records");
    assert.equal(result.imported, null);
    for (const v of result.listed) assert.deepEqual(Object.keys(v).sort(), ["createdAt", "displayName", "id"]);
  });

  it("reads a damaged mark back as unreadable (generation -1, empty tag), never throwing", async () => {
    const result = await page.evaluate(async () => {
      await CarnetVaultIdb.registerVault("ef56", "Marie");
      const db = await new Promise((done, fail) => {
        const r = indexedDB.open("carnet");
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
      const put = (mark) => new Promise((done, fail) => {
        const tx = db.transaction("vaults", "readwrite");
        tx.objectStore("vaults").put({ id: "ef56", displayName: "Marie", createdAt: 1, mark });
        tx.oncomplete = () => done();
        tx.onabort = () => fail(tx.error);
      });
      const read = async (mark) => {
        await put(mark);
        const m = await CarnetVaultIdb.readMark("ef56");
        return { ...m, tag: Array.from(m.tag) };
      };
      const out = {
        text: await read("not a mark"),
        badGeneration: await read({ generation: "7", tag: "abcd", seenAt: "hier" }),
        huge: await read({ generation: 2 ** 60, tag: Uint8Array.of(1, 2), acceptedFrom: -3 }),
        nothing: await read(null),
      };
      db.close();
      return out;
    });
    assert.deepEqual(result.text, { generation: -1, tag: [], seenOn: "", acceptedFrom: 0 });
    assert.deepEqual(result.badGeneration, { generation: -1, tag: [], seenOn: "", acceptedFrom: 0 });
    assert.deepEqual(result.huge, { generation: -1, tag: [1, 2], seenOn: "", acceptedFrom: 0 });
    assert.deepEqual(result.nothing, { generation: -1, tag: [], seenOn: "", acceptedFrom: 0 });
  });

  it("forgets a vault: its registry entry and its database, closing open handles", async () => {
    await page.evaluate(async () => {
      await CarnetVaultIdb.registerVault("gone", "À oublier");
      await CarnetVaultIdb.registerVault("kept", "À garder");
    });
    await open(page, "gone");
    await open(page, "kept", "kept");
    assert.equal((await commit(page, [["header", [1]]], [], 0, 1)).ok, true);
    assert.equal((await commit(page, [["header", [2]]], [], 0, 1, "kept")).ok, true);
    const after = await page.evaluate(async () => {
      await CarnetVaultIdb.forgetVault("gone");
      const names = (await indexedDB.databases()).map((d) => d.name).sort();
      const list = (await CarnetVaultIdb.listVaults()).map((v) => v.id);
      const closed = T.handles.h.closed;
      const late = await T.outcome(T.handles.h.readAll());
      const reopened = await CarnetVaultIdb.openVault("gone");
      const snap = await T.snapshot(reopened);
      reopened.close();
      return { names, list, closed, late: late.name, snap };
    });
    assert.deepEqual(after.names, ["carnet", "carnet-vault-kept"]);
    assert.deepEqual(after.list, ["kept"]);
    assert.equal(after.closed, true);
    assert.equal(after.late, "InvalidStateError");
    assert.deepEqual(after.snap, { generation: 0, records: {} });
    assert.deepEqual(await snapshot(page, "kept"), { generation: 1, records: { header: [2] } });
  });

  it("answers persistence and quota questions", async (t) => {
    const answers = await page.evaluate(async () => ({
      persisted: await CarnetVaultIdb.requestPersistence(),
      quota: await CarnetVaultIdb.estimateQuota(),
    }));
    t.diagnostic(`persist() in headless Chromium: ${answers.persisted}; estimate: ${JSON.stringify(answers.quota)}`);
    assert.equal(typeof answers.persisted, "boolean");
    assert.equal(typeof answers.quota.usage, "number");
    assert.ok(answers.quota.quota > 0);
  });
});
