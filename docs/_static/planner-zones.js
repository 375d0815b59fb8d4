/*
 * etiket planner zones: named time zones (Asia/Jakarta) on the platform's clock, for planner.js.
 *
 * A reader's form never asks for a zone: a time is the interview's own clock, or carries its
 * offset (14:30+07:00). A named zone comes only from a script that calls the planner's API
 * with input.timezone, as `etiket plan --timezone` reads one. So this file is loaded where the
 * API is complete, the planner's pages, and not on the assistant's, whose reader would pay
 * for code that never runs; there planner.js refuses a named zone and says where to plan in
 * one (site.zone-elsewhere).
 *
 * It sets window.etiketPlannerZones, which planner.js calls when it starts (so this file is
 * loaded first) with the helpers the two share: isoDate, icsMoment and offsetText, and the
 * names zoneinfo gives each zone's offsets (names: the planner data's zones, the package's).
 * The offsets themselves are the platform's (Intl).
 */
(function () {
  "use strict";

  var DAY = 86400;

  window.etiketPlannerZones = function (core) {
    /*
     * The zone `name` as planner.js's moments carry it: {name, at, wall}. at(instant) is the
     * offset in force at an instant (seconds since 1970 UTC), wall(seconds) a wall time's.
     */
    function named(name) {
      var numeric = "numeric";
      var clock = new Intl.DateTimeFormat("en-US", {
        timeZone: name, hourCycle: "h23", year: numeric, month: numeric, day: numeric,
        hour: numeric, minute: numeric, second: numeric,
      });
      function at(instant) {
        var p = {};
        clock.formatToParts(instant * 1000).forEach(function (part) { p[part.type] = Number(part.value); });
        return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) / 1000 - instant;
      }
      /* As zoneinfo gives it at fold=0: the earlier offset, unless only the later fits. */
      function wall(seconds) {
        var before = at(seconds - DAY), after = at(seconds + DAY);
        return at(seconds - before) === before || at(seconds - after) !== after ? before : after;
      }
      return { name: name, at: at, wall: wall };
    }

    /*
     * The changes of offset from the wall time `from` (seconds since 1970 on the zone's clock)
     * to the wall time `to`: [wall time of the change, offset before, offset after], the first
     * being `from` itself. Found a week at a time, then to the second; a change starts at the
     * first wall time on the new offset (in a gap or a repeated hour fold=0 keeps the old one).
     */
    function changes(zone, from, to) {
      var offset = zone.wall(from), t = from - offset, found = [[from, offset, offset]];
      while (t + offset < to) {
        var lo = t, hi = t + 7 * DAY;
        if (zone.at(hi) === offset) {
          t = hi;
          continue;
        }
        while (hi - lo > 1) {
          var mid = Math.floor((lo + hi) / 2);
          if (zone.at(mid) === offset) lo = mid;
          else hi = mid;
        }
        var next = zone.at(hi), wall = hi + Math.max(offset, next);
        if (wall >= to) break;
        found.push([wall, offset, next]);
        offset = next;
        t = hi;
      }
      return found;
    }

    /*
     * The VTIMEZONE icalendar writes for zone from the day `from` to the day `to` (days since
     * 1970): its changes grouped by offsets and name, named as zoneinfo names them.
     */
    function vtimezone(zone, from, to) {
      var groups = [], keyed = {};
      changes(zone, from * DAY, to * DAY).forEach(function (change, index) {
        var key = [index ? change[1] : "", change[2]].join();
        if (!keyed[key]) groups.push(keyed[key] = change.concat([[]]));
        keyed[key][3].push(core.icsMoment(0, change[0]));
      });
      var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.name,
        "COMMENT:This timezone only works from " + core.isoDate(from) + " to " + core.isoDate(to) + "."];
      groups.forEach(function (group) {
        var names = core.names[zone.name][group[2] / 60], kind = names[1] ? "DAYLIGHT" : "STANDARD";
        lines.push("BEGIN:" + kind, "DTSTART:" + group[3][0], "TZNAME:" + names[0],
          "TZOFFSETFROM:" + core.offsetText(group[1], ""), "TZOFFSETTO:" + core.offsetText(group[2], ""));
        if (group[3].length > 1) lines.push("RDATE:" + group[3].slice(1).join(","));
        lines.push("END:" + kind);
      });
      lines.push("END:VTIMEZONE");
      return lines;
    }

    return { named: named, vtimezone: vtimezone };
  };
})();
