import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocuments, loadPeerSuites } from '../eval/lib/corpus.js';
import { evaluate } from '../eval/lib/evaluate.js';
import { belowFloor, type Floor } from '../eval/lib/floor.js';
import { brokenKeeps, figures } from '../eval/lib/report.js';

// The real-text benchmark holds its floor: no kind's recall or precision, no peer suite's pass rate, falls
// below what eval/floor.json recorded, and no keep case breaks that did not already.
describe('real-text benchmark', () => {
  const floor: Floor = JSON.parse(readFileSync('eval/floor.json', 'utf8'));
  const evaluation = evaluate(loadDocuments('eval'), loadPeerSuites('eval'));

  it('measures something', () => {
    expect(evaluation.documents.length).toBeGreaterThanOrEqual(40);
    expect(evaluation.peers.length).toBeGreaterThanOrEqual(1000);
  });

  it('stays at or above the recorded floor', () => {
    expect(belowFloor(floor, figures(evaluation), brokenKeeps(evaluation))).toEqual([]);
  });

  it('leaves every subtitle file parseable, cue for cue', () => {
    const damaged = evaluation.documents.filter((doc) => (doc.subtitleErrors ?? []).length > 0).map((doc) => `${doc.id}: ${doc.subtitleErrors!.join('; ')}`);
    expect(damaged).toEqual([]);
  });
});
