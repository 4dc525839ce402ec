// The in-page half of the benchmark: an init script that runs in every page
// before the page's own scripts, and the node helpers that talk to it.
//
// Everything is timed with the page's own clock (performance.now(), whose
// zero is the start of the navigation), so the figures do not include the
// DevTools round trips of the driver.

/**
 * Installed with context.addInitScript(installProbe, { ready }) before the
 * page loads. `ready` describes when the first question is interactive:
 * { selector, visibleVia } where visibleVia is "self" (the element itself
 * must have a box) or "label" (its label must: SurveyJS hides the native
 * radio input behind a styled label).
 */
export function installProbe({ ready }) {
  const B = (window.__bench = { marks: {}, wasm: null, pending: null });

  // The wasm exports, as Trunk hands them out once the app has started.
  addEventListener("TrunkApplicationStarted", (e) => {
    B.wasm = e.detail?.wasm ?? null;
    B.marks.trunkStarted = performance.now();
  });
  // The wasm memory: from Trunk's event when the page has Trunk's loader;
  // otherwise from the wasm-bindgen glue module the page loaded last (importing
  // it again gives the same module instance, whose init() returns the
  // exports it already has without loading anything).
  B.wasmMemoryBytes = async () => {
    let exports = B.wasm;
    if (!exports) {
      const glue = performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        // The last loaded: the full build, once the group view has
        // loaded it, holds the group.
        .findLast((u) => /-[0-9a-f]{12,16}\.js$/.test(new URL(u).pathname));
      if (glue) {
        try {
          const module = await import(glue);
          exports = await module.default();
        } catch {}
      }
    }
    const memory = exports?.memory;
    return memory instanceof WebAssembly.Memory ? memory.buffer.byteLength : null;
  };

  // First contentful paint, for reference.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "first-contentful-paint") B.marks.fcp = entry.startTime;
      }
    }).observe({ type: "paint", buffered: true });
  } catch {}

  const boxed = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== "hidden" && cs.display !== "none";
  };
  // The first task after the next frame: posted from its animation frame
  // callback, which runs just before the frame is painted. At
  // "user-blocking" priority (Chromium's scheduler.postTask), so it runs
  // before ordinary tasks the page queued for after the paint (Kansrijk
  // draws the rest of its result that way), and the time is that of the
  // frame that showed the change, not of the work after it. A message is
  // the fallback where there is no postTask.
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const done = () => resolve(performance.now());
        if (globalThis.scheduler?.postTask) {
          scheduler.postTask(done, { priority: "user-blocking" });
        } else {
          const ch = new MessageChannel();
          ch.port1.onmessage = done;
          ch.port2.postMessage(0);
        }
      }),
    );
  B.afterPaint = afterPaint;

  // Kansrijk draws its result in stages: the verdict in the click's task,
  // the other parts in the frames after it, with `aria-busy` on the result
  // until the last one is there. The time that flag last went to "false".
  new MutationObserver((changes) => {
    if (changes.some((c) => c.target.getAttribute("aria-busy") === "false")) B.marks.drawn = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
  // Resolves once nothing on the page is `aria-busy`, with the time it
  // last stopped being so.
  B.whenDrawn = () =>
    new Promise((resolve) => {
      const poll = () => (document.querySelector("[aria-busy=true]") ? requestAnimationFrame(poll) : resolve(B.marks.drawn ?? performance.now()));
      poll();
    });

  // Start-up: the first question is interactive once its control exists,
  // is enabled and has a box on screen. Checked after every DOM change, so
  // the time is that of the task that made it so.
  const isReady = () => {
    const el = document.querySelector(ready.selector);
    if (!el || el.disabled || el.getAttribute("aria-disabled") === "true") return false;
    const target = ready.visibleVia === "label" ? el.closest("label") ?? el : el;
    return boxed(target);
  };
  const onReady = () => {
    B.marks.interactive = performance.now();
    afterPaint().then((t) => {
      B.marks.interactivePainted = t;
      window.__benchReady?.(B.marks);
    });
  };
  const observer = new MutationObserver(() => {
    if (B.marks.interactive == null && isReady()) {
      observer.disconnect();
      onReady();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });

  // Conditions are data, not code, so a page's Content-Security-Policy
  // cannot stop them: { any: [...] }, { all: [...] }, or one of
  //   { present: selector }            an element matches
  //   { checked: selector }            the element is a ticked input
  //   { hasClass: [selector, class] }  the element has the class
  //   { textDiffers: [selector, text] } the element's text is not `text`
  //   { textContains: [selector, text] } the element's text contains `text`
  //   { attrDiffers: [selector, attribute, value] } the first match's
  //                                    attribute is not `value`
  const holds = (c) => {
    if (c.any) return c.any.some(holds);
    if (c.all) return c.all.every(holds);
    if (c.present) return !!document.querySelector(c.present);
    if (c.checked) return !!document.querySelector(c.checked)?.checked;
    if (c.hasClass) return !!document.querySelector(c.hasClass[0])?.classList.contains(c.hasClass[1]);
    if (c.textContains) return !!document.querySelector(c.textContains[0])?.textContent.includes(c.textContains[1]);
    if (c.textDiffers) {
      const el = document.querySelector(c.textDiffers[0]);
      return !!el && el.textContent !== c.textDiffers[1];
    }
    if (c.attrDiffers) {
      const el = document.querySelector(c.attrDiffers[0]);
      return !!el && el.getAttribute(c.attrDiffers[1]) !== c.attrDiffers[2];
    }
    throw new Error(`unknown condition ${JSON.stringify(c)}`);
  };
  B.holds = holds;

  // Interaction: arm(condition) before a click; the click's capture-phase
  // listener starts the clock, then the condition is checked after the
  // click's task and after every DOM change until it holds, and the clock
  // stops at the next frame after that (requestAnimationFrame, then a
  // message: past the paint).
  // A click starts the clock; so does a `change` without a click (files
  // chosen for a file input).
  const start = () => {
    const p = B.pending;
    if (p && p.t0 == null) {
      p.t0 = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => p.check();
      ch.port2.postMessage(0);
    }
  };
  addEventListener("click", start, true);
  addEventListener("change", start, true);
  B.arm = (condition, timeout = 20000) => {
    let resolve;
    let reject;
    const result = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const p = { t0: null, done: false, result, observer: null, timer: null };
    p.check = () => {
      if (p.done) return;
      let ok = false;
      try {
        ok = holds(condition);
      } catch {}
      if (!ok) {
        if (!p.observer) {
          p.observer = new MutationObserver(() => p.check());
          p.observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        }
        return;
      }
      p.done = true;
      p.observer?.disconnect();
      clearTimeout(p.timer);
      const tDom = performance.now();
      afterPaint().then((tPaint) => resolve({ t0: p.t0, dom: tDom - p.t0, painted: tPaint - p.t0 }));
    };
    p.timer = setTimeout(() => {
      if (!p.done) {
        p.done = true;
        p.observer?.disconnect();
        reject(new Error(`condition not met within ${timeout / 1000} s: ${JSON.stringify(condition)}`));
      }
    }, timeout);
    B.pending = p;
    return true;
  };
  B.settle = async () => {
    const p = B.pending;
    if (!p) throw new Error("nothing armed");
    try {
      return await p.result;
    } finally {
      B.pending = null;
    }
  };
}

/**
 * Clicks `locator` and returns how long, by the page's clock, from the click
 * until `condition` held ({ dom }) and the frame after it was produced
 * ({ painted }), in ms. See installProbe for the conditions.
 */
export async function timedClick(page, locator, condition) {
  await page.evaluate((c) => window.__bench.arm(c), condition);
  await locator.click();
  return page.evaluate(() => window.__bench.settle());
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/**
 * Sets the files of a file input and returns how long, by the page's clock,
 * from its `change` event until `condition` held and the next frame was
 * produced.
 */
export async function timedFiles(page, locator, files, condition, timeout = 120000) {
  await page.evaluate(([c, t]) => window.__bench.arm(c, t), [condition, timeout]);
  await locator.setInputFiles(files);
  return page.evaluate(() => window.__bench.settle());
}
