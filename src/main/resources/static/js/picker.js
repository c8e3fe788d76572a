// Type-ahead pickers of the editor forms. Every text field with a data-pick address becomes a combobox: as the
// editor types, the matches from that address (JSON: value, label, detail, known) are listed below it; arrow keys
// move through them, Enter or a click picks one (the field takes its value, the line below shows its label), Escape
// closes the list. Without this script the same fields work with the form's "Find" button.
(function () {
  'use strict';

  var counter = 0;

  function picker(input) {
    var field = input.closest('.picker');
    var chosen = field.querySelector('.chosen');
    var list = document.createElement('ul');
    var id = 'pick-list-' + (++counter);
    var matches = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    list.id = id;
    list.className = 'pick-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    function close() {
      // answers still on their way must not open the list again
      clearTimeout(timer);
      asked++;
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      var items = list.children;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
      }
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(index) {
      var match = matches[index];
      if (!match) {
        return;
      }
      input.value = match.value;
      if (chosen) {
        chosen.textContent = match.label + (match.detail ? ' · ' + match.detail : '');
      }
      close();
    }

    function show(found) {
      matches = found;
      list.textContent = '';
      found.forEach(function (match, index) {
        var item = document.createElement('li');
        item.id = id + '-' + index;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        var label = document.createElement('span');
        label.textContent = match.label;
        var detail = document.createElement('span');
        detail.className = 'muted small';
        detail.textContent = ' ' + match.detail + (match.known ? ' · ' + (input.dataset.known || '') : '');
        item.appendChild(label);
        item.appendChild(detail);
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(index);
        });
        list.appendChild(item);
      });
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function ask() {
      var mine = ++asked;
      var address = input.dataset.pick + (input.dataset.pick.indexOf('?') < 0 ? '?' : '&') + 'q=' +
          encodeURIComponent(input.value.trim());
      fetch(address, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (mine === asked && document.activeElement === input) {
            show(found);
          }
        })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      // what was asked before this keystroke is out of date
      asked++;
      if (chosen) {
        chosen.textContent = '';
      }
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('focus', function () {
      if (input.value.trim() === '') {
        ask();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) {
          ask();
        } else {
          highlight(Math.min(active + 1, matches.length - 1));
        }
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        // Enter picks the highlighted match; it never sends the form from a picker
        event.preventDefault();
        if (!list.hidden && active >= 0) {
          choose(active);
        }
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
  }

  document.querySelectorAll('input[data-pick]').forEach(picker);
}());
