// Web figures for scripts/bench: the app's transferred size (gzip) and the time from navigation
// to its first frame in headless Chromium (median of several fresh loads).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { launchBrowser } from "../../tests/e2e/lib/harness.mjs";
import { startStaticServer } from "./static_server.mjs";

const [webDir, runsText = "7"] = process.argv.slice(2);
const runs = Number(runsText);

let raw = 0;
let gzipped = 0;
for (const name of readdirSync(webDir)) {
  const bytes = readFileSync(join(webDir, name));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
console.log(`bench web_size_gzip ${(gzipped / 1e6).toFixed(3)} MB web app transferred, gzip (raw ${(raw / 1e6).toFixed(3)} MB)`);

const { server, url } = await startStaticServer(webDir, 0);
const browser = await launchBrowser();
const times = [];
try {
  for (let i = 0; i < runs; ++i) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.carnetFirstFrameMs !== undefined, null, { timeout: 20000 });
    times.push(await page.evaluate(() => window.carnetFirstFrameMs));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`bench first_frame_ms ${median.toFixed(0)} ms first frame after navigation, headless Chromium (median of ${runs}; min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})`);
