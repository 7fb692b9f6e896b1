// What could leave a person's data behind in the browser: the clipboard after "Copier les
// coordonnées", the person's copy when the browser blocks its tab, and the page after a lock.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp } from "./lib/harness.mjs";
import { addDossier, createVault, waitSaved } from "./lib/vault_steps.mjs";

const kVault = "Fuites";
const kFamily = "Quenouillard";
const kAddress = "7 impasse des Glycines";

const press = (page, name) => page.getByRole("button", { name, exact: true }).click();
const readClipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

// Whether `text`, in UTF-8, is anywhere in the app module's memory.
async function inWasmMemory(page, text) {
  return page.evaluate((needle) => {
    const bytes = new TextEncoder().encode(needle);
    const heap = Module.HEAPU8;
    outer: for (let i = heap.indexOf(bytes[0]); i !== -1; i = heap.indexOf(bytes[0], i + 1)) {
      for (let j = 1; j < bytes.length; j += 1) if (heap[i + j] !== bytes[j]) continue outer;
      return true;
    }
    return false;
  }, text);
}

// A snapshot of the page's JavaScript heap (strings, the accessible layer's nodes), as text.
async function heapSnapshot(page) {
  const session = await page.context().newCDPSession(page);
  const chunks = [];
  session.on("HeapProfiler.addHeapSnapshotChunk", ({ chunk }) => chunks.push(chunk));
  await session.send("HeapProfiler.collectGarbage");
  await session.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  await session.detach();
  return chunks.join("");
}

describe("what a person's data leaves in the browser", () => {
  let app;
  before(async () => {
    app = await openApp({ clock: true });
    await app.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  });
  after(async () => { await app?.close(); });

  it("clears the copied coordinates 60 s later, unless the clipboard holds something else", async () => {
    const { page } = app;
    await createVault(page, kVault);
    await addDossier(page, kFamily, { Adresse: kAddress });
    await waitSaved(page);

    await press(page, "Copier les coordonnées");
    await page.waitForFunction(async (address) =>
      (await navigator.clipboard.readText()).includes(address), kAddress);
    await page.clock.fastForward(59000);
    assert.match(await readClipboard(page), new RegExp(kAddress));
    await page.clock.fastForward(2000);
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) === "");

    // Copied again, then something else copied since: left as it is.
    await press(page, "Copier les coordonnées");
    await page.waitForFunction(async (address) =>
      (await navigator.clipboard.readText()).includes(address), kAddress);
    await page.evaluate(() => navigator.clipboard.writeText("numéro du bailleur"));
    await page.clock.fastForward(61000);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    assert.equal(await readClipboard(page), "numéro du bailleur");
  });

  it("asks before downloading the person's copy when the browser blocks its tab", async () => {
    const { page } = app;
    await page.evaluate(() => { window.open = () => null; });  // as a pop-up blocker answers
    const downloads = [];
    page.on("download", (download) => downloads.push(download));
    const questions = [];
    page.once("dialog", (dialog) => { questions.push(dialog); dialog.dismiss(); });
    await press(page, "Copie pour la personne");
    await page.waitForFunction(() => true);
    while (questions.length === 0) await new Promise((done) => setTimeout(done, 50));
    assert.equal(questions[0].type(), "confirm");
    assert.match(questions[0].message(), /^Le navigateur a bloqué le nouvel onglet/);
    assert.match(questions[0].message(), /ne sera pas chiffré/);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    assert.equal(downloads.length, 0, "refused: nothing downloaded");

    page.once("dialog", (dialog) => dialog.accept());
    const [download] = await Promise.all([
      page.waitForEvent("download"), press(page, "Copie pour la personne")]);
    assert.equal(download.suggestedFilename(), "carnet-document.html");
  });

  it("reloads the page on lock: no name is left in the module's memory or the page's heap", async () => {
    const { page } = app;
    // Coordinates still watched in the clipboard are cleared by the lock, at once.
    await press(page, "Copier les coordonnées");
    await page.waitForFunction(async (address) =>
      (await navigator.clipboard.readText()).includes(address), kAddress);
    // Controls: before the lock, the module's memory holds the name, and a snapshot finds it
    // among the page's strings once one holds it (the accessible layer's text, read by the test;
    // the layer's own text lives in the DOM, outside the JavaScript heap).
    assert.equal(await inWasmMemory(page, kFamily), true);
    await page.evaluate(() => {
      window.carnetTestLayer = document.getElementById("a11y-layer").textContent.slice();
    });
    assert.ok((await heapSnapshot(page)).includes(kFamily), "the heap snapshot holds the name");

    const reloaded = page.waitForEvent("load");
    await press(page, "Verrouiller");
    await reloaded;
    await page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    assert.equal(await readClipboard(page), "");
    assert.equal(await inWasmMemory(page, kFamily), false);
    assert.equal(await inWasmMemory(page, kAddress), false);
    const heap = await heapSnapshot(page);
    assert.equal(heap.includes(kFamily), false);
    assert.equal(heap.includes(kAddress), false);
    assert.deepEqual(app.problems, []);
  });
});
