// Langium 4.4's parser library (chevrotain 13) calls Object.groupBy, which Node.js has only from 22 on.
// Node 20 is what our users' VS Code and this project's machines run, so we provide it.
declare global {
    interface ObjectConstructor {
        groupBy<T, K extends PropertyKey>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Partial<Record<K, T[]>>;
    }
}

if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value<T, K extends PropertyKey>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Partial<Record<K, T[]>> {
            const groups = Object.create(null) as Partial<Record<K, T[]>>;
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        }
    });
}

export {};
