// "Who can cover": Assign puts the candidate on the shift (POST /api/rotas/{id}/cover: a draft is
// edited, the published rota gets a new version), then opens the rota it made, re-checked.
"use strict";

(function () {
  const section = document.getElementById("cover");
  const problems = document.getElementById("assign-problems");
  for (const button of section.querySelectorAll("button.assign")) {
    button.addEventListener("click", async () => {
      AMHP.clear(problems);
      button.disabled = true;
      try {
        const rota = await AMHP.call("POST", "/api/rotas/" + section.dataset.rotaId + "/cover", {
          amhp_id: button.dataset.amhpId,
          date: section.dataset.date,
          shift: section.dataset.shift,
        });
        window.location.assign("/rotas/" + encodeURIComponent(rota.id));
      } catch (error) {
        button.disabled = false;
        AMHP.showError(problems, error);
      }
    });
  }
})();
