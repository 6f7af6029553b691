import type { AggregateParams, AggregateResult, PeriodKind } from '@cchc/model';
import type { MessageLanguage } from '@cchc/language/src/settings.js';
import { periodPicks, type PeriodPick } from './aggregate-period-picks.js';

/** The user's answers to what Aggregate reports asks between its requests; undefined or false stops it. */
export interface AggregateQuestions {
    /** The reports with errors: skip them and aggregate the others? */
    skipErrors(files: string[]): Promise<boolean>;
    /** The reports are of different periods of one year: which period to aggregate them into? */
    period(picks: PeriodPick[]): Promise<PeriodKind | undefined>;
    /** The reports do not cover that period (the refusal): aggregate what there is anyway? */
    partial(refusal: string): Promise<boolean>;
}

/**
 * The requests of "CCHC: Aggregate reports" to the language server, each answer of the server that needs the user
 * asked in turn: the server's last answer, or undefined when the user stopped.
 */
export async function aggregateDialog(send: (params: AggregateParams) => Promise<AggregateResult>, params: AggregateParams,
    language: MessageLanguage, ask: AggregateQuestions): Promise<AggregateResult | undefined> {
    let result = await send(params);
    if ('withErrors' in result) {
        if (!await ask.skipErrors(result.withErrors)) return undefined;
        params = { ...params, skipErrors: true };
        result = await send(params);
    }
    if ('periods' in result) {
        const period = await ask.period(periodPicks(language, result.year, result.periods));
        if (!period) return undefined;
        params = { ...params, period };
        result = await send(params);
    }
    if ('notCovered' in result) {
        if (!await ask.partial(result.notCovered)) return undefined;
        result = await send({ ...params, partial: true });
    }
    return result;
}
