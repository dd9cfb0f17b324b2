// The hub's settings page: reads the form into the body PUT /api/hub/settings takes, and shows each
// problem the service names (by field, such as cover[3].maximum) or reloads the saved settings.
"use strict";

(function () {
  const form = document.getElementById("hub-settings-form");
  const problems = document.getElementById("settings-problems");
  const saved = document.getElementById("settings-saved");

  /** A number input as a number; blank as null, so the service names what is missing. */
  function number(input) {
    const text = input.value.trim();
    return text === "" ? null : Number(text);
  }

  function coverRows() {
    const rows = [];
    for (const row of form.querySelectorAll("tr.cover-row")) {
      const minimum = number(row.querySelector(".minimum"));
      const target = number(row.querySelector(".target"));
      const maximum = number(row.querySelector(".maximum"));
      const kind = form.querySelector("select.kind[data-shift='" + CSS.escape(row.dataset.shift) + "']").value;
      // A duty shift's row left blank is a day without duty; a rota shift's is sent, to be named.
      if (kind === "duty" && minimum === null && target === null && maximum === null) continue;
      const rule = {
        day_type: row.dataset.dayType,
        shift: row.dataset.shift,
        minimum: kind === "duty" && minimum === null ? 0 : minimum,
        target: kind === "duty" && target === null ? 0 : target,
        coordinator: row.querySelector(".coordinator").checked,
        second_worker: row.querySelector(".second-worker").checked,
      };
      if (maximum !== null) rule.maximum = maximum;
      rows.push(rule);
    }
    return rows;
  }

  function rates(employer) {
    const values = {};
    for (const input of form.querySelectorAll("input.rate[data-employer='" + employer + "']")) {
      values[input.dataset.key] = number(input);
    }
    return values;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    AMHP.clear(problems);
    saved.hidden = true;
    const surplus = document.getElementById("surplus-hours").value;
    const body = {
      shift_kinds: [...form.querySelectorAll("select.kind")].map((select) => ({ shift: select.dataset.shift, kind: select.value })),
      cover: coverRows(),
      surplus_hours: surplus === "" ? null : surplus,
      unsocial_hours: {
        night_start: document.getElementById("night-start").value.trim(),
        night_end: document.getElementById("night-end").value.trim(),
        la: rates("la"),
        nhs: rates("nhs"),
      },
    };
    const button = document.getElementById("save-settings");
    button.disabled = true;
    try {
      await AMHP.call("PUT", "/api/hub/settings", body);
      // Shown again from the server, as stored.
      window.location.assign("/hub?saved=1");
    } catch (error) {
      button.disabled = false;
      AMHP.showError(problems, error);
    }
  });

  if (new URLSearchParams(window.location.search).get("saved") === "1") saved.hidden = false;
})();
