// The rota grid: a manager clicks a cell of a draft, picks a shift (or off), and the page redraws
// the cells, coverage and duty, counts, violations, short shifts, enhancement cost and quality
// section from the re-checked rota the API returns. Publish and delete call the API too. The
// drawing rules mirror Pages/RotaGridView.swift and Pages/RotaQualityView.swift.
"use strict";

(function () {
  const section = document.getElementById("rota");
  const rotaID = section.dataset.rotaId;
  const editable = section.dataset.editable === "true";
  const coverLinks = section.dataset.coverLinks === "true";
  const grid = document.getElementById("rota-grid");

  const absenceCodes = { annual: "AL", sickness: "SK", training: "TR", toil: "TL" };

  function dayLabel(weekdays, date) {
    return weekdays[date] ? weekdays[date] + " " + date : date;
  }

  function cellText(cell) {
    if (cell.shift) return cell.shift + (cell.coordinator ? "*" : "");
    return cell.absence ? absenceCodes[cell.absence] || "AB" : "";
  }

  function cellClasses(cell, shiftIndex, dutyCodes) {
    const classes = ["cell"];
    if (cell.shift) classes.push("shift-" + (shiftIndex[cell.shift] || 0));
    if (cell.shift && dutyCodes.has(cell.shift)) classes.push("duty");
    if (cell.coordinator) classes.push("coordinator");
    if (cell.absence) classes.push("absent");
    if (cell.hard_violation) classes.push("hard");
    return classes.join(" ");
  }

  function cellTitle(cell, weekdays, dutyCodes) {
    const parts = [dayLabel(weekdays, cell.date)];
    if (cell.shift) parts.push(cell.shift + (cell.coordinator ? " (coordinator)" : "") + (dutyCodes.has(cell.shift) ? " (duty, not cover)" : ""));
    if (cell.absence) parts.push("absent: " + cell.absence);
    if (cell.hard_violation) parts.push("breaks a hard rule");
    return parts.join(" · ");
  }

  function isNoDutyDay(line) {
    return line.duty && line.maximum === 0 && line.assigned === 0;
  }

  function coverText(line) {
    if (isNoDutyDay(line)) return "";
    return line.assigned + "/" + (line.duty ? line.maximum : line.minimum);
  }

  function coverClasses(line) {
    const classes = ["cover"];
    if (line.duty) classes.push("duty");
    if (line.short_by > 0) classes.push("short");
    if (line.coordinator_required && !line.coordinator_present) classes.push("nocoord");
    if (!line.duty && line.assigned > line.target && line.assigned <= line.maximum) classes.push("over");
    if (line.assigned > line.maximum) classes.push("overmax");
    return classes.join(" ");
  }

  function coverTitle(line) {
    if (isNoDutyDay(line)) return "No duty on this day.";
    if (line.duty) {
      return line.assigned + " on duty, at most " + line.maximum + "; duty is not cover"
        + (line.assigned > line.maximum ? "; over the cap by " + (line.assigned - line.maximum) : "");
    }
    let text = line.assigned + " on shift; minimum " + line.minimum + ", target " + line.target + ", maximum " + line.maximum;
    if (line.short_by > 0) text += "; short by " + line.short_by;
    if (line.coordinator_required && !line.coordinator_present) text += "; no coordinator";
    if (line.assigned > line.maximum) text += "; over the maximum by " + (line.assigned - line.maximum);
    else if (line.assigned > line.target) text += "; " + (line.assigned - line.target) + " above target";
    return text;
  }

  function shiftsTitle(person) {
    if (!(person.duty_shifts > 0)) return "";
    return (person.shifts - person.duty_shifts) + " rota, " + person.duty_shifts + " duty (" + AMHP.hours(person.duty_hours) + " h)";
  }

  function pounds(value) {
    return "£" + Number(value).toFixed(2);
  }

  function count(value, singular) {
    return value + " " + singular + (value === 1 ? "" : "s");
  }

  /** The quality section's lines, as RotaQualityView words them. */
  function qualityLines(quality, weekdays) {
    let overTarget;
    if (quality.shifts_over_target.length === 0) {
      overTarget = "None.";
    } else {
      const excess = (line) => line.assigned - line.target;
      const worst = [...quality.shifts_over_target]
        .sort((a, b) => excess(b) - excess(a) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(0, 5)
        .map((line) => line.shift + " " + dayLabel(weekdays, line.date) + " " + line.assigned + " (target " + line.target + ")");
      overTarget = count(quality.shifts_over_target.length, "shift") + ", " + count(quality.people_over_target, "AMHP")
        + " above target in all; most: " + worst.join("; ") + ".";
    }
    if (quality.shifts_over_maximum > 0) {
      overTarget += " " + count(quality.shifts_over_maximum, "shift") + " over the maximum (a hard rule: see the violations).";
    }
    const busiest = quality.busiest
      ? quality.busiest.assigned + " on " + quality.busiest.shift + " " + dayLabel(weekdays, quality.busiest.date)
        + " (target " + quality.busiest.target + ")."
      : "No rota shifts.";
    const s = quality.surplus;
    const surplus = AMHP.hours(s.total) + " h: on duty " + AMHP.hours(s.on_duty) + " h, above target " + AMHP.hours(s.above_target)
      + " h, unplanned " + AMHP.hours(s.unplanned) + " h; over contract " + AMHP.hours(s.over_contract) + " h.";
    const costs = quality.enhancement_by_employer;
    const total = pounds(costs.reduce((sum, cost) => sum + cost.pounds, 0));
    const parts = costs.filter((cost) => cost.pounds > 0).map((cost) => cost.employer + " " + pounds(cost.pounds));
    const enhancement = parts.length === 0 ? total : total + " (" + parts.join("; ") + ")";
    return { overTarget, busiest, surplus, enhancement };
  }

  function idleItem(idle) {
    const item = document.createElement("li");
    const name = document.createElement("strong");
    name.textContent = idle.name;
    const id = document.createElement("span");
    id.className = "muted";
    id.textContent = idle.amhp_id;
    item.append(name, " ", id, ": " + idle.reason);
    return item;
  }

  function applyQuality(quality, weekdays) {
    const section = document.getElementById("quality");
    if (!section || !quality) return;
    const lines = qualityLines(quality, weekdays);
    document.getElementById("quality-over-target").textContent = lines.overTarget;
    document.getElementById("quality-busiest").textContent = lines.busiest;
    document.getElementById("quality-surplus").textContent = lines.surplus;
    document.getElementById("quality-enhancement").textContent = lines.enhancement;
    document.getElementById("quality-idle").replaceChildren(...quality.idle.map(idleItem));
    document.getElementById("no-idle").hidden = quality.idle.length > 0;
    const warning = document.getElementById("quality-warning");
    warning.textContent = quality.weight_warning || "";
    warning.hidden = !quality.weight_warning;
  }

  function banner(hardCount, isDraft) {
    if (hardCount === 0) return isDraft ? "No hard-rule violations: this draft can be published." : "No hard-rule violations.";
    return hardCount + " hard violation" + (hardCount === 1 ? "" : "s") + ": put " + (hardCount === 1 ? "it" : "them") + " right before publishing.";
  }

  function coverSummary(coverage) {
    const rota = coverage.filter((line) => !line.duty);
    const met = rota.filter((line) => line.short_by === 0).length;
    const noCoordinator = rota.filter((line) => line.coordinator_required && !line.coordinator_present).length;
    return "Minimum cover met on " + met + " of " + rota.length + " shifts" + (noCoordinator > 0 ? "; " + noCoordinator + " without a coordinator." : ".");
  }

  function violationItem(violation) {
    const item = document.createElement("li");
    if (violation.severity === "hard") item.className = "hard";
    const rule = document.createElement("code");
    rule.textContent = violation.rule;
    item.append(rule, " " + violation.message);
    return item;
  }

  /** The "Who can cover" page for one shift, as RotaGridView.coverLink writes it. */
  function coverLink(date, shift) {
    return "/rotas/" + rotaID + "/cover?" + new URLSearchParams({ date: date, shift: shift }).toString();
  }

  function coverAnchor(text, href, label) {
    const anchor = document.createElement("a");
    anchor.className = "cover-link";
    anchor.href = href;
    anchor.textContent = text;
    if (label) anchor.setAttribute("aria-label", label);
    return anchor;
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
    item.append(heading, ": " + parts.join("; "));
    if (coverLinks) item.append(" · ", coverAnchor("Who can cover", coverLink(shortfall.date, shortfall.shift)));
    item.append(document.createElement("br"), reasons);
    return item;
  }

  /** Redraws everything the check decides from a RotaDetail (GET or PUT answer). */
  function apply(detail) {
    const weekdays = Object.fromEntries(detail.days.map((day) => [day.date, day.weekday]));
    const shiftIndex = Object.fromEntries(detail.shift_types.map((shift, index) => [shift.code, index]));
    const dutyCodes = new Set(detail.shift_types.filter((shift) => shift.kind === "duty").map((shift) => shift.code));
    const isDraft = detail.rota.status === "draft";

    const bannerElement = document.getElementById("check-banner");
    bannerElement.textContent = banner(detail.hard_violation_count, isDraft);
    bannerElement.className = "banner " + (detail.hard_violation_count === 0 ? "ok" : "bad");
    document.getElementById("hard-count").textContent = detail.hard_violation_count;
    document.getElementById("soft-count").textContent = detail.soft_violation_count;
    document.getElementById("soft-summary-count").textContent = detail.soft_violation_count;
    document.getElementById("rota-summary").textContent = detail.summary;
    document.getElementById("cover-summary").textContent = coverSummary(detail.coverage);
    document.getElementById("enhancement-cost").textContent = pounds(detail.enhancement_cost);

    for (const person of detail.people) {
      for (const cell of person.cells) {
        const element = document.getElementById("cell-" + person.amhp_id + "-" + cell.date);
        if (!element) continue;
        element.className = cellClasses(cell, shiftIndex, dutyCodes);
        element.title = cellTitle(cell, weekdays, dutyCodes);
        element.dataset.shift = cell.shift || "";
        element.dataset.coordinator = String(cell.coordinator);
        const target = element.querySelector("button") || element;
        target.textContent = cellText(cell);
        if (target !== element) target.setAttribute("aria-label", person.name + ", " + element.title);
      }
      const shifts = document.getElementById("shifts-" + person.amhp_id);
      shifts.textContent = person.shifts;
      shifts.title = shiftsTitle(person);
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
        if (coverLinks && !line.duty && line.short_by > 0) {
          element.replaceChildren(coverAnchor(coverText(line), coverLink(line.date, line.shift),
            "Who can cover: " + shift.name + " " + element.title));
        } else {
          element.textContent = coverText(line);
        }
      }
    }
    applyQuality(detail.quality, weekdays);

    const hard = detail.violations.filter((violation) => violation.severity === "hard");
    const soft = detail.violations.filter((violation) => violation.severity !== "hard");
    document.getElementById("hard-violations").replaceChildren(...hard.map(violationItem));
    document.getElementById("no-hard-violations").hidden = hard.length > 0;
    document.getElementById("soft-violations").replaceChildren(...soft.map(violationItem));
    document.getElementById("shortfalls").replaceChildren(...detail.shortfalls.map((shortfall) => shortfallItem(shortfall, weekdays)));
    document.getElementById("no-shortfalls").hidden = detail.shortfalls.length > 0;
  }

  // Deleting is for drafts only; the button is not on the page otherwise. Publishing is a plain
  // form that asks for confirmation on a page of its own (RotaPublishPage), so it needs no script.
  const publishError = document.getElementById("publish-error");

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
  let asked = 0;  // which opening of the picker the choices answer, so a late answer is dropped

  /** "breaks rest.daily" or the signed change in the objective, as CoverText.verdict says it. */
  function verdict(choice) {
    if (choice.breaks.length > 0) return "breaks " + [...new Set(choice.breaks.map((broken) => broken.rule))].join(", ");
    const change = choice.objective_change;
    if (Math.abs(change) < 1e-9) return "no change";
    return (change > 0 ? "+" : "") + AMHP.objective(change);
  }

  /** Each choice's button says, before the click, what it would break or cost (GET .../choices). */
  async function showChoices(cell) {
    const asking = ++asked;
    for (const note of picker.querySelectorAll(".pick-effect")) note.textContent = "…";
    try {
      const answer = await AMHP.call("GET", "/api/rotas/" + rotaID + "/cells/" + encodeURIComponent(cell.dataset.amhpId)
        + "/" + cell.dataset.date + "/choices");
      if (asking !== asked) return;
      for (const choice of answer.choices) {
        const button = document.getElementById("pick-" + (choice.shift || "off"));
        if (!button) continue;
        const note = button.querySelector(".pick-effect");
        note.textContent = verdict(choice);
        button.classList.toggle("breaks", choice.breaks.length > 0);
        button.title = choice.breaks.length > 0 ? choice.breaks.map((broken) => broken.message).join(" ")
          : choice.strains.map((strain) => strain.rule + " +" + AMHP.objective(strain.penalty_change)).join(", ");
        button.setAttribute("aria-label", button.dataset.label + ": " + note.textContent);
      }
    } catch (error) {
      if (asking === asked) for (const note of picker.querySelectorAll(".pick-effect")) note.textContent = "";
    }
  }

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
    showChoices(cell);
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
