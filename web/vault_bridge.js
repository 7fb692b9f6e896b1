// Connects the wasm module's vault requests (src/platform/web/web_shelf.cpp) to IndexedDB
// (web/vault_idb.js), and sends the answers back through the module's exported functions.
"use strict";

(function () {
  function createVaultBridge(module) {
    const idb = window.CarnetVaultIdb;
    const encoder = new TextEncoder();
    const commits = new Map();  // request -> { id, expected, next, puts, deletes }
    const handles = new Map();  // vault id -> open handle
    const writers = new Map();  // vault id -> release() of the writer lock this tab holds

    // Copies a string or bytes into the wasm heap for the duration of `use`.
    function withHeap(bytes, use) {
      const ptr = module._malloc(Math.max(bytes.length, 1));
      module.HEAPU8.set(bytes, ptr);
      try {
        return use(ptr);
      } finally {
        module._free(ptr);
      }
    }
    const withString = (text, use) => withHeap(encoder.encode(String(text) + "\0"), use);
    const errorName = (error) => (error && error.name) || "Error";

    async function handle(id) {
      if (!handles.has(id)) handles.set(id, await idb.openVault(id));
      return handles.get(id);
    }

    return {
      list(request) {
        idb.listVaults().then((vaults) => {
          for (const vault of vaults) {
            withString(vault.id, (id) => withString(vault.displayName,
              (name) => module._carnet_vault_listing(request, id, name)));
          }
          module._carnet_vault_listed(request, 1, 0);
        }, (error) => withString(errorName(error), (name) => module._carnet_vault_listed(request, 0, name)));
      },
      load(request, id) {
        handle(id).then((vault) => vault.readAll()).then(({ generation, records }) => {
          for (const [key, bytes] of records) {
            withString(key, (keyPtr) => withHeap(bytes,
              (data) => module._carnet_vault_record(request, keyPtr, data, bytes.length)));
          }
          module._carnet_vault_loaded(request, generation, 1, 0);
        }, (error) => withString(errorName(error),
          (name) => module._carnet_vault_loaded(request, 0, 0, name)));
      },
      register(request, id, displayName) {
        idb.registerVault(id, displayName).then(() => module._carnet_vault_done(request, 1, 0),
          (error) => withString(errorName(error), (name) => module._carnet_vault_done(request, 0, name)));
      },
      acquireWriter(request, id) {
        idb.acquireWriterLock(id).then((lock) => {
          if (lock.granted) writers.set(id, lock.release);
          module._carnet_vault_writer(request, lock.granted ? 1 : 0);
        }, () => module._carnet_vault_writer(request, 1));  // no Web Locks: the compare-and-swap guards
      },
      releaseWriter(id) {
        const release = writers.get(id);
        writers.delete(id);
        if (release) release();
      },
      beginCommit(request, id, expected, next) {
        commits.set(request, { id, expected, next, puts: [], deletes: [] });
      },
      put(request, key, bytes) { commits.get(request).puts.push([key, bytes]); },
      remove(request, key) { commits.get(request).deletes.push(key); },
      endCommit(request) {
        const c = commits.get(request);
        commits.delete(request);
        handle(c.id)
          .then((vault) => vault.commit(c.puts, c.deletes, c.expected, c.next))
          .then(() => module._carnet_vault_done(request, 1, 0),
                (error) => withString(errorName(error), (name) => module._carnet_vault_done(request, 0, name)));
      },
    };
  }

  window.createVaultBridge = createVaultBridge;
})();
