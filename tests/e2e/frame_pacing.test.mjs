// An idle app draws rarely, and draws at once again when something happens
// (src/platform/web/frame_pacing.h): drawn frames are counted by the WebGL clears they make.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp } from "./lib/harness.mjs";

describe("frame pacing", () => {
  let app;
  before(async () => {
    app = await openApp();
    await app.page.evaluate(() => {
      const gl = document.getElementById("canvas").getContext("webgl2");
      const clear = gl.clear.bind(gl);
      window.drawnFrames = 0;
      gl.clear = (mask) => { window.drawnFrames += 1; clear(mask); };
    });
  });
  after(async () => { await app?.close(); });

  const framesDuring = async (ms, action = async () => {}) => {
    const before = await app.page.evaluate(() => window.drawnFrames);
    await action();
    await app.page.waitForTimeout(ms);
    return (await app.page.evaluate(() => window.drawnFrames)) - before;
  };

  it("draws a few frames a second when nothing happens", async () => {
    await app.page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    await app.page.waitForTimeout(1000);  // the frames after loading
    const idle = await framesDuring(2000);
    assert.ok(idle >= 2 && idle <= 8, `${idle} frames drawn in 2 s of idleness`);
  });

  it("draws every frame again as soon as the pointer moves or a key is pressed", async () => {
    await app.page.waitForTimeout(1000);
    const moved = await framesDuring(300, () => app.page.mouse.move(300, 300));
    assert.ok(moved >= 8, `${moved} frames drawn in the 300 ms after a pointer move`);
    await app.page.waitForTimeout(1000);
    const typed = await framesDuring(300, () => app.page.keyboard.press("Tab"));
    assert.ok(typed >= 8, `${typed} frames drawn in the 300 ms after a key`);
    await app.page.getByRole("button", { name: "Créer un coffre", exact: true }).click();
    await app.page.getByRole("heading", { name: "Créer un coffre" }).waitFor();
  });
});
