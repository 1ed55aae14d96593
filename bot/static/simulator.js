// The simulator: each "phone" is one LINE user. Sending goes to /simulator/api/send, which signs a real
// webhook event and posts it to /callback; answers are read back from the fake LINE API.
(function () {
  "use strict";
  const residents = document.getElementById("residents");
  const template = document.getElementById("resident-template");
  // A point in the fictional demo town (みどりが丘市), used for "send location".
  const TOWN = { latitude: 35.6581, longitude: 139.7017, title: "現在地", address: "みどりが丘市 中央1丁目" };
  let count = 0;

  async function post(url, body) {
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    return res.ok ? res.json() : Promise.reject(await res.text());
  }

  function addResident() {
    count += 1;
    const user = "Usim" + Math.random().toString(16).slice(2, 10) + count;
    const node = template.content.firstElementChild.cloneNode(true);
    node.dataset.user = user;
    node.querySelector(".who").textContent = "相談者 " + count;
    residents.appendChild(node);
    const phone = new Phone(node, user);
    phone.poll();
    return phone;
  }

  function Phone(node, user) {
    this.node = node; this.user = user; this.since = 0; this.alive = true;
    this.chat = node.querySelector(".chat"); this.quick = node.querySelector(".quick");
    const input = node.querySelector(".text");
    node.querySelector(".compose").addEventListener("submit", (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      input.value = "";
      this.bubble("me", text);
      this.send({ kind: "text", text });
    });
    node.querySelector(".follow").addEventListener("click", () => { this.note("友だち追加しました"); this.send({ kind: "follow" }); });
    node.querySelector(".sticker").addEventListener("click", () => { this.bubble("me", "(スタンプ)"); this.send({ kind: "sticker" }); });
    node.querySelector(".image").addEventListener("click", () => { this.bubble("me", "(写真)"); this.send({ kind: "image" }); });
    node.querySelector(".location").addEventListener("click", () => this.sendLocation());
    node.querySelector(".lang").addEventListener("change", (e) => post("simulator/api/profile", { user, language: e.target.value }));
    node.querySelector(".close").addEventListener("click", () => { this.alive = false; node.remove(); });
  }

  Phone.prototype.send = function (payload) {
    this.quick.innerHTML = "";
    return post("simulator/api/send", Object.assign({ user: this.user }, payload))
      .catch((err) => this.note("送信できませんでした: " + err));
  };
  Phone.prototype.sendLocation = function () {
    this.bubble("me", "位置情報: " + TOWN.address);
    return this.send(Object.assign({ kind: "location" }, TOWN));
  };
  Phone.prototype.bubble = function (who, text) {
    const div = document.createElement("div");
    div.className = "msg " + who;
    div.textContent = text;
    div.dataset.testid = who === "me" ? "resident-message" : "bot-message";
    this.chat.appendChild(div);
    this.chat.scrollTop = this.chat.scrollHeight;
  };
  Phone.prototype.note = function (text) {
    const div = document.createElement("div");
    div.className = "msg event"; div.textContent = text;
    this.chat.appendChild(div);
  };
  Phone.prototype.poll = async function () {
    while (this.alive) {
      try {
        const res = await fetch(`simulator/api/messages?user=${this.user}&since=${this.since}`);
        if (res.ok) {
          const data = await res.json();
          this.since = data.last;
          data.items.forEach((item) => item.messages.forEach((m) => this.render(m)));
        }
      } catch (e) { /* the demo server restarted: keep polling */ }
      await new Promise((r) => setTimeout(r, 600));
    }
  };
  Phone.prototype.render = function (m) {
    if (m.type === "text") this.bubble("bot", m.text);
    else if (m.type === "flex") this.carousel(m);
    else this.bubble("bot", "[" + m.type + "]");
    const items = (m.quickReply && m.quickReply.items) || [];
    if (items.length) {
      this.quick.innerHTML = "";
      items.forEach((it) => this.quick.appendChild(this.actionButton(it.action)));
    }
  };
  Phone.prototype.actionButton = function (action) {
    const b = document.createElement("button");
    b.type = "button"; b.textContent = action.label;
    b.addEventListener("click", () => this.act(action));
    return b;
  };
  Phone.prototype.act = function (action) {
    if (action.type === "postback") {
      this.bubble("me", action.displayText || action.label);
      this.send({ kind: "postback", data: action.data });
    } else if (action.type === "location") {
      this.sendLocation();
    } else if (action.type === "datetimepicker") {
      this.pickDatetime(action);
    } else if (action.type === "uri") {
      window.open(action.uri, "_blank", "noopener");
    }
  };
  Phone.prototype.pickDatetime = function (action) {
    const box = document.createElement("form");
    box.className = "picker";
    box.innerHTML = '<input type="datetime-local" required><button>OK</button>';
    box.addEventListener("submit", (e) => {
      e.preventDefault();
      const value = box.querySelector("input").value;
      box.remove();
      this.bubble("me", value.replace("T", " "));
      this.send({ kind: "postback", data: action.data, params: { datetime: value } });
    });
    this.chat.appendChild(box);
  };
  Phone.prototype.carousel = function (m) {
    const row = document.createElement("div");
    row.className = "carousel";
    row.dataset.testid = "bot-cards";
    const bubbles = (m.contents && m.contents.contents) || [];
    bubbles.forEach((bubble) => {
      const card = document.createElement("div");
      card.className = "card";
      (bubble.body.contents || []).forEach((c, i) => {
        const el = document.createElement(i === 0 ? "h3" : "p");
        el.textContent = c.text; card.appendChild(el);
      });
      ((bubble.footer && bubble.footer.contents) || []).forEach((btn) => card.appendChild(this.actionButton(btn.action)));
      row.appendChild(card);
    });
    this.chat.appendChild(row);
    this.chat.scrollTop = this.chat.scrollHeight;
  };

  document.getElementById("add-resident").addEventListener("click", addResident);
  addResident();
})();
