// The interface on a high-density screen, and the pointer over the accessible layer.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { averageColour, openApp, screenshot, settle } from "./lib/harness.mjs";

describe("on a screen of density 2", () => {
  let app;
  before(async () => { app = await openApp({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 }); });
  after(async () => { await app?.close(); });

  it("draws one canvas pixel per device pixel, with widgets at their CSS places", async () => {
    const { page } = app;
    await settle(page, 5);
    const size = await page.evaluate(() => {
      const c = document.getElementById("canvas");
      return { width: c.width, height: c.height, css: c.getBoundingClientRect().width };
    });
    assert.deepEqual(size, { width: 2000, height: 1400, css: 1000 });
    const box = await page.getByRole("button", { name: "English" }).boundingBox();
    assert.ok(box.x > 800 && box.x + box.width <= 1000, `English at ${JSON.stringify(box)}`);
    // The pressed "Français" button is filled with the accent colour where its element lies.
    const french = await page.getByRole("button", { name: "Français" }).boundingBox();
    const [r, g, b] = await averageColour(page, { x: french.x + 4, y: french.y + 4, width: 6, height: 6 });
    assert.ok(b > r + 40 && g > r + 20, `expected the accent colour, got rgb(${r}, ${g}, ${b})`);
    await screenshot(page, "welcome-fr-density-2");
    assert.deepEqual(app.problems, []);
  });

  it("highlights a button on the canvas when the pointer hovers its element", async () => {
    const { page } = app;
    const box = await page.getByRole("button", { name: "English" }).boundingBox();
    const probe = { x: box.x + 3, y: box.y + box.height / 2 - 3, width: 6, height: 6 };
    await page.mouse.move(5, 600);
    await settle(page, 3);
    const idle = await averageColour(page, probe);
    await page.getByRole("button", { name: "English" }).hover();
    await settle(page, 3);
    const hovered = await averageColour(page, probe);
    assert.notDeepEqual(hovered, idle, "hovering did not change the button's colour");
  });

  it("draws a focus ring on the canvas around the widget whose element has keyboard focus", async () => {
    const { page } = app;
    const english = page.getByRole("button", { name: "English" });
    const box = await english.boundingBox();
    const ring = { x: box.x - 4, y: box.y + box.height / 2 - 4, width: 3, height: 8 };
    await page.locator("body").focus();
    await english.evaluate((el) => el.blur());
    await settle(page, 3);
    const unfocused = await averageColour(page, ring);
    await english.focus();
    await settle(page, 3);
    const focused = await averageColour(page, ring);
    assert.ok(focused[0] < unfocused[0] - 40, `no ring: ${unfocused} then ${focused}`);
  });
});
