// The rota grid: a manager clicks a cell of a draft, picks a shift (or off), and the page redraws
// the cells, coverage, counts, violations and short shifts from the re-checked rota the API returns.
// Publish and delete call the API too. The drawing rules mirror Pages/RotaGridView.swift.
"use strict";

(function () {
  const section = document.getElementById("rota");
  const rotaID = section.dataset.rotaId;
  const editable = section.dataset.editable === "true";
  const grid = document.getElementById("rota-grid");

  const absenceCodes = { annual: "AL", sickness: "SK", training: "TR", toil: "TL" };

  function dayLabel(weekdays, date) {
    return weekdays[date] ? weekdays[date] + " " + date : date;
  }

  function cellText(cell) {
    if (cell.shift) return cell.shift + (cell.coordinator ? "*" : "");
    return cell.absence ? absenceCodes[cell.absence] || "AB" : "";
  }

  function cellClasses(cell, shiftIndex) {
    const classes = ["cell"];
    if (cell.shift) classes.push("shift-" + (shiftIndex[cell.shift] || 0));
    if (cell.coordinator) classes.push("coordinator");
    if (cell.absence) classes.push("absent");
    if (cell.hard_violation) classes.push("hard");
    return classes.join(" ");
  }

  function cellTitle(cell, weekdays) {
    const parts = [dayLabel(weekdays, cell.date)];
    if (cell.shift) parts.push(cell.shift + (cell.coordinator ? " (coordinator)" : ""));
    if (cell.absence) parts.push("absent: " + cell.absence);
    if (cell.hard_violation) parts.push("breaks a hard rule");
    return parts.join(" · ");
  }

  function coverClasses(line) {
    const classes = ["cover"];
    if (line.short_by > 0) classes.push("short");
    if (line.coordinator_required && !line.coordinator_present) classes.push("nocoord");
    return classes.join(" ");
  }

  function coverTitle(line) {
    let text = line.assigned + " on shift; minimum " + line.minimum + ", target " + line.target;
    if (line.short_by > 0) text += "; short by " + line.short_by;
    if (line.coordinator_required && !line.coordinator_present) text += "; no coordinator";
    return text;
  }

  function banner(hardCount, isDraft) {
    if (hardCount === 0) return isDraft ? "No hard-rule violations: this draft can be published." : "No hard-rule violations.";
    return hardCount + " hard violation" + (hardCount === 1 ? "" : "s") + ": put " + (hardCount === 1 ? "it" : "them") + " right before publishing.";
  }

  function coverSummary(coverage) {
    const met = coverage.filter((line) => line.short_by === 0).length;
    const noCoordinator = coverage.filter((line) => line.coordinator_required && !line.coordinator_present).length;
    return "Minimum cover met on " + met + " of " + coverage.length + " shifts" + (noCoordinator > 0 ? "; " + noCoordinator + " without a coordinator." : ".");
  }

  function violationItem(violation) {
    const item = document.createElement("li");
    if (violation.severity === "hard") item.className = "hard";
    const rule = document.createElement("code");
    rule.textContent = violation.rule;
    item.append(rule, " " + violation.message);
    return item;
  }

  function shortfallItem(shortfall, weekdays) {
    const parts = [];
    if (shortfall.short_by > 0) parts.push("short by " + shortfall.short_by + " (" + shortfall.assigned + " of " + shortfall.minimum + " AMHPs)");
    if (shortfall.missing_coordinator) parts.push("no coordinator on shift");
    const item = document.createElement("li");
    const heading = document.createElement("strong");
    heading.textContent = dayLabel(weekdays, shortfall.date) + " " + shortfall.shift_name;
    const reasons = document.createElement("span");
    reasons.className = "muted";
    reasons.textContent = "Others: " + (shortfall.summary || "none on the rota could count towards it");
    item.append(heading, ": " + parts.join("; "), document.createElement("br"), reasons);
    return item;
  }

  /** Redraws everything the check decides from a RotaDetail (GET or PUT answer). */
  function apply(detail) {
    const weekdays = Object.fromEntries(detail.days.map((day) => [day.date, day.weekday]));
    const shiftIndex = Object.fromEntries(detail.shift_types.map((shift, index) => [shift.code, index]));
    const isDraft = detail.rota.status === "draft";

    const bannerElement = document.getElementById("check-banner");
    bannerElement.textContent = banner(detail.hard_violation_count, isDraft);
    bannerElement.className = "banner " + (detail.hard_violation_count === 0 ? "ok" : "bad");
    document.getElementById("hard-count").textContent = detail.hard_violation_count;
    document.getElementById("soft-count").textContent = detail.soft_violation_count;
    document.getElementById("soft-summary-count").textContent = detail.soft_violation_count;
    document.getElementById("objective").textContent = AMHP.objective(detail.objective);
    document.getElementById("cover-summary").textContent = coverSummary(detail.coverage);

    for (const person of detail.people) {
      for (const cell of person.cells) {
        const element = document.getElementById("cell-" + person.amhp_id + "-" + cell.date);
        if (!element) continue;
        element.className = cellClasses(cell, shiftIndex);
        element.title = cellTitle(cell, weekdays);
        element.dataset.shift = cell.shift || "";
        element.dataset.coordinator = String(cell.coordinator);
        const target = element.querySelector("button") || element;
        target.textContent = cellText(cell);
        if (target !== element) target.setAttribute("aria-label", person.name + ", " + element.title);
      }
      document.getElementById("shifts-" + person.amhp_id).textContent = person.shifts;
      document.getElementById("hours-" + person.amhp_id).textContent = AMHP.hours(person.hours);
    }

    const coverage = Object.fromEntries(detail.coverage.map((line) => [line.shift + "|" + line.date, line]));
    for (const shift of detail.shift_types) {
      for (const day of detail.days) {
        const element = document.getElementById("cover-" + shift.code + "-" + day.date);
        const line = coverage[shift.code + "|" + day.date];
        if (!element || !line) continue;
        element.className = coverClasses(line);
        element.title = coverTitle(line);
        element.textContent = line.assigned + "/" + line.minimum;
      }
    }

    const hard = detail.violations.filter((violation) => violation.severity === "hard");
    const soft = detail.violations.filter((violation) => violation.severity !== "hard");
    document.getElementById("hard-violations").replaceChildren(...hard.map(violationItem));
    document.getElementById("no-hard-violations").hidden = hard.length > 0;
    document.getElementById("soft-violations").replaceChildren(...soft.map(violationItem));
    document.getElementById("shortfalls").replaceChildren(...detail.shortfalls.map((shortfall) => shortfallItem(shortfall, weekdays)));
    document.getElementById("no-shortfalls").hidden = detail.shortfalls.length > 0;
  }

  // Publishing and deleting are for drafts only; the buttons are not on the page otherwise.
  const publish = document.getElementById("publish");
  const publishError = document.getElementById("publish-error");
  if (publish) {
    publish.addEventListener("click", async () => {
      AMHP.clear(publishError);
      publish.disabled = true;
      try {
        await AMHP.call("POST", "/api/rotas/" + rotaID + "/publish");
        // Reloaded, the page shows the published rota read-only, as staff now see it.
        window.location.reload();
      } catch (error) {
        publish.disabled = false;
        AMHP.showError(publishError, error);
      }
    });
  }

  const remove = document.getElementById("delete-draft");
  if (remove) {
    remove.addEventListener("click", async () => {
      if (!window.confirm("Delete this draft? This cannot be undone.")) return;
      AMHP.clear(publishError);
      try {
        await AMHP.call("DELETE", "/api/rotas/" + rotaID);
        window.location.assign("/rotas");
      } catch (error) {
        AMHP.showError(publishError, error);
      }
    });
  }

  if (!editable) return;

  const picker = document.getElementById("shift-picker");
  const pickerTitle = document.getElementById("picker-title");
  const coordinator = document.getElementById("pick-coordinator");
  const pickerProblems = document.getElementById("picker-problems");
  let chosen = null;  // the <td> being changed

  function openPicker(cell) {
    chosen = cell;
    const name = cell.closest("tr").querySelector("th.name").firstChild.textContent.trim();
    pickerTitle.textContent = name + " · " + cell.title;
    coordinator.checked = cell.dataset.coordinator === "true";
    AMHP.clear(pickerProblems);
    for (const button of picker.querySelectorAll(".pick")) {
      button.setAttribute("aria-pressed", String(button.dataset.shift === cell.dataset.shift));
    }
    // Beside the cell, kept inside the window.
    const box = cell.getBoundingClientRect();
    picker.hidden = false;
    const left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - picker.offsetWidth - 8);
    picker.style.left = Math.max(8, left) + "px";
    picker.style.top = box.bottom + window.scrollY + 4 + "px";
    picker.querySelector(".pick").focus();
  }

  function closePicker() {
    picker.hidden = true;
    const button = chosen && chosen.querySelector("button");
    chosen = null;
    if (button) button.focus();
  }

  async function change(shift) {
    const cell = chosen;
    AMHP.clear(pickerProblems);
    for (const button of picker.querySelectorAll("button")) button.disabled = true;
    try {
      const detail = await AMHP.call("PUT", "/api/rotas/" + rotaID + "/assignments", {
        amhp_id: cell.dataset.amhpId,
        date: cell.dataset.date,
        shift: shift || null,
        coordinator: Boolean(shift) && coordinator.checked,
      });
      apply(detail);
      closePicker();
    } catch (error) {
      AMHP.showError(pickerProblems, error);
    } finally {
      for (const button of picker.querySelectorAll("button")) button.disabled = false;
    }
  }

  grid.addEventListener("click", (event) => {
    const button = event.target.closest(".cell-button");
    if (button) openPicker(button.closest("td"));
  });
  for (const button of picker.querySelectorAll(".pick")) {
    button.addEventListener("click", () => change(button.dataset.shift));
  }
  document.getElementById("pick-close").addEventListener("click", closePicker);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !picker.hidden) closePicker();
  });
})();
