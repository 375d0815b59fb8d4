/*
 * etiket planner: the reader's own timeline after an interview, computed in the page.
 *
 * Every rule comes from window.etiketPlannerData, written at build time from the etiket
 * package by etiket.site_data: numbers, wording, days off, Babel's names and patterns,
 * the calendar file's settings, and the rulebook itself (etiket/rulebook.py, exported as
 * data by etiket/portable.py), which this file interprets. The file itself holds no rule:
 * only the rulebook's primitives (calendars, clocks, reading a given date and refusing, as
 * etiket/_primitives.py), the interpreter, Babel's patterns and the layout of etiket/ics.py.
 * tests/browser/test_planner.py checks it against the package.
 * What the reader types is never parsed as HTML, and nothing leaves the page.
 */
(function () {
  "use strict";

  var DATA = window.etiketPlannerData;
  if (!DATA) return;

  var DAY_MS = 86400000;
  var has = Object.prototype.hasOwnProperty;

  // ---- Days: whole numbers counted from 1970-01-01, a Thursday (3 where Monday is 0) ----

  function weekday(day) {
    return (((day + 3) % 7) + 7) % 7;
  }

  function parts(day) {
    var when = new Date(day * DAY_MS);
    return { y: when.getUTCFullYear(), m: when.getUTCMonth() + 1, d: when.getUTCDate() };
  }

  function pad(number, width) {
    return String(number).padStart(width, "0");
  }

  /* The platform writes ISO dates; the planner's years are all four-digit ones. */
  function isoDate(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  /* "YYYY-MM-DD" as a day, or null when it is not a real date. */
  function parseDate(text) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return null;
    var m = Number(match[2]);
    // setUTCFullYear keeps a year before 100 as it is, where Date.UTC would add 1900.
    var day = Math.round(new Date(0).setUTCFullYear(Number(match[1]), m - 1, Number(match[3])) / DAY_MS);
    // A month or a day past its end (2026-13-01, 2026-02-30) lands in another month.
    return parts(day).m === m ? day : null;
  }

  /* "HH:MM" or "HH:MM:SS", as time fields give it, as seconds after midnight, or null. */
  function parseTime(text) {
    var match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
    if (!match) return null;
    var h = Number(match[1]), m = Number(match[2]), s = Number(match[3] || 0);
    return h < 24 && m < 60 && s < 60 ? h * 3600 + m * 60 + s : null;
  }

  function clock(seconds) {
    var s = seconds % 60, m = Math.floor(seconds / 60) % 60, h = Math.floor(seconds / 3600);
    return pad(h, 2) + ":" + pad(m, 2) + ":" + pad(s, 2);
  }

  /* Fill {name} placeholders in one pass, so a value that contains braces stays as typed. */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return has.call(values, key) ? values[key] : whole;
    });
  }

  /* A Babel pattern, as etiket.site_data exported it, for a day and a time of day. */
  function write(pattern, day, seconds) {
    var p = parts(day), hour = Math.floor(seconds / 3600), names = DATA.date;
    return pattern
      .map(function (token) {
        if (typeof token === "string") return token;
        var width = token[1];
        switch (token[0]) {
          case "E": return names.days[weekday(day)];
          case "M": return width === 4 ? names.months[p.m - 1] : pad(p.m, width);
          case "d": return pad(p.d, width);
          case "y": return String(p.y);
          case "H": return pad(hour, width);
          case "h": return pad(hour % 12 || 12, width);
          case "m": return pad(Math.floor(seconds / 60) % 60, width);
          default: return names.periods[hour < 12 ? 0 : 1];
        }
      })
      .join("");
  }

  /* etiket.format_date, and etiket.language.format_datetime: a moment's name of its zone follows. */
  function formatDate(day) {
    return write(DATA.date.pattern, day, 0);
  }

  function formatDateTime(moment) {
    var words = fill(DATA.date.datetime, { date: formatDate(moment.day), time: write(DATA.date.time, moment.day, moment.seconds) });
    return moment.zone ? words + " " + zoneName(moment) : words;
  }

  // ---- Errors the reader can fix, in the page's language ----

  function PlannerError(problems) {
    this.name = "PlannerError";
    this.problems = problems;
    this.message = problems.map(function (p) { return p.message; }).join(" ");
  }
  PlannerError.prototype = Object.create(Error.prototype);
  PlannerError.prototype.constructor = PlannerError;

  function problem(field, code, values) {
    return { field: field, code: code, message: fill(DATA.ui[code], values || {}) };
  }

  /* The first day of a year. */
  function newYear(year) {
    return parseDate(pad(year, 4) + "-01-01");
  }

  // Python's first date: parseDate also reads the year 0, which Python's calendar has not.
  var FIRST_PYTHON_DAY = newYear(1);
  var FIRST_DAY = newYear(DATA.years[0]);
  var LAST_DAY = parseDate(pad(DATA.years[1], 4) + "-12-31");

  function Beyond() {}

  // ---- etiket.WorkingCalendar ----

  function makeCalendar(country) {
    var source = DATA.calendars[country];
    var weekend = new Set(source.weekend);
    var daysOff = new Set(source.daysOff.map(parseDate));
    var working = new Set(source.workingDays.map(parseDate));
    function isWorkingDay(day) {
      if (country) {
        // Outside the exported years the holidays are unknown: refuse rather than guess.
        if (day < FIRST_DAY || day > LAST_DAY) throw new Beyond();
        if (working.has(day)) return true;
        if (daysOff.has(day)) return false;
      }
      return !weekend.has(weekday(day));
    }
    return {
      isWorkingDay: isWorkingDay,
      isWeekend: function (day) { return weekend.has(weekday(day)); },
    };
  }

  // ---- etiket/portable.py's data, interpreted as Python runs it ----

  /* Python's truth: None, False, 0, "" and [] are false; everything else is true. */
  function truthy(value) {
    return !(value == null || value === false || value === 0 || value === "" ||
      (Array.isArray(value) && value.length === 0));
  }

  /* Moments compare by valueOf, as Python compares datetimes; everything else as itself. */
  function same(a, b) {
    a = a == null ? null : a;
    b = b == null ? null : b;
    return a !== null && b !== null && typeof a === "object" && !Array.isArray(a)
      ? a.valueOf() === b.valueOf()
      : a === b;
  }

  function contains(whole, part) {
    if (Array.isArray(whole)) return whole.some(function (item) { return same(item, part); });
    if (typeof whole === "string") return whole.indexOf(part) >= 0;
    return has.call(whole, part);
  }

  function least(values, sign) {
    return values.reduce(function (best, item) { return sign * (item - best) < 0 ? item : best; });
  }

  /* Python's builtins the rulebook may call, each given the call's arguments as a list. */
  var BUILTINS = {
    min: function (args) { return least(args, 1); },
    max: function (args) { return least(args, -1); },
    // A list's items, a text's characters (UTF-16's, as survivors.md says) or a dictionary's keys.
    len: function (args) { return Object.keys(args[0]).length; },
  };

  /* A syntax node of etiket.portable this script does not know: a build newer than the script. */
  function cannot(kind) {
    throw new Error("the rulebook uses " + kind + ", which this script cannot run");
  }

  function Program(source, primitives) {
    source.primitives.forEach(function (name) {
      if (typeof primitives[name] !== "function") throw new Error("no primitive " + name + " for the rulebook");
    });

    function value(node, scope) {
      if (typeof node === "string") {
        if (has.call(scope, node)) return scope[node];
        if (has.call(source.constants, node)) return source.constants[node];
        throw new Error("the rulebook names " + node + ", which it does not define");
      }
      if (!Array.isArray(node)) return node;
      var a, b, i;
      switch (node[0]) {
        case "'": return node[1];
        case ".": return value(node[1], scope)[node[2]];
        case "[]": return value(node[1], scope)[value(node[2], scope)];
        case "[": return node.slice(1).map(function (item) { return value(item, scope); });
        case "{":
          a = {};
          node[1].forEach(function (key, index) { a[key] = value(node[2][index], scope); });
          return a;
        case "()": return call(node[1], node.slice(2).map(function (item) { return value(item, scope); }));
        case "?": return value(truthy(value(node[1], scope)) ? node[2] : node[3], scope);
        case "and":
        case "or":
          for (i = 1; i < node.length; i++) {
            a = value(node[i], scope);
            if (truthy(a) !== (node[0] === "and")) return a;
          }
          return a;
        case "not": return !truthy(value(node[1], scope));
        case "neg": return -value(node[1], scope);
      }
      a = value(node[1], scope);
      b = value(node[2], scope);
      switch (node[0]) {
        case "+": return Array.isArray(a) ? a.concat(b) : a + b;
        case "-": return a - b;
        case "*": return a * b;
        case "//": return Math.floor(a / b);
        case "<": return a < b;
        case "<=": return a <= b;
        case ">": return a > b;
        case ">=": return a >= b;
        case "==":
        case "is": return same(a, b);
        case "!=":
        case "is-not": return !same(a, b);
        case "in": return contains(b, a);
        case "not-in": return !contains(b, a);
      }
      return cannot(node[0]);
    }

    /* A block of statements; a returned value comes back boxed, so that None can be returned. */
    function run(block, scope) {
      for (var i = 0; i < block.length; i++) {
        var statement = block[i], out = null;
        switch (statement[0]) {
          case "return": return { value: value(statement[1], scope) };
          case "set": scope[statement[1]] = value(statement[2], scope); break;
          case "set-item": value(statement[1], scope)[value(statement[2], scope)] = value(statement[3], scope); break;
          case "unpack":
            var values = value(statement[2], scope);
            statement[1].forEach(function (name, index) { scope[name] = values[index]; });
            break;
          case "do": value(statement[1], scope); break;
          case "if": out = run(truthy(value(statement[1], scope)) ? statement[2] : statement[3], scope); break;
          case "while":
            while (!out && truthy(value(statement[1], scope))) out = run(statement[2], scope);
            break;
          case "for":
            var items = value(statement[2], scope);
            for (var j = 0; !out && j < items.length; j++) {
              scope[statement[1]] = items[j];
              out = run(statement[3], scope);
            }
            break;
          default: cannot(statement[0]);
        }
        if (out) return out;
      }
      return null;
    }

    function call(name, args) {
      if (has.call(source.functions, name)) {
        var fn = source.functions[name], scope = Object.create(null);
        fn.params.forEach(function (param, index) { scope[param] = args[index] === undefined ? null : args[index]; });
        var out = run(fn.body, scope);
        return out ? out.value : null;
      }
      if (has.call(BUILTINS, name)) return BUILTINS[name](args);
      return primitives[name].apply(null, args);
    }

    return { call: call };
  }

  // ---- etiket/_primitives.py: days are whole numbers, moments the wall clock's day and second ----

  /*
   * A wall clock's day and second, on a zone's clock: an IANA zone (planner-zones.js's), a fixed
   * offset ({offset}, seconds east of UTC), or none. offset is the one in force: by default a
   * wall time's, read as Python reads one (fold=0: in a gap or a repeated hour, the offset
   * before). Moments compare by the wall clock, as Python compares datetimes of one tzinfo.
   */
  function Moment(day, seconds, zone, offset) {
    var days = Math.floor(seconds / 86400);
    this.day = day + days;
    this.seconds = seconds - days * 86400;
    this.zone = zone || null;
    this.offset = offset !== undefined ? offset : !this.zone ? 0 : this.zone.wall ? this.zone.wall(this.valueOf()) : this.zone.offset;
  }
  Moment.prototype.valueOf = function () { return this.day * 86400 + this.seconds; };

  var UTC = { offset: 0 };
  // Named zones, where the page loads them (the planner's pages), with the helpers they share.
  var ZONES = window.etiketPlannerZones && window.etiketPlannerZones({
    isoDate: isoDate, icsMoment: icsMoment, offsetText: offsetText, names: DATA.zones,
  }), NAMED = {};

  /* An IANA zone the page offers, on the platform's clock; null for any other, or without ZONES. */
  function zoneNamed(name) {
    if (!ZONES || !has.call(DATA.zones, name)) return null;
    return NAMED[name] || (NAMED[name] = ZONES.named(name));
  }

  /* The offset in force at an instant (seconds since 1970 UTC). */
  function offsetAt(zone, instant) {
    return zone.at ? zone.at(instant) : zone.offset;
  }

  function instant(moment) {
    return moment.valueOf() - moment.offset;
  }

  /* The moment of an instant on a zone's clock (Python's astimezone). */
  function onClock(seconds, zone) {
    var offset = offsetAt(zone, seconds);
    return new Moment(0, seconds + offset, zone, offset);
  }

  /* "+07:00", as isoformat writes an offset (the calendar file's without the colon). */
  function offsetText(offset, colon) {
    var size = Math.abs(offset) / 60;
    return (offset < 0 ? "-" : "+") + pad(Math.floor(size / 60), 2) + colon + pad(size % 60, 2);
  }

  /* The zone's name for a moment, as datetime.tzname says it: WIB, BST, UTC+07:00, UTC. */
  function zoneName(moment) {
    if (moment.zone.name) return DATA.zones[moment.zone.name][moment.offset / 60][0];
    return "UTC" + (moment.offset ? offsetText(moment.offset, ":") : "");
  }

  var PRIMITIVES = {
    working_days_after: function (calendar, day, count) {
      while (count > 0) {
        day += 1;
        if (calendar.isWorkingDay(day)) count -= 1;
      }
      return day;
    },
    next_working_day: function (calendar, day) {
      while (!calendar.isWorkingDay(day)) day += 1;
      return day;
    },
    is_working_day: function (calendar, day) { return calendar.isWorkingDay(day); },
    is_weekend: function (calendar, day) { return calendar.isWeekend(day); },
    // Python's last date, as etiket/_primitives.py says; the calendars refuse far sooner.
    last_day: function () { return parseDate("9999-12-31"); },
    day_of: function (moment) { return moment.day; },
    // Elapsed time: across a clock change "24 hours" stays 24, as etiket/_primitives.py says.
    hours_after: function (moment, hours) {
      return moment.zone ? onClock(instant(moment) + hours * 3600, moment.zone) : new Moment(moment.day, moment.seconds + hours * 3600, null);
    },
    midnight: function (day, like) { return new Moment(day, 0, like.zone); },
    at_hour: function (day, hour, zone) { return new Moment(day, hour * 3600, zone); },
    zone_of: function (moment) { return moment.zone; },
    // As Python compares datetimes: on one zone's clock by the clock, otherwise by the instant.
    is_earlier: function (first, second) {
      return first.zone === second.zone ? first < second : instant(first) < instant(second);
    },
    in_zone: function (moment, zone) { return moment.zone === zone ? moment : onClock(instant(moment), zone); },
    /* A day the reader gave, [day, moment]: a time typed without an offset is on zone's clock. */
    read_given: function (field, value, what, zone) {
      var moment = parseMoment(value, zone);
      if (moment === null) refuse(field, "date.not-a-date", { what: ["word", what], value: text(value) });
      return [moment.day, moment.at];
    },
    refuse: refuse,
  }, RULES = Program(DATA.program, PRIMITIVES);

  function isoMoment(moment) {
    return isoDate(moment.day) + "T" + clock(moment.seconds) + (moment.zone ? offsetText(moment.offset, ":") : "");
  }

  function numbersOf(policy) {
    var numbers = {};
    Object.keys(DATA.policy).forEach(function (name) {
      var value = policy && has.call(policy, name) ? policy[name] : DATA.policy[name];
      if (!Number.isInteger(value) || value < 0) {
        throw new TypeError("policy number " + name + " must be a whole number, not " + value);
      }
      numbers[name] = value;
    });
    return numbers;
  }

  function readDate(field, text, problems) {
    var day = parseDate(text);
    if (day === null) {
      problems.push(problem(field, "invalid", { value: text, example: isoDate(FIRST_DAY) }));
    } else if (day < FIRST_DAY || day > LAST_DAY) {
      problems.push(problem(field, "range", { first: formatDate(FIRST_DAY), last: formatDate(LAST_DAY) }));
      return null;
    }
    return day;
  }

  function text(value) {
    return value == null ? "" : String(value).trim();
  }

  // ---- The reader's situation, read as etiket.plan and etiket.assess read theirs ----

  /*
   * "HH:MM[:SS]" on day, on zone's clock; with Z or an offset (+07, +0700, +07:00) on that
   * offset's instead. Null when it is no such time.
   */
  function parseAt(day, value, zone) {
    var match = /^([\d:]{5,8})(?:(Z)|([+-])(\d\d)(?::?(\d\d))?)?$/.exec(value), seconds = match && parseTime(match[1]);
    if (seconds == null || match[4] > 23 || match[5] > 59) return null;
    if (match[2] || match[3]) {
      var offset = (match[3] === "-" ? -60 : 60) * (match[4] * 60 + Number(match[5] || 0));
      zone = offset ? { offset: offset } : UTC;
    }
    return new Moment(day, seconds, zone);
  }

  /* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]", with an offset or on zone's clock: a day and, when given, a moment; or null. */
  function parseMoment(value, zone) {
    var textValue = text(value), day = parseDate(textValue.slice(0, 10));
    if (day === null) return null;
    if (textValue.length === 10) return { day: day, at: null };
    var at = textValue.charAt(10) === "T" ? parseAt(day, textValue.slice(11), zone) : null;
    return at && { day: day, at: at };
  }

  /* What a script gave as a list; anything else reads as none. */
  function listed(value) {
    return Array.isArray(value) ? value : [];
  }

  function names(list) {
    return listed(list).map(text).filter(function (name) { return name; });
  }

  /*
   * input: {interview, time, timezone, decision, country, company, interviewers, followUpTo, chat,
   * notHr}, strings (interviewers a list, chat and notHr true or false); only interview is needed.
   * A time may carry its offset (14:30+07:00); timezone names the clock of the others (Asia/Jakarta).
   * policy (optional): numbers to use instead of the handbook's, by Policy field name.
   * Throws a PlannerError whose problems name the field and say what to change.
   */
  function readSituation(input, policy) {
    input = input || {};
    var numbers = numbersOf(policy);
    var problems = [];
    var interviewText = text(input.interview), timeText = text(input.time), zoneText = text(input.timezone);
    var decisionText = text(input.decision), country = text(input.country);
    var interview = null, at = null, decision = null, zone = null;

    if (!interviewText) problems.push(problem("interview", "required"));
    else interview = readDate("interview", interviewText, problems);
    if (zoneText) {
      zone = zoneNamed(zoneText);
      if (!zone) problems.push(zoneProblem(zoneText));
    }
    if (timeText) {
      at = parseAt(interview || 0, timeText, zone);
      if (at === null) {
        // An offset the package cannot read either: its words; a time that is no time: the page's.
        var clockText = /^\d\d:\d\d(:\d\d)?/.exec(timeText);
        problems.push(clockText && parseTime(clockText[0]) !== null && /^[-+Zz\s\d]/.test(timeText.slice(clockText[0].length))
          ? failure("time", "date.not-a-date", { what: ["word", "interview date"], value: interviewText + "T" + timeText })
          : problem("time", "time"));
      }
    }
    if (decisionText) decision = readDate("decision", decisionText, problems);
    if (!has.call(DATA.calendars, country)) problems.push(problem("country", "country"));
    // A refused interview (null) counts as day 0, before any decision the page reads.
    if (decision !== null && decision < interview) {
      problems.push(problem("decision", "decisionBefore"));
    }
    if (problems.length) throw new PlannerError(problems);
    return {
      interview: interview,
      at: at,
      zone: zone,
      decision: decision,
      country: country,
      calendar: makeCalendar(country),
      numbers: numbers,
      company: text(input.company),
      interviewers: names(input.interviewers),
      followUpTo: text(input.followUpTo),
      chat: input.chat === true,
      notHr: input.notHr === true,
    };
  }

  /* The rulebook's days for a situation; a date past the known holidays names its field. */
  function daysOf(situation, sentOn) {
    var args = [situation.calendar, situation.numbers, situation.interview, situation.at];
    try {
      return RULES.call("plan_days", args.concat([situation.decision, sentOn]));
    } catch (error) {
      if (!(error instanceof Beyond)) throw error;
      // The date that pushed the timeline past the known holidays is the one to change.
      var blame = "interview";
      if (situation.decision !== null) {
        try {
          RULES.call("plan_days", args.concat([null, null]));
          blame = "decision";
        } catch (again) {
          if (!(again instanceof Beyond)) throw again;
        }
      }
      throw new PlannerError([problem(blame, "beyond", { last: formatDate(LAST_DAY) })]);
    }
  }

  function isoOrNull(day) {
    return day === null ? null : isoDate(day);
  }

  function windowData(window) {
    return window ? { opens: isoMoment(window[0]), closes: isoMoment(window[1]) } : null;
  }

  function say(key, values) {
    return fill(DATA.messages[key], values || {});
  }

  /* The words a step's dates take (etiket.Span), and its description (etiket.Step.describe). */
  function stepData(step) {
    var words = {};
    // A step's texts name only the days it has.
    ["earliest", "latest", "next", "answer_by"].forEach(function (name) {
      if (step[name] !== null) words[name] = formatDate(step[name]);
    });
    var kind = RULES.call("span_kind", [step.action, step.earliest, step.latest]);
    var when = kind === "range"
      ? fill(DATA.labels.range, { first: words.earliest, last: words.latest })
      : fill(DATA.labels[kind], { date: kind === "by" ? words.latest : words.earliest });
    var description = say(step.action + ".text", words);
    if (step.variant !== null) description += say(step.action + "." + step.variant, words);
    if (step.chat) description += say("step.chat");
    if (step.in_hr === false) description += say("move-on.not-hr");
    return {
      action: step.action,
      guidance: step.guidance,
      title: say(step.action + ".title"),
      when: when,
      description: description,
      earliest: isoDate(step.earliest),
      latest: isoOrNull(step.latest),
      due: step.due ? isoMoment(step.due) : null,
      channel: step.channel,
      optional: step.optional,
      chat: step.chat,
      recipients: step.recipients,
      window: windowData(step.window),
    };
  }

  /* A plan's steps, as the rulebook's facts (STEPS) and days say. */
  function planSteps(situation, days) {
    var windows = RULES.call("step_windows", [situation.calendar, situation.numbers, situation.interview, situation.at, days]);
    return RULES.call("plan_steps", [days, windows, situation.interviewers, situation.followUpTo, situation.chat, situation.notHr ? false : null]);
  }

  /* etiket.cli.timeline_data. */
  function timelineData(situation, days, steps) {
    return {
      interview: isoDate(situation.interview),
      interview_at: situation.at ? isoMoment(situation.at) : null,
      decision_date: isoOrNull(situation.decision),
      country: situation.country || null,
      lang: DATA.lang,
      interviewers: situation.interviewers,
      recruiter_uses_chat: situation.chat,
      last_note_basis: days["follow-up-sent"] === null ? "follow-up-possible" : "follow-up-sent",
      last_note_counts_from: isoDate(days["let-go"][0]),
      steps: steps.map(stepData),
    };
  }

  // ---- etiket.plan ----

  /*
   * The zone a timeline's calendar file is on, which ics() needs and an assessment's JSON does
   * not say (etiket assess --json has no such field): a property JSON leaves out.
   */
  function withZone(timeline, situation, shown) {
    var zone = situation.at && situation.at.zone && situation.at.zone.name || null;
    return Object.defineProperty(timeline, "timezone", { value: zone, enumerable: shown, configurable: true });
  }

  function plan(input, policy) {
    var situation = readSituation(input, policy);
    var days = daysOf(situation, null);
    var timeline = timelineData(situation, days, planSteps(situation, days));
    // The company the page shows the timeline for, and its calendar file names; the zone its file is on.
    timeline.company = situation.company;
    return withZone(timeline, situation, true);
  }

  // ---- etiket.assess ----

  var CHOICES = DATA.choices, PURPOSES = CHOICES.purposes, OUTCOMES = CHOICES.outcomes;

  /*
   * A reader's error the package would raise, in its words (etiket.error_messages). A value
   * may say what it is, as the rulebook's do: ["word", w], ["moment", given], ["day", n].
   */
  function failure(field, key, values) {
    var words = {};
    Object.keys(values || {}).forEach(function (name) {
      var value = values[name], kind = Array.isArray(value) && value[0];
      value = kind ? value[1] : value;
      words[name] = kind === "word" ? DATA.words[value] : kind === "moment" ? givenText(value) : kind === "day" ? isoDate(value) : value;
    });
    return { field: field, code: key, message: fill(DATA.errors[key], words) };
  }

  function refuse(field, key, values) {
    throw new PlannerError([failure(field, key, values)]);
  }

  /*
   * A zone the page does not offer: one the platform knows is the page's own refusal, which
   * names the zones it offers, or, on a page without them, where to plan in one.
   */
  function zoneProblem(name) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: name });
    } catch (unknown) {
      return failure("timezone", "date.unknown-zone", { name: name });
    }
    if (!ZONES) return failure("timezone", "site.zone-elsewhere", { name: name });
    // In the order of their names: the build writes the data file's keys sorted.
    return failure("timezone", "site.zone-not-offered", { name: name, known: Object.keys(DATA.zones).join(", ") });
  }

  /* The names a refusal offers, as the package's message quotes them ('email', 'letter'). */
  function quoted(names) {
    return names.map(function (name) { return "'" + name + "'"; }).join(", ");
  }

  /* A day the reader gave, [day, moment], as the package writes it. */
  function givenText(given) {
    return given[1] ? isoMoment(given[1]) : isoDate(given[0]);
  }

  /*
   * input: readSituation's, and today ("YYYY-MM-DD", or with "THH:MM"), contacts
   * ([{on, channel, purpose}]), calls (["YYYY-MM-DD"]) and heardBack ({on, outcome,
   * respondBy, nextInterview}). Returns etiket.cli.assessment_data's fields.
   */
  function assess(input, policy) {
    input = input || {};
    var situation = readSituation(input, policy);
    var start = [situation.interview, situation.at], zone = situation.zone, read = PRIMITIVES.read_given;
    var now = RULES.call("read_today", [start, read("today", input.today, "date for today", zone)]);
    // As the package reads them: every contact, then every call, before any is checked.
    var events = listed(input.contacts).map(function (contact, index) {
      var field = "contacts." + index;
      contact = contact || {};
      var purpose = text(contact.purpose) || null;
      if (purpose !== null && PURPOSES.indexOf(purpose) < 0) refuse(field, "input.unknown-purpose", { value: purpose, known: quoted(PURPOSES) });
      var given = read(field, contact.on, "message date", zone);
      var channel = text(contact.channel) || "email";
      if (!has.call(DATA.channels, channel)) refuse(field, "input.unknown-channel", { value: channel, known: quoted(CHOICES.channels) });
      return { field: field, given: given, channel: channel, purpose: purpose };
    }).concat(listed(input.calls).map(function (call, index) {
      return { field: "calls." + index, given: read("calls." + index, call, "call date", zone), channel: "phone", purpose: null };
    }));
    events.forEach(function (event) {
      event.given = RULES.call("check_between", [event.field, event.given, "message", start, now]);
    });
    // Contacts in the order they happened (a day without a time counts from its midnight).
    events.sort(function (a, b) {
      return a.given[0] - b.given[0] || (a.given[1] ? a.given[1].seconds : 0) - (b.given[1] ? b.given[1].seconds : 0);
    });
    var answer = null, reply = null;
    if (input.heardBack) reply = readReply(input.heardBack, start, now, zone);
    if (reply) answer = [reply.on, reply.outcome, reply.respondBy, reply.nextInterview];
    var began = [situation.interview, situation.at, situation.decision];
    var reading = RULES.call("read_contacts", [
      situation.calendar, situation.numbers, began,
      events.map(function (e) { return [e.given[0], e.given[1], e.channel, e.purpose]; }),
      answer, situation.chat,
    ]);
    var days = daysOf(situation, reading.asked_on);
    var steps = planSteps(situation, days);
    var found = RULES.call("position", [reading, answer, now[0], now[1], situation.at && situation.at.zone]);
    var next = madeOrPlanned(steps, found[1]);
    var nextRound = null;
    if (reply && reply.nextInterview !== null) {
      // A new timeline from the next interview: the same people and calendar, no decision date yet.
      var later = Object.assign({}, input, { interview: reply.nextText.slice(0, 10), time: reply.nextTime, decision: "", notHr: false });
      nextRound = plan(later, policy);
      delete nextRound.company;
      Object.defineProperty(nextRound, "timezone", { enumerable: false });
    }
    var stage = found[0];
    var summary = RULES.call("summary_keys", [stage, reply && reply.outcome, nextRound !== null, next !== null]).map(function (key) {
      var values = { stage: say("stage." + stage) };
      if (next) {
        var shown = stepData(next);
        values.step = shown.title;
        values.when = shown.when;
      }
      if (nextRound) values.date = formatDate(reply.nextInterview);
      return say(key, values);
    }).join(" ");
    return {
      today: isoDate(now[0]),
      stage: stage,
      summary: summary,
      next_step: next && next.action,
      next: next && stepData(next),
      warnings: reading.warnings.map(function (warning) {
        var words = { on: formatDate(warning[1]) };
        Object.keys(warning[3]).forEach(function (name) {
          var kind = warning[3][name][0], value = warning[3][name][1];
          words[name] = kind === "moment" ? formatDateTime(value)
            : kind === "window" ? (value ? describeWindow(value) : "") : formatDate(value);
        });
        return {
          breach: warning[0],
          on: isoDate(warning[1]),
          guidance: DATA.program.constants.BREACH_GUIDANCE[warning[0]],
          text: say("warning." + warning[0] + (warning[2] === null ? "" : "." + warning[2]), words),
        };
      }),
      contacts: events.map(function (event, index) {
        return { on: givenText(event.given), channel: event.channel, purpose: reading.contacts[index][1] };
      }),
      reply: reply && {
        on: isoDate(reply.on), outcome: reply.outcome,
        respond_by: isoOrNull(reply.respondBy), next_interview: reply.nextText || null,
      },
      lang: DATA.lang,
      timeline: withZone(timelineData(situation, days, steps), situation, false),
      next_round: nextRound,
    };
  }

  /* The rulebook's next step: a plan's step by its action, or one it made, to whom that plan's step writes. */
  function madeOrPlanned(steps, found) {
    function planned(action) {
      return steps.filter(function (step) { return step.action === action; })[0];
    }
    if (found === null || typeof found === "string") return found && planned(found);
    // A plan's message that is due: its sending window from today on (rulebook.due_step).
    if (found.planned) return Object.assign({}, planned(found.planned), { window: found.window });
    return Object.assign({ recipients: planned(found.recipients_of).recipients }, found);
  }

  function describeWindow(window) {
    return say("label.window", {
      date: formatDate(window[0].day),
      opens: write(DATA.date.time, window[0].day, window[0].seconds),
      closes: write(DATA.date.time, window[1].day, window[1].seconds),
    });
  }

  /* What a form left empty is not given. */
  function filled(value) {
    return text(value) ? value : null;
  }

  function readReply(value, start, now, zone) {
    var on = RULES.call("check_between", ["heardBack", PRIMITIVES.read_given("heardBack", value.on, "reply date", zone), "reply", start, now]);
    var outcome = text(value.outcome);
    if (OUTCOMES.indexOf(outcome) < 0) refuse("heardBack", "input.unknown-outcome", { value: outcome, known: quoted(OUTCOMES) });
    var dates = RULES.call("reply_dates", [on[0], outcome, filled(value.respondBy), filled(value.nextInterview), zone]);
    var later = dates[1], nextText = later && givenText(later);
    return {
      on: on[0], outcome: outcome, respondBy: dates[0], nextInterview: later && later[0], nextText: nextText,
      nextTime: nextText && text(value.nextInterview).slice(11),
    };
  }

  // ---- etiket.to_ics: the same events, reminders, texts and UIDs (RFC 5545) ----

  /*
   * uuid5, for UIDs equal to the package's: importing either file updates the other.
   * SHA-1 is the platform's (Web Crypto), which pages served over HTTPS and localhost have;
   * where it is missing (a page opened from a file) the calendar file is not offered.
   */
  function uuid5(namespace, name) {
    var space = namespace.replace(/-/g, "").match(/../g).map(function (x) { return parseInt(x, 16); });
    var key = new TextEncoder().encode(name);
    var bytes = new Uint8Array(space.length + key.length);
    bytes.set(space);
    bytes.set(key, space.length);
    return crypto.subtle.digest("SHA-1", bytes).then(function (digest) {
      var hash = new Uint8Array(digest).slice(0, 16);
      hash[6] = (hash[6] & 0x0f) | 0x50;
      hash[8] = (hash[8] & 0x3f) | 0x80;
      var hex = Array.from(hash, function (x) { return pad(x.toString(16), 2); }).join("");
      return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-");
    });
  }

  function icsText(value) {
    return String(value)
      .replace(/[\\;,]/g, "\\$&")
      .replace(/\r\n|\r|\n/g, "\\n")
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
  }

  /* Lines longer than 75 octets go on after CRLF and a space, never inside a character. */
  function fold(line) {
    var encoder = new TextEncoder(), out = [], current = "", size = 0;
    Array.from(line).forEach(function (character) {
      var bytes = encoder.encode(character).length;
      if (size + bytes > 75) {
        out.push(current);
        current = " ";
        size = 1;
      }
      current += character;
      size += bytes;
    });
    out.push(current);
    return out.join("\r\n");
  }

  function icsDay(day) {
    return isoDate(day).replace(/-/g, "");
  }

  function icsMoment(day, seconds) {
    var days = Math.floor(seconds / 86400);
    return icsDay(day + days) + "T" + clock(seconds - days * 86400).replace(/:/g, "");
  }

  function duration(minutes) {
    var size = Math.abs(minutes), h = Math.floor(size / 60), m = size % 60;
    return (minutes < 0 ? "-" : "") + "PT" + (h ? h + "H" : "") + (m || !h ? m + "M" : "");
  }

  /* A moment as isoformat wrote it; on zone's clock when it is that zone's. */
  function readIso(value, zone) {
    var moment = parseAt(parseDate(value.slice(0, 10)), value.slice(11), null);
    return zone ? new Moment(moment.day, moment.seconds, zone, moment.offset) : moment;
  }

  /* A plan's action steps, each on all its days: [timeline, step, first day, last day]. */
  function planned(timeline) {
    return timeline.steps.filter(function (step) { return DATA.ics.actions.indexOf(step.action) >= 0; }).map(function (step) {
      return [timeline, step, step.earliest, step.latest || step.earliest];
    });
  }

  /* What is still ahead of an assessment on its day, each from that day on (the rulebook's). */
  function ahead(assessment) {
    var today = parseDate(assessment.today), timeline = assessment.timeline, next = assessment.next, steps = {};
    timeline.steps.forEach(function (step) { steps[step.action] = step; });
    if (next) steps[next.action] = next;
    var chosen = RULES.call("actions_ahead", [next && next.action]).map(function (action) { return [timeline, steps[action]]; });
    // Nothing was done yet for the next round: its whole plan is ahead, but what is past.
    if (assessment.next_round) chosen = chosen.concat(planned(assessment.next_round));
    return chosen.map(function (entry) {
      var step = entry[1];
      var days = RULES.call("days_ahead", [parseDate(step.earliest), step.latest === null ? null : parseDate(step.latest), today]);
      return days && [entry[0], step, isoDate(days[0]), isoDate(days[1])];
    }).filter(Boolean);
  }

  /* The day an entry's event starts: a timed deadline's block begins an hour before it. */
  function startDay(entry) {
    var due = entry[1].due;
    if (!due) return parseDate(entry[2]);
    var at = readIso(due, null);
    return at.day + Math.floor((at.seconds - DATA.ics.deadlineBlock * 60) / 86400);
  }

  /*
   * The calendar file of a plan (etiket.to_ics) or of an assessment (Assessment.to_ics: what is
   * still ahead), as a promise: its UIDs need the platform's SHA-1, which answers later. name
   * starts each title (a plan's company by default); null when nothing is ahead.
   */
  function ics(what, now, name) {
    name = String((name === undefined ? what.company : name) || "").trim() || null;
    var entries = what.stage ? ahead(what) : planned(what);
    if (!entries.length) return Promise.resolve(null);
    // In date order, and on one day in the order of the steps, as etiket.ics sorts them.
    entries.sort(function (a, b) {
      return startDay(a) - startDay(b) || DATA.ics.order.indexOf(a[1].action) - DATA.ics.order.indexOf(b[1].action);
    });
    var keys = entries.map(function (entry) {
      return (name || "") + "\u001f" + (entry[0].interview_at || entry[0].interview) + "\u001f" + entry[1].action;
    });
    return Promise.all(keys.map(function (key) { return uuid5(DATA.ics.uidNamespace, key); })).then(function (uids) {
      return calendarText(entries, name, uids, now);
    });
  }

  function calendarText(entries, name, uids, now) {
    var I = DATA.ics, L = DATA.labels, lang = ";LANGUAGE=" + DATA.lang;
    var stamp = (now || new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
    var days = [], zoned = null;
    var lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//etiket//etiket " + icsText(DATA.version) + "//" + DATA.lang.toUpperCase(),
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "NAME:" + icsText(I.calendarName),
      "X-WR-CALNAME:" + icsText(I.calendarName),
    ];
    entries.forEach(function (entry, index) {
      var timeline = entry[0], step = entry[1];
      var zone = timeline.timezone ? zoneNamed(timeline.timezone) : null;
      var interview = timeline.interview_at ? formatDateTime(readIso(timeline.interview_at, zone)) : formatDate(parseDate(timeline.interview));
      var where = timeline.country ? " (" + timeline.country + ")" : "";
      var title = name === null ? step.title : name + ": " + step.title;
      var about = [step.description];
      var start, end, alarm;
      if (step.due) {
        var due = readIso(step.due, zone), at = due;
        // A bare offset has no name a calendar program knows: the file gives its instant in UTC.
        if (due.zone && !due.zone.name) at = onClock(instant(due), UTC);
        var named = at.zone && at.zone.name, before = named ? ";TZID=" + at.zone.name + ":" : ":";
        var after = at.zone && !named ? "Z" : "";
        if (named) zoned = at.zone;
        // A timed deadline is an hour-long block that ends at the deadline.
        start = at.seconds - I.deadlineBlock * 60;
        days.push(at.day + Math.floor(start / 86400));
        start = before + icsMoment(at.day, start) + after;
        end = before + icsMoment(at.day, at.seconds) + after;
        alarm = I.deadlineBlock - I.remindBefore;
        var by = fill(L.by, { date: formatDateTime(due) });
        about.push(by.charAt(0).toUpperCase() + by.slice(1));
      } else {
        var first = parseDate(entry[2]);
        days.push(first);
        start = ";VALUE=DATE:" + icsDay(first);
        end = ";VALUE=DATE:" + icsDay(parseDate(entry[3]) + 1);
        alarm = I.remindAt;
      }
      about.push(L.interview + ": " + interview + where);
      if (name !== null) about.unshift(L.name + ": " + name);
      lines.push(
        "BEGIN:VEVENT",
        "UID:" + uids[index] + "@etiket",
        "DTSTAMP:" + stamp,
        "DTSTART" + start,
        "DTEND" + end,
        "SUMMARY" + lang + ":" + icsText(title),
        "DESCRIPTION" + lang + ":" + icsText(about.join("\n\n")),
        "CATEGORIES:etiket",
        "TRANSP:" + (step.due ? "OPAQUE" : "TRANSPARENT"),
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:" + icsText(fill(I.reminder, { title: title })),
        "TRIGGER:" + duration(alarm),
        "END:VALARM",
        "END:VEVENT"
      );
    });
    if (zoned) {
      // As etiket.to_ics asks icalendar: from a year before the first event to two after the last.
      var years = days.map(function (d) { return parts(d).y; });
      var first = Math.max(Math.min.apply(null, years) - 1, 1), last = Math.min(Math.max.apply(null, years) + 2, 9999);
      var zoneLines = ZONES.vtimezone(zoned, newYear(first), newYear(last));
      lines.splice.apply(lines, [7, 0].concat(zoneLines));
    }
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  /* The page's API, for scripts and tests. */
  window.etiketPlanner = {
    plan: plan,
    assess: assess,
    ics: ics,
    formatDate: function (value) {
      var day = parseDate(String(value));
      return day === null ? null : formatDate(day);
    },
    /*
     * A day "YYYY-MM-DD" of Python's calendar (years 1 to 9999) in a Babel pattern of
     * etiket.site_data's tokens, with the page's names of months and days; null for no such
     * day. The letters script writes its dates with it.
     */
    writeDay: function (pattern, value) {
      var day = parseDate(value);
      return day === null || day < FIRST_PYTHON_DAY ? null : write(pattern, day, 0);
    },
    /* The time of "YYYY-MM-DDTHH:MM[:SS]" as the page's language writes it (Babel's short time). */
    formatTime: function (value) {
      var moment = parseMoment(value);
      return moment === null || moment.at === null ? null : write(DATA.date.time, moment.day, moment.at.seconds);
    },
    /* What a step's title is shown with, as Step.sent_by and the package's tables say it. */
    notes: function (step) {
      var notes = [];
      if (step.channel) notes.push(step.chat ? DATA.labels["email-or-chat"] : DATA.channels[step.channel]);
      if (step.optional) notes.push(DATA.labels.optional);
      return notes.length ? " (" + notes.join(", ") + ")" : "";
    },
    /* The line above a timeline: its interview's day, the company, and whose holidays count. */
    summary: function (timeline) {
      var values = { date: formatDate(parseDate(timeline.interview)), company: timeline.company,
        where: timeline.country ? fill(DATA.ui.holidays, { country: DATA.countryNames[timeline.country] }) : "" };
      return fill(timeline.company ? DATA.ui.summaryFor : DATA.ui.summary, values);
    },
    PlannerError: PlannerError,
    /* A problem of the form's own (a half-typed date), in the page's words. */
    problem: problem,
    /* {name} placeholders filled in one pass, so that a value with braces stays as typed. */
    fill: fill,
    data: DATA,
    /* A function of the rulebook (etiket.rulebook), by name, on the page's values. */
    rule: function (name, args) {
      if (!has.call(DATA.program.functions, name)) throw new TypeError("the rulebook has no function " + name);
      return RULES.call(name, args);
    },
    /* Another module etiket.portable exported, run on the page's primitives (tests/js/diff.mjs's probes). */
    interpret: function (source) { return Program(source, PRIMITIVES); },
  };

})();
