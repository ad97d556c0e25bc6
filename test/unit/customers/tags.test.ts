import { describe, expect, it } from 'vitest';
import { customerInputSchema } from '../../../shared/customers/schema';
import { addTags, cleanTag, hasTag, joinTags, removeTag, tagsInUse, uniqueTags } from '../../../shared/customers/tags';

const base = { kind: 'commercial', legalName: 'Acme', timeZone: 'America/Chicago', addresses: [] } as const;

describe('tag normalisation', () => {
  it('cleans spaces and compares without regard to case, keeping the first spelling', () => {
    expect(cleanTag('  Key   accounts ')).toBe('Key accounts');
    expect(uniqueTags(['Anna', ' anna', 'ANNA ', '', '  ', 'Key  accounts', 'key accounts'])).toEqual(['Anna', 'Key accounts']);
    expect(hasTag(['Anna'], ' aNNa ')).toBe(true);
    expect(hasTag(undefined, 'Anna')).toBe(false);
    expect(removeTag(['Anna', 'Key accounts'], 'ANNA')).toEqual(['Key accounts']);
  });

  it('adds one or several typed tags, skipping the ones already there', () => {
    expect(addTags([], 'Anna')).toEqual({ ok: true, tags: ['Anna'], added: ['Anna'], alreadyThere: [] });
    expect(addTags(['Anna'], 'anna, Key accounts,, ')).toEqual({
      ok: true,
      tags: ['Anna', 'Key accounts'],
      added: ['Key accounts'],
      alreadyThere: ['Anna'],
    });
  });

  it('refuses an empty tag, a tag over 40 characters and a 21st tag, adding nothing', () => {
    expect(addTags(['Anna'], ' , ')).toEqual({ ok: false, problem: 'Type a tag first.' });
    const long = 'x'.repeat(41);
    expect(addTags([], `Anna, ${long}`)).toEqual({ ok: false, problem: `A tag can be at most 40 characters; “${long}” has 41.` });
    expect(addTags([], 'y'.repeat(40)).ok).toBe(true);
    const twenty = Array.from({ length: 20 }, (_, i) => `T${i}`);
    expect(addTags(twenty, 'One more')).toEqual({ ok: false, problem: 'An account can have at most 20 tags. Remove one to add another.' });
    expect(addTags(twenty.slice(0, 19), 'A, B')).toEqual({
      ok: false,
      problem: 'An account can have at most 20 tags; there is room for 1 more.',
    });
    // A tag already there takes no room.
    expect(addTags(twenty, 't3').ok).toBe(true);
  });

  it('lists the tags in use once each, alphabetically whatever the case', () => {
    expect(tagsInUse([['bob', 'Anna'], undefined, ['anna', 'Carla'], []], 'en-US')).toEqual(['Anna', 'bob', 'Carla']);
    expect(joinTags(['Anna', 'Key accounts'])).toBe('Anna; Key accounts');
    expect(joinTags(undefined)).toBe('');
  });

  it('stores tags cleaned and once each, and refuses more than 20 or one too long', () => {
    expect(customerInputSchema.parse({ ...base, tags: [' Anna ', 'anna', 'Key  accounts'] }).tags).toEqual(['Anna', 'Key accounts']);
    expect(customerInputSchema.parse(base).tags).toBeUndefined();
    const tooMany = customerInputSchema.safeParse({ ...base, tags: Array.from({ length: 21 }, (_, i) => `T${i}`) });
    expect(tooMany.success ? null : tooMany.error.issues[0]?.message).toBe('An account can have at most 20 tags.');
    const tooLong = customerInputSchema.safeParse({ ...base, tags: ['x'.repeat(41)] });
    expect(tooLong.success ? null : tooLong.error.issues[0]?.message).toBe('Tag is too long (at most 40 characters).');
  });
});
