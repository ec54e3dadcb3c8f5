// Progressive enhancement of /{lang}/progress: refreshes the figures from /api/v1/progress every
// minute. Without this script the page shows the figures as of its loading.
(function () {
  "use strict";
  var root = document.getElementById("progress");
  if (!root || !window.fetch) { return; }
  var format = new Intl.NumberFormat(root.getAttribute("data-lang") || undefined);
  function setNumber(element, n) { if (element) { element.textContent = format.format(n); } }
  function refresh() {
    fetch("/api/v1/progress", { headers: { accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) { return; }
        setNumber(root.querySelector("#progress-total .n"), p.total);
        var total = document.getElementById("progress-total-meter");
        if (total) { total.value = Math.min(p.total, p.min_total); }
        var states = root.querySelector("#progress-states .n");
        if (states) { states.textContent = String(p.states_over_threshold); }
        p.states.forEach(function (s) {
          var row = document.getElementById("state-" + s.code);
          if (!row) { return; }
          setNumber(row.querySelector(".count"), s.count);
          var meter = row.querySelector("meter");
          if (meter) { meter.value = Math.min(s.count, s.threshold); }
          row.classList.toggle("reached", s.reached);
        });
      })
      .catch(function () { /* keep the figures shown; try again next minute */ });
  }
  setInterval(refresh, 60000);
})();
