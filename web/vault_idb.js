// Vault storage in IndexedDB: the browser side of the VaultStorage contract
// (src/core/vault/vault_storage.h). Every vault is its own database "carnet-vault-<id>", holding
// opaque records under short string keys ("header", "manifest", "chunk-NNNNNN") in the store
// "records" and its generation counter under "generation" in the store "meta". A registry
// database "carnet" lists the vaults of this browser by display name, each with its mark: the
// last generation opened or saved here, authenticated by the module (src/core/vault/vault_mark.h) and
// kept outside the vault's own database so that an older copy of that database is seen.
//
// A commit is a compare-and-swap inside ONE readwrite transaction with durability "strict": it
// reads the stored generation, aborts if it is not the expected one, else writes every put and
// delete plus the new generation. It resolves only on the transaction's "complete" event; any
// failure aborts the transaction as a whole, so the previous generation stays intact.
// A second tab is kept from writing by a Web Lock per vault (acquireWriterLock); the
// compare-and-swap is the last line of defence if it writes anyway.
//
// Generations are JavaScript numbers (safe non-negative integers; a BigInt is accepted and
// converted). Bytes are Uint8Array; each put is copied into a fresh ArrayBuffer before commit()
// returns, so a view of the wasm heap can be reused at once.
"use strict";

