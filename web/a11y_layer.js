// The accessible DOM layer. Each frame in which something changed, the wasm module sends the
// list of widgets it drew (role, name, state, rectangle); this keeps one DOM element per widget
// over the canvas, in drawing order. Screen readers read these elements, keyboard focus moves
// through them, and activating one (click, Enter, Space) acts on the same ImGui widget.
"use strict";

(function () {
  const kInteractive = new Set(["button", "checkbox"]);

  function tagFor(node) {
    if (kInteractive.has(node.role)) return "button";
    if (node.role === "slider") return "div";
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

    function describe(el, key, text) {
      const id = "a11y-desc-" + key;
      let desc = document.getElementById(id);
      if (!text) {
        if (desc) desc.remove();
        setAttr(el, "aria-describedby", null);
        return;
      }
      if (!desc) {
        desc = document.createElement("span");
        desc.id = id;
        descriptions.appendChild(desc);
      }
      if (desc.textContent !== text) desc.textContent = text;
      setAttr(el, "aria-describedby", id);
    }

    function create(node, tag) {
      const el = document.createElement(tag);
      el.dataset.tag = tag;
      el.style.position = "absolute";  // placed over its widget (see apply)
      if (tag === "button") {
        el.type = "button";
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
      if (tag === "button" || node.role === "slider") {
        el.addEventListener("focus", () => hooks.focus(Number(el.dataset.widget)));
        el.addEventListener("blur", () => hooks.focus(0));
      }
      return el;
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
      if (node.role !== "slider" && el.textContent !== node.name) el.textContent = node.name;
      setAttr(el, "lang", node.lang);
      if (node.role === "slider") {
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
      setAttr(el, "aria-disabled", node.disabled ? "true" : null);
      describe(el, key, node.description);
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
      let previous = null;
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
        seen.add(key);
        // Keep DOM order equal to drawing order (reading and Tab order); move only when needed
        // so that the focused element keeps its focus.
        const expected = previous ? previous.nextSibling : root.firstChild;
        if (expected !== el) root.insertBefore(el, expected);
        previous = el;
      }
      for (const [key, el] of elements) {
        if (!seen.has(key)) {
          el.remove();
          describe(el, key, null);
          elements.delete(key);
        }
      }
    }

    // The pointer over a layer element still belongs to the canvas for hovering and scrolling.
    const forward = (event) => {
      const Ctor = event.type === "wheel" ? WheelEvent : MouseEvent;
      canvas.dispatchEvent(new Ctor(event.type, event));
    };
    root.addEventListener("mousemove", forward);
    root.addEventListener("wheel", forward, { passive: true });
    root.addEventListener("mouseover", (event) => {
      canvas.dispatchEvent(new MouseEvent("mouseenter", event));
    });

    // Keys pressed on a layer element are the layer's (Tab, Enter, Space, a slider's arrows):
    // GLFW, which listens on the window in the capture phase, must not also hand them to ImGui.
    // This listener is registered before GLFW's, so it runs first and stops the event there;
    // the browser's default actions (focus moves, button clicks) still happen. Tab anywhere
    // moves DOM focus.
    for (const type of ["keydown", "keypress", "keyup"]) {
      window.addEventListener(type, (event) => {
        const inLayer = root.contains(event.target);
        if (!inLayer && event.key !== "Tab") return;
        event.stopImmediatePropagation();
        if (inLayer && type === "keydown" && event.target.getAttribute("role") === "slider" &&
            sliderKey(event.target, event)) {
          event.preventDefault();
        }
      }, true);
    }

    return { update };
  }

  window.createA11yLayer = createA11yLayer;
})();
