/* tahqiq: a box that scrolls sideways (a wide table, the argument map) shows that it does.
   Each such box gets the classes tq-more-left / tq-more-right while part of its content is hidden
   on that side; tahqiq.css fades that edge so a reader sees there is more, and the fade goes
   when the box is scrolled to its end. Physical sides: a right-to-left box starts at its right
   edge, so its hidden part is on the left. A table of class tq-status (the build status) or
   tq-stack (a table with a column of prose: the glossary, findings) has each cell labelled with its column's header (data-label) and becomes tq-cards: a list of cards on a
   phone (tahqiq.css). Any other data table (table.tq, render.table) that is wider than its box on a
   phone becomes cards too (tq-fit): a reader scrolled the citations, figures, findings-summary and
   per-detector tables sideways inside their boxes at 390 px, most of their columns out of sight (a compact
   table, a row a line, keeps its rows: the folded formatting-only variants of the collation).
   Only the book's own headers are read; no article string is read or written. */
(function () {
  "use strict";
  var SELECTOR = ".tq-scroll, .pst-scrollable-table-container, .bd-article .cell_output";

  function mark(box) {
    var style = getComputedStyle(box);
    /* only a box that scrolls: one that lets its content spill over is not marked */
    var hidden = (style.overflowX === "auto" || style.overflowX === "scroll") ? box.scrollWidth - box.clientWidth : 0;
    var scrolled = Math.abs(box.scrollLeft);  /* 0 at the start edge in both directions */
    var rtl = style.direction === "rtl";
    var towardStart = scrolled > 1, towardEnd = hidden - scrolled > 1;
    box.classList.toggle("tq-scrolls", hidden > 1);
    box.classList.toggle("tq-more-left", rtl ? towardEnd : towardStart);
    box.classList.toggle("tq-more-right", rtl ? towardStart : towardEnd);
  }

  function all() {
    var boxes = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < boxes.length; i++) mark(boxes[i]);
  }

  var PHONE = "(max-width: 600px)";  /* the width at which tahqiq.css shows cards */

  /* each cell labelled with its column's header (data-label), its value in a <bdi> of its own direction */
  function label(table) {
    var heads = table.querySelectorAll("thead th"), rows = table.querySelectorAll("tbody tr");
    for (var r = 0; r < rows.length; r++) {
      for (var c = 0; c < rows[r].cells.length; c++) {
        var cell = rows[r].cells[c];
        cell.setAttribute("data-label", heads[c] ? heads[c].textContent.trim() : "");
        /* a cell with nothing in it: no «label:» line of its own in a card (tahqiq.css) */
        if (!cell.textContent.trim() && !cell.querySelector("img, svg")) cell.classList.add("tq-empty");
        /* a card's line is «label: value» in the page's direction (tahqiq.css); the value keeps its own
           direction in a <bdi> (the cell's dir moved onto it: the same nodes, moved, nothing parsed) */
        var d = cell.getAttribute("dir");
        if (d && !cell.querySelector(":scope > bdi.tq-value")) {
          var bdi = document.createElement("bdi");
          bdi.className = "tq-value";
          bdi.setAttribute("dir", d);
          if (cell.getAttribute("lang")) bdi.setAttribute("lang", cell.getAttribute("lang"));
          while (cell.firstChild) bdi.appendChild(cell.firstChild);
          cell.appendChild(bdi);
        }
      }
    }
  }

  /* a data table wider than its box on a phone is shown as cards (tq-fit), measured as a table */
  function fit() {
    var phone = window.matchMedia && window.matchMedia(PHONE).matches;
    var tables = document.querySelectorAll("table.tq:not(.tq-stack):not(.tq-status):not(.tq-compact)");
    for (var t = 0; t < tables.length; t++) {
      var table = tables[t], box = table.parentElement;
      table.classList.remove("tq-fit", "tq-cards");
      if (phone && box && box.scrollWidth - box.clientWidth > 1) {
        label(table);
        table.classList.add("tq-fit", "tq-cards");
      }
    }
  }

  function cards() {
    var tables = document.querySelectorAll("table.tq-status, table.tq-stack");
    for (var t = 0; t < tables.length; t++) {
      label(tables[t]);
      tables[t].classList.add("tq-cards");
    }
    fit();
  }

  function init() {
    cards();
    var boxes = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].addEventListener("scroll", function (e) { mark(e.currentTarget); }, {passive: true});
    }
    all();
    window.addEventListener("resize", function () { fit(); all(); });
    window.addEventListener("load", function () { fit(); all(); });  /* images and the webfont change the widths */
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { fit(); all(); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
