// "Select all" for a group of checkboxes (who attended a session): shown only where scripts run,
// since without it every box can still be ticked one by one.
(function () {
  "use strict";
  document.querySelectorAll("[data-select-all-group]").forEach(function (group) {
    var button = group.querySelector("[data-select-all]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      group.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = true; });
    });
  });
})();
