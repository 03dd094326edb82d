import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole run, removed at its end: the tests make folders with mkdtemp (and the
 * CLI they spawn makes temp files), and left in the system's temp folder they piled up by the thousand.
 * Set before the test workers start, TMPDIR reaches them and every process they spawn.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'unmangle-tests-'));
  // Open to every user as /tmp is (sticky): some tests run the CLI as `nobody`.
  chmodSync(root, 0o1777);
  process.env['TMPDIR'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
