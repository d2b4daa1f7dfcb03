/** Console formatting of the demo: progress bar and proposal summaries. */

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const c = (code: string) => (s: string) => (useColour ? `\x1b[${code}m${s}\x1b[0m` : s);
export const bold = c('1');
export const dim = c('2');
export const green = c('32');
export const yellow = c('33');
export const cyan = c('36');
export const red = c('31');

const PHASE_LABEL: Record<string, string> = {
  QUEUED: 'i kø',
  LOADING: 'laster data',
  SCORING: 'scorer',
  FORMING_CANDIDATES: 'danner kandidater',
  OPTIMISING: 'optimerer',
  SAVING: 'lagrer',
  DONE: 'ferdig',
};

let lastLineLength = 0;

export function progressBar(progress: number, phase: string, status: string): void {
  const width = 30;
  const filled = Math.round((Math.max(0, Math.min(100, progress)) / 100) * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const text = `  [${bar}] ${String(progress).padStart(3)} %  ${PHASE_LABEL[phase] ?? phase}${status === 'RUNNING' || status === 'QUEUED' ? '' : ` (${status})`}`;
  if (process.stdout.isTTY) {
    process.stdout.write(`\r${text.padEnd(lastLineLength)}`);
    lastLineLength = text.length;
  } else {
    process.stdout.write(`${text}\n`);
  }
}

export function endProgress(): void {
  if (process.stdout.isTTY) process.stdout.write('\n');
  lastLineLength = 0;
}

const SIZE: Record<string, string> = { SMALL: 'liten', MEDIUM: 'mellomstor', LARGE: 'stor' };

const PROJECT_TYPE: Record<string, string> = {
  PRE_PROJECT: 'Forprosjekt',
  INNOVATION_PROJECT: 'Innovasjonsprosjekt',
  COMPETENCE_PROJECT: 'Kompetanseprosjekt',
};

export function wrap(text: string, indent: string, width = 100): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length > width - indent.length) {
      lines.push(line.trim());
      line = w;
    } else line += ` ${w}`;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.map((l) => indent + l).join('\n');
}

export interface ProposalView {
  projectType: string;
  score: number;
  explanation: string;
  components: { relevance: number; coverage: number; cohesion: number; diversity: number };
  leadOrganization: { name: string } | null;
  members: Array<{
    role: string;
    organization: {
      name: string;
      municipality: { population: number; sizeClass: string } | null;
      researchInstitution: { name: string; shortName: string | null } | null;
    } | null;
    knowledgeNeed: { title: string } | null;
    competenceProfile: { title: string } | null;
  }>;
}

export function printProposal(index: number, p: ProposalView): void {
  const head = `${index}. ${PROJECT_TYPE[p.projectType] ?? p.projectType} · score ${p.score.toFixed(2)} · ledes av ${p.leadOrganization?.name ?? '?'}`;
  console.log(`  ${bold(head)}`);
  const comp = p.components;
  console.log(
    dim(
      `     relevans ${comp.relevance.toFixed(2)}, dekning ${comp.coverage.toFixed(2)}, samhold ${comp.cohesion.toFixed(2)}, mangfold ${comp.diversity.toFixed(2)}`,
    ),
  );
  for (const m of p.members.filter((x) => x.role === 'NEED')) {
    const muni = m.organization?.municipality;
    const size = muni
      ? dim(
          ` (${muni.population.toLocaleString('nb-NO')} innb., ${SIZE[muni.sizeClass] ?? muni.sizeClass})`,
        )
      : '';
    console.log(
      `     ${cyan('behov')}  ${m.organization?.name ?? '?'}${size}: «${m.knowledgeNeed?.title ?? ''}»`,
    );
  }
  for (const m of p.members.filter((x) => x.role === 'RESEARCH_GROUP')) {
    const inst = m.organization?.researchInstitution;
    const at = inst ? dim(` (${inst.shortName ?? inst.name})`) : '';
    console.log(
      `     ${green('FoU')}    ${m.organization?.name ?? '?'}${at}: «${m.competenceProfile?.title ?? ''}»`,
    );
  }
  console.log(wrap(p.explanation, '     ', 110));
}
