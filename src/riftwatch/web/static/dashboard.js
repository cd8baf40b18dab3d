/* riftwatch dashboard: draws the charts of the dyad, country and network views with the
 * Plotly that ships in the plotly Python package (served from this server, no CDN).
 * Data come from <script type="application/json"> blocks the server rendered; text from
 * the store is only ever put into the page with textContent, never as HTML. */
(function () {
  "use strict";

  var COOP = "#0072B2", CONFL = "#D55E00", NEUTRAL = "#777777";
  var DIRS = ["#0072B2", "#E69F00"];
  var BLOC_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
  var BLOC_SYMBOLS = ["circle", "square", "diamond", "triangle-up", "pentagon", "hexagon", "star", "cross"];
  var CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] };

  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  /* a link inside the dashboard that keeps the date window */
  function link(path) {
    var w = document.body.getAttribute("data-window") || "";
    return path + (w ? "?" + w : "");
  }

  function signed(v, digits) {
    if (v === null || v === undefined) { return "\u2013"; }
    var s = Number(v).toFixed(digits === undefined ? 2 : digits);
    return (v > 0 ? "+" : "") + s.replace("-", "\u2212");
  }

  function shape(v) { return v > 0 ? "triangle-up" : v < 0 ? "triangle-down" : "circle"; }
  function tone(v) { return v > 0 ? "\u25b2 cooperation" : v < 0 ? "\u25bc conflict" : "\u25cf neutral"; }

  function plotlyMissing(div) {
    if (typeof window.Plotly !== "undefined") { return false; }
    div.textContent = "The chart needs plotly.min.js from the plotly Python package (pip install plotly).";
    div.classList.add("empty");
    return true;
  }

  /* ------------------------------------------------------------ dyad view */
  function setField(box, name, text) {
    var el = box.querySelector('[data-field="' + name + '"]');
    if (el) { el.textContent = text; }
    return el;
  }

  function showEvidence(e) {
    var box = document.getElementById("evidence");
    if (!box || !e) { return; }
    box.querySelector("dl").hidden = false;
    box.querySelector("blockquote").hidden = false;
    box.querySelector('[data-field="hint"]').hidden = true;
    var prec = e.date_precision && e.date_precision !== "day" ? " (" + e.date_precision + ")" : "";
    setField(box, "date", (e.event_date || "undated") + prec);
    var names = [e.source_name, e.target_name].every(Boolean) ? " (" + e.source_name + " \u2192 " + e.target_name + ")" : "";
    setField(box, "direction", e.source + " \u2192 " + (e.target || "\u2013") + names);
    setField(box, "code", e.code + (e.label ? " " + e.label : ""));
    var g = setField(box, "goldstein", signed(e.goldstein, 1) + " " + tone(e.goldstein));
    g.className = e.goldstein > 0 ? "coop" : e.goldstein < 0 ? "confl" : "";
    setField(box, "rule", e.rule || "");
    setField(box, "status", e.status + (e.confidence !== undefined && e.confidence !== null ? ", confidence " + e.confidence : ""));
    var a = setField(box, "article", e.article_title || e.article_id || "");
    if (e.article_id) { a.setAttribute("href", link("/articles/" + encodeURIComponent(e.article_id))); }
    else { a.removeAttribute("href"); }
    setField(box, "sentence", e.sentence || "");
    box.setAttribute("data-event-id", e.id);
  }

  /* the x range to show first: all events, unless a few old ones (history recalled in the news)
     would squeeze the rest into a corner; then the latest 95% (the range slider shows all) */
  function focus(events) {
    var DAY = 86400000;
    var t = events.filter(function (e) { return e.event_date; })
      .map(function (e) { return Date.parse(e.event_date); }).sort(function (a, b) { return a - b; });
    if (t.length < 10) { return undefined; }
    var lo = t[Math.floor(0.05 * t.length)], hi = t[t.length - 1];
    if (lo - t[0] < (hi - lo) / 2) { return undefined; }
    return [new Date(lo - 7 * DAY).toISOString().slice(0, 10), new Date(hi + 7 * DAY).toISOString().slice(0, 10)];
  }

  function dyadChart() {
    var d = data("dyad-data");
    var div = document.getElementById("dyad-chart");
    var byId = {};
    if (!d) { return; }
    d.events.forEach(function (e) { byId[e.id] = e; });
    Array.prototype.forEach.call(document.querySelectorAll(".event-button"), function (b) {
      b.addEventListener("click", function () { showEvidence(byId[b.getAttribute("data-event-id")]); });
    });
    if (!div || plotlyMissing(div)) { return; }
    var traces = [];
    [[d.a, d.b], [d.b, d.a]].forEach(function (dir, i) {
      var rows = d.relations.filter(function (r) { return r.source === dir[0] && r.target === dir[1]; });
      if (rows.length) {
        traces.push({
          type: "scatter", mode: "lines", name: dir[0] + "\u2192" + dir[1] + " index (per " + d.by + ")",
          x: rows.map(function (r) { return r.period; }), y: rows.map(function (r) { return r.index; }),
          line: { color: DIRS[i], width: 2.5, dash: i ? "dash" : "solid", shape: "hv" },
          hovertemplate: dir[0] + "\u2192" + dir[1] + " %{x}: index %{y:+.2f}<extra></extra>"
        });
      }
    });
    [[d.a, d.b], [d.b, d.a]].forEach(function (dir, i) {
      var evs = d.events.filter(function (e) {
        return e.event_date && e.source_country === dir[0] && e.target_country === dir[1];
      });
      if (!evs.length) { return; }
      traces.push({
        type: "scatter", mode: "markers", name: dir[0] + "\u2192" + dir[1] + " events (\u25b2 coop \u25bc conflict)",
        x: evs.map(function (e) { return e.event_date; }), y: evs.map(function (e) { return e.goldstein; }),
        customdata: evs.map(function (e) { return [e.id, e.code, e.label || ""]; }),
        marker: { size: 12, color: DIRS[i], symbol: evs.map(function (e) { return shape(e.goldstein); }),
                  line: { color: "#222", width: 1 }, opacity: 0.85 },
        hovertemplate: dir[0] + "\u2192" + dir[1] + " %{x}<br>%{customdata[1]} %{customdata[2]}<br>Goldstein %{y:+.1f}<br><i>click for the sentence</i><extra></extra>"
      });
    });
    var layout = {
      margin: { l: 60, r: 20, t: 40, b: 30 }, hovermode: "closest", autosize: true,
      legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" },
      yaxis: { title: { text: "Goldstein (\u2212 conflict, + cooperation)" }, range: [-10.5, 10.5], zeroline: true,
               zerolinecolor: "#444", zerolinewidth: 1.5 },
      xaxis: { type: "date", range: focus(d.events), rangeslider: { thickness: 0.08 } },
      annotations: [
        { xref: "paper", yref: "y", x: 0, y: 9.6, xanchor: "left", showarrow: false, text: "\u25b2 cooperation",
          font: { color: COOP } },
        { xref: "paper", yref: "y", x: 0, y: -9.6, xanchor: "left", showarrow: false, text: "\u25bc conflict",
          font: { color: CONFL } }
      ]
    };
    window.Plotly.newPlot(div, traces, layout, CONFIG).then(function () {
      div.setAttribute("data-ready", "1");
    });
    div.on("plotly_click", function (ev) {
      var p = ev.points && ev.points[0];
      if (p && p.customdata) { showEvidence(byId[p.customdata[0]]); }
    });
  }

  /* ------------------------------------------------------------ country view */
  function countryChart() {
    var p = data("country-data");
    var div = document.getElementById("country-chart");
    if (!p || !div || plotlyMissing(div)) { return; }
    var rows = p.rows.filter(function (r) { return r.mean_goldstein !== null || r.prev_mean !== null; });
    rows.sort(function (x, y) {
      var a = x.mean_goldstein === null ? x.prev_mean : x.mean_goldstein;
      var b = y.mean_goldstein === null ? y.prev_mean : y.mean_goldstein;
      return a - b;
    });
    var ys = rows.map(function (r) { return r.partner; });
    var lx = [], ly = [];
    rows.forEach(function (r) {
      if (r.mean_goldstein !== null && r.prev_mean !== null) {
        lx.push(r.prev_mean, r.mean_goldstein, null); ly.push(r.partner, r.partner, null);
      }
    });
    var now = rows.filter(function (r) { return r.mean_goldstein !== null; });
    var before = rows.filter(function (r) { return r.prev_mean !== null; });
    var traces = [
      { type: "scatter", mode: "lines", x: lx, y: ly, showlegend: false, hoverinfo: "skip",
        line: { color: "#999", width: 2 } },
      { type: "scatter", mode: "markers", name: "window before", x: before.map(function (r) { return r.prev_mean; }),
        y: before.map(function (r) { return r.partner; }), customdata: before.map(function (r) { return r.partner; }),
        marker: { symbol: "circle-open", size: 11, color: NEUTRAL, line: { width: 2 } },
        hovertemplate: "%{y} before: %{x:+.2f}<extra></extra>" },
      { type: "scatter", mode: "markers", name: "this window (\u25b2 coop \u25bc conflict)",
        x: now.map(function (r) { return r.mean_goldstein; }), y: now.map(function (r) { return r.partner; }),
        customdata: now.map(function (r) { return r.partner; }),
        marker: { size: 13, symbol: now.map(function (r) { return shape(r.mean_goldstein); }),
                  color: now.map(function (r) { return r.mean_goldstein > 0 ? COOP : r.mean_goldstein < 0 ? CONFL : NEUTRAL; }),
                  line: { color: "#222", width: 1 } },
        text: now.map(function (r) { return r.events + " events, " + r.movement; }),
        hovertemplate: "%{y} now: %{x:+.2f} (%{text})<extra></extra>" }
    ];
    var height = Math.max(220, 30 * ys.length + 110);
    div.style.height = height + "px";
    var layout = {
      margin: { l: 60, r: 20, t: 10, b: 50 }, hovermode: "closest", autosize: true,
      height: height, legend: { orientation: "h", x: 0, y: 1.0, yanchor: "bottom" },
      xaxis: { title: { text: "mean Goldstein per event with " + p.country }, range: [-10.5, 10.5], zeroline: true,
               zerolinecolor: "#444" },
      yaxis: { type: "category", categoryorder: "array", categoryarray: ys, automargin: true }
    };
    window.Plotly.newPlot(div, traces, layout, CONFIG).then(function () { div.setAttribute("data-ready", "1"); });
    div.on("plotly_click", function (ev) {
      var pt = ev.points && ev.points[0];
      if (pt && pt.customdata) {
        window.location.href = link("/dyad/" + encodeURIComponent(p.country) + "/" + encodeURIComponent(pt.customdata));
      }
    });
  }

  /* ------------------------------------------------------------ network view */
  function networkChart() {
    var n = data("network-data");
    var div = document.getElementById("network-chart");
    if (!n || !div || plotlyMissing(div)) { return; }
    var pos = {};
    n.nodes.forEach(function (v) { pos[v.code] = v; });
    var maxw = Math.max.apply(null, n.edges.map(function (e) { return Math.abs(e.mean_goldstein); }).concat([1]));
    var traces = [];
    n.edges.forEach(function (e) {
      var w = e.mean_goldstein;
      traces.push({
        type: "scatter", mode: "lines", showlegend: false, hoverinfo: "skip",
        x: [pos[e.a].x, pos[e.b].x], y: [pos[e.a].y, pos[e.b].y],
        line: { color: w > 0 ? COOP : w < 0 ? CONFL : NEUTRAL, dash: w > 0 ? "solid" : w < 0 ? "dash" : "dot",
                width: 1 + 5 * Math.abs(w) / maxw }, opacity: 0.75
      });
    });
    traces.push({
      type: "scatter", mode: "text", showlegend: false, name: "ties",
      x: n.edges.map(function (e) { return (pos[e.a].x + pos[e.b].x) / 2; }),
      y: n.edges.map(function (e) { return (pos[e.a].y + pos[e.b].y) / 2; }),
      text: n.edges.map(function (e) { return signed(e.mean_goldstein, 1) + " (" + e.events + ")"; }),
      textfont: { size: 10, color: "#333" },
      hovertext: n.edges.map(function (e) {
        return e.a + "\u2013" + e.b + ": mean " + signed(e.mean_goldstein) + " " + tone(e.mean_goldstein) + ", " + e.events + " events";
      }),
      hoverinfo: "text"
    });
    var blocs = {};
    n.nodes.forEach(function (v) { (blocs[v.bloc] = blocs[v.bloc] || []).push(v); });
    Object.keys(blocs).sort(function (a, b) { return a - b; }).forEach(function (b) {
      var vs = blocs[b], i = (Number(b) - 1) % BLOC_COLORS.length;
      traces.push({
        type: "scatter", mode: "markers+text", name: "bloc " + b, cliponaxis: false,
        x: vs.map(function (v) { return v.x; }), y: vs.map(function (v) { return v.y; }),
        text: vs.map(function (v) { return v.code; }), textposition: "top center",
        textfont: { size: 13, color: "#111" },
        customdata: vs.map(function (v) { return v.code; }),
        hovertext: vs.map(function (v) { return v.code + " " + v.name + ": " + v.events + " events"; }),
        hoverinfo: "text",
        marker: { size: vs.map(function (v) { return 14 + 3 * Math.sqrt(v.events); }), color: BLOC_COLORS[i],
                  symbol: BLOC_SYMBOLS[i % BLOC_SYMBOLS.length], line: { color: "#222", width: 1 } }
      });
    });
    var layout = {
      margin: { l: 10, r: 10, t: 10, b: 10 }, hovermode: "closest", autosize: true,
      xaxis: { visible: false }, yaxis: { visible: false, scaleanchor: "x" },
      legend: { orientation: "h", y: -0.02 }
    };
    window.Plotly.newPlot(div, traces, layout, CONFIG).then(function () { div.setAttribute("data-ready", "1"); });
    div.on("plotly_click", function (ev) {
      var p = ev.points && ev.points[0];
      if (p && p.customdata) { window.location.href = link("/country/" + encodeURIComponent(p.customdata)); }
    });
  }

  dyadChart();
  countryChart();
  networkChart();
}());
