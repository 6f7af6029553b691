import { describe, expect, test } from 'vitest';
import { findings, report } from '../helpers.js';

describe('at-most: relations the template states', () => {
    test('completed cannot exceed planned', async () => {
        expect(await findings(report('1.1.1 18\n1.1.2 20'), 'at-most')).toMatchObject([{
            line: 14, severity: 'error', message: '1.1.2 = 20 vượt quá 1.1.1 = 18 (hơn 2)'
        }]);
        expect(await findings(report('1.1.1 18\n1.1.2 18'), 'at-most')).toEqual([]);
    });

    test('on time + late cannot exceed assigned, shown with its working', async () => {
        expect((await findings(report('1.2.1 5\n1.2.2 5\n1.2.3 1'), 'at-most')).map(f => f.message))
            .toEqual(['1.2.2 + 1.2.3 = 5 + 1 = 6 vượt quá 1.2.1 = 5 (hơn 1)']);
    });

    test('is not judged while a term is blank', async () => {
        expect(await findings(report('1.2.1 5\n1.2.3 9'), 'at-most')).toEqual([]);
    });

    test('on-time at commune level cannot exceed what the commune received (derived from the channels)', async () => {
        const text = report('3.3.1\n  truc-tiep.xa 10\n  bcci.xa 0\n  md3.xa 1\n  md4.xa 1\n3.3.2 13 (tra-truc-tiep 11; tra-bcci 0; md3 1; md4 1)');
        expect((await findings(text, 'at-most')).map(f => f.message))
            .toEqual(['3.3.2 = 13 vượt quá 3.3.1.truc-tiep.xa + 3.3.1.bcci.xa + 3.3.1.md3.xa + 3.3.1.md4.xa = 10 + 0 + 1 + 1 = 12 (hơn 1)']);
    });
});
