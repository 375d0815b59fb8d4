/*
 * etiket assistant store: the reader's situation as one versioned record, kept on their device.
 *
 * The record holds what the reader typed on the assistant page: the interview, the employer,
 * the interviewers, what the reader did and what the employer answered. It is kept in the
 * browser's own storage (localStorage) and can travel in a link's fragment (#plan=...), which
 * browsers never send to a server. Nothing here sends anything anywhere.
 *
 * What may be in a record (titles, countries, channels, outcomes, lengths) comes from the
 * etiket package, written at build time into window.etiketAssistantData.store by
 * docs/_ext/etiket_docs/assistant.py. tests/test_store_script.py runs this file in Node.
 *
 * Versions. Every record says its version ("version"); this script reads its own and every
 * older one a page of the handbook wrote, and migrates an older record up one version at a
 * time (MIGRATIONS):
 *   1  the first shape the page wrote: one field per control of the form.
 *   2  the current shape, FIELDS below: version 1 and the other offer's deadline
 *      (anotherOffer.answerBy), which the another-offer letter says.
 * A new shape gets the next number, its FIELDS, and a migration from the one before; the
 * old migrations stay, so a record from any published version can still be read. Links
 * (#plan=) carry the stored JSON itself, so they are read, and migrated, the same way.
 * No page wrote a record older than version 1: one that says so is not this page's.
 * A record that cannot be read is never half used: it is dropped, and the page is told why
 * with one of REASONS, which it says in its own language.
 */
