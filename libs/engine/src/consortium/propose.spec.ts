import { checkProposals } from './check-proposals';
import { proposeConsortia } from './propose';
import { FormationDiagnostics } from './form-consortia';
import { westernArena } from './testing/problem-builder';

/** Through the real text affinity model (libs/engine/src/text). */
describe('proposeConsortia', () => {
  it('forms valid, explained proposals from the exchange-format problem', async () => {
    const p = westernArena();
    const phases = new Set<string>();
    let diag: FormationDiagnostics | undefined;
    const doc = await proposeConsortia(p, {
      onProgress: (phase) => phases.add(phase),
      onDiagnostics: (d) => (diag = d),
    });
    expect(doc.format).toBe('brobygger.proposals/v1');
    expect(checkProposals(p, doc)).toEqual([]);
    expect(diag?.method).toBe('exact');
    expect(doc.objective).toBeLessThanOrEqual(doc.upperBound);
    expect([...phases]).toEqual(
      expect.arrayContaining(['scoring', 'forming-candidates', 'optimising']),
    );
    // The welfare-technology needs of Bergen and Ulvik end up together, with the welfare groups; Voss's ("Digitalt
    // tilsyn for eldre") gets the digital-supervision group, the one group with topic evidence (two of its concepts)
    // for it, in a proposal of its own or with them.
    const welfare = doc.proposals.find((x) => x.needIds.includes('n1'))!;
    expect(welfare.needIds).toContain('n3');
    expect(welfare.profileIds).toEqual(expect.arrayContaining(['p1', 'p2']));
    const voss = doc.proposals.find((x) => x.needIds.includes('n2'))!;
    expect(voss.profileIds).toContain('p2');
    expect(welfare.explanation).toMatch(/ledes av .*kommune|ledes av gruppen Velferd og helse/);
    // Procurement needs join the procurement group.
    const procurement = doc.proposals.find((x) => x.needIds.includes('n4'))!;
    expect(procurement.needIds).toContain('n5');
    expect(procurement.profileIds).toContain('p3');
    expect(doc.unmatchedNeeds.map((u) => u.needId)).toEqual(['n6']);
  });

  it('is deterministic through the real model', async () => {
    const a = await proposeConsortia(westernArena());
    const b = await proposeConsortia(westernArena());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('applies the time-limit option and the greedy fallback end to end', async () => {
    const p = westernArena({ maxExactCandidates: 0, locale: 'en' });
    let diag: FormationDiagnostics | undefined;
    const doc = await proposeConsortia(p, {
      timeLimitSeconds: 2,
      onDiagnostics: (d) => (diag = d),
    });
    expect(diag?.method).toBe('greedy');
    expect(checkProposals(p, doc)).toEqual([]);
    expect(doc.objective).toBeLessThanOrEqual(doc.upperBound);
    expect(doc.proposals[0].explanation).toMatch(/ led by /);
  });

  it('honours broker pins and exclusions through the real model', async () => {
    const p = westernArena({ pins: [{ needIds: ['n3', 'n5'] }], excludeIds: ['p2'] });
    const doc = await proposeConsortia(p);
    expect(checkProposals(p, doc)).toEqual([]);
    expect(
      doc.proposals.filter((x) => x.needIds.includes('n3') && x.needIds.includes('n5')),
    ).toHaveLength(1);
    for (const x of doc.proposals) expect(x.profileIds).not.toContain('p2');
  });
});
