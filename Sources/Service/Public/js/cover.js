// "Who can cover": Assign puts the candidate on the shift with the grid's own cell edit
// (PUT /api/rotas/{id}/assignments), then returns to the grid, which shows the rota re-checked.
"use strict";

(function () {
  const section = document.getElementById("cover");
  const problems = document.getElementById("assign-problems");
  for (const button of section.querySelectorAll("button.assign")) {
    button.addEventListener("click", async () => {
      AMHP.clear(problems);
      button.disabled = true;
      try {
        await AMHP.call("PUT", "/api/rotas/" + section.dataset.rotaId + "/assignments", {
          amhp_id: button.dataset.amhpId,
          date: section.dataset.date,
          shift: section.dataset.shift,
          coordinator: false,
        });
        window.location.assign("/rotas/" + section.dataset.rotaId);
      } catch (error) {
        button.disabled = false;
        AMHP.showError(problems, error);
      }
    });
  }
})();
