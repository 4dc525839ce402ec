// Turns the benchmark's results into the terminal table and the generated
// part of docs/performance.md.

import { METRICS as LIGHTHOUSE_METRICS } from "./lighthouse.mjs";

const kB = (n) => (n == null ? "n/a" : `${(n / 1000).toFixed(1)} kB`);
const MB = (n) => (n == null ? "n/a" : `${(n / 1e6).toFixed(2)} MB`);
const ms = (n) =>
  n == null || !Number.isFinite(n)
    ? "n/a"
    : n < 0.1
      ? `${Math.round(n * 1000)} µs`
      : n < 10
        ? `${n.toFixed(n < 1 ? 2 : 1)} ms`
        : `${Math.round(n)} ms`;
const times = (n) => (n == null || !Number.isFinite(n) ? "n/a" : `${n.toFixed(1)}x`);
/** How many times larger/slower SurveyJS is than Kansrijk. */
const ratio = (k, s) => (k > 0 && s != null ? s / k : null);

/** Each target with the figure it is judged on and whether it is met. */
export function targets(results) {
  const k = results.apps.kansrijk;
  const s = results.apps.surveyjs;
  const group500 = results.group?.native?.groups?.find((g) => g.respondents === 500);
  const view = results.group?.view;
  const browser = results.group?.browser;
  const group500Browser = browser?.rates?.[browser.throttle]?.groups?.find((g) => g.respondents === 500);
  const sizeRatio = ratio(k.transfer.total.gzip, s.transfer.total.gzip);
  const startRatio = ratio(k.summary.interactive.median, s.summary.interactive.median);
  const list = [
    {
      target: "Everything the page loads <= 150 kB gzip (aim 120)",
      figure: kB(k.transfer.total.gzip),
      met: k.transfer.total.gzip <= 150_000,
      aim: k.transfer.total.gzip <= 120_000,
    },
    {
      target: `First question interactive <= 600 ms median at ${results.options.throttle}x throttle`,
      figure: ms(k.summary.interactive.median),
      met: k.summary.interactive.median <= 600,
    },
    {
      target: "Result rendered within 50 ms of the last answer (the verdict painted; the other parts follow in later frames)",
      figure: `${ms(k.summary.result)} median, ${ms(k.summary.resultMax)} worst; whole result drawn ${ms(k.summary.resultDrawn)}`,
      met: k.summary.result <= 50,
    },
    {
      target: "Aggregating 500 responses within 100 ms (native)",
      figure: group500 ? ms(group500.summarise_ms_median) : "not measured",
      met: group500 ? group500.summarise_ms_median <= 100 : null,
    },
    {
      target: `Aggregating 500 responses within 100 ms (wasm in Chromium, ${results.options.throttle}x CPU)`,
      figure: group500Browser ? ms(group500Browser.summarise_ms_median) : "not measured",
      met: group500Browser ? group500Browser.summarise_ms_median <= 100 : null,
    },
    {
      target: `Aggregating 500 responses within 100 ms (group view in Chromium, ${results.options.throttle}x CPU: reading the files, import, summary, rendering)`,
      figure: view && !view.skipped ? `${ms(view.median)} median, ${ms(view.max)} worst` : view?.skipped ? "not measured: no group view" : "not measured",
      met: view && !view.skipped ? view.median <= 100 : null,
    },
    {
      target: "At least 2.5x smaller than SurveyJS (gzip)",
      figure: times(sizeRatio),
      met: sizeRatio != null ? sizeRatio >= 2.5 : null,
    },
    {
      target: "At least 2x faster to start than SurveyJS",
      figure: times(startRatio),
      met: startRatio != null ? startRatio >= 2 : null,
    },
  ];
  if (k.transfer.beforeInteractive) {
    list.push(
      {
        target: "Bytes before the first question is interactive <= 250 kB gzip",
        figure: kB(k.transfer.beforeInteractive.gzip),
        met: k.transfer.beforeInteractive.gzip <= 250_000,
      },
      {
        target: "Bytes through a quick scan to the verdict <= 320 kB gzip",
        figure: kB(k.transfer.toVerdict.gzip),
        met: k.transfer.toVerdict.gzip <= 320_000,
      },
    );
  }
  const lh = results.lighthouse?.kansrijk?.median;
  if (lh) {
    const seconds = (n) => `${(n / 1000).toFixed(2)} s`;
    list.push(
      { target: "Lighthouse mobile: largest contentful paint <= 2.0 s (median)", figure: seconds(lh["largest-contentful-paint"]), met: lh["largest-contentful-paint"] <= 2000 },
      { target: "Lighthouse mobile: time to interactive <= 2.5 s (median)", figure: seconds(lh.interactive), met: lh.interactive <= 2500 },
      { target: "Lighthouse mobile: total blocking time <= 100 ms (median)", figure: ms(lh["total-blocking-time"]), met: lh["total-blocking-time"] <= 100 },
      { target: "Lighthouse mobile: performance score >= 0.97 (median)", figure: lh.score.toFixed(2), met: lh.score >= 0.97 },
    );
  }
  return list;
}

