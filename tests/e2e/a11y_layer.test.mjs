// The accessible DOM layer (web/a11y_layer.js, with the page's style.css) on its own, in
// Chromium, fed by hand-written frames: what it publishes to screen readers, and what it sends
// back to the module.
import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import { launchBrowser } from "./lib/harness.mjs";

const webSources = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "web");
const layerScript = join(webSources, "a11y_layer.js");
const styleSheet = join(webSources, "style.css");

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
      <canvas id="canvas" width="800" height="600" tabindex="-1"></canvas>
      <div id="a11y-layer" style="position:absolute;inset:0"></div>
      <div id="a11y-descriptions" hidden></div></body></html>`);
    await page.addStyleTag({ path: styleSheet });
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
          setText: (id, text) => window.calls.push(["setText", id, text]),
          shortcut: (code) => window.calls.push(["shortcut", code]),
        });
      // Stands for GLFW: a window listener in the capture phase, registered after the layer's.
      window.addEventListener("keydown", (e) => window.glfwKeys.push(e.key), true);
    });
  });

  const update = (json) => page.evaluate((j) => window.layer.update(j), json);
  const calls = () => page.evaluate(() => window.calls.filter((c) => c[0] !== "focus"));
  const clearCalls = () => page.evaluate(() => { window.calls = []; });
  const lastText = async () => (await calls()).filter((c) => c[0] === "setText").at(-1);
  const glfwKeys = () => page.evaluate(() => window.glfwKeys);
  const field = (fields = {}) => ({ id: 20, role: "textbox", name: "Nom affiché", value: "", font: 17, ...at(10, 40, 300, 33), ...fields });

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
    const order = await page.locator("#a11y-layer > :not(.a11y-live)").evaluateAll((els) => els.map((e) => e.dataset.widget));
    assert.deepEqual(order, ["1", "2", "3", "4", "5", "6", "7"]);
    const box = await create.boundingBox();
    assert.deepEqual(box, { x: 10, y: 90, width: 120, height: 30 });
  });

  it("publishes a progress bar with its value, range and busy state, out of the Tab order", async () => {
    await update(frame([
      { id: 8, role: "progressbar", name: "Dérivation de la clé… environ 1\u00a0s", value: "42 %", now: 42, min: 0, max: 100, ...at(10, 10, 300, 6) },
    ]));
    const bar = page.getByRole("progressbar", { name: /^Dérivation de la clé/ });
    assert.equal(await bar.count(), 1);
    assert.equal(await bar.getAttribute("aria-valuenow"), "42");
    assert.equal(await bar.getAttribute("aria-valuemin"), "0");
    assert.equal(await bar.getAttribute("aria-valuemax"), "100");
    assert.equal(await bar.getAttribute("aria-valuetext"), "42 %");
    assert.equal(await bar.getAttribute("aria-busy"), "true");
    assert.equal(await bar.evaluate((el) => el.tabIndex), -1);
    assert.equal(await bar.textContent(), "");
    await update(frame([
      { id: 8, role: "progressbar", name: "Dérivation de la clé… environ 1\u00a0s", value: "97 %", now: 97, min: 0, max: 100, ...at(10, 10, 300, 6) },
    ]));
    assert.equal(await bar.getAttribute("aria-valuenow"), "97");
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

  it("keeps focus when a widget drawn before the focused one is replaced or goes away", async () => {
    // A save status is a paragraph whose id follows its text: each save replaces it.
    const slider = { id: 7, role: "slider", name: "Verrouillage", value: "10", now: 10, min: 0, max: 240, ...at(10, 90) };
    const after = { id: 8, role: "button", name: "Exporter", ...at(10, 130) };
    await update(frame([{ id: 1, role: "text", name: "Non enregistré", ...at(10, 10) },
                        { id: 2, role: "text", name: "Intro", ...at(10, 50) }, slider, after]));
    await page.getByRole("slider", { name: "Verrouillage" }).focus();
    await update(frame([{ id: 3, role: "text", name: "Enregistrement…", ...at(10, 10) },
                        { id: 2, role: "text", name: "Intro", ...at(10, 50) }, slider, after]));
    await update(frame([{ id: 2, role: "text", name: "Intro", ...at(10, 50) }, slider, after]));
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Verrouillage");
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("#a11y-layer > :not(.a11y-live)")]
      .map((el) => el.textContent || el.getAttribute("aria-label"))), ["Intro", "Verrouillage", "Exporter"]);
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

  it("publishes a text field as a visible textbox over the field's frame", async () => {
    await update(frame([field({ value: "Élodie", placeholder: "Prénom Nom", required: true, maxlength: 80 })]));
    const box = page.getByRole("textbox", { name: "Nom affiché" });
    assert.equal(await box.count(), 1);
    assert.equal(await box.inputValue(), "Élodie");
    assert.deepEqual(await box.boundingBox(), { x: 10, y: 40, width: 300, height: 33 });
    assert.equal(await box.getAttribute("type"), "text");
    assert.equal(await box.getAttribute("aria-required"), "true");
    assert.equal(await box.getAttribute("placeholder"), "Prénom Nom");
    assert.equal(await box.getAttribute("maxlength"), "80");
    assert.equal(await box.getAttribute("autocomplete"), "off");
    assert.equal(await box.isEditable(), true);
    // Opaque, in the field's colours and font (17 px ImGui is 14.6 px CSS for DejaVu Sans).
    const look = await box.evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.backgroundColor, s.color, s.borderTopColor, s.borderTopLeftRadius, s.fontSize, s.lineHeight, s.paddingLeft];
    });
    assert.deepEqual(look, ["rgb(255, 255, 255)", "rgb(34, 43, 51)", "rgb(213, 209, 200)", "6px", "14.6px", "17px", "13px"]);
  });

  it("sends exactly the text typed, filled, or inserted by an input method, and no key to GLFW", async () => {
    await update(frame([field()]));
    const box = page.getByRole("textbox", { name: "Nom affiché" });
    await box.fill("Élodie Dupré");
    assert.deepEqual(await lastText(), ["setText", 20, "Élodie Dupré"]);

    await box.fill("");
    await clearCalls();
    await box.focus();
    await page.keyboard.type("Élodie Dupré");
    const typed = (await calls()).map((c) => c[2]);
    assert.equal(typed.at(-1), "Élodie Dupré");
    assert.ok(typed.every((t) => "Élodie Dupré".startsWith(t)), `unexpected steps ${JSON.stringify(typed)}`);

    await box.fill("");
    await page.keyboard.insertText("ŒÉ…");
    assert.deepEqual(await lastText(), ["setText", 20, "ŒÉ…"]);
    assert.equal(await box.inputValue(), "ŒÉ…");
    assert.deepEqual(await glfwKeys(), [], "keys leaked to the canvas");
  });

  it("sends pasted text whole", async () => {
    await update(frame([field()]));
    // Copied from a field of another page part, outside the layer.
    await page.evaluate(() => {
      const source = document.createElement("input");
      source.id = "source";
      source.value = "Dupré, Élodie — « Œuvre »";
      document.body.appendChild(source);
    });
    await page.locator("#source").selectText();
    await page.keyboard.press("Control+C");
    await page.evaluate(() => { window.glfwKeys = []; });
    await page.getByRole("textbox", { name: "Nom affiché" }).focus();
    await page.keyboard.press("Control+V");
    assert.deepEqual(await lastText(), ["setText", 20, "Dupré, Élodie — « Œuvre »"]);
    assert.deepEqual(await glfwKeys(), []);
  });

  it("sends the text of a composition (input method, dead key) once, when it is committed", async () => {
    await update(frame([field()]));
    const box = page.getByRole("textbox", { name: "Nom affiché" });
    await box.focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "^", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.imeSetComposition", { text: "ê", selectionStart: 1, selectionEnd: 1 });
    assert.deepEqual(await calls(), [], "text sent in the middle of a composition");
    await cdp.send("Input.insertText", { text: "ê" });
    assert.deepEqual(await lastText(), ["setText", 20, "ê"]);
    assert.equal(await box.inputValue(), "ê");
  });

  it("submits a single-line field with Enter; a text area takes Enter as a new line", async () => {
    await update(frame([
      field(),
      field({ id: 21, name: "Note", multiline: true, ...at(10, 100, 300, 84) }),
    ]));
    await page.getByRole("textbox", { name: "Nom affiché" }).fill("Dupré");
    await page.keyboard.press("Enter");
    assert.deepEqual((await calls()).at(-1), ["activate", 20]);
    await clearCalls();
    const note = page.getByRole("textbox", { name: "Note" });
    assert.equal(await note.evaluate((el) => el.tagName), "TEXTAREA");
    await note.focus();
    await page.keyboard.type("a");
    await page.keyboard.press("Enter");
    await page.keyboard.type("b");
    assert.deepEqual(await lastText(), ["setText", 21, "a\nb"]);
    assert.equal((await calls()).some((c) => c[0] === "activate"), false);
    assert.deepEqual(await glfwKeys(), []);
  });

  it("never undoes typing when a frame arrives, yet takes text the program changed", async () => {
    await update(frame([field()]));
    const box = page.getByRole("textbox", { name: "Nom affiché" });
    await box.focus();
    await page.keyboard.type("Élo");
    // Frames drawn before the module took these edits: the same old text, then part of them.
    await update(frame([field({ ...at(10, 44, 300, 33) })]));
    await update(frame([field({ value: "É", ...at(10, 44, 300, 33) })]));
    assert.equal(await box.inputValue(), "Élo");
    await page.keyboard.type("die");
    await update(frame([field({ value: "Élodie" })]));
    assert.equal(await box.inputValue(), "Élodie");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Nom affiché");
    // The program empties the field (say, after saving it): the element follows, focused or not.
    await update(frame([field({ value: "" })]));
    assert.equal(await box.inputValue(), "");
    await box.blur();
    await update(frame([field({ value: "Dupré" })]));
    assert.equal(await box.inputValue(), "Dupré");
  });

  it("shows the module's text once focus leaves, if it cut what was typed", async () => {
    await update(frame([field({ value: "Élo" })]));
    const box = page.getByRole("textbox", { name: "Nom affiché" });
    await box.fill("Élodie");
    await box.blur();  // the module never showed "Élodie" back
    await page.waitForFunction(() => document.querySelector("input").value === "Élo");
  });

  it("keeps a password out of every attribute, and empties it only when the program does", async () => {
    await update(frame([field({ id: 30, name: "Phrase de passe", password: true, autocomplete: "new-password" })]));
    const box = page.getByRole("textbox", { name: "Phrase de passe" });
    assert.equal(await box.getAttribute("type"), "password");
    assert.equal(await box.getAttribute("autocomplete"), "new-password");
    await box.focus();
    await page.keyboard.type("s3cr3t-Été");
    assert.deepEqual(await lastText(), ["setText", 30, "s3cr3t-Été"]);
    const leaked = () => page.evaluate(() => [...document.querySelectorAll("*")].some((el) =>
      [...el.attributes].some((a) => a.value.includes("s3cr3t"))));
    assert.equal(await leaked(), false);
    assert.equal((await page.content()).includes("s3cr3t"), false);
    // Frames with no text (a password's is never sent) leave the element alone, focused or not.
    await update(frame([field({ id: 30, name: "Phrase de passe", password: true, filled: true })]));
    await box.blur();
    await update(frame([field({ id: 30, name: "Phrase de passe", password: true, filled: true, ...at(10, 50, 300, 33) })]));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
    assert.equal(await box.inputValue(), "s3cr3t-Été");
    assert.equal(await leaked(), false);
    // The program empties the field (say, after a refused attempt): so does the element.
    await update(frame([field({ id: 30, name: "Phrase de passe", password: true })]));
    assert.equal(await box.inputValue(), "");
    assert.deepEqual(await glfwKeys(), []);
  });

  it("reads out a field's error and description, and keeps a disabled field read-only", async () => {
    await update(frame([
      field({ required: true, invalid: true, error: "Le nom affiché est obligatoire.", description: "Tel qu'il apparaît dans la liste." }),
      field({ id: 22, name: "Numéro de dossier", value: "2026-014", disabled: true, ...at(10, 100, 300, 33) }),
    ]));
    const name = page.getByRole("textbox", { name: "Nom affiché" });
    assert.equal(await name.getAttribute("aria-invalid"), "true");
    const errorId = await name.getAttribute("aria-errormessage");
    assert.equal(await page.locator(`[id="${errorId}"]`).textContent(), "Le nom affiché est obligatoire.");
    const described = await Promise.all((await name.getAttribute("aria-describedby")).split(" ").map(
      (id) => page.locator(`[id="${id}"]`).textContent()));
    assert.deepEqual(described, ["Le nom affiché est obligatoire.", "Tel qu'il apparaît dans la liste."]);
    assert.equal(await name.evaluate((el) => getComputedStyle(el).borderTopColor), "rgb(179, 38, 30)");

    const number = page.getByRole("textbox", { name: "Numéro de dossier" });
    assert.equal(await number.getAttribute("aria-disabled"), "true");
    assert.equal(await number.isEditable(), false);
    await number.focus();  // still reachable with Tab, to be read
    await page.keyboard.type("x");
    await page.keyboard.press("Enter");
    assert.deepEqual(await calls(), []);
    assert.equal(await number.inputValue(), "2026-014");

    // Fixed: the error and its element go away.
    await update(frame([field({ value: "Élodie" })]));
    assert.equal(await name.getAttribute("aria-invalid"), null);
    assert.equal(await name.getAttribute("aria-describedby"), null);
    assert.equal(await page.locator(`[id="${errorId}"]`).count(), 0);
  });

  // Live regions, focus requests, list rows and shortcuts.
  const liveLog = () => page.evaluate(() => window.liveLog);
  const watchLiveRegions = () => page.evaluate(() => {
    window.liveLog = [];
    for (const region of document.querySelectorAll(".a11y-live")) {
      new MutationObserver(() => {
        if (region.textContent) window.liveLog.push([region.getAttribute("role"), region.textContent]);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    }
  });
  const announced = (json, count) => update(json).then(() =>
    page.waitForFunction((n) => window.liveLog.length >= n, count)).then(() => page.waitForTimeout(150));
  const button = (fields = {}) => ({ id: 4, role: "button", name: "Ouvrir", ...at(200, 10), ...fields });

  it("reads each announcement once, a repeated one again, an urgent one at once", async () => {
    await watchLiveRegions();
    const status = page.getByRole("status");
    assert.equal(await status.getAttribute("aria-live"), "polite");
    assert.equal(await page.getByRole("alert").getAttribute("aria-live"), "assertive");
    await announced(JSON.stringify({ lang: "fr", announce: "Enregistré", nodes: [button()] }), 1);
    // The next frame without it, then the same text again: a new save, read again.
    await update(frame([button({ ...at(200, 12) })]));
    await announced(JSON.stringify({ lang: "fr", announce: "Enregistré", nodes: [button()] }), 2);
    // The same announcement in two frames in a row is one announcement.
    await update(JSON.stringify({ lang: "fr", announce: "Enregistré", nodes: [button({ ...at(200, 14) })] }));
    await announced(JSON.stringify({ lang: "fr", announce: "Échec de l’enregistrement", urgent: true, nodes: [button()] }), 3);
    assert.deepEqual(await liveLog(), [["status", "Enregistré"], ["status", "Enregistré"], ["alert", "Échec de l’enregistrement"]]);
    assert.equal(await status.textContent(), "Enregistré");
    // Out of sight, out of the widgets' order, and never in the way of the pointer.
    assert.deepEqual(await status.boundingBox(), { x: 0, y: 0, width: 1, height: 1 });
    const order = await page.locator("#a11y-layer > *").evaluateAll((els) => els.map((e) => e.dataset.widget || e.getAttribute("role")));
    assert.deepEqual(order, ["4", "status", "alert"]);
  });

  it("focuses an element when its widget asks, once per request, after placing it", async () => {
    await update(frame([button(), field({ focus: true })]));
    const box = page.getByRole("textbox", { name: "Nom affiché" });
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Nom affiché");
    assert.deepEqual((await page.evaluate(() => window.calls)).at(-1), ["focus", 20]);
    // The user moves on while the request lasts: it does not pull them back.
    await page.getByRole("button", { name: "Ouvrir" }).focus();
    await update(frame([button(), field({ focus: true, ...at(10, 44, 300, 33) })]));
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Ouvrir");
    // A new request, after frames without one, does.
    await update(frame([button(), field()]));
    await update(frame([button(), field({ focus: true })]));
    assert.equal(await box.evaluate((el) => el === document.activeElement), true);
  });

  it("publishes a list row as a link with its columns, activated by click and Enter only", async () => {
    const row = (fields) => ({ role: "link", ...at(10, 10, 500, 28), ...fields });
    await update(frame([
      row({ id: 50, name: "Dupré, Élodie", description: "Suivi · 3 mars · en retard", current: true }),
      row({ id: 51, name: "Martin, Paul", description: "Clos · 1 février", ...at(10, 38, 500, 28) }),
    ]));
    const first = page.getByRole("link", { name: "Dupré, Élodie" });
    assert.equal(await first.getAttribute("aria-current"), "true");
    assert.equal(await page.locator(`[id="${await first.getAttribute("aria-describedby")}"]`).textContent(),
                 "Suivi · 3 mars · en retard");
    const second = page.getByRole("link", { name: "Martin, Paul" });
    assert.equal(await second.getAttribute("aria-current"), null);
    await second.click();
    await second.press("Enter");
    await second.press("Space");  // a link is not activated by Space
    assert.deepEqual(await calls(), [["activate", 51], ["activate", 51]]);
    assert.equal(await page.evaluate(() => location.hash), "");
    assert.deepEqual(await glfwKeys(), []);
  });

  it("sends Ctrl+K and Cmd+K from anywhere, in a text field too, and to GLFW never", async () => {
    await update(frame([field()]));
    await page.locator("body").press("Control+k");
    const box = page.getByRole("textbox", { name: "Nom affiché" });
    await box.focus();
    await page.keyboard.press("Meta+k");
    await page.keyboard.press("Control+K");
    assert.equal(await box.inputValue(), "");
    assert.deepEqual(await calls(), [["shortcut", 1], ["shortcut", 1], ["shortcut", 1]]);
    assert.deepEqual((await glfwKeys()).filter((k) => k.toLowerCase() === "k"), []);
    const prevented = await box.evaluate((el) => {
      const event = new KeyboardEvent("keydown", { key: "k", ctrlKey: true, bubbles: true, cancelable: true });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    });
    assert.equal(prevented, true);
  });

  it("sends Escape from the layer or the page, not from the canvas or an input method", async () => {
    await update(frame([button(), field()]));
    await page.getByRole("button", { name: "Ouvrir" }).press("Escape");
    await page.locator("body").press("Escape");
    assert.deepEqual(await calls(), [["shortcut", 2], ["shortcut", 2]]);
    // The canvas has the keyboard: GLFW hands Escape to ImGui, which sees the shortcut itself.
    await page.locator("#canvas").focus();
    await page.keyboard.press("Escape");
    assert.deepEqual(await glfwKeys(), ["Escape"]);
    // Escape cancelling a composition is the input method's.
    const prevented = await page.getByRole("textbox", { name: "Nom affiché" }).evaluate((el) => {
      const event = new KeyboardEvent("keydown", { key: "Escape", isComposing: true, bubbles: true, cancelable: true });
      el.dispatchEvent(event);
      return event.defaultPrevented;
    });
    assert.equal(prevented, false);
    assert.equal((await calls()).length, 2);
  });
});
