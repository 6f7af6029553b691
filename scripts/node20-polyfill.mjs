// Loaded with `node --import` before langium-cli, for the same reason as packages/language/src/node20-polyfill.ts.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, keyOf) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) (groups[keyOf(item, index++)] ??= []).push(item);
        return groups;
    };
}