/** Lighthouse's figures side by side: median, and the range over the runs. */
function lighthouseRows(results) {
  const lh = results.lighthouse;
  if (!lh?.kansrijk || !lh?.surveyjs) return [];
  const fmt = (id, n) => (n == null ? "n/a" : id === "score" ? n.toFixed(2) : id === "cumulative-layout-shift" ? n.toFixed(3) : id === "total-byte-weight" ? kB(n) : ms(n));
  const cell = (app, id) => {
    const [lo, hi] = app.range[id] ?? [];
    const range = lo == null || lo === hi ? "" : ` (${fmt(id, lo)}-${fmt(id, hi)})`;
    return `${fmt(id, app.median[id])}${range}`;
  };
  return [["score", "performance score"], ...LIGHTHOUSE_METRICS].map(([id, label]) => [
    label,
    cell(lh.kansrijk, id),
    cell(lh.surveyjs, id),
    id === "score" ? "" : times(ratio(lh.kansrijk.median[id], lh.surveyjs.median[id])),
  ]);
}

function rows(results) {
  const k = results.apps.kansrijk;
  const s = results.apps.surveyjs;
  const K = k.summary;
  const S = s.summary;
  const r = (label, kv, sv, fmt, note = "") => [label, fmt(kv), fmt(sv), times(ratio(kv, sv)), note];
  return [
    ["Transfer (every file the page loads)", "", "", "", ""],
    r("  files requested", k.transfer.requests, s.transfer.requests, (n) => String(n)),
    r("  raw", k.transfer.total.raw, s.transfer.total.raw, kB),
    r("  gzip -9", k.transfer.total.gzip, s.transfer.total.gzip, kB, "target <= 150 kB, aim 120"),
    r("  brotli 11", k.transfer.total.brotli, s.transfer.total.brotli, kB),
    ...(k.transfer.beforeInteractive
      ? [
          r("  gzip -9, before the first question is interactive", k.transfer.beforeInteractive.gzip, s.transfer.beforeInteractive.gzip, kB, "target <= 250 kB"),
          r("  gzip -9, through a quick scan to the verdict (SurveyJS: the whole survey)", k.transfer.toVerdict.gzip, s.transfer.toVerdict.gzip, kB, "target <= 320 kB"),
        ]
      : []),
    ...(k.transfer.tools
      ? [[`  gzip -9, added by opening a facilitator's tool (the full build)`, kB(k.transfer.tools.gzip), "", "", "loaded on demand"]]
      : []),
    ...(k.transfer.totalPage && k.transfer.totalPage.gzip !== k.transfer.total.gzip
      ? [r("  gzip -9, without the service worker's files", k.transfer.totalPage.gzip, s.transfer.totalPage?.gzip ?? s.transfer.total.gzip, kB)]
      : []),
    [`Start-up (${results.options.throttle}x CPU, 360x640, n=${K.interactive.n} cold loads)`, "", "", "", ""],
    r("  first question interactive, median", K.interactive.median, S.interactive.median, ms, "target <= 600 ms; 2x faster"),
    r("  ... 10th-90th percentile", null, null, () => "", ""),
    r("  first contentful paint, median", K.fcp, S.fcp, ms),
    r("  first click -> next screen painted", K.firstClick, S.firstClick, ms),
    [`Interaction (${results.options.throttle}x CPU, median)`, "", "", "", ""],
    r("  answer -> screen updated", K.answer, S.answer, ms),
    r("  next -> next screen painted", K.next, S.next, ms),
    r("  last answer -> result painted", K.result, S.result, ms, "target <= 50 ms"),
    r("  last answer -> whole result drawn", K.resultDrawn, S.resultDrawn ?? S.result, ms),
    ["Memory after a full check", "", "", "", ""],
    r("  JS heap (after GC)", K.heapFull, S.heapFull, MB),
    r("  wasm linear memory", K.wasmFull, S.wasmFull ?? null, MB),
    r("  total", K.memoryFull, S.memoryFull, MB),
    r("  DOM elements", K.domNodesFull, S.domNodesFull, (n) => (n == null ? "n/a" : String(Math.round(n)))),
  ].map((row, i, all) => {
    // The percentile row shows both ranges in place of values.
    if (row[0].includes("10th-90th")) {
      return [row[0], `${ms(K.interactive.p10)}-${ms(K.interactive.p90)}`, `${ms(S.interactive.p10)}-${ms(S.interactive.p90)}`, "", ""];
    }
    return row;
  });
}

