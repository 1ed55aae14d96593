/* Keyboard shortcuts for the common actions (never while typing in a field); "?" lists them. */
(function () {
  "use strict";
  function typing(target) {
    var tag = (target && target.tagName) || "";
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  function click(selector) {
    var target = document.querySelector(selector);
    if (target) { target.click(); return true; }
    return false;
  }
  function focus(selector) {
    var target = document.querySelector(selector);
    if (target) { target.focus(); return true; }
    return false;
  }
  /* j / k: the next / previous row of the queue or a list (its first link or button takes the focus) */
  function moveRow(step) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("[data-testid=queue-row], [data-testid=result-row]"));
    if (!rows.length) return false;
    var at = rows.findIndex(function (r) { return r.contains(document.activeElement); });
    var next = rows[Math.min(rows.length - 1, Math.max(0, at < 0 ? 0 : at + step))];
    var target = next.querySelector("a, button");
    if (target) target.focus();
    next.scrollIntoView({block: "nearest"});
    return true;
  }
  var page = document.body.dataset.page;
  var keys = {
    "?": function () { var d = document.getElementById("shortcuts"); if (d && !d.open) d.showModal(); return !!d; },
    "q": function () { window.location.href = "/console/"; return true; },
    "/": function () {
      return page === "conversations" ? focus("[data-testid=filter-q]") : (window.location.href = "/console/conversations", true);
    },
    "j": function () { return moveRow(1); },
    "k": function () { return moveRow(-1); },
    "a": function () { return page === "conversation" && click("[data-testid=claim]"); },
    "r": function () { return page === "conversation" && focus("[data-testid=reply-text]"); },
    "n": function () { return page === "conversation" && focus("[data-testid=note-text]"); },
    "h": function () { return page === "conversation" && focus("[data-testid=resident-record]"); }
  };
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || document.querySelector("dialog[open]")) return;
    var action = keys[e.key];
    if (action && document.body.dataset.staff === "yes" && action()) e.preventDefault();
  });
  var help = document.getElementById("shortcuts-open");
  if (help) help.addEventListener("click", function () { document.getElementById("shortcuts").showModal(); });
  var close = document.getElementById("shortcuts-close");
  if (close) close.addEventListener("click", function () { document.getElementById("shortcuts").close(); });
})();
