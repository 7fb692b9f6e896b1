// The accessible DOM layer. Each frame in which something changed, the wasm module sends the
// list of widgets it drew (role, name, state, rectangle); this keeps one DOM element per widget
// over the canvas, in drawing order. Screen readers read these elements, keyboard focus moves
// through them, and activating one (click, Enter, Space) acts on the same ImGui widget.
// A text field's element is different: a visible <input> or <textarea> laid over the field's
// frame, into which the user types (so the browser handles accents, dead keys, input methods,
// paste and password managers); each edit sends the element's whole text to the module.
// A frame may also carry an announcement, which two live regions hand to screen readers, and ask
// for focus on an element. Page-wide shortcuts (Ctrl+K or Cmd+K, Escape) go to the module.
"use strict";

(function () {
  const kInteractive = new Set(["button", "checkbox"]);
  // ImGui sizes a font by its ascent plus descent, CSS by its em. For DejaVu Sans (hhea ascent
  // 1901 and descent 483, 2048 units per em) the CSS size that draws ImGui's glyphs is this much.
  const kCssFontPerImGuiFont = 2048 / (1901 + 483);
  const kSentKept = 64;  // edits remembered until the module shows them back
  // A live region is emptied, then given its text a little later, so that a screen reader reads
  // a message again even when it is the same as the last one.
  const kAnnounceDelayMs = 100;
  const kShortcutPalette = 1, kShortcutEscape = 2;  // src/ui/kit/a11y_registry.h: Shortcut

  function tagFor(node) {
    if (kInteractive.has(node.role)) return "button";
    if (node.role === "link") return "a";
    if (node.role === "slider" || node.role === "progressbar") return "div";
    if (node.role === "textbox") return node.multiline ? "textarea" : "input";
    if (node.role === "heading") return "h" + Math.min(Math.max(node.level || 1, 1), 6);
    return "p";
  }

  function setAttr(el, name, value) {
    if (value === undefined || value === null) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function createA11yLayer(root, descriptions, canvas, hooks) {
    const elements = new Map(); // key -> element; key is the widget id plus its occurrence
    const texts = new WeakMap(); // text field element -> what it sent and what the module showed
    const focusRequested = new WeakSet(); // elements whose widget asked for focus in the last frame

    // Two visually hidden live regions, created once and kept after the widgets' elements.
    function liveRegion(role, politeness) {
      const region = document.createElement("div");
      region.className = "a11y-live";
      region.setAttribute("role", role);
      region.setAttribute("aria-live", politeness);
      region.setAttribute("aria-atomic", "true");
      root.appendChild(region);
      return { region, timer: 0 };
    }
    const live = { polite: liveRegion("status", "polite"), urgent: liveRegion("alert", "assertive") };
    let lastAnnounced = null;  // the announcement of the last frame, if any

    // Frames carry an announcement only in the frame where it is made: one that was not in the
    // last frame is new, even with the same text as an earlier one.
    function announce(text, urgent) {
      const current = text ? (urgent ? "!" : "-") + text : null;
      if (current === lastAnnounced) return;
      lastAnnounced = current;
      if (!text) return;
      const target = urgent ? live.urgent : live.polite;
      clearTimeout(target.timer);
      target.region.textContent = "";
      target.timer = setTimeout(() => { target.region.textContent = text; }, kAnnounceDelayMs);
    }

    // Keeps `text` in a hidden element of the descriptions container; returns its id, or null
    // (and removes it) when there is no text.
    function note(key, kind, text) {
      const id = "a11y-" + kind + "-" + key;
      let span = document.getElementById(id);
      if (!text) {
        if (span) span.remove();
        return null;
      }
      if (!span) {
        span = document.createElement("span");
        span.id = id;
        descriptions.appendChild(span);
      }
      if (span.textContent !== text) span.textContent = text;
      return id;
    }

    // A description, and an error message (a refused text field's), read after the name.
    function describe(el, key, description, error) {
      const errorId = note(key, "error", error);
      const descriptionId = note(key, "desc", description);
      setAttr(el, "aria-describedby", [errorId, descriptionId].filter(Boolean).join(" ") || null);
      setAttr(el, "aria-errormessage", errorId);
    }

    function create(node, tag) {
      const el = document.createElement(tag);
      el.dataset.tag = tag;
      el.style.position = "absolute";  // placed over its widget (see apply)
      if (tag === "a") el.href = "#";  // focusable, and Enter clicks it
      if (tag === "button" || tag === "a") {
        if (tag === "button") el.type = "button";
        el.addEventListener("click", (event) => {
          event.preventDefault();
          if (el.getAttribute("aria-disabled") === "true") return;
          hooks.activate(Number(el.dataset.widget));
        });
      }
      if (node.role === "slider") {
        el.setAttribute("role", "slider");
        el.tabIndex = 0;
      }
      // Work under way: read with its value, and busy until it goes away.
      if (node.role === "progressbar") {
        el.setAttribute("role", "progressbar");
        el.setAttribute("aria-busy", "true");
      }
      if (node.role === "textbox") createTextField(el);
      if (tag === "button" || tag === "a" || node.role === "slider" || node.role === "textbox") {
        el.addEventListener("focus", () => hooks.focus(Number(el.dataset.widget)));
        el.addEventListener("blur", () => hooks.focus(0));
      }
      return el;
    }

    // A text field's element sends its whole text after each edit, except in the middle of a
    // composition (an input method, a dead key): then once the composition ends.
    function createTextField(el) {
      const state = { password: false, filled: false, sent: [], shown: undefined, composing: false };
      texts.set(el, state);
      const send = () => {
        if (el.readOnly) return;
        const text = el.value;
        if (!state.password) {  // a password is never kept here: the element holds it
          state.sent.push(text);
          if (state.sent.length > kSentKept) state.sent.shift();
        }
        hooks.setText(Number(el.dataset.widget), text);
      };
      el.addEventListener("input", (event) => {
        if (!event.isComposing) send();
      });
      el.addEventListener("compositionstart", () => { state.composing = true; });
      el.addEventListener("compositionend", () => {
        state.composing = false;
        send();
      });
      // Once focus has left, the module's text is the truth (it may have cut or changed what was
      // typed); two animation frames later the module has taken every edit sent before.
      el.addEventListener("blur", () => {
        requestAnimationFrame(() => requestAnimationFrame(() => {
          if (document.activeElement === el || state.password || state.shown === undefined) return;
          state.sent.length = 0;
          if (el.value !== state.shown) el.value = state.shown;
        }));
      });
    }

    // Brings the element's text in line with the module's without ever undoing typing: while
    // the user types, frames may show older text than the element holds. The element takes the
    // module's text when it is idle (no focus, nothing sent and not yet shown back), or when the
    // program changed the text (neither what the last frame showed nor anything sent).
    function syncText(el, state, node) {
      if (state.password) {
        // A password's text never comes from the module: the element is only emptied when the
        // program empties the field.
        const filled = node.filled === true;
        if (state.filled && !filled && !state.composing && el.value !== "") el.value = "";
        state.filled = filled;
        state.sent.length = 0;
        state.shown = undefined;
        return;
      }
      const text = node.value === undefined ? "" : node.value;
      const echoed = state.sent.lastIndexOf(text);
      if (echoed >= 0) state.sent.splice(0, echoed + 1);  // the module has taken these edits
      const changedByProgram = echoed < 0 && text !== state.shown;
      const idle = document.activeElement !== el && state.sent.length === 0;
      if ((changedByProgram || idle) && !state.composing && el.value !== text) el.value = text;
      if (changedByProgram) state.sent.length = 0;
      state.shown = text;
    }

    function applyTextField(el, node) {
      const state = texts.get(el);
      state.password = node.password === true;
      if (el.tagName === "INPUT") setAttr(el, "type", state.password ? "password" : "text");
      setAttr(el, "autocomplete", node.autocomplete || (state.password ? "current-password" : "off"));
      setAttr(el, "spellcheck", state.password ? "false" : null);
      setAttr(el, "autocapitalize", state.password ? "off" : null);
      setAttr(el, "placeholder", node.placeholder || null);
      setAttr(el, "maxlength", node.maxlength > 0 ? node.maxlength : null);
      setAttr(el, "aria-required", node.required ? "true" : null);
      if (el.readOnly !== (node.disabled === true)) el.readOnly = node.disabled === true;
      const font = node.font > 0 ? node.font : 17;
      const fontSize = (font * kCssFontPerImGuiFont).toFixed(2) + "px";
      const lineHeight = font + "px";
      if (el.style.fontSize !== fontSize) el.style.fontSize = fontSize;
      if (el.style.lineHeight !== lineHeight) el.style.lineHeight = lineHeight;
      syncText(el, state, node);
    }

    // Arrow keys, Page Up/Down, Home and End set a slider's value, as for a native range input.
    function sliderKey(el, event) {
      if (el.getAttribute("aria-disabled") === "true") return false;
      const min = Number(el.getAttribute("aria-valuemin"));
      const max = Number(el.getAttribute("aria-valuemax"));
      const now = Number(el.getAttribute("aria-valuenow"));
      const page = Math.max(1, Math.round((max - min) / 10));
      const steps = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: page, PageDown: -page };
      let value;
      if (event.key in steps) value = now + steps[event.key];
      else if (event.key === "Home") value = min;
      else if (event.key === "End") value = max;
      else return false;
      value = Math.min(max, Math.max(min, value));
      el.setAttribute("aria-valuenow", String(value));  // until the next frame confirms it
      hooks.setValue(Number(el.dataset.widget), value);
      return true;
    }

    function apply(el, node, key) {
      el.dataset.widget = String(node.id);
      // A slider, a progress bar or a text field is named by its label; other elements by their
      // content.
      const ranged = node.role === "slider" || node.role === "progressbar";
      const labelled = ranged || node.role === "textbox";
      if (!labelled && el.textContent !== node.name) el.textContent = node.name;
      setAttr(el, "lang", node.lang);
      if (node.role === "textbox") {
        setAttr(el, "aria-label", node.name);
        applyTextField(el, node);
      }
      if (ranged) {
        setAttr(el, "aria-label", node.name);
        setAttr(el, "aria-valuemin", node.min);
        setAttr(el, "aria-valuemax", node.max);
        setAttr(el, "aria-valuenow", node.now);
        setAttr(el, "aria-valuetext", node.value);
      } else if (node.role === "checkbox") {
        setAttr(el, "role", "checkbox");
        setAttr(el, "aria-checked", node.checked === undefined ? null : node.checked);
      } else {
        setAttr(el, "role", null);
        setAttr(el, "aria-checked", null);
      }
      setAttr(el, "aria-pressed", node.pressed === undefined ? null : node.pressed);
      setAttr(el, "aria-expanded", node.expanded === undefined ? null : node.expanded);
      setAttr(el, "aria-current", node.current ? "true" : null);
      setAttr(el, "aria-disabled", node.disabled ? "true" : null);
      setAttr(el, "aria-invalid", node.invalid ? "true" : null);
      describe(el, key, node.description, node.error);
      const style = el.style;
      const left = node.x + "px", top = node.y + "px", width = node.w + "px", height = node.h + "px";
      if (style.left !== left) style.left = left;
      if (style.top !== top) style.top = top;
      if (style.width !== width) style.width = width;
      if (style.height !== height) style.height = height;
    }

    function update(json) {
      const data = JSON.parse(json);
      if (document.documentElement.lang !== data.lang) document.documentElement.lang = data.lang;
      const seen = new Set();
      const occurrences = new Map();
      const order = [];
      let focusNow = null;  // the element whose widget newly asks for focus
      for (const node of data.nodes) {
        const n = occurrences.get(node.id) || 0;
        occurrences.set(node.id, n + 1);
        const key = n === 0 ? String(node.id) : node.id + "-" + n;
        const tag = tagFor(node);
        let el = elements.get(key);
        if (el && el.dataset.tag !== tag) {
          el.remove();
          el = undefined;
        }
        if (!el) {
          el = create(node, tag);
          elements.set(key, el);
        }
        apply(el, node, key);
        if (node.focus && !focusRequested.has(el)) focusNow = el;
        if (node.focus) focusRequested.add(el);
        else focusRequested.delete(el);
        seen.add(key);
        order.push(el);
      }
      // Widgets gone from the frame go first: left in place, one would make every element after
      // it move below, and a moved element loses focus.
      for (const [key, el] of elements) {
        if (!seen.has(key)) {
          el.remove();
          describe(el, key, null, null);
          elements.delete(key);
        }
      }
      // Keep DOM order equal to drawing order (reading and Tab order); move only when needed
      // so that the focused element keeps its focus.
      let previous = null;
      for (const el of order) {
        const expected = previous ? previous.nextSibling : root.firstChild;
        if (expected !== el) root.insertBefore(el, expected);
        previous = el;
      }
      // Once every element is in place: a request kept up over frames focuses once, so that the
      // user can move on.
      if (focusNow && document.activeElement !== focusNow) focusNow.focus({ preventScroll: true });
      announce(data.announce, data.urgent === true);
    }

    // The pointer over a layer element still belongs to the canvas for hovering and scrolling,
    // except the wheel over a text area that scrolls its own text.
    const forward = (event) => {
      const target = event.target;
      if (event.type === "wheel" && target.tagName === "TEXTAREA" &&
          target.scrollHeight > target.clientHeight) {
        return;
      }
      const Ctor = event.type === "wheel" ? WheelEvent : MouseEvent;
      canvas.dispatchEvent(new Ctor(event.type, event));
    };
    root.addEventListener("mousemove", forward);
    root.addEventListener("wheel", forward, { passive: true });
    root.addEventListener("mouseover", (event) => {
      canvas.dispatchEvent(new MouseEvent("mouseenter", event));
    });

    // Keys pressed on a layer element are the layer's (Tab, Enter, Space, a slider's arrows,
    // typing in a text field): GLFW, which listens on the window in the capture phase, must not
    // also hand them to ImGui. This listener is registered before GLFW's, so it runs first and
    // stops the event there; the browser's default actions (focus moves, button clicks, text
    // typed into a field) still happen. Tab anywhere moves DOM focus.
    for (const type of ["keydown", "keypress", "keyup"]) {
      window.addEventListener(type, (event) => {
        const target = event.target;
        const inLayer = root.contains(target);
        if (type === "keydown" && shortcutKey(event, inLayer)) {
          event.stopImmediatePropagation();
          return;
        }
        if (!inLayer && event.key !== "Tab") return;
        event.stopImmediatePropagation();
        if (!inLayer || type !== "keydown") return;
        if (target.getAttribute("role") === "slider" && sliderKey(target, event)) {
          event.preventDefault();
        } else if (target.tagName === "INPUT" && event.key === "Enter" && !event.isComposing &&
                   event.keyCode !== 229) {
          // Enter submits a single-line field (in a text area it starts a new line); the Enter
          // that confirms an input method's composition does not.
          event.preventDefault();
          if (!target.readOnly) hooks.activate(Number(target.dataset.widget));
        }
      }, true);
    }

    // Ctrl+K or Cmd+K anywhere on the page (in a text field too) opens the palette; Escape where
    // the layer or nothing has focus. The module gets them through the hook, and GLFW not at all
    // (it would hand ImGui a second copy). An input method's Escape cancels its composition and is
    // left to it. Returns true when the key was a shortcut.
    function shortcutKey(event, inLayer) {
      const composing = event.isComposing || event.keyCode === 229;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey &&
          (event.key === "k" || event.key === "K") && !composing) {
        event.preventDefault();
        hooks.shortcut(kShortcutPalette);
        return true;
      }
      const onBody = event.target === document.body || event.target === document.documentElement;
      if (event.key === "Escape" && (inLayer || onBody) && !composing) {
        event.preventDefault();
        hooks.shortcut(kShortcutEscape);
        return true;
      }
      return false;
    }

    return { update };
  }

  window.createA11yLayer = createA11yLayer;
})();
