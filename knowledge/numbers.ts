// How the knowledge writes a figure in prose: digits grouped in threes with commas ("10,240"), as
// `toLocaleString('en-US')` does, without starting Intl's number formatting at module load (it cost
// a tenth of the core's start-up). Only finite numbers appear in the data.
export function grouped(v: number): string {
  const [whole = '', fraction] = String(Math.abs(v)).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${v < 0 ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction.slice(0, 3)}`}`;
}
