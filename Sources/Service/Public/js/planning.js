// Scenario run page: while the run is queued or running, ask the API how it is going every two
// seconds and show its progress; once it has finished, reload so the page shows the comparison.
(function () {
  var run = document.getElementById("run");
  if (!run) return;
  var status = run.getAttribute("data-run-status");
  if (status !== "queued" && status !== "running") return;
  var id = run.getAttribute("data-run-id");
  var statusText = document.getElementById("run-status");
  var progressText = document.getElementById("run-progress");

  function poll() {
    fetch("/api/scenario-runs/" + encodeURIComponent(id), { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (current) {
        if (current.status !== status) {
          if (current.status !== "queued" && current.status !== "running") { window.location.reload(); return; }
          status = current.status;
          statusText.textContent = status;
          statusText.className = "status " + status;
        }
        progressText.textContent = current.progress;
        window.setTimeout(poll, 2000);
      })
      .catch(function (error) {
        // Keep trying: the service may be busy; say so rather than stop silently.
        progressText.textContent = "Could not ask the service how the run is going (" + error.message + "); trying again.";
        window.setTimeout(poll, 5000);
      });
  }
  window.setTimeout(poll, 2000);
})();
