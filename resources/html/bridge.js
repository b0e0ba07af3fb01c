/* Baokan Reader's only script: clicks on stories, people, places and guide entries are handed to
   the program (window.app, set by the program once the page has loaded); nothing navigates. */
(function () {
  var KINDS = ['person', 'place', 'guide', 'article'];
  var CLICKABLE = KINDS.map(function (k) { return '[data-' + k + ']'; }).join(',');
  document.addEventListener('click', function (e) {
    var el = e.target.closest(CLICKABLE);
    e.preventDefault();
    if (!el || !window.app) {
      return;
    }
    for (var i = 0; i < KINDS.length; i++) {
      var k = KINDS[i];
      if (el.hasAttribute('data-' + k)) {
        window.app.act(k, el.getAttribute('data-' + k));
        return;
      }
    }
  }, true);
  document.addEventListener('dragstart', function (e) { e.preventDefault(); }, true);
  /* marks the story open in the article pane, without loading the page again */
  window.baokanMark = function (id) {
    var old = document.querySelectorAll('.story.current');
    for (var i = 0; i < old.length; i++) {
      old[i].classList.remove('current');
    }
    var el = document.getElementById('story-' + id);
    if (el) {
      el.classList.add('current');
      el.scrollIntoView({block: 'nearest'});
    }
    return !!el;
  };
  /* Headlines set as a newspaper sets them. The program worked out, for each number of lines,
     where the lines break (HeadlineBreaks: data-lines="em:chars:start,start;..." in the order to
     try); here the first that fits the column is used, at a font at most an eighth smaller when
     that keeps fewer lines, and, where it fits only just, checked once laid out: one that wrapped
     again gives way to the next. All headlines are read, then all written, so that the page is
     laid out once for them, and once more only for a tight fit. */
  var SHRINK = 0.875;
  function layouts(el) {
    return el.getAttribute('data-lines').split(';').map(function (l) {
      var p = l.split(':');
      return {em: parseFloat(p[0]), chars: parseInt(p[1], 10), starts: p[2] ? p[2].split(',').map(Number) : []};
    });
  }
  function unbreak(el) {
    var brs = el.querySelectorAll('br.hb');
    for (var i = 0; i < brs.length; i++) {
      brs[i].parentNode.removeChild(brs[i]);
    }
    el.style.fontSize = '';
    el.normalize();
  }
  function breakAt(el, offset) {
    var w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var seen = 0;
    while (w.nextNode()) {
      var n = w.currentNode;
      if (offset <= seen + n.length) {
        var rest = offset - seen < n.length ? n.splitText(offset - seen) : n.nextSibling;
        var br = document.createElement('br');
        br.className = 'hb';
        n.parentNode.insertBefore(br, rest);
        return;
      }
      seen += n.length;
    }
  }
  function lineCount(el) {
    var r = document.createRange();
    r.selectNodeContents(el);
    var rects = r.getClientRects();
    var tops = [];
    for (var i = 0; i < rects.length; i++) {
      if (rects[i].width > 0 && !tops.some(function (t) { return Math.abs(t - rects[i].top) < 3; })) {
        tops.push(rects[i].top);
      }
    }
    return tops.length;
  }
  /* the first layout that fits; "tight" when it fits by less than half a character, where the
     program's widths (a little generous for Latin letters and digits) could be wrong */
  function choose(options, from, room, px, spacing) {
    for (var i = from; i < options.length; i++) {
      var need = options[i].em * px + options[i].chars * spacing;
      if (need <= room + 0.5) {
        return {index: i, scale: 1, tight: need > room - px / 2};
      }
      if (need * SHRINK <= room + 0.5) {
        return {index: i, scale: room / need, tight: true};
      }
    }
    return {index: options.length - 1, scale: 1, tight: true};
  }
  function apply(el, plan) {
    var o = plan.options[plan.index];
    if (plan.scale < 1) {
      el.style.fontSize = (plan.px * plan.scale).toFixed(2) + 'px';
    }
    for (var i = o.starts.length - 1; i >= 0; i--) {
      breakAt(el, o.starts[i]);
    }
  }
  function balance() {
    var els = Array.prototype.slice.call(document.querySelectorAll('[data-lines]'));
    els.forEach(unbreak);
    var plans = els.map(function (el) {
      var cs = window.getComputedStyle(el);
      var px = parseFloat(cs.fontSize);
      var spacing = parseFloat(cs.letterSpacing) || 0;
      var options = layouts(el);
      var plan = choose(options, 0, el.clientWidth, px, spacing);
      plan.options = options;
      plan.px = px;
      plan.room = el.clientWidth;
      plan.spacing = spacing;
      return plan;
    });
    var todo = els.map(function (el, i) { return i; });
    for (var round = 0; round < 3 && todo.length; round++) {
      todo.forEach(function (i) { apply(els[i], plans[i]); });
      // only a tight fit is checked: when every headline fits with room to spare, nothing is
      // measured after the breaks are set, and the page is laid out for its paint alone
      todo = todo.filter(function (i) {
        var p = plans[i];
        if (p.tight && p.room > 0 && lineCount(els[i]) > p.options[p.index].starts.length + 1
            && p.index + 1 < p.options.length) {
          unbreak(els[i]);
          var next = choose(p.options, p.index + 1, p.room, p.px, p.spacing);
          p.index = next.index;
          p.scale = next.scale;
          p.tight = next.tight;
          return true;
        }
        return false;
      });
    }
  }
  window.baokanBalance = balance;
  balance();
  window.addEventListener('resize', balance);
})();
