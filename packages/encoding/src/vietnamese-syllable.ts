const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The vowel groups of Vietnamese syllables, without their tone mark. */
const NUCLEI = [
    'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
    'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'oo', 'ôi', 'ơi',
    'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
    'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu'
];

const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:${NUCLEI.join('|')})(?:ch|ng|nh|[cmnpt])?$`);

/** Whether `word` is spelt as one Vietnamese syllable (initial, vowels with at most one tone mark, final). */
export function isVietnameseSyllable(word: string): boolean {
    const decomposed = word.toLowerCase().normalize('NFD');
    const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
    return tones <= 1 && SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}
