// Pins and re-plans on the rota page: the picker's "Pin this cell" and "Unpin" (PUT and DELETE
// /api/rotas/{id}/pins), the pin marks kept when rota-grid.js redraws a cell, and the job a
// "Re-solve" or "Re-plan from..." form queued, followed every second until it makes its draft.
"use strict";

(function () {
  const section = document.getElementById("rota");
  const rotaID = section.dataset.rotaId;
  const grid = document.getElementById("rota-grid");
  const data = document.getElementById("pin-data");
  const pinned = new Set(data ? JSON.parse(data.dataset.pins || "[]") : []);
  const picker = document.getElementById("shift-picker");
  const pickerProblems = document.getElementById("picker-problems");
  let chosen = null;  // the <td> whose picker is open

  /** The mark and words of a pinned cell, as RotaGridView+Pins.swift and rota.leaf draw them. */
  function mark(td) {
    const holder = td.querySelector(".cell-button") || td;
    const existing = holder.querySelectorAll(".pin-mark, .pin-words");
    const isPinned = pinned.has(td.id);
    td.classList.toggle("pinned", isPinned);
    if (isPinned && existing.length === 0) {
      const icon = document.createElement("span");
      icon.className = "pin-mark";
      icon.setAttribute("aria-hidden", "true");
      icon.textContent = "📌";
      const words = document.createElement("span");
      words.className = "visually-hidden pin-words";
      words.textContent = " pinned";
      holder.append(icon, words);
    } else if (!isPinned) {
      for (const element of existing) element.remove();
    }
  }

  // rota-grid.js redraws cells after an edit; the marks go back on.
  const observer = new MutationObserver(() => {
    observer.disconnect();
    for (const id of pinned) {
      const td = document.getElementById(id);
      if (td) mark(td);
    }
    observe();
  });
  function observe() {
    if (grid) observer.observe(grid, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["class"] });
  }
  observe();

  if (picker && grid) {
    grid.addEventListener("click", (event) => {
      const button = event.target.closest(".cell-button");
      if (button) chosen = button.closest("td");
    });
    // A cell changed by hand is no longer pinned (the API unpins it).
    for (const button of picker.querySelectorAll(".pick")) {
      button.addEventListener("click", () => {
        if (chosen) pinned.delete(chosen.id);
      });
    }
    async function send(method, url, body) {
      AMHP.clear(pickerProblems);
      try {
        await AMHP.call(method, url, body);
        window.location.reload();
      } catch (error) {
        AMHP.showError(pickerProblems, error);
      }
    }
    document.getElementById("pick-pin").addEventListener("click", () => {
      if (!chosen) return;
      send("PUT", "/api/rotas/" + rotaID + "/pins",
        { amhp_id: chosen.dataset.amhpId, date: chosen.dataset.date, shift: chosen.dataset.shift || null });
    });
    document.getElementById("pick-unpin").addEventListener("click", () => {
      if (!chosen) return;
      send("DELETE", "/api/rotas/" + rotaID + "/pins?amhp_id=" + encodeURIComponent(chosen.dataset.amhpId)
        + "&date=" + encodeURIComponent(chosen.dataset.date));
    });
  }

  const panel = document.getElementById("replan-job");
  if (panel) {
    const status = document.getElementById("replan-job-status");
    const message = document.getElementById("replan-job-message");
    const draft = document.getElementById("replan-job-draft");
    const problems = document.getElementById("replan-job-problems");
    // Polls rather than holding a connection open: the job runs in another process and may take minutes.
    async function poll() {
      try {
        const job = await AMHP.call("GET", "/api/solve-jobs/" + panel.dataset.jobId);
        status.textContent = job.status;
        status.className = "badge " + job.status;
        message.textContent = job.status === "failed" ? job.error || "The job failed." : job.progress;
        message.className = job.status === "failed" ? "error" : "muted";
        if (job.status === "done" && job.rota_id) {
          draft.href = "/rotas/" + job.rota_id;
          draft.hidden = false;
          window.location.assign("/rotas/" + job.rota_id);
          return;
        }
        if (job.status === "failed" || job.status === "cancelled") return;
      } catch (error) {
        AMHP.showError(problems, error);
        if (error.status === 404 || error.status === 403) return;
      }
      window.setTimeout(poll, 1000);
    }
    poll();
  }
})();
