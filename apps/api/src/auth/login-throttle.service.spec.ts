import { lockSecondsFor } from './login-throttle.service';

describe('lockSecondsFor', () => {
  const limits = { slowdownAfter: 5, lockoutAfter: 10, lockoutSeconds: 900 };

  it('does not lock before the slow-down threshold', () => {
    expect([1, 2, 3, 4].map((n) => lockSecondsFor(n, limits))).toEqual([0, 0, 0, 0]);
  });

  it('locks for a doubling time from the threshold on', () => {
    expect([5, 6, 7, 8, 9].map((n) => lockSecondsFor(n, limits))).toEqual([1, 2, 4, 8, 16]);
  });

  it('locks for the full window from the lockout threshold on', () => {
    expect(lockSecondsFor(10, limits)).toBe(900);
    expect(lockSecondsFor(100, limits)).toBe(900);
  });
});
