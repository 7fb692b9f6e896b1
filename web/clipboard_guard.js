// What Carnet copies on purpose ("Copier les coordonnées": a person's name, address and phone)
// does not stay in the system clipboard: 60 s later it is cleared, if the clipboard still holds
// it. A page cannot always read the clipboard, so "still holds it" is known in two ways:
// - the page may read it (permission "clipboard-read" granted): it is compared;
// - otherwise, if the page kept the focus since the copy, nothing else can have been copied
//   but in the page, and a copy in the page (a "copy" or "cut" event, or any other copy Carnet
//   makes, which calls forget()) ends the watch: what the clipboard holds is then the worker's.
// If neither holds (the worker went to another program and the page may not read), the
// clipboard is left as it is rather than erase what the worker may have copied there since.
// A clear that fails because the page is not focused is tried again when it is.
// `settle()` runs a pending clear at once (before the page reloads after a lock).
(function (scope) {
  "use strict";

  scope.createClipboardGuard = function createClipboardGuard(options = {}) {
    const delayMs = options.delayMs ?? 60000;
    const clipboard = options.clipboard ?? scope.navigator?.clipboard;
    const permissions = options.permissions ?? scope.navigator?.permissions;
    const target = options.target ?? scope;  // fires "blur" and "focus"
    const hasFocus = options.hasFocus ?? (() => scope.document.hasFocus());
    let watched = null;  // { text, focusLost, timer, due }

    target.addEventListener("blur", () => { if (watched) watched.focusLost = true; });
    target.addEventListener("focus", () => { if (watched?.due) clearNow(); });
    const forget = () => {
      if (watched) clearTimeout(watched.timer);
      watched = null;
    };
    target.addEventListener("copy", forget);
    target.addEventListener("cut", forget);

    async function mayRead() {
      try {
        const status = await permissions.query({ name: "clipboard-read" });
        return status.state === "granted";
      } catch {
        return false;
      }
    }

    // Resolves to what was done: "cleared", "changed" (the clipboard holds something else),
    // "unknown" (left alone), "waiting" (not focused: tried again on focus) or "none".
    async function clearNow() {
      const entry = watched;
      if (!entry) return "none";
      clearTimeout(entry.timer);
      entry.due = true;
      if (!hasFocus()) return "waiting";
      let ours = false;
      if (await mayRead()) {
        try {
          ours = (await clipboard.readText()) === entry.text;
        } catch {
          return "waiting";
        }
        if (!ours) return finish(entry, "changed");
      } else if (entry.focusLost) {
        return finish(entry, "unknown");
      }
      try {
        await clipboard.writeText("");
      } catch {
        return "waiting";
      }
      return finish(entry, "cleared");
    }

    function finish(entry, outcome) {
      if (watched === entry) watched = null;
      return outcome;
    }

    return {
      // Writes `text` to the clipboard and watches it.
      async copy(text) {
        if (watched) clearTimeout(watched.timer);
        const entry = { text, focusLost: false, due: false, timer: 0 };
        watched = entry;
        entry.timer = setTimeout(clearNow, delayMs);
        try {
          await clipboard.writeText(text);
          return true;
        } catch (error) {
          console.warn("copy refused:", error);
          finish(entry, "none");
          clearTimeout(entry.timer);
          return false;
        }
      },
      settle: clearNow,
      forget,
      get watching() { return watched !== null; },
    };
  };
})(typeof window !== "undefined" ? window : globalThis);
