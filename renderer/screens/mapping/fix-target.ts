// Where a mapping problem is fixed: the screen of its section, opened at the row of its key (or at the section).
import type { MappingSection } from '../../../shared/mapping';
import { navigateTo } from '../../shell/use-hash-route';

const SCREEN_OF: Record<MappingSection, string> = {
  categories: 'mapping-categories',
  attributes: 'mapping-attributes',
  conditions: 'mapping-attributes',
  'category-attributes': 'mapping-attributes',
  carriers: 'mapping-carriers',
};

export function fixTarget(section: MappingSection, key?: string): { screen: string; params: Record<string, string> } {
  return { screen: SCREEN_OF[section], params: { focus: key ?? `section:${section}` } };
}

export function goToFix(section: MappingSection, key?: string): void {
  const target = fixTarget(section, key);
  navigateTo(target.screen, target.params);
}
