"use strict";
(function () {
  // All text from the data is inserted with textContent: nothing from articles becomes markup.
  var DATA = JSON.parse(document.getElementById("timeline-data").textContent);
  var DAY = 86400000;
  var PALETTE = {
    AGREE: "#2e7d32", CONSULT: "#1565c0", SUPPORT: "#00897b", CONCEDE: "#7cb342", COOPERATE: "#6a1b9a",
    AID: "#0097a7", RETREAT: "#8d6e63", REQUEST: "#f9a825", REJECT: "#ef6c00", ACCUSE: "#d84315",
    THREATEN: "#c62828", PROTEST: "#ad1457", SANCTION: "#b71c1c", MOBILIZE: "#4e342e", COERCE: "#880e4f",
    ASSAULT: "#212121"
  };
  var FUZZY = { century: 1, decade: 1, year: 1, season: 1, quarter: 1, month: 1, week: 1 };

  function colour(type) {
    if (PALETTE[type]) return PALETTE[type];
    var h = 0;
    for (var i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) % 360;
    return "hsl(" + h + ",45%,42%)";
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function ms(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]);
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  var events = DATA.events.filter(function (e) { return e.start; });
  var undated = DATA.events.filter(function (e) { return !e.start; });
  var w0 = ms(DATA.window.start), w1 = ms(DATA.window.end) + DAY;
  var state = { actor: "", text: "", conflicts: false, hidden: {}, selected: null };

  // ---- filters
  var actorSel = document.getElementById("f-actor");
  DATA.actors.forEach(function (name) {
    var o = el("option", null, name);
    o.value = name;
    actorSel.appendChild(o);
  });
  actorSel.addEventListener("change", function () { state.actor = actorSel.value; render(); });
  var textInput = document.getElementById("f-text");
  textInput.addEventListener("input", function () { state.text = textInput.value.trim().toLowerCase(); render(); });
  var conflictBox = document.getElementById("f-conflicts");
  conflictBox.addEventListener("change", function () { state.conflicts = conflictBox.checked; render(); });
  var typesBox = document.getElementById("f-types");
  DATA.types.forEach(function (type) {
    var chip = el("span", "chip");
    chip.setAttribute("role", "button");
    chip.setAttribute("tabindex", "0");
    chip.dataset.type = type;
    var sw = el("span", "sw");
    sw.style.background = colour(type);
    chip.appendChild(sw);
    chip.appendChild(document.createTextNode(type));
    var toggle = function () {
      state.hidden[type] = !state.hidden[type];
      chip.classList.toggle("off", !!state.hidden[type]);
      render();
    };
    chip.addEventListener("click", toggle);
    chip.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(); } });
    typesBox.appendChild(chip);
  });

  function matches(e) {
    if (state.hidden[e.type]) return false;
    if (state.conflicts && !e.has_conflict) return false;
    if (state.actor && !e.actors.some(function (a) { return a.name === state.actor; })) return false;
    if (state.text) {
      var hay = [e.title, e.display_date].concat(e.citations.map(function (c) { return c.quote; }),
        e.actors.map(function (a) { return a.name; })).join(" ").toLowerCase();
      if (hay.indexOf(state.text) < 0) return false;
    }
    return true;
  }

  // ---- chart
  var chart = document.getElementById("chart");
  function chartWidth() {
    var avail = chart.parentNode.clientWidth - 32;
    var years = (w1 - w0) / (365.25 * DAY);
    return Math.max(avail, Math.min(years * 34, 2400), 600);
  }

  function drawAxis(width, x) {
    var axis = el("div", "axis");
    var y0 = new Date(w0).getUTCFullYear(), y1 = new Date(w1 - DAY).getUTCFullYear();
    var pxYear = width / Math.max(1, (w1 - w0) / (365.25 * DAY));
    var step = pxYear >= 30 ? 1 : pxYear >= 12 ? 5 : 10;
    for (var y = y0; y <= y1 + 1; y++) {
      var px = x(Date.UTC(y, 0, 1));
      if (px < 0 || px > width) continue;
      var major = y % step === 0 && y <= y1;
      var t = el("div", "tick" + (major ? " major" : ""));
      t.style.left = px + "px";
      axis.appendChild(t);
      if (major) {
        var label = el("div", "tick-label", y);
        var mid = x(Date.UTC(y, 6, 1));
        label.style.left = (step === 1 && mid <= width ? mid : px) + "px";
        axis.appendChild(label);
        var g = el("div", "grid");
        g.style.left = px + "px";
        chart.appendChild(g);
      }
    }
    return axis;
  }

  function drawChart(shown) {
    chart.textContent = "";
    var width = chartWidth();
    chart.style.width = width + "px";
    var x = function (t) { return (t - w0) / (w1 - w0) * width; };
    chart.appendChild(drawAxis(width, x));
    var lanes = el("div", "lanes");
    chart.appendChild(lanes);
    if (!shown.length) {
      lanes.appendChild(el("div", "empty", "No events match these filters."));
      return;
    }
    var labels = shown.length <= 160;
    var laneEnds = [];
    var LANE = 22, CHAR = 6.4;
    shown.forEach(function (e) {
      var s = ms(e.start), t = ms(e.end || e.start) + DAY;
      var clipL = s < w0, clipR = t > w1;
      var left = Math.max(0, x(Math.max(s, w0)));
      var right = Math.min(width, x(Math.min(t, w1)));
      var point = e.precision === "day" || right - left < 12;
      var markW = point ? 12 : Math.max(12, right - left);
      var text = e.title.length > 38 ? e.title.slice(0, 37) + "…" : e.title;
      var labelW = labels ? Math.min(260, text.length * CHAR + 12) + (e.has_conflict ? 14 : 0) : 0;
      // A label that would run past the right edge goes on the left of its mark.
      var flip = labels && left + markW + labelW > width;
      var start = flip ? left - labelW - 6 : left;
      var end = flip ? left + markW + 4 : left + markW + labelW + 6;
      var lane = 0;
      while (lane < laneEnds.length && laneEnds[lane] > start) lane++;
      laneEnds[lane] = end;

      var node = el("div", "ev" + (clipL ? " clip-l" : "") + (clipR ? " clip-r" : "") + (flip ? " flip" : ""));
      node.dataset.id = e.id;
      if (flip) node.style.right = (width - left - markW) + "px";
      else node.style.left = left + "px";
      node.style.top = (6 + lane * LANE) + "px";
      node.title = e.display_date + " — " + e.title + (e.has_conflict ? " (sources disagree on the date)" : "");
      var mark = el("span", "mark" + (point ? " point" : "") + (!point && FUZZY[e.precision] ? " fuzzy" : ""));
      mark.style.background = colour(e.type);
      mark.style.width = markW + "px";
      node.appendChild(mark);
      if (labels) {
        node.appendChild(el("span", "label", text));
        if (e.has_conflict) node.appendChild(el("span", "warn", "⚠"));
      } else if (e.has_conflict) {
        node.appendChild(el("span", "warn", "⚠"));
      }
      node.addEventListener("click", function () { select(e.id, true); });
      lanes.appendChild(node);
    });
    lanes.style.height = (laneEnds.length * LANE + 12) + "px";
  }

  // ---- list
  var list = document.getElementById("list");
  function drawList(shown) {
    list.textContent = "";
    var year = null;
    shown.forEach(function (e) {
      var y = e.start ? e.start.slice(0, 4) : "Undated";
      if (y !== year) { year = y; list.appendChild(el("h3", null, y)); }
      var row = el("div", "row");
      row.dataset.id = e.id;
      row.appendChild(el("span", "d", e.display_date));
      var tag = el("span", "tag", e.type);
      tag.style.background = colour(e.type);
      var tagCell = el("span");
      tagCell.appendChild(tag);
      row.appendChild(tagCell);
      var main = el("span");
      main.appendChild(el("span", null, e.title));
      if (e.has_conflict) main.appendChild(el("span", "warn", " ⚠"));
      if (e.actors.length) {
        main.appendChild(el("br"));
        main.appendChild(el("span", "who", uniqueNames(e).join(", ")));
      }
      row.appendChild(main);
      row.appendChild(el("span", "n", e.source_count + (e.source_count === 1 ? " source" : " sources")));
      row.addEventListener("click", function () { select(e.id, false); });
      list.appendChild(row);
    });
  }
  function uniqueNames(e) {
    var seen = {}, out = [];
    e.actors.forEach(function (a) { if (!seen[a.name]) { seen[a.name] = 1; out.push(a.name); } });
    return out;
  }

  // ---- detail
  var detail = document.getElementById("detail");
  function quoteNode(c) {
    var bq = el("blockquote");
    var q = c.quote || "", dt = c.date_text || "";
    var at = dt ? q.indexOf(dt) : -1;
    if (at < 0) { bq.textContent = q; return bq; }
    bq.appendChild(document.createTextNode(q.slice(0, at)));
    bq.appendChild(el("mark", null, dt));
    bq.appendChild(document.createTextNode(q.slice(at + dt.length)));
    return bq;
  }
  function drawDetail(e) {
    detail.textContent = "";
    if (!e) { detail.hidden = true; return; }
    detail.hidden = false;
    detail.style.borderLeftColor = colour(e.type);
    var close = el("button", "close", "×");
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function () { select(null, false); });
    detail.appendChild(close);
    detail.appendChild(el("h2", null, e.title));
    var meta = el("div", "meta");
    var tag = el("span", "tag", e.type + (e.mode ? " · " + e.mode : ""));
    tag.style.background = colour(e.type);
    meta.appendChild(tag);
    meta.appendChild(document.createTextNode("  " + e.display_date + " (" + (e.precision || "undated") + ")" +
      (e.status !== "occurred" ? " · " + e.status : "") + " · " + e.source_count +
      (e.source_count === 1 ? " source" : " sources") + (e.curated.length ? " · curated: " + e.curated.join(", ") : "")));
    detail.appendChild(meta);
    if (e.actors.length) {
      var actors = el("div", "actors");
      e.actors.forEach(function (a) {
        var chip = el("span", "actor", a.name);
        chip.appendChild(el("span", "role", " · " + a.role));
        actors.appendChild(chip);
      });
      detail.appendChild(actors);
    }
    if (e.has_conflict && e.conflicts.length) {
      var box = el("div", "conflict");
      box.appendChild(el("b", null, "⚠ Sources disagree on the date"));
      if (e.date_rule) box.appendChild(document.createTextNode(" — shown: " + e.display_date + " (" + e.date_rule + ")"));
      var ul = el("ul");
      e.conflicts.forEach(function (c) {
        var who = c.sources.map(function (uri, i) {
          var src = sourceByUri(e, uri);
          var name = src && (src.outlet || src.title) || uri;
          return name + (c.published[i] ? " (published " + c.published[i] + ")" : " (publication date unknown)");
        });
        ul.appendChild(el("li", null, c.display_date + ": " + who.join("; ")));
      });
      box.appendChild(ul);
      detail.appendChild(box);
    }
    var cites = el("ul", "cites");
    e.citations.forEach(function (c) {
      var li = el("li", "cite");
      var src = el("div", "src");
      var s = c.source;
      var name = (s.outlet ? s.outlet + " — " : "") + (s.title || s.uri);
      var url = safeUrl(s.url) || safeUrl(s.uri);
      if (url) {
        var a = el("a", null, name);
        a.href = url;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        src.appendChild(a);
      } else {
        src.appendChild(document.createTextNode(name));
      }
      src.appendChild(document.createTextNode(" · " + (s.published ? "published " + s.published : "publication date unknown") +
        (c.claimed_date ? " · says " + (c.date_text ? "“" + c.date_text + "” = " : "") + (c.claimed_display_date || c.claimed_date) : "")));
      li.appendChild(src);
      li.appendChild(quoteNode(c));
      cites.appendChild(li);
    });
    detail.appendChild(cites);
  }
  function sourceByUri(e, uri) {
    for (var i = 0; i < e.citations.length; i++) if (e.citations[i].source.uri === uri) return e.citations[i].source;
    return null;
  }

  var byId = {};
  DATA.events.forEach(function (e) { byId[e.id] = e; });
  function select(id, scroll) {
    state.selected = id;
    drawDetail(id === null ? null : byId[id]);
    document.querySelectorAll(".ev.sel, .row.sel").forEach(function (n) { n.classList.remove("sel"); });
    if (id !== null) {
      document.querySelectorAll('[data-id="' + Number(id) + '"]').forEach(function (n) { n.classList.add("sel"); });
      if (history.replaceState) history.replaceState(null, "", "#event-" + Number(id));
      if (scroll) detail.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }

  function render() {
    var shown = events.filter(matches);
    var shownUndated = undated.filter(matches);
    drawChart(shown);
    drawList(shown.concat(shownUndated));
    document.getElementById("f-count").textContent =
      (shown.length + shownUndated.length) + " of " + DATA.events.length + " events";
    if (state.selected !== null && byId[state.selected]) {
      document.querySelectorAll('[data-id="' + Number(state.selected) + '"]').forEach(function (n) { n.classList.add("sel"); });
    }
  }

  render();
  var hash = /^#event-(\d+)$/.exec(location.hash);
  if (hash && byId[hash[1]]) select(Number(hash[1]), false);
  var timer = null;
  window.addEventListener("resize", function () { clearTimeout(timer); timer = setTimeout(render, 150); });
})();
