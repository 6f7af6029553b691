import { say, type Message } from '../messages/message.js';
import type { MessageLanguage } from '../settings.js';

/** Why an aggregation cannot go on, in one message naming the files, said in the language the caller chooses. */
export class AggregationRefused extends Error {
    constructor(readonly say: (language: MessageLanguage) => string) {
        super(say('vi'));
    }
}

export function refusal<P>(message: Message<P>, params: P): AggregationRefused {
    return new AggregationRefused(language => say(language, message, params));
}

/** The reports do not cover the period asked for: the caller may aggregate what there is, saying what is missing. */
export class PeriodNotCovered extends AggregationRefused {}
