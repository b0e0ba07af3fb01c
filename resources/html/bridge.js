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
})();
