/*
 * etiket letters: the reader's emails, written in the page as the package writes them.
 *
 * window.etiketLetters.email(kind, input) returns {to, subject, body, guidance}, what the
 * package's function for that kind returns (etiket.templates.WRITERS):
 *   "thank-you"        thank_you_note; given input.interviewers (a list), thank_you_notes,
 *                      and then a list with one note to each
 *   "follow-up"        follow_up_email         "follow-up-chat"   follow_up_chat
 *   "closing"          closing_note            "rejection-reply"  rejection_reply
 *   "another-offer"    another_offer_note
 * input holds the function's keyword arguments (interviewer, position, company, candidate,
 * interview_date, answer_by, ask_feedback); the language is the page's. A date is written
 * YYYY-MM-DD, as a date field gives it (the package also takes a datetime and ISO 8601's
 * other forms). What a person can get wrong throws a LetterError: its key and message are
 * the package's error (message in the page's language), its field the input at fault. A
 * kind or an argument the function does not have throws a TypeError, as Python does.
 *
 * The texts, forms of address, limits and errors are window.etiketLettersData, written at
 * build time by etiket.letters_data; this file only reads them, as Python's str methods
 * would. Its dates are the planner's (planner.js, loaded before it: etiketPlanner.writeDay
 * with the months of its data). tests/test_letters_script.py compares it with the package,
 * letter by letter.
 */
