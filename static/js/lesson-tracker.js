// The lesson tracker: reports study time, quiz answers, H5P statements and "finished" to the
// platform, which records them as xAPI statements for the learner.
//
// Time counts only while the page is visible and the learner is active (input in the last two
// minutes, or a video or audio playing). It is sent every minute and when the page is hidden or
// left (fetch with keepalive, which outlives the page like a beacon but can carry the CSRF header).
// A report that fails for the network is kept and sent with the next one.
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

  function answered(reply) {
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
  document.addEventListener("samfund:h5p-xapi", function (event) {
    var detail = event.detail || {};
    if (!detail.statement || !detail.blockId) return;
    lastInput = Date.now();
    post({ type: "h5p", block: detail.blockId, statement: detail.statement }).then(answered, function () {
      say(root.dataset.textOffline);
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
