// Dialog editor: line numbers beside the source, jumping to a problem's line, and the preview chat.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]').getAttribute("content");

  // --- the source editor: a gutter with line numbers; problem lines in red ---------------------
  var source = document.getElementById("source");
  var gutter = document.getElementById("gutter");
  if (source && gutter) {
    var bad = (gutter.getAttribute("data-bad") || "").split(",").filter(Boolean).map(Number);
    var draw = function () {
      var count = source.value.split("\n").length;
      gutter.textContent = "";
      for (var i = 1; i <= count; i++) {
        var span = document.createElement("span");
        span.textContent = i + "\n";
        if (bad.indexOf(i) >= 0) { span.className = "bad"; }
        gutter.appendChild(span);
      }
      gutter.scrollTop = source.scrollTop;
    };
    source.addEventListener("input", draw);
    source.addEventListener("scroll", function () { gutter.scrollTop = source.scrollTop; });
    draw();
    var jump = function (line) {
      var lines = source.value.split("\n");
      var start = 0;
      for (var i = 0; i < line - 1 && i < lines.length; i++) { start += lines[i].length + 1; }
      source.focus();
      source.setSelectionRange(start, start + (lines[line - 1] || "").length);
      source.scrollTop = Math.max(0, (line - 6) * 20);
    };
    document.querySelectorAll("tr.jump").forEach(function (row) {
      row.addEventListener("click", function () { jump(Number(row.getAttribute("data-line"))); });
    });
    if (bad.length) { jump(bad[0]); }
  }

  // --- the preview chat: the whole conversation is replayed on the draft for every action --------
  var chat = document.getElementById("chat");
  if (!chat) { return; }
  var quick = document.getElementById("quick");
  var lang = document.getElementById("preview-lang");
  var actions = [];

  var bubble = function (cls, text) {
    var li = document.createElement("li");
    li.className = cls;
    li.textContent = text;
    chat.appendChild(li);
  };
  var render = function (turns) {
    chat.textContent = "";
    quick.textContent = "";
    var last = [];
    turns.forEach(function (turn) {
      var a = turn.action;
      if (a.say) { bubble("me", a.say); }
      if (a.shown) { bubble("me", a.shown); }
      turn.replies.forEach(function (r) {
        bubble(r.error ? "bot error" : "bot", r.text);
        if (r.buttons && r.buttons.length) { last = r.buttons; }
        else if (!r.error) { last = []; }
      });
    });
    last.forEach(function (b) {
      var btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = b.label;
      btn.setAttribute("data-testid", "quick-button");
      btn.addEventListener("click", function () {
        if (b.kind === "location") { send({location: true, shown: "📍 " + b.label}); }
        else { send({data: b.data, shown: b.label}); }
      });
      quick.appendChild(btn);
    });
    chat.scrollTop = chat.scrollHeight;
  };
  var send = function (action) {
    var next = action ? actions.concat([action]) : actions;
    fetch(chat.getAttribute("data-url"), {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify({actions: next, lang: lang.value})
    }).then(function (resp) {
      return resp.json().then(function (body) { return {ok: resp.ok, body: body}; });
    }).then(function (res) {
      if (!res.ok) { chat.textContent = ""; bubble("bot error", res.body.error || "試せませんでした。"); return; }
      actions = next;
      render(res.body.turns);
    }).catch(function () { bubble("bot error", "サーバーにつながりません。"); });
  };
  document.getElementById("say").addEventListener("submit", function (e) {
    e.preventDefault();
    var input = document.getElementById("say-text");
    if (!input.value.trim()) { return; }
    send({say: input.value});
    input.value = "";
  });
  var restart = function () { actions = []; send({follow: true}); };
  document.getElementById("restart").addEventListener("click", restart);
  lang.addEventListener("change", restart);
  restart();
})();
