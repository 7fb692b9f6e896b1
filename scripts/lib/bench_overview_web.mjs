// Scrolling the overview of the large synthetic vault (10,000 dossiers, closed ones included)
// in headless Chromium, timed by the app's own frame timer (src/platform/web/main_web.cpp):
// the CPU time of each frame drawn while the wheel scrolls the table, building the interface
// alone and with its hand-over to WebGL and the accessible layer.
//
//   node scripts/lib/bench_overview_web.mjs CARNET_CLI WEB_DIR [WHEEL_STEPS]
import { tmpdir } from "node:os";
import { join } from "node:path";

import { launchBrowser } from "../../tests/e2e/lib/harness.mjs";
import { buildLargeBackup, importBackup, openAppPage, unlockVault } from "./large_vault_web.mjs";
import { startStaticServer } from "./static_server.mjs";

const [cli, webDir, stepsText = "150"] = process.argv.slice(2);
const steps = Number(stepsText);
const passphrase = "banc d'essai de la vue d'ensemble";
const name = "Vue d’ensemble 10 000";

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

const { backup, cleanup } = buildLargeBackup(cli, name, passphrase);
const { server, url } = await startStaticServer(webDir, 0);
const browser = await launchBrowser();
try {
  const page = await openAppPage(browser, url);
  await importBackup(page, backup, name);
  await unlockVault(page, name, passphrase);
  await page.getByRole("checkbox", { name: "Inclure les dossiers clos" }).click();
  const shown = page.locator("#a11y-layer p", { hasText: /Dossiers affichés/ });
  await page.waitForFunction(() => /affichés\u00a0: 10000$/.test(
    [...document.querySelectorAll("#a11y-layer p")].map((p) => p.textContent).join("\n")
      .split("\n").find((t) => t.includes("affichés")) || ""));
  const rowsText = await shown.textContent();

  // The pointer over the table; the wheel turns one notch per animation frame.
  const first = await page.getByRole("link").first().boundingBox();
  await page.mouse.move(first.x + 200, first.y + 100);
  await page.evaluate(() => { window.Module.carnetFrameTimes = []; });
  const firstRow = async () => page.getByRole("link").first().textContent();
  const top = await firstRow();
  for (let i = 0; i < steps; ++i) {
    await page.mouse.wheel(0, 120);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  }
  const bottom = await firstRow();
  const times = await page.evaluate(() => {
    const t = window.Module.carnetFrameTimes;
    window.Module.carnetFrameTimes = null;
    return t;
  });
  if (top === bottom) {
    await page.screenshot({ path: join(tmpdir(), "carnet-bench-overview.png") });
    throw new Error(`the table did not scroll (${times.length} frames drawn; first row ${top})`);
  }
  const ui = times.map((t) => t[0]).sort((a, b) => a - b);
  const total = times.map((t) => t[1]).sort((a, b) => a - b);
  console.log(`bench web_overview_rows ${rowsText.replace(/.*\u00a0: /, "")} rows in the overview (${steps} wheel notches, ${times.length} frames drawn)`);
  console.log(`bench web_overview_frame_ms ${percentile(total, 50).toFixed(2)} ms per frame while scrolling (median; p95 ${percentile(total, 95).toFixed(2)}), interface and hand-over to WebGL`);
  console.log(`bench web_overview_ui_ms ${percentile(ui, 50).toFixed(2)} ms per frame while scrolling (median; p95 ${percentile(ui, 95).toFixed(2)}), building the interface alone`);
  console.log(`bench web_overview_wasm_mb ${(await page.evaluate(() => window.Module.HEAP8.buffer.byteLength) / 1e6).toFixed(1)} MB wasm memory`);
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
  cleanup();
}
