// Keyboard use of a month grid (the ARIA grid pattern): the grid is ONE tab stop, and the arrow keys,
// Home and End (with Ctrl, the grid's first and last cell) move between its cells. A cell holding a
// button or link is focused through it, so Enter or Space does what a click does (the rota grid's
// shift picker, a "who can cover" link); any other cell takes the focus itself. Works on every
// table.grid[role=grid]: the rota grid, and any other page's grid built on the same classes.
"use strict";

(function () {
  const interactive = "button, a[href], input, select, textarea, [tabindex]";

  /** What takes the focus for a cell: its button or link, else the cell itself. */
  function target(cell) {
    return cell.querySelector("button, a[href], input, select, textarea") || cell;
  }

  function setUp(table) {
    let current = null;

    function makeCurrent(cell) {
      if (current && current !== cell) target(current).setAttribute("tabindex", "-1");
      current = cell;
      target(cell).setAttribute("tabindex", "0");
    }

    // Everything focusable inside leaves the tab order, then one cell (the first AMHP's first day) is the tab stop.
    function tidy() {
      for (const element of table.querySelectorAll(interactive)) {
        if (!current || element !== target(current)) element.setAttribute("tabindex", "-1");
      }
      for (const cell of table.querySelectorAll("th, td")) {
        if (target(cell) === cell && (!current || cell !== current)) cell.setAttribute("tabindex", "-1");
      }
      if (!current || !table.contains(current)) {
        const first = table.tBodies.length > 0 && table.tBodies[0].rows.length > 0
          ? table.tBodies[0].rows[0].cells[Math.min(1, table.tBodies[0].rows[0].cells.length - 1)]
          : table.querySelector("th, td");
        if (first) makeCurrent(first);
      } else {
        target(current).setAttribute("tabindex", "0");
      }
    }

    function move(cell) {
      if (!cell) return;
      makeCurrent(cell);
      target(cell).focus();
    }

    table.addEventListener("keydown", (event) => {
      const cell = event.target.closest("th, td");
      if (!cell || !table.contains(cell)) return;
      const rows = Array.from(table.rows);
      const row = rows.indexOf(cell.parentElement);
      const column = cell.cellIndex;
      const at = (r, c) => {
        const line = rows[Math.max(0, Math.min(rows.length - 1, r))];
        return line.cells[Math.max(0, Math.min(line.cells.length - 1, c))];
      };
      let next = null;
      switch (event.key) {
        case "ArrowRight": next = at(row, column + 1); break;
        case "ArrowLeft": next = at(row, column - 1); break;
        case "ArrowDown": next = at(row + 1, column); break;
        case "ArrowUp": next = at(row - 1, column); break;
        case "Home": next = event.ctrlKey ? at(0, 0) : at(row, 0); break;
        case "End": next = event.ctrlKey ? at(rows.length - 1, Infinity) : at(row, Infinity); break;
        case "PageDown": next = at(row + 5, column); break;
        case "PageUp": next = at(row - 5, column); break;
        default: return;
      }
      event.preventDefault();
      move(next);
    });

    // A click (or the picker handing focus back) makes that cell the tab stop.
    table.addEventListener("focusin", (event) => {
      const cell = event.target.closest("th, td");
      if (cell && table.contains(cell) && cell !== current) makeCurrent(cell);
    });

    // Redrawn cells (a new "who can cover" link after an edit) must not add tab stops.
    new MutationObserver(tidy).observe(table, { childList: true, subtree: true });
    tidy();
  }

  for (const table of document.querySelectorAll("table.grid[role=grid]")) setUp(table);
})();
