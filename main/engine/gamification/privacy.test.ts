import { describe, expect, it } from 'vitest';
import { publicName } from './privacy';

describe('public names', () => {
  it('full, first name and initial, or an opt-in alias', () => {
    expect(publicName('Ana Souza', 'full')).toBe('Ana Souza');
    expect(publicName('Ana Maria de Souza', 'first_initial')).toBe('Ana S.');
    expect(publicName('Ígor', 'first_initial')).toBe('Ígor');
    expect(publicName('Ana Souza', 'alias', 'Closer Queen')).toBe('Closer Queen');
    // Without an alias a rep is not shown in full in alias mode.
    expect(publicName('Bruno Lima', 'alias', null)).toBe('Bruno L.');
    expect(publicName('Élodie Ørsted', 'first_initial')).toBe('Élodie Ø.');
  });
});
