/*
 * etiket assistant: the reader's situation on one page, kept on their device.
 *
 * The form is written by docs/_ext/etiket_docs/assistant.py; every control names the field
 * of the record it holds (data-path). window.etiketStore (assistant-store.js) keeps the
 * record as the reader types and puts it in the link; window.etiketPlanner (planner.js)
 * plans the timeline and assesses the situation, window.etiketLetters (letters.js) writes
 * the letters, and etiketPlanner.rule asks the rulebook which letters the reader needs and
 * where today falls. This file holds no rule: it reads the form, asks them, and shows their
 * answers.
 * What the reader types is never parsed as HTML, and nothing leaves the page.
 */
(function () {
  "use strict";

  var DATA = window.etiketAssistantData, STORE = window.etiketStore, PLANNER = window.etiketPlanner;
  if (!DATA || !STORE || !PLANNER) return;

  var UI = DATA.ui;
  var BLOCK = "etiket-assistant";
  var fill = PLANNER.fill;
  var NOTES = Object.keys(DATA.purposes);

  /* An element holding content: a text, a node, or a list of them; a text is never markup. */
  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content != null) node.append.apply(node, [].concat(content));
    return node;
  }

  /* The reader's own today, on their device's clock, as YYYY-MM-DD. */
  function today() {
    var now = new Date();
    return new Date(now - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  /* The assistant's part of that name: its notice, link, result... */
  function part(root, name) {
    return root.querySelector("." + BLOCK + "__" + name);
  }

  // ---- The record and the form: each control holds the field its data-path names ----

  function controls(form) {
    return Array.from(form.querySelectorAll("[data-path]"));
  }

  function valueAt(record, path) {
    return path.split(".").reduce(function (value, key) {
      return value == null ? undefined : value[key];
    }, record);
  }

  function setAt(record, path, value) {
    var keys = path.split("."), last = keys.pop(), target = record;
    keys.forEach(function (key) { target = target[key]; });
    target[last] = value;
  }

  function emptyRow(kind) {
    return kind === "calls" ? "" : { title: "", name: "" };
  }

  /* The record the form shows, every row kept (an empty one too, as the reader may fill it). */
  function collect(form) {
    var record = STORE.empty();
    ["interviewers", "calls"].forEach(function (kind) {
      var count = form.querySelectorAll('[data-rows="' + kind + '"] > li').length;
      record[kind] = [];
      for (var i = 0; i < count; i++) record[kind].push(emptyRow(kind));
    });
    controls(form).forEach(function (control) {
      setAt(record, control.getAttribute("data-path"), control.type === "checkbox" ? control.checked : control.value);
    });
    return record;
  }

  /* The record to keep and link: without the rows the reader left empty. */
  function tidy(record) {
    var copy = JSON.parse(JSON.stringify(record));
    copy.interviewers = copy.interviewers.filter(function (person) { return person.title || person.name; });
    copy.calls = copy.calls.filter(Boolean);
    return copy;
  }

  /*
   * A property, or an attribute (null: none), set only where it changes: writing even the same
   * value into a date field rebuilds it, and the page's first layout would pay for each.
   */
  function put(node, name, value) {
    if (node[name] !== value) node[name] = value;
  }

  function attribute(node, name, value) {
    if (node.getAttribute(name) === value) return;
    if (value === null) node.removeAttribute(name);
    else node.setAttribute(name, value);
  }

  /* The rows of one list: the directive's row, numbered; no typed text is written as markup. */
  function renderRows(form, kind, rows) {
    var row = form.querySelector('[data-row="' + kind + '"]').innerHTML;
    var list = form.querySelector('[data-rows="' + kind + '"]');
    // A list with its rows already (an empty record's, which the page has) is left as it is:
    // the controls get their values from the record next.
    if (list.children.length !== rows.length) {
      list.innerHTML = rows.map(function (value, index) {
        return row.replace(/\{i\}/g, index).replace(/\{n\}/g, index + 1);
      }).join("");
    }
    var add = form.querySelector('[data-add="' + kind + '"]');
    put(add, "hidden", rows.length >= DATA.store.limits[kind]);
  }

  function show(form, record) {
    // A first interviewer's row is there to fill in from the start.
    renderRows(form, "interviewers", record.interviewers.length ? record.interviewers : [emptyRow("interviewers")]);
    renderRows(form, "calls", record.calls);
    controls(form).forEach(function (control) {
      var value = valueAt(record, control.getAttribute("data-path"));
      if (control.type === "checkbox") put(control, "checked", value === true);
      else put(control, "value", value == null ? "" : value);
      showError(control, "");
    });
  }

  // ---- Messages: the notice above the form, errors at their fields ----

  var NOTICE = {
    stored: { unavailable: "no-storage", future: "stored-newer" },
    link: { future: "link-newer" },
  };

  function noticeFor(where, reason) {
    return NOTICE[where][reason] || (reason === "full" ? "full" : where + "-unreadable");
  }

  function showNotice(root, keys) {
    var box = part(root, "notice");
    box.replaceChildren.apply(box, keys.map(function (key) { return element("span", null, UI[key] + " "); }));
  }

  function showError(control, message) {
    var error = document.getElementById(control.id + "-error");
    if (!error) return;
    var hint = document.getElementById(control.id + "-hint");
    put(error, "textContent", message || "");
    put(error, "hidden", !message);
    attribute(control, "aria-invalid", message ? "true" : null);
    var described = (message ? [error.id] : []).concat(hint ? [hint.id] : []);
    attribute(control, "aria-describedby", described.join(" ") || null);
  }

  /* Each problem at the first control of its field; the first such control, or null. */
  function showProblems(form, problems) {
    var first = null, shown = {};
    problems.forEach(function (problem) {
      var control = controls(form).filter(function (c) {
        var path = c.getAttribute("data-path");
        return path === problem.field || path.indexOf(problem.field + ".") === 0;
      })[0];
      if (!control || shown[control.id]) return;
      shown[control.id] = true;
      showError(control, problem.message);
      if (!first) first = control;
    });
    return first;
  }

  // ---- Keeping: storage and the link ----

  function keep(root, record) {
    var tidied = tidy(record), form = root.querySelector("form");
    var saved = STORE.save(tidied);
    var refused = root.etiketRefused;
    if (refused && refused.getAttribute("aria-invalid") === "true") showError(refused, "");
    root.etiketRefused = null;
    if (saved.reason === "invalid") {
      // What the form cannot make by typing: a tab or another control character, pasted in.
      var control = form.querySelector('[data-path="' + saved.field + '"]');
      if (control) showError(control, UI["not-kept"]);
      root.etiketRefused = control;
    } else if (!saved.ok && root.etiketTrouble !== saved.reason) {
      // Say once that the browser does not keep the plan, not at every key pressed.
      root.etiketTrouble = saved.reason;
      showNotice(root, [noticeFor("stored", saved.reason)]);
    }
    updateLink(root, tidied);
  }

  function updateLink(root, record) {
    var fragment = STORE.toFragment(tidy(record));
    if (fragment !== null) {
      part(root, "link").value = location.href.split("#")[0] + "#" + fragment;
    }
  }

  function dropFragment() {
    if (location.hash && window.history && history.replaceState) {
      history.replaceState(null, "", location.pathname + location.search);
    }
  }

  /*
   * Copy text; status says whether it worked, in the words of what was copied (`what`: "" for
   * the link, "letter-" for a letter). Where the clipboard is refused, the text shown (the
   * link's field, a letter's body) is left selected, for the reader to copy.
   */
  function copy(text, status, shown, what) {
    function done(copied) {
      status.textContent = UI[what + (copied ? "copied" : "copy-failed")];
      if (!copied) shown.select ? shown.select() : getSelection().selectAllChildren(shown);
    }
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
    else done(false);
  }

  function copyLink(root) {
    var link = part(root, "link");
    // The link's own status: each letter shown has one of the same class before it.
    copy(link.value, part(root, "keep ." + BLOCK + "__copied"), link, "");
  }

  // ---- The answer: the timeline with today marked, the assessment, what the reader did ----

  /*
   * What etiketPlanner.plan and .assess are given: the record, whose interview, time, decision,
   * country, company, position, candidate and chat are named as the package names them, with
   * its lists as the package takes them (the planner reads no other field).
   */
  function situation(record, day) {
    var answer = record.answer;
    return Object.assign({}, record, {
      interviewers: record.interviewers
        .filter(function (person) { return person.name.trim(); })
        .map(function (person) { return (person.title ? person.title + " " : "") + person.name.trim(); }),
      contacts: NOTES.filter(function (note) { return record[note].on; }).map(function (note) {
        return { on: record[note].on, channel: record[note].channel, purpose: DATA.purposes[note] };
      }),
      calls: record.calls.filter(Boolean),
      heardBack: answer.outcome && answer.on
        ? { on: answer.on, outcome: answer.outcome, respondBy: answer.respondBy || null, nextInterview: answer.nextInterview || null }
        : null,
      today: day,
    });
  }

  /*
   * The steps the timeline shows and today's among them, as the rulebook's shown_steps says
   * (Assessment.timeline_steps and todays_step): the assessment's steps once there is one,
   * which count what the reader sent, and after the employer's answer the reply it calls for;
   * without an assessment, the plan's. {steps, marked, answered}.
   */
  function shownSteps(timeline, assessment, day) {
    var steps = assessment ? assessment.timeline.steps : timeline.steps;
    var answered = assessment && assessment.reply ? assessment.reply.on : null;
    var spans = steps.map(function (step) { return [step.earliest, step.latest]; });
    var found = PLANNER.rule("shown_steps", [spans, answered, Boolean(assessment && assessment.next), day]);
    var shown = found[0].map(function (index) { return index === null ? assessment.next : steps[index]; });
    return { steps: shown, marked: found[1] === null ? null : shown[found[1]], answered: answered };
  }

  function renderTimeline(root, timeline, shown, day) {
    var links = JSON.parse(root.getAttribute("data-links") || "{}");
    var summary = element("p", BLOCK + "__summary", PLANNER.summary(timeline));
    summary.tabIndex = -1;
    var marked = shown.marked;
    var list = element("ol", BLOCK + "__steps");
    shown.steps.forEach(function (step) {
      var item = element("li", BLOCK + "__step");
      item.setAttribute("data-action", step.action);
      if (step === marked) {
        item.className += " " + BLOCK + "__step--today";
        item.setAttribute("aria-current", "step");
        item.append(element("p", BLOCK + "__today", fill(UI.today, { date: PLANNER.formatDate(day) })));
      }
      var name = element(links[step.guidance] ? "a" : "strong", null, step.title);
      if (links[step.guidance]) name.href = links[step.guidance];
      item.append(
        element("p", BLOCK + "__when", step.when),
        element("p", BLOCK + "__title", [name, PLANNER.notes(step)]),
        element("p", BLOCK + "__text", step.description)
      );
      list.append(item);
    });
    var parts = [summary];
    // Before the plan's first step; once the employer answered, their answer says where things are.
    if (!marked && !shown.answered) parts.push(element("p", BLOCK + "__today", fill(UI.before, { date: PLANNER.formatDate(day) })));
    parts.push(list);
    return parts;
  }

  function renderDone(record) {
    var done = [];
    NOTES.forEach(function (note) {
      var sent = record[note];
      if (sent.on) {
        done.push([sent.on, fill(UI["did-by"], { what: UI[note], date: PLANNER.formatDate(sent.on), channel: DATA.channels[sent.channel] })]);
      }
    });
    record.calls.forEach(function (day) {
      if (day) done.push([day, fill(UI.did, { what: UI["did-call"], date: PLANNER.formatDate(day) })]);
    });
    var answer = record.answer;
    if (answer.outcome && answer.on) {
      done.push([answer.on, fill(UI.did, { what: UI["outcome-" + answer.outcome], date: PLANNER.formatDate(answer.on) })]);
    }
    done.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    var heading = element("p", BLOCK + "__heading", UI.done);
    if (!done.length) return [heading, element("p", null, UI["did-none"])];
    return [heading, element("ul", BLOCK + "__done", done.map(function (entry) { return element("li", null, entry[1]); }))];
  }

  function labelled(label, text) {
    return element("p", null, [element("strong", null, label + ": "), text]);
  }

  /*
   * Where the reader stands: the stage, the next step with its day and sending window, and one
   * warning per etiquette breach, from an assessment shaped as `etiket assess --json` prints it.
   */
  function renderAssessment(assessment) {
    var box = element("div", BLOCK + "__assessment");
    // The package's one sentence says the stage (or what the employer's answer means) and the
    // next step with its day: neither is said again beside it.
    box.append(element("p", BLOCK + "__stage-summary", element("strong", null, assessment.summary)));
    var next = assessment.next;
    if (next) {
      box.append(element("p", null, next.description));
      if (next.window) {
        var hours = fill(DATA.labels.window, {
          date: PLANNER.formatDate(next.window.opens.slice(0, 10)),
          opens: PLANNER.formatTime(next.window.opens),
          closes: PLANNER.formatTime(next.window.closes),
        });
        box.append(labelled(DATA.windowLabel, hours));
      }
    }
    var warnings = assessment.warnings.map(function (warning) {
      var item = element("li", null, warning.text);
      item.setAttribute("data-breach", warning.breach);
      return item;
    });
    box.append(
      element("p", BLOCK + "__heading", DATA.labels.warnings),
      warnings.length ? element("ul", BLOCK + "__warnings", warnings) : element("p", null, UI["no-warnings"])
    );
    return box;
  }

  function problemsOf(error) {
    return error && Array.isArray(error.problems) ? error.problems : null;
  }

  // ---- Your emails: the package's letters, filled in (window.etiketLetters) ----

  /* Copy a letter's text (shown is its body); the status beside the button says whether it worked. */
  function copyButton(text, shown) {
    var button = element("button", BLOCK + "__copy-letter", UI["copy-letter"]);
    button.type = "button";
    var status = element("span", BLOCK + "__copied");
    status.setAttribute("role", "status");
    button.addEventListener("click", function () { copy(text, status, shown, "letter-"); });
    return [button, status];
  }

  function letterBox(title, letter) {
    var body = element("pre", BLOCK + "__letter-body", letter.body);
    var actions = copyButton(letter.subject ? letter.subject + "\n\n" + letter.body : letter.body, body);
    if (letter.subject) {
      // No address is known: the reader's own email app asks for it, with the text in place.
      var mail = element("a", BLOCK + "__mailto", UI.mailto);
      mail.href = "mailto:?subject=" + encodeURIComponent(letter.subject) + "&body=" + encodeURIComponent(letter.body);
      actions.push(mail);
    }
    return element("section", BLOCK + "__letter", [
      element("h4", null, title),
      labelled(DATA.letterLabels.to, letter.to),
    ].concat(letter.subject ? [labelled(DATA.letterLabels.subject, letter.subject)] : [], [
      body,
      element("p", BLOCK + "__letter-actions", actions),
    ]));
  }

  /* The letters this reader needs, in the page's language, or why there are none yet. */
  function renderEmails(record, input, assessment) {
    var LETTERS = window.etiketLetters;
    var section = element("section", BLOCK + "__emails", element("h3", null, UI.emails));
    var people = input.interviewers;
    // The rulebook's letters_needed, from where the assessment finds the reader (what they
    // sent as it read it, its next step, the answer); without one, every letter of waiting.
    // The note about another offer says when the other employer needs an answer, so it
    // waits for that date.
    var next = assessment && assessment.next_step, outcome = assessment && assessment.reply && assessment.reply.outcome;
    var sent = assessment ? assessment.contacts.map(function (contact) { return contact.purpose; }) : [];
    var needed = PLANNER.rule("letters_needed", [record.chat, outcome || null, Boolean(record.anotherOffer.answerBy), sent, next || null]);
    if (!needed.length) {
      section.append(element("p", null, UI[outcome && next ? "emails-answered" : "emails-all-sent"]));
      return section;
    }
    if (!LETTERS || !record.company.trim() || !record.position.trim() || !record.candidate.trim() || !people.length) {
      section.append(element("p", null, UI["emails-need"]));
      return section;
    }
    section.append(element("p", null, UI["emails-hint"]));
    var details = { position: record.position, company: record.company, candidate: record.candidate };
    var contact = people[0];
    needed.forEach(function (kind) {
      try {
        if (kind === "thank-you") {
          LETTERS.email(kind, Object.assign({ interviewers: people }, details)).forEach(function (letter) {
            section.append(letterBox(fill(UI["letter-thank-you"], { to: letter.to }), letter));
          });
          return;
        }
        var given = Object.assign({ interviewer: contact }, details);
        if (kind.indexOf("follow-up") === 0) given.interview_date = record.interview;
        if (kind === "another-offer") given.answer_by = record.anotherOffer.answerBy;
        section.append(letterBox(UI["letter-" + kind], LETTERS.email(kind, given)));
      } catch (error) {
        if (!(error instanceof LETTERS.LetterError)) throw error;
        section.append(element("p", BLOCK + "__error", error.message));
      }
    });
    return section;
  }

  /* Plan (and assess) the form's record; show the answer, or each problem at its field. */
  function answer(root, form, focus) {
    var result = part(root, "result");
    var record = collect(form), day = today(), input = situation(record, day), timeline;
    controls(form).forEach(function (control) { showError(control, ""); });
    var problems = [];
    controls(form).forEach(function (control) {
      // A half-typed date or time reads as empty: say so, instead of "required" or nothing.
      if (control.validity && control.validity.badInput) {
        problems.push({ field: control.getAttribute("data-path"), message: PLANNER.data.ui[control.type === "time" ? "time" : "incomplete"] });
      }
    });
    try {
      timeline = PLANNER.plan(input);
    } catch (error) {
      if (!problemsOf(error)) throw error;
      problems = problems.concat(error.problems);
    }
    if (problems.length) {
      result.replaceChildren();
      var wrong = showProblems(form, problems);
      if (focus && wrong) wrong.focus();
      return;
    }
    var assessment = null, box = null;
    try {
      assessment = PLANNER.assess(input);
      box = renderAssessment(assessment);
    } catch (error) {
      var found = problemsOf(error);
      var first = found && showProblems(form, found);
      box = element("p", BLOCK + "__error", first ? found[0].message : UI["assess-failed"]);
    }
    var parts = renderTimeline(root, timeline, shownSteps(timeline, assessment, day), day);
    parts.splice(1, 0, box);
    result.replaceChildren.apply(result, parts.concat(renderDone(record), [renderEmails(record, input, assessment)]));
    offerCalendar(root, box, assessment, record.company);
    if (focus) parts[0].focus();
  }

  /* The calendar file of what is still ahead (etiketPlanner.ics), once the platform's SHA-1 made it. */
  function offerCalendar(root, box, assessment, company) {
    if (root.etiketFile) URL.revokeObjectURL(root.etiketFile);
    root.etiketFile = null;
    var asked = root.etiketAsked = (root.etiketAsked || 0) + 1;
    if (!assessment || !window.crypto || !crypto.subtle) return;
    PLANNER.ics(assessment, undefined, company).then(function (file) {
      // Nothing is ahead, or the reader changed the form while the file was being made.
      if (file === null || asked !== root.etiketAsked) return;
      root.etiketFile = URL.createObjectURL(new Blob([file], { type: "text/calendar;charset=utf-8" }));
      var link = element("a", BLOCK + "__download", UI.download);
      link.href = root.etiketFile;
      link.download = "etiket-" + assessment.today + ".ics";
      box.append(element("p", null, link));
    });
  }

  // ---- The page ----

  function start(root) {
    var form = root.querySelector("form");

    /* Show a record, keep it if it came by a link, and answer for it if it has an interview. */
    function restore(record, notices, fromLink) {
      show(form, record);
      showNotice(root, notices);
      if (fromLink) keep(root, record);
      else updateLink(root, record);
      part(root, "result").replaceChildren();
      if (record.interview) answer(root, form, false);
    }

    /* The plan in the address's fragment, if any; then the address goes back to the page's. */
    function linked() {
      var found = STORE.fromFragment(location.hash);
      dropFragment();
      return found;
    }

    var link = linked(), kept = STORE.load(), notices = [];
    if (link.record) notices.push("link-loaded");
    else if (link.reason) notices.push(noticeFor("link", link.reason));
    if (kept.reason) notices.push(noticeFor("stored", kept.reason));
    restore(link.record || kept.record || STORE.empty(), notices, !!link.record);
    // A link pasted into the address bar of this very page changes only the fragment.
    window.addEventListener("hashchange", function () {
      var found = linked();
      if (found.record) restore(found.record, ["link-loaded"], true);
      else if (found.reason) showNotice(root, [noticeFor("link", found.reason)]);
    });

    function changed() {
      keep(root, collect(form));
    }
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      keep(root, collect(form));
      answer(root, form, true);
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-add], button[data-remove]");
      if (!button) return;
      var current = collect(form), kind = button.getAttribute("data-add") || button.getAttribute("data-remove");
      var rows = current[kind], index;
      if (button.hasAttribute("data-add")) {
        rows.push(emptyRow(kind));
        index = rows.length - 1;
      } else {
        index = Number(button.getAttribute("data-index"));
        rows.splice(index, 1);
        index = Math.min(index, rows.length - 1);
      }
      renderRows(form, kind, rows);
      controls(form).forEach(function (control) {
        var path = control.getAttribute("data-path");
        if (path.indexOf(kind + ".") === 0) control.value = valueAt(current, path);
      });
      keep(root, current);
      // Focus goes to the row added, or to the row that took the removed one's place.
      var target = index >= 0 && form.querySelector('[data-rows="' + kind + '"] > li:nth-child(' + (index + 1) + ") [data-path]");
      (target || form.querySelector('[data-add="' + kind + '"]')).focus();
    });
    root.querySelector('[data-action="copy"]').addEventListener("click", function () { copyLink(root); });
    root.querySelector('[data-action="forget"]').addEventListener("click", function () {
      var gone = STORE.forget();
      dropFragment();
      var fresh = STORE.empty();
      show(form, fresh);
      part(root, "result").replaceChildren();
      updateLink(root, fresh);
      showNotice(root, [gone.ok ? "forgotten" : "no-storage"]);
    });
  }

  function startAll() {
    document.querySelectorAll("[data-etiket-assistant]").forEach(start);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startAll);
  else startAll();
})();
