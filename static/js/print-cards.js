/* Samfund: the "Print" button of the login cards page. Without scripts it stays hidden and the
 * page says to press Ctrl+P instead. */
(function () {
  "use strict";

  document.querySelectorAll("[data-print-cards]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
