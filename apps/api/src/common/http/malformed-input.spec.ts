import { MAX_DEPTH, MAX_ITEMS, MAX_PARAMETER_LENGTH, malformedFields, malformedParameter } from './malformed-input';

describe('malformed input', () => {
  it('passes ordinary input, emoji and accents included', () => {
    expect(
      malformedFields({ title: 'Leren 🎓 presenteren', tags: ['één', 'twee'], plan: { hours: 2, ok: null } }, ''),
    ).toEqual([]);
  });

  it('names the field holding a NUL character or a lone surrogate, however deep it sits', () => {
    expect(malformedFields({ plan: { intentions: 'a\u0000b' }, goals: [{ title: 'x\uD800' }] }, '')).toEqual([
      { field: 'plan.intentions', message: 'must not contain a NUL character' },
      { field: 'goals.0.title', message: 'must be valid Unicode text' },
    ]);
    expect(malformedFields({ name: '\uDC00 reversed pair \uD83C' }, '')).toEqual([
      { field: 'name', message: 'must be valid Unicode text' },
    ]);
  });

  it('refuses keys that would reach the prototype, and keys that are no text', () => {
    const body = JSON.parse(
      '{"__proto__": {"admin": true}, "plan": {"constructor": 1, "prototype": 2}, "a\\u0000": 3}',
    );
    expect(malformedFields(body, '').map((error) => error.field)).toEqual([
      '__proto__',
      'plan.constructor',
      'plan.prototype',
      'a\u0000',
    ]);
  });

  it('stops walking at the depth limit, so nesting far deeper than the stack allows is one error', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(malformedFields({ plan: deep }, '')).toEqual([
      { field: `plan${'.0'.repeat(MAX_DEPTH - 1)}`, message: `nests deeper than ${MAX_DEPTH} levels` },
    ]);
  });

  it('refuses arrays and objects with more items than any request needs', () => {
    expect(malformedFields({ ids: new Array(MAX_ITEMS + 1).fill('x') }, '')).toEqual([
      { field: 'ids', message: `has more than ${MAX_ITEMS} items` },
    ]);
    expect(malformedFields({ ids: new Array(MAX_ITEMS).fill('x') }, '')).toEqual([]);
  });

  it('answers at most twenty errors, however many fields are wrong', () => {
    expect(malformedFields(new Array(500).fill('\u0000'), '')).toHaveLength(20);
  });

  it('names a path parameter and bounds its length', () => {
    expect(malformedParameter('x\u0000', 'token')).toEqual([
      { field: 'token', message: 'must not contain a NUL character' },
    ]);
    expect(malformedParameter('x'.repeat(MAX_PARAMETER_LENGTH + 1), 'id')).toEqual([
      { field: 'id', message: `must be at most ${MAX_PARAMETER_LENGTH} characters` },
    ]);
    expect(malformedParameter('2026-W48', 'week')).toEqual([]);
  });
});
