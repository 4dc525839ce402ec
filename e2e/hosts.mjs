// Fixture for the embedding specs: the example host pages of examples/hosts/
// with the widget (dist/) served at /widget/ by the same static server.
//
// A host page can be opened on the widget's own origin (as the server serves
// it, /hosts/) or `crossOrigin`, as on a real host site: then it is loaded
// from another origin and site (http://localhost:<port> instead of
// http://127.0.0.1:<port>), its relative widget URLs (../widget/) are
// pointed at the widget server's absolute address, and `hostPolicy(widget
// origin)` is sent as the host page's Content-Security-Policy header, so the
// CORS, CSP and storage-partitioning rules of docs/embedding.md apply for
// real.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { useKansrijk } from "./fixtures.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const HOSTS_DIR = path.join(ROOT, "examples/hosts");
export const WIDGET_BASE = "/widget/";

const isInline = (url) => /^(data|blob|about):/.test(url);

/**
 * Registers the hooks of one spec file (see useKansrijk) and returns an env
 * whose `openHost(viewport, file, options)` loads examples/hosts/<file> and
 * resolves to { page, context, errors, foreign, hostOrigin, widgetOrigin }.
 *   crossOrigin  load the host page from another origin (default false);
 *   hostPolicy   (widgetOrigin) => the host page's CSP header, if any;
 *   withoutWidget  refuse the widget's loader, to see the host page alone;
 *   goto         load the page (default true).
 */
export function useHosts() {
  const env = useKansrijk({ base: WIDGET_BASE, hosts: HOSTS_DIR });

  env.openHost = async (viewport, file, { crossOrigin = false, hostPolicy = null, withoutWidget = false, goto = true } = {}) => {
    const { name, ...options } = viewport;
    // The host page is fulfilled by the route below, so Chromium counts it as
    // a public site reaching into the loopback address space: granted here,
    // as a real public host reaching a public widget server needs nothing.
    const permissions = crossOrigin ? ["local-network-access"] : [];
    const context = await env.browser.newContext({ ...options, locale: "nl-NL", serviceWorkers: "block", permissions });
    env.contexts.push(context);
    const widgetOrigin = env.server.origin;
    const hostOrigin = crossOrigin ? `http://localhost:${env.server.port}` : widgetOrigin;
    const errors = [];
    const foreign = [];

    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (isInline(url.href)) return route.continue();
      if (withoutWidget && url.pathname.endsWith("/kansrijk-embed.js")) return route.abort("blockedbyclient");
      if (url.origin === widgetOrigin) return route.continue();
      if (url.origin !== hostOrigin) {
        foreign.push(url.href);
        return route.abort("blockedbyclient");
      }
      // The host site: the same files, from the local server.
      const response = await route.fetch({ url: `${widgetOrigin}${url.pathname}${url.search}` });
      const headers = { "content-type": response.headers()["content-type"] ?? "application/octet-stream" };
      let body = await response.body();
      if (headers["content-type"].startsWith("text/html")) {
        body = body.toString("utf8").replaceAll("../widget/", `${widgetOrigin}${WIDGET_BASE}`);
        if (hostPolicy) headers["content-security-policy"] = hostPolicy(widgetOrigin);
      }
      return route.fulfill({ status: response.status(), headers, body });
    });

    const page = await context.newPage();
    page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
    });
    if (goto) {
      const url = `${hostOrigin}/hosts/${file}`;
      const response = await page.goto(url, { waitUntil: "load" });
      if (!response?.ok()) throw new Error(`GET ${url} answered ${response?.status()}`);
    }
    return { page, context, errors, foreign, hostOrigin, widgetOrigin, viewport: name };
  };

  return env;
}

/**
 * The computed styles of the host page's own elements that matter for
 * "the widget changes nothing outside itself": fonts, colours, spacing,
 * display, of every element outside the widget's hosts.
 */
export async function hostStyles(page) {
  return page.evaluate(() => {
    const props = ["display", "font-family", "font-size", "font-style", "font-weight", "line-height", "color", "background-color", "margin-top", "margin-bottom", "padding-left", "border-top-style", "text-transform", "text-align", "list-style-type"];
    const out = {};
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("[data-kansrijk]") || el.matches("script")) continue;
      const key = el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${[...el.parentElement.children].indexOf(el)}`;
      const style = getComputedStyle(el);
      out[key] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    }
    const bodyStyle = getComputedStyle(document.body);
    out.body = Object.fromEntries(props.map((p) => [p, bodyStyle.getPropertyValue(p)]));
    return out;
  });
}