/** One row per (where, group size). */
function groupRows(results) {
  const sets = [];
  if (results.group?.native) sets.push(["native", results.group.native]);
  const b = results.group?.browser;
  if (b) for (const rate of Object.keys(b.rates).sort((x, y) => y - x)) sets.push([`wasm, Chromium ${rate}x CPU`, b.rates[rate]]);
  return sets.flatMap(([where, g]) => g.groups.map((x) => [
    where,
    String(x.respondents),
    ms(x.summarise_ms_median),
    `${ms(x.summarise_ms_min)}-${ms(x.summarise_ms_max)}`,
    ms(x.import_ms_median),
    kB(x.peak_alloc_bytes),
    kB(x.requested_bytes),
    String(x.allocations),
  ]));
}

const GROUP_HEAD = ["where", "respondents", "summarise", "min-max", "import", "peak heap", "allocated", "allocations"];

function wasmRows(w) {
  return w.rows.map((r) => [
    r.label,
    kB(r.bytes),
    `${((100 * r.bytes) / w.reproducedBytes).toFixed(1)}%`,
    r.functions == null ? "" : String(r.functions),
    r.gzip == null ? "" : kB(r.gzip),
  ]);
}

function pad(table) {
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => String(row[c]).length)));
  return table.map((row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  "));
}

const mark = (t) => (t.met == null ? "n/a" : t.met ? (t.aim === false ? "met (aim missed)" : "met") : "MISSED");

export function renderTable(results) {
  const m = results.machine;
  const lines = [];
  lines.push(`Kansrijk vs SurveyJS, same questionnaire — ${m.cpu}, ${m.cores} cores, Chromium ${m.chromium}, ${m.date}`);
  lines.push("");
  lines.push(...pad([["figure", "Kansrijk", "SurveyJS", "SurveyJS/Kansrijk", "target"], ...rows(results)]));
  const gr = groupRows(results);
  if (gr.length) {
    lines.push("");
    lines.push("Group scale: summarise() on imported answer files (median of 20 runs)");
    lines.push(...pad([GROUP_HEAD, ...gr]));
  }
  if (results.group?.browserSkipped) lines.push(`(group in the browser not measured: ${results.group.browserSkipped})`);
  const view = results.group?.view;
  if (view && !view.skipped) {
    lines.push(
      `Group view, ${view.respondents} answer files chosen at once, ${results.options.throttle}x CPU: ${ms(view.median)} median (worst ${ms(view.max)}) to the group verdict painted; then JS heap ${MB(view.heap)}, wasm ${MB(view.wasm)}, ${Math.round(view.domNodes)} elements`,
    );
  } else if (view?.skipped) {
    lines.push(`(group view not measured: ${view.skipped})`);
  }
  if (results.wasm && !results.wasm.skipped) {
    lines.push("");
    lines.push(`Where the wasm goes (${kB(results.wasm.shippedBytes)} shipped; gzip per part measured alone)`);
    lines.push(...pad([["part", "raw", "share", "gzip"], ...wasmRows(results.wasm).map((r) => [r[0], r[1], r[2], r[4]])]));
  }
  const lr = lighthouseRows(results);
  if (lr.length) {
    lines.push("");
    lines.push(`Lighthouse ${results.lighthouse.kansrijk.lighthouse} mobile (simulated slow 4G, 4x CPU), median of ${results.lighthouse.kansrijk.runs.length} runs (range)`);
    lines.push(...pad([["figure", "Kansrijk", "SurveyJS", "SurveyJS/Kansrijk"], ...lr]));
  }
  lines.push("");
  lines.push("Targets");
  lines.push(...pad([["target", "figure", "result"], ...results.targets.map((t) => [t.target, t.figure, mark(t)])]));
  return lines.join("\n");
}

function mdTable(head, body) {
  const esc = (c) => String(c).replace(/\|/g, "\\|");
  return [
    `| ${head.map(esc).join(" | ")} |`,
    `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...body.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

export function renderMarkdown(results) {
  const m = results.machine;
  const k = results.apps.kansrijk;
  const s = results.apps.surveyjs;
  const out = [];
  out.push("## Latest run");
  out.push("");
  out.push(
    mdTable(
      ["machine", ""],
      [
        ["date", m.date],
        ["CPU", m.cpu],
        ["cores", String(m.cores)],
        ["memory", `${m.memoryGiB} GiB`],
        ["load average at the start (1, 5, 15 min)", m.loadavg.join(", ")],
        ["Chromium", m.chromium],
        ["node", m.node],
        ["rustc", m.rustc ?? "n/a"],
        ["commit", `${m.commit ?? "n/a"}${m.dirty ? " (with uncommitted changes)" : ""}`],
        ["settings", `${results.options.loads} cold loads and ${results.options.runs} interaction runs per page, ${results.options.throttle}x CPU throttle, viewport ${results.options.viewport.width}x${results.options.viewport.height}`],
      ],
    ),
  );
  out.push("");
  out.push("### Targets");
  out.push("");
  out.push(mdTable(["target", "figure", "result"], results.targets.map((t) => [t.target, t.figure, mark(t)])));
  out.push("");
  out.push("### Side by side");
  out.push("");
  out.push(
    mdTable(
      ["figure", "Kansrijk", "SurveyJS", "SurveyJS / Kansrijk", "target"],
      rows(results).map((r) => (r[1] === "" && r[2] === "" ? [`**${r[0].trim()}**`, "", "", "", ""] : [r[0].trim(), ...r.slice(1)])),
    ),
  );
  out.push("");
  const lr = lighthouseRows(results);
  if (lr.length) {
    const lh = results.lighthouse;
    out.push("### Lighthouse, mobile");
    out.push("");
    out.push(
      `Lighthouse ${lh.kansrijk.lighthouse} from npm (bench/package.json) in the same Chromium, its default mobile profile: a Moto G Power screen, simulated slow 4G (150 ms round trip, 1.6 Mbit/s) and a 4x slower CPU. ` +
        `Each page is served by http-server with its precompressed .gz copies (\`-g\`, no caching) and audited ${lh.kansrijk.runs.length} times, each in a fresh Chromium, the pages taking turns. Median, with the range over the runs. ` +
        `Kansrijk's largest paint: \`${lh.kansrijk.lcpElement ?? "n/a"}\`; SurveyJS's: \`${lh.surveyjs.lcpElement ?? "n/a"}\`.`,
    );
    out.push("");
    out.push(mdTable(["figure", "Kansrijk", "SurveyJS", "SurveyJS / Kansrijk"], lr));
    out.push("");
  }
  for (const [name, a] of [["Kansrijk", k], ["SurveyJS", s]]) {
    out.push(`### Files ${name} loads`);
    out.push("");
    out.push(
      mdTable(
        ["file", "type", "loaded by", "raw", "gzip -9", "brotli 11"],
        [
          ...a.transfer.files.map((f) => [f.external ? `${f.name} (external, refused)` : f.onDemand ? `${f.name} (on demand: the group view)` : f.name, f.type, f.by ?? "page", kB(f.raw), kB(f.gzip), kB(f.brotli)]),
          [a.transfer.files.some((f) => f.onDemand) ? "**total**, without what is loaded on demand" : "**total**", "", "", kB(a.transfer.total.raw), kB(a.transfer.total.gzip), kB(a.transfer.total.brotli)],
        ],
      ),
    );
    out.push("");
  }
  const gr = groupRows(results);
  if (gr.length) {
    out.push("### Group scale");
    out.push("");
    out.push(
      "`kansrijk::model::group::summarise` on generated, varied answer files (bench/group, built with the app's release settings), median of 20 runs after a warm-up; import = `answer_file::from_file` for every file; peak heap = the most live heap above the level before the call, from a counting allocator. Natively on this machine, and the same code as wasm in a Chromium page: the model work of the group view, without the view.",
    );
    out.push("");
    out.push(mdTable(GROUP_HEAD, gr));
    out.push("");
    if (results.group.browserSkipped) {
      out.push(`The wasm-in-Chromium figures are missing: ${results.group.browserSkipped}.`);
      out.push("");
    }
    const view = results.group.view;
    if (view && !view.skipped) {
      out.push(
        `**The group view** (the app's own, in Chromium at ${results.options.throttle}x CPU): ${view.respondents} answer files chosen at once in its file input, timed from the input's \`change\` to the group verdict painted with all of them counted, so reading the files, importing, summarising and rendering the member list and the summary: **${ms(view.median)}** median of ${view.runs.length} runs (${view.runs.map((r) => ms(r.painted)).join(", ")}). Afterwards: JS heap ${MB(view.heap)}, wasm memory ${MB(view.wasm)}, ${Math.round(view.domNodes)} elements.`,
      );
      out.push("");
    } else if (view?.skipped) {
      out.push(`The group view was not measured: ${view.skipped}.`);
      out.push("");
    }
    const rw = results.group.native?.result;
    if (rw) {
      out.push("The result screen's model work for the benchmark's answers, natively (median of 20 runs):");
      out.push("");
      out.push(
        mdTable(
          ["check", "statements", "Evaluation::of", "must_change", "first_steps_for", "recommendations", "ModelFit::of"],
          rw.map((x) => [
            x.mode,
            String(x.statements),
            ms(x.evaluation_ms),
            ms(x.must_change_ms),
            ms(x.first_steps_ms),
            ms(x.recommendations_ms),
            ms(x.model_fit_ms),
          ]),
        ),
      );
      out.push("");
    }
  }
  if (results.wasm) {
    out.push("### Where the wasm goes");
    out.push("");
    if (results.wasm.skipped) {
      out.push(`Not measured: ${results.wasm.skipped}.`);
    } else {
      const w = results.wasm;
      out.push(
        `The shipped \`_bg.wasm\` is ${kB(w.shippedBytes)}: ${kB(w.codeBytes)} of code in ${w.functions} functions and ${kB(w.dataBytes)} of data. ` +
          `Rebuilt with names from \`${w.raw}\` (wasm-bindgen --keep-debug, wasm-opt -Oz -g: ${kB(w.reproducedBytes)} without the names${w.matches ? "" : ", which differs from the shipped file by more than 3%: the breakdown may be of another build"}), grouped by the crate in each function's name. ` +
          "Generic code is counted where it is defined: a Leptos view's build and rebuild code, instantiated for the app's components, counts as Leptos. gzip is of each part alone.",
      );
      out.push("");
      out.push(mdTable(["part", "raw", "share", "functions", "gzip -9"], wasmRows(w)));
      out.push("");
      out.push("Largest functions:");
      out.push("");
      out.push(mdTable(["function", "raw"], w.top.map((t) => [`\`${t.name.length > 110 ? t.name.slice(0, 107) + "..." : t.name}\``, kB(t.bytes)])));
    }
    out.push("");
  }
  out.push("### Start-up loads");
  out.push("");
  out.push(
    mdTable(
      ["load", "Kansrijk interactive", "Kansrijk FCP", "SurveyJS interactive", "SurveyJS FCP"],
      k.startup.map((r, i) => [String(i + 1), ms(r.interactive), ms(r.fcp), ms(s.startup[i]?.interactive), ms(s.startup[i]?.fcp)]),
    ),
  );
  out.push("");
  return out.join("\n");
}
