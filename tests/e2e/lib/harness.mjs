// Shared set-up of the end-to-end tests: Debian's Chromium driven by playwright-core (it never
// downloads a browser), the built web app served on loopback, and a record of every console
// error, page error and failed request.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { startStaticServer } from "../../../scripts/lib/static_server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const webDir = process.env.CARNET_WEB_DIR || join(root, "build/wasm-release/web");
export const outputDir = process.env.CARNET_TEST_OUTPUT || join(root, "build/test-output/e2e");

// Flags checked on this machine kind: software WebGL, and no background traffic to hosts that
// the network refuses.
export const chromiumArgs = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function launchBrowser() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs, headless: true });
}

// Starts the server and the browser, opens the app and waits for its first frame. `initScript`
// (a function, or [function, argument]) runs in the page before any of the app's scripts. With `clock`, the page's time
// (Date, timers, animation frames) is Playwright's, which the test can move (page.clock).
export async function openApp({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1,
                                initScript = null, clock = false } = {}) {
  mkdirSync(outputDir, { recursive: true });
  const { server, url } = await startStaticServer(webDir, 0);
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  if (Array.isArray(initScript)) await context.addInitScript(initScript[0], initScript[1]);
  else if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  if (clock) await page.clock.install();
  page.setDefaultTimeout(15000);
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === "1");
  return {
    page, context, url, problems,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

export async function screenshot(page, name) {
  const file = join(outputDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Lets the app draw a few more frames, so that what it was told is on screen and in the layer.
export async function settle(page, frames = 3) {
  await page.evaluate((n) => new Promise((done) => {
    const step = (left) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  }), frames);
}

// Decodes a PNG screenshot in the page: its number of distinct colours and its average colour.
async function imageStats(page, png) {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d");
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set();
    const sum = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      for (let c = 0; c < 3; ++c) sum[c] += data[i + c];
    }
    return { colours: colours.size, average: sum.map((v) => Math.round(v / (data.length / 4))) };
  }, png.toString("base64"));
}

// Counts the distinct colours the canvas shows.
export async function canvasColourCount(page) {
  return (await imageStats(page, await page.locator("#canvas").screenshot())).colours;
}

// The average colour of a rectangle of the page (CSS pixels).
export async function averageColour(page, box) {
  return (await imageStats(page, await page.screenshot({ clip: box }))).average;
}
