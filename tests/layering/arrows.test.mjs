// The arrows between src/'s folders (arrows.mjs): the repository's tree passes, and small probe
// trees written here, each with one kind of fault, fail with that fault named.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { checkArrows, readTable } from "./arrows.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const kTable = `
| folder | what it holds | may include |
| --- | --- | --- |
| \`src/low/\` | the bottom | — |
| \`src/mid/\` | above it | \`low\` |
| \`src/top/\` | above all | \`mid\`, \`low\` |
`;

const probes = [];
process.on("exit", () => probes.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

// A tree under a fresh temporary folder: README.md holds `table`, `files` maps src/ paths to text.
function probe(table, files) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "carnet-arrows-"));
  probes.push(root);
  fs.writeFileSync(path.join(root, "README.md"), table);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, "src", name)), { recursive: true });
    fs.writeFileSync(path.join(root, "src", name), text);
  }
  return root;
}

const kGoodFiles = {
  "low/low.h": "#pragma once\n#include <string>\n#include \"sqlite3.h\"\n",
  "low/low_internal.h": "#pragma once\n",
  "low/low.cpp": '#include "low/low.h"\n#include "low_internal.h"\n',
  "mid/mid.h": '#pragma once\n#include "low/low.h"\n',
  "top/top.cpp": '#include "mid/mid.h"\n#include "low/low.h"\n',
};

test("the repository's src/ follows the README's arrows", () => {
  const { problems, folders, includes } = checkArrows(repo);
  assert.deepEqual(problems, []);
  assert.ok(folders >= 20, `${folders} folders`);
  assert.ok(includes > 500, `${includes} includes`);
});

test("the README's table has a row for every folder, with what it may include", () => {
  const table = readTable(fs.readFileSync(path.join(repo, "README.md"), "utf8"));
  assert.deepEqual(table.get("core/base"), []);
  assert.deepEqual(table.get("core/case"), ["core/db", "core/base"]);
  assert.ok(table.get("ui/shell").includes("ui/*"));
});

test("a probe tree that follows its arrows passes", () => {
  assert.deepEqual(checkArrows(probe(kTable, kGoodFiles)).problems, []);
});

test("an include against the arrows fails, naming the file and both folders", () => {
  const root = probe(kTable, { ...kGoodFiles, "low/low.cpp": '#include "mid/mid.h"\n' });
  assert.deepEqual(checkArrows(root).problems, [
    "src/low/low.cpp includes mid/mid.h: src/low/ may not include src/mid/",
  ]);
});

test("an internal header included from another folder fails, even along an arrow", () => {
  const root = probe(kTable, { ...kGoodFiles, "mid/mid.cpp": '#include "low/low_internal.h"\n' });
  assert.deepEqual(checkArrows(root).problems, [
    "src/mid/mid.cpp includes low/low_internal.h: an internal header, for its own folder src/low/ only",
  ]);
});

test("a cycle in the table fails, even with no include along it", () => {
  const cyclic = kTable.replace("| the bottom | — |", "| the bottom | `top/*` |").replace("`src/top/`", "`src/top/x/`");
  const files = { ...kGoodFiles, "top/x/top.cpp": kGoodFiles["top/top.cpp"] };
  delete files["top/top.cpp"];
  const { problems } = checkArrows(probe(cyclic, files));
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^the table has a cycle: (low|mid|top\/x)( -> (low|mid|top\/x)){3}$/);
});

test("a folder without a row, a row without a folder and an overfull folder fail", () => {
  const files = { ...kGoodFiles, "stray/stray.h": "#pragma once\n" };
  for (let i = 0; i < 31; i++) files[`mid/part_${i}.cpp`] = '#include "mid/mid.h"\n';
  const table = kTable + "| `src/gone/` | nothing | — |\n";
  assert.deepEqual(checkArrows(probe(table, files)).problems.sort(), [
    "src/gone/: a row of the table, but no such folder of sources",
    "src/mid/: 32 files, more than 30: split it by job",
    "src/stray/: no row in the README's source-tree table",
  ]);
});
