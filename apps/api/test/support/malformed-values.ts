import fc from 'fast-check';
import { isWeekKey, validValue, type Input, type Schema } from './openapi-inputs';

/** JSON text sent as it is: nesting deeper than JSON.stringify would like, or keys it would drop. */
export class RawJson {
  constructor(readonly json: string) {}
}

/** A class of malformed input and the values that make it up, for one input. */
export interface MalformedClass {
  name: string;
  /** For the body: a JSON value (or RawJson). For a query or path: the text as it appears in the URL. */
  values: fc.Arbitrary<unknown>;
  /** The field the answer must name when it is not the input itself (a key added to an object). */
  field?: (value: unknown) => string;
}

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const text = fc.string({ maxLength: 8 });
const withNul = fc.tuple(text, text).map(([before, after]) => `${before}\u0000${after}`);
// Printable ASCII around it, so the surrogate has no partner.
const withLoneSurrogate = fc
  .tuple(text, fc.integer({ min: 0xd800, max: 0xdfff }), text)
  .map(([before, unit, after]) => `${before}${String.fromCharCode(unit)}${after}`);
const deepNesting = fc
  .tuple(fc.integer({ min: 20, max: 5000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays
      ? new RawJson('['.repeat(depth) + ']'.repeat(depth))
      : new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  );
const pad4 = (year: number) => String(year).padStart(4, '0');
const yearOutsideSpan = fc.oneof(fc.integer({ min: 0, max: 1999 }), fc.integer({ min: 2101, max: 9999 }));
const hugeNumber = fc.constantFrom(1e20, 2 ** 63, 1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64);
const tinyNumber = fc.constantFrom(1e-7, 5e-324, 1e-300, 0.000_001, 1.000_000_1);
/** Text that stays one path segment: not empty, and not `.` or `..`, which a URL resolves away. */
const segment = fc.string({ minLength: 1, maxLength: 8 }).filter((value) => !/^\.+$/.test(value));
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** Values of another JSON type than the schema's. */
function wrongTypes(schema: Schema): fc.Arbitrary<unknown> {
  const all: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.string({ minLength: 1, maxLength: 8 }),
    number: fc.integer({ min: 1, max: 99 }),
    boolean: fc.boolean(),
    array: fc.constant([1]),
    object: fc.constant({ a: 1 }),
  };
  const own = schema.type === 'integer' ? 'number' : (schema.type ?? 'object');
  return fc.oneof(...Object.entries(all).flatMap(([type, values]) => (type === own ? [] : [values])));
}

function numberClasses(schema: Schema): MalformedClass[] {
  const min = schema.minimum ?? -Infinity;
  const max = schema.maximum ?? Infinity;
  const step = schema.type === 'integer' ? 1 : schema.multipleOf;
  // Without a documented bound every value of the class is out of bounds: the schema test asks for one.
  const classes: MalformedClass[] = [
    { name: 'huge number', values: Number.isFinite(max) ? hugeNumber.filter((n) => n > max) : hugeNumber },
    { name: 'tiny number', values: tinyNumber.filter((n) => n < min || !step || !isMultiple(n, step)) },
  ];
  if (Number.isFinite(min))
    classes.push({
      name: 'number below the minimum',
      values: fc.oneof(fc.integer({ min: -1_000_000, max: Math.ceil(min) - 1 }), fc.constant(-1e308)),
    });
  if (step && Number.isFinite(min) && Number.isFinite(max) && max - min >= step)
    classes.push({
      name: 'fractional number',
      values: fc
        .tuple(
          fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) - 1 }),
          fc.integer({ min: 1, max: 9 }),
        )
        .map(([multiple, tenth]) => multiple * step + (step * tenth) / 10),
    });
  return classes;
}

const isMultiple = (value: number, step: number) => Math.abs(value / step - Math.round(value / step)) < 1e-9;

function stringClasses(schema: Schema): MalformedClass[] {
  const classes: MalformedClass[] = [
    { name: 'NUL byte', values: withNul },
    { name: 'lone surrogate', values: withLoneSurrogate },
  ];
  if (schema.maxLength !== undefined) {
    const max = schema.maxLength;
    classes.push({
      name: 'overlong string',
      values: fc.integer({ min: max + 1, max: max + 200 }).map((n) => 'x'.repeat(n)),
    });
  }
  if (schema.enum)
    classes.push({ name: 'not one of the values', values: text.filter((v) => !schema.enum!.includes(v)) });
  if (schema.format === 'uuid') classes.push({ name: 'not a UUID', values: text.filter((v) => !isUuid(v)) });
  if (schema.format === 'date')
    classes.push({
      name: 'date outside the years kept',
      values: fc.oneof(
        yearOutsideSpan.map((year) => `${pad4(year)}-06-15`),
        fc.constantFrom('2026', '2026-11', '2026-13-01', '2026-02-30', '2026-W48-1', '20261123'),
      ),
    });
  if (schema.format === 'date-time')
    classes.push({
      name: 'moment outside the years kept',
      values: fc.oneof(
        yearOutsideSpan.map((year) => `${pad4(year)}-06-15T10:00:00Z`),
        fc.constantFrom('2026', '2026-W48-1T10:00:00Z', '+275760-09-13T00:00:00Z', '2026-11-26T25:00:00Z'),
      ),
    });
  if (isWeekKey(schema)) classes.push(weekKeyClass);
  return classes;
}

