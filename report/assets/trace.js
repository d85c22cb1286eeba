// quotecheck trace report: client-side filters. No network, no dependencies.
(function () {
  "use strict";
  var text = document.getElementById("filter-text");
  var speaker = document.getElementById("filter-speaker");
  var changed = document.getElementById("filter-changed");
  var count = document.getElementById("filter-count");
  var none = document.getElementById("filter-none");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.passage"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("a.markl"));

  // fold mirrors searchFold in report/html.go: lower case, straight quotes, one space.
  function fold(s) {
    return s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
      .replace(/\s+/g, " ").trim();
  }

  function apply() {
    var q = fold(text.value), who = speaker.value, only = changed.checked;
    var shown = 0, visible = {};
    sections.forEach(function (s) {
      var speakers = s.getAttribute("data-speakers");
      var ok = (!q || s.getAttribute("data-text").indexOf(q) >= 0) &&
        (!who || (who === "-" ? speakers === "" : speakers.split("|").indexOf(who) >= 0)) &&
        (!only || s.getAttribute("data-changed") === "true");
      s.hidden = !ok;
      if (ok) { shown++; visible[s.id] = true; }
    });
    marks.forEach(function (m) {
      m.classList.toggle("dim", !visible[m.getAttribute("data-cluster")]);
    });
    count.textContent = shown + " of " + sections.length + " passages";
    none.hidden = shown > 0;
  }

  text.addEventListener("input", apply);
  speaker.addEventListener("change", apply);
  changed.addEventListener("change", apply);
  // Print everything: open the folded parts before printing.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
  apply();
})();
