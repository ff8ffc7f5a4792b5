// The lesson tracker: reports study time, quiz answers, H5P statements and "finished" to the
// platform, which records them as xAPI statements for the learner.
//
// Time counts only while the page is visible and the learner is active (input in the last two
// minutes, or a video or audio playing). It is sent every minute and when the page is hidden or
// left (fetch with keepalive, which outlives the page like a beacon but can carry the CSRF header).
// A report that fails for the network is kept and sent with the next one; H5P statements wait in a
// queue until the platform has answered them (below).
(function () {
  "use strict";
  var root = document.querySelector("[data-lesson-tracker]");
  if (!root || !window.fetch) return;

  var IDLE_AFTER_MS = 120000;
  var REPORT_EVERY_SECONDS = 60;
  var url = root.dataset.trackUrl;
  var status = root.querySelector("[data-lesson-status]");
  var pending = 0;
  var lastInput = Date.now();
  var sessionEnded = false;

  function say(text) {
    if (status && text) status.textContent = text;
  }

  function post(body, keepalive) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: !!keepalive,
      headers: { "Content-Type": "application/json", "X-CSRFToken": root.dataset.csrf },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(
        function (json) { return { ok: response.ok, status: response.status, json: json }; },
        function () { return { ok: false, status: response.status, json: {} }; }
      );
    });
  }

  // The required activities still to do, as the platform counts them after each answer.
  function showLeft(lesson) {
    if (!lesson || !Array.isArray(lesson.required_left)) return;
    root.querySelectorAll("[data-required-activity]").forEach(function (item) {
      item.hidden = lesson.required_left.indexOf(item.dataset.requiredActivity) === -1;
    });
  }

  function answered(reply) {
    if (reply.ok) showLeft(reply.json.lesson);
    if (reply.status === 401 || reply.status === 403) {
      sessionEnded = true;
      say(root.dataset.textSession);
    } else if (!reply.ok && reply.json.error) {
      say(reply.json.error);
    } else if (reply.ok && reply.json.lesson && reply.json.lesson.completed) {
      say(root.dataset.textCompleted);
      ["[data-finish-lesson]", "[data-required-hint]"].forEach(function (selector) {
        var element = root.querySelector(selector);
        if (element) element.hidden = true;
      });
    }
    return reply;
  }

  // --- time ---------------------------------------------------------------------------------
  function mediaPlaying() {
    var media = document.querySelectorAll("video, audio");
    for (var i = 0; i < media.length; i++) {
      if (!media[i].paused && !media[i].ended) return true;
    }
    return false;
  }

  function active() {
    return document.visibilityState === "visible" && (Date.now() - lastInput < IDLE_AFTER_MS || mediaPlaying());
  }

  function sendTime(keepalive) {
    if (pending < 1 || sessionEnded) return;
    var seconds = Math.min(pending, 300);
    pending -= seconds;
    post({ type: "time", seconds: seconds }, keepalive).then(answered, function () {
      pending += seconds;
      say(root.dataset.textOffline);
    });
  }

  ["pointerdown", "pointermove", "keydown", "scroll", "touchstart", "wheel"].forEach(function (name) {
    window.addEventListener(name, function () { lastInput = Date.now(); }, { passive: true });
  });
  window.setInterval(function () {
    if (!active()) return;
    pending += 1;
    if (pending >= REPORT_EVERY_SECONDS) sendTime(false);
  }, 1000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") sendTime(true);
    else lastInput = Date.now();
  });
  window.addEventListener("pagehide", function () { sendTime(true); });

  // --- quizzes ------------------------------------------------------------------------------
  function showFeedback(form, quiz) {
    quiz.questions.forEach(function (item) {
      var fieldset = form.querySelector('[data-question="' + item.question + '"]');
      if (!fieldset) return;
      var note = fieldset.querySelector("[data-feedback]");
      fieldset.classList.toggle("is-correct", item.correct);
      fieldset.classList.toggle("is-wrong", !item.correct);
      note.textContent = item.correct ? root.dataset.textCorrect : root.dataset.textWrong;
      note.hidden = false;
      var answer = fieldset.querySelector("[data-answer]");
      if (answer) {
        answer.querySelector("[data-right-choices]").textContent = (item.right_choices || []).join(" · ");
        var explanation = answer.querySelector("[data-explanation]");
        explanation.textContent = item.explanation || "";
        explanation.hidden = !item.explanation;
        answer.hidden = false;
      }
    });
    var result = form.querySelector("[data-quiz-result]");
    result.textContent = quiz.message;
    result.classList.toggle("is-passed", quiz.passed);
    result.classList.toggle("is-failed", !quiz.passed);
    result.hidden = false;
    result.focus();
  }

  document.querySelectorAll("form[data-quiz]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var answers = {};
      form.querySelectorAll("[data-question]").forEach(function (fieldset) {
        var chosen = [];
        fieldset.querySelectorAll("input:checked").forEach(function (input) {
          chosen.push(parseInt(input.value, 10));
        });
        answers[fieldset.dataset.question] = chosen;
      });
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      post({ type: "quiz", block: form.dataset.quiz, answers: answers }).then(function (reply) {
        answered(reply);
        button.disabled = false;
        if (reply.ok && reply.json.quiz) showFeedback(form, reply.json.quiz);
        else if (reply.json.error) {
          var result = form.querySelector("[data-quiz-result]");
          result.textContent = reply.json.error;
          result.hidden = false;
          result.focus();
        }
      }, function () {
        button.disabled = false;
        say(root.dataset.textOffline);
      });
    });
  });

  // --- H5P ----------------------------------------------------------------------------------
  // Every statement an activity makes waits in this queue (in memory only: nothing of the learner's
  // is stored in the browser) until the platform has answered it, and is sent one at a time, in
  // order. Without an answer (no network, the server busy or failing: 429, 5xx) it is sent again,
  // after 1, 2, 4 … at most 30 seconds, and at once when the network is back; it keeps its relay id,
  // so the platform stores it once however often it arrives. A refusal (4xx) is final: its reason
  // is shown and the next statement goes.
  var h5pQueue = [];
  var h5pSending = false;
  var h5pRetry = null;
  var h5pDelay = 1000;

  function relayId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    return Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
  }

  function retryH5P() {
    if (h5pRetry) return;
    say(root.dataset.textOffline);
    h5pRetry = window.setTimeout(function () {
      h5pRetry = null;
      sendH5P();
    }, h5pDelay);
    h5pDelay = Math.min(h5pDelay * 2, 30000);
  }

  function sendH5P() {
    if (h5pSending || h5pRetry || sessionEnded || h5pQueue.length === 0) return;
    h5pSending = true;
    var item = h5pQueue[0];
    post({ type: "h5p", block: item.block, statement: item.statement, relay: item.relay }).then(function (reply) {
      h5pSending = false;
      if (reply.status === 429 || reply.status >= 500) return retryH5P();
      h5pQueue.shift();
      // After a failure the page said it would try again: it says so when it has succeeded.
      if (h5pDelay > 1000 && reply.ok) say(root.dataset.textSaved);
      h5pDelay = 1000;
      answered(reply);
      sendH5P();
    }, function () {
      h5pSending = false;
      retryH5P();
    });
  }

  document.addEventListener("samfund:h5p-xapi", function (event) {
    var detail = event.detail || {};
    if (!detail.statement || !detail.blockId) return;
    lastInput = Date.now();
    h5pQueue.push({ block: detail.blockId, statement: detail.statement, relay: relayId() });
    sendH5P();
  });
  window.addEventListener("online", function () {
    if (h5pRetry) {
      window.clearTimeout(h5pRetry);
      h5pRetry = null;
    }
    sendH5P();
  });
  // Leaving the page: what is still waiting goes with keepalive, a last chance (the relay ids keep
  // a statement that also arrives another way from being stored twice).
  window.addEventListener("pagehide", function () {
    if (sessionEnded) return;
    h5pQueue.slice(h5pSending ? 1 : 0, 10).forEach(function (item) {
      post({ type: "h5p", block: item.block, statement: item.statement, relay: item.relay }, true).then(null, function () {});
    });
  });

  // --- finished -----------------------------------------------------------------------------
  var finish = root.querySelector("[data-finish-lesson]");
  if (finish) {
    finish.addEventListener("click", function () {
      sendTime(false);
      post({ type: "finish" }).then(answered, function () { say(root.dataset.textOffline); });
    });
  }
})();
