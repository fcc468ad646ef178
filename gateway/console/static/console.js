// Progressive enhancements for the Sluice console. Every page works without this file.
(function () {
  "use strict";

  // Ask before destructive actions: <form data-confirm="...">.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Copy a secret to the clipboard: <button data-copy="#input-id">.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy]");
    if (!button) return;
    var field = document.querySelector(button.getAttribute("data-copy"));
    if (!field) return;
    field.select();
    var done = function () { button.textContent = "Copied"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
    } else {
      document.execCommand("copy");
      done();
    }
  });

  document.querySelectorAll("[data-select-on-focus]").forEach(function (input) {
    input.addEventListener("focus", function () { input.select(); });
  });

  // Keep the progress of running exports fresh: <section data-refresh-seconds="3">.
  var refresh = document.querySelector("[data-refresh-seconds]");
  if (refresh) {
    var seconds = parseInt(refresh.getAttribute("data-refresh-seconds"), 10) || 3;
    window.setTimeout(function () {
      if (!document.querySelector("form :focus")) window.location.reload();
    }, seconds * 1000);
  }

  // Tab key inserts two spaces in YAML editors instead of leaving the field; Escape then Tab leaves.
  document.querySelectorAll("textarea[data-yaml]").forEach(function (area) {
    var escaped = false;
    area.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { escaped = true; return; }
      if (event.key === "Tab" && !event.shiftKey && !escaped) {
        event.preventDefault();
        var start = area.selectionStart;
        area.value = area.value.slice(0, start) + "  " + area.value.slice(area.selectionEnd);
        area.selectionStart = area.selectionEnd = start + 2;
      }
      escaped = false;
    });
  });
})();
