// An AMHP's page: send and withdraw requests, and make a calendar subscription link.
"use strict";

(function () {
  const requestForm = document.getElementById("request-form");
  const requestProblems = document.getElementById("request-problems");
  const withdrawProblems = document.getElementById("withdraw-problems");

  requestForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    AMHP.clear(requestProblems);
    const body = AMHP.fields(requestForm);
    if (body.weight !== undefined) body.weight = Number(body.weight);
    const button = document.getElementById("add-request");
    button.disabled = true;
    try {
      await AMHP.call("POST", "/api/requests", body);
      // Shown again from the server, with the request in the list.
      window.location.reload();
    } catch (error) {
      button.disabled = false;
      AMHP.showError(requestProblems, error);
    }
  });

  for (const button of document.querySelectorAll(".withdraw")) {
    button.addEventListener("click", async () => {
      AMHP.clear(withdrawProblems);
      button.disabled = true;
      try {
        await AMHP.call("DELETE", "/api/requests/" + encodeURIComponent(button.dataset.id));
        window.location.reload();
      } catch (error) {
        button.disabled = false;
        AMHP.showError(withdrawProblems, error);
      }
    });
  }

  const calendarButton = document.getElementById("calendar-link");
  calendarButton.addEventListener("click", async () => {
    const problems = document.getElementById("calendar-problems");
    AMHP.clear(problems);
    try {
      const link = await AMHP.call("POST", "/api/my/calendar-link");
      const field = document.getElementById("calendar-url");
      field.value = link.url;
      document.getElementById("calendar-open").href = link.url;
      document.getElementById("calendar-result").hidden = false;
      field.focus();
      field.select();
    } catch (error) {
      AMHP.showError(problems, error);
    }
  });
})();
