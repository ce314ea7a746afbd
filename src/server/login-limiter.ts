/**
 * @module server/login-limiter
 * Slows down password guessing: at most `max` failed logins per client address and per
 * username within `windowMs`; further attempts are refused (HTTP 429) until the window moves on,
 * whether or not the password would have been right. Successful logins clear the username's
 * counter. In memory: a restart forgets, which is fine for a loopback tool.
 */
export interface LoginLimiterOptions {
  max?: number;
  windowMs?: number;
  now?: () => number;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: LoginLimiterOptions = {}) {
    this.max = options.max ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds to wait before another attempt is allowed, or 0. */
  retryAfter(ip: string, username: string): number {
    let wait = 0;
    for (const key of [`ip:${ip}`, `user:${username.toLowerCase()}`]) {
      const times = this.recent(key);
      if (times.length >= this.max) {
        const oldest = times[times.length - this.max] ?? this.now();
        wait = Math.max(wait, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
      }
    }
    return wait;
  }

  fail(ip: string, username: string): void {
    for (const key of [`ip:${ip}`, `user:${username.toLowerCase()}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  succeed(username: string): void {
    this.failures.delete(`user:${username.toLowerCase()}`);
  }
}
