// Locking in the browser: an idle vault in a hidden tab is locked before the tab is shown
// again, and a lock reloads the page, so nothing decrypted stays in it.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp, settle } from "./lib/harness.mjs";
import { createVault, unlockVault, waitSaved } from "./lib/vault_steps.mjs";

const kVault = "Verrou";
const kFamily = "Quenouille";

// In the page, before the app: once the page has been hidden and is shown again, notes what the
// accessible layer holds at that moment and whether a dossier's name ever appears in it. The
// notes are kept in sessionStorage, which survives the lock's reload.
function watchForTheName(family) {
  const note = (key, value) => sessionStorage.setItem(`carnet-test-${key}`, value);
  const layerText = () => document.getElementById("a11y-layer")?.innerHTML ?? "";
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      note("hidden", "1");
      return;
    }
    if (sessionStorage.getItem("carnet-test-hidden") !== "1") return;
    note("shown", "1");
    note("navigation-when-shown", performance.getEntriesByType("navigation")[0]?.type ?? "");
    note("name-when-shown", layerText().includes(family) ? "1" : "0");
  });
  new MutationObserver(() => {
    if (sessionStorage.getItem("carnet-test-shown") === "1" && layerText().includes(family)) {
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

async function addDossier(page, family) {
  await page.getByRole("button", { name: "Nouveau dossier" }).click();
  await page.getByRole("heading", { level: 2, name: "Nouveau dossier" }).waitFor();
  await page.getByRole("textbox", { name: "Prénom" }).fill("Anouk");
  await page.getByRole("textbox", { name: "Nom", exact: true }).fill(family);
  await page.getByRole("textbox", { name: "Nom", exact: true }).press("Enter");
  await page.getByRole("heading", { level: 2, name: `${family} Anouk` }).waitFor();
}

describe("locking in the browser", () => {
  let app;
  before(async () => {
    app = await openApp({ clock: true, initScript: [watchForTheName, kFamily] });
  });
  after(async () => { await app?.close(); });

  it("locks an idle vault in a hidden tab before the tab is shown again", async () => {
    const { page, context } = app;
    await createVault(page, kVault);
    await page.getByRole("button", { name: "Paramètres" }).click();
    const autoLock = page.getByRole("slider", { name: "Verrouillage automatique (minutes)" });
    await autoLock.focus();
    await autoLock.press("Home");
    await autoLock.press("ArrowRight");
    await page.waitForFunction(() => [...document.querySelectorAll("#a11y-layer [role=slider]")]
      .some((s) => s.getAttribute("aria-label")?.startsWith("Verrouillage automatique") &&
        s.getAttribute("aria-valuenow") === "1"));
    await addDossier(page, kFamily);
    await waitSaved(page);

    // Another page in front: this one is hidden and draws no frame.
    const other = await context.newPage();
    await other.bringToFront();
    await page.waitForFunction(() => document.visibilityState === "hidden");
    const reloaded = page.waitForEvent("load");
    await page.clock.fastForward("02:00");
    await reloaded;  // the lock reloads the page, still hidden
    assert.equal(await page.evaluate(() => document.visibilityState), "hidden");

    await page.bringToFront();
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    const seen = await notes(page);
    assert.equal(seen.shown, "1");
    assert.equal(seen["navigation-when-shown"], "reload", "locked (and reloaded) before shown");
    assert.equal(seen["name-when-shown"], "0");
    assert.equal(seen["name-after-shown"], undefined, "no frame showed the dossier");
    await other.close();

    // Nothing was lost: the dossier is there once unlocked.
    await page.evaluate(() => sessionStorage.clear());
    await unlockVault(page, kVault);
    await page.getByRole("button", { name: "Dossiers" }).click().catch(() => {});
    await page.getByText(new RegExp(kFamily)).first().waitFor();
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
    await page.getByRole("button", { name: "Tardieu Anouk" }).first().click();
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
