// The first usable screen and the memory of the web app in headless Chromium:
// - how long after navigation the welcome screen can be used: its "Créer un coffre" button
//   present and enabled in the accessible layer (median of several fresh loads, each in a new
//   browser context: no cache, no service worker, no stored vault);
// - the wasm memory (the module's heap, HEAP8.buffer) on the welcome screen, after importing the
//   large demo vault's backup, and with that vault open in a page loaded afresh;
// - how long an unlock of that vault takes, from the click on "Déverrouiller" to its home
//   screen's heading (key derivation in the Web Worker included).
//
//   node scripts/lib/bench_screens.mjs CARNET_CLI WEB_DIR [LOADS] [UNLOCKS]
//
// The vault is built by the native tool (`carnet demo --size large --vault`), exported as a
// backup file and imported through the app's own import button, as in bench_save_web.mjs.
// performance.measureUserAgentSpecificMemory() needs cross-origin isolation, which the app does
// not ask for: the wasm memory is the figure reported.

import { launchBrowser } from "../../tests/e2e/lib/harness.mjs";
import { buildLargeBackup, importBackup, openAppPage } from "./large_vault_web.mjs";
import { startStaticServer } from "./static_server.mjs";

const [cli, webDir, loadsText = "7", unlocksText = "3"] = process.argv.slice(2);
const loads = Number(loadsText);
const unlocks = Number(unlocksText);
const passphrase = "banc d'essai des écrans";
const name = "Banc d’essai";
const viewport = { width: 1280, height: 800 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);

// Notes in window.carnetUsableMs the moment (performance.now(), from navigation start) the
// welcome screen's create button is in the accessible layer and enabled.
function watchForUsableScreen() {
  const usable = () => [...document.querySelectorAll("#a11y-layer button")].some(
    (el) => el.textContent === "Créer un coffre" && el.getAttribute("aria-disabled") !== "true" &&
            !el.disabled);
  const observer = new MutationObserver(() => {
    if (window.carnetUsableMs === undefined && usable()) {
      window.carnetUsableMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

const wasmBytes = (page) => page.evaluate(() => window.Module.HEAP8.buffer.byteLength);

// Clicks "Déverrouiller" from the page itself and waits there for the vault's heading, so that
// both moments are read on the page's clock.
async function timedUnlock(page) {
  await page.getByRole("button", { name: `Ouvrir un coffre « ${name} »` }).click();
  await page.getByLabel("Phrase de passe", { exact: true }).fill(passphrase);
  const button = page.getByRole("button", { name: "Déverrouiller", exact: true });
  await button.waitFor();
  return button.evaluate((el, vaultName) => new Promise((resolve) => {
    const opened = () => [...document.querySelectorAll("#a11y-layer h1")]
      .some((h) => h.textContent === vaultName);
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (opened()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.getElementById("a11y-layer"),
                     { childList: true, subtree: true, characterData: true });
    el.click();
  }), name);
}

let cleanup = () => {};
const { server, url } = await startStaticServer(webDir, 0);
const browser = await launchBrowser();
try {
  // (a) The first usable screen, fresh loads.
  const usable = [];
  const firstFrame = [];
  let welcomeWasm = 0;
  for (let i = 0; i < loads; ++i) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(watchForUsableScreen);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.carnetUsableMs !== undefined, null, { timeout: 20000 });
    usable.push(await page.evaluate(() => window.carnetUsableMs));
    firstFrame.push(await page.evaluate(() => window.carnetFirstFrameMs));
    welcomeWasm = Math.max(welcomeWasm, await wasmBytes(page));
    await context.close();
  }
  const sorted = [...usable].sort((a, b) => a - b);
  console.log(`bench web_first_usable_ms ${median(usable).toFixed(0)} ms first usable screen after navigation: "Créer un coffre" enabled in the accessible layer (median of ${loads}; min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)}; first frame ${median(firstFrame).toFixed(0)} ms)`);
  console.log(`bench web_wasm_welcome_mb ${mb(welcomeWasm)} MB wasm memory on the welcome screen`);

  // (b) and (c): the large vault imported, then unlocked.
  const built = buildLargeBackup(cli, name, passphrase);
  cleanup = built.cleanup;
  const page = await openAppPage(browser, url, viewport);
  await importBackup(page, built.backup, name);
  // Wasm memory grows and never shrinks: the import's peak stays in the module until the page
  // is loaded again. The vault is then opened from a fresh page, as on any later day.
  const importedWasm = await wasmBytes(page);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === "1");

  const times = [];
  const openWasm = [];  // after each unlock
  for (let i = 0; i < unlocks; ++i) {
    times.push(await timedUnlock(page));
    await page.getByText(/^Dossiers dans ce coffre\u00a0: [1-9]/).waitFor();
    openWasm.push(await wasmBytes(page));
    if (i + 1 < unlocks) {
      await page.getByRole("button", { name: "Verrouiller", exact: true }).click();
      await page.getByRole("button", { name: `Ouvrir un coffre « ${name} »` }).waitFor();
    }
  }
  // "Dossiers dans ce coffre : 10000 · Dossiers affichés : 6500" on the overview.
  const dossiers = (await page.getByText(/^Dossiers dans ce coffre/).textContent())
    .match(/coffre\u00a0: (\d+)/)[1];
  console.log(`bench web_wasm_import_mb ${mb(importedWasm)} MB wasm memory after importing the large vault's backup (the import's peak)`);
  console.log(`bench web_wasm_open_mb ${mb(Math.max(...openWasm))} MB wasm memory with the large vault open in a fresh page (${dossiers} dossiers; after each of ${unlocks} unlocks: ${openWasm.map(mb).join(", ")} MB)`);
  const unlockSorted = [...times].sort((a, b) => a - b);
  console.log(`bench web_unlock_ms ${median(times).toFixed(0)} ms unlock of the large vault, click to its home screen, key derivation included (median of ${unlocks}; min ${unlockSorted[0].toFixed(0)}, max ${unlockSorted[unlockSorted.length - 1].toFixed(0)})`);
  await page.context().close();
} finally {
  await browser.close();
  server.close();
  cleanup();
}
