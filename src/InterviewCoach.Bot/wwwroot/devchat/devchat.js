// Dev chat: posts Bot Framework activities to /api/messages as the Emulator does (channelId "emulator", no token)
// and shows what the bot sends to this host's local connector (serviceUrl = origin + /devchat/connector).
(function () {
  'use strict';
  const AC = window.AdaptiveCards;
  const transcript = document.getElementById('transcript');
  const suggested = document.getElementById('suggested');
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const locale = navigator.language || 'en-US';
  const bot = { id: 'interview-coach-bot', name: 'Interview Coach', role: 'bot' };
  const user = { id: 'devchat-user', name: 'You', role: 'user' };
  let conversationId = '';
  let next = 0;
  let counter = 0;
  let hostConfig = null;

  function newId() {
    return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
  }

  function activity(type, extra) {
    return Object.assign({
      type: type,
      id: newId(),
      timestamp: new Date().toISOString(),
      localTimezone: timeZone,
      serviceUrl: location.origin + '/devchat/connector',
      channelId: 'emulator',
      from: user,
      recipient: bot,
      conversation: { id: conversationId },
      locale: locale,
      entities: [{ type: 'clientInfo', locale: locale, timezone: timeZone, platform: 'Web' }]
    }, extra);
  }

  async function post(a) {
    const response = await fetch('/api/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) });
    if (!response.ok) show('error', 'The bot answered HTTP ' + response.status);
    await poll();
  }

  function show(kind, text) {
    const div = document.createElement('div');
    div.className = 'msg ' + kind;
    div.textContent = text;
    transcript.appendChild(div);
    transcript.scrollTop = transcript.scrollHeight;
    return div;
  }

  // The engine's markdown subset: **bold**, _italic_, links, "- " bullets; everything else is escaped text.
  function markdown(text) {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return escaped
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
  }

  function renderCard(content) {
    const card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = function (action) {
      if (action instanceof AC.SubmitAction || action instanceof AC.ExecuteAction) {
        show('user', action.title || 'Submitted');
        post(activity('message', { value: action.data || {} }));
      } else if (action instanceof AC.OpenUrlAction) {
        window.open(action.url, '_blank', 'noopener');
      }
    };
    const context = new AC.SerializationContext(new AC.Version(1, 5));
    card.parse(content, context);
    const errors = [];
    for (let i = 0; i < context.eventCount; i++) errors.push(context.getEventAt(i).message);
    const element = card.render();
    return { element: element, errors: errors, validation: card.validateProperties() };
  }

  function showActivity(a) {
    if (a.type !== 'message') return;
    if (a.text) {
      const div = show('bot', '');
      div.innerHTML = markdown(a.text);
    }
    for (const attachment of a.attachments || []) {
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
        const div = show('bot card', '');
        div.appendChild(renderCard(attachment.content).element);
      }
    }
    suggested.innerHTML = '';
    for (const action of (a.suggestedActions && a.suggestedActions.actions) || []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.title;
      button.onclick = function () { send(String(action.value)); };
      suggested.appendChild(button);
    }
  }

  // One poll at a time (the timer and a post may both ask), so no activity is shown twice.
  let polling = null;
  function poll() {
    if (!polling) {
      polling = pollOnce().finally(function () { polling = null; });
      return polling;
    }
    return polling.then(pollOnce);
  }

  async function pollOnce() {
    if (!conversationId) return;
    const conversation = conversationId;
    const response = await fetch('/devchat/conversations/' + encodeURIComponent(conversation) + '/activities?after=' + next);
    if (!response.ok || conversation !== conversationId) return;
    const body = await response.json();
    if (conversation !== conversationId || body.next <= next) return;
    const fresh = body.activities.slice(Math.max(0, body.activities.length - (body.next - next)));
    next = body.next;
    for (const a of fresh) showActivity(a);
  }

  function send(text) {
    suggested.innerHTML = '';
    show('user', text);
    return post(activity('message', { text: text, textFormat: 'plain' }));
  }

  async function start() {
    conversationId = newId() + '|livechat';
    next = 0;
    transcript.innerHTML = '';
    suggested.innerHTML = '';
    await post(activity('conversationUpdate', { membersAdded: [bot, user] }));
  }

  // For tests: parse and validate a card against schema 1.5 with the Teams host config, as Teams would.
  window.devChat = {
    validateCard: function (content) {
      const result = renderCard(content);
      return {
        parseErrors: result.errors,
        validationErrors: result.validation.validationEvents.map(function (e) { return e.message; }),
        rendered: !!result.element && result.element.innerHTML.length > 0
      };
    }
  };

  document.getElementById('composer').addEventListener('submit', function (e) {
    e.preventDefault();
    const input = document.getElementById('text');
    const text = input.value.trim();
    input.value = '';
    if (text) send(text);
  });
  document.getElementById('restart').addEventListener('click', start);
  setInterval(poll, 500);

  fetch('/devchat/microsoft-teams-light.json').then(function (r) { return r.json(); }).then(function (json) {
    hostConfig = new AC.HostConfig(json);
    return start();
  });
})();