const weekKeyClass: MalformedClass = {
  name: 'week outside the years kept',
  values: fc.oneof(
    yearOutsideSpan.map((year) => `${pad4(year)}-W${String((year % 52) + 1).padStart(2, '0')}`),
    fc.constantFrom('9999-W52', '10000-W01', '2026-W99', '2026-W00', '2025-W53'),
  ),
};

/** Every class of malformed value that applies to one body field. */
export function bodyClasses(input: Input): MalformedClass[] {
  const { schema } = input;
  const classes: MalformedClass[] = [
    { name: 'wrong type', values: wrongTypes(schema) },
    { name: 'deep nesting', values: deepNesting },
  ];
  if (!schema.nullable) classes.push({ name: 'null', values: fc.constant(null) });
  if (schema.type === 'string') classes.push(...stringClasses(schema));
  if (schema.type === 'number' || schema.type === 'integer') classes.push(...numberClasses(schema));
  if (schema.type === 'array')
    classes.push({
      name: 'huge array',
      values: fc
        .integer({ min: (schema.maxItems ?? 1000) + 1, max: (schema.maxItems ?? 1000) + 1000 })
        .map((length) => Array.from({ length }, () => 1)),
    });
  if (schema.type === 'object') classes.push(prototypeKeyIn(input.field));
  return classes;
}

/** An object that carries `__proto__`, `constructor` or `prototype` as a key of its own. */
export function prototypeKeyIn(field: string): MalformedClass {
  return {
    name: 'prototype key',
    values: fc.constantFrom(...PROTOTYPE_KEYS),
    field: (key) => (field ? `${field}.${String(key)}` : String(key)),
  };
}

/** Classes for a query or path parameter, as URL text; a list of texts repeats a query parameter. */
export function parameterClasses(input: Input): MalformedClass[] {
  const { schema } = input;
  const url = (arbitrary: fc.Arbitrary<string>) => arbitrary.map(encodeURIComponent);
  const max = schema.maxLength ?? 200;
  const classes: MalformedClass[] = [
    { name: 'NUL byte', values: url(withNul) },
    { name: 'overlong string', values: fc.integer({ min: max + 1, max: max + 500 }).map((n) => 'x'.repeat(n)) },
  ];
  if (input.in === 'path') {
    // Bytes that do not decode as UTF-8: the only way a lone surrogate can travel in a URL.
    classes.push({
      name: 'undecodable',
      values: fc.constantFrom('%FF', '%ED%A0%80', '%E0%A4%A', '%C0%80'),
      field: () => 'path',
    });
  } else {
    const valid = encodeURIComponent(String(validValue(schema)));
    classes.push({ name: 'repeated', values: fc.constant([valid, valid]) });
  }
  if (schema.type === 'number' || schema.type === 'integer') {
    classes.push(
      { name: 'huge number', values: fc.constantFrom('1e20', '9223372036854775808', '99999999999999999999', '1e308') },
      { name: 'not a number', values: fc.constantFrom('abc', 'NaN', 'Infinity', '0x10', '1,5', 'true') },
      { name: 'number below the minimum', values: fc.constantFrom('-1', '-0.5', '-1e20') },
      { name: 'fractional number', values: fc.constantFrom('1.5', '1e-7', '2.000001') },
    );
  }
  if (schema.enum)
    classes.push({ name: 'not one of the values', values: url(segment.filter((v) => !schema.enum!.includes(v))) });
  if (schema.format === 'uuid') classes.push({ name: 'not a UUID', values: url(segment.filter((v) => !isUuid(v))) });
  if (isWeekKey(schema)) classes.push(weekKeyClass);
  return classes;
}

/** JSON text of a value that may hold RawJson parts and own `__proto__` keys. */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.json;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A copy of `body` with `value` at the dotted `field` (`goals.0.hours`); the root when `field` is empty. */
export function withValueAt(body: unknown, field: string, value: unknown): unknown {
  if (!field) return value;
  const copy = structuredClone(body) as Record<string, unknown>;
  const names = field.split('.');
  let container = copy;
  for (const name of names.slice(0, -1)) container = container[name] as Record<string, unknown>;
  container[names.at(-1)!] = value;
  return copy;
}

/** `object` with one more own key, which may be `__proto__`. */
export function withOwnKey(object: unknown, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...(object as Record<string, unknown>) };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}
