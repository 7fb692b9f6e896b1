// The native command-line tool `carnet` behaves as its --help says. It runs the native-debug
// build (or the program named by CARNET_CLI) and is skipped when that is not built.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = process.env.CARNET_CLI ?? join(root, "build/native-debug/src/platform/native/carnet");
const skip = existsSync(cli)
  ? false
  : `${cli} is not built: run cmake --preset native-debug && cmake --build --preset native-debug`;
if (skip) console.log(`# skipping the carnet tool's tests: ${skip}`);

const carnet = (args) => spawnSync(cli, args, { cwd: root, encoding: "utf8" });
const dir = mkdtempSync(join(tmpdir(), "carnet-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("carnet (the command-line tool)", { skip }, () => {
  it("explains itself with --help, saying the output is deterministic", () => {
    const result = carnet(["--help"]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /carnet demo --size small\|large --seed N --out FILE/);
    assert.match(result.stdout, /deterministic/);
  });

  const bad = [
    [[], /no command given/],
    [["bogus"], /unknown command 'bogus'/],
    [["demo", "--size", "medium", "--seed", "1", "--out", "x.db"], /--size must be small or large/],
    [["demo", "--size", "small", "--seed", "abc", "--out", "x.db"], /--seed must be a whole number/],
    [["demo", "--size", "small", "--seed", "-3", "--out", "x.db"], /--seed must be a whole number/],
    [["demo", "--size", "small", "--seed", "1"], /--out FILE is required/],
    [["demo", "--seed", "1", "--out", "x.db"], /--size small or --size large is required/],
    [["demo", "--size", "small", "--seed", "1", "--out", "x.db", "--today", "2026-02-30"],
      /--today must be a date/],
    [["demo", "--size", "small", "--seed", "1", "--out"], /--out needs a value/],
    [["demo", "--size", "small", "--frobnicate"], /unknown option '--frobnicate'/],
  ];
  for (const [args, message] of bad) {
    it(`refuses "${args.join(" ")}" with exit status 2 and a clear message`, () => {
      const result = carnet(args);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /^carnet: /);
      assert.match(result.stderr, message);
      assert.equal(existsSync(join(root, "x.db")), false);
    });
  }

  it("fails with exit status 1 when the file cannot be written", () => {
    const out = join(dir, "no-such-folder", "demo.db");
    const result = carnet(["demo", "--size", "small", "--seed", "1", "--out", out,
      "--today", "2026-03-02"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^carnet: cannot write/);
    assert.equal(existsSync(out), false);
  });

  const demo = (seed, out) => {
    const result = carnet(["demo", "--size", "small", "--seed", String(seed), "--out", out,
      "--today", "2026-03-02"]);
    assert.equal(result.status, 0, result.stderr);
    const fingerprint = result.stdout.match(/fingerprint ([0-9a-f]{16})/);
    assert.ok(fingerprint, result.stdout);
    return fingerprint[1];
  };

  it("writes a small caseload as an SQLite database", () => {
    const out = join(dir, "small.db");
    demo(42, out);
    const bytes = readFileSync(out);
    assert.ok(bytes.length > 100000, `only ${bytes.length} bytes`);
    assert.equal(bytes.subarray(0, 16).toString("latin1"), "SQLite format 3\0");
  });

  it("writes the same bytes for the same seed and day, other bytes for another seed", () => {
    const [a, b, c] = ["a.db", "b.db", "c.db"].map((name) => join(dir, name));
    const fingerprintA = demo(7, a);
    const fingerprintB = demo(7, b);
    const fingerprintC = demo(8, c);
    assert.equal(fingerprintA, fingerprintB);
    assert.ok(readFileSync(a).equals(readFileSync(b)), "two runs gave different files");
    assert.notEqual(fingerprintA, fingerprintC);
    assert.ok(!readFileSync(a).equals(readFileSync(c)));
  });

  it("replaces an existing file", () => {
    const out = join(dir, "existing.db");
    writeFileSync(out, "not a database");
    demo(42, out);
    assert.equal(readFileSync(out).subarray(0, 16).toString("latin1"), "SQLite format 3\0");
    assert.equal(existsSync(`${out}.partial`), false);
  });
});
