/** The value at a path without `[]` segments: the common case, read without building arrays per step. */
function readOne(scope, path) {
    let value = scope;
    let start = 0;
    for (;;) {
        const dot = path.indexOf('.', start);
        const key = dot === -1 ? path.slice(start) : path.slice(start, dot);
        value = value !== null && typeof value === 'object' ? value[key] : undefined;
        if (dot === -1)
            return value;
        start = dot + 1;
    }
}
/** Every value at `path` (a `[]` segment fans out over an array's items); missing steps give `undefined`. */
export function readAll(scope, path) {
    if (!path.includes('[]'))
        return [readOne(scope, path)];
    let values = [scope];
    for (const raw of path.split('.')) {
        const each = raw.endsWith('[]');
        const key = each ? raw.slice(0, -2) : raw;
        values = values.flatMap((v) => {
            const next = v !== null && typeof v === 'object' ? v[key] : undefined;
            return each ? (Array.isArray(next) ? next : []) : [next];
        });
    }
    return values;
}
export function read(scope, path) {
    return path.includes('[]') ? readAll(scope, path)[0] : readOne(scope, path);
}
const asNumber = (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);
export function holds(value, condition) {
    if ('eq' in condition)
        return value === condition.eq || (value === undefined && condition.eq === null);
    if ('ne' in condition)
        return !(value === condition.ne || (value === undefined && condition.ne === null));
    if ('in' in condition)
        return condition.in.some((c) => c === value);
    if ('exists' in condition)
        return (value !== undefined && value !== null) === condition.exists;
    if ('pattern' in condition)
        return typeof value === 'string' && new RegExp(condition.pattern, 'i').test(value);
    const n = asNumber(value);
    if (Number.isNaN(n))
        return false;
    if ('gt' in condition)
        return n > condition.gt;
    if ('gte' in condition)
        return n >= condition.gte;
    if ('lt' in condition)
        return n < condition.lt;
    if ('lte' in condition)
        return n <= condition.lte;
    if ('between' in condition)
        return n > condition.between[0] && n <= condition.between[1];
    return false;
}
/** Every entry holds; a path with `[]` holds when some item does (a trigger on any line of an address). */
export function matches(scope, match) {
    return Object.entries(match).every(([path, condition]) => {
        const values = readAll(scope, path);
        return path.includes('[]') ? values.some((v) => holds(v, condition)) : holds(values[0], condition);
    });
}
/** `"{body.customerId}"` -> the value there; any other value is literal. */
export function resolveTemplate(scope, value) {
    if (typeof value !== 'string')
        return value;
    const whole = /^\{([^{}]+)\}$/.exec(value);
    return whole ? read(scope, whole[1]) : value;
}
