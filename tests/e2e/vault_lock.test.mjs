// Locking in the browser: an idle vault in a hidden tab is locked before the tab is shown
// again, and a lock reloads the page, so nothing decrypted stays in it.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, settle } from "./lib/harness.mjs";
import { addDossier, createVault, unlockVault, waitSaved } from "./lib/vault_steps.mjs";

const kVault = "Verrou";
const kFamily = "Quenouille";

// In the page, before the app. Headless Chromium shows every page as visible (an open
// limitation of Playwright and of Chromium's headless mode), so a hidden tab is emulated as a
// browser makes it: document.visibilityState says "hidden", "visibilitychange" is sent, and
// animation frames stop (their callbacks wait until the tab is shown). The state lives in
// sessionStorage, so a page reloaded while hidden starts hidden, as a real one would.
// window.carnetTestHide() and window.carnetTestShow() switch it.
// Once the page is shown again, notes what the accessible layer holds at that moment and
// whether a dossier's name ever appears in it from then on (also in sessionStorage).
function emulateHiddenTab(family) {
  const key = (name) => `carnet-test-${name}`;
  const note = (name, value) => sessionStorage.setItem(key(name), value);
  const hidden = () => sessionStorage.getItem(key("hidden-now")) === "1";
  const layerText = () => document.getElementById("a11y-layer")?.innerHTML ?? "";
  const documents = Number(sessionStorage.getItem(key("documents")) ?? 0) + 1;
  note("documents", String(documents));  // pages loaded in this tab so far
  Object.defineProperty(document, "visibilityState", {
    configurable: true, get: () => (hidden() ? "hidden" : "visible") });
  Object.defineProperty(document, "hidden", { configurable: true, get: hidden });
  const waiting = [];
  let frames = 0;
  // Wrapped once every init script has run (Playwright's clock installs its own frames).
  document.addEventListener("DOMContentLoaded", () => {
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      if (hidden()) {
        waiting.push(callback);
        return 0;
      }
      frames += 1;
      return request(callback);
    };
  });
  window.carnetTestHide = () => {
    note("hidden-now", "1");
    note("document-when-hidden", String(documents));
    document.dispatchEvent(new Event("visibilitychange"));
  };
  window.carnetTestShow = () => {
    note("hidden-now", "0");
    note("shown", "1");
    note("document-when-shown", String(documents));
    note("name-when-shown", layerText().includes(family) ? "1" : "0");
    document.dispatchEvent(new Event("visibilitychange"));
    for (const callback of waiting.splice(0)) window.requestAnimationFrame(callback);
  };
  window.carnetTestFrames = () => frames;
  new MutationObserver(() => {
    if (sessionStorage.getItem(key("shown")) === "1" && layerText().includes(family)) {
      note("name-after-shown", "1");
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

async function notes(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(sessionStorage)
    .filter((key) => key.startsWith("carnet-test-"))
    .map((key) => [key.slice("carnet-test-".length), sessionStorage.getItem(key)])));
}

// The next commit's transaction is kept open (a request chained on each answer) until the test
// sets window.carnetTestHeld to false.
async function holdNextCommit(page) {
  await page.evaluate(() => {
    window.carnetTestHeld = true;
    const hooks = window.CarnetVaultIdb.testHooks;
    hooks.afterWrites = (tx) => {
      hooks.afterWrites = null;
      const meta = tx.objectStore("meta");
      const spin = () => { if (window.carnetTestHeld) meta.get("generation").onsuccess = spin; };
      spin();
    };
  });
}

async function recordCall(page, summary) {
  await page.getByRole("button", { name: "Noter un contact" }).click();
  await page.getByRole("button", { name: "Appel", exact: true }).click();
  await page.getByRole("textbox", { name: "Résumé" }).fill(summary);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await page.getByText(new RegExp(`· Appel · ${summary}$`)).waitFor();
}

describe("locking in the browser", () => {
  let app;
  before(async () => {
    app = await openApp({ clock: true, initScript: [emulateHiddenTab, kFamily] });
  });
  after(async () => { await app?.close(); });

  it("locks an idle vault in a hidden tab before the tab is shown again", async () => {
    const { page } = app;
    await createVault(page, kVault);
    await page.getByRole("button", { name: "Paramètres" }).click();
    const autoLock = page.getByRole("slider", { name: "Verrouillage automatique (minutes)" });
    await autoLock.focus();
    await autoLock.press("Home");
    await autoLock.press("ArrowRight");
    await page.waitForFunction(() => [...document.querySelectorAll("#a11y-layer [role=slider]")]
      .some((s) => s.getAttribute("aria-label")?.startsWith("Verrouillage automatique") &&
        s.getAttribute("aria-valuenow") === "1"));
    await page.getByRole("button", { name: "Vue d’ensemble" }).click();
    await addDossier(page, kFamily);
    await waitSaved(page);

    // The tab goes to the background (another tab in front): it draws no frame.
    await page.evaluate(() => window.carnetTestHide());
    const framesWhenHidden = await page.evaluate(() => window.carnetTestFrames());
    const reloaded = page.waitForEvent("load");
    await page.clock.fastForward("02:00");  // the timer's check comes due
    await reloaded;  // the lock reloaded the page, still hidden
    assert.equal(await page.evaluate(() => document.visibilityState), "hidden");
    assert.equal(await page.evaluate(() => sessionStorage.getItem("carnet-test-shown")), null);

    await page.evaluate(() => window.carnetTestShow());
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    await settle(page, 5);
    const seen = await notes(page);
    assert.ok(framesWhenHidden > 0);
    assert.equal(Number(seen["document-when-shown"]), Number(seen["document-when-hidden"]) + 1,
                 "locked (and reloaded) before shown");
    assert.equal(seen["name-when-shown"], "0");
    assert.equal(seen["name-after-shown"], undefined, "no frame showed the dossier");

    // Nothing was lost: the dossier is there once unlocked.
    await page.evaluate(() => sessionStorage.clear());
    await unlockVault(page, kVault);
    await page.getByRole("link", { name: `${kFamily} Anouk` }).click();
    await page.getByRole("heading", { level: 2, name: `${kFamily} Anouk` }).waitFor();
    assert.deepEqual(app.problems, []);
  });
});

describe("locking while IndexedDB answers late", () => {
  let app;
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("keeps an edit made during a held save and the one after it", async () => {
    const { page } = app;
    await createVault(page, "Lenteur");
    await addDossier(page, "Tardieu");
    await waitSaved(page);
    await holdNextCommit(page);
    await recordCall(page, "Appel pendant l’enregistrement");
    await page.locator("#a11y-layer p", { hasText: /^Enregistrement…$/ }).waitFor();
    await recordCall(page, "Appel juste avant de verrouiller");
    await page.getByRole("button", { name: "Verrouiller" }).click();
    await page.getByRole("heading", {
      name: "Verrouillage\u00a0: enregistrement des dernières modifications…" }).waitFor();
    await settle(page, 5);
    assert.equal(await page.evaluate(() => window.carnetTestHeld), true, "still held: not locked");

    const reloaded = page.waitForEvent("load");
    await page.evaluate(() => { window.carnetTestHeld = false; });
    await reloaded;
    await unlockVault(page, "Lenteur");
    await page.getByRole("link", { name: "Tardieu Anouk" }).click();
    await page.getByText(/· Appel · Appel pendant l’enregistrement$/).waitFor();
    await page.getByText(/· Appel · Appel juste avant de verrouiller$/).waitFor();
    assert.deepEqual(app.problems, []);
  });

  it("asks the browser to warn when the page closes with changes not yet stored", async () => {
    const { page } = app;
    await holdNextCommit(page);
    await recordCall(page, "Appel pas encore enregistré");
    await page.locator("#a11y-layer p", { hasText: /^Enregistrement…$/ }).waitFor();
    const [warning] = await Promise.all([
      page.waitForEvent("dialog"), page.close({ runBeforeUnload: true })]);
    assert.equal(warning.type(), "beforeunload");
    await warning.dismiss();  // the worker stays
    assert.equal(page.isClosed(), false);
    await page.evaluate(() => { window.carnetTestHeld = false; });
    await waitSaved(page);
    const dialogs = [];
    page.on("dialog", (dialog) => { dialogs.push(dialog.type()); dialog.accept(); });
    await Promise.all([page.waitForEvent("close"), page.close({ runBeforeUnload: true })]);
    assert.deepEqual(dialogs, [], "everything stored: no warning");
    assert.deepEqual(app.problems, []);
  });
});
