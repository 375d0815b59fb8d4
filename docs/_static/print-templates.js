/*
 * Email templates on paper: a guide keeps its letters in dropdowns, and a closed dropdown
 * prints as its title alone. Before printing, every closed dropdown that holds a letter
 * (etiket_docs.templates) opens; after printing, those close again, so the screen is as the
 * reader left it. Other dropdowns (the Python behind a worked example) print as they are.
 * email-template.css does the same in print CSS for browsers that style ::details-content.
 */
(function () {
  "use strict";

  var opened = [];

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (dropdown) {
      if (dropdown.querySelector(".etiket-email")) {
        dropdown.open = true;
        opened.push(dropdown);
      }
    });
  });

  window.addEventListener("afterprint", function () {
    opened.splice(0).forEach(function (dropdown) {
      dropdown.open = false;
    });
  });
})();
