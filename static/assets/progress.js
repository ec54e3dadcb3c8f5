// Progressive enhancement of /{lang}/progress and /{lang}/counter: refreshes the figures every
// minute (from /api/v1/progress and /api/v1/counter). Without this script a page shows the
// figures as of its loading.
(function () {
  "use strict";
  if (!window.fetch) { return; }
  function share(count, threshold) {
    var s = count / Math.max(threshold, 1);
    return count === 0 ? "sz" : s >= 1 ? "s3" : s >= 0.5 ? "s2" : s >= 0.25 ? "s1" : "s0";
  }
  function every(url, apply) {
    var tick = function () {
      fetch(url, { headers: { accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) { if (p) { apply(p); } })
        .catch(function () { /* keep the figures shown; try again next minute */ });
    };
    setInterval(tick, 60000);
  }

  var root = document.getElementById("progress");
  if (root) {
    var format = new Intl.NumberFormat(root.getAttribute("data-lang") || undefined);
    var setNumber = function (element, n) { if (element) { element.textContent = format.format(n); } };
    every("/api/v1/progress", function (p) {
      setNumber(root.querySelector("#progress-total .n"), p.total);
      var total = document.getElementById("progress-total-meter");
      if (total) { total.value = Math.min(p.total, p.min_total); }
      var states = root.querySelector("#progress-states .n");
      if (states) { states.textContent = String(p.states_over_threshold); }
      p.states.forEach(function (s) {
        var row = document.getElementById("state-" + s.code);
        if (row) {
          setNumber(row.querySelector(".count"), s.count);
          var meter = row.querySelector("meter");
          if (meter) { meter.value = Math.min(s.count, s.threshold); }
          row.classList.toggle("reached", s.reached);
        }
        var tile = document.getElementById("tile-" + s.code);
        if (tile) { tile.setAttribute("class", "tile " + share(s.count, s.threshold)); }
      });
    });
  }

  var counter = document.getElementById("counter");
  if (counter) {
    var numbers = new Intl.NumberFormat(counter.getAttribute("data-lang") || undefined);
    var partner = counter.getAttribute("data-partner");
    every("/api/v1/counter", function (c) {
      var n = partner ? (c.per_partner[partner] || { count: 0 }).count : c.total;
      var meter = document.getElementById("counter-meter");
      if (meter) { meter.value = Math.min(n, c.goal); }
      // The number inside the sentence: the first run of digits and separators.
      var total = document.getElementById("counter-total");
      if (total) {
        total.textContent = total.textContent.replace(/[0-9][0-9\s.,\u00a0\u202f']*/, numbers.format(n) + " ");
      }
    });
  }
})();
