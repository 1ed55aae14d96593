/* Reception kiosk: language first, then the intake as big buttons; wipes itself when left alone.
   The visit token lives only in this script's memory: no cookies, localStorage or sessionStorage. */
(function () {
  "use strict";
  var body = document.body;
  var IDLE_MS = parseFloat(body.dataset.idle || "120") * 1000;
  var WARN_MS = parseFloat(body.dataset.warning || "20") * 1000;
  var POLL_MS = 4000;
  var TEXTS = JSON.parse(document.getElementById("kiosk-texts").dataset.texts);
  var token = null, lang = "ja", ended = false, busy = false, lastTouch = Date.now(), warned = false;

  function $(id) { return document.getElementById(id); }
  function t(id) { return (TEXTS[lang] || TEXTS.ja)[id] || TEXTS.ja[id] || ""; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function show(id) {
    ["lang-screen", "visit-screen", "end-screen"].forEach(function (s) { $(s).classList.toggle("hidden", s !== id); });
    window.scrollTo(0, 0);
  }
  function htmlLang(code) { return code === "ja-easy" ? "ja" : code; }

  function applyTexts() {
    document.documentElement.lang = htmlLang(lang);
    $("brand").textContent = t("kiosk.title");
    $("finish").textContent = t("kiosk.finish");
    $("write-toggle").textContent = t("kiosk.write");
    $("write-hint").textContent = t("kiosk.write_hint");
    $("write-send").textContent = t("kiosk.send");
    $("number-title").textContent = t("kiosk.number_title");
    $("summary-title").textContent = t("kiosk.summary_title");
    $("qr-caption").textContent = t("kiosk.qr_caption");
    $("done").textContent = t("kiosk.done");
    $("still-here").textContent = t("kiosk.still_here");
  }

  /* --- talking to the server ------------------------------------------------------------ */
  function call(method, url, payload) {
    var headers = { "X-Kiosk": "1", "Accept": "application/json" };
    if (token) headers["X-Kiosk-Visit"] = token;
    if (payload) headers["Content-Type"] = "application/json";
    return fetch(url, { method: method, headers: headers, credentials: "same-origin", cache: "no-store",
                        body: payload ? JSON.stringify(payload) : undefined }).then(function (r) {
      if (r.status === 410) { wipe(false); throw new Error("gone"); }
      return r.json().then(function (data) {
        if (!r.ok) throw new Error(data.error || ("HTTP " + r.status));
        return data;
      });
    });
  }
  function busyOn(on) { busy = on; $("busy").classList.toggle("hidden", !on); }
  function run(method, url, payload) {
    if (busy) return;
    busyOn(true);
    call(method, url, payload).then(receive).catch(function (e) {
      if (e.message !== "gone") showError();
    }).then(function () { busyOn(false); });
  }
  function showError() {
    var box = $("messages");
    box.appendChild(el("p", "msg error", t("kiosk.error")));
  }

  /* --- drawing what the bot said ---------------------------------------------------------- */
  function receive(data) {
    if (data.token) token = data.token;
    if (data.lang && data.lang !== lang) { lang = data.lang; applyTexts(); }
    if (data.ended) { end(data); return; }
    if (data.messages && data.messages.length) draw(data.messages);
  }
  function optionButton(o) {
    var b = el("button", o.label.indexOf("✓") === 0 ? "option chosen" : "option", o.label);
    b.type = "button";
    b.setAttribute("data-testid", "option");
    b.addEventListener("click", function () { run("POST", "/kiosk/api/visit/act", { kind: "postback", data: o.data }); });
    return b;
  }
  function draw(messages) {
    var box = $("messages"), opts = $("options");
    box.replaceChildren();
    var last = null;
    messages.forEach(function (m) {
      if (m.text) box.appendChild(el("p", "msg", m.text));
      m.cards.forEach(function (c) {
        var card = el("div", "card");
        card.appendChild(el("h3", "", c.title));
        c.lines.forEach(function (l) { card.appendChild(el("p", "", l)); });
        c.options.forEach(function (o) { card.appendChild(optionButton(o)); });
        box.appendChild(card);
      });
      if (m.options.length) last = m.options;
    });
    opts.replaceChildren();
    (last || []).forEach(function (o) { opts.appendChild(optionButton(o)); });
    $("write-form").classList.add("hidden");
    $("write-text").value = "";
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    window.scrollTo(0, 0);  /* the new question from the top */
  }
  function end(data) {
    ended = true;
    token = null;
    var e = data.ended;
    $("finish").classList.add("hidden");
    $("number").textContent = e.number;
    $("number-next").textContent = e.crisis ? t("kiosk.crisis_next") : t("kiosk.number_next");
    $("number-card").classList.toggle("crisis", !!e.crisis);
    var msgs = $("end-messages");
    msgs.replaceChildren();
    (data.messages || []).forEach(function (m) { if (m.text) msgs.appendChild(el("p", "msg", m.text)); });
    msgs.classList.toggle("hidden", !msgs.children.length);
    var list = $("summary");
    list.replaceChildren();
    if (e.topics.length) e.topics.forEach(function (x) { list.appendChild(el("li", "", x)); });
    else list.appendChild(el("li", "muted", t("kiosk.no_topics")));
    show("end-screen");
  }

  /* --- the shared device: wipe when left alone ------------------------------------------- */
  function wipe(tellServer) {
    if (tellServer && token) {
      try {
        fetch("/kiosk/api/visit/end", { method: "POST", keepalive: true, credentials: "same-origin",
          headers: { "X-Kiosk": "1", "X-Kiosk-Visit": token } });
      } catch (e) { /* the server ends it on its own after the same time */ }
    }
    token = null;
    body.replaceChildren();
    window.location.replace("/kiosk");
  }
  function touched() {
    lastTouch = Date.now();
    if (warned) { warned = false; $("idle").classList.add("hidden"); }
  }
  ["pointerdown", "keydown", "input", "touchstart"].forEach(function (ev) {
    document.addEventListener(ev, touched, { passive: true, capture: true });
  });
  setInterval(function () {
    if (!token && !ended) return;  /* the language screen holds nothing to wipe */
    var idle = Date.now() - lastTouch;
    if (idle >= IDLE_MS + WARN_MS) { wipe(true); return; }
    if (idle >= IDLE_MS) {
      warned = true;
      var left = Math.max(1, Math.ceil((IDLE_MS + WARN_MS - idle) / 1000));
      $("idle-text").textContent = t("kiosk.still_there").replace("{seconds}", left);
      $("idle").classList.remove("hidden");
    }
  }, 250);
  setInterval(function () {
    if (!token || busy || ended) return;
    call("GET", "/kiosk/api/visit/messages").then(function (data) {
      if (data.ended || (data.messages && data.messages.length)) receive(data);
    }).catch(function () { /* shown on the next tap */ });
  }, POLL_MS);

  /* --- wiring ------------------------------------------------------------------------------ */
  document.querySelectorAll(".lang").forEach(function (b) {
    b.addEventListener("click", function () {
      lang = b.dataset.lang;
      applyTexts();
      show("visit-screen");
      $("finish").classList.remove("hidden");
      run("POST", "/kiosk/api/visits", { lang: lang });
    });
  });
  $("finish").addEventListener("click", function () { run("POST", "/kiosk/api/visit/finish"); });
  $("write-toggle").addEventListener("click", function () {
    $("write-form").classList.toggle("hidden");
    if (!$("write-form").classList.contains("hidden")) $("write-text").focus();
  });
  $("write-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var text = $("write-text").value.trim();
    if (text) run("POST", "/kiosk/api/visit/act", { kind: "text", text: text });
  });
  $("done").addEventListener("click", function () { wipe(false); });
  $("still-here").addEventListener("click", touched);
  window.addEventListener("pageshow", function (e) { if (e.persisted) window.location.replace("/kiosk"); });
  body.dataset.ready = "1";  /* the buttons work from now on (tests wait for it) */
})();
