// The rota list: start a solve job, follow it every second, cancel it, and open the draft it makes.
"use strict";

(function () {
  const form = document.getElementById("generate-form");
  const problems = document.getElementById("generate-problems");
  const panel = document.getElementById("job-progress");
  const monthText = document.getElementById("job-month");
  const statusText = document.getElementById("job-status");
  const message = document.getElementById("job-message");
  const bar = document.getElementById("job-bar");
  const stage = document.getElementById("job-stage");
  const cancel = document.getElementById("job-cancel");
  const draftLink = document.getElementById("job-draft");
  let followed = null;  // { id, timer, openWhenDone }

  function show(job) {
    panel.hidden = false;
    monthText.textContent = job.month;
    statusText.textContent = job.status;
    statusText.className = "badge " + job.status;
    // The stage in words for the manager; the solver's own line stays only in its report.
    stage.textContent = job.stage_text;
    bar.value = job.percent;
    bar.textContent = job.percent + "%";
    bar.hidden = job.status === "failed" || job.status === "cancelled";
    message.textContent = job.status === "failed" ? job.error || "The job failed." : "";
    message.className = job.status === "failed" ? "error" : "muted";
    const finished = ["done", "failed", "cancelled"].includes(job.status);
    cancel.hidden = finished;
    if (job.status === "done" && job.rota_id) {
      draftLink.href = "/rotas/" + job.rota_id;
      draftLink.hidden = false;
    }
    return finished;
  }

  function stop() {
    if (followed) window.clearTimeout(followed.timer);
  }

  // Polls rather than holding a connection open: the job runs in another process and may take minutes.
  async function poll() {
    const current = followed;
    try {
      const job = await AMHP.call("GET", "/api/solve-jobs/" + current.id);
      if (followed !== current) return;
      if (show(job)) {
        form.querySelector("button[type=submit]").disabled = false;
        if (job.status === "done" && job.rota_id && current.openWhenDone) window.location.assign("/rotas/" + job.rota_id);
        return;
      }
    } catch (error) {
      AMHP.showError(problems, error);
      // A job that is not there (or may not be seen) will not come back; anything else may pass.
      if (error.status === 404 || error.status === 403) return;
    }
    current.timer = window.setTimeout(poll, 1000);
  }

  function follow(id, openWhenDone) {
    stop();
    draftLink.hidden = true;
    followed = { id, timer: null, openWhenDone };
    poll();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    AMHP.clear(problems);
    const fields = AMHP.fields(form);
    const body = { month: fields.month || "" };
    if (fields.time_limit) body.time_limit = Number(fields.time_limit);
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const job = await AMHP.call("POST", "/api/solve-jobs", body);
      show(job);
      follow(job.id, true);
    } catch (error) {
      button.disabled = false;
      AMHP.showError(problems, error);
    }
  });

  cancel.addEventListener("click", async () => {
    if (!followed) return;
    AMHP.clear(problems);
    try {
      show(await AMHP.call("POST", "/api/solve-jobs/" + followed.id + "/cancel"));
      stop();
      form.querySelector("button[type=submit]").disabled = false;
    } catch (error) {
      AMHP.showError(problems, error);
    }
  });

  // A job started earlier (or elsewhere) that is still going can be followed from the list.
  for (const button of document.querySelectorAll(".watch-job")) {
    button.addEventListener("click", () => follow(button.dataset.jobId, false));
  }
})();
