/* Counselor console: live queue and live conversation by polling (every 2 s); no inline scripts (CSP). */
(function () {
  "use strict";
  /* A destructive or resident-facing one-click action says what will happen and waits for an OK. */
  document.addEventListener("submit", function (e) {
    var button = e.submitter, form = e.target;
    var text = (button && button.getAttribute("data-confirm")) || (form && form.getAttribute("data-confirm"));
    if (text && !window.confirm(text)) e.preventDefault();
  }, true);
  var POLL_MS = 2000;
  var body = document.body;
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function labels(id) {
    var t = document.getElementById(id);
    var out = {};
    if (!t) return out;
    Object.keys(t.dataset).forEach(function (k) { out[k] = JSON.parse(t.dataset[k]); });
    return out;
  }
  var skew = 0;  /* server clock minus browser clock, so waiting times match the server's */
  function waited(iso) {
    if (!iso) return "";
    var m = Math.max(0, Math.floor((Date.now() + skew - Date.parse(iso)) / 60000));
    return m >= 60 ? Math.floor(m / 60) + "時間" + (m % 60) + "分" : m + "分";
  }
  /* Times in the office's time zone (as the server writes them), whatever the browser's own zone is. */
  var CLOCK = new Intl.DateTimeFormat("ja-JP", {timeZone: document.documentElement.dataset.tz || "Asia/Tokyo",
    month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23"});
  function clock(iso) {
    var parts = {};
    CLOCK.formatToParts(new Date(iso)).forEach(function (x) { parts[x.type] = x.value; });
    return parts.month + "/" + parts.day + " " + parts.hour + ":" + parts.minute;
  }
  function level(u) { return u >= 100 ? 3 : u >= 40 ? 2 : u > 0 ? 1 : 0; }
  var LEVEL_NAMES = ["ふつう", "やや高い", "高い", "緊急"];  /* replaced by the page's own labels (row-labels) */
  function poll(fn) {
    var live = document.getElementById("live");
    var run = function () {
      fn().then(function () { if (live) { live.textContent = "自動更新中"; live.classList.remove("stale"); } })
        .catch(function () { if (live) { live.textContent = "接続が切れています（再試行中）"; live.classList.add("stale"); } })
        .then(function () { setTimeout(run, POLL_MS); });
    };
    setTimeout(run, POLL_MS);
  }
  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } }).then(function (r) {
      if (r.status === 401 || r.redirected) { window.location.reload(); throw new Error("signed out"); }
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
  }

  /* Live updates: server-sent events while the server has room for the stream, else polling every 2 s.
     body[data-live] says which ("sse" or "polling"). */
  function live(streamUrl, eventName, pollUrl, handle) {
    var indicator = document.getElementById("live");
    var polling = false;
    function fallBack() {
      if (polling) return;
      polling = true; body.dataset.live = "polling";
      poll(function () { return getJSON(pollUrl()).then(handle); });
    }
    if (!window.EventSource) { fallBack(); return; }
    var source = new EventSource(streamUrl());
    source.addEventListener(eventName, function (e) {
      body.dataset.live = "sse";
      if (indicator) { indicator.textContent = "自動更新中（即時）"; indicator.classList.remove("stale"); }
      handle(JSON.parse(e.data));
    });
    source.addEventListener("gone", function () { source.close(); window.location.reload(); });
    source.onerror = function () {
      /* CONNECTING: the stream's time was up and the browser reconnects by itself; CLOSED: refused (busy, signed out) */
      if (source.readyState === EventSource.CLOSED) { source.close(); fallBack(); }
    };
  }

  /* Opt-in sound and desktop notification for a new crisis or a new resident waiting (remembered per browser). */
  var NOTIFY_KEY = "madoguchi-notify";
  function notifyOn() { try { return window.localStorage.getItem(NOTIFY_KEY) === "on"; } catch (e) { return false; } }
  function setupNotifyToggle() {
    var button = document.getElementById("notify-toggle");
    if (!button) return;
    function show() {
      var on = notifyOn();
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? "通知：オン（音とデスクトップ通知）" : "通知：オフ";
    }
    button.addEventListener("click", function () {
      var on = !notifyOn();
      try { window.localStorage.setItem(NOTIFY_KEY, on ? "on" : "off"); } catch (e) { /* private mode: this page only */ }
      if (on && window.Notification && Notification.permission === "default") Notification.requestPermission();
      show();
    });
    show();
  }
  function beep(urgent) {
    try {
      var ctx = new (window.AudioContext || window.webkitAudioContext)();
      [0, urgent ? 0.25 : null].forEach(function (at) {
        if (at === null) return;
        var osc = ctx.createOscillator(), gain = ctx.createGain();
        osc.frequency.value = urgent ? 880 : 660; gain.gain.value = 0.15;
        osc.connect(gain); gain.connect(ctx.destination);
        osc.start(ctx.currentTime + at); osc.stop(ctx.currentTime + at + 0.18);
      });
    } catch (e) { /* no audio: the notification and the page still say it */ }
  }
  function announce(title, text, tag, urgent) {
    body.dataset.lastAlert = title;
    if (!notifyOn()) return;
    beep(urgent);
    if (window.Notification && Notification.permission === "granted") {
      var n = new Notification(title, {body: text, tag: tag, requireInteraction: urgent});
      n.onclick = function () { window.focus(); };
    }
  }

  /* --- the queue --------------------------------------------------------------------- */
  function queueRow(r, L) {
    var tr = el("tr", (r.crisis.length || r.crisis_alert ? "crisis " : "") + r.status);
    tr.setAttribute("data-testid", "queue-row"); tr.dataset.id = r.id;
    var td = el("td", "urgency"); td.appendChild(el("span", "pill u" + level(r.urgency), LEVEL_NAMES[level(r.urgency)])); tr.appendChild(td);
    td = el("td"); td.appendChild(el("span", "status " + r.status, L.statuses[r.status] || r.status));
    if (r.assigned_to) td.appendChild(el("div", "holder", r.assigned_name || r.assigned_to));
    tr.appendChild(td);
    /* a claimed row stops the waiting clock and counts how long it has been in hand */
    var since = r.status === "active" ? r.claimed_at : r.waiting_since;
    var prefix = r.status === "active" ? "対応 " : "";
    td = el("td", "wait", since ? prefix + waited(since) : (r.status === "active" ? "—" : ""));
    td.dataset.since = since || ""; td.dataset.prefix = prefix; tr.appendChild(td);
    tr.appendChild(el("td", "", L.langs[r.lang] || r.lang));
    td = el("td", "topics");
    if (r.label) {
      var k = el("div", "kiosk-label" + (r.crisis.length ? " danger" : ""), r.label);
      k.setAttribute("data-testid", "kiosk-label"); td.appendChild(k);
    }
    (r.crisis_shown || r.crisis).forEach(function (s) { td.appendChild(el("span", "tag danger", L.crisis[s] || s)); });
    r.topics.forEach(function (t) { td.appendChild(el("span", "tag", L.topics[t] || t)); });
    tr.appendChild(td);
    var words = (r.summary && r.summary.words) || [];
    var w = (words.length ? words[words.length - 1] : "") || r.last_message || "";
    tr.appendChild(el("td", "words", w.length > 60 ? w.slice(0, 57) + "..." : w));
    td = el("td", "act");
    if (r.status === "waiting") {
      var f = el("form"); f.method = "post"; f.action = "/console/c/" + r.id + "/claim";
      var h = el("input"); h.type = "hidden"; h.name = "csrf_token"; h.value = csrf; f.appendChild(h);
      var b = el("button", "primary small", "担当する"); b.type = "submit"; b.setAttribute("data-testid", "claim");
      f.appendChild(b); td.appendChild(f);
    } else {
      var a = el("a", "button small", "開く"); a.href = "/console/c/" + r.id; td.appendChild(a);
    }
    tr.appendChild(td);
    return tr;
  }
  /* Which row (by conversation id) and which of its links or buttons has the keyboard focus, if any. */
  function focusInRow(container) {
    var active = document.activeElement;
    var row = active && active.closest ? active.closest("[data-testid=queue-row]") : null;
    if (!row || !container.contains(row)) return null;
    return {id: row.dataset.id, index: Array.prototype.indexOf.call(row.querySelectorAll("a, button"), active)};
  }
  function restoreFocus(container, focus) {
    if (!focus) return;
    var row = container.querySelector('[data-testid=queue-row][data-id="' + focus.id + '"]');
    var targets = row ? row.querySelectorAll("a, button") : [];
    var target = targets[Math.max(0, Math.min(focus.index, targets.length - 1))];
    if (target) target.focus();
  }
  function startQueue() {
    var L = labels("row-labels");
    var drawn = null;  /* the rows last drawn, as JSON */
    if (L.urgency) LEVEL_NAMES = L.urgency;
    var tbody = document.getElementById("queue-body");
    var known = null;  /* "id:waiting" / "id:crisis" already announced; null until the first look */
    setupNotifyToggle();
    live(function () { return "/console/queue/events"; }, "queue", function () { return "/console/queue.json"; },
      function (data) {
        if (data.now) skew = Date.parse(data.now) - Date.now();
        var now = {};
        data.rows.forEach(function (r) {
          if (r.status === "waiting") now[r.id + ":waiting"] = r;
          if (r.crisis.length || r.crisis_alert) now[r.id + ":crisis"] = r;
        });
        if (known !== null) {
          Object.keys(now).forEach(function (key) {
            var r = now[key], crisisKey = key.slice(-7) === ":crisis";
            if (known[key] || (!crisisKey && now[r.id + ":crisis"] && !known[r.id + ":crisis"])) return;  /* one alert: the crisis */
            announce(crisisKey ? "危機のサインがある相談があります" : "相談者が待っています",
              (crisisKey ? (r.crisis_shown || r.crisis).map(function (x) { return L.crisis[x] || x; }).join("・") + " — " : "") + "相談 #" + r.id,
              "madoguchi-" + key, crisisKey);
          });
        }
        known = now;
        var signature = JSON.stringify(data.rows);
        if (signature !== drawn) {  /* redraw only what changed, and keep the keyboard focus where it was */
          drawn = signature;
          var focus = focusInRow(tbody);
          var frag = document.createDocumentFragment();
          data.rows.forEach(function (r) { frag.appendChild(queueRow(r, L)); });
          tbody.replaceChildren(frag);
          restoreFocus(tbody, focus);
        } else {
          tbody.querySelectorAll("td.wait").forEach(function (td) { if (td.dataset.since) td.textContent = (td.dataset.prefix || "") + waited(td.dataset.since); });
        }
        var waiting = data.rows.filter(function (r) { return r.status === "waiting"; }).length;
        var crisis = data.rows.some(function (r) { return r.crisis.length || r.crisis_alert; });
        document.getElementById("queue-count").textContent = waiting;
        document.getElementById("queue-empty").classList.toggle("hidden", data.rows.length > 0);
        document.getElementById("crisis-banner").classList.toggle("hidden", !crisis);
        document.title = (crisis ? "【危機】" : "") + (waiting ? "(" + waiting + ") " : "") + "待ち行列 — 窓口 相談員コンソール";
      });
  }

  /* --- pictures and files (the same markup as templates/console/_media.html) ---------------- */
  function mediaBlock(md) {
    var box = el("div", "media"); box.dataset.state = md.state; box.setAttribute("data-testid", "media");
    if (md.viewable) {
      var b = el("button", "media-thumb"); b.type = "button"; b.dataset.full = md.url;
      b.dataset.download = md.url + "?download=1"; b.setAttribute("aria-haspopup", "dialog");
      b.setAttribute("data-testid", "media-thumb");
      var img = el("img"); img.src = md.url + "?size=thumb"; img.alt = "相談者が送った写真（クリックで拡大）"; img.loading = "lazy";
      b.appendChild(img); box.appendChild(b);
    } else if (md.url) {
      var a = el("a", "media-file", md.kind_label + "をダウンロード（" + md.size + "）");
      a.href = md.url + "?download=1"; a.setAttribute("download", ""); a.setAttribute("data-testid", "media-download");
      box.appendChild(a);
    } else {
      var p = el("p", "media-note", md.note); p.setAttribute("data-testid", "media-note"); box.appendChild(p);
    }
    return box;
  }

  function startViewer() {  // a <dialog>: focus stays inside, Esc closes, focus returns to the thumbnail
    var viewer = document.getElementById("media-viewer");
    if (!viewer) return;
    var opener = null;
    document.addEventListener("click", function (e) {
      var thumb = e.target.closest && e.target.closest(".media-thumb");
      if (!thumb) return;
      opener = thumb;
      viewer.querySelector("img").src = thumb.dataset.full;
      viewer.querySelector("a").href = thumb.dataset.download;
      viewer.showModal();
      viewer.querySelector("[data-close]").focus();
    });
    viewer.querySelector("[data-close]").addEventListener("click", function () { viewer.close(); });
    viewer.addEventListener("click", function (e) { if (e.target === viewer) viewer.close(); });  // the backdrop
    viewer.addEventListener("close", function () { if (opener) opener.focus(); });
  }

  /* --- one conversation -------------------------------------------------------------- */
  /* The Japanese meaning under a resident's message in another language (as templates/console/_meaning.html). */
  function meaningOf(m, L) {
    var box = el("div", "meaning"); box.setAttribute("data-testid", "meaning"); box.lang = "ja";
    if (m.kind === "translated") {
      box.appendChild(el("span", "label", "意味（機械翻訳・" + m.via + "）"));
      box.appendChild(document.createTextNode(m.text));
    } else {
      box.appendChild(el("span", "label", ((L.langs || {})[m.lang] || m.lang) + "のメッセージ" + (m.failed ? "（翻訳できませんでした）" : "")));
      box.appendChild(document.createTextNode("読み取れた内容：" + (m.topics.join("・") || (m.crisis.length ? "" : "なし"))));
      m.crisis.forEach(function (x) { box.appendChild(el("strong", "danger", x)); });
    }
    return box;
  }
  function startReplyPreview(cid, text) {
    var button = document.getElementById("reply-preview-button");
    if (!button || !text) return;
    var box = document.getElementById("reply-preview"), out = document.getElementById("reply-preview-text");
    button.addEventListener("click", function () {
      out.textContent = "訳しています…"; box.classList.remove("hidden");
      fetch("/console/c/" + cid + "/reply-preview", {method: "POST", credentials: "same-origin",
        headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
        body: JSON.stringify({text: text.value})}).then(function (r) { return r.json(); }).then(function (data) {
        out.textContent = data.error || (data.failed || !data.text ? "翻訳サービスから答えがありませんでした。そのまま送るか、定型文を使ってください。" : data.text);
        document.getElementById("reply-preview-use").hidden = !data.text;
      }).catch(function () { out.textContent = "翻訳サービスにつながりませんでした。"; });
    });
    document.getElementById("reply-preview-use").addEventListener("click", function () {
      text.value = out.textContent;
      var meaning = document.getElementById("reply-meaning");
      if (meaning) meaning.textContent = "";
      box.classList.add("hidden");
      text.focus();
    });
  }
  function startConversation() {
    startViewer();
    var L = labels("sender-labels");
    var cid = body.dataset.cid, last = parseInt(body.dataset.last || "0", 10);
    var status = body.dataset.status, holder = body.dataset.holder;
    var history = document.getElementById("history");
    var text = document.getElementById("reply-text");
    history.scrollTop = history.scrollHeight;
    document.querySelectorAll(".canned-item").forEach(function (b) {
      b.addEventListener("click", function () {
        if (!text) return;
        text.value = b.dataset.text;
        var meaning = document.getElementById("reply-meaning");
        if (meaning) meaning.textContent = b.dataset.text !== b.dataset.ja ? "意味：" + b.dataset.ja : "";
        text.focus();
      });
    });
    if (text) {
      text.addEventListener("keydown", function (e) {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); document.getElementById("reply-form").requestSubmit(); }
      });
    }
    startReplyPreview(cid, text);
    live(function () { return "/console/c/" + cid + "/events?after=" + last; }, "updates",
      function () { return "/console/c/" + cid + "/updates.json?after=" + last; }, function (data) {
        data.messages.forEach(function (m) {
          if (m.id <= last) return;  /* already shown (a reconnect may send it again) */
          var li = el("li", "msg " + m.sender); li.dataset.id = m.id;
          var meta = el("div", "meta", (L.senders[m.sender] || m.sender) + (m.author ? "・" + m.author : ""));
          meta.appendChild(el("time", "", clock(m.at)));
          li.appendChild(meta); li.appendChild(el("div", "text", m.text));
          if (m.meaning) li.appendChild(meaningOf(m.meaning, L));
          if (m.media) li.appendChild(mediaBlock(m.media));
          history.appendChild(li);
          last = Math.max(last, m.id);
        });
        if (data.messages.length) history.scrollTop = history.scrollHeight;
        (data.media || []).forEach(function (md) {  // a picture fetched (or refused) after its line was shown
          var li = history.querySelector('li[data-id="' + md.message_id + '"]');
          var shown = li && li.querySelector(".media");
          if (li && !li.classList.contains("redacted") && (!shown || shown.dataset.state !== md.state)) {
            if (shown) li.replaceChild(mediaBlock(md), shown); else li.appendChild(mediaBlock(md));
          }
        });
        (data.undelivered || []).forEach(function (id) {
          var li = history.querySelector('li[data-id="' + id + '"]');
          if (li && !li.querySelector(".undelivered")) {
            var warn = el("div", "undelivered", "届いていません：LINE がこのメッセージを受け付けませんでした。短くするか分けて、もう一度送ってください。");
            warn.setAttribute("role", "alert"); warn.setAttribute("data-testid", "undelivered");
            li.appendChild(warn);
          }
        });
        /* the summary card follows what the server knows (a crisis sign raises the urgency at once) */
        var pill = document.querySelector("[data-testid=urgency]");
        if (pill && typeof data.urgency === "number") {
          pill.className = "pill u" + level(data.urgency); pill.title = data.urgency;
          pill.textContent = (L.urgency || LEVEL_NAMES)[level(data.urgency)];
        }
        var signs = document.querySelector("[data-testid=summary-crisis]");
        if (signs && data.crisis && data.crisis.length) {
          signs.replaceChildren.apply(signs, (data.crisis_shown || data.crisis).map(function (x) { return el("span", "tag danger", L.crisis[x] || x); }));
        }
        var alert = document.getElementById("crisis-alert");
        if (data.crisis_alert) document.getElementById("crisis-alert-reply").textContent = data.crisis_reply || "";
        if (data.crisis_alert && alert.classList.contains("hidden")) {
          document.getElementById("crisis-alert-signals").textContent =
            (data.crisis_alert.signals || []).map(function (s) { return L.crisis[(data.medical_only && s === "suicide") ? "medical" : s] || s; }).join(" ");
          alert.classList.remove("hidden");
          document.title = "【危機】" + document.title;
        }
        if (data.status !== status || (data.assigned_to || "") !== holder) {
          var typing = text && text.value.trim();
          if (typing) document.getElementById("status-changed").classList.remove("hidden");
          else window.location.reload();
        }
      });
  }

  if (body.dataset.page === "queue") startQueue();
  if (body.dataset.page === "conversation") startConversation();
})();
