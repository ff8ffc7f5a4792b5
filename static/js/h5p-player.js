/*
 * Plays the H5P activities of a page with h5p-standalone, and re-dispatches every xAPI statement
 * they produce as a DOM event on the activity's container:
 *
 *   container.addEventListener("samfund:h5p-xapi", (event) => {
 *     event.detail.statement;  // the statement H5P made
 *     event.detail.blockId;    // the container's data-h5p-block (the StreamField block id)
 *   });
 *
 * The event bubbles, so the lesson's tracking script can listen on the document and relay the
 * statements to the LRS; this file sends nothing itself. Containers are the elements with
 * data-h5p-json-path (templates/blocks/h5p.html). Every H5P block includes this script with
 * `defer`; the guard below makes it run once per page.
 */
(function () {
  "use strict";

  if (window.samfundH5PPlayer) {
    return;
  }
  window.samfundH5PPlayer = { eventName: "samfund:h5p-xapi" };

  const EVENT_NAME = "samfund:h5p-xapi";
  const LOCAL_CONTENT_ID = "http://h5p.org/x-api/h5p-local-content-id";
  const containersByContentId = new Map();
  const listenedTo = new WeakSet();
  const relayed = new WeakSet();

  function loadScript(src) {
    if (window.H5PStandalone && window.H5PStandalone.H5P) {
      return Promise.resolve();
    }
    return new Promise(function (resolve, reject) {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () {
        reject(new Error("Could not load " + src));
      };
      document.head.appendChild(script);
    });
  }

  // Statements name the H5P content they come from; sub-content (a question inside a set) names
  // its parent's content id, so it maps to the same container.
  function containerFor(statement, fallback) {
    const extensions = statement.object && statement.object.definition && statement.object.definition.extensions;
    const contentId = extensions && extensions[LOCAL_CONTENT_ID];
    return containersByContentId.get(String(contentId)) || fallback;
  }

  function relay(event, fallback) {
    const statement = event && event.data && event.data.statement;
    // In frames H5P can pass one event on to the page's dispatcher as well: relay it once.
    if (!statement || relayed.has(event)) {
      return;
    }
    relayed.add(event);
    const container = containerFor(statement, fallback);
    if (container) {
      container.dispatchEvent(
        new CustomEvent(EVENT_NAME, {
          bubbles: true,
          detail: { statement: statement, blockId: container.dataset.h5pBlock },
        }),
      );
    }
  }

  function listen(dispatcher, fallback) {
    if (dispatcher && !listenedTo.has(dispatcher)) {
      listenedTo.add(dispatcher);
      dispatcher.on("xAPI", function (event) {
        relay(event, fallback);
      });
    }
  }

  // The content runs in a frame (embed type "iframe") or in the page ("div"); each has its own H5P.
  function listenToPlayer(contentId, container) {
    const frame = document.getElementById("h5p-iframe-" + contentId);
    if (frame && frame.tagName === "IFRAME") {
      frame.title = frame.title || container.dataset.h5pTitle || "";
      const framed = frame.contentWindow && frame.contentWindow.H5P;
      listen(framed && framed.externalDispatcher, container);
    }
    listen(window.H5P && window.H5P.externalDispatcher, null);
  }

  function options(container, contentId) {
    const data = container.dataset;
    return {
      id: contentId,
      h5pJsonPath: data.h5pJsonPath,
      frameJs: data.h5pFrameJs,
      frameCss: data.h5pFrameCss,
      // One activity id per package whatever the page's language (the default is the page URL).
      xAPIObjectIRI: new URL(data.h5pJsonPath, window.location.href).href,
      frame: false,
      copyright: false,
      export: false,
      embed: false,
      icon: false,
      fullScreen: false,
    };
  }

  function showError(container, error) {
    container.dataset.h5pState = "error";
    const message = container.querySelector("[data-h5p-error]");
    if (message) {
      message.hidden = false;
    }
    console.error("H5P activity " + container.dataset.h5pBlock + " could not be played", error);
  }

  async function play(Player, container, index) {
    const contentId = "samfund-h5p-" + (index + 1);
    const target = container.querySelector("[data-h5p-player]") || container;
    containersByContentId.set(contentId, container);
    try {
      await new Player(target, options(container, contentId));
      listenToPlayer(contentId, container);
      container.dataset.h5pState = "ready";
    } catch (error) {
      showError(container, error);
    }
  }

  async function start() {
    const containers = Array.from(document.querySelectorAll("[data-h5p-json-path]"));
    if (containers.length === 0) {
      return;
    }
    try {
      await loadScript(containers[0].dataset.h5pMainJs);
    } catch (error) {
      containers.forEach(function (container) {
        showError(container, error);
      });
      return;
    }
    // Kept now: the frame bundle that the first player loads into the page replaces the global.
    const Player = window.H5PStandalone.H5P;
    // h5p-standalone prepares one player at a time (its README: "must be async aware").
    for (const [index, container] of containers.entries()) {
      await play(Player, container, index);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
