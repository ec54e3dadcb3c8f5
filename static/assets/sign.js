// Progressive enhancement only: every page works without this file.
// After a failed submission, focus moves to the error summary so screen readers announce it, and
// each link in the summary moves focus to its field (a fragment link alone only scrolls).
(function () {
  "use strict";
  var summary = document.querySelector(".error-summary");
  if (!summary) { return; }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    var field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) { return; }
    event.preventDefault();
    var target = field.matches("fieldset") ? field.querySelector("input") : field;
    if (target) { target.focus(); }
    field.scrollIntoView({ block: "center" });
  });
})();
