// One-row edits on the large synthetic vault in headless Chromium: how long each save takes,
// from the start of its preparation (the dirty chunks encrypted in wasm) to the end of its
// IndexedDB transaction, and how many bytes it writes. The app reports both in "carnet:save"
// performance entries (src/platform/web/main_web.cpp, web/vault_bridge.js).
//
//   node scripts/lib/bench_save_web.mjs CARNET_CLI WEB_DIR [EDITS]
//
// The vault is built by the native tool (`carnet demo --size large --vault`), exported as a
// backup file and imported through the app's own import button, as a user would move a vault.
import { launchBrowser } from "../../tests/e2e/lib/harness.mjs";
import { buildLargeBackup, importBackup, openAppPage, unlockVault } from "./large_vault_web.mjs";
import { startStaticServer } from "./static_server.mjs";

const [cli, webDir, editsText = "40"] = process.argv.slice(2);
const edits = Number(editsText);
const passphrase = "banc d'essai des sauvegardes";
const name = "Banc d’essai";

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

const { backup, backupMb, cleanup } = buildLargeBackup(cli, name, passphrase);
const { server, url } = await startStaticServer(webDir, 0);
const browser = await launchBrowser();
try {
  const page = await openAppPage(browser, url);
  await importBackup(page, backup, name);
  await unlockVault(page, name, passphrase);
  await page.getByRole("button", { name: "Paramètres" }).click();

  const slider = page.getByRole("slider", { name: "Verrouillage automatique (minutes)" });
  await slider.focus();
  const saves = () => page.evaluate(() => performance.getEntriesByName("carnet:save").length);
  for (let i = 0; i < edits; ++i) {
    const before = await saves();
    await page.keyboard.press(i % 2 === 0 ? "ArrowRight" : "ArrowLeft");
    await page.waitForFunction((n) => performance.getEntriesByName("carnet:save").length > n,
                                before, { timeout: 20000 });
  }
  const entries = await page.evaluate(() => performance.getEntriesByName("carnet:save")
    .map((e) => ({ ms: e.duration, bytes: e.detail ? e.detail.bytes : NaN })));
  const times = entries.map((e) => e.ms).sort((a, b) => a - b);
  const bytes = Math.max(...entries.map((e) => e.bytes));
  console.log(`bench web_vault_backup_mb ${backupMb.toFixed(1)} MB backup of the large demo vault, imported in Chromium`);
  console.log(`bench web_save_p50 ${percentile(times, 50).toFixed(2)} ms one-row edit, save time in Chromium (median of ${times.length})`);
  console.log(`bench web_save_p95 ${percentile(times, 95).toFixed(2)} ms one-row edit, save time in Chromium (p95; max ${times[times.length - 1].toFixed(2)})`);
  console.log(`bench web_save_bytes ${(bytes / 1024).toFixed(1)} KiB one-row edit, most bytes written by one save`);
  // The floor under those figures: the same number of bare IndexedDB transactions, each
  // writing as many bytes with the same durability, in the same page, one after the other.
  const bare = await page.evaluate(async ({ count, size }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open("carnet-bench-bare", 1);
      request.onupgradeneeded = () => request.result.createObjectStore("records");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const times = [];
    for (let i = 0; i < count; ++i) {
      const start = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction("records", "readwrite", { durability: "strict" });
        tx.objectStore("records").put(new Uint8Array(size).fill(i & 255), "record");
        tx.oncomplete = resolve;
        tx.onabort = () => reject(tx.error);
      });
      times.push(performance.now() - start);
    }
    db.close();
    return times.sort((a, b) => a - b);
  }, { count: times.length, size: bytes });
  console.log(`bench web_idb_bare_p50 ${percentile(bare, 50).toFixed(2)} ms bare IndexedDB transaction of the same size, strict (median of ${bare.length})`);
  console.log(`bench web_idb_bare_p95 ${percentile(bare, 95).toFixed(2)} ms bare IndexedDB transaction of the same size, strict (p95; max ${bare[bare.length - 1].toFixed(2)})`);
  console.log(`bench web_save_vs_bare ${(percentile(times, 95) / percentile(bare, 95)).toFixed(2)} x one-row edit's save p95 / bare transaction p95`);
  await page.context().close();
} finally {
  await browser.close();
  server.close();
  cleanup();
}
