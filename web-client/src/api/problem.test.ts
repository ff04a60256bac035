import { describe, expect, it } from 'vitest';

import { ApiError } from './problem';

describe('ApiError', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const seconds = new ApiError(429, undefined, new Headers({ 'Retry-After': '30' }));
    expect(seconds.retryAfterSeconds()).toBe(30);

    const now = new Date('2026-03-01T12:00:00Z');
    const date = new ApiError(429, undefined, new Headers({ 'Retry-After': 'Sun, 01 Mar 2026 12:01:30 GMT' }));
    expect(date.retryAfterSeconds(now)).toBe(90);

    expect(new ApiError(429, undefined, new Headers()).retryAfterSeconds()).toBeUndefined();
  });

  it('flattens problem.errors to one message per camelCase field', () => {
    const error = new ApiError(
      422,
      { title: 'invalid', errors: { Email: ['Required.', 'Too short.'], areaIds: ['Unknown area.'] } },
      new Headers(),
    );
    expect(error.fieldErrors).toEqual({ email: 'Required. Too short.', areaIds: 'Unknown area.' });
  });
});
