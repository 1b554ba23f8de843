// The web page's script: plain JavaScript, no framework, nothing fetched. The exporter
// wraps it as (function () { <this file> medmapMap(root, data, fullPage); })().
//
// Everything a reader sees was decided by medmap's core at export time: the SVG markup of
// every layer (painted by the same painter as the SVG export), each state's fill and class,
// the legend, title and source line, the tooltip lines (the window's state report) and the
// data table's texts. This script only picks the layer and shows those texts; it never
// classifies, colours or formats a number.
"use strict";

/* exported medmapMap */
function medmapMap(root, data, fullPage) {
  const strings = data.strings;
  const unpacked = [];
  const elements = data.elements;
  const paints = data.paints;
  const svg = root.querySelector("svg.medmap-figure");
  const figure = root.querySelector(".medmap-body");
  const marks = root.querySelector(".medmap-marks");
  const tip = root.querySelector(".medmap-tip");
  const table = root.querySelector(".medmap-data");
  const toggle = root.querySelector(".medmap-toggle");
  const selects = {
    specialty: root.querySelector("select[data-part=specialty]"),
    metric: root.querySelector("select[data-part=metric]"),
    year: root.querySelector("select[data-part=year]"),
  };
  const layerByKey = new Map(data.layers.map((layer, i) => [layer.key, i]));
  const stateByUsps = new Map(data.states.map((state, i) => [state[0], i]));
  const digitValue = new Int8Array(128).fill(-1);
  for (let i = 0; i < data.digits.length; i++) digitValue[data.digits.charCodeAt(i)] = i;
  let current = data.initial;
  let shown = null; // the state whose tooltip is up
  let pinned = null; // the state pinned with Enter or a click

  // A list of indices, unpacked when first needed (the format: src/export/packed_list.hpp):
  // each number plus one in base 32, its last digit from the first half of data.digits.
  function list(index) {
    let out = unpacked[index];
    if (out) return out;
    out = [];
    const text = data.lists[index];
    let number = 0;
    for (let i = 0; i < text.length; i++) {
      const digit = digitValue[text.charCodeAt(i)];
      if (digit >= 32) {
        number = number * 32 + digit - 32;
      } else {
        out.push(number * 32 + digit - 1);
        number = 0;
      }
    }
    unpacked[index] = out;
    return out;
  }

  // The layer's SVG: its markup pieces in paint order, each template given the layer's
  // fill, data-class and data-value (as layer_markup does in C++ for the first view).
  function layerMarkup(layer) {
    const attributes = list(layer.a);
    let k = 0;
    let out = "";
    for (const index of list(layer.e)) {
      const piece = elements[index];
      const slot = piece.indexOf("\u0001");
      if (slot < 0) {
        out += piece;
        continue;
      }
      let extra = paints[attributes[k]] + ' data-class="' + strings[attributes[k + 1]] + '"';
      if (attributes[k + 2] >= 0) extra += ' data-value="' + strings[attributes[k + 2]] + '"';
      k += 3;
      out += piece.slice(0, slot) + extra + piece.slice(slot + 1);
    }
    return out;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fillTable(layer) {
    const caption = table.querySelector("caption");
    caption.textContent = strings[layer.title];
    table.querySelector("thead th:nth-child(2)").textContent = strings[layer.unit];
    const values = list(layer.v);
    const classes = list(layer.k);
    const rows = document.createDocumentFragment();
    data.states.forEach((state, i) => {
      const row = element("tr");
      const name = element("th", "", state[1]);
      name.scope = "row";
      row.append(name, element("td", "", strings[values[i]]), element("td", "", strings[classes[i]]));
      rows.append(row);
    });
    table.querySelector("tbody").replaceChildren(rows);
  }

  // The window's tooltip for a state: heading, subheading, then label, value, comparison, rank.
  function fillTip(state) {
    const report = list(list(data.layers[current].r)[state]);
    const lines = element("div", "medmap-lines");
    for (const line of report.slice(2)) {
      const [label, value, comparison, rank] = list(line);
      lines.append(
        element("span", "medmap-label", strings[label]),
        element("span", "medmap-value", strings[value]),
        element("span", "medmap-cmp", strings[comparison]),
        element("span", "medmap-rank", strings[rank])
      );
    }
    const parts = [
      element("div", "medmap-heading", strings[report[0]]),
      element("div", "medmap-sub", strings[report[1]]),
      lines,
    ];
    if (pinned === state) parts.push(element("div", "medmap-pinned", "Pinned: Esc to release"));
    tip.replaceChildren(...parts);
  }

  // Beside the pointer; on a narrow screen, where it would hide most of the map, under it.
  function place(x, y) {
    const box = root.getBoundingClientRect();
    if (box.width < 700) {
      tip.style.left = "0px";
      tip.style.top = svg.getBoundingClientRect().bottom - box.top + 4 + "px";
      return;
    }
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    let left = x - box.left + 16;
    let top = y - box.top + 16;
    if (left + width > box.width) left = Math.max(0, x - box.left - width - 16);
    if (top + height > box.height) top = Math.max(0, y - box.top - height - 16);
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function show(state, x, y) {
    shown = state;
    fillTip(state);
    tip.hidden = false;
    place(x, y);
    marks.innerHTML = elements[data.highlights[state]];
  }

  function hide() {
    shown = null;
    tip.hidden = true;
    marks.innerHTML = "";
  }

  function stateOf(node) {
    const shape = node && node.closest ? node.closest("[data-usps]") : null;
    return shape ? stateByUsps.get(shape.getAttribute("data-usps")) : undefined;
  }

  function showAtShape(node, state) {
    const box = node.getBoundingClientRect();
    show(state, box.left + box.width / 2, box.top + box.height / 2);
  }

  function showLayer(index) {
    current = index;
    const layer = data.layers[index];
    figure.innerHTML = layerMarkup(layer);
    const [specialty, metric, year] = layer.key.split("/");
    selects.specialty.value = specialty;
    selects.metric.value = metric;
    selects.year.value = year;
    if (fullPage) document.title = strings[layer.title];
    fillTable(layer);
    if (shown !== null) {
      fillTip(shown);
      marks.innerHTML = elements[data.highlights[shown]];
    }
  }

  function onSelect() {
    const key = selects.specialty.value + "/" + selects.metric.value + "/" + selects.year.value;
    if (layerByKey.has(key)) showLayer(layerByKey.get(key));
  }

  function dimOthers(classKey) {
    for (const shape of figure.querySelectorAll("[data-usps]"))
      shape.classList.toggle("medmap-dim", classKey !== null && shape.getAttribute("data-class") !== classKey);
  }

  svg.addEventListener("mousemove", (event) => {
    if (pinned !== null) return;
    const state = stateOf(event.target);
    if (state === undefined) hide();
    else show(state, event.clientX, event.clientY);
  });
  svg.addEventListener("mouseleave", () => {
    if (pinned === null) hide();
  });
  svg.addEventListener("click", (event) => {
    const state = stateOf(event.target);
    if (state === undefined) return;
    pinned = pinned === state ? null : state;
    show(state, event.clientX, event.clientY);
  });
  svg.addEventListener("focusin", (event) => {
    const state = stateOf(event.target);
    if (state === undefined) return;
    event.target.setAttribute("aria-describedby", tip.id);
    if (pinned === null) showAtShape(event.target, state);
  });
  svg.addEventListener("focusout", () => {
    if (pinned === null) hide();
  });
  root.addEventListener("keydown", (event) => {
    const state = stateOf(event.target);
    if (event.key === "Enter" && state !== undefined) {
      pinned = pinned === state ? null : state;
      showAtShape(event.target, state);
      event.preventDefault();
    } else if (event.key === "Escape" && (pinned !== null || shown !== null)) {
      pinned = null;
      if (state !== undefined) showAtShape(event.target, state);
      else hide();
      event.preventDefault();
    }
  });
  // Legend swatches carry data-class and no data-usps: hovering one dims the other classes.
  svg.addEventListener("mouseover", (event) => {
    const swatch = event.target.closest ? event.target.closest("[data-class]:not([data-usps])") : null;
    dimOthers(swatch ? swatch.getAttribute("data-class") : null);
  });
  for (const select of Object.values(selects)) select.addEventListener("change", onSelect);
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "Hide the data" : "Show the data";
    table.classList.toggle("medmap-hidden", !open);
  });
  root.setAttribute("data-ready", String(performance.now()));
}
