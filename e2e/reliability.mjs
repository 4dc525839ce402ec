// Every fault and hostile input the robustness specs try, with what the app
// must do. The specs take their cases from here (caseOf), and
// scripts/reliability-doc.mjs writes docs/reliability.md from this list and
// checks (make e2e-run) that the document and the specs still match it.

export const CASES = [
  // Privacy
  { id: "privacy-requests", area: "privacy", spec: "privacy-requests", fault: "Every request recorded from first load through a full check, the result, the share panel (copy, file), the group view (a pasted code), a measurement and printing", expected: "Only the widget's own files, from its own origin, while loading; after the start screen is shown, only the full build's two files when a facilitator's tool first opens (GET, nothing sent), and not one request more" },
  { id: "privacy-traces", area: "privacy", spec: "privacy-requests", fault: "Cookies, localStorage, sessionStorage and IndexedDB inspected after the same session", expected: "No cookie; only localStorage keys starting with `kansrijk:`; sessionStorage and IndexedDB unused" },
  // Storage
  { id: "storage-corrupt-json", area: "storage", spec: "storage-garbage", fault: "Saved answers that are not valid JSON", expected: "Starts afresh and says so; the unreadable value is kept under a `:corrupt` backup key; new answers are saved again" },
  { id: "storage-older-schema", area: "storage", spec: "storage-older-version", fault: "Answers saved under an older content version, one of them to a statement that no longer exists", expected: "Migrated: the other answers and the name are kept and can be resumed; the dropped answer is reported" },
  { id: "storage-content-1-0-0", area: "storage", spec: "storage-older-version", fault: "Answers saved under content version 1.0.0, whose statements were since split or turned into status questions", expected: "Carried over: an agreeing answer kept for each part, a disagreeing 'checked' answer becomes 'not yet' (never 'absent'); the screen says the questions changed and how many are open again" },
  { id: "storage-future-schema", area: "storage", spec: "storage-older-version", fault: "Answers saved by a newer build (a higher envelope schema)", expected: "Says so, works in memory, and never overwrites the newer answers" },
  { id: "storage-quota", area: "storage", spec: "robustness-storage", fault: "Every write refused with a QuotaExceededError", expected: "Starts, says once that storage is full, and completes the check in memory without an error" },
  { id: "storage-blocked", area: "storage", spec: "storage-blocked", fault: "Reading `localStorage` throws (site data blocked, sandboxed frame)", expected: "Says once that nothing can be saved and completes the check in memory without an error" },
  { id: "storage-throws-always", area: "storage", spec: "robustness-storage", fault: "Every call on Storage throws (getItem, setItem, removeItem, key, length)", expected: "Starts, says that nothing can be saved, and completes the check in memory" },
  // Two tabs
  { id: "two-tabs", area: "concurrency", spec: "two-tabs", fault: "The same assessment open in two tabs; answers changed in one, then in the other", expected: "The other tab shows the new answers with \"Updated from another tab\" and does not write its old state back; no answer of either tab is lost" },
  // Crash
  { id: "panic-panel", area: "crash", spec: "crash-panel", fault: "A panic in the release build (a test-only fault, `window.__kansrijkFault`)", expected: "A panel in both languages says the answers are safe and offers a reload link; after reloading, every answer given before the crash is still there" },
  // Rapid input
  { id: "rapid-double-tap", area: "input", spec: "rapid-input", fault: "Double taps on answers and rapid next/back clicking", expected: "Every answer is saved once, the progress count matches the answers, and a reload shows the same answers" },
  { id: "rapid-language", area: "input", spec: "rapid-input", fault: "Switching language during a screen change", expected: "The answers and the screen stay; the texts follow the last language chosen" },
  // Hostile input
  { id: "hostile-name", area: "hostile", spec: "hostile-input", fault: "A partnership name with HTML, `<script>`, `<img onerror>` and control characters", expected: "Shown as literal text; no script runs, no dialog opens" },
  { id: "hostile-long", area: "hostile", spec: "hostile-input", fault: "A 100,000-character name and a 100,000-character pasted code", expected: "The name is cut to its field's length; the code is rejected with a message; nothing hangs" },
  { id: "hostile-code", area: "hostile", spec: "hostile-input", fault: "Pasted \"codes\" holding HTML and script", expected: "Rejected line by line with a message, shown as inert text; no script runs" },
  { id: "hostile-file", area: "hostile", spec: "hostile-input", fault: "Answer files holding invalid UTF-8 bytes, HTML, or a label with `<img onerror>`", expected: "Rejected with a message naming the file, or the label shown as literal text; no script runs" },
];

/** The case `id`; throws when it is not in the list, so a spec cannot drift from it. */
export function caseOf(id) {
  const found = CASES.find((c) => c.id === id);
  if (!found) throw new Error(`e2e/reliability.mjs has no case "${id}"`);
  return found;
}
