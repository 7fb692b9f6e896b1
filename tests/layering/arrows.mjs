// The arrows between the folders of src/, checked over every #include.
//
// The table is the README's source-tree table: each row names a folder of src/, what it holds
// and the folders it may include ("core/base, core/db", "app/*" for every folder of app/, "—"
// for none). A file may always include its own folder. The check fails when:
//   - a file includes a header of a folder its own folder may not include;
//   - a header named *_internal.h is included from outside its folder, whatever the table says;
//   - the table has a cycle (a folder reaching itself through the arrows), so no two folders
//     can ever depend on each other, in core, app or the UI;
//   - a folder of src/ holding sources has no row, or a row names no folder of src/;
//   - a folder holds more than kMaxFiles files directly.
//
// Usage: node arrows.mjs [ROOT]   (ROOT holds README.md and src/; default: the repository)
// Prints one line per problem and exits 1, or a summary and exits 0.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const kMaxFiles = 30;
const kSource = /\.(h|cpp)$/;

export function readTable(readme) {
  const rows = new Map();
  for (const line of readme.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    // | `src/core/base/` | what it holds | may include |
    if (cells.length < 5 || !/^`src\/.+\/`$/.test(cells[1])) continue;
    const folder = cells[1].slice(5, -2);
    const allowed = cells[3]
      .split(",")
      .map((c) => c.replace(/`/g, "").trim())
      .filter((c) => c && c !== "—");
    rows.set(folder, allowed);
  }
  return rows;
}

function sourceFolders(srcDir) {
  const folders = new Map();  // folder (relative to src) -> its source files
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (kSource.test(entry.name)) {
        const folder = path.relative(srcDir, dir).split(path.sep).join("/");
        if (!folders.has(folder)) folders.set(folder, []);
        folders.get(folder).push(entry.name);
      }
    }
  };
  walk(srcDir);
  return folders;
}

function matches(pattern, folder) {
  if (pattern.endsWith("/*")) return folder.startsWith(pattern.slice(0, -1));
  return pattern === folder;
}

// The folders `folder` may reach in one arrow, wildcards expanded.
function arrowsOf(table, folder) {
  const out = [];
  for (const pattern of table.get(folder) ?? [])
    for (const other of table.keys()) if (other !== folder && matches(pattern, other)) out.push(other);
  return out;
}

function findCycle(table) {
  const state = new Map();  // folder -> "open" | "done"
  const stack = [];
  const visit = (folder) => {
    state.set(folder, "open");
    stack.push(folder);
    for (const next of arrowsOf(table, folder)) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(folder, "done");
    return null;
  };
  for (const folder of table.keys()) {
    if (state.has(folder)) continue;
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return null;
}

export function checkArrows(root) {
  const problems = [];
  const srcDir = path.join(root, "src");
  const table = readTable(fs.readFileSync(path.join(root, "README.md"), "utf8"));
  const folders = sourceFolders(srcDir);
  for (const [folder, files] of folders) {
    if (!table.has(folder)) problems.push(`src/${folder}/: no row in the README's source-tree table`);
    if (files.length > kMaxFiles)
      problems.push(`src/${folder}/: ${files.length} files, more than ${kMaxFiles}: split it by job`);
  }
  for (const folder of table.keys())
    if (!folders.has(folder)) problems.push(`src/${folder}/: a row of the table, but no such folder of sources`);
  const cycle = findCycle(table);
  if (cycle) problems.push(`the table has a cycle: ${cycle.join(" -> ")}`);

  let includes = 0;
  for (const [folder, files] of folders) {
    const allowed = table.get(folder) ?? [];
    for (const file of files) {
      const where = `src/${folder}/${file}`;
      const text = fs.readFileSync(path.join(srcDir, folder, file), "utf8");
      for (const [, header] of text.matchAll(/^\s*#\s*include\s+"([^"]+)"/gm)) {
        let target;
        if (fs.existsSync(path.join(srcDir, folder, header))) target = path.posix.dirname(path.posix.join(folder, header));
        else if (fs.existsSync(path.join(srcDir, header))) target = path.posix.dirname(header);
        else continue;  // a third-party header
        includes++;
        if (target === folder) continue;
        if (/_internal\.h$/.test(header))
          problems.push(`${where} includes ${header}: an internal header, for its own folder src/${target}/ only`);
        else if (!allowed.some((p) => matches(p, target)))
          problems.push(`${where} includes ${header}: src/${folder}/ may not include src/${target}/`);
      }
    }
  }
  return { problems, folders: folders.size, includes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const { problems, folders, includes } = checkArrows(root);
  for (const p of problems) console.log(p);
  if (problems.length) {
    console.log(`arrows: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`arrows: ${includes} includes across ${folders} folders, all along the table's arrows`);
}