(function () {
  "use strict";

  var DATA = window.etiketAssistantData && window.etiketAssistantData.store;
  if (!DATA) return;

  var VERSION = 2;
  var KEY = "etiket.assistant";
  var PREFIX = "plan=";
  // Far more than the longest record the form can make: anything longer was not made by it,
  // and is refused before it is parsed.
  var MAX_CHARS = DATA.limits.record;
  var has = Object.prototype.hasOwnProperty;

  /*
   * Why a record is refused, as `reason` says it (the page has its words for each):
   *   unavailable  the browser does not let the page use its storage
   *   full         the browser's storage for this site is full
   *   damaged      what was kept is not a record this page wrote
   *   tooLarge     what was kept is longer than any record this page writes
   *   invalid      a field of the record has the wrong type or format (`field` names it)
   *   future       the record was written by a newer version of the page
   */
  var REASONS = ["unavailable", "full", "damaged", "tooLarge", "invalid", "future"];

  // ---- Field kinds: each knows its empty value and checks a value, or throws Invalid ----

  function Invalid(field) {
    this.field = field;
  }

  function isPlainObject(value) {
    if (value === null || typeof value !== "object") return false;
    var prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
  }

  function realDate(text) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    var y = Number(match[1]), m = Number(match[2]), d = Number(match[3]);
    var when = new Date(Date.UTC(2000, m - 1, d));
    when.setUTCFullYear(y);
    return y > 0 && when.getUTCFullYear() === y && when.getUTCMonth() === m - 1 && when.getUTCDate() === d;
  }

  function realTime(text) {
    var match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
    return !!match && Number(match[1]) < 24 && Number(match[2]) < 60 && Number(match[3] || 0) < 60;
  }

  // What etiket's check_name refuses in a name: control characters, line and paragraph
  // separators, and half of a character (a lone surrogate).
  var NOT_IN_TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/;

  function kind(empty, accepts) {
    return {
      empty: function () { return empty; },
      read: function (value, field) {
        if (!accepts(value)) throw new Invalid(field);
        return value;
      },
    };
  }

  var date = kind("", function (v) { return typeof v === "string" && (v === "" || realDate(v)); });
  var time = kind("", function (v) { return typeof v === "string" && (v === "" || realTime(v)); });
  var flag = kind(false, function (v) { return typeof v === "boolean"; });

  function text(limit) {
    return kind("", function (v) {
      return typeof v === "string" && Array.from(v).length <= limit && !NOT_IN_TEXT.test(v);
    });
  }

  function oneOf(choices) {
    return kind(choices[0], function (v) { return typeof v === "string" && choices.indexOf(v) >= 0; });
  }

  function list(item, limit) {
    return {
      empty: function () { return []; },
      read: function (value, field) {
        if (!Array.isArray(value) || value.length > limit) throw new Invalid(field);
        return value.map(function (entry, index) { return item.read(entry, field + "." + index); });
      },
    };
  }

  /* An object with exactly these fields; a field left out is empty, an unknown one is refused. */
  function record(fields) {
    var names = Object.keys(fields);
    return {
      fields: fields,
      empty: function () {
        var out = {};
        names.forEach(function (name) { out[name] = fields[name].empty(); });
        return out;
      },
      read: function (value, field) {
        var prefix = field ? field + "." : "";
        if (!isPlainObject(value)) throw new Invalid(field || "record");
        Object.keys(value).forEach(function (name) {
          if (!has.call(fields, name)) throw new Invalid(prefix + name);
        });
        var out = {};
        names.forEach(function (name) {
          out[name] = has.call(value, name) ? fields[name].read(value[name], prefix + name) : fields[name].empty();
        });
        return out;
      },
    };
  }

  var limits = DATA.limits;
  var detail = text(limits.detail);
  var message = record({ on: date, channel: oneOf(DATA.channels) });

  var FIELDS = record({
    version: kind(VERSION, function (v) { return v === VERSION; }),
    interview: date,
    time: time,
    decision: date,
    country: oneOf([""].concat(DATA.countries)),
    company: detail,
    position: detail,
    candidate: detail,
    interviewers: list(record({ title: oneOf([""].concat(DATA.titles)), name: detail }), limits.interviewers),
    chat: flag,
    thankYou: message,
    followUp: message,
    lastNote: message,
    anotherOffer: record({ on: date, channel: oneOf(DATA.channels), answerBy: date }),
    calls: list(date, limits.calls),
    answer: record({ outcome: oneOf([""].concat(DATA.outcomes)), on: date, respondBy: date, nextInterview: date }),
  });

  // ---- Migrations: MIGRATIONS[n] turns a record of version n into one of version n + 1 ----

  /* Version 2 only added a field: a version 1 record is one that leaves it empty. */
  function fromV1(old) {
    // Without a prototype, a "__proto__" key stays a key, and the fields' check refuses it.
    var out = Object.create(null);
    Object.keys(old).forEach(function (name) { out[name] = old[name]; });
    out.version = 2;
    return out;
  }

  // The first version a page wrote: no record is older.
  var OLDEST = 1;
  var MIGRATIONS = { 1: fromV1 };

  // ---- Reading: every way in (storage, a link) ends here ----

  function refused(reason, field) {
    return { record: null, reason: reason, field: field || null };
  }

  /* A parsed value as a current record, or why not. Never throws. */
  function read(value) {
    try {
      if (!isPlainObject(value)) return refused("damaged");
      var version = value.version;
      if (!has.call(value, "version") || !Number.isInteger(version) || version < OLDEST) return refused("damaged");
      if (version > VERSION) return refused("future");
      var migrated = version < VERSION;
      for (; version < VERSION; version++) value = MIGRATIONS[version](value);
      return { record: FIELDS.read(value, ""), reason: null, field: null, migrated: migrated };
    } catch (error) {
      if (error instanceof Invalid) return refused("invalid", error.field);
      // A value no check foresaw (a getter that throws, a proxy) is not a record this page wrote.
      return refused("damaged");
    }
  }

  function readText(raw) {
    if (typeof raw !== "string") return refused("damaged");
    if (raw.length > MAX_CHARS) return refused("tooLarge");
    var value;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return refused("damaged");
    }
    return read(value);
  }

  // ---- The browser's storage, which may be missing, refused, or full ----

  function storage() {
    try {
      // Reading the property itself throws where the reader has blocked site data.
      var place = window.localStorage;
      return place && typeof place.getItem === "function" ? place : null;
    } catch (error) {
      return null;
    }
  }

  function save(value) {
    var checked = read(value);
    if (checked.reason) return { ok: false, reason: checked.reason, field: checked.field };
    var place = storage();
    if (!place) return { ok: false, reason: "unavailable", field: null };
    try {
      place.setItem(KEY, JSON.stringify(checked.record));
      return { ok: true, reason: null, field: null };
    } catch (error) {
      var full = error && (error.name === "QuotaExceededError" || error.code === 22);
      return { ok: false, reason: full ? "full" : "unavailable", field: null };
    }
  }

  /* Whether the kept record is gone; where it cannot be removed, it is refused again next time. */
  function drop(place) {
    try {
      place.removeItem(KEY);
      return true;
    } catch (error) {
      return false;
    }
  }

  /* {record, reason, field}: the kept record, or null with why (reason null: nothing kept). */
  function load() {
    var place = storage();
    if (!place) return refused("unavailable");
    var raw;
    try {
      raw = place.getItem(KEY);
    } catch (error) {
      return refused("unavailable");
    }
    if (raw === null) return { record: null, reason: null, field: null };
    var result = readText(raw);
    // What cannot be read would be refused on every visit: it goes, and the page says so once.
    if (result.reason) drop(place);
    return result;
  }

  function forget() {
    var place = storage(), gone = Boolean(place) && drop(place);
    return { ok: gone, reason: gone ? null : "unavailable" };
  }

  // ---- Links: the record in the fragment, base64url of its UTF-8 JSON, without empty fields ----

  /* The value without the fields that hold their empty value, or undefined if all do. */
  function prune(kindOf, value) {
    if (kindOf.fields) {
      var out = {}, kept = false;
      Object.keys(kindOf.fields).forEach(function (name) {
        var part = prune(kindOf.fields[name], value[name]);
        if (part !== undefined) {
          out[name] = part;
          kept = true;
        }
      });
      return kept ? out : undefined;
    }
    if (Array.isArray(value)) return value.length ? value : undefined;
    return value === kindOf.empty() ? undefined : value;
  }

  function toBase64Url(textValue) {
    var bytes = new TextEncoder().encode(textValue), binary = "";
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fromBase64Url(code) {
    if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) return null;
    try {
      var binary = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      // Bytes that are not UTF-8 were not written by toFragment.
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (error) {
      return null;
    }
  }

  /* "plan=..." for a valid record (to go after "#"), or null for one that is not. */
  function toFragment(value) {
    var checked = read(value);
    if (checked.reason) return null;
    // The version is always kept, and first: it says how to read the rest.
    var sparse = Object.assign({ version: VERSION }, prune(FIELDS, checked.record));
    return PREFIX + toBase64Url(JSON.stringify(sparse));
  }

  /* {record, reason, field} from a location's hash ("#plan=..." or "plan=..."); record null and
   * reason null when the fragment holds no plan. */
  function fromFragment(hash) {
    if (typeof hash !== "string") return refused("damaged");
    var code = hash.charAt(0) === "#" ? hash.slice(1) : hash;
    if (code.slice(0, PREFIX.length) !== PREFIX) return { record: null, reason: null, field: null };
    code = code.slice(PREFIX.length);
    // Base64 makes four characters of three bytes.
    if (code.length > Math.ceil(MAX_CHARS * 4 / 3) + 4) return refused("tooLarge");
    var raw = fromBase64Url(code);
    return raw === null ? refused("damaged") : readText(raw);
  }

  window.etiketStore = {
    VERSION: VERSION,
    KEY: KEY,
    REASONS: REASONS,
    empty: function () {
      var fresh = FIELDS.empty();
      fresh.country = DATA.defaultCountry;
      return fresh;
    },
    read: read,
    save: save,
    load: load,
    forget: forget,
    toFragment: toFragment,
    fromFragment: fromFragment,
  };
})();
