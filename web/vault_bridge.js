// Connects the wasm module's vault requests (src/platform/web/web_shelf.cpp) to IndexedDB
// (web/vault_idb.js), and sends the answers back through the module's exported functions.
// Also the files that cross the page's edge (src/platform/web/web_files.cpp): a backup offered
// as a download, a backup chosen in the file picker, and the storage facts.
"use strict";

(function () {
  function createVaultBridge(module) {
    const idb = window.CarnetVaultIdb;
    const encoder = new TextEncoder();
    const commits = new Map();  // request -> { id, expected, next, puts, deletes }
    const handles = new Map();  // vault id -> open handle
    const writers = new Map();  // vault id -> release() of the writer lock this tab holds
    const marks = new Map();  // vault id -> the last mark read or write asked for, to queue after

    // Runs `work` once the previous mark request for `id` has settled: writes land in call order.
    function queueMark(id, work) {
      const next = (marks.get(id) || Promise.resolve()).then(work, work);
      marks.set(id, next.catch(() => {}));
      return next;
    }

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

    // Opens the file picker for one file (`accept`: the types offered, or "" for any) and hands
    // its bytes, whole, to `deliver(ptr, size)` for the length of the call; a file too large for
    // the module's memory comes as (0, -1). Must run while the user's click still counts.
    function pickOneFile(accept, deliver) {
      const input = document.createElement("input");
      input.type = "file";
      if (accept) input.accept = accept;
      input.hidden = true;
      input.addEventListener("change", async () => {
        const file = input.files && input.files[0];
        input.remove();
        if (!file) return;
        const bytes = new Uint8Array(await file.arrayBuffer());
        const ptr = module._malloc(Math.max(bytes.length, 1));
        if (!ptr) {  // too large for the module's memory
          deliver(0, -1);
          return;
        }
        try {
          module.HEAPU8.set(bytes, ptr);
          deliver(ptr, bytes.length);
        } finally {
          module._free(ptr);
        }
      });
      input.addEventListener("cancel", () => input.remove());
      document.body.appendChild(input);
      input.click();
    }

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
      readMark(request, id) {
        queueMark(id, () => idb.readMark(id)).then((mark) => {
          if (mark) {
            withHeap(mark.tag, (tag) => withString(mark.seenOn, (day) => module._carnet_vault_mark_found(
              request, mark.generation, tag, mark.tag.length, day, mark.acceptedFrom)));
          }
          module._carnet_vault_mark_read(request, 1, 0);
        }, (error) => withString(errorName(error), (name) => module._carnet_vault_mark_read(request, 0, name)));
      },
      writeMark(request, id, generation, tag, acceptedFrom) {
        queueMark(id, () => idb.writeMark(id, generation, tag, acceptedFrom))
          .then(() => module._carnet_vault_done(request, 1, 0),
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
      beginImport(request, id, displayName, generation) {
        commits.set(request, { id, displayName, generation, puts: [], deletes: [] });
      },
      endImport(request) {
        const c = commits.get(request);
        commits.delete(request);
        idb.importVault(c.id, c.displayName, c.puts, c.generation)
          .then(() => module._carnet_vault_done(request, 1, 0),
                (error) => withString(errorName(error), (name) => module._carnet_vault_done(request, 0, name)));
      },
      // A Blob and a temporary <a download>: the browser saves the file where it saves downloads.
      offerDownload(fileName, bytes) {
        const url = URL.createObjectURL(new Blob([bytes], { type: "application/octet-stream" }));
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        link.hidden = true;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
      },
      // Called while the user's click still counts (transient activation), so the browser opens
      // the picker. The chosen file's bytes go to the module whole; nothing else is read.
      pickBackupFile() {
        pickOneFile("", (ptr, size) => module._carnet_backup_picked(ptr, size));
      },
      // Statistics files for the merge, several at once, with the same rule about the user's
      // click. Each chosen file goes to the module whole, with its name, one after the other.
      pickStatsFiles() {
        const input = document.createElement("input");
        input.type = "file";
        input.multiple = true;
        input.accept = ".csv,text/csv";
        input.hidden = true;
        input.addEventListener("change", async () => {
          const files = Array.from(input.files || []);
          input.remove();
          for (const file of files) {
            const bytes = new Uint8Array(await file.arrayBuffer());
            const nameSize = module.lengthBytesUTF8(file.name) + 1;
            const name = module._malloc(nameSize);
            if (!name) continue;
            const ptr = module._malloc(Math.max(bytes.length, 1));
            try {
              module.stringToUTF8(file.name, name, nameSize);
              if (!ptr) {  // too large for the module's memory: listed, then refused
                module._carnet_stats_file_picked(name, 0, -1);
                continue;
              }
              module.HEAPU8.set(bytes, ptr);
              module._carnet_stats_file_picked(name, ptr, bytes.length);
            } finally {
              if (ptr) module._free(ptr);
              module._free(name);
            }
          }
        });
        input.addEventListener("cancel", () => input.remove());
        document.body.appendChild(input);
        input.click();
      },
      // A contact card (kind 1) or a share package (kind 2): one file, read whole, with the same
      // rule about the user's click.
      pickSharingFile(kind) {
        pickOneFile(kind === 1 ? ".txt,text/plain" : ".carnet-paquet",
          (ptr, size) => module._carnet_sharing_file_picked(kind, ptr, size));
      },
      // A whole document (the person's copy, the record of processing) in a new tab, to read,
      // print or save as PDF. Its stylesheet link is made absolute, since a blob has no base.
      // When the browser blocks the new tab, the worker is asked (the browser's own dialog, in
      // the page's language) before the document, unencrypted, is written to the downloads
      // folder; refused, nothing is written and the document is dropped.
      openDocument(html) {
        const sheet = new URL("print.css", document.baseURI).href;
        const text = html.replace('href="print.css"', `href="${sheet}"`);
        const url = URL.createObjectURL(new Blob([text], { type: "text/html;charset=utf-8" }));
        const tab = window.open(url, "_blank");
        if (!tab) {
          const question = document.documentElement.lang === "en"
            ? "The browser blocked the new tab for this document.\n\nDownload it instead? The " +
              "file will not be encrypted: it will stay in the downloads folder until you delete " +
              "it.\n\n(Or cancel, allow pop-ups for Carnet and ask for the document again.)"
            : "Le navigateur a bloqué le nouvel onglet de ce document.\n\nLe télécharger à la " +
              "place\u00a0? Le fichier ne sera pas chiffré\u00a0: il restera dans le dossier des " +
              "téléchargements jusqu’à ce que vous le supprimiez.\n\n(Ou annulez, autorisez " +
              "les fenêtres pour Carnet et demandez à nouveau le document.)";
          if (window.confirm(question)) {
            const link = document.createElement("a");
            link.href = url;
            link.download = "carnet-document.html";
            link.hidden = true;
            document.body.appendChild(link);
            link.click();
            link.remove();
          } else {
            URL.revokeObjectURL(url);
            return;
          }
        }
        setTimeout(() => URL.revokeObjectURL(url), 600000);
      },
      // navigator.storage: persist() when asked (1 granted, 0 refused, 2 not available), and
      // estimate() each time.
      storageFacts(askPersistence) {
        if (askPersistence) {
          idb.requestPersistence().then(
            (granted) => module._carnet_storage_persisted(granted === null ? 2 : granted ? 1 : 0),
            () => module._carnet_storage_persisted(0));
        }
        idb.estimateQuota().then((estimate) => {
          if (estimate) module._carnet_storage_estimate(estimate.usage || 0, estimate.quota || 0);
        }, () => {});
      },
      endCommit(request) {
        const c = commits.get(request);
        commits.delete(request);
        // A save's whole time, from its preparation in wasm to the end of this transaction,
        // for anyone measuring (scripts/lib/bench_save_web.mjs): a "carnet:save" entry.
        const bytes = c.puts.reduce((sum, [key, value]) => sum + key.length + value.length, 0);
        handle(c.id)
          .then((vault) => vault.commit(c.puts, c.deletes, c.expected, c.next))
          .then(() => {
            const started = module.carnetSaveStartedMs;  // noted after this commit was sent
            module.carnetSaveStartedMs = undefined;
            module._carnet_vault_done(request, 1, 0);
            if (started !== undefined) {
              performance.measure("carnet:save", { start: started, end: performance.now(), detail: { bytes } });
            }
          },
                (error) => withString(errorName(error), (name) => module._carnet_vault_done(request, 0, name)));
      },
    };
  }

  window.createVaultBridge = createVaultBridge;
})();