(function () {
  const kRegistryName = "carnet";
  const kRegistryStore = "vaults";
  const kVaultPrefix = "carnet-vault-";
  const kRecords = "records";
  const kMeta = "meta";
  const kGenerationKey = "generation";
  const kLockPrefix = "carnet-vault-writer-";

  // Set by tests only: called with the transaction after every write of a commit was issued and
  // before it completes. Throwing aborts the commit, which rejects with what was thrown.
  const testHooks = { afterWrites: null };

  function namedError(name, message) {
    const error = new Error(message);
    error.name = name;
    return error;
  }

  function checkId(id) {
    if (typeof id !== "string" || id.length === 0) throw new TypeError("vault id must be a non-empty string");
    return id;
  }

  function checkGeneration(value, what) {
    const n = typeof value === "bigint" && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
    if (!Number.isSafeInteger(n) || n < 0) throw new TypeError(`${what} must be a safe non-negative integer`);
    return n;
  }

  // The generation as stored: absent is 0 (a vault never committed); anything but a safe
  // non-negative integer (a damaged or altered database) is refused, never used.
  function storedGeneration(value) {
    if (value === undefined) return 0;
    if (!Number.isSafeInteger(value) || value < 0) {
      throw namedError("DataError", "the stored generation is damaged");
    }
    return value;
  }

  // An ArrayBuffer holding exactly the view's bytes (never the view's whole buffer).
  function copyBytes(value, key) {
    if (!(value instanceof Uint8Array)) throw new TypeError(`record "${key}" must be a Uint8Array`);
    return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
  }

  function asBytes(value) {
    if (value instanceof ArrayBuffer) return new Uint8Array(value);
    if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    throw namedError("DataError", "a stored record is not bytes");
  }

  function promised(request) {
    return new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  // Settles with the transaction: its "complete" event, or its abort (with the request error
  // that caused it, if any).
  function finished(tx) {
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error || new DOMException("the transaction was aborted", "AbortError"));
    });
  }

  function openDatabase(name, upgrade) {
    if (typeof indexedDB === "undefined") {
      return Promise.reject(new DOMException("IndexedDB is not available", "NotSupportedError"));
    }
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => upgrade(request.result);
      request.onsuccess = () => {
        const db = request.result;
        // Let another tab delete or upgrade the database instead of being blocked by us.
        db.onversionchange = () => db.close();
        resolve(db);
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => {};  // proceeds once the other connections close
    });
  }

  function openRegistry() {
    return openDatabase(kRegistryName, (db) => {
      if (!db.objectStoreNames.contains(kRegistryStore)) db.createObjectStore(kRegistryStore, { keyPath: "id" });
    });
  }

  async function withRegistry(mode, work) {
    const db = await openRegistry();
    try {
      const tx = db.transaction(kRegistryStore, mode);
      const done = finished(tx);
      let result;
      try {
        result = await work(tx.objectStore(kRegistryStore));
      } catch (error) {
        try { tx.abort(); } catch { /* already finished */ }
        done.catch(() => {});
        throw error;
      }
      await done;
      return result;
    } finally {
      db.close();
    }
  }

  // [{id, displayName, createdAt}], sorted by display name.
  async function listVaults() {
    const entries = await withRegistry("readonly", (store) => promised(store.getAll()));
    return entries
      .map((e) => ({ id: e.id, displayName: e.displayName, createdAt: e.createdAt }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  // Adds the vault to the registry, or renames it (keeping its creation time).
  async function registerVault(id, displayName) {
    checkId(id);
    if (typeof displayName !== "string") throw new TypeError("display name must be a string");
    return withRegistry("readwrite", async (store) => {
      const existing = await promised(store.get(id));
      const entry = { id, displayName, createdAt: existing ? existing.createdAt : Date.now() };
      if (existing && existing.mark !== undefined) entry.mark = existing.mark;  // kept on renaming
      await promised(store.put(entry));
      return { ...entry };
    });
  }

  // Stores a restored vault under `id` and lists it: its records (every [key, Uint8Array]) at
  // `generation` in one transaction, then its registry entry. A vault this browser already lists
  // is never touched: rejects with name "AlreadyExists" and writes nothing. (Two databases
  // cannot share a transaction: if the page dies between the two steps, the records stay
  // unlisted and a new import of the same backup replaces them.)
  async function importVault(id, displayName, puts, generation) {
    checkId(id);
    if (typeof displayName !== "string") throw new TypeError("display name must be a string");
    const listed = await withRegistry("readonly", (store) => promised(store.get(id)));
    if (listed) throw namedError("AlreadyExists", "this vault is already in this browser");
    const vault = await openVault(id);
    try {
      await vault.restore(puts, generation);
    } finally {
      vault.close();
    }
    return withRegistry("readwrite", async (store) => {
      const entry = { id, displayName, createdAt: Date.now() };
      try {
        await promised(store.add(entry));  // add, not put: never replaces an entry
      } catch (error) {
        if (error && error.name === "ConstraintError") {
          throw namedError("AlreadyExists", "this vault was listed meanwhile");
        }
        throw error;
      }
      return { ...entry };
    });
  }

  // The local date of `time` (ms since the epoch) as "YYYY-MM-DD", or "" if it is not one.
  function localDay(time) {
    const date = typeof time === "number" ? new Date(time) : null;
    if (!date || Number.isNaN(date.getTime())) return "";
    const two = (n) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  }

  // The vault's mark, or null when it has none: {generation, tag, seenOn, acceptedFrom}.
  // Whatever is stored comes back, never an exception: a generation that is not a safe
  // non-negative integer comes back as -1 and a tag that is not bytes as an empty one, for the
  // module to refuse as a damaged mark. An import never carries a mark (importVault adds none).
  async function readMark(id) {
    checkId(id);
    const entry = await withRegistry("readonly", (store) => promised(store.get(id)));
    if (!entry || entry.mark === undefined) return null;
    const mark = entry.mark !== null && typeof entry.mark === "object" ? entry.mark : {};
    let tag;
    try { tag = asBytes(mark.tag); } catch { tag = new Uint8Array(0); }
    const whole = (n) => (Number.isSafeInteger(n) && n >= 0 ? n : -1);
    return {
      generation: whole(mark.generation), tag, seenOn: localDay(mark.seenAt),
      acceptedFrom: Math.max(whole(mark.acceptedFrom), 0),
    };
  }

  // Replaces the mark of a listed vault, dated now; rejects with name "NotFound" when the vault
  // is not listed. The tag is the module's; nothing here can check it.
  async function writeMark(id, generation, tag, acceptedFrom) {
    checkId(id);
    const mark = {
      generation: checkGeneration(generation, "mark generation"),
      tag: new Uint8Array(copyBytes(tag, "mark")),
      seenAt: Date.now(),
      acceptedFrom: checkGeneration(acceptedFrom || 0, "accepted generation"),
    };
    return withRegistry("readwrite", async (store) => {
      const entry = await promised(store.get(id));
      if (!entry) throw namedError("NotFound", "this vault is not listed in this browser");
      await promised(store.put({ ...entry, mark }));
    });
  }

  // Deletes the vault's database (open handles are closed by it), then its registry entry.
  async function forgetVault(id) {
    checkId(id);
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(kVaultPrefix + id);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    await withRegistry("readwrite", (store) => promised(store.delete(id)));
  }

  async function openVault(id) {
    checkId(id);
    const db = await openDatabase(kVaultPrefix + id, (upgraded) => {
      if (!upgraded.objectStoreNames.contains(kRecords)) upgraded.createObjectStore(kRecords);
      if (!upgraded.objectStoreNames.contains(kMeta)) upgraded.createObjectStore(kMeta);
    });
    let closed = false;
    const markClosed = () => { closed = true; };
    db.onclose = markClosed;  // closed by the browser (storage cleared, disk error)
    db.onversionchange = () => { db.close(); markClosed(); };

    function transaction(mode, options) {
      if (closed) throw new DOMException("the vault is closed", "InvalidStateError");
      return db.transaction([kRecords, kMeta], mode, options);
    }

    // {generation, records: Map<key, Uint8Array>}, from one readonly transaction.
    async function readAll() {
      const tx = transaction("readonly");
      const done = finished(tx);
      const records = tx.objectStore(kRecords);
      const [keys, values, generation] = await Promise.all([
        promised(records.getAllKeys()), promised(records.getAll()),
        promised(tx.objectStore(kMeta).get(kGenerationKey)),
      ]).catch((error) => { done.catch(() => {}); throw error; });
      await done;
      const map = new Map();
      for (let i = 0; i < keys.length; ++i) map.set(keys[i], asBytes(values[i]));
      return { generation: storedGeneration(generation), records: map };
    }

    // Writes every put, then every delete, and the new generation — only if the stored one is
    // still `expectedGeneration`. Rejects with name "SaveConflict" otherwise (nothing written).
    function commit(puts, deletes, expectedGeneration, newGeneration) {
      let copies;
      let tx;
      try {
        const expected = checkGeneration(expectedGeneration, "expected generation");
        const next = checkGeneration(newGeneration, "new generation");
        copies = Array.from(puts || [], (entry) => {
          if (!Array.isArray(entry) || typeof entry[0] !== "string") throw new TypeError("a put must be [key, Uint8Array]");
          return [entry[0], copyBytes(entry[1], entry[0])];
        });
        const removed = Array.from(deletes || [], (key) => {
          if (typeof key !== "string") throw new TypeError("a deleted key must be a string");
          return key;
        });
        tx = transaction("readwrite", { durability: "strict" });
        return new Promise((resolve, reject) => {
          let failure = null;  // why we aborted, when it was us
          const abort = (error) => {
            failure = error;
            try { tx.abort(); } catch { /* already aborting */ }
          };
          tx.oncomplete = () => resolve();
          tx.onabort = () => reject(failure || tx.error || new DOMException("the save was aborted", "AbortError"));
          const meta = tx.objectStore(kMeta);
          const check = meta.get(kGenerationKey);
          check.onsuccess = () => {
            let stored;
            try {
              stored = storedGeneration(check.result);
            } catch (error) {
              abort(error);
              return;
            }
            if (stored !== expected) {
              abort(namedError("SaveConflict",
                `the vault was saved elsewhere meanwhile (generation ${stored}, expected ${expected})`));
              return;
            }
            try {
              const records = tx.objectStore(kRecords);
              for (const [key, value] of copies) records.put(value, key);
              for (const key of removed) records.delete(key);
              meta.put(next, kGenerationKey);
              if (testHooks.afterWrites) testHooks.afterWrites(tx);
            } catch (error) {
              abort(error);
            }
          };
        });
      } catch (error) {
        return Promise.reject(error);
      }
    }

    // Replaces everything the database holds by `puts` at `generation`, in ONE transaction
    // (durability "strict"). Only for importVault: the database is then listed by no registry
    // entry, so it holds at most the leftovers of an interrupted import, which nothing can reach.
    function restore(puts, generation) {
      let copies;
      let tx;
      try {
        const next = checkGeneration(generation, "generation");
        copies = Array.from(puts || [], (entry) => {
          if (!Array.isArray(entry) || typeof entry[0] !== "string") throw new TypeError("a put must be [key, Uint8Array]");
          return [entry[0], copyBytes(entry[1], entry[0])];
        });
        tx = transaction("readwrite", { durability: "strict" });
        const done = finished(tx);
        const records = tx.objectStore(kRecords);
        const meta = tx.objectStore(kMeta);
        records.clear();
        meta.clear();
        for (const [key, value] of copies) records.put(value, key);
        meta.put(next, kGenerationKey);
        return done;
      } catch (error) {
        try { if (tx) tx.abort(); } catch { /* already finished */ }
        return Promise.reject(error);
      }
    }

    function close() {
      closed = true;
      db.close();
    }

    return {
      id, readAll, commit, restore, close,
      get closed() { return closed; },
    };
  }

  // Holds the vault's exclusive writer lock until release(). {granted: false} when another tab
  // (or this one) already holds it.
  function acquireWriterLock(id) {
    checkId(id);
    if (typeof navigator === "undefined" || !navigator.locks) {
      return Promise.reject(new DOMException("Web Locks are not available", "NotSupportedError"));
    }
    return new Promise((resolve, reject) => {
      let releaseHeld;
      const held = navigator.locks.request(kLockPrefix + id, { mode: "exclusive", ifAvailable: true }, (lock) => {
        if (!lock) {
          resolve({ granted: false });
          return undefined;
        }
        const kept = new Promise((done) => { releaseHeld = done; });
        resolve({
          granted: true,
          // Resolves once the lock is free again.
          release() {
            releaseHeld();
            return held.then(() => undefined, () => undefined);
          },
        });
        return kept;
      });
      held.catch(reject);  // a request that failed before the callback ran
    });
  }

  // true or false from navigator.storage.persist(), null where it does not exist.
  async function requestPersistence() {
    if (typeof navigator === "undefined" || !navigator.storage || !navigator.storage.persist) return null;
    return navigator.storage.persist();
  }

  // {usage, quota} in bytes, or null where navigator.storage.estimate() does not exist.
  async function estimateQuota() {
    if (typeof navigator === "undefined" || !navigator.storage || !navigator.storage.estimate) return null;
    const { usage, quota } = await navigator.storage.estimate();
    return { usage, quota };
  }

  window.CarnetVaultIdb = {
    listVaults, registerVault, importVault, forgetVault, openVault, acquireWriterLock,
    readMark, writeMark,
    requestPersistence, estimateQuota, testHooks,
  };
})();
