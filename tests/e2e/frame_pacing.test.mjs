// An idle app draws rarely, and draws at once again when something happens
// (src/platform/web/frame_pacing.h): drawn frames are counted by the WebGL clears they make.
// The page's clock is Playwright's, paused and moved by the test, so the counts are the
// pacing's own and not the machine's speed: 16 ms of the test's time is one animation frame.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { openApp } from "./lib/harness.mjs";

describe("frame pacing", () => {
  let app;
  before(async () => {
    app = await openApp({ clock: true });
    await app.page.getByRole("heading", { name: "Bienvenue dans Carnet" }).waitFor();
    await app.page.evaluate(() => {
      const gl = document.getElementById("canvas").getContext("webgl2");
      const clear = gl.clear.bind(gl);
      window.drawnFrames = 0;
      gl.clear = (mask) => { window.drawnFrames += 1; clear(mask); };
    });
    const now = await app.page.evaluate(() => Date.now());
    await app.page.clock.pauseAt(now + 1000);
  });
  after(async () => { await app?.close(); });

  const framesDuring = async (ms, action = async () => {}) => {
    const before = await app.page.evaluate(() => window.drawnFrames);
    await action();
    await app.page.clock.runFor(ms);
    return (await app.page.evaluate(() => window.drawnFrames)) - before;
  };

  it("draws a few frames a second when nothing happens", async () => {
    await app.page.clock.runFor(1000);  // the frames after loading
    const idle = await framesDuring(2000);  // about 125 animation frames
    assert.ok(idle >= 2 && idle <= 8, `${idle} frames drawn in 2 s of idleness`);
  });

  it("draws every frame again as soon as the pointer moves or a key is pressed", async () => {
    await app.page.clock.runFor(1000);
    const moved = await framesDuring(300, () => app.page.mouse.move(300, 300));
    assert.ok(moved >= 16, `${moved} frames drawn in the 300 ms (18 frames) after a pointer move`);
    await app.page.clock.runFor(1000);
    const typed = await framesDuring(300, () => app.page.keyboard.press("Tab"));
    assert.ok(typed >= 16, `${typed} frames drawn in the 300 ms (18 frames) after a key`);
    await app.page.clock.resume();
    await app.page.getByRole("button", { name: "Créer un coffre", exact: true }).click();
    await app.page.getByRole("heading", { name: "Créer un coffre" }).waitFor();
  });
});
