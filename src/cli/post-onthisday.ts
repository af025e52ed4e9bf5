// `attache post-onthisday`: placeholder until the scheduler lands (issue 5).
export async function runPostOnThisDay(_args: string[]): Promise<number> {
  process.stderr.write('attache post-onthisday: not available yet\n');
  return 1;
}
