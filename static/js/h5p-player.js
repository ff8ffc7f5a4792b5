/*
 * Plays the H5P activities of a page, each in a sandboxed frame of its own (lessons.views.h5p_player:
 * an opaque origin, so package code never runs with the learner's or an editor's session), and
 * re-dispatches every xAPI statement an activity reports as a DOM event on its container:
 *
 *   container.addEventListener("samfund:h5p-xapi", (event) => {
 *     event.detail.statement;  // the statement H5P made
 *     event.detail.blockId;    // the container's data-h5p-block (the StreamField block id)
 *   });
 *
 * The event bubbles, so the lesson's tracking script can listen on the document and relay the
 * statements to the platform; this file sends nothing itself. Containers are the elements with
 * data-h5p-player-url (templates/blocks/h5p.html); their frames talk to this page only by
 * postMessage (static/js/h5p-frame.js), and only messages from a container's own frame count.
 * Every H5P block includes this script with `defer`; the guard below makes it run once per page.
 */
(function () {
  "use strict";

  if (window.samfundH5PPlayer) {
    return;
  }
  window.samfundH5PPlayer = { eventName: "samfund:h5p-xapi" };

  var EVENT_NAME = "samfund:h5p-xapi";
  var SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads";
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;
  var frames = [];

  function showError(container) {
    container.dataset.h5pState = "error";
    var message = container.querySelector("[data-h5p-error]");
    if (message) message.hidden = false;
  }

  function play(container) {
    var target = container.querySelector("[data-h5p-player]") || container;
    var frame = document.createElement("iframe");
    frame.className = "h5p-frame";
    frame.title = container.dataset.h5pTitle || "";
    // The template's sandbox adds allow-same-origin only for a player origin of its own.
    frame.setAttribute("sandbox", container.dataset.h5pSandbox || SANDBOX);
    frame.setAttribute("allow", "fullscreen; autoplay");
    frame.setAttribute("referrerpolicy", "no-referrer");
    frame.style.height = "300px";
    frame.src = container.dataset.h5pPlayerUrl;
    target.appendChild(frame);
    frames.push({ frame: frame, container: container });
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.samfund !== "h5p") return;
    var found = frames.find(function (entry) { return entry.frame.contentWindow === event.source; });
    if (!found) return;
    var container = found.container;
    if (data.type === "ready") {
      container.dataset.h5pState = "ready";
    } else if (data.type === "error") {
      showError(container);
    } else if (data.type === "resize" && typeof data.height === "number") {
      found.frame.style.height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(data.height))) + "px";
    } else if (data.type === "xapi" && data.statement && typeof data.statement === "object") {
      container.dispatchEvent(
        new CustomEvent(EVENT_NAME, {
          bubbles: true,
          detail: { statement: data.statement, blockId: container.dataset.h5pBlock },
        }),
      );
    }
  });

  function start() {
    document.querySelectorAll("[data-h5p-player-url]").forEach(play);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
