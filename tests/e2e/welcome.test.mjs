// The welcome screen as a person meets it, through the accessible layer only.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { canvasColourCount, openApp, screenshot, settle } from "./lib/harness.mjs";

describe("welcome screen", () => {
  let app;
  before(async () => { app = await openApp(); });
  after(async () => { await app?.close(); });

  it("loads without any console error, page error or failed request", async () => {
    await settle(app.page, 10);
    assert.deepEqual(app.problems, []);
  });

  it("is in French, names the screen with a heading and draws on the canvas", async () => {
    const { page } = app;
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");
    await page.getByRole("heading", { level: 1, name: "Bienvenue dans Carnet" }).waitFor();
    assert.equal(await page.title(), "Carnet");
    // A blank canvas has one colour; text and buttons draw hundreds (anti-aliasing).
    assert.ok(await canvasColourCount(page) > 50, "the canvas looks blank");
    await screenshot(page, "welcome-fr");
  });

  it("offers to create a vault, and says there is none on this computer yet", async () => {
    const { page } = app;
    const create = page.getByRole("button", { name: "Créer un coffre", exact: true });
    assert.equal(await create.isDisabled(), false);
    await page.locator("#a11y-layer p", { hasText: /^Aucun coffre sur cet ordinateur/ }).waitFor();
    assert.equal(await page.getByRole("button", { name: /^Ouvrir un coffre/ }).count(), 0);
  });

  it("switches to English with a click, and every name follows", async () => {
    const { page } = app;
    const before = (await page.locator("#canvas").screenshot()).toString("base64");
    const english = page.getByRole("button", { name: "English", exact: true });
    assert.equal(await english.getAttribute("aria-pressed"), "false");
    await english.click();
    await page.getByRole("button", { name: "Create a vault", exact: true }).waitFor();
    await page.locator("#a11y-layer p", { hasText: /^No vault on this computer yet/ }).waitFor();
    await page.getByRole("heading", { level: 1, name: "Welcome to Carnet" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Créer un coffre" }).count(), 0);
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    assert.equal(await english.getAttribute("aria-pressed"), "true");
    await settle(page);
    const after = (await page.locator("#canvas").screenshot()).toString("base64");
    assert.notEqual(after, before, "the canvas did not change with the language");
    await screenshot(page, "welcome-en");
  });

  it("goes back to French from the keyboard alone: Tab to the button, then Enter", async () => {
    const { page } = app;
    const french = page.getByRole("button", { name: "Français", exact: true });
    for (let i = 0; i < 10 && !(await french.evaluate((el) => el === document.activeElement)); ++i) {
      await page.keyboard.press("Tab");
    }
    assert.equal(await french.evaluate((el) => el === document.activeElement), true,
                 "Tab never reached the Français button");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Créer un coffre", exact: true }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  });

  it("activates with Space as well", async () => {
    const { page } = app;
    const english = page.getByRole("button", { name: "English", exact: true });
    await english.focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Create a vault", exact: true }).waitFor();
    await page.getByRole("button", { name: "Français", exact: true }).press("Enter");
    await page.getByRole("button", { name: "Créer un coffre", exact: true }).waitFor();
  });

  it("keeps each element over its widget when the window is resized", async () => {
    const { page } = app;
    await page.setViewportSize({ width: 900, height: 700 });
    await settle(page, 5);
    const box = await page.getByRole("button", { name: "English" }).boundingBox();
    assert.ok(box.x + box.width <= 900 && box.x > 450, `English button at ${JSON.stringify(box)}`);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Create a vault", exact: true }).waitFor();
    await screenshot(page, "welcome-en-narrow");
    assert.deepEqual(app.problems, []);
  });
});
