/* Samfund: takes an idle page back to the login screen on shared computers.
 *
 * The server ends a session after SESSION_IDLE_MINUTES without use and tells each page how many
 * seconds are left (data-seconds-left). This script:
 *   - shows a warning with a "Stay logged in" button a minute before the end (WCAG 2.2.1);
 *   - tells the server when someone is using the page without loading a new one (input, also in
 *     same-site frames such as H5P activities, or a video playing), at most once a minute,
 *     because the server only sees requests;
 *   - when the time is up, asks the server (which may have seen use in another tab) and, once it
 *     says the session is over, replaces the page with the login screen, so the next person at a
 *     library computer does not see the previous person's page.
 * Several tabs share the latest end time through localStorage. Logging out clears that storage
 * (Clear-Site-Data).
 */
(function () {
  "use strict";

  var box = document.querySelector("[data-session-idle]");
  if (!box || !window.fetch) {
    return;
  }
  var STORE_KEY = "samfund-session-ends-at";
  var TICK_MS = 5000;
  var REPORT_EVERY_MS = 60000;
  // The server's limit is exact; asking a moment later makes sure it has been reached.
  var SLACK_MS = 2000;
  var warningMs = Number(box.getAttribute("data-warning-seconds")) * 1000;
  var endsAt = Date.now() + Number(box.getAttribute("data-seconds-left")) * 1000 + SLACK_MS;
  var lastReport = Date.now();
  var lastUse = 0;
  var asking = false;
  var leaving = false;

  function sharedEnd() {
    try {
      return Number(window.localStorage.getItem(STORE_KEY)) || 0;
    } catch (error) {
      return 0;
    }
  }

  function share(time) {
    try {
      if (time > sharedEnd()) {
        window.localStorage.setItem(STORE_KEY, String(time));
      }
    } catch (error) {
      /* Storage may be switched off: this tab then counts on its own. */
    }
  }

  function leave() {
    if (leaving) {
      return;
    }
    leaving = true;
    window.location.replace(box.getAttribute("data-login-url"));
  }

  function csrfToken() {
    var input = document.querySelector(".account-menu [name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  /* POST: someone is using the page. GET: only asks how long is left. */
  function ask(method) {
    asking = true;
    if (method === "POST") {
      lastReport = Date.now();
    }
    fetch(box.getAttribute("data-session-url"), {
      method: method,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
    })
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          leave();
          return null;
        }
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        if (answer) {
          endsAt = Date.now() + answer.remaining_seconds * 1000 + SLACK_MS;
          share(endsAt);
        }
      })
      .catch(function () {
        /* Offline for a moment: asked again at the next tick. */
      })
      .then(function () {
        asking = false;
        tick();
      });
  }

  function mediaPlaying() {
    var media = document.querySelectorAll("video, audio");
    for (var i = 0; i < media.length; i++) {
      if (!media[i].paused && !media[i].ended) {
        return true;
      }
    }
    return false;
  }

  function tick() {
    if (asking || leaving) {
      return;
    }
    var now = Date.now();
    var end = Math.max(endsAt, sharedEnd());
    if (mediaPlaying()) {
      lastUse = now;
    }
    if (lastUse > lastReport && (now - lastReport >= REPORT_EVERY_MS || end - now <= warningMs)) {
      ask("POST");
    } else if (now >= end) {
      ask("GET");
    }
    box.hidden = end - now > warningMs;
  }

  function used() {
    lastUse = Date.now();
    if (!box.hidden) {
      tick();
    }
  }

  var USE_EVENTS = ["keydown", "pointerdown", "pointermove", "wheel", "scroll", "touchstart", "input"];

  function listen(target) {
    USE_EVENTS.forEach(function (type) {
      target.addEventListener(type, used, { capture: true, passive: true });
    });
  }

  function listenInFrame(frame) {
    try {
      listen(frame.contentWindow);
    } catch (error) {
      /* A frame from another site: its use cannot be seen. */
    }
  }

  listen(window);
  Array.prototype.forEach.call(document.querySelectorAll("iframe"), function (frame) {
    listenInFrame(frame);
    frame.addEventListener("load", function () {
      listenInFrame(frame);
    });
  });
  box.querySelector("[data-stay-logged-in]").addEventListener("click", used);
  // Timers in a hidden tab run late; look again as soon as it is shown.
  document.addEventListener("visibilitychange", tick);
  // A page brought back by "Back" after logging out must not show again from memory.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      window.location.reload();
    }
  });
  share(endsAt);
  window.setInterval(tick, TICK_MS);
})();
