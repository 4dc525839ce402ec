// Where the bytes of the shipped wasm go, by crate, without extra tools.
//
// The shipped wasm has no function names. So the cargo output that Trunk
// started from (target/wasm32-unknown-unknown/release/kansrijk.wasm) is put
// through the same two steps again, keeping the names: wasm-bindgen
// --keep-debug, then wasm-opt -Oz -g. The result is the shipped code plus a
// name section; its function bodies are grouped by the crate in their
// (demangled) names. `twiggy top` on the same file gives the per-function
// view (cargo install twiggy).

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync, constants as Z } from "node:zlib";

function readLeb(buf, pos) {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [result, pos];
}

function readName(buf, pos) {
  let len;
  [len, pos] = readLeb(buf, pos);
  return [buf.subarray(pos, pos + len).toString("utf8"), pos + len];
}

/** Sections, imported function count, function bodies and names of a wasm module. */
export function parseWasm(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error("not a wasm module");
  let pos = 8;
  const sections = [];
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  while (pos < buf.length) {
    const id = buf[pos++];
    let size;
    [size, pos] = readLeb(buf, pos);
    const start = pos;
    const end = pos + size;
    let name = null;
    if (id === 0) {
      [name, pos] = readName(buf, pos);
      if (name === "name") {
        while (pos < end) {
          const sub = buf[pos++];
          let subSize;
          [subSize, pos] = readLeb(buf, pos);
          const subEnd = pos + subSize;
          if (sub === 1) {
            let count;
            [count, pos] = readLeb(buf, pos);
            for (let i = 0; i < count; i++) {
              let index;
              let fname;
              [index, pos] = readLeb(buf, pos);
              [fname, pos] = readName(buf, pos);
              names.set(index, fname);
            }
          }
          pos = subEnd;
        }
      }
    } else if (id === 2) {
      let count;
      [count, pos] = readLeb(buf, pos);
      for (let i = 0; i < count; i++) {
        [, pos] = readName(buf, pos);
        [, pos] = readName(buf, pos);
        const kind = buf[pos++];
        if (kind === 0) {
          importedFunctions++;
          [, pos] = readLeb(buf, pos);
        } else if (kind === 1 || kind === 2) {
          if (kind === 1) pos++; // reference type
          const flags = buf[pos++];
          [, pos] = readLeb(buf, pos);
          if (flags & 1) [, pos] = readLeb(buf, pos);
        } else if (kind === 3) {
          pos += 2; // value type, mutability
        } else if (kind === 4) {
          pos++;
          [, pos] = readLeb(buf, pos);
        }
      }
    } else if (id === 10) {
      let count;
      [count, pos] = readLeb(buf, pos);
      for (let i = 0; i < count; i++) {
        let bodySize;
        [bodySize, pos] = readLeb(buf, pos);
        bodies.push({ index: importedFunctions + i, start: pos, size: bodySize });
        pos += bodySize;
      }
    }
    sections.push({ id, name, start, size });
    pos = end;
  }
  for (const b of bodies) b.name = names.get(b.index) ?? `function[${b.index}]`;
  return { sections, importedFunctions, bodies };
}

const ESCAPES = {
  $LT$: "<", $GT$: ">", $RF$: "&", $BP$: "*", $C$: ",", $SP$: "@", $LP$: "(", $RP$: ")",
  $u20$: " ", $u27$: "'", $u5b$: "[", $u5d$: "]", $u7b$: "{", $u7d$: "}", $u7e$: "~", $u3b$: ";", $u2b$: "+", $u22$: '"',
};

