// Starts the app of a pre-rendered page (see scripts/prerender.mjs) only when it is needed.
//
// The page arrives with the brief already in it as HTML (the snapshot), so readers see the
// article, cards and timeline at once and can read, scroll and follow its links without any
// WebAssembly. The app (boot.js, Trunk's loader) is started:
//   - at once, with the snapshot hidden, when the address asks for something the snapshot does
//     not show (?view=, ?theme=, ?embed=, ?src=, ?statement=);
//   - at once, behind the snapshot, when the address has a hash (a deep link to a statement,
//     a paragraph or a filter), or when data/brief.json is not the file the snapshot was made
//     from (edited, missing or broken: the app then shows the new content or the error);
//   - otherwise on the reader's first interaction: a click, a key, a touch, focus on or a
//     change to a control, or a followed in-page link.
// When the app has loaded, it removes the snapshot and shows itself in its place; this script
// then carries over what the reader did meanwhile: focus, text typed into a field, a chosen
// option, and clicks on buttons (replayed once the app can answer them). The "Dark mode" switch
// works at once, without the app.
// Loaded with `defer blocking="render"`: it runs once the page is parsed, before it is first
// painted, so that the remembered theme applies from the start.
(function () {
  'use strict';
  var root = document.documentElement;
  var started = false;

  // The reader's remembered choice of dark or light (the app's ThemeToggle writes it).
  try {
    var theme = localStorage.getItem('observer-brief-theme');
    if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage refused (a private window): the system setting applies.
  }

  function start() {
    if (started) return;
    started = true;
    // Until the app is in place, the pointer says it is getting ready. (Not aria-busy: screen
    // readers would stop reading the snapshot meanwhile.)
    root.setAttribute('data-starting', '');
    var loader = document.createElement('script');
    loader.type = 'module';
    loader.src = './boot.js';
    document.head.appendChild(loader);
  }

  var params = new URLSearchParams(location.search);
  var asks = ['view', 'theme', 'embed', 'src', 'statement'].some(function (key) {
    return params.has(key);
  });
  if (asks) {
    root.setAttribute('data-start', 'now');
    start();
    return;
  }
  if (location.hash.length > 1) start();

  // FNV-1a (32 bits) of the data file's bytes, as scripts/prerender.mjs computes it.
  function fnv1a(bytes) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16);
  }
  var data = started
    ? null
    : fetch('data/brief.json').then(
        function (response) {
          if (!response.ok) return null;
          return response.arrayBuffer().then(function (buffer) {
            return fnv1a(new Uint8Array(buffer));
          });
        },
        function () {
          return null;
        },
      );

  // What the reader does on the snapshot before the app has taken over.
  var focused = null;
  var clicks = [];
  var snapshot = null;

  function systemIsDark() {
    return matchMedia('(prefers-color-scheme: dark)').matches;
  }
  // The "Dark mode" switch of the snapshot works at once, as the app's does: it sets the page's
  // theme and remembers it, where the app will find it.
  function showTheme(toggle, chosen) {
    var dark = chosen === 'dark' || (chosen !== 'light' && systemIsDark());
    toggle.setAttribute('aria-pressed', String(dark));
  }
  function switchTheme(toggle) {
    var chosen = toggle.getAttribute('aria-pressed') === 'true' ? 'light' : 'dark';
    root.setAttribute('data-theme', chosen);
    showTheme(toggle, chosen);
    try {
      localStorage.setItem('observer-brief-theme', chosen);
    } catch (e) {
      // Storage refused: the switch still works for this visit.
    }
  }

  function inSnapshot(node) {
    return snapshot !== null && node instanceof Element && snapshot.contains(node);
  }
  function onInteraction(event) {
    var target = event.target;
    if (event.type === 'focusin') {
      focused = inSnapshot(target) ? target : null;
      // Focus that comes without a key or a click (a screen reader moving it) starts the app
      // only on a control the app runs.
      if (!focused || !focused.matches('button, input, select, textarea, summary')) return;
    }
    if (event.type === 'click' && inSnapshot(target)) {
      var button = target.closest('button');
      if (button && button.classList.contains('theme-toggle')) switchTheme(button);
      else if (button && inSnapshot(button)) clicks.push(button);
    }
    start();
  }
  ['pointerdown', 'touchstart', 'keydown', 'click', 'focusin', 'input', 'change'].forEach(function (type) {
    document.addEventListener(type, onInteraction, { capture: true, passive: true });
  });
  window.addEventListener('hashchange', start);

  // Where `node` sits inside `from`: its id, or its path of child positions.
  function locate(node, from) {
    if (node.id) return { id: node.id };
    var path = [];
    for (var at = node; at && at !== from; at = at.parentElement) {
      path.unshift(Array.prototype.indexOf.call(at.parentElement.children, at));
    }
    return { path: path };
  }
  function find(place, within, tag) {
    var found = null;
    if (place.id) {
      found = within.querySelector('#' + CSS.escape(place.id));
    } else {
      found = within;
      for (var i = 0; found && i < place.path.length; i++) found = found.children[place.path[i]];
    }
    return found && found.tagName === tag ? found : null;
  }

  // Whether the reader has changed a field of the snapshot from what the page came with.
  function changedByReader(field) {
    // A radio button counts where it was chosen (its group's others follow).
    if (field.type === 'radio') return field.checked && !field.defaultChecked;
    if (field.type === 'checkbox') return field.checked !== field.defaultChecked;
    if (field.tagName === 'SELECT') {
      return Array.prototype.some.call(field.options, function (option) {
        return option.selected !== option.defaultSelected;
      });
    }
    return field.value !== field.defaultValue;
  }

  // Carries the reader's work from the removed snapshot into the app's own page.
  function handOver(old, attempt) {
    var live = document.querySelector('.observer-brief:not([data-prerendered])');
    var content = live && live.querySelector('[data-testid=statement], [role=alert]');
    if (!content) {
      if (attempt < 50) setTimeout(handOver, 20, old, attempt + 1);
      return;
    }
    old.querySelectorAll('input, select, textarea').forEach(function (field) {
      var twin = changedByReader(field) && find(locate(field, old), live, field.tagName);
      if (!twin) return;
      if (field.type === 'checkbox' || field.type === 'radio') twin.checked = field.checked;
      else twin.value = field.value;
      twin.dispatchEvent(new Event('input', { bubbles: true }));
      twin.dispatchEvent(new Event('change', { bubbles: true }));
    });
    clicks.forEach(function (button) {
      var twin = find(locate(button, old), live, 'BUTTON');
      if (twin) twin.click();
    });
    clicks = [];
    // Focus went with the snapshot, unless the reader has moved on since.
    var was = focused;
    focused = null;
    var lost = document.activeElement === document.body || document.activeElement === null;
    var twin = was && lost && find(locate(was, old), live, was.tagName);
    if (twin) {
      twin.focus();
      if (typeof was.selectionStart === 'number' && typeof twin.setSelectionRange === 'function') {
        try {
          twin.setSelectionRange(was.selectionStart, was.selectionEnd);
        } catch (e) {
          // Not a text field after all.
        }
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    snapshot = document.querySelector('[data-prerendered]');
    if (!snapshot) {
      // No snapshot in the page after all: nothing to wait for.
      start();
      return;
    }
    // The snapshot was drawn in light colours; its switch should say what the reader sees.
    var toggle = snapshot.querySelector('.theme-toggle');
    if (toggle) showTheme(toggle, root.getAttribute('data-theme'));
    var made = snapshot.getAttribute('data-source-hash');
    if (data) {
      data.then(function (hash) {
        if (hash !== made) start();
      });
    }
    new MutationObserver(function (changes, observer) {
      if (snapshot.isConnected) return;
      observer.disconnect();
      handOver(snapshot, 0);
    }).observe(snapshot.parentNode, { childList: true });
  });
})();
