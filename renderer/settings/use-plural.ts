// Counts on screen follow the settings locale: "1 entry", "2 entries", "1,204 calls".
import { pluralIn } from '../../shared/wording/plural';
import { useSettings } from './queries';

export function usePlural(): (count: number, one: string, many?: string) => string {
  return pluralIn(useSettings().data?.locale ?? 'en-US');
}
