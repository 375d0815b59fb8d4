/*
 * Runs docs/_static/assistant-store.js in Node for tests/test_store_script.py.
 *
 * Reads one JSON request on stdin: {script, data, storage, steps}. The script runs in a fresh
 * vm context whose window is the context itself, with an in-memory localStorage that can be
 * missing, refused, broken or full (storage: "ok", "missing", "refused", "broken", "full").
 * Each step calls window.etiketStore and its result goes, in order, into the JSON array
 * written to stdout. A step that throws is reported as {threw: message}: the store promises
 * never to throw, and the tests check that no step did.
 */
"use strict";

const fs = require("fs");
const vm = require("vm");

function memoryStorage(mode) {
  const items = new Map();
  const fail = (name) => {
    const error = new Error(name);
    error.name = name;
    return error;
  };
  return {
    getItem(key) {
      if (mode === "broken") throw fail("SecurityError");
      return items.has(key) ? items.get(key) : null;
    },
    setItem(key, value) {
      if (mode === "broken") throw fail("SecurityError");
      if (mode === "full") throw fail("QuotaExceededError");
      items.set(key, String(value));
    },
    removeItem(key) {
      if (mode === "broken") throw fail("SecurityError");
      items.delete(key);
    },
    raw: items,
  };
}

function makeWindow(data, mode) {
  const storage = memoryStorage(mode);
  const context = {
    etiketAssistantData: { store: data },
    TextEncoder,
    TextDecoder,
    btoa,
    atob,
  };
  if (mode === "refused") {
    // As Chrome does when the reader blocks site data: reading the property throws.
    Object.defineProperty(context, "localStorage", {
      get() {
        const error = new Error("The operation is insecure.");
        error.name = "SecurityError";
        throw error;
      },
    });
  } else if (mode !== "missing") {
    context.localStorage = storage;
  }
  vm.createContext(context);
  context.window = context;
  return { context, storage };
}

/* A small seeded generator (mulberry32), so that a failing value can be made again. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/* Values of every shape JavaScript has, nested, some close to a record and most not. */
function garbage(next, context, validRecord, depth) {
  const pick = (items) => items[Math.floor(next() * items.length)];
  const text = () => {
    const pieces = ["", "2026-11-20", "10:00", "ID", "Ms", "email", "offer", "__proto__", "constructor",
      "\u0000", "\ud800", "\u202e", "😀", "<b>", "a".repeat(Math.floor(next() * 200)), "{", "plan="];
    return pick(pieces) + (next() < 0.3 ? pick(pieces) : "");
  };
  const leaf = () => pick([
    () => undefined, () => null, () => true, () => false, () => 0, () => -1, () => 1.5, () => NaN,
    () => Infinity, () => 2 ** 53, () => BigInt(7), () => Symbol("x"), text, () => () => 1,
    () => new Date(0), () => /x/, () => new Uint8Array(3), () => new Map(), () => Object.create(null),
  ])();
  if (depth > 3 || next() < 0.25) return leaf();
  const shape = next();
  if (shape < 0.2) return Array.from({ length: Math.floor(next() * 4) }, () => garbage(next, context, validRecord, depth + 1));
  if (shape < 0.55) {
    // A valid record, now and then whole, mostly with one field, deep or shallow, replaced.
    const value = JSON.parse(JSON.stringify(validRecord));
    if (next() < 0.1) return value;
    const keys = ["version", "interview", "time", "interviewers", "thankYou", "answer", "calls", "chat", "__proto__", "extra"];
    const key = pick(keys);
    if (key === "interviewers" || key === "calls") value[key] = [garbage(next, context, validRecord, depth + 1)];
    else if (key === "thankYou" || key === "answer") value[key] = { on: garbage(next, context, validRecord, depth + 1) };
    else Object.defineProperty(value, key, { value: garbage(next, context, validRecord, depth + 1), enumerable: true });
    return value;
  }
  if (shape < 0.65) {
    // Objects that fight back: a throwing getter, a proxy, a cycle.
    const value = { version: 1 };
    Object.defineProperty(value, "interview", { enumerable: true, get() { throw new Error("getter"); } });
    const cyclic = { version: 1 };
    cyclic.answer = cyclic;
    const proxy = new Proxy({}, { ownKeys() { throw new Error("proxy"); }, get() { throw new Error("proxy"); } });
    return pick([value, cyclic, proxy]);
  }
  const value = {};
  const count = Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    Object.defineProperty(value, text(), { value: garbage(next, context, validRecord, depth + 1), enumerable: true, configurable: true });
  }
  return value;
}

