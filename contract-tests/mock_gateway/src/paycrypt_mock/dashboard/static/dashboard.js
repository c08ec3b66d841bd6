// PayCrypt sandbox dashboard: progressive enhancement only; every page works without it.
// Served from /dashboard/static/ because the CSP forbids inline script.
(function () {
  "use strict";
  // Selects marked .autosubmit submit their form on change (the merchant selector, the status filter).
  document.querySelectorAll("select.autosubmit").forEach(function (select) {
    select.addEventListener("change", function () { if (select.form) select.form.submit(); });
  });

  // Auto-refresh pages that declare data-refresh="<seconds>", unless the developer turned it off
  // (remembered in localStorage), is typing in a form, or the tab is hidden.
  var seconds = parseInt(document.body.getAttribute("data-refresh") || "0", 10);
  var box = document.getElementById("auto-refresh");
  var KEY = "paycrypt-dashboard-autorefresh";
  if (box) {
    box.checked = window.localStorage.getItem(KEY) !== "off";
    box.addEventListener("change", function () { window.localStorage.setItem(KEY, box.checked ? "on" : "off"); });
  }
  if (seconds > 0) {
    window.setInterval(function () {
      if (box && !box.checked) return;
      if (document.hidden) return;
      var active = document.activeElement;
      if (active && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName)) return;
      if (document.querySelector("details[open]")) return;
      window.location.reload();
    }, seconds * 1000);
  }
})();
