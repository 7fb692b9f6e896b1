// Display preferences in the real app: high contrast and text at 200 % chosen on the welcome
// screen, before any vault exists; kept by this browser across reloads, the language too.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { averageColour, openApp, screenshot, settle } from "./lib/harness.mjs";

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === "1");
  await settle(page, 3);
}

const createButton = (page, name = "Créer un coffre") =>
  page.getByRole("button", { name, exact: true });

async function openDisplaySection(page, name = "Affichage") {
  const section = page.getByRole("button", { name, exact: true });
  // At 200 % the section may lie below the fold: the keyboard reaches it wherever it is.
  if ((await section.getAttribute("aria-expanded")) !== "true") await section.press("Enter");
  await page.getByRole("slider").first().waitFor();
}

describe("display preferences", () => {
  let app;
  let normalHeight;
  before(async () => { app = await openApp({ viewport: { width: 1280, height: 1000 } }); });
  after(async () => { await app?.close(); });

  it("starts light, with text at 100 %, and nothing stored", async () => {
    const { page } = app;
    normalHeight = (await createButton(page).boundingBox()).height;
    await openDisplaySection(page);
    await page.getByRole("heading", { level: 2, name: "Affichage" }).waitFor();
    const size = page.getByRole("slider", { name: "Taille du texte" });
    assert.equal(await size.getAttribute("aria-valuenow"), "100");
    assert.equal(await size.getAttribute("aria-valuemin"), "100");
    assert.equal(await size.getAttribute("aria-valuemax"), "200");
    assert.equal(await page.getByRole("button", { name: "Clair" }).getAttribute("aria-pressed"), "true");
    assert.equal(await page.evaluate(() => localStorage.getItem("carnet-display")), null);
    const [r, g, b] = await averageColour(page, { x: 2, y: 960, width: 20, height: 20 });
    assert.ok(r < 250 && b < 245, `expected the light theme's warm background, got ${r} ${g} ${b}`);
    await screenshot(page, "display-light-100");
  });

  it("switches to high contrast: a white page, the toggle pressed", async () => {
    const { page } = app;
    const contrast = page.getByRole("button", { name: "Contraste élevé" });
    await contrast.click();
    await page.waitForFunction(() => [...document.querySelectorAll("#a11y-layer button")]
      .find((el) => el.textContent === "Contraste élevé")?.getAttribute("aria-pressed") === "true");
    assert.equal(await page.getByRole("button", { name: "Clair" }).getAttribute("aria-pressed"), "false");
    await settle(page, 3);
    assert.deepEqual(await averageColour(page, { x: 2, y: 960, width: 20, height: 20 }), [255, 255, 255]);
  });

  it("sets the text to 200 % from the keyboard, and the widgets grow with it", async () => {
    const { page } = app;
    const size = page.getByRole("slider", { name: "Taille du texte" });
    await size.focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() => {
      const slider = document.querySelector("#a11y-layer [role='slider']");
      return slider?.getAttribute("aria-valuenow") === "200";
    });
    await page.waitForFunction((height) => {
      const create = [...document.querySelectorAll("#a11y-layer button")]
        .find((el) => el.textContent === "Créer un coffre");
      return create && create.getBoundingClientRect().height >= height * 1.6;
    }, normalHeight);
    await settle(page, 3);
    const large = (await createButton(page).boundingBox()).height;
    assert.ok(large >= normalHeight * 1.6, `${normalHeight} px, then ${large} px`);
    assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem("carnet-display"))),
                     { lang: "fr", theme: "contrast", text: 200 });
    await screenshot(page, "display-contrast-200");
  });

  it("keeps the theme and the text size after a reload", async () => {
    const { page } = app;
    await reload(page);
    const height = (await createButton(page).boundingBox()).height;
    assert.ok(height >= normalHeight * 1.6, `${height} px after the reload`);
    await openDisplaySection(page);
    const size = page.getByRole("slider", { name: "Taille du texte" });
    assert.equal(await size.getAttribute("aria-valuenow"), "200");
    assert.equal(await page.getByRole("button", { name: "Contraste élevé" }).getAttribute("aria-pressed"), "true");
    assert.deepEqual(await averageColour(page, { x: 2, y: 960, width: 20, height: 20 }), [255, 255, 255]);
    await screenshot(page, "display-contrast-200-reloaded");
  });

  it("keeps the language chosen in the top bar after a reload", async () => {
    const { page } = app;
    // Focus first: the window scrolls back up to the top bar (the display section had taken
    // focus at the bottom of the page).
    const english = page.getByRole("button", { name: "English", exact: true }).first();
    await english.focus();
    await settle(page, 3);
    await english.click();
    await createButton(page, "Create a vault").waitFor();
    await reload(page);
    await createButton(page, "Create a vault").waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await openDisplaySection(page, "Display");
    assert.equal(await page.getByRole("slider", { name: "Text size" }).getAttribute("aria-valuenow"), "200");
    assert.equal(await page.getByRole("button", { name: "High contrast" }).getAttribute("aria-pressed"), "true");
  });

  it("goes back to text at 100 % and the light theme", async () => {
    const { page } = app;
    await page.getByRole("slider", { name: "Text size" }).focus();
    await page.keyboard.press("Home");
    await page.getByRole("button", { name: "Light", exact: true }).press("Enter");
    await page.waitForFunction((height) => {
      const create = [...document.querySelectorAll("#a11y-layer button")]
        .find((el) => el.textContent === "Create a vault");
      return create && create.getBoundingClientRect().height <= height + 1;
    }, normalHeight);
    assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem("carnet-display"))),
                     { lang: "en", theme: "light", text: 100 });
  });

  it("falls back to French, light and 100 % when the stored value is malformed", async () => {
    const { page } = app;
    await page.evaluate(() => localStorage.setItem("carnet-display", "{\"lang\":\"en\",\"text\":"));
    await reload(page);
    await createButton(page).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "fr");
    const height = (await createButton(page).boundingBox()).height;
    assert.ok(Math.abs(height - normalHeight) <= 1, `${normalHeight} px, then ${height} px`);
    assert.deepEqual(app.problems, []);
  });
});
