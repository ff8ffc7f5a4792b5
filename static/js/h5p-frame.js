/*
 * Plays one H5P activity inside the sandboxed player document (templates/lessons/h5p_player.html,
 * served by lessons.views.h5p_player with a CSP `sandbox`): the activity runs in an opaque origin,
 * or in the player's own origin (lessons.player_origin), with no access to the platform's cookies,
 * storage or pages. What it
 * reports goes to the lesson page that framed it, by postMessage:
 *
 *   {samfund: "h5p", type: "ready"}                    the activity plays
 *   {samfund: "h5p", type: "xapi", statement: {...}}   an xAPI statement H5P made
 *   {samfund: "h5p", type: "resize", height: 420}      the document's height, to size the frame
 *   {samfund: "h5p", type: "error"}                    the activity could not be played
 *
 * (static/js/h5p-player.js, on the lesson page, receives them.)
 */
(function () {
  "use strict";

  // An opaque origin has no storage, and the player's own origin must keep nothing of a learner's:
  // H5P reads and writes localStorage (its clipboard, a user id, a request queue). It gets memory
  // that lasts as the page does.
  function memoryStorage() {
    var data = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : null; },
      setItem: function (key, value) { data[key] = String(value); },
      removeItem: function (key) { delete data[key]; },
      clear: function () { data = {}; },
      key: function (index) { return Object.keys(data)[index] || null; },
      get length() { return Object.keys(data).length; },
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
  });

  // The page that framed this document: named by the server when the player has an origin of its
  // own (lessons.player_origin), else the platform at this document's URL's origin (the document
  // itself then has the opaque origin "null").
  var named = document.getElementById("h5p-container");
  var parentOrigin = (named && named.dataset.parentOrigin) || window.location.origin;

  function tell(message) {
    message.samfund = "h5p";
    if (window.parent !== window) window.parent.postMessage(message, parentOrigin);
  }

  function plain(statement) {
    // H5P's statement objects can carry functions and cycles elsewhere; the statement is JSON.
    return JSON.parse(JSON.stringify(statement));
  }

  function watchHeight() {
    var last = 0;
    function measure() {
      var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        tell({ type: "resize", height: height });
      }
    }
    if (window.ResizeObserver) new ResizeObserver(measure).observe(document.body);
    window.addEventListener("load", measure);
    measure();
  }

  function start() {
    var container = document.getElementById("h5p-container");
    var data = container.dataset;
    var player = new window.H5PStandalone.H5P(container, {
      id: "samfund-h5p",
      h5pJsonPath: data.h5pJsonPath,
      // Each library version is stored once for every package (lessons.h5p.share_libraries), so
      // the browser loads and caches it once for all the activities of a lesson.
      librariesPath: data.h5pLibrariesPath || data.h5pJsonPath,
      frameJs: data.h5pFrameJs,
      frameCss: data.h5pFrameCss,
      // In this document, not a frame of its own: this document is the activity's frame.
      embedType: "div",
      // One activity id per package whatever the page's language.
      xAPIObjectIRI: new URL(data.h5pJsonPath, window.location.href).href,
      frame: false,
      copyright: false,
      export: false,
      embed: false,
      icon: false,
      fullScreen: false,
    });
    Promise.resolve(player).then(function () {
      window.H5P.externalDispatcher.on("xAPI", function (event) {
        var statement = event && event.data && event.data.statement;
        if (statement) tell({ type: "xapi", statement: plain(statement) });
      });
      watchHeight();
      tell({ type: "ready" });
    }, function (error) {
      console.error("The H5P activity could not be played", error);
      tell({ type: "error" });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
