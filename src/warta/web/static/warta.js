// warta: small conveniences only; every page works without this script.
(function () {
  "use strict";
  var input = document.getElementById("q");

  // "/" jumps to the search box, as on most sites, unless the reader is already typing.
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (event.key === "/" && !typing && input) {
      event.preventDefault();
      input.focus();
    }
  });

  // In the one-file report there is no server: search the report's own sections.
  if (!document.body.classList.contains("report") || !input) return;
  var form = input.form;
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");

  function sectionTitle(section) {
    var heading = section.querySelector("h1");
    return heading ? heading.textContent.trim() : section.id;
  }

  function search(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    var views = document.querySelectorAll(".views > .view:not(#search):not(#stories)");
    var found = 0;
    views.forEach(function (section) {
      var text = section.textContent.toLowerCase();
      if (!words.length || !words.every(function (w) { return text.indexOf(w) >= 0; })) return;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "#" + section.id;
      link.textContent = sectionTitle(section);
      item.appendChild(link);
      list.appendChild(item);
      found += 1;
    });
    status.textContent = found + " · " + query;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value);
    location.hash = "#search";
  });
})();
