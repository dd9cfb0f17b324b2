// HR's TOIL page: append a ledger entry through the API and show its problems beside the form.
"use strict";

(function () {
  const form = document.getElementById("toil-entry-form");
  const problems = document.getElementById("entry-problems");

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    AMHP.clear(problems);
    const body = AMHP.fields(form);
    if (body.hours !== undefined) body.hours = Number(body.hours);
    const button = document.getElementById("add-entry");
    button.disabled = true;
    try {
      const appended = await AMHP.call("POST", "/api/toil/entries", body);
      // Shown again from the server, so the table is the ledger as it now stands.
      const query = new URLSearchParams({ as_of: form.dataset.asOf, added: appended.entry.id });
      window.location.assign("/toil?" + query.toString());
    } catch (error) {
      button.disabled = false;
      AMHP.showError(problems, error);
    }
  });
})();
