// web/clipboard_guard.js, with a clipboard, permissions and focus the test controls: a person's
// coordinates are cleared 60 s after being copied, only if the clipboard still holds them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeEach, describe, it, mock } from "node:test";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const source = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../web/clipboard_guard.js"), "utf8");

function setUp({ readable = false, focused = true } = {}) {
  const sandbox = { console, setTimeout, clearTimeout };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(source, sandbox);
  const world = {
    text: "",
    focused,
    readable,
    writes: 0,
    target: new EventTarget(),
  };
  const clipboard = {
    async writeText(text) {
      if (!world.focused) throw new Error("Document is not focused.");
      world.writes += 1;
      world.text = text;
    },
    async readText() {
      if (!world.focused) throw new Error("Document is not focused.");
      return world.text;
    },
  };
  const permissions = {
    async query({ name }) {
      assert.equal(name, "clipboard-read");
      return { state: world.readable ? "granted" : "prompt" };
    },
  };
  world.guard = sandbox.createClipboardGuard({
    clipboard, permissions, target: world.target, hasFocus: () => world.focused,
  });
  world.blur = () => { world.focused = false; world.target.dispatchEvent(new Event("blur")); };
  world.focus = () => { world.focused = true; world.target.dispatchEvent(new Event("focus")); };
  return world;
}

const kCoordinates = "Quenouille Anouk\n3 rue des Lilas\n06 12 34 56 78";

describe("the clipboard guard", () => {
  beforeEach(() => mock.timers.reset());

  it("clears the coordinates 60 s after the copy, by its own timer", async () => {
    mock.timers.enable({ apis: ["setTimeout"] });
    const world = setUp();
    await world.guard.copy(kCoordinates);
    assert.equal(world.text, kCoordinates);
    mock.timers.tick(59999);
    await new Promise(setImmediate);
    assert.equal(world.text, kCoordinates);
    mock.timers.tick(1);
    for (let i = 0; i < 5; i += 1) await new Promise(setImmediate);
    assert.equal(world.text, "");
    assert.equal(world.guard.watching, false);
    mock.timers.reset();
  });

  it("leaves what the worker copied elsewhere since, when it may read the clipboard", async () => {
    const world = setUp({ readable: true });
    await world.guard.copy(kCoordinates);
    world.blur();
    world.text = "une adresse copiée ailleurs";
    world.focus();
    assert.equal(await world.guard.settle(), "changed");
    assert.equal(world.text, "une adresse copiée ailleurs");
  });

  it("clears when it may read and the clipboard still holds the coordinates", async () => {
    const world = setUp({ readable: true });
    await world.guard.copy(kCoordinates);
    world.blur();
    world.focus();
    assert.equal(await world.guard.settle(), "cleared");
    assert.equal(world.text, "");
  });

  it("without reading, clears only if the page kept the focus since the copy", async () => {
    const kept = setUp();
    await kept.guard.copy(kCoordinates);
    assert.equal(await kept.guard.settle(), "cleared");
    assert.equal(kept.text, "");

    const left = setUp();
    await left.guard.copy(kCoordinates);
    left.blur();
    left.focus();
    assert.equal(await left.guard.settle(), "unknown");
    assert.equal(left.text, kCoordinates, "left alone: it may be the worker's own copy");
  });

  it("waits for the focus when the page is in the background at the deadline", async () => {
    const world = setUp({ readable: true });
    await world.guard.copy(kCoordinates);
    world.blur();
    assert.equal(await world.guard.settle(), "waiting");
    assert.equal(world.text, kCoordinates);
    world.focus();  // tries again
    for (let i = 0; i < 5; i += 1) await new Promise(setImmediate);
    assert.equal(world.text, "");
  });

  it("stops watching once the worker copies something else in the page", async () => {
    const world = setUp();
    await world.guard.copy(kCoordinates);
    world.target.dispatchEvent(new Event("copy"));
    world.text = "un texte copié par la personne";
    assert.equal(await world.guard.settle(), "none");
    assert.equal(world.text, "un texte copié par la personne");
  });

  it("reports a refused copy and watches nothing", async () => {
    const world = setUp({ focused: false });
    assert.equal(await world.guard.copy(kCoordinates), false);
    assert.equal(world.guard.watching, false);
  });
});
