// The accessible DOM layer (web/a11y_layer.js) on its own, in Chromium, fed by hand-written
// frames: what it publishes to screen readers, and what it sends back to the module.
import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import { launchBrowser } from "./lib/harness.mjs";

const layerScript = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "web/a11y_layer.js");

const frame = (nodes, lang = "fr") => JSON.stringify({ lang, nodes });
const at = (x, y, w = 120, h = 30) => ({ x, y, w, h });

describe("accessible layer", () => {
  let browser;
  let page;
  before(async () => { browser = await launchBrowser(); });
  after(async () => { await browser?.close(); });

  beforeEach(async () => {
    page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="fr"><body>
      <canvas id="canvas" width="800" height="600"></canvas>
      <div id="a11y-layer" style="position:absolute;inset:0"></div>
      <div id="a11y-descriptions" hidden></div></body></html>`);
    await page.addScriptTag({ path: layerScript });
    await page.evaluate(() => {
      window.calls = [];
      window.glfwKeys = [];
      window.layer = window.createA11yLayer(
        document.getElementById("a11y-layer"), document.getElementById("a11y-descriptions"),
        document.getElementById("canvas"), {
          activate: (id) => window.calls.push(["activate", id]),
          focus: (id) => window.calls.push(["focus", id]),
          setValue: (id, value) => window.calls.push(["setValue", id, value]),
        });
      // Stands for GLFW: a window listener in the capture phase, registered after the layer's.
      window.addEventListener("keydown", (e) => window.glfwKeys.push(e.key), true);
    });
  });

  const update = (json) => page.evaluate((j) => window.layer.update(j), json);
  const calls = () => page.evaluate(() => window.calls.filter((c) => c[0] !== "focus"));

  it("publishes roles, names and states in drawing order", async () => {
    await update(frame([
      { id: 1, role: "heading", name: "Dossier", level: 1, ...at(10, 10) },
      { id: 2, role: "text", name: "Ouvert le 3 mars", ...at(10, 50) },
      { id: 3, role: "button", name: "Créer un coffre", disabled: true, description: "Pas encore", ...at(10, 90) },
      { id: 4, role: "button", name: "English", pressed: false, lang: "en", ...at(200, 90) },
      { id: 5, role: "checkbox", name: "Consentement", checked: true, ...at(10, 130) },
      { id: 6, role: "button", name: "Historique", expanded: false, ...at(10, 170) },
      { id: 7, role: "slider", name: "Taille du texte", value: "150 %", now: 150, min: 100, max: 200, ...at(10, 210) },
    ]));
    await page.getByRole("heading", { level: 1, name: "Dossier" }).waitFor();
    await page.getByText("Ouvert le 3 mars").waitFor();
    const create = page.getByRole("button", { name: "Créer un coffre", disabled: true });
    assert.equal(await create.count(), 1);
    assert.equal(await page.locator(`[id="${await create.getAttribute("aria-describedby")}"]`).textContent(), "Pas encore");
    assert.equal(await page.getByRole("button", { name: "English", pressed: false }).getAttribute("lang"), "en");
    assert.equal(await page.getByRole("checkbox", { name: "Consentement", checked: true }).count(), 1);
    assert.equal(await page.getByRole("button", { name: "Historique", expanded: false }).count(), 1);
    const slider = page.getByRole("slider", { name: "Taille du texte" });
    assert.equal(await slider.getAttribute("aria-valuetext"), "150 %");
    assert.equal(await slider.getAttribute("aria-valuenow"), "150");
    const order = await page.locator("#a11y-layer > *").evaluateAll((els) => els.map((e) => e.dataset.widget));
    assert.deepEqual(order, ["1", "2", "3", "4", "5", "6", "7"]);
    const box = await create.boundingBox();
    assert.deepEqual(box, { x: 10, y: 90, width: 120, height: 30 });
  });

  it("sends activations from click, Enter and Space, never for a disabled widget", async () => {
    await update(frame([
      { id: 3, role: "button", name: "Créer", disabled: true, ...at(10, 10) },
      { id: 4, role: "button", name: "Ouvrir", ...at(200, 10) },
    ]));
    await page.getByRole("button", { name: "Créer" }).click({ force: true });
    await page.getByRole("button", { name: "Ouvrir" }).click();
    await page.getByRole("button", { name: "Ouvrir" }).press("Enter");
    await page.getByRole("button", { name: "Ouvrir" }).press("Space");
    assert.deepEqual(await calls(), [["activate", 4], ["activate", 4], ["activate", 4]]);
    assert.deepEqual(await page.evaluate(() => window.glfwKeys), [], "keys leaked to the canvas");
  });

  it("reports focus, and keeps it on an element across frames that move it", async () => {
    await update(frame([{ id: 4, role: "button", name: "Ouvrir", ...at(200, 10) }]));
    await page.getByRole("button", { name: "Ouvrir" }).focus();
    await update(frame([
      { id: 9, role: "button", name: "Nouveau", ...at(10, 10) },
      { id: 4, role: "button", name: "Ouvrir", ...at(200, 60) },
    ]));
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Ouvrir");
    assert.deepEqual((await page.evaluate(() => window.calls)).at(0), ["focus", 4]);
  });

  it("sets a slider's value from the keyboard, within its range", async () => {
    await update(frame([{ id: 7, role: "slider", name: "Taille", value: "100 %", now: 100, min: 100, max: 200, ...at(10, 10) }]));
    const slider = page.getByRole("slider", { name: "Taille" });
    await slider.focus();
    for (const key of ["ArrowRight", "ArrowRight", "ArrowLeft", "PageUp", "End", "ArrowUp", "Home", "ArrowDown"]) {
      await page.keyboard.press(key);
    }
    assert.deepEqual((await calls()).map((c) => c[2]), [101, 102, 101, 111, 200, 200, 100, 100]);
    assert.deepEqual(await page.evaluate(() => window.glfwKeys), []);
  });

  it("removes what is no longer drawn, renames in place, and tells apart repeated IDs", async () => {
    await update(frame([
      { id: 1, role: "button", name: "Créer un coffre", ...at(10, 10) },
      { id: 2, role: "text", name: "Même texte", ...at(10, 50) },
      { id: 2, role: "text", name: "Même texte", ...at(10, 90) },
    ]));
    assert.equal(await page.getByText("Même texte").count(), 2);
    const before = await page.getByRole("button").elementHandle();
    await update(frame([{ id: 1, role: "button", name: "Create a vault", ...at(10, 10) }], "en"));
    assert.equal(await page.getByText("Même texte").count(), 0);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    const afterHandle = await page.getByRole("button", { name: "Create a vault" }).elementHandle();
    assert.equal(await page.evaluate(([a, b]) => a === b, [before, afterHandle]), true);
  });

  it("lets other keys reach the canvas when focus is outside the layer", async () => {
    await update(frame([{ id: 4, role: "button", name: "Ouvrir", ...at(200, 10) }]));
    await page.locator("body").press("a");
    await page.keyboard.press("Tab");
    assert.deepEqual(await page.evaluate(() => window.glfwKeys), ["a"]);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Ouvrir");
  });
});
