/** `sozialraumanalyse-03241001-2024.pdf`: only safe characters from the key reach the file name. */
export function reportFileName(areaKey: string, period: string, extension: 'pdf' | 'html'): string {
  const safe = (text: string) => text.replace(/[^0-9A-Za-z_-]/g, '_').slice(0, 40) || 'gebiet';
  return `sozialraumanalyse-${safe(areaKey)}-${safe(period)}.${extension}`;
}