(function () {
  "use strict";

  var DATA = window.etiketLettersData, PLANNER = window.etiketPlanner;
  if (!DATA || !PLANNER) return;

  var has = Object.prototype.hasOwnProperty;
  var TEXT = DATA.text;
  var SPACES = "[" + TEXT.whitespace + "]+";
  var RUNS = new RegExp(SPACES, "u");
  var EDGES = new RegExp("^" + SPACES + "|" + SPACES + "$", "gu");
  // A character Python's repr() writes as an escape: control, format, private, unassigned,
  // and separators other than the space.
  var UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
  var BREAKERS = Object.keys(TEXT.notInAName).map(function (key) {
    var classes = TEXT.notInAName[key].map(function (name) { return "\\p{" + name + "}"; });
    return { key: key, test: new RegExp("[" + classes.join("") + "]", "u") };
  });

  // ---- Python's str, as etiket uses it: code points, split(), strip(), casefold(), repr() ----

  function chars(text) {
    return Array.from(text);
  }

  function words(text) {
    return text.split(RUNS).filter(Boolean);
  }

  function strip(text) {
    return text.replace(EDGES, "");
  }

  function fold(text) {
    return chars(text)
      .map(function (c) { return has.call(TEXT.folds, c) ? TEXT.folds[c] : c.toUpperCase().toLowerCase(); })
      .join("");
  }

  function hex(code, width) {
    return code.toString(16).padStart(width, "0");
  }

  function repr(value) {
    if (value === null || value === undefined) return "None";
    if (typeof value === "boolean") return value ? "True" : "False";
    if (typeof value === "number") return String(value);
    if (Array.isArray(value)) return "[" + value.map(repr).join(", ") + "]";
    if (typeof value === "object") {
      return "{" + Object.keys(value).map(function (key) { return repr(key) + ": " + repr(value[key]); }).join(", ") + "}";
    }
    var quote = value.indexOf("'") >= 0 && value.indexOf('"') < 0 ? '"' : "'";
    var escapes = { "\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\" };
    escapes[quote] = "\\" + quote;
    return quote + chars(value).map(function (c) {
      var code = c.codePointAt(0);
      if (has.call(escapes, c)) return escapes[c];
      if (code < 0x20 || code === 0x7f) return "\\x" + hex(code, 2);
      if (code < 0x7f || !UNPRINTABLE.test(c)) return c;
      if (code < 0x100) return "\\x" + hex(code, 2);
      return code < 0x10000 ? "\\u" + hex(code, 4) : "\\U" + hex(code, 8);
    }).join("") + quote;
  }

  // A JSON value's Python type, as the package's errors name it.
  function typeName(value) {
    if (value === null || value === undefined) return "NoneType";
    if (typeof value === "boolean") return "bool";
    if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
    if (typeof value === "string") return "str";
    return Array.isArray(value) ? "list" : "dict";
  }

  /* A text as etiket.letters_data exported it: literal parts, and [name] or [name, "r"]. */
  function fill(parts, values) {
    return parts.map(function (part) {
      if (typeof part === "string") return part;
      return part[1] === "r" ? repr(values[part[0]]) : String(values[part[0]]);
    }).join("");
  }

  // ---- Errors the reader can fix, in the page's language ----

  function LetterError(key, values, field) {
    this.name = "LetterError";
    this.key = key;
    this.field = field;
    this.message = fill(DATA.errors[key], values);
  }
  LetterError.prototype = Object.create(Error.prototype);
  LetterError.prototype.constructor = LetterError;

  function fail(key, values, field) {
    throw new LetterError(key, values, field);
  }

  // ---- The details and the person: etiket.address ----

  function checkDetail(field, value) {
    if (typeof value !== "string") fail("input.detail-type", { name: field, value: value, type: typeName(value) }, field);
    var text = words(value).join(" ");
    var length = chars(text).length;
    if (!text) fail("input.detail-empty", { name: field, what: DATA.words[field] }, field);
    if (length > DATA.longestDetail) {
      fail("input.detail-too-long", { name: field, length: length, limit: DATA.longestDetail }, field);
    }
    chars(text).forEach(function (c) {
      BREAKERS.forEach(function (breaker) {
        if (!breaker.test.test(c)) return;
        fail(breaker.key, { what: DATA.words[field], text: text, code: hex(c.codePointAt(0), 4).toUpperCase() }, field);
      });
    });
    return text;
  }

  function person(name, title) {
    var written = title ? fill(DATA.address.titled, { title: title, name: name }) : name;
    checkDetail("interviewer", written);
    return { name: name, title: title, written: written };
  }

  /* Interviewer.parse: a title is one of the spellings, then a space, its dot or nothing. */
  function parse(value, field) {
    if (typeof value !== "string") fail("address.interviewer-type", { value: value, type: typeName(value) }, field);
    var text = checkDetail("interviewer", value);
    var letters = chars(text), address = DATA.address;
    for (var spelling in address.spellings) {
      var size = chars(spelling).length;
      var rest = letters.slice(size).join("");
      if (letters.slice(0, size).join("").toLowerCase() !== spelling) continue;
      if (rest && rest[0] !== " " && rest.indexOf(address.dot) !== 0) continue;
      var title = address.spellings[spelling];
      var name = strip(rest.indexOf(address.dot) === 0 ? rest.slice(address.dot.length) : rest);
      if (!name) fail("address.title-without-name", { text: text, title: title }, field);
      return person(name, title);
    }
    return person(text, null);
  }

  function greeting(who, chat) {
    var address = DATA.address, form = who.title ? address.titles[who.title] : null;
    var addressed = form
      ? fill(address.titled, { title: form.written, name: who.name })
      : fill(address.untitled, { name: who.name, first_name: words(who.name)[0] });
    var key = (form && form.friendly ? "friendly-" : "") + (chat ? "chat" : "letter");
    return { greeting: fill(address.greetings[key], { addressed: addressed }), you: form ? form.you : address.you };
  }

  // ---- A letter's date: format_long_date of a YYYY-MM-DD day, in the planner's words ----

  function letterDate(value, what, field) {
    if (typeof value !== "string") fail("input.not-a-date", { what: what, value: value, type: typeName(value) }, field);
    var written = PLANNER.writeDay(DATA.date.pattern, strip(value));
    if (written === null) fail("date.not-a-date", { what: what, value: value }, field);
    return written;
  }

  // ---- The letters: etiket.templates ----

  /* One letter; `who` is the interviewer already read, or undefined to read input.interviewer. */
  function write(template, input, flags, guidance, who) {
    var values = {};
    DATA.details.forEach(function (name) { values[name] = checkDetail(name, input[name]); });
    who = who || parse(input.interviewer, "interviewer");
    var typed = { interviewer: who.written };
    DATA.details.forEach(function (name) { typed[name] = values[name]; });
    Object.keys(template.dates).forEach(function (name) {
      values[name] = letterDate(input[name], template.dates[name], name);
    });
    var opening = greeting(who, template.chat);
    values.greeting = opening.greeting;
    values.you = opening.you;
    Object.keys(template.paragraphs).forEach(function (name) {
      var paragraph = template.paragraphs[name];
      values[name] = flags[paragraph.flag] ? fill(paragraph.text, values) : "";
    });
    var letter = { to: who.written, subject: fill(template.subject, values), body: fill(template.body, values), guidance: guidance };
    var count = words(letter.body).length;
    if (count > template.maxWords) {
      // Each detail fits its own limit, yet four wordy ones could still bloat the note.
      var wordiest = Object.keys(typed).reduce(function (best, name) {
        return words(typed[name]).length > words(typed[best]).length ? name : best;
      });
      fail("input.note-too-long", {
        kind: template.noun, words: count, limit: template.maxWords, what: DATA.words[wordiest], value: typed[wordiest],
      });
    }
    return letter;
  }

  function notes(template, input) {
    var list = input.interviewers, seen = new Set();
    if (!Array.isArray(list)) fail("letters.interviewers-type", { value: list, type: typeName(list) }, "interviewers");
    if (!list.length) fail("letters.no-interviewers", {}, "interviewers");
    var people = list.map(function (value) { return parse(value, "interviewers"); });
    people.forEach(function (who) {
      if (seen.has(fold(who.written))) fail("letters.interviewer-twice", { name: who.written }, "interviewers");
      seen.add(fold(who.written));
    });
    // One interviewer is the ordinary note; several are the rule that each gets their own.
    var guidance = people.length > 1 ? template.toSeveral : template.guidance;
    return people.map(function (who) { return write(template, input, {}, guidance, who); });
  }

  function email(kind, input) {
    var template = has.call(DATA.templates, kind) ? DATA.templates[kind] : null;
    if (!template || input === null || typeof input !== "object") {
      throw new TypeError("email(kind, input): kind is one of " + Object.keys(DATA.templates).join(", ") + ", input an object");
    }
    var several = Boolean(template.toSeveral) && has.call(input, "interviewers");
    var needed = [several ? "interviewers" : "interviewer"].concat(DATA.details, Object.keys(template.dates));
    var paragraphs = Object.keys(template.paragraphs).map(function (name) { return template.paragraphs[name]; });
    var taken = needed.concat(paragraphs.map(function (paragraph) { return paragraph.flag; }));
    // As Python refuses a call: an argument the function does not take, or one it needs missing.
    Object.keys(input).concat(needed).forEach(function (name) {
      if (taken.indexOf(name) < 0 || !has.call(input, name)) {
        throw new TypeError(kind + " takes " + taken.join(", ") + "; given " + Object.keys(input).join(", "));
      }
    });
    if (several) return notes(template, input);
    var flags = {};
    paragraphs.forEach(function (paragraph) {
      var value = has.call(input, paragraph.flag) ? input[paragraph.flag] : paragraph.default;
      if (typeof value !== "boolean") {
        fail("input.typed-flag", { name: paragraph.flag, value: value, type: typeName(value) }, paragraph.flag);
      }
      flags[paragraph.flag] = value;
    });
    return write(template, input, flags, template.guidance);
  }

  /* The page's API, for the assistant and for tests. */
  window.etiketLetters = {
    email: email,
    kinds: Object.keys(DATA.templates),
    LetterError: LetterError,
    data: DATA,
  };
  // The planner's API writes the letters as well.
  PLANNER.email = email;
})();
