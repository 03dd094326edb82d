/** A mistake in how unmangle was called or configured: reported as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}