function serialise(value) {
  return JSON.parse(JSON.stringify(value === undefined ? null : value));
}

function run(request) {
  const { context, storage } = makeWindow(request.data, request.storage || "ok");
  vm.runInContext(fs.readFileSync(request.script, "utf-8"), context, { filename: request.script });
  const store = context.etiketStore;
  // Values are made in the script's own realm, as the page's would be: an object made out
  // here has another Object.prototype, which the store rightly takes for a stranger.
  const parse = vm.runInContext("JSON.parse", context);
  const inside = (value) => (value === undefined ? undefined : parse(JSON.stringify(value)));
  const makeGarbage = vm.runInContext("(" + garbage.toString() + ")", context);
  const results = [];
  for (const step of request.steps) {
    try {
      results.push(serialise(perform(step)));
    } catch (error) {
      results.push({ threw: String(error && error.stack ? error.stack : error) });
    }
  }
  return results;

  function perform(step) {
    switch (step.op) {
      case "api":
        return Object.keys(store).sort();
      case "empty":
        return store.empty();
      case "reasons":
        return store.REASONS;
      case "save":
        return store.save(inside(step.value));
      case "load":
        return store.load();
      case "forget":
        return store.forget();
      case "read":
        return store.read(inside(step.value));
      case "readText":
        return store.read(parse(step.text));
      case "toFragment":
        return store.toFragment(inside(step.value));
      case "fromFragment":
        return store.fromFragment(step.hash);
      case "setRaw":
        storage.raw.set(store.KEY, step.text);
        return null;
      case "getRaw":
        return storage.raw.has(store.KEY) ? storage.raw.get(store.KEY) : null;
      case "polluted":
        // What a __proto__ key could have added to every object of the context.
        return vm.runInContext("Object.keys(Object.prototype).concat(Object.keys(Array.prototype))", context);
      case "garbage":
        return garbageRun(step);
      default:
        throw new Error("unknown step " + step.op);
    }
  }

  /* read() of generated values, fromFragment() of generated strings, load() of generated text. */
  function garbageRun(step) {
    const next = random(step.seed);
    const valid = inside(step.valid);
    const out = [];
    for (let i = 0; i < step.count; i++) {
      const way = i % 3;
      let result;
      if (way === 0) {
        result = store.read(makeGarbage(next, context, valid, 0));
      } else if (way === 1) {
        const value = makeGarbage(next, context, valid, 0);
        let encoded;
        try {
          encoded = Buffer.from(JSON.stringify(value) || "x").toString("base64url");
        } catch (error) {
          encoded = "%%" + i; // a value JSON cannot write (a cycle, a BigInt)
        }
        // Now and then a link cut short, or with a character that is not base64url.
        if (next() < 0.2) encoded = encoded.slice(0, Math.floor(next() * encoded.length));
        if (next() < 0.1) encoded += "!";
        result = store.fromFragment("#plan=" + encoded);
      } else {
        let raw;
        try {
          raw = JSON.stringify(makeGarbage(next, context, valid, 0));
        } catch (error) {
          raw = "{cycle";
        }
        if (raw === undefined || next() < 0.2) raw = String(raw).slice(0, Math.floor(next() * 40));
        storage.raw.set(store.KEY, raw);
        result = store.load();
      }
      out.push(result);
    }
    return out;
  }
}

const request = JSON.parse(fs.readFileSync(0, "utf-8"));
process.stdout.write(JSON.stringify(run(request)));
