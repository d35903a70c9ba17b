import type { NextFunction, Request, Response } from 'express';
import type { FieldError } from '@vitaal/shared/problem';
import { ValidationFailed } from '../errors/domain-error';

/** The deepest request body nests three levels; anything far deeper is refused before it is walked further. */
export const MAX_DEPTH = 8;
/** Items of one array and keys of one object: far above what any request needs, far below what is costly. */
export const MAX_ITEMS = 1000;
/** A path parameter is an id, a week or a token. */
export const MAX_PARAMETER_LENGTH = 200;
/** Enough to explain what is wrong; a body of many bad fields does not earn an answer of many errors. */
const MAX_ERRORS = 20;

/** Keys that reach an object's prototype once copied into an object; no request has a field so named. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a piece of text cannot be stored: PostgreSQL refuses NUL, and a lone surrogate is no Unicode text. */
function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text';
  return null;
}

/**
 * Walks parsed input once, before any validator, service or database sees it, and lists what no
 * route accepts: text with NUL or lone surrogates, prototype keys, nesting deeper than
 * MAX_DEPTH, arrays or objects larger than MAX_ITEMS. The walk stops at MAX_DEPTH, so it cannot
 * overflow the stack however deep the input nests.
 */
export function malformedFields(value: unknown, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const report = (at: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ field: at, message });
  };
  const walk = (item: unknown, at: string, depth: number): void => {
    if (errors.length >= MAX_ERRORS) return;
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) report(at, problem);
      return;
    }
    if (item === null || typeof item !== 'object') return;
    if (depth >= MAX_DEPTH) return report(at, `nests deeper than ${MAX_DEPTH} levels`);
    const size = Array.isArray(item) ? item.length : Object.keys(item).length;
    if (size > MAX_ITEMS) return report(at, `has more than ${MAX_ITEMS} items`);
    for (const [key, child] of Object.entries(item)) {
      const childAt = at ? `${at}.${key}` : key;
      const keyProblem = PROTOTYPE_KEYS.has(key) ? 'is not a field of any request' : textProblem(key);
      if (keyProblem) report(childAt, keyProblem);
      else walk(child, childAt, depth + 1);
    }
  };
  walk(value, field, 0);
  return errors;
}

/** A path parameter: text that can be stored, and no longer than any id, week or token. */
export function malformedParameter(value: unknown, name: string): FieldError[] {
  if (typeof value === 'string' && value.length > MAX_PARAMETER_LENGTH)
    return [{ field: name, message: `must be at most ${MAX_PARAMETER_LENGTH} characters` }];
  return malformedFields(value, name);
}

/**
 * Refuses malformed input for every route at once, before guards, rate limits or validation run: a
 * path that does not decode as UTF-8, and query strings and JSON bodies as `malformedFields` says.
 * Path parameters are named only once a route matched: the validation pipe checks them.
 */
export function refuseMalformedInput() {
  return (request: Request, _response: Response, next: NextFunction) => {
    const errors = [
      ...undecodablePath(request.path),
      ...malformedFields(request.query, ''),
      ...malformedFields(request.body, ''),
    ];
    next(errors.length ? new ValidationFailed(errors) : undefined);
  };
}

function undecodablePath(path: string): FieldError[] {
  try {
    decodeURIComponent(path);
    return [];
  } catch {
    return [{ field: 'path', message: 'must be valid UTF-8 once percent-decoded' }];
  }
}
