// An AMHP's page: make a calendar subscription link. (Requests are plain forms: my-requests.leaf.)
"use strict";

(function () {
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
