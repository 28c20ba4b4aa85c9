// The local web chat: posts to /api/local/messages and renders the bot's replies; loads the conversation's
// history and follows its live feed (Server-Sent Events), so proactive messages appear and cards refresh in place.
// Every message on the page is known by its stored id: the same message from the POST answer, the history and
// the feed is shown once, and a higher revision replaces it where it stands.
// Safety rule: everything that came from the server or a user is put on the page with textContent or
// as an attribute value, never as markup, so ticket text such as <img onerror=…> stays text.
(() => {
  "use strict";

  const endpoint = "/api/local/messages";
  const conversationsEndpoint = "/api/local/conversations";
  const historySize = 100;
  const keys = { user: "chatops.user", conversation: "chatops.conversation" };

  const messages = document.getElementById("messages");
  const composer = document.getElementById("composer");
  const input = document.getElementById("text");
  const userField = document.getElementById("user");
  const conversationField = document.getElementById("conversation");
  const dmHint = document.getElementById("dm-hint");

  // The conversation on screen: its id, a generation number (answers for an earlier one are dropped), the
  // messages shown by id with their revision, the live feed, and where history goes (above everything live).
  const view = { conversation: null, generation: 0, shown: new Map(), feed: null, historyAnchor: null, retry: null };

  // Requests go one after another, so replies appear in the order things were sent.
  let queue = Promise.resolve();

  // ---- small helpers -------------------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function testId(node, id) {
    node.dataset.testid = id;
    return node;
  }

  function remembered(key, fallback) {
    try {
      return localStorage.getItem(key) || fallback;
    } catch {
      return fallback;
    }
  }

  function remember(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Storage may be off (private windows); the page still works.
    }
  }

  function newEventId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }

  function safeHttpUrl(text) {
    try {
      const url = new URL(text, window.location.href);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  function scrollToEnd() {
    messages.scrollTop = messages.scrollHeight;
  }

  // ---- Markdown subset: **bold**, _italic_, `code`, "- " bullets, paragraphs --------------------

  const inlinePattern = /\*\*([^*]+?)\*\*|`([^`]+?)`|(^|[\s(\[])_([^_\s](?:[^_]*?[^_\s])?)_(?=$|[\s).,;:!?\]])/g;

  function appendInline(parent, text) {
    let last = 0;
    for (const match of text.matchAll(inlinePattern)) {
      let start = match.index;
      let node;
      if (match[1] !== undefined) {
        node = el("strong", null, match[1]);
      } else if (match[2] !== undefined) {
        node = el("code", null, match[2]);
      } else {
        start += match[3].length;
        node = el("em", null, match[4]);
      }
      if (start > last) {
        parent.append(document.createTextNode(text.slice(last, start)));
      }
      parent.append(node);
      last = match.index + match[0].length;
    }
    if (last < text.length) {
      parent.append(document.createTextNode(text.slice(last)));
    }
  }

  function renderMarkdown(text) {
    const fragment = document.createDocumentFragment();
    const blocks = String(text).replace(/\r\n?/g, "\n").split(/\n\s*\n/);
    for (const block of blocks) {
      let paragraph = null;
      let list = null;
      for (const line of block.split("\n")) {
        const bullet = /^\s*- (.*)$/.exec(line);
        if (bullet) {
          paragraph = null;
          if (!list) {
            list = fragment.appendChild(el("ul"));
          }
          const item = list.appendChild(el("li"));
          appendInline(item, bullet[1]);
        } else if (line.trim() !== "") {
          list = null;
          if (paragraph) {
            paragraph.append(el("br"));
          } else {
            paragraph = fragment.appendChild(el("p"));
          }
          appendInline(paragraph, line);
        }
      }
    }
    return fragment;
  }

  // ---- cards ---------------------------------------------------------------------------------

  function renderFacts(facts) {
    const table = el("table", "facts");
    const body = table.appendChild(el("tbody"));
    for (const fact of facts) {
      const row = body.appendChild(el("tr"));
      row.append(el("th", null, fact.label));
      const value = testId(el("td", null, fact.value), "fact-value");
      value.dataset.label = fact.label;
      row.append(value);
    }
    return table;
  }

  function renderInput(spec) {
    const field = el("label", "field");
    field.append(el("span", "field-label", spec.required ? `${spec.label} *` : spec.label));
    let control;
    if (spec.kind === "multiline") {
      control = el("textarea");
      control.rows = 3;
    } else if (spec.kind === "choice") {
      control = el("select");
      const empty = el("option", null, spec.required ? "Choose…" : "—");
      empty.value = "";
      control.append(empty);
      for (const choice of spec.choices || []) {
        const option = el("option", null, choice);
        option.value = choice;
        control.append(option);
      }
    } else {
      control = el("input");
      control.type = spec.kind === "date" ? "date" : "text";
    }
    control.name = spec.name;
    control.required = Boolean(spec.required);
    if (control.tagName !== "SELECT") {
      if (spec.maxLength > 0) {
        control.maxLength = spec.maxLength;
      }
      if (spec.placeholder) {
        control.placeholder = spec.placeholder;
      }
    }
    if (spec.value !== undefined && spec.value !== null) {
      control.value = spec.value;
    }
    testId(control, "card-input");
    field.append(control);
    return field;
  }

  function formValues(form) {
    const values = {};
    for (const control of form.querySelectorAll("input, textarea, select")) {
      values[control.name] = control.value;
    }
    return values;
  }

  function renderCard(card) {
    const root = testId(el("article", "card"), "card");
    root.append(testId(el("h3", "card-title", card.title), "card-title"));
    if (card.facts && card.facts.length > 0) {
      root.append(renderFacts(card.facts));
    }
    if (card.body) {
      root.appendChild(el("div", "card-body")).append(renderMarkdown(card.body));
    }
    const link = card.link ? safeHttpUrl(card.link) : null;
    if (link) {
      const anchor = root.appendChild(el("a", "card-link", "Open the full record"));
      anchor.href = link;
      anchor.target = "_blank";
      anchor.rel = "noopener noreferrer";
    }

    const inputs = card.inputs || [];
    const buttons = card.buttons || [];
    const form = inputs.length > 0 ? root.appendChild(el("form", "card-form")) : null;
    if (form) {
      for (const spec of inputs) {
        form.append(renderInput(spec));
      }
    }

    const actions = (form || root).appendChild(el("div", "card-actions"));
    for (const button of buttons) {
      const node = testId(el("button", `card-button ${button.style || "default"}`, button.label), "card-button");
      node.type = "button";
      node.dataset.actionId = button.actionId;
      const submits = form !== null && button.style === "primary";
      node.addEventListener("click", () => (submits ? submitForm(form, button, root) : click(button, root)));
      actions.append(node);
    }
    if (form) {
      const primary = buttons.find((button) => button.style === "primary");
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        if (primary) {
          submitForm(form, primary, root);
        }
      });
    }
    return root;
  }

  function click(button, card) {
    const data = { ...(button.data || {}) };
    send({ action: { id: button.actionId, data } }, card, `Clicked “${button.label}”`);
  }

  function submitForm(form, button, card) {
    if (!form.reportValidity()) {
      return;
    }
    const values = { ...(button.data || {}), ...formValues(form) };
    send({ form: { id: button.actionId, values } }, card, `Submitted “${button.label}”`);
  }

  // ---- messages ------------------------------------------------------------------------------

  function newMessage(from, author) {
    const item = testId(el("div", `message from-${from}`), from === "system" ? "notice" : "message");
    item.dataset.from = from;
    item.append(el("div", "meta", author));
    item.appendChild(el("div", "bubble"));
    return item;
  }

  function addMessage(from, author) {
    const item = newMessage(from, author);
    messages.append(item);
    return item.querySelector(".bubble");
  }

  function fillBotBubble(bubble, text, card) {
    if (text) {
      testId(bubble.appendChild(el("div", "text")), "reply-text").append(renderMarkdown(text));
    }
    if (card) {
      bubble.append(renderCard(card));
    }
  }

  // A stored message: the bot's on the left, yours on the right, other people's on the left with their name.
  function renderStored(message) {
    const me = `local:${userField.value.trim()}`;
    const from = message.author === "bot" ? "bot" : message.author === me ? "user" : "other";
    const item = newMessage(from, message.authorName || message.author);
    item.dataset.messageId = message.id;
    item.dataset.author = message.author;
    const bubble = item.querySelector(".bubble");
    if (from === "bot") {
      fillBotBubble(bubble, message.text, message.card);
    } else {
      bubble.append(testId(el("div", "text plain", message.text || ""), "user-text"));
    }
    return item;
  }

  function isNearEnd() {
    return messages.scrollHeight - messages.scrollTop - messages.clientHeight < 80;
  }

  // Shows a stored message once: new ids are placed (appended, or above the live part for history), a known
  // id with a higher revision is replaced where it stands, anything else is already on the page.
  function upsert(message, fromHistory) {
    if (!message || typeof message.id !== "string") {
      return;
    }
    const known = view.shown.get(message.id);
    const revision = typeof message.revision === "number" ? message.revision : null;
    if (known) {
      if (known.revision === null) {
        known.revision = revision;
      } else if (revision !== null && revision > known.revision) {
        const node = renderStored(message);
        known.node.replaceWith(node);
        view.shown.set(message.id, { node, revision });
      }
      return;
    }
    const follow = isNearEnd();
    const node = renderStored(message);
    if (fromHistory && view.historyAnchor) {
      messages.insertBefore(node, view.historyAnchor);
    } else {
      messages.append(node);
    }
    view.shown.set(message.id, { node, revision });
    if (follow || !fromHistory) {
      scrollToEnd();
    }
  }

  // Your own message, shown at once; the feed later brings the same id and only learns its revision.
  function showUserMessage(user, text, isAction, messageId) {
    const bubble = addMessage("user", user);
    if (isAction) {
      bubble.append(el("em", "action-echo", text));
    } else {
      bubble.append(testId(el("div", "text plain", text), "user-text"));
    }
    const item = bubble.parentElement;
    item.dataset.author = `local:${user}`;
    if (messageId) {
      item.dataset.messageId = messageId;
      view.shown.set(messageId, { node: item, revision: null });
    }
    scrollToEnd();
  }

  function showReplies(replies) {
    for (const reply of replies) {
      if (typeof reply.id === "string") {
        upsert({ id: reply.id, author: "bot", authorName: "ITSM bot", revision: reply.revision, text: reply.text, card: reply.card }, false);
      } else {
        fillBotBubble(addMessage("bot", "ITSM bot"), reply.text, reply.card);
      }
    }
    scrollToEnd();
  }

  function showProblem(problem, status) {
    const bubble = addMessage("system", "not sent");
    const detail = problem && typeof problem.detail === "string" ? problem.detail : null;
    const text = detail || (status ? `The server answered ${status}.` : "The server could not be reached.");
    bubble.append(testId(el("div", "text problem", text), "problem"));
    scrollToEnd();
  }

  function setBusy(element, busy) {
    if (!element) {
      return;
    }
    element.classList.toggle("busy", busy);
    for (const button of element.querySelectorAll("button")) {
      button.disabled = busy;
    }
  }

  // ---- history and live feed -----------------------------------------------------------------

  function welcome() {
    const bubble = addMessage("system", "ITSM bot");
    bubble.append(renderMarkdown(
      "Hi! Describe a problem in your own words and I'll propose an incident, or type `help` to see the commands.\n\n"
      + "Change **You** above to act as someone else (for example an agent)."));
  }

  async function loadHistory(generation, conversation) {
    let json = null;
    try {
      const response = await fetch(`${conversationsEndpoint}/${encodeURIComponent(conversation)}/messages?max=${historySize}`, {
        headers: { Accept: "application/json" },
      });
      json = response.ok ? await response.json().catch(() => null) : null;
    } catch {
      json = null;
    }
    if (generation !== view.generation || !json || !Array.isArray(json.messages)) {
      return;
    }
    for (const message of json.messages) {
      upsert(message, true);
    }
    scrollToEnd();
  }

  // The feed's first event is its cursor: history read after it cannot miss a message posted in between.
  function follow(generation, conversation) {
    const feed = new EventSource(`${conversationsEndpoint}/${encodeURIComponent(conversation)}/events`);
    let historyLoaded = false;
    view.feed = feed;
    feed.addEventListener("cursor", () => {
      if (!historyLoaded && generation === view.generation) {
        historyLoaded = true;
        loadHistory(generation, conversation);
      }
    });
    feed.addEventListener("message", (event) => {
      if (generation !== view.generation) {
        return;
      }
      try {
        upsert(JSON.parse(event.data), false);
      } catch {
        // A malformed event is skipped; the next one still counts.
      }
    });
    feed.addEventListener("error", () => {
      // The browser reconnects by itself (resuming from the last cursor) unless the server refused: then try later.
      if (feed.readyState === EventSource.CLOSED && generation === view.generation) {
        view.retry = window.setTimeout(() => {
          if (generation === view.generation) {
            follow(generation, conversation);
          }
        }, 3000);
      }
    });
  }

  function open(conversation) {
    if (view.feed) {
      view.feed.close();
    }
    window.clearTimeout(view.retry);
    view.generation += 1;
    view.conversation = conversation;
    view.shown.clear();
    messages.replaceChildren();
    welcome();
    view.historyAnchor = messages.appendChild(el("div", "history-anchor"));
    follow(view.generation, conversation);
  }

  // Whose messages are "mine" follows the You field; the history stays as it is.
  function restyleForUser() {
    const me = `local:${userField.value.trim()}`;
    for (const item of messages.querySelectorAll("[data-author]")) {
      const from = item.dataset.author === "bot" ? "bot" : item.dataset.author === me ? "user" : "other";
      item.classList.remove("from-bot", "from-user", "from-other");
      item.classList.add(`from-${from}`);
      item.dataset.from = from;
    }
    dmHint.dataset.conversation = `dm:${userField.value.trim()}`;
    dmHint.textContent = `dm:${userField.value.trim()}`;
  }

  // ---- sending -------------------------------------------------------------------------------

  function currentUser() {
    const user = userField.value.trim();
    if (!userField.checkValidity() || user === "") {
      userField.reportValidity();
      return null;
    }
    remember(keys.user, user);
    return user;
  }

  function currentConversation() {
    const conversation = conversationField.value.trim() || "general";
    remember(keys.conversation, conversation);
    return conversation;
  }

  function send(payload, busyElement, echo) {
    const user = currentUser();
    if (!user) {
      return;
    }
    const conversation = currentConversation();
    if (conversation !== view.conversation) {
      open(conversation);
    }
    const eventId = newEventId();
    const generation = view.generation;
    const body = { eventId, user: { id: user }, conversation: { id: view.conversation }, ...payload };
    showUserMessage(user, echo || payload.text, Boolean(echo), echo ? null : `in:${eventId}`);
    queue = queue.then(async () => {
      setBusy(busyElement, true);
      const typing = testId(addMessage("bot", "ITSM bot").parentElement, "typing");
      typing.querySelector(".bubble").append(el("span", "typing", "…"));
      scrollToEnd();
      let response = null;
      let json = null;
      try {
        response = await fetch(endpoint, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(body),
        });
        json = await response.json().catch(() => null);
      } catch {
        response = null;
      } finally {
        typing.remove();
        setBusy(busyElement, false);
      }
      if (generation !== view.generation) {
        return;
      }
      if (response && response.ok && json && Array.isArray(json.replies)) {
        showReplies(json.replies);
      } else {
        showProblem(json, response ? response.status : 0);
      }
    });
  }

  // ---- wiring --------------------------------------------------------------------------------

  userField.value = remembered(keys.user, "alice");
  conversationField.value = remembered(keys.conversation, "general");
  userField.addEventListener("change", () => {
    if (userField.checkValidity()) {
      remember(keys.user, userField.value.trim());
      restyleForUser();
    }
  });
  conversationField.addEventListener("change", () => {
    const conversation = currentConversation();
    if (conversation !== view.conversation) {
      open(conversation);
    }
  });
  document.getElementById("identity").addEventListener("submit", (event) => event.preventDefault());
  dmHint.addEventListener("click", () => {
    conversationField.value = dmHint.dataset.conversation;
    conversationField.dispatchEvent(new Event("change"));
  });

  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === "") {
      return;
    }
    input.value = "";
    input.style.height = "";
    send({ text }, null, null);
    input.focus();
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  input.addEventListener("input", () => {
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
  });

  restyleForUser();
  open(currentConversation());
  input.focus();
})();
