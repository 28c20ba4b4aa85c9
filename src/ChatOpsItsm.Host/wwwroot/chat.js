// The local web chat: posts to /api/local/messages and renders the bot's replies.
// Safety rule: everything that came from the server or a user is put on the page with textContent or
// as an attribute value, never as markup, so ticket text such as <img onerror=…> stays text.
(() => {
  "use strict";

  const endpoint = "/api/local/messages";
  const keys = { user: "chatops.user", conversation: "chatops.conversation" };

  const messages = document.getElementById("messages");
  const composer = document.getElementById("composer");
  const input = document.getElementById("text");
  const userField = document.getElementById("user");
  const conversationField = document.getElementById("conversation");

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

  function addMessage(from, author) {
    const item = testId(el("div", `message from-${from}`), from === "system" ? "notice" : "message");
    item.dataset.from = from;
    item.append(el("div", "meta", author));
    const bubble = item.appendChild(el("div", "bubble"));
    messages.append(item);
    return bubble;
  }

  function showUserMessage(user, text, isAction) {
    const bubble = addMessage("user", user);
    if (isAction) {
      bubble.append(el("em", "action-echo", text));
    } else {
      bubble.append(testId(el("div", "text plain", text), "user-text"));
    }
    scrollToEnd();
  }

  function showReplies(replies) {
    for (const reply of replies) {
      const bubble = addMessage("bot", "ITSM bot");
      if (reply.text) {
        testId(bubble.appendChild(el("div", "text")), "reply-text").append(renderMarkdown(reply.text));
      }
      if (reply.card) {
        bubble.append(renderCard(reply.card));
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
    const body = { eventId: newEventId(), user: { id: user }, conversation: { id: currentConversation() }, ...payload };
    showUserMessage(user, echo || payload.text, Boolean(echo));
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
    }
  });
  conversationField.addEventListener("change", () => currentConversation());
  document.getElementById("identity").addEventListener("submit", (event) => event.preventDefault());

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

  const welcome = addMessage("system", "ITSM bot");
  welcome.append(renderMarkdown(
    "Hi! Describe a problem in your own words and I'll propose an incident, or type `help` to see the commands.\n\n"
    + "Change **You** above to act as someone else (for example an agent)."));
  input.focus();
})();
