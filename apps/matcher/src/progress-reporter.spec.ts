import { enginePhaseToProgress, ProgressReporter } from './progress-reporter';

describe('enginePhaseToProgress', () => {
  it('maps engine phases into the run percentage', () => {
    expect(enginePhaseToProgress('scoring', 0)).toEqual({ phase: 'SCORING', progress: 10 });
    expect(enginePhaseToProgress('forming-candidates', 0.5)).toEqual({
      phase: 'FORMING_CANDIDATES',
      progress: 55,
    });
    expect(enginePhaseToProgress('optimising', 1)).toEqual({ phase: 'OPTIMISING', progress: 95 });
    expect(enginePhaseToProgress('optimising', 7)).toEqual({ phase: 'OPTIMISING', progress: 95 });
  });
});

describe('ProgressReporter', () => {
  it('writes phase changes in order and throttles repeats', async () => {
    const writes: string[] = [];
    const r = new ProgressReporter(async (phase, p) => {
      writes.push(`${phase}:${p}`);
    }, 10_000);
    r.report('SCORING', 10);
    r.report('SCORING', 20);
    r.report('FORMING_CANDIDATES', 40);
    r.report('OPTIMISING', 70);
    await r.flush();
    expect(writes).toEqual(['SCORING:10', 'FORMING_CANDIDATES:40', 'OPTIMISING:70']);
  });

  it('surfaces a failed write on flush', async () => {
    const r = new ProgressReporter(() => Promise.reject(new Error('db down')));
    r.report('SCORING', 10);
    await expect(r.flush()).rejects.toThrow('db down');
  });
});
