import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256(secret: string, ...parts: (string | Buffer)[]): Buffer {
  const mac = createHmac('sha256', secret);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

/** Constant-time comparison of two strings (different lengths compare unequal). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    // Still spend the comparison so length is the only thing timing reveals.
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}
