// The string formats the generated webhook validators call at runtime, in the shapes Ajv standalone code expects
// (an object with `validate`, or a function), mirroring ajv-formats' "full" mode so the client accepts exactly what
// the generation-time Ajv accepts, without depending on ajv-formats. The generator refuses a format missing here.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var formats_exports = {};
__export(formats_exports, {
  fullFormats: () => fullFormats
});
module.exports = __toCommonJS(formats_exports);
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [
  0,
  31,
  28,
  31,
  30,
  31,
  30,
  31,
  31,
  30,
  31,
  30,
  31
];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const isLeapYear = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
function date(text) {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [
    +m[1],
    +m[2],
    +m[3]
  ];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
}
function time(text) {
  const m = TIME.exec(text);
  if (!m || !m[4]) return false;
  const [hr, min, sec] = [
    +m[1],
    +m[2],
    +m[3]
  ];
  const sign = m[5] === "-" ? -1 : 1;
  const [tzH, tzM] = [+(m[6] || 0), +(m[7] || 0)];
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * sign;
  const utcHr = hr - tzH * sign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
function dateTime(text) {
  const parts = text.split(/t|\s/i);
  return parts.length === 2 && date(parts[0]) && time(parts[1]);
}
function uri(text) {
  if (!/^[a-z][a-z0-9+\-.]*:[^\s]*$/i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
const byte = (text) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text);
const int32 = (value) => Number.isInteger(value) && value <= 2 ** 31 - 1 && value >= -(2 ** 31);
const int64 = (value) => Number.isInteger(value);
const anyNumber = () => true;
const fullFormats = {
  date: { validate: date },
  time: { validate: time },
  "date-time": { validate: dateTime },
  uri,
  byte,
  int32: { validate: int32 },
  int64: { validate: int64 },
  float: { validate: anyNumber },
  double: { validate: anyNumber }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  fullFormats
});
