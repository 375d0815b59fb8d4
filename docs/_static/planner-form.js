/*
 * etiket planner form: the planner's form in the page, on window.etiketPlanner's public API.
 *
 * The rules and their words are planner.js's (which interprets the package's rulebook); this
 * file only reads the form, shows each problem at its field, and shows the timeline and its
 * calendar file. What the reader types is set as text, never parsed as HTML.
 */
(function () {
  "use strict";

  var API = window.etiketPlanner;
  if (!API) return;
  var DATA = API.data;

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content != null) node.textContent = content;
    return node;
  }

  function showError(form, field, message) {
    var control = form.elements[field];
    var error = document.getElementById(control.id + "-error");
    var hint = control.id + "-hint";
    error.textContent = message || "";
    error.hidden = !message;
    if (message) control.setAttribute("aria-invalid", "true");
    else control.removeAttribute("aria-invalid");
    control.setAttribute("aria-describedby", message ? error.id + " " + hint : hint);
  }

  function render(root, result, timeline) {
    var links = JSON.parse(root.getAttribute("data-links") || "{}");
    var summary = element("p", "etiket-planner__summary", API.summary(timeline));
    summary.tabIndex = -1;
    var list = element("ol", "etiket-planner__steps");
    timeline.steps.forEach(function (step) {
      var item = element("li", "etiket-planner__step");
      item.setAttribute("data-action", step.action);
      item.appendChild(element("p", "etiket-planner__when", step.when));
      var title = element("p", "etiket-planner__title");
      // The title links to the section that explains the step's advice, when the site has one.
      var name = element(links[step.guidance] ? "a" : "strong", null, step.title);
      if (links[step.guidance]) name.href = links[step.guidance];
      title.appendChild(name);
      var notes = API.notes(step);
      if (notes) title.appendChild(document.createTextNode(notes));
      item.appendChild(title);
      item.appendChild(element("p", "etiket-planner__text", step.description));
      list.appendChild(item);
    });
    result.replaceChildren(summary, list);
    summary.focus();
    if (root.etiketFile) URL.revokeObjectURL(root.etiketFile);
    if (!window.crypto || !crypto.subtle) return;
    API.ics(timeline).then(function (file) {
      root.etiketFile = URL.createObjectURL(new Blob([file], { type: "text/calendar;charset=utf-8" }));
      var download = element("a", "etiket-planner__download", DATA.ui.download);
      download.href = root.etiketFile;
      download.download = "etiket-" + timeline.interview + ".ics";
      var paragraph = element("p");
      paragraph.appendChild(download);
      result.appendChild(paragraph);
    });
  }

  function start(root) {
    var form = root.querySelector("form");
    var result = root.querySelector(".etiket-planner__result");
    var fields = ["interview", "time", "decision", "country", "company"];
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var input = {}, problems = [], timeline = null;
      fields.forEach(function (name) {
        var control = form.elements[name];
        input[name] = control.value;
        showError(form, name, "");
        // A half-typed date or time reads as empty: say so, instead of "required" or nothing.
        if (control.validity.badInput) problems.push(API.problem(name, name === "time" ? "time" : "incomplete"));
      });
      try {
        timeline = API.plan(input);
      } catch (error) {
        if (!(error instanceof API.PlannerError)) throw error;
        problems = problems.concat(error.problems);
      }
      if (!problems.length) return render(root, result, timeline);
      result.replaceChildren();
      var shown = {};
      problems.forEach(function (p) {
        if (!shown[p.field]) showError(form, p.field, p.message);
        shown[p.field] = true;
      });
      form.elements[fields.filter(function (name) { return shown[name]; })[0]].focus();
    });
  }

  function startAll() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-etiket-planner]"), start);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startAll);
  else startAll();
})();