/** Demangles Rust's legacy symbols (_ZN...E); other names pass unchanged. */
export function demangle(name) {
  const m = /^_?_ZN(.*)E$/.exec(name);
  if (!m) return tidy(name);
  let rest = m[1];
  const parts = [];
  while (rest.length) {
    const n = /^(\d+)/.exec(rest);
    if (!n) break;
    const len = Number(n[1]);
    parts.push(rest.slice(n[1].length, n[1].length + len));
    rest = rest.slice(n[1].length + len);
  }
  if (parts.length > 1 && /^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return tidy(parts
    .map((p) => p.replace(/^_\$/, "$").replace(/\$[A-Za-z0-9]+\$/g, (e) => ESCAPES[e] ?? e).replace(/\.\./g, "::"))
    .join("::"));
}

/** Drops the hash suffix and crate disambiguators of already demangled names. */
function tidy(name) {
  return name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
}

// The first rule whose pattern the demangled name contains decides.
const RULES = [
  ["kansrijk::ui", "Kansrijk: UI components"],
  ["kansrijk::model", "Kansrijk: model"],
  ["kansrijk", "Kansrijk: other"],
  ["serde_json", "serde_json (reading the content, saving answers)"],
  ["serde", "serde (derived (de)serialisers)"],
  [/tachys|reactive_graph|leptos|any_spawner|or_poisoned|throw_error|send_wrapper|either_of|oco_ref|slotmap|next_tuple|guardian|wasm_split/, "Leptos (tachys renderer, reactive_graph)"],
  [/wasm_bindgen|js_sys|web_sys|gloo|__wbg|__wbindgen|__externref/, "wasm-bindgen, js-sys, web-sys, gloo"],
  [/dlmalloc|__rdl_|__rust_/, "Rust std: allocator"],
  [/core::fmt|fmt::|flt2dec|float_to_decimal|num::bignum|zmij/, "Rust std: formatting (fmt, floats)"],
  [/core::|alloc::|std::|hashbrown|panicking|^<char>|^<str>|^<\[/, "Rust std: core, alloc, collections"],
  [/indexmap|futures|pin_project|itertools|once_cell|base64|crc|console_error_panic_hook/, "other crates"],
];

function categorise(name) {
  for (const [pattern, label] of RULES) {
    if (typeof pattern === "string" ? name.includes(pattern) : pattern.test(name)) return label;
  }
  return "unnamed or other";
}

const gz = (buf) => gzipSync(buf, { level: Z.Z_BEST_COMPRESSION }).length;

function which(tool, extra = []) {
  for (const dir of [...extra, ...(process.env.PATH ?? "").split(":")]) {
    const p = path.join(dir, tool);
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * The breakdown, or { skipped: reason } when the cargo output or a tool is
 * missing. `repo` is the repository root, `shipped` the dist/ wasm.
 */
export function wasmBreakdown({ repo, shipped, workDir }) {
  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(repo, process.env.CARGO_TARGET_DIR) : path.join(repo, "target");
  const raw = path.join(targetDir, "wasm32-unknown-unknown/release/kansrijk.wasm");
  if (!existsSync(raw)) return { skipped: `no cargo output at ${path.relative(repo, raw)}` };
  const bindgen = which("wasm-bindgen", [path.join(process.env.CARGO_HOME ?? path.join(process.env.HOME ?? "", ".cargo"), "bin")]);
  const opt = which("wasm-opt", [path.join(repo, "node_modules/.bin")]);
  if (!bindgen || !opt) return { skipped: `needs wasm-bindgen and wasm-opt on PATH (found: ${bindgen ?? "-"}, ${opt ?? "-"})` };
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  execFileSync(bindgen, ["--target", "web", "--keep-debug", "--out-dir", workDir, raw], { stdio: ["ignore", "ignore", "inherit"] });
  const named = path.join(workDir, "named.wasm");
  execFileSync(
    opt,
    ["-Oz", "-g", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals",
      path.join(workDir, "kansrijk_bg.wasm"), "-o", named],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const buf = readFileSync(named);
  const { sections, bodies } = parseWasm(buf);
  const nameSection = sections.find((s) => s.id === 0 && s.name === "name");
  const reproduced = buf.length - (nameSection ? nameSection.size + 1 + lebLength(nameSection.size) : 0);
  const shippedBytes = statSync(shipped).size;

  const groups = new Map();
  for (const b of bodies) {
    const label = categorise(demangle(b.name));
    const g = groups.get(label) ?? { label, bytes: 0, functions: 0, chunks: [] };
    g.bytes += b.size;
    g.functions++;
    g.chunks.push(buf.subarray(b.start, b.start + b.size));
    groups.set(label, g);
  }
  const data = sections.filter((s) => s.id === 11);
  const dataBytes = data.reduce((n, s) => n + s.size, 0);
  const dataBuf = Buffer.concat(data.map((s) => buf.subarray(s.start, s.start + s.size)));
  const codeBytes = bodies.reduce((n, b) => n + b.size, 0);
  const rows = [...groups.values()]
    .map((g) => ({ label: g.label, bytes: g.bytes, functions: g.functions, gzip: gz(Buffer.concat(g.chunks)) }))
    .sort((a, b) => b.bytes - a.bytes);
  rows.push({ label: "data: texts, tables and the embedded content", bytes: dataBytes, functions: null, gzip: gz(dataBuf) });
  const other = reproduced - codeBytes - dataBytes;
  rows.push({ label: "wasm structure (types, imports, exports, tables, headers)", bytes: other, functions: null, gzip: null });

  const top = bodies
    .map((b) => ({ name: demangle(b.name), bytes: b.size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 12);
  return {
    raw: path.relative(repo, raw),
    shippedBytes,
    reproducedBytes: reproduced,
    functions: bodies.length,
    codeBytes,
    dataBytes,
    rows,
    top,
    matches: Math.abs(reproduced - shippedBytes) / shippedBytes < 0.03,
  };
}

function lebLength(n) {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}
