export const id = 117;
export const ids = [117];
export const modules = {

/***/ 87117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCANNER: () => (/* binding */ SCANNER),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 24 modules
var src = __webpack_require__(52165);
;// CONCATENATED MODULE: ./packages/cvss/src/errors.ts
/** A CVSS vector string that cannot be scored; `metric` names the metric at fault when there is one. */
class InvalidCvssVectorError extends Error {
    vector;
    reason;
    metric;
    constructor(vector, reason, metric) {
        super(`Invalid CVSS vector ${JSON.stringify(vector)}: ${reason}`);
        this.vector = vector;
        this.reason = reason;
        this.metric = metric;
        this.name = 'InvalidCvssVectorError';
    }
}

;// CONCATENATED MODULE: ./packages/cvss/src/vector.ts

/**
 * Reads "CVSS:<version>/M:V/M:V…" into a metric → value map: every metric known and given once with
 * an allowed value, every base metric present. Metrics not given are absent from the map ("X").
 */
function parseMetrics(vector, prefixes, definitions) {
    const prefix = prefixes.find((candidate) => vector.startsWith(`${candidate}/`));
    if (!prefix)
        throw new InvalidCvssVectorError(vector, `it must start with ${prefixes.map((p) => `"${p}/"`).join(' or ')}`);
    const metrics = new Map();
    for (const part of vector.slice(prefix.length + 1).split('/')) {
        const [name, value, extra] = part.split(':');
        if (!name || value === undefined || value === '' || extra !== undefined) {
            throw new InvalidCvssVectorError(vector, `${JSON.stringify(part)} is not METRIC:VALUE`);
        }
        const allowed = definitions.allowed[name];
        if (!allowed)
            throw new InvalidCvssVectorError(vector, `unknown metric ${name}`, name);
        if (metrics.has(name))
            throw new InvalidCvssVectorError(vector, `metric ${name} is given twice`, name);
        if (!allowed.includes(value)) {
            throw new InvalidCvssVectorError(vector, `metric ${name} has the invalid value ${JSON.stringify(value)} (allowed: ${allowed.join(', ')})`, name);
        }
        metrics.set(name, value);
    }
    const missing = definitions.base.filter((name) => !metrics.has(name));
    if (missing.length > 0) {
        throw new InvalidCvssVectorError(vector, `the base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`, missing[0]);
    }
    return metrics;
}

;// CONCATENATED MODULE: ./packages/cvss/src/cvss3.ts

const IMPACT = ['H', 'L', 'N'];
const V3_METRICS = {
    base: ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'],
    allowed: {
        AV: ['N', 'A', 'L', 'P'],
        AC: ['L', 'H'],
        PR: ['N', 'L', 'H'],
        UI: ['N', 'R'],
        S: ['U', 'C'],
        C: IMPACT,
        I: IMPACT,
        A: IMPACT,
        E: ['X', 'U', 'P', 'F', 'H'],
        RL: ['X', 'O', 'T', 'W', 'U'],
        RC: ['X', 'U', 'R', 'C'],
        CR: ['X', 'L', 'M', 'H'],
        IR: ['X', 'L', 'M', 'H'],
        AR: ['X', 'L', 'M', 'H'],
        MAV: ['X', 'N', 'A', 'L', 'P'],
        MAC: ['X', 'L', 'H'],
        MPR: ['X', 'N', 'L', 'H'],
        MUI: ['X', 'N', 'R'],
        MS: ['X', 'U', 'C'],
        MC: ['X', 'N', 'L', 'H'],
        MI: ['X', 'N', 'L', 'H'],
        MA: ['X', 'N', 'L', 'H'],
    },
};
// Metric weights from the CVSS v3.1 specification, section 7.4.
const ATTACK_VECTOR = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const ATTACK_COMPLEXITY = { L: 0.77, H: 0.44 };
const PRIVILEGES_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 };
const PRIVILEGES_CHANGED = { N: 0.85, L: 0.68, H: 0.5 };
const USER_INTERACTION = { N: 0.85, R: 0.62 };
const CIA = { H: 0.56, L: 0.22, N: 0 };
/** v3.1's Roundup (Appendix A): the smallest one-decimal number ≥ the input, immune to float noise. */
function roundUp31(value) {
    const scaled = Math.round(value * 100000);
    return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10;
}
/** v3.0 rounded up to one decimal plainly. */
function roundUp30(value) {
    return Math.ceil(value * 10) / 10;
}
/**
 * The CVSS v3.x base score of a "CVSS:3.1/…" or "CVSS:3.0/…" vector. Temporal and environmental
 * metrics are checked but do not change the base score.
 */
function cvss3BaseScore(vector) {
    const metrics = parseMetrics(vector, ['CVSS:3.1', 'CVSS:3.0'], V3_METRICS);
    const get = (name) => metrics.get(name);
    const roundUp = vector.startsWith('CVSS:3.0/') ? roundUp30 : roundUp31;
    const scopeChanged = get('S') === 'C';
    const impactSubScore = 1 - (1 - CIA[get('C')]) * (1 - CIA[get('I')]) * (1 - CIA[get('A')]);
    const impact = scopeChanged
        ? 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15)
        : 6.42 * impactSubScore;
    const privileges = (scopeChanged ? PRIVILEGES_CHANGED : PRIVILEGES_UNCHANGED)[get('PR')];
    const exploitability = 8.22 *
        ATTACK_VECTOR[get('AV')] *
        ATTACK_COMPLEXITY[get('AC')] *
        privileges *
        USER_INTERACTION[get('UI')];
    if (impact <= 0)
        return 0;
    return scopeChanged
        ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
        : roundUp(Math.min(impact + exploitability, 10));
}

;// CONCATENATED MODULE: ./packages/cvss/src/cvss4-data.ts
/*
 * Data of the CVSS v4.0 specification (FIRST, section 8 and its reference calculator): the score of
 * the highest-severity vector of each macrovector, the highest-severity vectors themselves, the depth
 * of each equivalence class, and the severity levels of metric values used for the distance.
 */
/** Macrovector "EQ1 EQ2 EQ3 EQ4 EQ5 EQ6" → score of its highest-severity vector. */
const MACROVECTOR_SCORES = {
    '000000': 10,
    '000001': 9.9,
    '000010': 9.8,
    '000011': 9.5,
    '000020': 9.5,
    '000021': 9.2,
    '000100': 10,
    '000101': 9.6,
    '000110': 9.3,
    '000111': 8.7,
    '000120': 9.1,
    '000121': 8.1,
    '000200': 9.3,
    '000201': 9,
    '000210': 8.9,
    '000211': 8,
    '000220': 8.1,
    '000221': 6.8,
    '001000': 9.8,
    '001001': 9.5,
    '001010': 9.5,
    '001011': 9.2,
    '001020': 9,
    '001021': 8.4,
    '001100': 9.3,
    '001101': 9.2,
    '001110': 8.9,
    '001111': 8.1,
    '001120': 8.1,
    '001121': 6.5,
    '001200': 8.8,
    '001201': 8,
    '001210': 7.8,
    '001211': 7,
    '001220': 6.9,
    '001221': 4.8,
    '002001': 9.2,
    '002011': 8.2,
    '002021': 7.2,
    '002101': 7.9,
    '002111': 6.9,
    '002121': 5,
    '002201': 6.9,
    '002211': 5.5,
    '002221': 2.7,
    '010000': 9.9,
    '010001': 9.7,
    '010010': 9.5,
    '010011': 9.2,
    '010020': 9.2,
    '010021': 8.5,
    '010100': 9.5,
    '010101': 9.1,
    '010110': 9,
    '010111': 8.3,
    '010120': 8.4,
    '010121': 7.1,
    '010200': 9.2,
    '010201': 8.1,
    '010210': 8.2,
    '010211': 7.1,
    '010220': 7.2,
    '010221': 5.3,
    '011000': 9.5,
    '011001': 9.3,
    '011010': 9.2,
    '011011': 8.5,
    '011020': 8.5,
    '011021': 7.3,
    '011100': 9.2,
    '011101': 8.2,
    '011110': 8,
    '011111': 7.2,
    '011120': 7,
    '011121': 5.9,
    '011200': 8.4,
    '011201': 7,
    '011210': 7.1,
    '011211': 5.2,
    '011220': 5,
    '011221': 3,
    '012001': 8.6,
    '012011': 7.5,
    '012021': 5.2,
    '012101': 7.1,
    '012111': 5.2,
    '012121': 2.9,
    '012201': 6.3,
    '012211': 2.9,
    '012221': 1.7,
    '100000': 9.8,
    '100001': 9.5,
    '100010': 9.4,
    '100011': 8.7,
    '100020': 9.1,
    '100021': 8.1,
    '100100': 9.4,
    '100101': 8.9,
    '100110': 8.6,
    '100111': 7.4,
    '100120': 7.7,
    '100121': 6.4,
    '100200': 8.7,
    '100201': 7.5,
    '100210': 7.4,
    '100211': 6.3,
    '100220': 6.3,
    '100221': 4.9,
    '101000': 9.4,
    '101001': 8.9,
    '101010': 8.8,
    '101011': 7.7,
    '101020': 7.6,
    '101021': 6.7,
    '101100': 8.6,
    '101101': 7.6,
    '101110': 7.4,
    '101111': 5.8,
    '101120': 5.9,
    '101121': 5,
    '101200': 7.2,
    '101201': 5.7,
    '101210': 5.7,
    '101211': 5.2,
    '101220': 5.2,
    '101221': 2.5,
    '102001': 8.3,
    '102011': 7,
    '102021': 5.4,
    '102101': 6.5,
    '102111': 5.8,
    '102121': 2.6,
    '102201': 5.3,
    '102211': 2.1,
    '102221': 1.3,
    '110000': 9.5,
    '110001': 9,
    '110010': 8.8,
    '110011': 7.6,
    '110020': 7.6,
    '110021': 7,
    '110100': 9,
    '110101': 7.7,
    '110110': 7.5,
    '110111': 6.2,
    '110120': 6.1,
    '110121': 5.3,
    '110200': 7.7,
    '110201': 6.6,
    '110210': 6.8,
    '110211': 5.9,
    '110220': 5.2,
    '110221': 3,
    '111000': 8.9,
    '111001': 7.8,
    '111010': 7.6,
    '111011': 6.7,
    '111020': 6.2,
    '111021': 5.8,
    '111100': 7.4,
    '111101': 5.9,
    '111110': 5.7,
    '111111': 5.7,
    '111120': 4.7,
    '111121': 2.3,
    '111200': 6.1,
    '111201': 5.2,
    '111210': 5.7,
    '111211': 2.9,
    '111220': 2.4,
    '111221': 1.6,
    '112001': 7.1,
    '112011': 5.9,
    '112021': 3,
    '112101': 5.8,
    '112111': 2.6,
    '112121': 1.5,
    '112201': 2.3,
    '112211': 1.3,
    '112221': 0.6,
    '200000': 9.3,
    '200001': 8.7,
    '200010': 8.6,
    '200011': 7.2,
    '200020': 7.5,
    '200021': 5.8,
    '200100': 8.6,
    '200101': 7.4,
    '200110': 7.4,
    '200111': 6.1,
    '200120': 5.6,
    '200121': 3.4,
    '200200': 7,
    '200201': 5.4,
    '200210': 5.2,
    '200211': 4,
    '200220': 4,
    '200221': 2.2,
    '201000': 8.5,
    '201001': 7.5,
    '201010': 7.4,
    '201011': 5.5,
    '201020': 6.2,
    '201021': 5.1,
    '201100': 7.2,
    '201101': 5.7,
    '201110': 5.5,
    '201111': 4.1,
    '201120': 4.6,
    '201121': 1.9,
    '201200': 5.3,
    '201201': 3.6,
    '201210': 3.4,
    '201211': 1.9,
    '201220': 1.9,
    '201221': 0.8,
    '202001': 6.4,
    '202011': 5.1,
    '202021': 2,
    '202101': 4.7,
    '202111': 2.1,
    '202121': 1.1,
    '202201': 2.4,
    '202211': 0.9,
    '202221': 0.4,
    '210000': 8.8,
    '210001': 7.5,
    '210010': 7.3,
    '210011': 5.3,
    '210020': 6,
    '210021': 5,
    '210100': 7.3,
    '210101': 5.5,
    '210110': 5.9,
    '210111': 4,
    '210120': 4.1,
    '210121': 2,
    '210200': 5.4,
    '210201': 4.3,
    '210210': 4.5,
    '210211': 2.2,
    '210220': 2,
    '210221': 1.1,
    '211000': 7.5,
    '211001': 5.5,
    '211010': 5.8,
    '211011': 4.5,
    '211020': 4,
    '211021': 2.1,
    '211100': 6.1,
    '211101': 5.1,
    '211110': 4.8,
    '211111': 1.8,
    '211120': 2,
    '211121': 0.9,
    '211200': 4.6,
    '211201': 1.8,
    '211210': 1.7,
    '211211': 0.7,
    '211220': 0.8,
    '211221': 0.2,
    '212001': 5.3,
    '212011': 2.4,
    '212021': 1.4,
    '212101': 2.4,
    '212111': 1.2,
    '212121': 0.5,
    '212201': 1,
    '212211': 0.3,
    '212221': 0.1,
};
/**
 * The highest-severity metric values of each equivalence class level. EQ3 and EQ6 are scored together,
 * so their vectors are keyed by EQ3 then EQ6; EQ5 has one value per level.
 */
const HIGHEST_SEVERITY_VECTORS = {
    eq1: [
        ['AV:N/PR:N/UI:N'],
        ['AV:A/PR:N/UI:N', 'AV:N/PR:L/UI:N', 'AV:N/PR:N/UI:P'],
        ['AV:P/PR:N/UI:N', 'AV:A/PR:L/UI:P'],
    ],
    eq2: [['AC:L/AT:N'], ['AC:H/AT:N', 'AC:L/AT:P']],
    eq3eq6: [
        [['VC:H/VI:H/VA:H/CR:H/IR:H/AR:H'], ['VC:H/VI:H/VA:L/CR:M/IR:M/AR:H', 'VC:H/VI:H/VA:H/CR:M/IR:M/AR:M']],
        [
            ['VC:L/VI:H/VA:H/CR:H/IR:H/AR:H', 'VC:H/VI:L/VA:H/CR:H/IR:H/AR:H'],
            [
                'VC:L/VI:H/VA:L/CR:H/IR:M/AR:H',
                'VC:L/VI:H/VA:H/CR:H/IR:M/AR:M',
                'VC:H/VI:L/VA:H/CR:M/IR:H/AR:M',
                'VC:H/VI:L/VA:L/CR:M/IR:H/AR:H',
                'VC:L/VI:L/VA:H/CR:H/IR:H/AR:M',
            ],
        ],
        [[], ['VC:L/VI:L/VA:L/CR:H/IR:H/AR:H']],
    ],
    eq4: [['SC:H/SI:S/SA:S'], ['SC:H/SI:H/SA:H'], ['SC:L/SI:L/SA:L']],
    eq5: [['E:A'], ['E:P'], ['E:U']],
};
/** Depth of each class level: the largest severity distance within it, plus one (in steps of 0.1). */
const CLASS_DEPTH = {
    eq1: [1, 4, 5],
    eq2: [1, 2],
    eq3eq6: [
        [7, 6],
        [8, 8],
        [undefined, 10],
    ],
    eq4: [6, 5, 4],
};
/** Severity level of each metric value, 0 the most severe, in steps of 0.1 as the specification uses. */
const SEVERITY_LEVELS = {
    AV: { N: 0.0, A: 0.1, L: 0.2, P: 0.3 },
    PR: { N: 0.0, L: 0.1, H: 0.2 },
    UI: { N: 0.0, P: 0.1, A: 0.2 },
    AC: { L: 0.0, H: 0.1 },
    AT: { N: 0.0, P: 0.1 },
    VC: { H: 0.0, L: 0.1, N: 0.2 },
    VI: { H: 0.0, L: 0.1, N: 0.2 },
    VA: { H: 0.0, L: 0.1, N: 0.2 },
    SC: { H: 0.1, L: 0.2, N: 0.3 },
    SI: { S: 0.0, H: 0.1, L: 0.2, N: 0.3 },
    SA: { S: 0.0, H: 0.1, L: 0.2, N: 0.3 },
    CR: { H: 0.0, M: 0.1, L: 0.2 },
    IR: { H: 0.0, M: 0.1, L: 0.2 },
    AR: { H: 0.0, M: 0.1, L: 0.2 },
    E: { U: 0.2, P: 0.1, A: 0 },
};

;// CONCATENATED MODULE: ./packages/cvss/src/cvss4.ts


const cvss4_IMPACT = ['H', 'L', 'N'];
const V4_METRICS = {
    base: ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'],
    allowed: {
        AV: ['N', 'A', 'L', 'P'],
        AC: ['L', 'H'],
        AT: ['N', 'P'],
        PR: ['N', 'L', 'H'],
        UI: ['N', 'P', 'A'],
        VC: cvss4_IMPACT,
        VI: cvss4_IMPACT,
        VA: cvss4_IMPACT,
        SC: cvss4_IMPACT,
        SI: cvss4_IMPACT,
        SA: cvss4_IMPACT,
        E: ['X', 'A', 'P', 'U'],
        CR: ['X', 'H', 'M', 'L'],
        IR: ['X', 'H', 'M', 'L'],
        AR: ['X', 'H', 'M', 'L'],
        MAV: ['X', 'N', 'A', 'L', 'P'],
        MAC: ['X', 'L', 'H'],
        MAT: ['X', 'N', 'P'],
        MPR: ['X', 'N', 'L', 'H'],
        MUI: ['X', 'N', 'P', 'A'],
        MVC: ['X', ...cvss4_IMPACT],
        MVI: ['X', ...cvss4_IMPACT],
        MVA: ['X', ...cvss4_IMPACT],
        MSC: ['X', ...cvss4_IMPACT],
        MSI: ['X', 'S', ...cvss4_IMPACT],
        MSA: ['X', 'S', ...cvss4_IMPACT],
        S: ['X', 'N', 'P'],
        AU: ['X', 'N', 'Y'],
        R: ['X', 'A', 'U', 'I'],
        V: ['X', 'D', 'C'],
        RE: ['X', 'L', 'M', 'H'],
        U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
    },
};
// Not given (X): threat and security requirements assume the worst, as the specification says.
const WORST_CASE = { E: 'A', CR: 'H', IR: 'H', AR: 'H' };
/** The value a metric takes for scoring: a modified (environmental) value wins over the base one. */
function effectiveValues(metrics) {
    return (name) => {
        const given = metrics.get(name) ?? 'X';
        if (given === 'X' && WORST_CASE[name])
            return WORST_CASE[name];
        const modified = metrics.get(`M${name}`);
        return modified !== undefined && modified !== 'X' ? modified : given;
    };
}
/** The six equivalence classes (section 8.2) of a vector. */
function macrovector(value) {
    const [av, pr, ui] = [value('AV'), value('PR'), value('UI')];
    const eq1 = av === 'N' && pr === 'N' && ui === 'N'
        ? 0
        : (av === 'N' || pr === 'N' || ui === 'N') && av !== 'P'
            ? 1
            : 2;
    const eq2 = value('AC') === 'L' && value('AT') === 'N' ? 0 : 1;
    const [vc, vi, va] = [value('VC'), value('VI'), value('VA')];
    const eq3 = vc === 'H' && vi === 'H' ? 0 : vc === 'H' || vi === 'H' || va === 'H' ? 1 : 2;
    const subsequentSafety = value('MSI') === 'S' || value('MSA') === 'S';
    const eq4 = subsequentSafety
        ? 0
        : value('SC') === 'H' || value('SI') === 'H' || value('SA') === 'H'
            ? 1
            : 2;
    const eq5 = { A: 0, P: 1, U: 2 }[value('E')];
    const eq6 = (value('CR') === 'H' && vc === 'H') ||
        (value('IR') === 'H' && vi === 'H') ||
        (value('AR') === 'H' && va === 'H')
        ? 0
        : 1;
    return [eq1, eq2, eq3, eq4, eq5, eq6];
}
const key = (classes) => classes.join('');
/** The score of the next lower macrovector along one class, undefined when there is none. */
function lowerScore(classes, index) {
    const lower = [...classes];
    lower[index] += 1;
    return MACROVECTOR_SCORES[key(lower)];
}
/** EQ3 and EQ6 step down together: 00 → 01 or 10 (the higher), 01 → 11, 10 → 11, 11 → 21, 21 → none. */
function lowerScoreEq3Eq6(classes) {
    const [eq3, eq6] = [classes[2], classes[5]];
    const stepped = (dEq3, dEq6) => {
        const lower = [...classes];
        lower[2] += dEq3;
        lower[5] += dEq6;
        return MACROVECTOR_SCORES[key(lower)];
    };
    if (eq3 === 0 && eq6 === 0)
        return Math.max(stepped(0, 1) ?? NaN, stepped(1, 0) ?? NaN);
    if (eq3 === 1 && eq6 === 0)
        return stepped(0, 1);
    if (eq6 === 1 && eq3 < 2)
        return stepped(1, 0);
    return stepped(1, 1);
}
const DISTANCE_METRICS = Object.keys(SEVERITY_LEVELS);
/**
 * Severity distances to the first highest-severity vector of the macrovector that the vector does
 * not exceed in any metric.
 */
function distancesToHighest(value, classes) {
    const [eq1, eq2, eq3, eq4, eq5, eq6] = classes;
    const candidates = [];
    for (const a of HIGHEST_SEVERITY_VECTORS.eq1[eq1])
        for (const b of HIGHEST_SEVERITY_VECTORS.eq2[eq2])
            for (const c of HIGHEST_SEVERITY_VECTORS.eq3eq6[eq3][eq6])
                for (const d of HIGHEST_SEVERITY_VECTORS.eq4[eq4])
                    for (const e of HIGHEST_SEVERITY_VECTORS.eq5[eq5])
                        candidates.push([a, b, c, d, e].join('/'));
    let distances = {};
    for (const candidate of candidates) {
        const highest = new Map(candidate.split('/').map((part) => part.split(':')));
        distances = Object.fromEntries(DISTANCE_METRICS.map((name) => [
            name,
            SEVERITY_LEVELS[name][value(name)] - SEVERITY_LEVELS[name][highest.get(name)],
        ]));
        if (Object.values(distances).every((distance) => distance >= 0))
            break;
    }
    return distances;
}
const STEP = 0.1;
/** Rounds half up to one decimal, nudged so float noise (1.4499999…) rounds as the exact value would. */
function roundToOneDecimal(value) {
    return Math.round((value + 1e-6) * 10) / 10;
}
/**
 * The CVSS v4.0 score of a "CVSS:4.0/…" vector (CVSS-B for base metrics only; threat and environmental
 * metrics, when given, apply as the specification's scoring does): the macrovector's score lowered by
 * the mean proportional distance of the vector from the macrovector's highest-severity vector.
 */
function cvss4Score(vector) {
    const value = effectiveValues(parseMetrics(vector, ['CVSS:4.0'], V4_METRICS));
    if (['VC', 'VI', 'VA', 'SC', 'SI', 'SA'].every((name) => value(name) === 'N'))
        return 0;
    const classes = macrovector(value);
    const [eq1, eq2, eq3, eq4, , eq6] = classes;
    const score = MACROVECTOR_SCORES[key(classes)];
    const distances = distancesToHighest(value, classes);
    const sum = (...names) => names.reduce((total, name) => total + distances[name], 0);
    // For each class with a lower macrovector: the score gap to it, times how far into the class the vector is.
    const steps = [
        { lower: lowerScore(classes, 0), distance: sum('AV', 'PR', 'UI'), depth: CLASS_DEPTH.eq1[eq1] },
        { lower: lowerScore(classes, 1), distance: sum('AC', 'AT'), depth: CLASS_DEPTH.eq2[eq2] },
        {
            lower: lowerScoreEq3Eq6(classes),
            distance: sum('VC', 'VI', 'VA', 'CR', 'IR', 'AR'),
            depth: CLASS_DEPTH.eq3eq6[eq3][eq6],
        },
        { lower: lowerScore(classes, 3), distance: sum('SC', 'SI', 'SA'), depth: CLASS_DEPTH.eq4[eq4] },
        // EQ5 has a single value per level: its proportion is always 0, but it counts in the mean.
        { lower: lowerScore(classes, 4), distance: 0, depth: 1 },
    ];
    let total = 0;
    let existing = 0;
    for (const { lower, distance, depth } of steps) {
        const available = score - (lower ?? NaN);
        if (Number.isNaN(available))
            continue;
        existing++;
        total += available * (distance / (depth * STEP));
    }
    const meanDistance = existing === 0 ? 0 : total / existing;
    return roundToOneDecimal(Math.max(0, Math.min(10, score - meanDistance)));
}

;// CONCATENATED MODULE: ./packages/cvss/src/rating.ts
function ratingOf(score) {
    if (score === 0)
        return 'none';
    if (score < 4)
        return 'low';
    if (score < 7)
        return 'medium';
    if (score < 9)
        return 'high';
    return 'critical';
}

;// CONCATENATED MODULE: ./packages/cvss/src/osv-severity.ts



const RANK = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };
// GitHub advisories' words (database_specific.severity); GitHub says MODERATE for medium.
const GHSA_WORDS = {
    LOW: 'low',
    MODERATE: 'medium',
    MEDIUM: 'medium',
    HIGH: 'high',
    CRITICAL: 'critical',
};
// Ubuntu priorities (severity type "Ubuntu").
const UBUNTU_PRIORITIES = {
    negligible: 'low',
    low: 'low',
    medium: 'medium',
    high: 'high',
    critical: 'critical',
};
// Debian security tracker urgencies; "unimportant" still is a vulnerability, the lowest kind.
const DEBIAN_URGENCIES = {
    unimportant: 'low',
    low: 'low',
    medium: 'medium',
    high: 'high',
};
/**
 * The highest severity an OSV record states: CVSS v3 and v4 vectors (scored here), GHSA's
 * database_specific.severity and Ubuntu priorities; Debian's urgency only when nothing else is given.
 * `affectedIndexes` limits the per-package severities to the entries that matched (default: all).
 */
function highestSeverity(record, affectedIndexes) {
    const notes = [];
    const affected = (record.affected ?? []).filter((_, index) => !affectedIndexes || affectedIndexes.includes(index));
    const entries = [...(record.severity ?? []), ...affected.flatMap((entry) => entry.severity ?? [])];
    const candidates = entries.flatMap((entry) => fromSeverityEntry(entry, notes));
    const ghsa = record.database_specific?.severity;
    if (typeof ghsa === 'string') {
        const level = GHSA_WORDS[ghsa.toUpperCase()];
        if (level)
            candidates.push({ level, source: 'GHSA' });
        else
            notes.push(`database_specific.severity ${JSON.stringify(ghsa)} is not a known severity word`);
    }
    if (candidates.length === 0) {
        const urgencies = [
            record.database_specific?.urgency,
            ...affected.flatMap((entry) => [entry.ecosystem_specific?.urgency, entry.database_specific?.urgency]),
        ];
        for (const urgency of urgencies) {
            if (typeof urgency !== 'string')
                continue;
            const level = DEBIAN_URGENCIES[urgency.replace(/\*+$/, '').trim().toLowerCase()];
            if (level)
                candidates.push({ level, source: 'Debian urgency' });
            else
                notes.push(`Debian urgency ${JSON.stringify(urgency)} says nothing about severity`);
        }
    }
    if (candidates.length === 0)
        return { level: 'unknown', notes };
    const highest = candidates.reduce((best, candidate) => RANK[candidate.level] > RANK[best.level] ? candidate : best);
    return { ...highest, notes };
}
function fromSeverityEntry(entry, notes) {
    try {
        if (entry.type === 'CVSS_V3') {
            const score = cvss3BaseScore(entry.score);
            return [{ level: ratingOf(score), source: 'CVSS_V3', score, vector: entry.score }];
        }
        if (entry.type === 'CVSS_V4') {
            const score = cvss4Score(entry.score);
            return [{ level: ratingOf(score), source: 'CVSS_V4', score, vector: entry.score }];
        }
        if (entry.type === 'Ubuntu') {
            const level = UBUNTU_PRIORITIES[entry.score.toLowerCase()];
            if (level)
                return [{ level, source: 'Ubuntu' }];
            notes.push(`Ubuntu priority ${JSON.stringify(entry.score)} is not known`);
            return [];
        }
        notes.push(`severity type ${JSON.stringify(entry.type)} is not read (CVSS_V3, CVSS_V4 and Ubuntu are)`);
    }
    catch (error) {
        notes.push(`${entry.type} skipped: ${error.message}`);
    }
    return [];
}

;// CONCATENATED MODULE: ./packages/cvss/src/index.ts






;// CONCATENATED MODULE: ./packages/osv-data/src/record-check.ts
/** A record that breaks the OSV schema where a scanner depends on it; names the record and the field. */
class OsvRecordError extends Error {
    recordId;
    field;
    problem;
    origin;
    name = 'OsvRecordError';
    constructor(recordId, field, problem, origin) {
        super(`OSV record ${recordId} from ${origin}: ${field} ${problem}`);
        this.recordId = recordId;
        this.field = field;
        this.problem = problem;
        this.origin = origin;
    }
}
const RANGE_TYPES = new Set(['ECOSYSTEM', 'SEMVER', 'GIT']);
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'];
// RFC 3339 as OSV writes it: a date, `T`, a time, optional fraction, `Z` or an offset.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
/**
 * The record, checked where matching relies on it: id, modified, the dates, every affected
 * package's ecosystem and name, every range's type and events (exactly one key each, strings,
 * GIT ranges with a repo), versions and severities. Anything else passes untouched, so a record
 * from a newer schema still reads. Throws OsvRecordError naming the record and the field.
 */
function checkRecord(value, origin) {
    if (!isObject(value))
        throw new OsvRecordError('(unknown)', 'the record', 'is not a JSON object', origin);
    const id = typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
    if (!id)
        throw new OsvRecordError('(unknown)', 'id', 'is missing or not a string', origin);
    const fail = (field, problem) => {
        throw new OsvRecordError(id, field, problem, origin);
    };
    for (const field of ['modified', 'published', 'withdrawn']) {
        const date = value[field];
        if (date === undefined && field !== 'modified')
            continue;
        if (typeof date !== 'string' || !RFC3339.test(date))
            fail(field, 'is not an RFC 3339 time');
    }
    for (const field of ['aliases', 'related', 'upstream'])
        if (value[field] !== undefined && !isStringArray(value[field]))
            fail(field, 'is not a list of strings');
    checkSeverities(value.severity, 'severity', fail);
    if (value.affected !== undefined) {
        if (!Array.isArray(value.affected))
            fail('affected', 'is not a list');
        value.affected.forEach((affected, index) => checkAffected(affected, `affected[${index}]`, fail));
    }
    return value;
}
function checkSeverities(severity, field, fail) {
    if (severity === undefined)
        return;
    if (!Array.isArray(severity))
        fail(field, 'is not a list');
    severity.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry.type !== 'string' || typeof entry.score !== 'string')
            fail(`${field}[${index}]`, 'needs string `type` and `score`');
    });
}
function checkAffected(value, field, fail) {
    if (!isObject(value))
        fail(field, 'is not an object');
    const affected = value;
    if (affected.package !== undefined) {
        const pkg = affected.package;
        if (!isObject(pkg) || typeof pkg.ecosystem !== 'string' || typeof pkg.name !== 'string')
            fail(`${field}.package`, 'needs string `ecosystem` and `name`');
    }
    if (affected.versions !== undefined && !isStringArray(affected.versions))
        fail(`${field}.versions`, 'is not a list of strings');
    checkSeverities(affected.severity, `${field}.severity`, fail);
    if (affected.ranges === undefined)
        return;
    if (!Array.isArray(affected.ranges))
        fail(`${field}.ranges`, 'is not a list');
    affected.ranges.forEach((range, index) => {
        const at = `${field}.ranges[${index}]`;
        if (!isObject(range))
            fail(at, 'is not an object');
        const { type, repo, events } = range;
        if (typeof type !== 'string' || !RANGE_TYPES.has(type))
            fail(`${at}.type`, `is not one of ECOSYSTEM, SEMVER, GIT`);
        if (type === 'GIT' && typeof repo !== 'string')
            fail(`${at}.repo`, 'is required for a GIT range');
        if (!Array.isArray(events) || events.length === 0)
            fail(`${at}.events`, 'is not a non-empty list');
        events.forEach((event, eventIndex) => checkEvent(event, `${at}.events[${eventIndex}]`, fail));
    });
}
function checkEvent(value, field, fail) {
    if (!isObject(value))
        fail(field, 'is not an object');
    const keys = EVENT_KEYS.filter((key) => value[key] !== undefined);
    if (keys.length !== 1)
        fail(field, `needs exactly one of introduced, fixed, last_affected, limit (has ${keys.length})`);
    const key = keys[0];
    if (typeof value[key] !== 'string')
        fail(`${field}.${key}`, 'is not a string');
}

;// CONCATENATED MODULE: ./packages/osv-data/src/packages.ts
/** The key OSV matches on: many binary packages of one source share it. */
const queryKey = (ref) => `${ref.ecosystem}\u0000${ref.name}\u0000${ref.version}`;

;// CONCATENATED MODULE: ./packages/osv-data/src/ecosystems.ts
const DEBIAN_CODENAMES = {
    buster: '10',
    bullseye: '11',
    bookworm: '12',
    trixie: '13',
    forky: '14',
};
/** PyPI names compare after PEP 503 normalisation: lower case, runs of `-`, `_`, `.` as one `-`. */
const normalizePypiName = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
/** `debian-12.5`, `debian-bookworm` or the document's OS → `12`. */
function debianMajor(purl, hints) {
    const distro = purl.qualifiers.distro ?? (hints.os?.id === 'debian' ? `debian-${hints.os.versionId ?? ''}` : '');
    const release = distro.replace(/^debian-/, '');
    return DEBIAN_CODENAMES[release] ?? /^(\d+)/.exec(release)?.[1];
}
/** `alpine-3.19.1` or the document's OS → `v3.19`. */
function alpineBranch(purl, hints) {
    const distro = purl.qualifiers.distro ?? (hints.os?.id === 'alpine' ? `alpine-${hints.os.versionId ?? ''}` : '');
    const match = /^(?:alpine-)?v?(\d+)\.(\d+)/.exec(distro);
    return match ? `v${match[1]}.${match[2]}` : undefined;
}
/**
 * The source package of an OS package: the hints (the SBOM's source fields), else the purl's
 * `upstream` qualifier (syft writes `name` or `name@version`), else the binary itself.
 */
function sourceOf(purl, version, hints) {
    const upstream = purl.qualifiers.upstream;
    const [upstreamName, upstreamVersion] = upstream ? upstream.split('@') : [];
    return {
        name: hints.source?.name || upstreamName || purl.name,
        version: hints.source?.version || upstreamVersion || version,
    };
}
/** The distributions whose advisories OSV carries, per OS purl type. */
const DISTRIBUTIONS = {
    deb: { namespace: 'debian', label: 'Debian', release: debianMajor },
    apk: { namespace: 'alpine', label: 'Alpine', release: alpineBranch },
};
/** A Debian or Alpine package as OSV names it: `Debian:12` / `Alpine:v3.19` and the source package. */
function osPackage(purl, version, hints) {
    const distribution = DISTRIBUTIONS[purl.type];
    if (purl.namespace && purl.namespace !== distribution.namespace)
        return {
            reason: `${purl.type} packages of ${purl.namespace} are not in an ecosystem this scanner reads (${distribution.label} only)`,
        };
    const release = distribution.release(purl, hints);
    if (!release)
        return {
            reason: `no ${distribution.label} release: the purl has no distro qualifier and the SBOM names no OS`,
        };
    // trivy moves a dpkg epoch out of the version into an `epoch` qualifier; OSV wants it back.
    const epoch = purl.qualifiers.epoch;
    const source = sourceOf(purl, epoch && epoch !== '0' ? `${epoch}:${version}` : version, hints);
    return { ecosystem: `${distribution.label}:${release}`, name: source.name, version: source.version };
}
/**
 * The OSV package a purl names, or why it cannot be looked up. OS packages are keyed by their
 * source package and its version, because Debian's and Alpine's advisories name sources.
 */
function osvPackageFor(purl, hints = {}) {
    const version = purl.version;
    if (!version)
        return { reason: 'the purl has no version' };
    switch (purl.type) {
        case 'deb':
        case 'apk':
            return osPackage(purl, version, hints);
        case 'npm':
            return {
                ecosystem: 'npm',
                name: purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name,
                version,
            };
        case 'pypi':
            return { ecosystem: 'PyPI', name: normalizePypiName(purl.name), version };
        case 'golang': {
            const name = purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name;
            // OSV's Go versions carry no `v` (and the standard library's no `go`).
            return { ecosystem: 'Go', name, version: version.replace(name === 'stdlib' ? /^go/ : /^v/, '') };
        }
        case 'maven':
            if (!purl.namespace)
                return { reason: 'a Maven purl needs a namespace (the group id)' };
            return { ecosystem: 'Maven', name: `${purl.namespace}:${purl.name}`, version };
        case 'cargo':
            return { ecosystem: 'crates.io', name: purl.name, version };
        case 'gem':
            return { ecosystem: 'RubyGems', name: purl.name, version };
        default:
            return { reason: `purl type ${purl.type} has no OSV ecosystem this scanner reads` };
    }
}

;// CONCATENATED MODULE: ./packages/osv-data/src/purl-parse.ts
const decode = (text) => {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
};
/** `pkg:type/namespace/name@version?qualifiers#subpath`; undefined when the text is not a purl. */
function parsePurl(text) {
    if (!text.startsWith('pkg:'))
        return undefined;
    let rest = text.slice(4).replace(/^\/+/, '');
    let subpath;
    const hash = rest.indexOf('#');
    if (hash !== -1) {
        subpath = rest.slice(hash + 1);
        rest = rest.slice(0, hash);
    }
    const qualifiers = {};
    const question = rest.indexOf('?');
    if (question !== -1) {
        for (const pair of rest.slice(question + 1).split('&')) {
            const equals = pair.indexOf('=');
            if (equals > 0)
                qualifiers[pair.slice(0, equals).toLowerCase()] = decode(pair.slice(equals + 1));
        }
        rest = rest.slice(0, question);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        return undefined;
    const type = rest.slice(0, slash).toLowerCase();
    let path = rest.slice(slash + 1).replace(/\/+$/, '');
    let version;
    // The version follows the last `@` (an encoded scope `%40` is not one).
    const at = path.lastIndexOf('@');
    if (at !== -1) {
        version = decode(path.slice(at + 1));
        path = path.slice(0, at);
    }
    const segments = path.split('/').filter(Boolean).map(decode);
    const name = segments.pop();
    if (!name)
        return undefined;
    return {
        type,
        ...(segments.length > 0 ? { namespace: segments.join('/') } : {}),
        name,
        ...(version ? { version } : {}),
        qualifiers,
        ...(subpath ? { subpath } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/osv-data/src/sbom-packages.ts



const sbom_packages_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const sbom_packages_text = (value) => typeof value === 'string' && value !== '' ? value : undefined;
/**
 * The packages of a CycloneDX or SPDX JSON document, named as OSV names them. Works with what
 * packages/sbom writes (source fields as properties or SPDX sourceInfo) and with purl-based
 * documents of other tools (trivy's SrcName/SrcVersion properties, syft's `upstream` qualifier).
 * Anything without a purl, or of a type OSV is not asked about, is listed in notScanned.
 */
function sbomPackages(content, file, input = 'sbom') {
    let document;
    try {
        document = JSON.parse(content);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Input "${input}": ${file} is not JSON (${error.message}); give a CycloneDX or SPDX JSON SBOM.`, input);
    }
    if (sbom_packages_isObject(document) && document.bomFormat === 'CycloneDX')
        return mapEntries(cycloneDx(document), file);
    if (sbom_packages_isObject(document) &&
        typeof document.spdxVersion === 'string' &&
        document.spdxVersion.startsWith('SPDX-'))
        return mapEntries(spdx(document), file);
    throw new src/* ConfigurationError */.j1(`Input "${input}": ${file} is neither CycloneDX JSON (bomFormat "CycloneDX") nor SPDX JSON (spdxVersion "SPDX-2.x"); give an SBOM in one of them.`, input);
}
function mapEntries({ entries, os }, file) {
    const packages = [];
    const notScanned = [];
    const location = { file };
    for (const entry of entries) {
        const parsed = entry.purl ? parsePurl(entry.purl) : undefined;
        if (!parsed) {
            notScanned.push({
                subject: entry.label,
                reason: entry.purl ? 'its purl does not parse' : 'it has no purl',
                location,
            });
            continue;
        }
        const mapped = osvPackageFor(parsed, {
            ...(entry.source ? { source: entry.source } : {}),
            ...(os ? { os } : {}),
        });
        if ('reason' in mapped) {
            notScanned.push({ subject: entry.purl ?? entry.label, reason: mapped.reason, location });
            continue;
        }
        packages.push({
            ...mapped,
            installed: { name: parsed.name, version: parsed.version ?? '', purl: entry.purl },
            location,
        });
    }
    return { packages, notScanned };
}
/** CycloneDX: components at any depth; the operating-system component gives the release. */
function cycloneDx(document) {
    const entries = [];
    let os;
    const visit = (components) => {
        if (!Array.isArray(components))
            return;
        for (const component of components) {
            if (!sbom_packages_isObject(component))
                continue;
            if (component.type === 'operating-system') {
                const id = sbom_packages_text(component.name);
                if (id)
                    os = { id, ...(sbom_packages_text(component.version) ? { versionId: sbom_packages_text(component.version) } : {}) };
            }
            else {
                const purl = sbom_packages_text(component.purl);
                entries.push({
                    label: purl ?? `${sbom_packages_text(component.name) ?? '(unnamed)'}@${sbom_packages_text(component.version) ?? ''}`,
                    ...(purl ? { purl } : {}),
                    ...sourceFromProperties(component.properties),
                });
            }
            visit(component.components);
        }
    };
    visit(document.components);
    return { entries, ...(os ? { os } : {}) };
}
/** shipchain's `shipchain:sbom:source-*` properties, or trivy's `aquasecurity:trivy:Src*` ones. */
function sourceFromProperties(properties) {
    if (!Array.isArray(properties))
        return {};
    const values = new Map();
    for (const property of properties)
        if (sbom_packages_isObject(property) && typeof property.name === 'string' && typeof property.value === 'string')
            values.set(property.name, property.value);
    const name = values.get('shipchain:sbom:source-name') ?? values.get('aquasecurity:trivy:SrcName');
    let version = values.get('shipchain:sbom:source-version');
    const trivyVersion = values.get('aquasecurity:trivy:SrcVersion');
    if (!version && trivyVersion) {
        // trivy splits a Debian version into epoch, upstream version and release.
        const epoch = values.get('aquasecurity:trivy:SrcEpoch');
        const release = values.get('aquasecurity:trivy:SrcRelease');
        version = `${epoch && epoch !== '0' ? `${epoch}:` : ''}${trivyVersion}${release ? `-${release}` : ''}`;
    }
    return name || version ? { source: { ...(name ? { name } : {}), ...(version ? { version } : {}) } } : {};
}
/** SPDX: every package but the described subject and the OS; sourceInfo as packages/sbom writes it. */
function spdx(document) {
    const described = new Set(Array.isArray(document.documentDescribes) ? document.documentDescribes : []);
    if (Array.isArray(document.relationships))
        for (const relationship of document.relationships)
            if (sbom_packages_isObject(relationship) && relationship.relationshipType === 'DESCRIBES')
                described.add(relationship.relatedSpdxElement);
    const entries = [];
    let os;
    for (const pkg of Array.isArray(document.packages) ? document.packages : []) {
        if (!sbom_packages_isObject(pkg) || described.has(pkg.SPDXID))
            continue;
        if (pkg.primaryPackagePurpose === 'OPERATING-SYSTEM') {
            const id = sbom_packages_text(pkg.name);
            if (id)
                os = { id, ...(sbom_packages_text(pkg.versionInfo) ? { versionId: sbom_packages_text(pkg.versionInfo) } : {}) };
            continue;
        }
        const purl = (Array.isArray(pkg.externalRefs) ? pkg.externalRefs : [])
            .filter(sbom_packages_isObject)
            .find((ref) => ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string')
            ?.referenceLocator;
        const source = /^built from source package (\S+) (\S+)$/.exec(sbom_packages_text(pkg.sourceInfo) ?? '');
        entries.push({
            label: purl ?? `${sbom_packages_text(pkg.name) ?? '(unnamed)'}@${sbom_packages_text(pkg.versionInfo) ?? ''}`,
            ...(purl ? { purl } : {}),
            ...(source ? { source: { name: source[1], version: source[2] } } : {}),
        });
    }
    return { entries, ...(os ? { os } : {}) };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/osv-data/src/lockfiles/lockfile-result.ts
/** 1-based line of a character offset. */
function lineAt(content, offset) {
    let line = 1;
    for (let index = content.indexOf('\n'); index !== -1 && index < offset; index = content.indexOf('\n', index + 1))
        line += 1;
    return line;
}
/** A package found in a lockfile, named as OSV names it, with its file and line. */
function lockfilePackage(ecosystem, name, version, file, line, installedName = name) {
    return { ecosystem, name, version, installed: { name: installedName, version }, location: { file, line } };
}

;// CONCATENATED MODULE: ./packages/osv-data/src/lockfiles/go-modules.ts

/** OSV's Go versions have no leading `v`. */
const osvGoVersion = (version) => version.replace(/^v/, '');
const stripComment = (line) => {
    const slash = line.indexOf('//');
    return slash === -1
        ? { text: line.trim(), indirect: false }
        : { text: line.slice(0, slash).trim(), indirect: /\bindirect\b/.test(line.slice(slash)) };
};
/** Module paths may be quoted in go.mod. */
const unquote = (text) => text.replace(/^"(.*)"$/, '$1');
/**
 * go.mod: every `require` (single line or block; `// indirect` ones too: since Go 1.17 go.mod
 * lists the whole build list), with `replace` directives applied (a module replaced by a local
 * directory is not scanned), and the standard library at the `toolchain` or `go` version.
 */
function goModPackages(content, file) {
    const requires = [];
    const replaces = new Map();
    let goVersion;
    let block;
    content.split('\n').forEach((raw, index) => {
        const { text } = stripComment(raw);
        if (text === '')
            return;
        if (block && text === ')') {
            block = undefined;
            return;
        }
        const opening = /^(require|replace|exclude|retract)\s*\($/.exec(text);
        if (opening) {
            block = opening[1];
            return;
        }
        const directive = block ? `${block} ${text}` : text;
        const words = directive.split(/\s+/);
        const line = index + 1;
        if (words[0] === 'go' || words[0] === 'toolchain') {
            const version = (words[1] ?? '').replace(/^go/, '');
            if (version && (words[0] === 'toolchain' || !goVersion))
                goVersion = { version, line };
        }
        else if (words[0] === 'require' && words[1] && words[2]) {
            requires.push({ path: unquote(words[1]), version: words[2], line });
        }
        else if (words[0] === 'replace') {
            const arrow = words.indexOf('=>');
            const from = words[1];
            const to = words[arrow + 1];
            if (arrow > 0 && from && to)
                replaces.set(unquote(from), {
                    path: unquote(to),
                    ...(words[arrow + 2] ? { version: words[arrow + 2] } : {}),
                    line,
                });
        }
    });
    const result = { packages: [], notScanned: [] };
    for (const required of requires) {
        const replacement = replaces.get(required.path);
        if (replacement && !replacement.version) {
            result.notScanned.push({
                subject: `${required.path}@${required.version}`,
                reason: `replaced by the local directory ${replacement.path}`,
                location: { file, line: replacement.line },
            });
            continue;
        }
        const path = replacement?.path ?? required.path;
        const version = replacement?.version ?? required.version;
        result.packages.push(lockfilePackage('Go', path, osvGoVersion(version), file, replacement?.line ?? required.line));
    }
    if (goVersion)
        result.packages.push(lockfilePackage('Go', 'stdlib', goVersion.version, file, goVersion.line));
    return result;
}
/**
 * go.sum, for a checkout without go.mod beside it: each module version with a content hash
 * (`path version h1:…`); `path version/go.mod` lines only hash a module's go.mod, which the
 * build may never have used, so they are not packages.
 */
function goSumPackages(content, file) {
    const seen = new Set();
    const packages = content.split('\n').flatMap((line, index) => {
        const [path, version] = line.trim().split(/\s+/);
        if (!path || !version || version.endsWith('/go.mod') || seen.has(`${path}@${version}`))
            return [];
        seen.add(`${path}@${version}`);
        return [lockfilePackage('Go', path, osvGoVersion(version), file, index + 1)];
    });
    return { packages, notScanned: [] };
}

;// CONCATENATED MODULE: ./packages/sbom/src/file-tree.ts

/** `./usr/lib/` and `/usr/lib` both become `usr/lib`: one spelling per path. */
function normalizePath(path) {
    const normalized = external_node_path_.posix.normalize(`/${path}`).replace(/\/+$/, '');
    return normalized.slice(1);
}
const MAX_LINK_HOPS = 40;
/**
 * The files catalogers read, whatever they came from (image layers or a directory). Paths are
 * relative to the root, `/`-separated; symbolic links are resolved inside the tree only, an
 * absolute target meaning the tree's root, as it would inside the container.
 */
class file_tree_FileTree {
    nodes = new Map();
    /** How many kept paths lie under each directory, so a whiteout checks only where it matters. */
    directories = new Map();
    set(path, node) {
        const key = normalizePath(path);
        if (!this.nodes.has(key))
            this.countParents(key, 1);
        this.nodes.set(key, node);
    }
    delete(path, keep = () => false) {
        const key = normalizePath(path);
        const node = this.nodes.get(key);
        if (node && !keep(node)) {
            this.nodes.delete(key);
            this.countParents(key, -1);
        }
    }
    /** Remove everything below `directory` (not the directory itself) except what `keep` spares. */
    deleteBelow(directory, keep = () => false) {
        const key = normalizePath(directory);
        if (key !== '' && !this.directories.has(key))
            return;
        const prefix = key === '' ? '' : `${key}/`;
        for (const [path, node] of [...this.nodes])
            if (path.startsWith(prefix) && !keep(node))
                this.delete(path);
    }
    get(path) {
        return this.nodes.get(normalizePath(path));
    }
    paths() {
        return [...this.nodes.keys()].sort();
    }
    get size() {
        return this.nodes.size;
    }
    /** The file at `path` after following links inside the tree, with the layer its bytes came from. */
    resolve(path) {
        let current = normalizePath(path);
        for (let hop = 0; hop < MAX_LINK_HOPS; hop += 1) {
            const node = this.nodes.get(current);
            if (!node)
                return undefined;
            if (node.kind === 'file')
                return { path: current, data: node.data, ...(node.layer ? { layer: node.layer } : {}) };
            current = node.target.startsWith('/')
                ? normalizePath(node.target)
                : normalizePath(external_node_path_.posix.join(external_node_path_.posix.dirname(`/${current}`), node.target));
        }
        return undefined;
    }
    read(path) {
        return this.resolve(path)?.data;
    }
    countParents(path, delta) {
        for (let parent = external_node_path_.posix.dirname(path); parent !== '.' && parent !== '/'; parent = external_node_path_.posix.dirname(parent)) {
            const count = (this.directories.get(parent) ?? 0) + delta;
            if (count > 0)
                this.directories.set(parent, count);
            else
                this.directories.delete(parent);
        }
    }
}

;// CONCATENATED MODULE: ./packages/sbom/src/image/tar-reader.ts
/** Thrown for bytes that are not a tar archive; `where` names the archive (a layer digest). */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const BLOCK = 512;
const tar_reader_text = (block, offset, length) => {
    const field = block.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? length : end).toString('utf8');
};
/** Octal, or GNU's base-256 (high bit set) for sizes of 8 GiB and more. */
const numeric = (block, offset, length) => {
    const field = block.subarray(offset, offset + length);
    if ((field[0] ?? 0) & 0x80) {
        let value = (field[0] ?? 0) & 0x7f;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        return value;
    }
    const digits = tar_reader_text(block, offset, length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
};
const checksumMatches = (block) => {
    let sum = 0;
    for (let index = 0; index < BLOCK; index += 1)
        sum += index >= 148 && index < 156 ? 0x20 : (block[index] ?? 0);
    return sum === numeric(block, 148, 8);
};
/** `len key=value\n` records; only the keys that change a member's identity are kept. */
function paxRecords(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        if (space === -1)
            break;
        const length = parseInt(data.subarray(offset, space).toString('ascii'), 10);
        if (!Number.isFinite(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals !== -1)
            records.set(record.slice(0, equals), record.slice(equals + 1));
        offset += length;
    }
    return records;
}
const TYPES = {
    '0': 'file',
    '\0': 'file',
    '': 'file',
    '7': 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink',
};
/** Metadata members: their bytes are collected (they are small) and change the next member. */
const META = new Set(['x', 'g', 'L', 'K']);
const META_LIMIT = 1024 * 1024;
/**
 * Read a tar stream member by member without holding it: `visit` sees each member's header and
 * returns a sink for the bytes it wants, or undefined to let them pass. Understands ustar
 * prefixes, pax extended headers (path, linkpath, size) and GNU long names and link names.
 */
async function readTar(source, visit) {
    let header = Buffer.alloc(0);
    let remaining = 0; // bytes of the current member still to come
    let padding = 0; // zero bytes after it, up to the next block
    let sink;
    let meta;
    let pending = {};
    let ended = false;
    const startMember = (block) => {
        if (block.every((byte) => byte === 0)) {
            ended = true;
            return;
        }
        if (!checksumMatches(block))
            throw new TarFormatError('a header block has a wrong checksum');
        const typeflag = String.fromCharCode(block[156] ?? 0);
        const size = pending.size ?? numeric(block, 124, 12);
        if (META.has(typeflag)) {
            if (size > META_LIMIT)
                throw new TarFormatError(`a ${typeflag} header of ${size} bytes is too large`);
            meta = { type: typeflag, chunks: [], size };
            remaining = size;
            padding = (BLOCK - (size % BLOCK)) % BLOCK;
            if (remaining === 0)
                finishMember();
            return;
        }
        const ustar = tar_reader_text(block, 257, 5) === 'ustar';
        const prefix = ustar ? tar_reader_text(block, 345, 155) : '';
        const name = tar_reader_text(block, 0, 100);
        const entry = {
            path: pending.path ?? (prefix ? `${prefix}/${name}` : name),
            type: TYPES[typeflag] ?? 'other',
            size,
            linkTarget: pending.linkTarget ?? tar_reader_text(block, 157, 100),
            mode: numeric(block, 100, 8),
        };
        pending = {};
        // Only regular files carry data (a hard link's size is 0 in well-formed archives).
        remaining = entry.type === 'file' ? size : 0;
        padding = (BLOCK - (remaining % BLOCK)) % BLOCK;
        sink = visit(entry);
        if (remaining === 0)
            finishMember();
    };
    const finishMember = () => {
        if (meta) {
            const data = Buffer.concat(meta.chunks);
            if (meta.type === 'L')
                pending.path = tar_reader_text(data, 0, data.length);
            else if (meta.type === 'K')
                pending.linkTarget = tar_reader_text(data, 0, data.length);
            else if (meta.type === 'x') {
                const records = paxRecords(data);
                const path = records.get('path');
                const linkpath = records.get('linkpath');
                const size = records.get('size');
                if (path !== undefined)
                    pending.path = path;
                if (linkpath !== undefined)
                    pending.linkTarget = linkpath;
                if (size !== undefined)
                    pending.size = Number(size);
            }
            meta = undefined;
        }
        else {
            sink?.end();
            sink = undefined;
        }
    };
    for await (const input of source) {
        let chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
        while (chunk.length > 0 && !ended) {
            if (remaining > 0) {
                const part = chunk.subarray(0, Math.min(remaining, chunk.length));
                if (meta)
                    meta.chunks.push(Buffer.from(part));
                else
                    sink?.write(part);
                remaining -= part.length;
                chunk = chunk.subarray(part.length);
                if (remaining === 0)
                    finishMember();
            }
            else if (padding > 0) {
                const skipped = Math.min(padding, chunk.length);
                padding -= skipped;
                chunk = chunk.subarray(skipped);
            }
            else {
                const needed = BLOCK - header.length;
                header = Buffer.concat([header, chunk.subarray(0, needed)]);
                chunk = chunk.subarray(needed);
                if (header.length === BLOCK) {
                    const block = header;
                    header = Buffer.alloc(0);
                    startMember(block);
                }
            }
        }
    }
    if (!ended && (remaining > 0 || header.length > 0 || meta))
        throw new TarFormatError('the archive ends in the middle of a member');
}

;// CONCATENATED MODULE: ./packages/sbom/src/image/overlay.ts


const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/**
 * Apply one layer's tar members onto the tree the lower layers made, as an overlay filesystem
 * would: a `.wh.name` member deletes `name` (and what was below it) from lower layers, a
 * `.wh..wh..opq` member empties its directory of lower layers' files, and any member replaces
 * what a lower layer had at its path. Only wanted paths keep their bytes.
 */
class LayerApplier {
    tree;
    wanted;
    layer;
    sniff;
    constructor(tree, wanted, layer, 
    /** For executables no path rule wants: keeps what it finds in their bytes (Go build info). */
    sniff) {
        this.tree = tree;
        this.wanted = wanted;
        this.layer = layer;
        this.sniff = sniff;
    }
    /** Files this layer itself added survive its own whiteouts, whatever order the tar lists them in. */
    fromThisLayer = (node) => node.layer === this.layer;
    visit(entry) {
        const path = normalizePath(entry.path);
        const base = external_node_path_.posix.basename(path);
        const directory = external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path);
        if (base === OPAQUE) {
            this.tree.deleteBelow(directory, this.fromThisLayer);
            return undefined;
        }
        if (base.startsWith(WHITEOUT)) {
            const hidden = external_node_path_.posix.join(directory, base.slice(WHITEOUT.length));
            this.tree.delete(hidden, this.fromThisLayer);
            this.tree.deleteBelow(hidden, this.fromThisLayer);
            return undefined;
        }
        if (entry.type === 'directory')
            return undefined;
        // A file, link or device here hides whatever a lower layer had at this path or below it.
        this.tree.delete(path);
        this.tree.deleteBelow(path);
        if (!this.wanted(path)) {
            if (!this.sniff || entry.type !== 'file' || (entry.mode & 0o111) === 0 || entry.size === 0)
                return undefined;
            return this.sniff((data) => this.tree.set(path, { kind: 'file', data, layer: this.layer }));
        }
        if (entry.type === 'symlink') {
            this.tree.set(path, { kind: 'symlink', target: entry.linkTarget, layer: this.layer });
            return undefined;
        }
        if (entry.type === 'hardlink') {
            const target = this.tree.get(entry.linkTarget);
            if (target)
                this.tree.set(path, target);
            return undefined;
        }
        if (entry.type !== 'file')
            return undefined;
        const chunks = [];
        return {
            write: (chunk) => chunks.push(Buffer.from(chunk)),
            end: () => this.tree.set(path, { kind: 'file', data: Buffer.concat(chunks), layer: this.layer }),
        };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/sbom/src/image/layer-stream.ts



/** A layer that cannot be read as it is: its digest, and why; names the layer so the fix is findable. */
class LayerError extends Error {
    layer;
    name = 'LayerError';
    constructor(message, layer) {
        super(message);
        this.layer = layer;
    }
}
/** The compression a layer media type says, for OCI and Docker layer types alike. */
function compressionOf(mediaType, layer) {
    if (/tar\+gzip$|tar\.gzip$|rootfs\.diff\.tar\.gzip$/.test(mediaType))
        return 'gzip';
    if (/tar\+zstd$/.test(mediaType))
        return 'zstd';
    if (/\.tar$|layer\.v1\.tar$/.test(mediaType) || mediaType.endsWith('.diff.tar'))
        return 'none';
    throw new LayerError(`Layer ${layer} has media type ${mediaType}, which is not a tar layer (gzip, zstd or uncompressed) this action reads.`, layer);
}
/**
 * Pass `source` through while hashing it; at the end the sha256 must be `digest`, else the layer
 * is refused naming it (a registry or proxy served other bytes).
 */
async function* verifiedDigest(source, digest) {
    const [algorithm, expected] = digest.split(':');
    if (algorithm !== 'sha256' || !expected)
        throw new LayerError(`Layer ${digest} is not named by a sha256 digest, so it cannot be checked.`, digest);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
    }
    const actual = hash.digest('hex');
    if (actual !== expected)
        throw new LayerError(`Layer ${digest} does not match its digest: the registry served bytes whose sha256 is ${actual}. The image or a proxy in between is corrupt; push the image again.`, digest);
}
/** zstd streams need Node's zlib zstd (Node 22.15 and 23.8 on); older Nodes are named, not guessed at. */
function zstdDecompressor(layer) {
    const create = external_node_zlib_.createZstdDecompress;
    if (!create)
        throw new LayerError(`Layer ${layer} is zstd-compressed and this Node (${process.version}) has no zstd in node:zlib; run the action on Node 24.`, layer);
    return create();
}
/** The layer's uncompressed tar bytes, decompressed as they stream; a corrupt stream names the layer. */
async function* decompressed(source, compression, layer) {
    if (compression === 'none') {
        yield* source;
        return;
    }
    const decompressor = compression === 'gzip' ? external_node_zlib_.createGunzip() : zstdDecompressor(layer);
    const input = external_node_stream_.Readable.from(source, { objectMode: false });
    input.on('error', (error) => decompressor.destroy(error));
    input.pipe(decompressor);
    try {
        for await (const chunk of decompressor)
            yield chunk;
    }
    catch (error) {
        if (error instanceof LayerError)
            throw error;
        throw new LayerError(`Layer ${layer} could not be decompressed as ${compression} (${error.message}).`, layer);
    }
    finally {
        input.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/oci-client/src/errors.ts
class RegistryError extends Error {
    kind;
    status;
    cause;
    name = 'RegistryError';
    constructor(message, kind, 
    /** HTTP status, when the registry answered; transient ones (429, 5xx) are retried. */
    status, cause) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.cause = cause;
    }
}
const HINTS = {
    auth: 'the registry did not accept the credentials: log in first (cloud-login with registry-login, or docker/login-action) so a Docker config holds them',
    denied: 'the credentials are valid but may not do this: check the token has push (write:packages) rights to this repository',
    'not-found': 'the repository or manifest does not exist',
    quota: 'the registry refused the data as too large or over quota: free space or raise the quota',
    network: 'the registry could not be reached: check the host name, port and network',
    server: 'the registry failed on its side: try again later',
    protocol: 'the registry answered in a way the distribution API does not allow',
};
function failureHint(kind) {
    return HINTS[kind];
}
/** The kind of failure an HTTP status (and the body's error codes) means; `undefined` for success. */
function failureForStatus(status, errorCodes = []) {
    if (status < 400)
        return undefined;
    if (status === 413 || errorCodes.some((code) => code.includes('QUOTA')))
        return 'quota';
    if (status === 401)
        return 'auth';
    if (status === 403)
        return 'denied';
    if (status === 404)
        return 'not-found';
    if (status >= 500 || status === 429 || status === 408)
        return 'server';
    return 'protocol';
}

;// CONCATENATED MODULE: ./packages/oci-client/src/body.ts

/**
 * The connection dropped after the headers, before the whole body arrived (the server or a proxy
 * closed it, or it timed out). Nothing about the request was wrong, so it is worth another try.
 */
class BodyCutOffError extends RegistryError {
}
/**
 * Read `response`'s whole body. A body cut off mid-read becomes a BodyCutOffError naming the
 * registry and the request (never its headers, so never its credentials) and how far it got,
 * instead of fetch's bare `TypeError: terminated`.
 */
async function readWholeBody(response, registry, request) {
    const chunks = [];
    let received = 0;
    try {
        if (response.body)
            for await (const chunk of response.body) {
                chunks.push(chunk);
                received += chunk.byteLength;
            }
    }
    catch (error) {
        const length = response.headers.get('content-length');
        // fetch says `terminated` and keeps the socket's reason in `cause` (duck-typed: another realm's errors).
        const cause = error?.cause;
        const reason = [error, cause]
            .map((part) => part?.message)
            .filter((message) => typeof message === 'string' && message !== '')
            .join(': ');
        throw new BodyCutOffError(`${registry}: the body of ${request} was cut off after ${received}${length ? ` of ${length}` : ''} bytes (${reason || String(error)}): the connection dropped mid-transfer; check the network or a proxy between here and the registry.`, 'network', undefined, error);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/media-types.ts
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest kind we read; sent as Accept so the registry never down-converts to schema 1. */
const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
const isIndexMediaType = (mediaType) => mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;

;// CONCATENATED MODULE: ./packages/oci-client/src/merge-tag.ts

const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Add `entry` to a list stored under a mutable tag (a referrers fallback index, cosign's
 * `.sig` manifest) without losing what concurrent writers add. Registries offer no
 * conditional PUT, so this is optimistic concurrency done by hand:
 *   1. read the entries and the tag's version;
 *   2. merge in ours (and anything we saw earlier that went missing);
 *   3. write only if the version is still the one read (else start over);
 *   4. confirm twice: right away, and again after twice our own read-to-write time (at
 *      least 20 ms), by when a writer that read before our write has landed its stale
 *      write too. While the tag still holds what we wrote, a HEAD is enough; otherwise the
 *      entries are read: a missing one means such a write dropped it, so merge again.
 * A loss needs another writer whose read-to-write window is over twice ours.
 * Returns false when the entry was already there (nothing written).
 */
async function addUnderTag(entry, merge) {
    const sleep = merge.sleep ?? defaultSleep;
    const attempts = merge.attempts ?? 10;
    const wanted = new Map([[merge.keyOf(entry), entry]]);
    const allPresent = (entries) => {
        const present = new Set(entries.map(merge.keyOf));
        return [...wanted.keys()].every((key) => present.has(key));
    };
    let wrote = false;
    let written = '';
    const confirmed = async () => (written !== '' && (await merge.version()) === written) || allPresent((await merge.read()).entries);
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const started = Date.now();
        const current = await merge.read();
        for (const seen of current.entries)
            if (!wanted.has(merge.keyOf(seen)))
                wanted.set(merge.keyOf(seen), seen);
        if (allPresent(current.entries) && !wrote)
            return false;
        if (!allPresent(current.entries)) {
            const present = new Set(current.entries.map(merge.keyOf));
            const missing = [...wanted.entries()].filter(([key]) => !present.has(key)).map(([, value]) => value);
            if ((await merge.version()) !== current.version) {
                await sleep(jitter(attempt));
                continue; // someone wrote since our read: merge from their version
            }
            try {
                written = await merge.write([...current.entries, ...missing]);
                wrote = true;
            }
            catch (error) {
                // Two writers committing the same blob at once can make the registry refuse a
                // manifest (400, blob unknown / digest invalid) for a moment: another round.
                if (!(error instanceof RegistryError && error.status === 400) || attempt === attempts)
                    throw error;
                await sleep(jitter(attempt));
                continue;
            }
        }
        else {
            written = current.version;
        }
        const window = Date.now() - started;
        if (!(await confirmed()))
            continue;
        await sleep(Math.max(20, 2 * window));
        if (await confirmed())
            return true;
    }
    throw new RegistryError(`${merge.what} kept changing under concurrent writers; the new entry could not be added after ${attempts} attempts.`, 'server');
}
const jitter = (attempt) => Math.random() * Math.min(1000, 25 * 2 ** attempt);

;// CONCATENATED MODULE: ./packages/oci-client/src/referrers.ts


/** The tag-schema fallback's tag for a subject: `sha256-<hex>` (OCI distribution spec 1.1). */
const fallbackTag = (subject) => subject.replace(':', '-');
/** Descriptors listed in an index document, `artifactType` filtered here when asked. */
function indexEntries(bytes, artifactType) {
    const index = JSON.parse(bytes.toString('utf8'));
    const entries = Array.isArray(index.manifests) ? index.manifests : [];
    return artifactType ? entries.filter((entry) => entry.artifactType === artifactType) : entries;
}
/** A fresh OCI image index holding `entries`, serialized once (its bytes are what is digested). */
function indexDocument(entries) {
    return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }));
}
/** Add `descriptor` to the subject's `sha256-<hex>` index tag, keeping entries other writers add meanwhile. */
async function addToFallbackIndex(client, repository, subject, descriptor, options = {}) {
    const tag = fallbackTag(subject);
    await addUnderTag(descriptor, {
        ...options,
        what: `The referrers tag ${tag} of ${repository}`,
        keyOf: (entry) => entry.digest,
        read: () => readIndex(client, repository, tag),
        version: async () => (await client.headManifest(repository, tag))?.digest ?? '',
        write: (entries) => client.putManifest(repository, tag, indexDocument(entries), OCI_INDEX),
    });
}
async function readIndex(client, repository, tag) {
    const head = await client.headManifest(repository, tag);
    if (!head)
        return { entries: [], version: '' };
    return {
        entries: indexEntries((await client.getManifest(repository, head.digest)).bytes),
        version: head.digest,
    };
}

;// CONCATENATED MODULE: ./packages/oci-client/src/reference.ts

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/**
 * Parse `[registry/]path[:tag][@sha256:…]` by Docker's rules: the first segment is a
 * registry when it has a `.` or `:` or is `localhost`. `input` names the action input
 * in the error, so a mistake says where to fix it.
 */
function reference_parseImageReference(text, input = 'image') {
    const fail = (why) => new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(text)}, ${why}.`, input);
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw fail('whose digest is not sha256: followed by 64 lower-case hex digits');
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw fail('whose tag is not valid (letters, digits, _ . -; at most 128; not starting with . or -)');
    }
    const segments = rest.split('/');
    const first = segments[0] ?? '';
    const hasRegistry = segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    const pathSegments = hasRegistry ? segments.slice(1) : segments;
    if (pathSegments.length === 0 || pathSegments.some((segment) => !PATH_COMPONENT.test(segment)))
        throw fail('which is not a valid repository name (lower-case letters, digits and separators . _ -, joined by /)');
    if (registry === 'docker.io' && pathSegments.length === 1)
        pathSegments.unshift('library');
    return {
        registry,
        repository: pathSegments.join('/'),
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** `registry/repository`, the name later steps pair with a digest. */
function reference_repositoryName(reference) {
    return `${reference.registry}/${reference.repository}`;
}
/** The API host: Docker Hub answers at registry-1.docker.io. */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
/** Loopback registries speak plain HTTP without an opt-in, as Docker allows. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(1, registry.indexOf(']'))
        : registry.replace(/:\d+$/, '');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/www-authenticate.ts
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(Basic|Bearer)\b\s*(.*)$/i.exec(header);
    if (!match)
        return undefined;
    const params = {};
    for (const param of (match[2] ?? '').matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
        params[param[1].toLowerCase()] =
            param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
    }
    return { scheme: match[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./packages/oci-client/src/client.ts








const sha256Of = (bytes) => `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
/** A reference is a digest when it has an algorithm prefix; tags cannot contain `:`. */
const isDigest = (reference) => reference.includes(':');
/**
 * A small client for the OCI distribution API: manifests by tag or digest,
 * Basic and Bearer (token endpoint) auth, HTTPS with a plain-HTTP fallback only
 * where allowed, and retries of transient failures only.
 */
class RegistryClient {
    options;
    host;
    schemes;
    /** Authorization header per repository scope, once a challenge was answered. */
    authorizations = new Map();
    fetch;
    constructor(options) {
        this.options = options;
        this.host = apiHost(options.registry);
        this.schemes = options.insecure || isLoopbackRegistry(options.registry) ? ['https', 'http'] : ['https'];
        this.fetch = options.fetch ?? fetch;
    }
    /**
     * Get ready for the calls to come while the caller does other work: load the HTTP stack, find
     * out whether the registry answers HTTPS or (where allowed) plain HTTP, and answer its login
     * challenge for `access` to `repository`. One request and no retries; every failure is ignored,
     * because the real calls report it. `signal` ends an unfinished warm-up. The request is a HEAD
     * of `reference` (a tag or digest; whether it exists does not matter), which changes nothing.
     */
    async warmUp(repository, reference, access, signal) {
        try {
            const response = await this.attempt('HEAD', repository, `manifests/${reference}`, access, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, undefined, signal);
            await response.body?.cancel();
        }
        catch {
            // Nothing to report: the calls that need the registry say what is wrong with it.
        }
    }
    /** The manifest's descriptor by tag or digest; undefined when it does not exist. */
    async headManifest(repository, reference) {
        const response = await this.request('HEAD', repository, `manifests/${reference}`, 'pull', {
            accept: MANIFEST_MEDIA_TYPES.join(', '),
        });
        if (response.status === 404)
            return undefined;
        await this.expectOk(response, `HEAD ${repository}:${reference}`);
        const digest = response.headers.get('docker-content-digest');
        if (!digest)
            throw new RegistryError(`${this.options.registry} gave no Docker-Content-Digest for ${repository}:${reference}.`, 'protocol');
        // Asked by digest, the answer must be that digest: anything else is another manifest.
        if (isDigest(reference) && digest !== reference)
            throw new RegistryError(`${this.options.registry} answered HEAD ${repository}@${reference} with Docker-Content-Digest ${digest}: a manifest asked for by digest must have that digest, so the answer is refused (the registry or a proxy changed it).`, 'protocol');
        return {
            digest,
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
            size: Number(response.headers.get('content-length') ?? 0),
        };
    }
    /** The manifest's exact bytes; its digest is computed here and checked against what the registry says. */
    async getManifest(repository, reference) {
        const { response, bytes } = await this.download(repository, `manifests/${reference}`, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, `GET ${repository}:${reference}`);
        const digest = sha256Of(bytes);
        const claimed = response.headers.get('docker-content-digest');
        const expected = isDigest(reference) ? reference : claimed;
        if (expected && expected !== digest)
            throw new RegistryError(`${this.options.registry}/${repository}:${reference} served a manifest whose sha256 is ${digest}, not ${expected}: the registry or a proxy changed it.`, 'protocol');
        return {
            bytes,
            digest,
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
            size: bytes.length,
        };
    }
    /** A blob's bytes (image configs are small); its sha256 is checked against the digest asked for. */
    async getBlob(repository, digest) {
        const { bytes } = await this.download(repository, `blobs/${digest}`, {}, `GET blob ${digest} of ${repository}`);
        if (sha256Of(bytes) !== digest)
            throw new RegistryError(`${this.options.registry}/${repository} served blob ${digest} with different content.`, 'protocol');
        return bytes;
    }
    /**
     * A blob's bytes as they arrive, for layers too large to hold in memory. Not verified here:
     * the reader hashes what it consumes and checks the digest at the end (a stream cannot be
     * checked before it is read). Not retried mid-body: a cut-off stream fails the read.
     */
    async openBlob(repository, digest) {
        const response = await this.request('GET', repository, `blobs/${digest}`, 'pull', {});
        await this.expectOk(response, `GET blob ${digest} of ${repository}`);
        const body = response.body;
        return body ?? (async function* () { })();
    }
    async blobExists(repository, digest) {
        const response = await this.request('HEAD', repository, `blobs/${digest}`, 'pull', {});
        if (response.status === 404)
            return false;
        await this.expectOk(response, `HEAD blob ${digest} of ${repository}`);
        return true;
    }
    /**
     * Upload a blob unless the registry has it: one PUT for small blobs (monolithic), PATCH
     * chunks of `chunkSize` bytes then a closing PUT for large ones. A failed session is
     * restarted whole (its steps are not safe to repeat one by one).
     */
    async pushBlob(repository, bytes, options = {}) {
        const digest = sha256Of(bytes);
        if (await this.blobExists(repository, digest))
            return digest;
        const chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
        await (0,src/* withRetry */.bD)(async () => {
            const start = await this.request('POST', repository, 'blobs/uploads/', 'pull,push', {}, undefined, false);
            await this.expectOk(start, `start an upload to ${repository}`);
            let location = this.uploadLocation(start, repository);
            if (bytes.length > chunkSize) {
                for (let offset = 0; offset < bytes.length; offset += chunkSize) {
                    const chunk = bytes.subarray(offset, Math.min(offset + chunkSize, bytes.length));
                    const patch = await this.request('PATCH', repository, location, 'pull,push', {
                        'content-type': 'application/octet-stream',
                        'content-range': `${offset}-${offset + chunk.length - 1}`,
                        'content-length': String(chunk.length),
                    }, Buffer.from(chunk), false);
                    await this.expectOk(patch, `upload bytes ${offset}+ of ${digest} to ${repository}`);
                    location = this.uploadLocation(patch, repository);
                }
            }
            const close = new URL(location, 'http://placeholder');
            close.searchParams.set('digest', digest);
            const finalLocation = /^https?:\/\//.test(location) ? close.href : `${close.pathname}${close.search}`;
            const monolithic = bytes.length <= chunkSize;
            const put = await this.request('PUT', repository, finalLocation, 'pull,push', { 'content-type': 'application/octet-stream', ...(monolithic ? {} : { 'content-length': '0' }) }, monolithic ? bytes : undefined, false);
            await this.expectOk(put, `finish the upload of ${digest} to ${repository}`);
        }, { attempts: 3, maxElapsedMs: 120_000, ...this.options.retry });
        return digest;
    }
    uploadLocation(response, repository) {
        const location = response.headers.get('location');
        if (!location)
            throw new RegistryError(`${this.options.registry} opened an upload to ${repository} without a Location.`, 'protocol');
        return location;
    }
    /**
     * Manifests that name `subject` as their subject: the referrers API where the registry has
     * one, else the `sha256-<hex>` tag-schema index. `source` says which answered.
     */
    async listReferrers(repository, subject, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        const path = `referrers/${subject}${query}`;
        const listed = await (0,src/* withRetry */.bD)(async () => {
            const response = await this.attempt('GET', repository, path, 'pull', { accept: OCI_INDEX });
            if (response.ok && (response.headers.get('content-type') ?? '').startsWith(OCI_INDEX))
                return readWholeBody(response, this.options.registry, `GET /v2/${repository}/${path}`);
            await response.body?.cancel();
            if (response.status !== 404 && !response.ok)
                await this.expectOk(response, `GET referrers of ${subject}`);
            return undefined;
        }, this.retryOptions());
        if (listed)
            return { descriptors: indexEntries(listed, artifactType), source: 'api' };
        const head = await this.headManifest(repository, fallbackTag(subject));
        if (!head)
            return { descriptors: [], source: 'tag-schema' };
        const index = await this.getManifest(repository, head.digest);
        return { descriptors: indexEntries(index.bytes, artifactType), source: 'tag-schema' };
    }
    /**
     * Store a manifest that has a `subject` so the subject's referrers list it: by digest, and,
     * when the registry does not say it indexed the subject (no `OCI-Subject` header), also in
     * the tag-schema fallback index, keeping every entry other writers add meanwhile.
     */
    async pushReferrer(repository, bytes, mediaType, fallback = {}) {
        const manifest = JSON.parse(bytes.toString('utf8'));
        const subject = manifest.subject?.digest;
        if (!subject)
            throw new Error('pushReferrer needs a manifest with a subject.');
        const digest = sha256Of(bytes);
        const response = await this.request('PUT', repository, `manifests/${digest}`, 'pull,push', { 'content-type': mediaType }, bytes);
        await this.expectOk(response, `PUT referrer ${digest} of ${subject}`);
        if (response.headers.get('oci-subject') === subject)
            return { digest, stored: 'api' };
        const artifactType = manifest.artifactType ?? manifest.config?.mediaType;
        await addToFallbackIndex(this, repository, subject, {
            mediaType,
            digest,
            size: bytes.length,
            ...(artifactType ? { artifactType } : {}),
            ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
        }, fallback);
        return { digest, stored: 'tag-schema' };
    }
    /** PUT exact manifest bytes under a tag (or digest); returns the digest, checked against the registry's. */
    async putManifest(repository, reference, bytes, mediaType) {
        const response = await this.request('PUT', repository, `manifests/${reference}`, 'pull,push', { 'content-type': mediaType }, bytes);
        await this.expectOk(response, `PUT ${repository}:${reference}`);
        const digest = sha256Of(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if (claimed && claimed !== digest)
            throw new RegistryError(`${this.options.registry} stored ${repository}:${reference} as ${claimed}, not the ${digest} that was sent.`, 'protocol');
        return digest;
    }
    /**
     * One API call with auth. `path` is relative to `/v2/<repository>/`, or an absolute URL
     * the registry handed out (an upload Location). Retried on 429/5xx unless `retry` is false
     * (steps of an upload session, which the whole upload retries instead).
     */
    async request(method, repository, path, access, headers, body, retry = true) {
        const attempt = () => this.attempt(method, repository, path, access, headers, body);
        if (!retry)
            return attempt();
        return (0,src/* withRetry */.bD)(attempt, this.retryOptions());
    }
    /**
     * A GET whose body is read inside the retry, so a body cut off mid-read is retried like a
     * reset connection (same bounded, jittered backoff) rather than failing the first time.
     */
    async download(repository, path, headers, what) {
        return (0,src/* withRetry */.bD)(async () => {
            const response = await this.attempt('GET', repository, path, 'pull', headers);
            await this.expectOk(response, what);
            const bytes = await readWholeBody(response, this.options.registry, `GET /v2/${repository}/${path}`);
            return { response, bytes };
        }, this.retryOptions());
    }
    /** Our bounds, the caller's overrides, and a cut-off body counted as transient. */
    retryOptions() {
        const isTransient = this.options.retry?.isTransient ?? src/* isTransientError */.bV;
        return {
            attempts: 4,
            maxElapsedMs: 30_000,
            ...this.options.retry,
            isTransient: (error) => error instanceof BodyCutOffError || isTransient(error),
        };
    }
    /** One try of an API call: the request, and once more with auth when challenged; 429/5xx throw. */
    async attempt(method, repository, path, access, headers, body, signal) {
        const scope = `repository:${repository}:${access}`;
        const target = /^https?:\/\//.test(path) || path.startsWith('/') ? path : `/v2/${repository}/${path}`;
        let response = await this.send(method, target, headers, body, this.authorizationFor(repository, access), signal);
        if (response.status === 401) {
            const authorization = await this.answerChallenge(response, scope, signal);
            response = await this.send(method, target, headers, body, authorization, signal);
        }
        if (response.status === 429 || response.status >= 500)
            await this.expectOk(response, `${method} ${target}`);
        return response;
    }
    /** The answer to an earlier challenge for this access, or for push access, which includes pull. */
    authorizationFor(repository, access) {
        const scope = (wanted) => `repository:${repository}:${wanted}`;
        return this.authorizations.get(scope(access)) ?? this.authorizations.get(scope('pull,push'));
    }
    async send(method, path, headers, body, authorization, signal) {
        const deadline = () => signal ? AbortSignal.any([signal, AbortSignal.timeout(60_000)]) : AbortSignal.timeout(60_000);
        let lastError;
        if (/^https?:\/\//.test(path)) {
            // An absolute URL from the registry: credentials go only to the registry's own host.
            const url = new URL(path);
            const sameHost = url.host === this.host;
            try {
                return await this.fetch(url, {
                    method,
                    headers: { ...headers, ...(authorization && sameHost ? { authorization } : {}) },
                    ...(body ? { body } : {}),
                    signal: deadline(),
                });
            }
            catch (error) {
                lastError = error;
            }
        }
        for (const scheme of /^https?:\/\//.test(path) ? [] : this.schemes) {
            try {
                const response = await this.fetch(`${scheme}://${this.host}${path}`, {
                    method,
                    headers: { ...headers, ...(authorization ? { authorization } : {}) },
                    ...(body ? { body } : {}),
                    signal: deadline(),
                });
                // Whichever scheme answered is the one to keep using.
                if (this.schemes.length > 1 && scheme !== this.schemes[0])
                    this.schemes.splice(0, this.schemes.indexOf(scheme));
                return response;
            }
            catch (error) {
                lastError = error;
            }
        }
        const cause = lastError?.cause ?? lastError;
        throw new RegistryError(`Could not reach ${this.options.registry} (${cause?.message ?? String(cause)}): ${failureHint('network')}.`, 'network', undefined, cause);
    }
    /** Turn a 401 challenge into an Authorization header for `scope`, fetching a bearer token if asked. */
    async answerChallenge(response, scope, signal) {
        await response.body?.cancel();
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        const credentials = this.options.credentials;
        let authorization;
        if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            authorization = `Bearer ${await this.fetchToken(challenge.params.realm, challenge.params.service, scope, signal)}`;
        }
        else if (credentials?.kind === 'basic') {
            authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        else {
            throw new RegistryError(`${this.options.registry} requires a login: ${failureHint('auth')}.`, 'auth', 401);
        }
        this.authorizations.set(scope, authorization);
        return authorization;
    }
    async fetchToken(realm, service, scope, signal) {
        const credentials = this.options.credentials;
        const deadline = signal
            ? AbortSignal.any([signal, AbortSignal.timeout(30_000)])
            : AbortSignal.timeout(30_000);
        const url = new URL(realm);
        let response;
        let method;
        if (credentials?.kind === 'identity-token') {
            method = 'POST';
            // OAuth2 refresh-token grant, as Docker does with an identity token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.token,
                scope,
                client_id: 'shipchain',
            });
            if (service)
                form.set('service', service);
            response = await this.fetch(url, { method: 'POST', body: form, signal: deadline });
        }
        else {
            method = 'GET';
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            const headers = credentials?.kind === 'basic'
                ? {
                    authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
                }
                : {};
            response = await this.fetch(url, { headers, signal: deadline });
        }
        await this.expectOk(response, `token for ${scope}`);
        // Named by host and path only: the query and the form carry the scope and credentials.
        const body = await readWholeBody(response, this.options.registry, `${method} token ${url.host}${url.pathname}`);
        let answer;
        try {
            answer = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`The token endpoint of ${this.options.registry} (${url.host}${url.pathname}) answered HTTP ${response.status} without a JSON body.`, 'protocol');
        }
        const token = answer?.token ?? answer?.access_token;
        if (!token)
            throw new RegistryError(`The token endpoint of ${this.options.registry} returned no token.`, 'protocol');
        return token;
    }
    async expectOk(response, what) {
        const codes = [];
        if (response.ok)
            return;
        let detail = '';
        try {
            const body = (await response.json());
            for (const error of body.errors ?? []) {
                if (error.code)
                    codes.push(error.code);
                detail += `${detail ? '; ' : ''}${error.code ?? ''} ${error.message ?? ''}`.trim();
            }
        }
        catch {
            // Not every error has a JSON body (HEAD never has).
        }
        const kind = failureForStatus(response.status, codes) ?? 'protocol';
        const retryAfter = Number(response.headers.get('retry-after'));
        const error = new RegistryError(`${this.options.registry}: ${what} failed with HTTP ${response.status}${detail ? ` (${detail})` : ''}: ${failureHint(kind)}.`, kind, response.status);
        if (Number.isFinite(retryAfter) && retryAfter > 0)
            Object.assign(error, { retryAfterMs: retryAfter * 1000 });
        throw error;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/oci-client/src/docker-config.ts




/**
 * The file that holds registry logins: `REGISTRY_AUTH_FILE` (containers' auth.json, same
 * format) when set, else the Docker config where docker/login-action and cloud-login
 * write them: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`.
 */
function dockerConfigPath(env) {
    if (env.REGISTRY_AUTH_FILE)
        return env.REGISTRY_AUTH_FILE;
    const directory = env.DOCKER_CONFIG && env.DOCKER_CONFIG !== ''
        ? env.DOCKER_CONFIG
        : (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker');
    return (0,external_node_path_.join)(directory, 'config.json');
}
/** Docker Hub logins are stored under its legacy index URL. */
const authKeys = (registry) => registry === 'docker.io' || registry === 'registry-1.docker.io' || registry === 'index.docker.io'
    ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
    : [registry, `https://${registry}`, `http://${registry}`];
/**
 * The credentials a Docker config holds for `registry`: a credential helper
 * (`credHelpers`, then `credsStore`) wins over an inline `auths` entry, as in Docker.
 * Undefined when there is no login (anonymous pulls and tests without auth).
 */
async function credentialsFor(registry, configPath, runHelper = runCredentialHelper) {
    let config;
    try {
        config = JSON.parse(await (0,promises_.readFile)(configPath, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`The Docker config ${configPath} is not valid JSON: ${error.message}`, {
            cause: error,
        });
    }
    const keys = authKeys(registry);
    const helper = keys.map((key) => config.credHelpers?.[key]).find(Boolean) ?? config.credsStore;
    if (helper) {
        const fromHelper = parseHelperAnswer(await runHelper(helper, keys[0]));
        if (fromHelper)
            return fromHelper;
    }
    const entry = keys.map((key) => config.auths?.[key]).find((value) => value !== undefined);
    if (!entry)
        return undefined;
    if (entry.identitytoken)
        return { kind: 'identity-token', token: entry.identitytoken };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1)
            throw new Error(`The Docker config ${configPath} has an auth entry for ${registry} without "user:password".`);
        return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username !== undefined && entry.password !== undefined)
        return { kind: 'basic', username: entry.username, password: entry.password };
    return undefined;
}
/** `docker-credential-<helper> get`, the server URL on stdin (no shell). */
async function runCredentialHelper(helper, serverUrl) {
    const result = await (0,src/* execCommand */.NK)(`docker-credential-${helper}`, ['get'], {
        input: serverUrl,
        allowFailure: true,
    });
    // Helpers exit non-zero with "credentials not found" when they hold nothing for the server.
    return result.exitCode === 0 ? result.stdout : '';
}
function parseHelperAnswer(stdout) {
    if (stdout.trim() === '')
        return undefined;
    const answer = JSON.parse(stdout);
    if (!answer.Secret)
        return undefined;
    // Docker's convention: the user name "<token>" marks an identity token.
    if (answer.Username === '<token>')
        return { kind: 'identity-token', token: answer.Secret };
    return { kind: 'basic', username: answer.Username ?? '', password: answer.Secret };
}
/** Whether the login file exists (buildah refuses an --authfile that does not). */
async function loginFileExists(env) {
    return access(dockerConfigPath(env)).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/from-env.ts



/**
 * A client for `registry` logged in the way the job is: credentials from the Docker
 * config (or REGISTRY_AUTH_FILE) that cloud-login or docker/login-action wrote. Plain
 * HTTP for loopback registries, or when `insecure` (the registry-insecure input) says so.
 */
async function registryClientFromEnv(registry, env, insecure = false) {
    const credentials = await credentialsFor(registry, dockerConfigPath(env));
    return new RegistryClient({
        registry,
        insecure: insecure || isLoopbackRegistry(registry),
        ...(credentials ? { credentials } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/oci-client/src/index.ts










;// CONCATENATED MODULE: ./packages/sbom/src/image/image-source.ts






/** `name@sha256:…` only: a tag can point elsewhere by the time the SBOM is read. */
function parseDigestReference(text, input = 'image') {
    const reference = reference_parseImageReference(text, input);
    if (!reference.digest)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(text)}, which names a tag, not a digest: a tag can move, so the SBOM would describe whatever it points to when read. Name the image by digest (name@sha256:…, as image-build's "digest" output gives it).`, input);
    return { ...reference, digest: reference.digest };
}
const platformOf = (descriptor) => [descriptor.platform?.os, descriptor.platform?.architecture, descriptor.platform?.variant]
    .filter(Boolean)
    .join('/');
/** The index entry for `platform` (`os/arch[/variant]`); an unknown one lists those there are. */
function pickPlatform(entries, platform, input, image) {
    const images = entries.filter((entry) => entry.platform?.os && entry.platform.os !== 'unknown');
    const found = images.find((entry) => platformOf(entry) === platform) ??
        // linux/arm64 matches linux/arm64/v8: the variant is optional when there is only one.
        images.filter((entry) => platformOf(entry).startsWith(`${platform}/`)).at(0);
    if (found)
        return found;
    throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(platform)}, but ${image} has no image for it; the index has ${images.map(platformOf).join(', ') || 'no platform images'}. Set "${input}" to one of those.`, input);
}
/** Resolve the digest to one platform's manifest and config, without reading any layer. */
async function describeImage(client, reference, platform, platformInput = 'platform') {
    const named = `${reference.registry}/${reference.repository}@${reference.digest}`;
    let manifest = await client.getManifest(reference.repository, reference.digest);
    let parsed = JSON.parse(manifest.bytes.toString('utf8'));
    let chosenPlatform = platform;
    const isIndex = isIndexMediaType(parsed.mediaType ?? manifest.mediaType) || parsed.manifests !== undefined;
    if (isIndex) {
        const entry = pickPlatform(parsed.manifests ?? [], platform, platformInput, named);
        chosenPlatform = platformOf(entry);
        manifest = await client.getManifest(reference.repository, entry.digest);
        parsed = JSON.parse(manifest.bytes.toString('utf8'));
    }
    if (!parsed.config || !parsed.layers)
        throw new src/* ConfigurationError */.j1(`${named} is not an image manifest (no config or layers); name an image or an index of images.`, 'image');
    const configBytes = await client.getBlob(reference.repository, parsed.config.digest);
    const config = JSON.parse(configBytes.toString('utf8'));
    if (!isIndex && config.os) {
        // A single-platform image: it must be the platform asked for, never silently another.
        chosenPlatform = [config.os, config.architecture, config.variant].filter(Boolean).join('/');
        if (chosenPlatform !== platform && !chosenPlatform.startsWith(`${platform}/`))
            throw new src/* ConfigurationError */.j1(`Input "${platformInput}" is ${JSON.stringify(platform)}, but ${named} is a single-platform image for ${chosenPlatform}. Set "${platformInput}" to ${chosenPlatform}.`, platformInput);
    }
    return {
        reference,
        manifestDigest: manifest.digest,
        platform: chosenPlatform,
        layers: parsed.layers.map(({ digest, mediaType, size }) => ({ digest, mediaType, size })),
        config: {
            ...(config.created ? { created: config.created } : {}),
            labels: config.config?.Labels ?? {},
        },
    };
}
/**
 * Stream every layer in order into one tree of the wanted files, whiteouts applied: each layer
 * is decompressed, digest-checked and parsed as it arrives, and only wanted paths are kept.
 */
async function readImageFiles(client, image, wanted, sniff) {
    const tree = new file_tree_FileTree();
    for (const layer of image.layers) {
        const compression = compressionOf(layer.mediaType, layer.digest);
        const bytes = verifiedDigest(await client.openBlob(image.reference.repository, layer.digest), layer.digest);
        const applier = new LayerApplier(tree, wanted, layer.digest, sniff);
        try {
            await readTar(decompressed(bytes, compression, layer.digest), (entry) => applier.visit(entry));
        }
        catch (error) {
            if (error instanceof TarFormatError)
                throw new LayerError(`Layer ${layer.digest} is not a valid tar archive (${error.message}).`, layer.digest);
            throw error;
        }
    }
    return tree;
}

;// CONCATENATED MODULE: ./packages/sbom/src/directory-source.ts




/**
 * The wanted files under `root` (a root filesystem or a source checkout). Links are never followed
 * on disk: they are kept as links and resolved inside the tree, `/` meaning `root`, so a link
 * cannot lead the read outside it. Regular files are read through the shared confinement.
 */
async function readDirectoryFiles(root, wanted, sniff, input = 'path') {
    const files = confinedFiles({
        roots: [{ path: root, name: `the directory named by "${input}"` }],
        symlinks: 'never',
        input,
    });
    const tree = new FileTree();
    /** Stream an executable through the sniffer; only what it keeps enters the tree. */
    const sniffFile = async (absolute, path) => {
        const handle = await files.open(absolute);
        try {
            const stats = await handle.stat();
            if ((stats.mode & 0o111) === 0 || stats.size === 0)
                return;
            const sink = sniff((data) => tree.set(path, { kind: 'file', data }));
            for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }))
                sink.write(chunk);
            sink.end();
        }
        finally {
            await handle.close();
        }
    };
    const walk = async (directory) => {
        const entries = await readdir(directory, { withFileTypes: true });
        for (const entry of entries) {
            const absolute = join(directory, entry.name);
            const path = relative(root, absolute).split(sep).join('/');
            if (entry.isDirectory())
                await walk(absolute);
            else if (!wanted(path)) {
                if (sniff && entry.isFile())
                    await sniffFile(absolute, path);
            }
            else if (entry.isSymbolicLink())
                tree.set(path, { kind: 'symlink', target: await readlink(absolute) });
            else if (entry.isFile())
                tree.set(path, { kind: 'file', data: await files.readFile(absolute) });
        }
    };
    await walk(root);
    return tree;
}

;// CONCATENATED MODULE: ./packages/sbom/src/purl.ts
/**
 * Package URLs as the purl specification writes them: `pkg:type/namespace/name@version?qualifiers`,
 * each part percent-encoded except unreserved characters, namespace segments encoded one by one,
 * qualifiers sorted by key and empty ones left out.
 */
// The colon is never encoded (the spec's rule); every other character outside A-Z a-z 0-9 . - _ ~ is.
const encode = (text) => encodeURIComponent(text)
    .replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');
function purl({ type, namespace, name, version, qualifiers = {}, subpath }) {
    const path = [...(namespace ? namespace.split('/').filter(Boolean).map(encode) : []), encode(name)].join('/');
    const query = Object.entries(qualifiers)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => `${key.toLowerCase()}=${encode(value)}`)
        .join('&');
    return (`pkg:${type.toLowerCase()}/${path}` +
        (version ? `@${encode(version)}` : '') +
        (query ? `?${query}` : '') +
        (subpath ? `#${subpath.split('/').filter(Boolean).map(encode).join('/')}` : ''));
}
/** PyPI names are case-insensitive and treat `_` as `-`: the purl spec lowercases and dashes them. */
const pypiPurlName = (name) => name.toLowerCase().replace(/_/g, '-');
/** npm: `@scope/name` is namespace `@scope` (encoded `%40scope`) and name `name`. */
function npmPurl(name, version) {
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    return slash === -1
        ? purl({ type: 'npm', name, version })
        : purl({ type: 'npm', namespace: name.slice(0, slash), name: name.slice(slash + 1), version });
}

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/os-release.ts
const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'];
/** `KEY=value` lines, values optionally quoted with `"` or `'` and backslash-escaped, as os-release(5) says. */
function parseOsRelease(text) {
    const fields = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
        if (!match)
            continue;
        let value = (match[2] ?? '').trim();
        const quote = value[0];
        if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2)
            value = value.slice(1, -1);
        if (quote === '"')
            value = value.replace(/\\(["\\`$])/g, '$1');
        fields.set(match[1] ?? '', value);
    }
    return fields;
}
/** The distribution: /etc/os-release first (often a link to /usr/lib/os-release), as systemd reads it. */
function readOperatingSystem(tree) {
    for (const path of OS_RELEASE_PATHS) {
        const data = tree.read(path);
        if (!data)
            continue;
        const fields = parseOsRelease(data.toString('utf8'));
        const id = fields.get('ID');
        if (!id)
            continue;
        const optional = (key) => fields.get(key) || undefined;
        return {
            id,
            ...(optional('VERSION_ID') ? { versionId: optional('VERSION_ID') } : {}),
            ...(optional('VERSION_CODENAME') ? { versionCodename: optional('VERSION_CODENAME') } : {}),
            ...(optional('PRETTY_NAME') ? { prettyName: optional('PRETTY_NAME') } : {}),
        };
    }
    return undefined;
}
/** `debian-12`, the distro qualifier OS package purls carry (as syft and trivy write it). */
const distroQualifier = (os) => os ? [os.id, os.versionId].filter(Boolean).join('-') : undefined;

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/apk.ts


const INSTALLED = 'lib/apk/db/installed';
/** apk's database: one-letter `K:value` lines, a blank line between packages. */
function apkRecords(text) {
    const records = [];
    let current = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (line === '') {
            if (current.size > 0)
                records.push(current);
            current = new Map();
        }
        else if (line[1] === ':') {
            const key = line[0] ?? '';
            current.set(key, [...(current.get(key) ?? []), line.slice(2)]);
        }
    }
    if (current.size > 0)
        records.push(current);
    return records;
}
/** Alpine packages from `lib/apk/db/installed`, each with its origin (source) package. */
const apkCataloger = {
    name: 'apk',
    wants: (path) => path === INSTALLED,
    catalog(tree, context) {
        const file = tree.resolve(INSTALLED);
        if (!file)
            return { components: [], unread: [] };
        const components = [];
        for (const record of apkRecords(file.data.toString('utf8'))) {
            const one = (key) => record.get(key)?.[0];
            const name = one('P');
            const version = one('V');
            if (!name || !version)
                continue;
            const license = one('L');
            components.push({
                ecosystem: 'apk',
                name,
                version,
                purl: purl({
                    type: 'apk',
                    namespace: context.os?.id ?? 'alpine',
                    name,
                    version,
                    qualifiers: { arch: one('A'), distro: distroQualifier(context.os) },
                }),
                licenses: license ? [license] : [],
                foundIn: INSTALLED,
                ...(file.layer ? { layer: file.layer } : {}),
                source: { name: one('o') ?? name, version },
                dependsOn: (one('D') ?? '')
                    .split(/\s+/)
                    .filter((dependency) => dependency && !dependency.startsWith('!') && !dependency.includes(':'))
                    .map((dependency) => dependency.split(/[<>=~]/)[0] ?? dependency),
            });
        }
        return { components, unread: [] };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/control-fields.ts
/**
 * Debian control-style paragraphs (dpkg status, apk's installed database is simpler and has its
 * own reader): `Field: value` lines, continuation lines starting with a space or tab, paragraphs
 * separated by blank lines. Field names are case-insensitive, so they are lower-cased here.
 */
function controlParagraphs(text) {
    const paragraphs = [];
    let current = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (current.size > 0)
                paragraphs.push(current);
            current = new Map();
            last = undefined;
        }
        else if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            current.set(last, `${current.get(last) ?? ''}\n${line.slice(1)}`);
        }
        else {
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            last = line.slice(0, colon).trim().toLowerCase();
            current.set(last, line.slice(colon + 1).trim());
        }
    }
    if (current.size > 0)
        paragraphs.push(current);
    return paragraphs;
}
/** The headers of an email-style metadata file (Python's METADATA and PKG-INFO): up to the first blank line. */
function metadataHeaders(text) {
    const headers = [];
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        const previous = headers.at(-1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && previous)
            previous[1] += `\n${line.trim()}`;
        else {
            const colon = line.indexOf(':');
            if (colon > 0)
                headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
        }
    }
    return headers;
}

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/dpkg.ts




const STATUS = 'var/lib/dpkg/status';
const DISTROLESS = /^var\/lib\/dpkg\/status\.d\/[^/]+$/;
const COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;
/** `Source: name (version)`, or `Source: name` when the version is the binary's own. */
function dpkg_sourceOf(field, name, version) {
    const match = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(field ?? '');
    return { name: match?.[1] ?? name, version: match?.[2] ?? version };
}
/** The package names a `Depends`/`Pre-Depends` field lists (first of each alternative, no `:arch`). */
function dependencyNames(...fields) {
    const names = fields
        .flatMap((field) => (field ?? '').split(','))
        .map((part) => part
        .split('|')[0]
        ?.trim()
        .split(/[\s(:]/)[0] ?? '')
        .filter(Boolean);
    return [...new Set(names)];
}
/** License names a machine-readable (DEP-5) copyright file declares, in first-seen order. */
function copyrightLicenses(text) {
    if (!/^Format:\s*\S*copyright-format/m.test(text))
        return [];
    const names = [...text.matchAll(/^License:[ \t]*(\S[^\n]*)$/gm)].map((match) => (match[1] ?? '').trim());
    return [...new Set(names)];
}
/**
 * Debian packages: the dpkg status database (only packages whose status is `installed`) and the
 * one-file-per-package `status.d/` directory distroless images carry instead. Licenses come from
 * each package's machine-readable copyright file where the image still has it.
 */
const dpkgCataloger = {
    name: 'dpkg',
    wants: (path) => path === STATUS || DISTROLESS.test(path) || COPYRIGHT.test(path),
    catalog(tree, context) {
        const components = [];
        const databases = tree
            .paths()
            .filter((path) => path === STATUS || (DISTROLESS.test(path) && !path.endsWith('.md5sums')));
        for (const path of databases) {
            const file = tree.resolve(path);
            if (!file)
                continue;
            for (const fields of controlParagraphs(file.data.toString('utf8'))) {
                const name = fields.get('package');
                const version = fields.get('version');
                const status = fields.get('status');
                // status.d entries have no Status field: being there means installed.
                if (!name || !version || (status !== undefined && status.split(/\s+/)[2] !== 'installed'))
                    continue;
                const arch = fields.get('architecture');
                const copyright = tree.read(external_node_path_.posix.join('usr/share/doc', name, 'copyright'));
                components.push({
                    ecosystem: 'deb',
                    name,
                    version,
                    purl: purl({
                        type: 'deb',
                        namespace: context.os?.id ?? 'debian',
                        name,
                        version,
                        qualifiers: { arch, distro: distroQualifier(context.os) },
                    }),
                    licenses: copyright ? copyrightLicenses(copyright.toString('utf8')) : [],
                    foundIn: path,
                    ...(file.layer ? { layer: file.layer } : {}),
                    source: dpkg_sourceOf(fields.get('source'), name, version),
                    dependsOn: dependencyNames(fields.get('pre-depends'), fields.get('depends')),
                });
            }
        }
        return { components, unread: [] };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/go-binary.ts


/** Go 1.13+ writes its build info behind this marker, 16-byte aligned, in every executable it links. */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const ELF = Buffer.from('\x7fELF', 'latin1');
const HEADER = 32;
/** Enough for the module list of a very large program; the rest of the binary is never kept. */
const BLOB_LIMIT = (/* unused pure expression or super */ null && (2 * 1024 * 1024));
const uvarint = (data, start) => {
    let value = 0;
    let shift = 0;
    for (let index = start; index < data.length && shift < 35; index += 1) {
        const byte = data[index] ?? 0;
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80)
            return { value, next: index + 1 };
        shift += 7;
    }
    return undefined;
};
/**
 * The Go version and module info after the marker: Go 1.18+ writes both inline as length-prefixed
 * strings (flag bit 2); older linkers wrote pointers into the data segment, not read here.
 * Undefined while the blob is still too short.
 */
function parseBuildInfo(blob) {
    if (blob.length < HEADER)
        return undefined;
    if (((blob[15] ?? 0) & 0x2) === 0)
        return 'pointer-format';
    const versionLength = uvarint(blob, HEADER);
    if (!versionLength || versionLength.next + versionLength.value > blob.length)
        return undefined;
    const goVersion = blob
        .subarray(versionLength.next, versionLength.next + versionLength.value)
        .toString('utf8');
    const modLength = uvarint(blob, versionLength.next + versionLength.value);
    if (!modLength || modLength.next + modLength.value > blob.length)
        return undefined;
    const length = modLength.next + modLength.value;
    let modinfo = blob.subarray(modLength.next, length);
    // The module info sits between two 16-byte sentinels.
    if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === 0x0a)
        modinfo = modinfo.subarray(16, -16);
    return { goVersion, modinfo: modinfo.toString('utf8'), length };
}
/**
 * Watches an executable stream by: an ELF file is scanned for the build-info marker (across chunk
 * boundaries, at 16-byte-aligned offsets) and only the bytes from the marker on are kept, until
 * they parse. Anything else is dropped at its first four bytes.
 */
const goBuildInfoSniffer = (store) => {
    let state = 'header';
    let seen = 0;
    let carry = Buffer.alloc(0);
    const collected = [];
    let collectedLength = 0;
    const finish = () => {
        state = 'done';
        const blob = Buffer.concat(collected);
        const info = parseBuildInfo(blob);
        // Keep the build info only, not the rest of the chunk it arrived in.
        if (blob.length > 0)
            store(info && info !== 'pointer-format'
                ? Buffer.from(blob.subarray(0, info.length))
                : blob.subarray(0, HEADER));
    };
    return {
        write(chunk) {
            if (state === 'done')
                return;
            // A view, not a copy: an executable that is not Go streams by whole, and only the carry
            // and the collected build info are kept beyond this call (both copied below).
            let data = carry.length > 0
                ? Buffer.concat([carry, chunk])
                : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            const base = seen - carry.length;
            seen += chunk.length;
            carry = Buffer.alloc(0);
            if (state === 'header') {
                if (data.length < ELF.length) {
                    carry = Buffer.from(data);
                    return;
                }
                if (!data.subarray(0, ELF.length).equals(ELF)) {
                    state = 'done';
                    return;
                }
                state = 'scan';
            }
            if (state === 'scan') {
                for (let at = data.indexOf(MAGIC); at !== -1; at = data.indexOf(MAGIC, at + 1))
                    if ((base + at) % 16 === 0) {
                        state = 'collect';
                        data = data.subarray(at);
                        break;
                    }
                if (state === 'scan') {
                    carry = Buffer.from(data.subarray(Math.max(0, data.length - (MAGIC.length - 1))));
                    return;
                }
            }
            collected.push(Buffer.from(data));
            collectedLength += data.length;
            if (collectedLength >= BLOB_LIMIT || parseBuildInfo(Buffer.concat(collected)) !== undefined)
                finish();
        },
        end() {
            if (state === 'collect')
                finish();
        },
    };
};
const golangPurl = (path, version) => purl({
    type: 'golang',
    namespace: external_node_path_.posix.dirname(path) === '.' ? undefined : external_node_path_.posix.dirname(path),
    name: external_node_path_.posix.basename(path),
    version,
});
/**
 * Go executables: the main module, every dependency module with its version (a `=>` replacement
 * wins), and the Go standard library as `stdlib` at the toolchain's version.
 */
const goBinaryCataloger = {
    name: 'go-binary',
    wants: () => false,
    catalog(tree) {
        const components = [];
        const unread = [];
        for (const path of tree.paths()) {
            const node = tree.get(path);
            if (node?.kind !== 'file' || !node.data.subarray(0, MAGIC.length).equals(MAGIC))
                continue;
            const info = parseBuildInfo(node.data);
            if (info === undefined || info === 'pointer-format') {
                unread.push({ path, reason: 'Go build info from before Go 1.18 (pointer format) is not read' });
                continue;
            }
            const add = (module, version) => components.push({
                ecosystem: 'golang',
                name: module,
                version: version ?? '',
                purl: golangPurl(module, version),
                licenses: [],
                foundIn: path,
                ...(node.layer ? { layer: node.layer } : {}),
            });
            const modules = [];
            for (const line of info.modinfo.split('\n')) {
                const [kind, module, version] = line.split('\t');
                if ((kind === 'mod' || kind === 'dep') && module)
                    modules.push({ path: module, ...(version ? { version } : {}) });
                if (kind === '=>' && module && modules.length > 0)
                    modules[modules.length - 1] = { path: module, ...(version ? { version } : {}) };
            }
            for (const module of modules)
                add(module.path, module.version === '(devel)' ? undefined : module.version);
            add('stdlib', info.goVersion.replace(/^go/, 'v').split(' ')[0]);
        }
        return { components, unread };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/zip-entries.ts

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Members larger than this are not inflated (a manifest or pom.properties never is; a nested jar may be). */
const MEMBER_LIMIT = 256 * 1024 * 1024;
/** Deflate cannot expand beyond about 1032:1; a declared size past that is a lie, refused before inflating. */
const DEFLATE_MAX_RATIO = 1032;
/**
 * A deflated member inflated into one buffer of its declared size: zlib writes straight into it (no
 * growing and concatenating chunks), and output past the declared size stops the inflation at once,
 * so a member that lies about its size (a zip bomb) costs at most that size, then is refused.
 */
function inflateMember(name, data, size) {
    if (size > data.length * DEFLATE_MAX_RATIO + 1024)
        throw new Error(`${name}: declares ${size} bytes from ${data.length} compressed, more than deflate can produce`);
    let inflated;
    try {
        // One byte of room past the declared size: a member that fills it inflates to more than it declared.
        // (zlib takes no limit below 1: an empty member may inflate to 1 byte, which the size check refuses.)
        inflated = (0,external_node_zlib_.inflateRawSync)(data, {
            chunkSize: Math.max(64, size + 1),
            maxOutputLength: Math.max(1, size),
        });
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw new Error(`${name}: inflates to more than its declared ${size} bytes (a zip bomb or a damaged member)`, { cause: error });
        throw new Error(`${name}: not inflated (${error.message})`, { cause: error });
    }
    if (inflated.length !== size)
        throw new Error(`${name}: inflates to ${inflated.length} bytes, not its declared ${size}`);
    return inflated;
}
/**
 * The members of a zip (a jar, war or ear) from its central directory. Stored and deflated members
 * are read, each to exactly the size its directory entry declares (a member that inflates past it
 * throws, having cost no more than that size); anything else (zip64, encryption, other methods) throws,
 * for the caller to name.
 */
function zipMembers(archive) {
    const searchFrom = Math.max(0, archive.length - 65_557);
    let end = -1;
    for (let at = archive.length - 22; at >= searchFrom; at -= 1)
        if (archive.readUInt32LE(at) === END_OF_DIRECTORY) {
            end = at;
            break;
        }
    if (end === -1)
        throw new Error('no zip end-of-directory record (not a zip, or zip64)');
    const count = archive.readUInt16LE(end + 10);
    let offset = archive.readUInt32LE(end + 16);
    const members = [];
    for (let index = 0; index < count; index += 1) {
        if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== DIRECTORY_ENTRY)
            throw new Error('a damaged zip central directory');
        const method = archive.readUInt16LE(offset + 10);
        const compressed = archive.readUInt32LE(offset + 20);
        const size = archive.readUInt32LE(offset + 24);
        const nameLength = archive.readUInt16LE(offset + 28);
        const extraLength = archive.readUInt16LE(offset + 30);
        const commentLength = archive.readUInt16LE(offset + 32);
        const local = archive.readUInt32LE(offset + 42);
        const name = archive.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
        offset += 46 + nameLength + extraLength + commentLength;
        members.push({
            name,
            read: () => {
                if (archive.readUInt32LE(local) !== LOCAL_HEADER)
                    throw new Error(`${name}: a damaged local header`);
                const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
                const data = archive.subarray(start, start + compressed);
                if (method === 0 && data.length === size)
                    return data;
                if (method === 8 && size <= MEMBER_LIMIT)
                    return inflateMember(name, data, size);
                throw new Error(`${name}: compression method ${method} or size ${size} not read`);
            },
        });
    }
    return members;
}

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/java.ts


const ARCHIVE = /\.(?:jar|war|ear)$/i;
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MAX_NESTING = 3;
/** `key=value` lines of a Java properties file (comments and blank lines skipped). */
function properties(text) {
    const map = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*[#!]/.test(line))
            continue;
        const match = /^\s*([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
        if (match)
            map.set(match[1] ?? '', (match[2] ?? '').trim());
    }
    return map;
}
/** MANIFEST.MF main attributes; continuation lines start with one space. */
function manifest(text) {
    const map = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (line.startsWith(' ') && last)
            map.set(last, `${map.get(last) ?? ''}${line.slice(1)}`);
        else {
            const colon = line.indexOf(':');
            if (colon > 0)
                map.set((last = line.slice(0, colon)), line.slice(colon + 1).trim());
        }
    }
    return map;
}
/**
 * Java archives (jar, war, ear) and the archives nested in them: each `META-INF/maven/**\/pom.properties`
 * is a Maven package (groupId, artifactId, version); an archive without one is named by its
 * MANIFEST.MF when that gives a group (Implementation-Vendor-Id) and a version, else reported unread.
 */
const javaCataloger = {
    name: 'java',
    wants: (path) => ARCHIVE.test(path),
    catalog(tree) {
        const components = [];
        const unread = [];
        const readArchive = (archive, shown, layer, depth) => {
            let members;
            try {
                members = zipMembers(archive);
            }
            catch (error) {
                unread.push({ path: shown, reason: `not read as a zip (${error.message})` });
                return;
            }
            // The texts first: a member that cannot be read (one inflating past its declared size, a zip
            // bomb) leaves the whole archive unread rather than half-catalogued.
            const attributes = members.find((member) => member.name === 'META-INF/MANIFEST.MF');
            const poms = members.filter((member) => POM_PROPERTIES.test(member.name));
            let main;
            let pomTexts;
            try {
                main = attributes ? manifest(attributes.read().toString('utf8')) : new Map();
                pomTexts = poms.map((pom) => pom.read().toString('utf8'));
            }
            catch (error) {
                unread.push({ path: shown, reason: `a member not read (${error.message})` });
                return;
            }
            const license = main.get('Bundle-License');
            const add = (group, artifact, version) => components.push({
                ecosystem: 'maven',
                name: `${group}:${artifact}`,
                version,
                purl: purl({ type: 'maven', namespace: group, name: artifact, version }),
                licenses: license ? [license] : [],
                foundIn: shown,
                ...(layer ? { layer } : {}),
            });
            for (const text of pomTexts) {
                const fields = properties(text);
                const [group, artifact, version] = [
                    fields.get('groupId'),
                    fields.get('artifactId'),
                    fields.get('version'),
                ];
                if (group && artifact && version)
                    add(group, artifact, version);
            }
            if (poms.length === 0) {
                const group = main.get('Implementation-Vendor-Id');
                const artifact = main.get('Implementation-Title') ?? main.get('Bundle-SymbolicName');
                const version = main.get('Implementation-Version') ?? main.get('Bundle-Version');
                if (group && artifact && version)
                    add(group, artifact, version);
                else if (depth === 0)
                    unread.push({
                        path: shown,
                        reason: 'no pom.properties, and MANIFEST.MF names no group and version',
                    });
            }
            if (depth >= MAX_NESTING)
                return;
            for (const nested of members.filter((member) => ARCHIVE.test(member.name)))
                try {
                    readArchive(nested.read(), `${shown}!/${nested.name}`, layer, depth + 1);
                }
                catch (error) {
                    unread.push({ path: `${shown}!/${nested.name}`, reason: error.message });
                }
        };
        for (const path of tree.paths()) {
            if (!ARCHIVE.test(path))
                continue;
            const file = tree.resolve(path);
            // A link to an archive is reported where the archive itself lies.
            if (file && file.path === path)
                readArchive(file.data, path, file.layer, 0);
        }
        return { components, unread };
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/rpm.ts





const SQLITE = /^(?:var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/rpmdb\.sqlite(?:-wal|-shm)?$/;
/** The older databases: present means packages this cataloger cannot list, so they are named. */
const OLDER = /^(?:var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/(Packages|Packages\.db)$/;
const rpm_TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    license: 1014,
    arch: 1022,
    sourceRpm: 1044,
};
/** An rpm header blob (as rpmdb stores it): index entries, then the data they point into. */
function headerFields(blob) {
    const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
    const count = data.readUInt32BE(0);
    const store = 8 + count * 16;
    const fields = new Map();
    for (let index = 0; index < count; index += 1) {
        const entry = 8 + index * 16;
        const [tag, type, offset] = [
            data.readUInt32BE(entry),
            data.readUInt32BE(entry + 4),
            data.readInt32BE(entry + 8),
        ];
        if (type === 4)
            fields.set(tag, data.readUInt32BE(store + offset));
        else if (type === 6 || type === 8 || type === 9) {
            const start = store + offset;
            fields.set(tag, data.subarray(start, data.indexOf(0, start)).toString('utf8'));
        }
    }
    return fields;
}
/** `name-version-release.src.rpm` split from the right, as names may hold dashes. */
function rpm_sourceOf(sourceRpm) {
    const match = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(sourceRpm ?? '');
    return match ? { name: match[1] ?? '', version: `${match[2]}-${match[3]}` } : undefined;
}
/**
 * RPM packages from rpmdb.sqlite (rpm 4.16+), read with Node's built-in node:sqlite from a private
 * temporary copy. Node without node:sqlite (before 22.5), and the BerkeleyDB and ndb databases, are
 * named as not read, and every other cataloger still runs.
 */
const rpmCataloger = {
    name: 'rpm',
    wants: (path) => SQLITE.test(path) || OLDER.test(path),
    catalog(tree, context) {
        const components = [];
        const unread = [];
        for (const path of tree.paths()) {
            const older = OLDER.exec(path);
            if (older)
                unread.push({
                    path,
                    reason: `an rpm ${older[1] === 'Packages' ? 'BerkeleyDB' : 'ndb'} database, which is not read (only rpmdb.sqlite is)`,
                });
        }
        const database = tree.paths().find((path) => path.endsWith('rpmdb.sqlite'));
        if (!database)
            return { components, unread };
        const sqlite = process.getBuiltinModule?.('node:sqlite');
        if (!sqlite) {
            unread.push({
                path: database,
                reason: `node:sqlite is not in this Node (${process.version}); run the action on Node 24`,
            });
            return { components, unread };
        }
        const file = tree.resolve(database);
        const directory = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'sbom-rpmdb-'));
        try {
            for (const suffix of ['', '-wal', '-shm']) {
                const data = tree.read(`${database}${suffix}`);
                if (data)
                    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(directory, `rpmdb.sqlite${suffix}`), data);
            }
            const db = new sqlite.DatabaseSync((0,external_node_path_.join)(directory, 'rpmdb.sqlite'));
            // All or nothing: a database that fails half-way is named as unread, not half-listed.
            const read = [];
            try {
                for (const row of db.prepare('SELECT blob FROM Packages').all()) {
                    const fields = headerFields(row.blob);
                    const text = (tag) => fields.get(tag);
                    const name = text(rpm_TAG.name);
                    if (!name || name === 'gpg-pubkey')
                        continue;
                    const version = `${text(rpm_TAG.version)}-${text(rpm_TAG.release)}`;
                    const epoch = fields.get(rpm_TAG.epoch);
                    const license = text(rpm_TAG.license);
                    const source = rpm_sourceOf(text(rpm_TAG.sourceRpm));
                    read.push({
                        ecosystem: 'rpm',
                        name,
                        version,
                        purl: purl({
                            type: 'rpm',
                            namespace: context.os?.id ?? 'redhat',
                            name,
                            version,
                            qualifiers: {
                                arch: text(rpm_TAG.arch),
                                epoch: epoch === undefined ? undefined : String(epoch),
                                distro: distroQualifier(context.os),
                            },
                        }),
                        licenses: license ? [license] : [],
                        foundIn: database,
                        ...(file.layer ? { layer: file.layer } : {}),
                        ...(source ? { source } : {}),
                    });
                }
            }
            finally {
                db.close();
            }
            components.push(...read);
        }
        catch (error) {
            unread.push({
                path: database,
                reason: `not read as an rpm sqlite database (${error.message})`,
            });
        }
        finally {
            (0,external_node_fs_.rmSync)(directory, { recursive: true, force: true });
        }
        return { components, unread };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/npm.ts


/** A package.json directly inside node_modules (scoped or not), at any depth. */
const npm_INSTALLED = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/;
const LOCKFILE = /(?:^|\/)package-lock\.json$/;
/** `license` as SPDX text, the old `{type}` object, or the older `licenses` array. */
function declaredLicenses(license, licenses) {
    const list = [license, licenses].flatMap((value) => (Array.isArray(value) ? value : [value]));
    return list
        .map((value) => (typeof value === 'string' ? value : value?.type))
        .filter((value) => typeof value === 'string' && value !== '');
}
const npm_dependencyNames = (manifest) => [
    ...new Set([
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.optionalDependencies ?? {}),
    ]),
];
/** The package name a lockfile key `…/node_modules/@scope/name` installs. */
const nameFromKey = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
/**
 * The dependencies a parsed package-lock.json (v2/v3 `packages`) installs: links (workspaces)
 * and the root project are not dependencies. Older lockfiles give the reason they are not read.
 */
function packageLockEntries(parsed) {
    const lock = parsed;
    if (!lock?.packages || (lock.lockfileVersion ?? 0) < 2)
        return {
            unreadReason: `lockfile version ${lock?.lockfileVersion ?? 'unknown'} (only v2 and v3 are read)`,
        };
    const entries = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
        if (key === '' || entry.link || !key.includes('node_modules/') || typeof entry.version !== 'string')
            continue;
        const name = typeof entry.name === 'string' ? entry.name : nameFromKey(key);
        entries.push({ key, name, version: entry.version, entry });
    }
    return entries;
}
/**
 * npm packages: every installed `node_modules/**\/package.json`, and the entries of
 * `package-lock.json` (v2/v3 `packages`) that are not installed next to it (those the installed
 * manifest already reports). Links (workspaces) and the root project are not dependencies.
 */
const npmCataloger = {
    name: 'npm',
    wants: (path) => npm_INSTALLED.test(path) || (LOCKFILE.test(path) && !path.includes('node_modules/')),
    catalog(tree) {
        const components = [];
        const unread = [];
        const add = (name, version, manifest, foundIn, layer) => components.push({
            ecosystem: 'npm',
            name,
            version,
            purl: npmPurl(name, version),
            licenses: declaredLicenses(manifest.license, manifest.licenses),
            foundIn,
            ...(layer ? { layer } : {}),
            dependsOn: npm_dependencyNames(manifest),
        });
        for (const path of tree.paths()) {
            if (!npm_INSTALLED.test(path) && !LOCKFILE.test(path))
                continue;
            const file = tree.resolve(path);
            if (!file)
                continue;
            let parsed;
            try {
                parsed = JSON.parse(file.data.toString('utf8'));
            }
            catch (error) {
                unread.push({ path, reason: `not valid JSON (${error.message})` });
                continue;
            }
            if (npm_INSTALLED.test(path)) {
                const manifest = parsed;
                // Test fixtures and partial installs have package.json files without a name or version.
                if (typeof manifest.name === 'string' && typeof manifest.version === 'string')
                    add(manifest.name, manifest.version, manifest, path, file.layer);
                continue;
            }
            const entries = packageLockEntries(parsed);
            if ('unreadReason' in entries) {
                unread.push({ path, reason: entries.unreadReason });
                continue;
            }
            const project = external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path);
            for (const { key, name, version, entry } of entries) {
                if (tree.get(external_node_path_.posix.join(project, key, 'package.json')))
                    continue;
                add(name, version, entry, path, file.layer);
            }
        }
        return { components, unread };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/python.ts


const DIST_INFO = /(?:^|\/)[^/]+\.dist-info\/METADATA$/;
/** An egg-info is a directory holding PKG-INFO, or (distutils, Debian's packages) a single file. */
const EGG_INFO = /(?:^|\/)[^/]+\.egg-info(?:\/PKG-INFO)?$/;
const LICENSE_CLASSIFIER = /^License :: (?:OSI Approved :: )?(.+)$/;
/**
 * Python distributions: `*.dist-info/METADATA` (wheels, pip) and `*.egg-info` / `PKG-INFO`
 * (setuptools, distutils). The license is `License-Expression` when given, else `License`
 * (one line only: some put the whole text there), else the trove classifiers.
 */
const pythonCataloger = {
    name: 'python',
    wants: (path) => DIST_INFO.test(path) || EGG_INFO.test(path),
    catalog(tree) {
        const components = [];
        const unread = [];
        for (const path of tree.paths()) {
            if (!DIST_INFO.test(path) && !EGG_INFO.test(path))
                continue;
            const file = tree.resolve(path);
            if (!file)
                continue;
            const headers = metadataHeaders(file.data.toString('utf8'));
            const first = (key) => headers.find(([name]) => name === key)?.[1];
            const name = first('name');
            const version = first('version');
            if (!name || !version) {
                unread.push({ path, reason: 'no Name or Version header' });
                continue;
            }
            const expression = first('license-expression');
            const license = first('license');
            const classifiers = headers
                .filter(([key]) => key === 'classifier')
                .map(([, value]) => LICENSE_CLASSIFIER.exec(value)?.[1])
                .filter((value) => Boolean(value));
            const licenses = expression
                ? [expression]
                : license && license !== 'UNKNOWN' && !license.includes('\n')
                    ? [license]
                    : classifiers;
            components.push({
                ecosystem: 'pypi',
                name,
                version,
                purl: purl({ type: 'pypi', name: pypiPurlName(name), version }),
                licenses,
                foundIn: path,
                ...(file.layer ? { layer: file.layer } : {}),
                dependsOn: headers
                    .filter(([key, value]) => key === 'requires-dist' && !value.includes('extra =='))
                    .map(([, value]) => /^[A-Za-z0-9._-]+/.exec(value)?.[0] ?? '')
                    .filter(Boolean),
            });
        }
        return { components, unread };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalog.ts








const CATALOGERS = [
    dpkgCataloger,
    apkCataloger,
    npmCataloger,
    pythonCataloger,
    goBinaryCataloger,
    javaCataloger,
    rpmCataloger,
];
/** Whether any cataloger needs `path`: the only files kept from a layer or a directory. */
const wantedByCatalogers = (catalogers = CATALOGERS) => (path) => OS_RELEASE_PATHS.includes(path) || catalogers.some((cataloger) => cataloger.wants(path));
/** Run every cataloger over the kept files: the OS first, since OS package purls name it. */
function catalog(tree, catalogers = CATALOGERS) {
    const os = readOperatingSystem(tree);
    const components = [];
    const unread = [];
    for (const cataloger of catalogers) {
        const result = cataloger.catalog(tree, os ? { os } : {});
        components.push(...result.components);
        unread.push(...result.unread);
    }
    return { ...(os ? { os } : {}), components, unread };
}

;// CONCATENATED MODULE: ./packages/sbom/src/formats/document-inputs.ts


/** `registry/repository` or the directory's name. */
const document_inputs_subjectName = (subject) => subject.kind === 'image'
    ? `${subject.image.reference.registry}/${subject.image.reference.repository}`
    : subject.name;
/** The image's own purl (pkg:oci), with where it lives as the repository_url qualifier. */
function document_inputs_subjectPurl(subject) {
    if (subject.kind !== 'image')
        return undefined;
    const { reference, platform } = subject.image;
    const [os, arch] = platform.split('/');
    return purl({
        type: 'oci',
        name: reference.repository.split('/').at(-1) ?? reference.repository,
        version: reference.digest,
        qualifiers: { arch, os, repository_url: document_inputs_subjectName(subject) },
    });
}
/** A name-based UUID (RFC 9562 v8 layout from sha256) so a document's id follows from its content. */
function document_inputs_contentUuid(...parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest();
    hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x80;
    hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
/** One reference per component, unique even when the same package is installed twice. */
function componentRefs(components) {
    const seen = new Map();
    return components.map((component) => {
        const count = (seen.get(component.purl) ?? 0) + 1;
        seen.set(component.purl, count);
        return count === 1 ? component.purl : `${component.purl}#${count}`;
    });
}
/** For each component, the indexes of the components its dependencies name (same ecosystem, first match). */
function document_inputs_dependencyIndexes(components) {
    const byName = new Map();
    components.forEach((component, index) => {
        const key = `${component.ecosystem}:${component.name}`;
        if (!byName.has(key))
            byName.set(key, index);
    });
    return components.map((component) => (component.dependsOn ?? [])
        .map((name) => byName.get(`${component.ecosystem}:${name}`))
        .filter((index) => index !== undefined));
}
/** ISO 8601 to the second, as SPDX requires (no fraction). */
const document_inputs_isoSeconds = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(75204);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
;// CONCATENATED MODULE: ./packages/sbom/src/formats/licenses.ts
// The SPDX license list as the spdx-license-ids package publishes it (current and deprecated ids),
// imported so the bundle carries it.


const ids = new Set([...spdx_license_ids, ...deprecated]);
const EXCEPTIONS = /^[A-Za-z0-9.+-]+-exception$|^Classpath-exception-2\.0$|^LLVM-exception$/;
/** The id as the SPDX list spells it (the list is case-insensitive), if it is on the list. */
function licenses_spdxId(text) {
    if (ids.has(text))
        return text;
    const lower = text.toLowerCase();
    for (const id of ids)
        if (id.toLowerCase() === lower)
            return id;
    return undefined;
}
/**
 * Whether `text` is an SPDX license expression of listed ids: ids (with an optional `+`),
 * `LicenseRef-…`, joined by AND / OR / WITH and parentheses.
 */
function licenses_isSpdxExpression(text) {
    const tokens = text.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    if (tokens.length === 0)
        return false;
    let expectOperand = true;
    let afterWith = false;
    for (const token of tokens) {
        if (expectOperand) {
            const known = afterWith
                ? EXCEPTIONS.test(token)
                : ids.has(token.replace(/\+$/, '')) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(token);
            if (!known)
                return false;
            expectOperand = false;
            afterWith = false;
        }
        else {
            if (!['AND', 'OR', 'WITH'].includes(token))
                return false;
            afterWith = token === 'WITH';
            expectOperand = true;
        }
    }
    return !expectOperand;
}
/** A LicenseRef- id for a license named outside the SPDX list (`GPL-2+`, `BSD-like`). */
const licenses_licenseRef = (name) => `LicenseRef-${name.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed'}`;

;// CONCATENATED MODULE: ./packages/sbom/src/formats/cyclonedx.ts


const ROOT_REF = 'subject';
/** CycloneDX's license choice: a listed id, an SPDX expression, or a name as declared. */
function licenseChoices(licenses) {
    const expression = licenses.length === 1 && / (AND|OR|WITH) /.test(licenses[0] ?? '') ? licenses[0] : undefined;
    if (expression && licenses_isSpdxExpression(expression))
        return [{ expression }];
    return licenses.map((license) => {
        const id = licenses_spdxId(license);
        return { license: id ? { id } : { name: license } };
    });
}
const cyclonedx_properties = (component) => [
    { name: 'shipchain:sbom:found-in', value: component.foundIn },
    ...(component.layer ? [{ name: 'shipchain:sbom:layer', value: component.layer }] : []),
    ...(component.source
        ? [
            { name: 'shipchain:sbom:source-name', value: component.source.name },
            { name: 'shipchain:sbom:source-version', value: component.source.version },
        ]
        : []),
];
/**
 * A CycloneDX 1.6 JSON document: the image (or directory) as metadata.component, every package
 * as a library component, the OS as an operating-system component, and a dependency graph whose
 * root contains them all.
 */
function cycloneDxDocument(inputs) {
    const { subject, catalog, created, tool } = inputs;
    const components = catalog.components;
    const refs = componentRefs(components);
    const dependencies = document_inputs_dependencyIndexes(components);
    const rootPurl = document_inputs_subjectPurl(subject);
    const osRef = catalog.os ? `os:${catalog.os.id}` : undefined;
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${document_inputs_contentUuid('cyclonedx', rootPurl ?? document_inputs_subjectName(subject), JSON.stringify(components))}`,
        version: 1,
        metadata: {
            timestamp: document_inputs_isoSeconds(created),
            tools: { components: [{ type: 'application', name: tool.name, version: tool.version }] },
            component: {
                type: subject.kind === 'image' ? 'container' : 'application',
                'bom-ref': ROOT_REF,
                name: document_inputs_subjectName(subject),
                ...(subject.kind === 'image' ? { version: subject.image.reference.digest } : {}),
                ...(rootPurl ? { purl: rootPurl } : {}),
            },
        },
        components: [
            ...(catalog.os && osRef
                ? [
                    {
                        type: 'operating-system',
                        'bom-ref': osRef,
                        name: catalog.os.id,
                        ...(catalog.os.versionId ? { version: catalog.os.versionId } : {}),
                        ...(catalog.os.prettyName ? { description: catalog.os.prettyName } : {}),
                    },
                ]
                : []),
            ...components.map((component, index) => ({
                type: 'library',
                'bom-ref': refs[index],
                name: component.name,
                version: component.version,
                purl: component.purl,
                ...(component.licenses.length > 0 ? { licenses: licenseChoices(component.licenses) } : {}),
                properties: cyclonedx_properties(component),
            })),
        ],
        dependencies: [
            { ref: ROOT_REF, dependsOn: [...(osRef ? [osRef] : []), ...refs] },
            ...(osRef ? [{ ref: osRef, dependsOn: [] }] : []),
            ...components.map((_, index) => ({
                ref: refs[index],
                dependsOn: [...new Set((dependencies[index] ?? []).map((target) => refs[target]))],
            })),
        ],
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/formats/spdx.ts


const SUBJECT_ID = 'SPDXRef-Subject';
const OS_ID = 'SPDXRef-OperatingSystem';
/** One declared license as SPDX wants it: a listed id or expression, else a LicenseRef with the text kept. */
function declaredLicense(licenses, extracted) {
    if (licenses.length === 0)
        return 'NOASSERTION';
    const parts = licenses.map((license) => {
        if (isSpdxExpression(license))
            return licenses.length > 1 && / (AND|OR) /.test(license) ? `(${license})` : license;
        const id = spdxId(license);
        if (id)
            return id;
        const ref = licenseRef(license);
        extracted.set(ref, license);
        return ref;
    });
    return parts.join(' AND ');
}
const isOsPackage = (component) => component.ecosystem === 'deb' || component.ecosystem === 'apk' || component.ecosystem === 'rpm';
const purpose = (component) => (isOsPackage(component) ? 'INSTALL' : 'LIBRARY');
/**
 * An SPDX 2.3 JSON document: it DESCRIBES the image (or directory), which CONTAINS the operating
 * system and every language package; the operating system CONTAINS the packages its package
 * manager installed (as trivy writes and reads it). Packages depending on others say so with
 * DEPENDS_ON. Licenses outside the SPDX list become
 * LicenseRef- ids whose declared text is kept in hasExtractedLicensingInfos.
 */
function spdxDocument(inputs) {
    const { subject, catalog, created, tool } = inputs;
    const components = catalog.components;
    const extracted = new Map();
    const ids = components.map((_, index) => `SPDXRef-Package-${index + 1}`);
    const rootPurl = subjectPurl(subject);
    const name = subjectName(subject);
    const packages = [
        {
            SPDXID: SUBJECT_ID,
            name,
            ...(subject.kind === 'image' ? { versionInfo: subject.image.reference.digest } : {}),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            primaryPackagePurpose: subject.kind === 'image' ? 'CONTAINER' : 'SOURCE',
            ...(rootPurl
                ? {
                    externalRefs: [
                        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: rootPurl },
                    ],
                }
                : {}),
        },
        ...(catalog.os
            ? [
                {
                    SPDXID: OS_ID,
                    name: catalog.os.id,
                    ...(catalog.os.versionId ? { versionInfo: catalog.os.versionId } : {}),
                    downloadLocation: 'NOASSERTION',
                    filesAnalyzed: false,
                    primaryPackagePurpose: 'OPERATING-SYSTEM',
                },
            ]
            : []),
        ...components.map((component, index) => ({
            SPDXID: ids[index],
            name: component.name,
            versionInfo: component.version,
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: declaredLicense(component.licenses, extracted),
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: purpose(component),
            ...(component.source
                ? { sourceInfo: `built from source package ${component.source.name} ${component.source.version}` }
                : {}),
            comment: `Found in ${component.foundIn}${component.layer ? ` (layer ${component.layer})` : ''}.`,
            externalRefs: [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: component.purl },
            ],
        })),
    ];
    const dependencies = dependencyIndexes(components);
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: SUBJECT_ID },
        ...(catalog.os
            ? [{ spdxElementId: SUBJECT_ID, relationshipType: 'CONTAINS', relatedSpdxElement: OS_ID }]
            : []),
        ...ids.map((id, index) => ({
            spdxElementId: catalog.os && isOsPackage(components[index]) ? OS_ID : SUBJECT_ID,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: id,
        })),
        ...dependencies.flatMap((targets, index) => [...new Set(targets)].map((target) => ({
            spdxElementId: ids[index],
            relationshipType: 'DEPENDS_ON',
            relatedSpdxElement: ids[target],
        }))),
    ];
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name,
        documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(name)}-${contentUuid('spdx', rootPurl ?? name, JSON.stringify(components))}`,
        creationInfo: { created: isoSeconds(created), creators: [`Tool: ${tool.name}-${tool.version}`] },
        documentDescribes: [SUBJECT_ID],
        packages,
        relationships,
        ...(extracted.size > 0
            ? {
                hasExtractedLicensingInfos: [...extracted].map(([licenseId, text]) => ({
                    licenseId,
                    name: text,
                    extractedText: `The package declares its license as: ${text}`,
                })),
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/index.ts














;// CONCATENATED MODULE: ./packages/osv-data/src/lockfiles/package-lock.ts


/**
 * package-lock.json v2/v3, read by packages/sbom's reader; each entry's line is that of its
 * `"node_modules/…": {` key, found by scanning the text once.
 */
function packageLockPackages(content, file) {
    let parsed;
    try {
        parsed = JSON.parse(content);
    }
    catch (error) {
        return {
            packages: [],
            notScanned: [
                { subject: file, reason: `not valid JSON (${error.message})`, location: { file } },
            ],
        };
    }
    const entries = packageLockEntries(parsed);
    if ('unreadReason' in entries)
        return {
            packages: [],
            notScanned: [{ subject: file, reason: entries.unreadReason, location: { file } }],
        };
    const lines = new Map();
    content.split('\n').forEach((text, index) => {
        const key = /^\s*"([^"]*node_modules\/[^"]*)"\s*:/.exec(text)?.[1];
        if (key !== undefined && !lines.has(key))
            lines.set(key, index + 1);
    });
    return {
        packages: entries.map(({ key, name, version }) => lockfilePackage('npm', name, version, file, lines.get(key) ?? 1)),
        notScanned: [],
    };
}

;// CONCATENATED MODULE: ./packages/osv-data/src/lockfiles/poetry-lock.ts


const TABLE_HEADER = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const STRING_KEY = /^\s*(name|version)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/;
/**
 * poetry.lock: one `[[package]]` table per locked package, whose `name` and `version` are plain
 * TOML basic strings. Poetry writes exactly this shape, so a line reader is enough; keys inside
 * the sub-tables (`[package.dependencies]`, `[package.extras]`) are not taken for the package's.
 */
function poetryLockPackages(content, file) {
    const result = { packages: [], notScanned: [] };
    let entry;
    /** Whether key lines belong to the current [[package]] table itself. */
    let inPackageTable = false;
    const finish = () => {
        if (entry?.name && entry.version)
            result.packages.push(lockfilePackage('PyPI', normalizePypiName(entry.name), entry.version, file, entry.line, entry.name));
        else if (entry)
            result.notScanned.push({
                subject: entry.name ?? `[[package]] at line ${entry.line}`,
                reason: 'the [[package]] table has no name or version string',
                location: { file, line: entry.line },
            });
        entry = undefined;
    };
    content.split('\n').forEach((line, index) => {
        const header = TABLE_HEADER.exec(line);
        if (header) {
            const opensPackage = header[1] === '[[' && header[2] === 'package';
            if (opensPackage || !header[2]?.startsWith('package.'))
                finish();
            if (opensPackage)
                entry = { line: index + 1 };
            inPackageTable = opensPackage;
            return;
        }
        const pair = STRING_KEY.exec(line);
        if (!pair || !entry || !inPackageTable)
            return;
        const value = (pair[2] ?? '').replace(/\\(.)/g, '$1');
        if (pair[1] === 'name')
            Object.assign(entry, { name: value, line: index + 1 });
        else
            entry.version = value;
    });
    finish();
    return result;
}

;// CONCATENATED MODULE: ./packages/osv-data/src/lockfiles/pom.ts

/** Comments blanked to spaces (newlines kept), so offsets and line numbers still point into the file. */
const blankComments = (xml) => xml.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
const decodeEntities = (text) => text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The text of a direct child element `<tag>…</tag>` of an element's body, trimmed. */
const childText = (body, tag) => {
    const match = new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(body);
    return match ? decodeEntities(match[1] ?? '') : undefined;
};
/** The body of the first `<tag>` element (not nested in one of the same name). */
const elementBody = (xml, tag) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
/**
 * Properties the file itself defines: `<properties>`, and project.version / project.groupId
 * (and the parent's), which POMs refer to as `${project.version}` and `${project.parent.version}`.
 */
function fileProperties(xml) {
    const properties = new Map();
    // The project's own coordinates: the text before <dependencies>, <build> and so on, without <parent>.
    const parent = elementBody(xml, 'parent');
    const head = xml
        .replace(/<parent>[\s\S]*?<\/parent>/, '')
        .replace(/<(dependencies|dependencyManagement|build|profiles|properties|modules)>[\s\S]*?<\/\1>/g, '');
    for (const key of ['groupId', 'artifactId', 'version']) {
        const own = childText(head, key);
        const inherited = parent ? childText(parent, key) : undefined;
        if (inherited)
            properties.set(`project.parent.${key}`, inherited);
        const value = own ?? (key !== 'artifactId' ? inherited : undefined);
        if (value) {
            properties.set(`project.${key}`, value);
            properties.set(`pom.${key}`, value);
        }
    }
    const block = elementBody(xml, 'properties');
    for (const match of block?.matchAll(/<([A-Za-z0-9_.-]+)>\s*([^<]*?)\s*<\/\1>/g) ?? [])
        properties.set(match[1] ?? '', decodeEntities(match[2] ?? ''));
    return properties;
}
/** `${name}` references resolved from the file's properties, repeatedly (properties may refer to others). */
function resolve(text, properties) {
    let value = text;
    for (let depth = 0; depth < 10 && value.includes('${'); depth += 1)
        value = value.replace(/\$\{([^}]+)\}/g, (whole, name) => properties.get(name) ?? whole);
    return value.includes('${') ? undefined : value;
}
/**
 * pom.xml: every `<dependency>` (dependencyManagement too) with a literal version or one whose
 * `${property}` references resolve within this file. A dependency whose version comes from a
 * parent POM or an imported BOM, or a version range, is listed as not scanned.
 */
function pomPackages(content, file) {
    const xml = blankComments(content);
    const properties = fileProperties(xml);
    const result = { packages: [], notScanned: [] };
    for (const match of xml.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
        const body = match[1] ?? '';
        const line = lineAt(content, match.index ?? 0);
        const groupId = resolve(childText(body, 'groupId') ?? '', properties);
        const artifactId = resolve(childText(body, 'artifactId') ?? '', properties);
        const declared = childText(body, 'version');
        const subject = `${groupId ?? '?'}:${artifactId ?? '?'}`;
        const notScanned = (reason) => result.notScanned.push({ subject, reason, location: { file, line } });
        if (!groupId || !artifactId) {
            notScanned('its groupId or artifactId is missing or refers to a property not in this file');
            continue;
        }
        if (declared === undefined) {
            notScanned('no version here (it comes from a parent POM or an imported BOM)');
            continue;
        }
        const version = resolve(declared, properties);
        if (!version)
            notScanned(`its version ${declared} refers to a property not defined in this file`);
        else if (/^[[(]/.test(version))
            notScanned(`its version ${version} is a range (the resolved version is unknown)`);
        else
            result.packages.push(lockfilePackage('Maven', `${groupId}:${artifactId}`, version, file, line));
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/osv-data/src/lockfiles/requirements.ts


// `name[extras] == version` with optional environment markers, hashes or comments after it.
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;#\\,]+)\s*(?:[;#\\].*)?$/;
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)/;
const EDITABLE = /^(-e|--editable)(\s|=)/;
/**
 * requirements.txt: exactly pinned lines (`name==version`, pip-compile's output) are looked up;
 * any other requirement (a range, no version, a URL, an editable install) is listed as not scanned,
 * since the version pip would install is unknown. Options (`-r`, `--hash` continuation lines) are
 * skipped: files named requirements*.txt are read on their own.
 */
function requirementsPackages(content, file) {
    const result = { packages: [], notScanned: [] };
    const lines = content.split('\n');
    lines.forEach((raw, index) => {
        const line = raw.replace(/\s+#.*$/, '').trim();
        const location = { file, line: index + 1 };
        if (EDITABLE.test(line)) {
            result.notScanned.push({
                subject: line,
                reason: 'an editable install (a checkout, no released version)',
                location,
            });
            return;
        }
        // Other options (`-r`, `-c`, `--index-url`) and hash continuation lines are not requirements.
        if (line === '' || line.startsWith('#') || line.startsWith('-'))
            return;
        const pinned = PINNED.exec(line);
        if (pinned) {
            const [, name = '', version = ''] = pinned;
            result.packages.push(lockfilePackage('PyPI', normalizePypiName(name), version, file, index + 1, name));
            return;
        }
        const name = REQUIREMENT.exec(line)?.[1];
        const reason = !name
            ? 'not a requirement this reader understands'
            : /^[^;]*\s@\s/.test(line)
                ? 'installed from a URL (no released version)'
                : 'not pinned with == (the installed version is unknown)';
        result.notScanned.push({ subject: name ?? line, reason, location });
    });
    return result;
}

;// CONCATENATED MODULE: ./packages/osv-data/src/lockfiles/checkout.ts







/** The reader for a lockfile's name, or undefined for any other file. */
function lockfileReader(name) {
    if (name === 'package-lock.json')
        return packageLockPackages;
    if (name === 'poetry.lock')
        return poetryLockPackages;
    if (name === 'go.mod')
        return goModPackages;
    if (name === 'go.sum')
        return goSumPackages;
    if (name === 'pom.xml')
        return pomPackages;
    if (/^requirements.*\.txt$/.test(name))
        return requirementsPackages;
    return undefined;
}
/** Directories that hold installed or vendored copies, not the project's own lockfiles. */
const SKIPPED_DIRECTORIES = new Set([
    'node_modules',
    '.git',
    'vendor',
    '.venv',
    'venv',
    '__pycache__',
    'target',
]);
/**
 * The lockfiles of a checkout, found by name below `root` (symlinks are not followed, so nothing
 * outside the checkout is read). go.sum is read only where no go.mod sits beside it. Files are
 * named relative to `root` with `/`, as SARIF locations want them.
 */
async function checkoutPackages(root) {
    const files = await lockfilePaths(root);
    const directoriesWithGoMod = new Set(files.filter((path) => (0,external_node_path_.basename)(path) === 'go.mod').map(external_node_path_.dirname));
    const list = { packages: [], notScanned: [] };
    for (const path of files.sort()) {
        if ((0,external_node_path_.basename)(path) === 'go.sum' && directoriesWithGoMod.has((0,external_node_path_.dirname)(path)))
            continue;
        const reader = lockfileReader((0,external_node_path_.basename)(path));
        const name = (0,external_node_path_.relative)(root, path).split('\\').join('/');
        const found = reader(await (0,promises_.readFile)(path, 'utf8'), name);
        list.packages.push(...found.packages);
        list.notScanned.push(...found.notScanned);
    }
    return list;
}
async function lockfilePaths(directory) {
    const paths = [];
    for (const entry of await (0,promises_.readdir)(directory, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(directory, entry.name);
        if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name))
            paths.push(...(await lockfilePaths(path)));
        else if (entry.isFile() && lockfileReader(entry.name))
            paths.push(path);
    }
    return paths;
}

;// CONCATENATED MODULE: ./packages/osv-data/src/api/http.ts

/** An HTTP answer other than 2xx: the status and Retry-After let withRetry decide and wait. */
class OsvHttpError extends Error {
    url;
    status;
    body;
    retryAfterMs;
    name = 'OsvHttpError';
    constructor(url, status, body, 
    /** From Retry-After (seconds), honoured by withRetry as the least wait. */
    retryAfterMs) {
        super(`${url} answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`);
        this.url = url;
        this.status = status;
        this.body = body;
        this.retryAfterMs = retryAfterMs;
    }
}
/**
 * The vulnerability data could not be had: the server failed for good (after retries, for
 * transient failures) or sent something that is not OSV. The action applies `on-data-error`.
 */
class OsvDataError extends Error {
    server;
    cause;
    name = 'OsvDataError';
    constructor(message, 
    /** The server (base URL) at fault. */
    server, cause) {
        super(message);
        this.server = server;
        this.cause = cause;
    }
}
/** Seconds (or an HTTP date) as milliseconds to wait. */
function retryAfter(header, now = Date.now()) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** One HTTP exchange returning parsed JSON; non-2xx answers throw OsvHttpError. */
async function requestJson(request) {
    const response = await request.fetch(request.url, {
        method: request.method,
        headers: { accept: 'application/json', ...(request.body ? { 'content-type': 'application/json' } : {}) },
        ...(request.body ? { body: JSON.stringify(request.body) } : {}),
        signal: AbortSignal.timeout(request.timeoutMs),
    });
    const text = await response.text();
    if (!response.ok)
        throw new OsvHttpError(request.url, response.status, text.trim(), retryAfter(response.headers.get('retry-after')));
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new OsvHttpError(request.url, response.status, `not JSON (${error.message})`);
    }
}
/** Worth another attempt: the runtime's rule (408, 429, 5xx, resets, timeouts) — a 2xx that is not JSON is not. */
const isTransientOsvError = (error) => !(error instanceof OsvHttpError && error.status < 300) && (0,src/* isTransientError */.bV)(error);

;// CONCATENATED MODULE: ./packages/osv-data/src/api/client.ts



/** OSV's limit of queries in one querybatch request. */
const MAX_BATCH = 1000;
/**
 * The OSV API: querybatch for which vulnerabilities affect each package (pages followed, order
 * kept), then vulns/{id} for the full records not already in the store, a bounded number at a
 * time. Transient failures are retried with the runtime's backoff; anything else, or retries
 * running out, throws OsvDataError naming the URL.
 */
class OsvClient {
    options;
    counts = { querybatch: 0, vulns: 0, retries: 0, cacheHits: 0 };
    base;
    batchSize;
    fetchImpl;
    constructor(options) {
        this.options = options;
        this.base = options.url.replace(/\/+$/, '');
        this.batchSize = Math.min(MAX_BATCH, Math.max(1, options.batchSize ?? MAX_BATCH));
        this.fetchImpl = options.fetch ?? fetch;
    }
    /** For each package (same order), the vulnerabilities OSV lists for it: every page. */
    async queryBatch(packages) {
        const found = packages.map(() => []);
        // Each round sends the queries that still have a page to fetch, with that page's token.
        let pending = packages.map((pkg, index) => ({ index, pkg, token: undefined }));
        while (pending.length > 0) {
            const next = [];
            for (let start = 0; start < pending.length; start += this.batchSize) {
                const chunk = pending.slice(start, start + this.batchSize);
                const answer = await this.send('POST', '/v1/querybatch', {
                    queries: chunk.map(({ pkg, token }) => ({
                        package: { ecosystem: pkg.ecosystem, name: pkg.name },
                        version: pkg.version,
                        ...(token ? { page_token: token } : {}),
                    })),
                });
                const results = Array.isArray(answer.results) ? answer.results : [];
                if (results.length !== chunk.length)
                    throw new OsvDataError(`${this.base}/v1/querybatch answered ${results.length} results for ${chunk.length} queries; the OSV API answers one per query, in order.`, this.base);
                chunk.forEach((query, position) => {
                    const result = results[position] ?? {};
                    for (const vuln of result.vulns ?? []) {
                        if (typeof vuln?.id !== 'string' || typeof vuln.modified !== 'string')
                            throw new OsvDataError(`${this.base}/v1/querybatch answered a vulnerability without a string id and modified time (${JSON.stringify(vuln).slice(0, 200)}).`, this.base);
                        found[query.index]?.push({ id: vuln.id, modified: vuln.modified });
                    }
                    if (result.next_page_token)
                        next.push({ ...query, token: result.next_page_token });
                });
            }
            pending = next;
        }
        return found;
    }
    /** The full records of these vulnerabilities: from the store when it has (id, modified), else fetched. */
    async records(refs) {
        const unique = [...new Map(refs.map((ref) => [ref.id, ref])).values()];
        const records = await (0,src/* mapBounded */.yJ)(unique, this.options.concurrency ?? 8, async (ref) => {
            const stored = await this.options.store?.get(ref.id, ref.modified);
            if (stored) {
                this.counts.cacheHits += 1;
                return stored;
            }
            const path = `/v1/vulns/${encodeURIComponent(ref.id)}`;
            const record = this.checked(await this.send('GET', path), `${this.base}${path}`);
            await this.options.store?.put(record);
            return record;
        });
        return new Map(records.map((record) => [record.id, record]));
    }
    /** Both steps: the vulnerabilities of each package, and every record they name. */
    async lookup(packages) {
        const perPackage = await this.queryBatch(packages);
        const records = await this.records(perPackage.flat());
        return { perPackage, records };
    }
    checked(value, url) {
        try {
            return checkRecord(value, url);
        }
        catch (error) {
            if (error instanceof OsvRecordError)
                throw new OsvDataError(error.message, this.base, error);
            throw error;
        }
    }
    async send(method, path, body) {
        const url = `${this.base}${path}`;
        try {
            return (await (0,src/* withRetry */.bD)(() => {
                this.counts[method === 'POST' ? 'querybatch' : 'vulns'] += 1;
                return requestJson({
                    url,
                    method,
                    body,
                    timeoutMs: this.options.timeoutMs ?? 30_000,
                    fetch: this.fetchImpl,
                });
            }, {
                ...this.options.retry,
                isTransient: isTransientOsvError,
                onRetry: (info) => {
                    this.counts.retries += 1;
                    this.options.onRetry?.({ url, ...info });
                },
            }));
        }
        catch (error) {
            throw new OsvDataError(dataErrorMessage(url, error), this.base, error);
        }
    }
}
/** Says which URL failed, how, and after how many attempts. */
function dataErrorMessage(url, error) {
    const last = error instanceof src/* RetryExhaustedError */.aB ? error.cause : error;
    const attempts = error instanceof src/* RetryExhaustedError */.aB ? ` after ${error.attempts} attempts` : '';
    if (last instanceof OsvHttpError)
        return `The OSV server failed${attempts}: ${last.message}.`;
    const cause = last?.cause;
    const detail = [last?.message, cause?.code ?? cause?.message].filter(Boolean).join(': ');
    return `The OSV server at ${url} could not be reached${attempts}: ${detail}.`;
}

;// CONCATENATED MODULE: ./packages/osv-data/src/record-store.ts




/**
 * Fetched OSV records kept on disk between runs, one file per (id, modified): a record changed
 * upstream has a new `modified`, so its old file is simply never asked for again.
 */
class RecordStore {
    directory;
    /** How many records this run added: the runner cache is saved only when it is non-zero. */
    added = 0;
    constructor(directory) {
        this.directory = directory;
    }
    pathOf(id, modified) {
        // Hashed: ids hold `:` and `/` (e.g. DEBIAN-CVE-…, GO-…), and modified times hold `:` too.
        const key = (0,external_node_crypto_.createHash)('sha256').update(`${id}\u0000${modified}`).digest('hex').slice(0, 40);
        return (0,external_node_path_.join)(this.directory, `${key}.json`);
    }
    /** The record with this id and modified time, or undefined (not stored, or unreadable). */
    async get(id, modified) {
        let text;
        try {
            text = await (0,promises_.readFile)(this.pathOf(id, modified), 'utf8');
        }
        catch {
            return undefined;
        }
        try {
            const record = checkRecord(JSON.parse(text), 'the record cache');
            return record.id === id && record.modified === modified ? record : undefined;
        }
        catch {
            // A damaged cache file costs one fetch, never the run.
            return undefined;
        }
    }
    async put(record) {
        await (0,promises_.mkdir)(this.directory, { recursive: true });
        const path = this.pathOf(record.id, record.modified);
        // Written aside then renamed, so a reader never sees half a record.
        const partial = `${path}.${process.pid}.partial`;
        await (0,promises_.writeFile)(partial, JSON.stringify(record));
        await (0,promises_.rename)(partial, path);
        this.added += 1;
    }
}

;// CONCATENATED MODULE: ./packages/runner-cache/src/staging.ts





const uid = () => process.getuid?.();
/**
 * This user's folder of staging directories: `<temp>/shipchain-cache-<uid>`, made 0700, and checked to
 * be a real directory (not a link) owned by this user that nobody else may enter — so another user
 * of the machine can neither plant it nor read what passes through it.
 */
async function stagingParent(root = (0,external_node_os_.tmpdir)()) {
    const owner = uid();
    const parent = (0,external_node_path_.join)(root, `shipchain-cache-${owner ?? 'user'}`);
    await (0,promises_.mkdir)(parent, { mode: 0o700 }).catch((error) => {
        if (error.code !== 'EEXIST')
            throw error;
    });
    const info = await (0,promises_.lstat)(parent);
    const problem = info.isSymbolicLink()
        ? 'is a symbolic link'
        : !info.isDirectory()
            ? 'is not a directory'
            : owner !== undefined && info.uid !== owner
                ? `belongs to uid ${info.uid}, not to this user (uid ${owner})`
                : owner !== undefined && (info.mode & 0o077) !== 0
                    ? `may be entered by other users (mode ${(info.mode & 0o777).toString(8)})`
                    : undefined;
    if (problem)
        throw new Error(`The cache staging folder ${parent} ${problem}: remove it, and the next run makes it anew.`);
    return parent;
}
/**
 * Run `use` with exclusive use of a staging directory that the runner's cache service restores into
 * or saves from. The service versions an entry by the paths saved, so the path must be the same in
 * every run (`<temp>/shipchain-cache-<uid>/<name>`); two jobs of one user on one machine take turns
 * with it through a lock file naming the holder's pid (a lock whose holder has exited is taken
 * over). The directory is empty when `use` starts and removed when it ends, whatever happened.
 */
async function withCacheStaging(name, use, options = {}) {
    if (!/^[A-Za-z0-9._-]{1,120}$/.test(name) || name.startsWith('.'))
        throw new Error(`Cache staging name ${JSON.stringify(name)} must be letters, digits, . _ - (not starting with .).`);
    const parent = await stagingParent(options.root);
    const directory = (0,external_node_path_.join)(parent, name);
    const release = await lock(`${directory}.lock`, options);
    try {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
        return await use(directory);
    }
    finally {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
        await release();
    }
}
/**
 * Take the lock, a file naming the holder's pid, made whole beside it and linked into place (a link
 * fails when the name exists, so exactly one job gets it). While a live process holds it, wait
 * (bounded, with jittered backoff); a lock whose holder has exited is removed and taken.
 */
async function lock(path, options) {
    const deadline = new src/* Deadline */.B2(options.waitMs ?? 120_000);
    const mine = `${path}.${process.pid}.${(0,external_node_crypto_.randomUUID)()}`;
    await (0,promises_.writeFile)(mine, String(process.pid), { mode: 0o600 });
    let told = false;
    try {
        for (let attempt = 1;; attempt++) {
            try {
                await (0,promises_.link)(mine, path);
                return () => (0,promises_.rm)(path, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const holder = Number(await (0,promises_.readFile)(path, 'utf8').catch(() => ''));
            if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
                await (0,promises_.rm)(path, { force: true });
                continue;
            }
            if (!told) {
                told = true;
                options.onWait?.(`process ${holder}`);
            }
            if (deadline.passed())
                throw new Error(`${path} is still held by process ${holder}.`);
            const wait = Math.max(10, (0,src/* fullJitterDelay */.x4)(attempt, { baseDelayMs: 20, maxDelayMs: 500 }));
            await new Promise((resolve) => setTimeout(resolve, deadline.fit(wait)));
        }
    }
    finally {
        await (0,promises_.rm)(mine, { force: true });
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}

;// CONCATENATED MODULE: ./packages/runner-cache/src/index.ts
/** Whether the job environment names a cache service (v2 results service, or v1). */
function cacheServiceOffered(env) {
    return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
/** The cache client, or undefined when the runner offers no cache service. */
async function loadCacheClient(env) {
    if (!cacheServiceOffered(env))
        return undefined;
    const client = await __webpack_require__.e(/* import() */ 392).then(__webpack_require__.bind(__webpack_require__, 89392));
    return client.isFeatureAvailable() ? client : undefined;
}


;// CONCATENATED MODULE: ./packages/osv-data/src/runner-record-cache.ts





const KEY_PREFIX = 'shipchain-osv-records-';
/**
 * The cache service keys entries by key and by a version hashed from the cached paths, so the
 * records pass through a staging directory at the same path in every run (RUNNER_TEMP is not the
 * same everywhere) — this user's own, held by one job at a time, and only while the cache restores
 * or saves. The store itself lives in a directory of this run's.
 */
const STAGING = 'osv-records';
/**
 * Restores the newest saved store (key prefix match), or starts an empty one. Cache failures
 * are never fatal: the records are fetched instead, and the returned text says why.
 */
async function restoreRunnerRecordCache(options) {
    const directory = options.directory ?? (await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'osv-records-')));
    // A run starts from what the cache restores, never from what an earlier run left in a named directory.
    if (options.directory)
        await (0,promises_.rm)(directory, { recursive: true, force: true });
    const store = new RecordStore(directory);
    const client = options.client ?? (await loadCacheClient(options.env));
    let source = 'none (no cache service)';
    if (client) {
        try {
            const hit = await withCacheStaging(STAGING, async (staging) => {
                const found = await client.restoreCache([staging], `${KEY_PREFIX}latest`, [KEY_PREFIX]);
                if (found)
                    await (0,promises_.cp)(staging, directory, { recursive: true });
                return found;
            });
            source = hit ? `cache ${hit}` : 'none yet in the cache';
        }
        catch (error) {
            source = `none (restoring failed: ${error.message})`;
        }
    }
    return {
        store,
        source,
        async save(runId, attempt) {
            if (!client || store.added === 0)
                return undefined;
            try {
                await withCacheStaging(STAGING, async (staging) => {
                    await (0,promises_.cp)(directory, staging, { recursive: true });
                    await client.saveCache([staging], `${KEY_PREFIX}${runId}-${attempt}`);
                });
                return undefined;
            }
            catch (error) {
                return `Could not save the OSV records to the cache: ${error.message}`;
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/osv-data/src/offline-db.ts







/** PyPI names are compared normalised, on both sides; other ecosystems compare names as written. */
const indexName = (ecosystem, name) => `${ecosystem}\u0000${ecosystem === 'PyPI' ? normalizePypiName(name) : name}`;
const offline_db_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The (ecosystem, name) keys a record names in `affected`, read without trusting its shape. */
function packageKeys(value) {
    const keys = new Set();
    for (const affected of Array.isArray(value.affected) ? value.affected : []) {
        const pkg = offline_db_isObject(affected) ? affected.package : undefined;
        if (offline_db_isObject(pkg) && typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string')
            keys.add(indexName(pkg.ecosystem, pkg.name));
    }
    return keys;
}
/**
 * An offline OSV database (`osv-db`): a directory of OSV JSON records (any depth) or a zip of
 * them, like the per-ecosystem `all.zip` OSV publishes, indexed in memory by (ecosystem, package
 * name). Records are checked against the schema when a look-up first returns them, so loading
 * pays only for parsing: a scan needs a few hundred of an export's tens of thousands. A file that
 * is not JSON, or a record that fails the check, is skipped and listed with its reason, so one bad
 * file in a large export does not stop an air-gapped scan, but is never silently lost.
 */
class OfflineDatabase {
    index = new Map();
    skipped = [];
    /** Records indexed, checked or not yet (a record naming several packages counts once). */
    size = 0;
    /** Valid records that name this package in `affected` (withdrawn ones included: matching drops them). */
    lookup(ecosystem, name) {
        const records = [];
        for (const entry of this.index.get(indexName(ecosystem, name)) ?? []) {
            if (entry.checked === undefined)
                entry.checked = this.check(entry);
            if (entry.checked)
                records.push(entry.checked);
        }
        return records;
    }
    check(entry) {
        try {
            return checkRecord(entry.value, entry.file);
        }
        catch (error) {
            if (!(error instanceof OsvRecordError))
                throw error;
            this.skipped.push({ file: entry.file, reason: `${error.field} ${error.problem}` });
            return null;
        }
    }
    /** Adds one record's text to the index; text that is not a JSON object with an id is listed in `skipped`. */
    add(text, file) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            this.skipped.push({ file, reason: `not JSON (${error.message})` });
            return;
        }
        if (!offline_db_isObject(value) || typeof value.id !== 'string') {
            this.skipped.push({ file, reason: 'not an OSV record (no string id)' });
            return;
        }
        const entry = { value, file };
        for (const key of packageKeys(value)) {
            const list = this.index.get(key);
            if (list)
                list.push(entry);
            else
                this.index.set(key, [entry]);
        }
        this.size += 1;
    }
    /** Reads `path` (a directory or a .zip). A path that is neither is the `input`'s mistake. */
    static async load(path, input = 'osv-db') {
        const info = await (0,promises_.lstat)(path).catch(() => undefined);
        const database = new OfflineDatabase();
        if (info?.isDirectory())
            await database.addDirectory(path);
        else if (info?.isFile() && path.endsWith('.zip'))
            database.addZip(await (0,promises_.readFile)(path), path);
        else
            throw new src/* ConfigurationError */.j1(`Input "${input}": ${path} is ${info ? 'not a directory or a .zip file' : 'not there'}; give a directory of OSV JSON records or a zip of them (OSV's <ecosystem>/all.zip).`, input);
        return database;
    }
    addZip(archive, path) {
        let members;
        try {
            members = zipMembers(archive);
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`Input "osv-db": ${path} is not a readable zip (${error.message}).`, 'osv-db');
        }
        // Members are inflated one at a time and dropped once indexed.
        for (const member of members) {
            if (!member.name.endsWith('.json'))
                continue;
            let text;
            try {
                text = member.read().toString('utf8');
            }
            catch (error) {
                this.skipped.push({ file: `${path}!${member.name}`, reason: error.message });
                continue;
            }
            this.add(text, `${path}!${member.name}`);
        }
    }
    async addDirectory(root) {
        // Read synchronously: for tens of thousands of small files, each asynchronous read costs
        // several thread-pool round trips (open, stat, read, close) — 3× slower in bench:vuln-data.
        for (const file of await jsonFiles(root))
            this.add((0,external_node_fs_.readFileSync)(file, 'utf8'), (0,external_node_path_.relative)(root, file));
    }
}
/** JSON files below `directory`; symlinks are not followed (lstat-typed entries only). */
async function jsonFiles(directory) {
    const files = [];
    for (const entry of await (0,promises_.readdir)(directory, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(directory, entry.name);
        if (entry.isDirectory())
            files.push(...(await jsonFiles(path)));
        else if (entry.isFile() && entry.name.endsWith('.json'))
            files.push(path);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/osv-data/src/index.ts

















;// CONCATENATED MODULE: ./packages/version-order/src/errors.ts
/** A version string that the ecosystem's rules do not accept. */
class InvalidVersionError extends Error {
    order;
    version;
    reason;
    constructor(order, version, reason) {
        super(`${JSON.stringify(version)} is not a valid ${order} version: ${reason}`);
        this.order = order;
        this.version = version;
        this.reason = reason;
        this.name = 'InvalidVersionError';
    }
}
/** An OSV ecosystem name this package has no version order for. */
class UnknownEcosystemError extends Error {
    ecosystem;
    constructor(ecosystem, known) {
        super(`Unknown OSV ecosystem ${JSON.stringify(ecosystem)}: no version order is known for it ` +
            `(known: ${known.join(', ')}; a release suffix such as "Debian:12" is allowed)`);
        this.ecosystem = ecosystem;
        this.name = 'UnknownEcosystemError';
    }
}

;// CONCATENATED MODULE: ./packages/version-order/src/order.ts
/** Builds the `compare` every order shares from its `parse` and `compareParsed`. */
function defineOrder(name, parse, compareParsed) {
    return {
        name,
        parse,
        compareParsed,
        compare: (a, b) => compareParsed(parse(a), parse(b)),
    };
}
function order_sign(value) {
    return value < 0 ? -1 : value > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/version-order/src/parts.ts

/**
 * Compares two runs of ASCII digits as unbounded integers, so versions such as dates or
 * 20-digit build numbers never lose precision as JavaScript numbers would.
 */
function compareDigitRuns(a, b) {
    const left = stripLeadingZeros(a);
    const right = stripLeadingZeros(b);
    if (left.length !== right.length)
        return order_sign(left.length - right.length);
    return left < right ? -1 : left > right ? 1 : 0;
}
function stripLeadingZeros(digits) {
    let start = 0;
    while (start < digits.length - 1 && digits.charCodeAt(start) === 48)
        start++;
    return digits === '' ? '0' : digits.slice(start);
}
/** Plain code-unit order of two strings (what C's strcmp and Ruby's String#<=> do for ASCII). */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isDigit(code) {
    return code >= 48 && code <= 57;
}
function isAsciiLetter(code) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** True when the text holds white space or a control character, which no ecosystem allows in a version. */
function hasSpaceOrControl(text) {
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code <= 32 || code === 127)
            return true;
    }
    return /\s/.test(text);
}
/** Element by element; when one list is a prefix of the other, the shorter one sorts first. */
function compareLists(a, b, compareElements) {
    for (let index = 0; index < Math.min(a.length, b.length); index++) {
        const order = compareElements(a[index], b[index]);
        if (order !== 0)
            return order;
    }
    return order_sign(a.length - b.length);
}

;// CONCATENATED MODULE: ./packages/version-order/src/dpkg.ts



const UPSTREAM_CHARACTERS = /^[0-9A-Za-z.+~:-]*$/;
const REVISION_CHARACTERS = /^[0-9A-Za-z.+~]*$/;
function parseDpkgVersion(version) {
    const invalid = (reason) => new InvalidVersionError('dpkg', version, reason);
    const text = version.trim();
    if (text === '')
        throw invalid('the version is empty');
    if (/\s/.test(text))
        throw invalid('it contains white space');
    const colon = text.indexOf(':');
    let epoch = '0';
    let rest = text;
    if (colon >= 0) {
        epoch = text.slice(0, colon);
        rest = text.slice(colon + 1);
        if (epoch === '')
            throw invalid('the epoch before ":" is empty');
        if (!/^[0-9]+$/.test(epoch))
            throw invalid('the epoch must be a non-negative number');
        // dpkg keeps the epoch in an int and refuses larger ones.
        if (compareDigitRuns(epoch, '2147483647') > 0)
            throw invalid('the epoch is too big (at most 2147483647)');
        if (rest === '')
            throw invalid('nothing follows the epoch\'s ":"');
    }
    // The revision is whatever follows the last hyphen; the upstream part may contain hyphens itself.
    const hyphen = rest.lastIndexOf('-');
    const upstream = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
    const revision = hyphen >= 0 ? rest.slice(hyphen + 1) : '';
    if (hyphen >= 0 && revision === '')
        throw invalid('the revision after the last "-" is empty');
    if (upstream === '')
        throw invalid('the upstream version is empty');
    if (!isDigit(upstream.charCodeAt(0)))
        throw invalid('the upstream version must start with a digit');
    if (!UPSTREAM_CHARACTERS.test(upstream)) {
        throw invalid('the upstream version may hold only letters, digits and . + ~ - :');
    }
    if (!REVISION_CHARACTERS.test(revision))
        throw invalid('the revision may hold only letters, digits and . + ~');
    return { epoch, upstream, revision };
}
/** dpkg's character weight: `~` before the end of the string, the end before letters, letters before other marks. */
function weight(text, index) {
    if (index >= text.length)
        return 0;
    const code = text.charCodeAt(index);
    if (isDigit(code))
        return 0;
    if (isAsciiLetter(code))
        return code;
    if (code === 126)
        return -1; // ~
    return code + 256;
}
/** dpkg's verrevcmp: alternate non-digit runs (by weight) and digit runs (by number). */
function compareDpkgPart(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
            const difference = weight(a, i) - weight(b, j);
            if (difference !== 0)
                return order_sign(difference);
            i++;
            j++;
        }
        const digitsStartA = i;
        while (i < a.length && isDigit(a.charCodeAt(i)))
            i++;
        const digitsStartB = j;
        while (j < b.length && isDigit(b.charCodeAt(j)))
            j++;
        const numeric = compareDigitRuns(a.slice(digitsStartA, i), b.slice(digitsStartB, j));
        if (numeric !== 0)
            return numeric;
    }
    return 0;
}
function compareDpkgVersions(a, b) {
    return (compareDigitRuns(a.epoch, b.epoch) ||
        compareDpkgPart(a.upstream, b.upstream) ||
        compareDpkgPart(a.revision, b.revision));
}
const dpkg = defineOrder('dpkg', parseDpkgVersion, compareDpkgVersions);

;// CONCATENATED MODULE: ./packages/version-order/src/apk.ts



/*
 * Alpine's version rules as apk-tools 3 implements them:
 *   digit{.digit}...{letter}{_suffix{number}}...{~commit-hash}{-rN}
 * The kinds below are in the order they may appear; comparison relies on that order.
 */
var Kind;
(function (Kind) {
    Kind[Kind["InitialDigit"] = 0] = "InitialDigit";
    Kind[Kind["Digit"] = 1] = "Digit";
    Kind[Kind["Letter"] = 2] = "Letter";
    Kind[Kind["Suffix"] = 3] = "Suffix";
    Kind[Kind["SuffixNumber"] = 4] = "SuffixNumber";
    Kind[Kind["CommitHash"] = 5] = "CommitHash";
    Kind[Kind["Revision"] = 6] = "Revision";
    Kind[Kind["End"] = 7] = "End";
})(Kind || (Kind = {}));
// Suffix ranks: pre-releases below the bare version (None), post-releases above it.
const SUFFIX_RANK = {
    alpha: 1,
    beta: 2,
    pre: 3,
    rc: 4,
    cvs: 6,
    svn: 7,
    git: 8,
    hg: 9,
    p: 10,
};
const NO_SUFFIX_RANK = 5;
const TOKEN = /^(?:\.([0-9]+)|([0-9]+)|([a-z])|_([a-z]*)|~([0-9a-f]*)|-r([0-9]+))/;
/** Splits a version into kinds that only move forward (a digit may follow a digit, a suffix a suffix number). */
function tokenizeApkVersion(version) {
    const invalid = (reason) => new InvalidVersionError('apk', version, reason);
    const first = /^[0-9]+/.exec(version);
    if (!first)
        throw invalid(version === '' ? 'the version is empty' : 'it must start with a digit');
    const tokens = [{ kind: Kind.InitialDigit, text: first[0] }];
    let at = first[0].length;
    let previous = Kind.InitialDigit;
    while (at < version.length) {
        const match = TOKEN.exec(version.slice(at));
        const position = `at position ${at + 1}`;
        if (!match)
            throw invalid(`unexpected ${JSON.stringify(version[at])} ${position}`);
        let kind;
        let text;
        if (match[1] !== undefined || match[2] !== undefined) {
            // Numbers follow numbers (after a dot) or a suffix name (its number); nothing else.
            if (match[2] !== undefined && previous === Kind.Suffix)
                kind = Kind.SuffixNumber;
            else if (match[1] !== undefined && previous <= Kind.Digit)
                kind = Kind.Digit;
            else
                throw invalid(`a number cannot follow what precedes it ${position}`);
            text = match[1] ?? match[2];
        }
        else if (match[3] !== undefined) {
            if (previous > Kind.Digit)
                throw invalid(`a letter may only follow the numbers ${position}`);
            kind = Kind.Letter;
            text = match[3];
        }
        else if (match[4] !== undefined) {
            if (previous > Kind.SuffixNumber)
                throw invalid(`a suffix cannot come after a commit hash or revision ${position}`);
            if (SUFFIX_RANK[match[4]] === undefined) {
                throw invalid(`unknown suffix "_${match[4]}" (known: ${Object.keys(SUFFIX_RANK).join(', ')})`);
            }
            kind = Kind.Suffix;
            text = match[4];
        }
        else if (match[5] !== undefined) {
            if (previous >= Kind.CommitHash || match[5] === '')
                throw invalid(`"~" must be followed once by a hex commit hash ${position}`);
            kind = Kind.CommitHash;
            text = match[5];
        }
        else {
            if (previous >= Kind.Revision)
                throw invalid(`only one -rN revision is allowed ${position}`);
            kind = Kind.Revision;
            text = match[6];
        }
        tokens.push({ kind, text });
        previous = kind;
        at += match[0].length;
    }
    return tokens;
}
function compareSameKind(a, b) {
    switch (a.kind) {
        case Kind.Digit:
            // After a dot, a leading zero means the digits compare as text (Gentoo's rule): 1.01 < 1.1.
            if (a.text.startsWith('0') || b.text.startsWith('0'))
                return compareStrings(a.text, b.text);
            return compareDigitRuns(a.text, b.text);
        case Kind.InitialDigit:
        case Kind.SuffixNumber:
        case Kind.Revision:
            return compareDigitRuns(a.text, b.text);
        case Kind.Suffix:
            return order_sign(SUFFIX_RANK[a.text] - SUFFIX_RANK[b.text]);
        default:
            return compareStrings(a.text, b.text);
    }
}
const END = { kind: Kind.End, text: '' };
function compareApkTokens(a, b) {
    let index = 0;
    for (;; index++) {
        const left = a[index] ?? END;
        const right = b[index] ?? END;
        if (left.kind !== right.kind)
            return compareWhereKindsDiffer(left, right);
        if (left.kind === Kind.End)
            return 0;
        const order = compareSameKind(left, right);
        if (order !== 0)
            return order;
    }
}
/**
 * Equal so far: the version that goes on is newer, unless it goes on with a pre-release suffix;
 * where both go on differently, the earlier kind (e.g. ".1" before "-r1") is the newer version.
 */
function compareWhereKindsDiffer(left, right) {
    if (left.kind === Kind.Suffix && SUFFIX_RANK[left.text] < NO_SUFFIX_RANK)
        return -1;
    if (right.kind === Kind.Suffix && SUFFIX_RANK[right.text] < NO_SUFFIX_RANK)
        return 1;
    return left.kind > right.kind ? -1 : 1;
}
const apk = defineOrder('apk', tokenizeApkVersion, compareApkTokens);

;// CONCATENATED MODULE: ./packages/version-order/src/rpm.ts



function parseRpmVersion(text) {
    const invalid = (reason) => new InvalidVersionError('rpm', text, reason);
    if (text === '')
        throw invalid('the version is empty');
    if (hasSpaceOrControl(text))
        throw invalid('it contains white space or control characters');
    // As rpm's parseEVR: leading digits followed by ":" are the epoch; the release follows the last "-".
    const epochMatch = /^([0-9]*):/.exec(text);
    const epoch = epochMatch ? epochMatch[1] || '0' : '0';
    const rest = epochMatch ? text.slice(epochMatch[0].length) : text;
    const hyphen = rest.lastIndexOf('-');
    const version = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
    const release = hyphen >= 0 ? rest.slice(hyphen + 1) : undefined;
    if (version === '')
        throw invalid('the version part is empty');
    if (release === '')
        throw invalid('the release after the last "-" is empty');
    return { epoch, version, release };
}
function isAlphanumeric(code) {
    return isDigit(code) || isAsciiLetter(code);
}
/** rpm's rpmvercmp: segments of digits or letters; `~` sorts before anything, `^` after the end only. */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while (i < a.length && !isAlphanumeric(a.charCodeAt(i)) && a[i] !== '~' && a[i] !== '^')
            i++;
        while (j < b.length && !isAlphanumeric(b.charCodeAt(j)) && b[j] !== '~' && b[j] !== '^')
            j++;
        if (a[i] === '~' || b[j] === '~') {
            if (a[i] !== '~')
                return 1;
            if (b[j] !== '~')
                return -1;
            i++;
            j++;
            continue;
        }
        // A caret sorts after the end of the other version but before any other segment.
        if (a[i] === '^' || b[j] === '^') {
            if (i >= a.length)
                return -1;
            if (j >= b.length)
                return 1;
            if (a[i] !== '^')
                return 1;
            if (b[j] !== '^')
                return -1;
            i++;
            j++;
            continue;
        }
        if (i >= a.length || j >= b.length)
            break;
        const numeric = isDigit(a.charCodeAt(i));
        const within = numeric ? isDigit : isAsciiLetter;
        const startA = i;
        const startB = j;
        while (i < a.length && within(a.charCodeAt(i)))
            i++;
        while (j < b.length && within(b.charCodeAt(j)))
            j++;
        // Segments of different types: a number is newer than letters.
        if (j === startB)
            return numeric ? 1 : -1;
        const segmentA = a.slice(startA, i);
        const segmentB = b.slice(startB, j);
        const order = numeric ? compareDigitRuns(segmentA, segmentB) : compareStrings(segmentA, segmentB);
        if (order !== 0)
            return order;
    }
    if (i >= a.length && j >= b.length)
        return 0;
    return i >= a.length ? -1 : 1;
}
function compareRpmVersions(a, b) {
    const byEpoch = compareDigitRuns(a.epoch, b.epoch);
    if (byEpoch !== 0)
        return byEpoch;
    const byVersion = rpmvercmp(a.version, b.version);
    if (byVersion !== 0)
        return byVersion;
    // As rpm.vercmp does (rpm 4.18): a version without a release sorts before the same version with one.
    if (a.release === undefined || b.release === undefined) {
        return a.release === b.release ? 0 : a.release === undefined ? -1 : 1;
    }
    return rpmvercmp(a.release, b.release);
}
const rpm = defineOrder('rpm', parseRpmVersion, compareRpmVersions);

;// CONCATENATED MODULE: ./packages/version-order/src/semver.ts



const NUMBER = '0|[1-9][0-9]*';
const IDENTIFIER = `(?:${NUMBER}|[0-9]*[A-Za-z-][0-9A-Za-z-]*)`;
// semver.org's grammar; a leading "v" is tolerated as npm's semver does.
const SEMVER = new RegExp(`^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})` +
    `(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?` +
    `(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);
function parseSemVer(version, orderName = 'SemVer') {
    const match = SEMVER.exec(version);
    if (!match) {
        throw new InvalidVersionError(orderName, version, 'expected MAJOR.MINOR.PATCH with optional -prerelease and +build (numbers without leading zeros)');
    }
    return {
        major: match[1],
        minor: match[2],
        patch: match[3],
        prerelease: match[4] === undefined ? [] : match[4].split('.'),
        build: match[5] ?? '',
    };
}
const NUMERIC = /^[0-9]+$/;
/** SemVer 2.0.0 §11: numeric identifiers by value and before alphanumeric ones, which compare in ASCII order. */
function compareIdentifiers(a, b) {
    const aNumeric = NUMERIC.test(a);
    const bNumeric = NUMERIC.test(b);
    if (aNumeric && bNumeric)
        return compareDigitRuns(a, b);
    if (aNumeric)
        return -1;
    if (bNumeric)
        return 1;
    return compareStrings(a, b);
}
function comparePrerelease(a, b) {
    // A version without a prerelease is newer than any prerelease of it.
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    return compareLists(a, b, compareIdentifiers);
}
function compareSemVers(a, b) {
    return (compareDigitRuns(a.major, b.major) ||
        compareDigitRuns(a.minor, b.minor) ||
        compareDigitRuns(a.patch, b.patch) ||
        comparePrerelease(a.prerelease, b.prerelease));
}
const semver = defineOrder('SemVer', (version) => parseSemVer(version), compareSemVers);

;// CONCATENATED MODULE: ./packages/version-order/src/go.ts



/**
 * Go module versions: SemVer with a "v" (OSV writes them without it), the shorthands v1 and v1.2 that
 * golang.org/x/mod/semver accepts, "+incompatible" as build metadata, and pseudo-versions
 * (v0.0.0-20191109021931-daa7c04131f5) that order as the prereleases they are.
 */
function parseGoVersion(version) {
    const withoutV = version.startsWith('v') ? version.slice(1) : version;
    const shorthand = /^(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?$/.exec(withoutV);
    if (shorthand)
        return parseSemVer(`${shorthand[1]}.${shorthand[2] ?? '0'}.0`, 'Go');
    try {
        return parseSemVer(withoutV, 'Go');
    }
    catch {
        throw new InvalidVersionError('Go', version, 'expected vMAJOR.MINOR.PATCH (a semantic version, optionally a pseudo-version or +incompatible)');
    }
}
const go = defineOrder('Go', parseGoVersion, compareSemVers);

;// CONCATENATED MODULE: ./packages/version-order/src/pep440.ts



// PEP 440's appendix pattern, which accepts every spelling the normalisation rules allow.
const PEP440 = new RegExp('^\\s*v?' +
    '(?:([0-9]+)!)?' +
    '([0-9]+(?:\\.[0-9]+)*)' +
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]+)?)?' +
    '(?:-([0-9]+)|[-_.]?(post|rev|r)[-_.]?([0-9]+)?)?' +
    '(?:[-_.]?(dev)[-_.]?([0-9]+)?)?' +
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$', 'i');
const PRE_LABELS = {
    alpha: 'a',
    a: 'a',
    beta: 'b',
    b: 'b',
    preview: 'rc',
    pre: 'rc',
    c: 'rc',
    rc: 'rc',
};
function parsePep440Version(version) {
    const match = PEP440.exec(version);
    if (!match) {
        throw new InvalidVersionError('PEP 440', version, 'expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.0, 2.1rc1, 1.0.post1, 1!2.0+ubuntu1');
    }
    const [, epoch, release, preLabel, preNumber, postImplicit, postLabel, postNumber, devLabel, devNumber, local,] = match;
    const releaseNumbers = release.split('.');
    while (releaseNumbers.length > 1 && /^0+$/.test(releaseNumbers[releaseNumbers.length - 1]))
        releaseNumbers.pop();
    return {
        epoch: epoch ?? '0',
        release: releaseNumbers,
        pre: preLabel ? { label: PRE_LABELS[preLabel.toLowerCase()], number: preNumber ?? '0' } : undefined,
        post: postImplicit ?? (postLabel ? (postNumber ?? '0') : undefined),
        dev: devLabel ? (devNumber ?? '0') : undefined,
        local: local === undefined ? undefined : local.toLowerCase().split(/[-_.]/),
    };
}
/** Where a version's pre-release stands: a dev release of the final sorts before all its pre-releases. */
function preRank(version) {
    if (version.pre)
        return 1;
    if (version.post === undefined && version.dev !== undefined)
        return 0;
    return 2;
}
function comparePre(a, b) {
    const rank = preRank(a) - preRank(b);
    if (rank !== 0)
        return rank < 0 ? -1 : 1;
    if (!a.pre || !b.pre)
        return 0;
    return compareStrings(a.pre.label, b.pre.label) || compareDigitRuns(a.pre.number, b.pre.number);
}
/** Absent sorts first (no post-release; no local part) or last (no dev release). */
function compareOptionalNumber(a, b, absentFirst) {
    if (a === undefined || b === undefined) {
        if (a === b)
            return 0;
        return (a === undefined) === absentFirst ? -1 : 1;
    }
    return compareDigitRuns(a, b);
}
const DIGITS = /^[0-9]+$/;
/** Local segments: numbers sort after words, numbers by value, words alphabetically; a longer list wins a tie. */
function compareLocal(a, b) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? -1 : 1;
    return compareLists(a, b, compareLocalSegments);
}
function compareLocalSegments(left, right) {
    const leftNumeric = DIGITS.test(left);
    const rightNumeric = DIGITS.test(right);
    if (leftNumeric && rightNumeric)
        return compareDigitRuns(left, right);
    if (leftNumeric !== rightNumeric)
        return leftNumeric ? 1 : -1;
    return compareStrings(left, right);
}
function comparePep440Versions(a, b) {
    return (compareDigitRuns(a.epoch, b.epoch) ||
        compareLists(a.release, b.release, compareDigitRuns) ||
        comparePre(a, b) ||
        compareOptionalNumber(a.post, b.post, true) ||
        compareOptionalNumber(a.dev, b.dev, false) ||
        compareLocal(a.local, b.local));
}
const pep440 = defineOrder('PEP 440', parsePep440Version, comparePep440Versions);

;// CONCATENATED MODULE: ./packages/version-order/src/maven.ts



// Known qualifiers in their order; "" is the release itself. Others sort after these, alphabetically.
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_RANK = String(QUALIFIERS.indexOf(''));
function qualifier(text, followedByDigit) {
    let value = text;
    // "a1", "b2", "m3" are shorthand for alpha-1, beta-2, milestone-3.
    if (followedByDigit && value.length === 1)
        value = { a: 'alpha', b: 'beta', m: 'milestone' }[value] ?? value;
    return { type: 'qualifier', value: ALIASES[value] ?? value };
}
/** The text Maven compares qualifiers by: a known one's rank, else "7-" and the qualifier. */
function qualifierRank(value) {
    const index = QUALIFIERS.indexOf(value);
    return index >= 0 ? String(index) : `${QUALIFIERS.length}-${value}`;
}
function item(isNumber, text) {
    return isNumber ? { type: 'number', digits: text.replace(/^0+/, '') || '0' } : qualifier(text, false);
}
function list() {
    return { type: 'list', items: [] };
}
function parseMavenVersion(version) {
    if (version.trim() === '')
        throw new InvalidVersionError('Maven', version, 'the version is empty');
    if (hasSpaceOrControl(version)) {
        throw new InvalidVersionError('Maven', version, 'it contains white space or control characters');
    }
    const text = version.toLowerCase();
    const root = list();
    let current = root;
    const opened = [root];
    const openSubList = () => {
        const next = list();
        current.items.push(next);
        current = next;
        opened.push(next);
    };
    let isNumber = false;
    let start = 0;
    for (let index = 0; index < text.length; index++) {
        const character = text[index];
        if (character === '.' || character === '-') {
            current.items.push(index === start ? { type: 'number', digits: '0' } : item(isNumber, text.slice(start, index)));
            start = index + 1;
            if (character === '-')
                openSubList();
        }
        else if (isDigit(text.charCodeAt(index))) {
            if (!isNumber && index > start) {
                // Maven 3.8 reads ".X" like "-X" for a qualifier X: 1.0.0.X1 < 1.0.0-X2.
                if (current.items.length > 0)
                    openSubList();
                current.items.push(qualifier(text.slice(start, index), true));
                start = index;
                openSubList();
            }
            isNumber = true;
        }
        else {
            if (isNumber && index > start) {
                current.items.push(item(true, text.slice(start, index)));
                start = index;
                openSubList();
            }
            isNumber = false;
        }
    }
    if (text.length > start) {
        if (!isNumber && current.items.length > 0)
            openSubList();
        current.items.push(item(isNumber, text.slice(start)));
    }
    for (const subList of opened.reverse())
        normalize(subList);
    return root;
}
function isNull(value) {
    if (value.type === 'number')
        return value.digits === '0';
    if (value.type === 'qualifier')
        return qualifierRank(value.value) === RELEASE_RANK;
    return value.items.length === 0;
}
/** Drops trailing null items (0, release qualifiers, empty lists) up to the last non-list item. */
function normalize(target) {
    for (let index = target.items.length - 1; index >= 0; index--) {
        const last = target.items[index];
        if (isNull(last))
            target.items.splice(index, 1);
        else if (last.type !== 'list')
            break;
    }
}
/** Compares an item with a missing one (the other version ended): what padding would compare as. */
function compareWithNothing(value) {
    if (value.type === 'number')
        return value.digits === '0' ? 0 : 1;
    if (value.type === 'qualifier')
        return compareStrings(qualifierRank(value.value), RELEASE_RANK);
    // Every item counts, not only the first (Maven 3.8, MNG-6964): 1-0.0.jre > 1.
    for (const item of value.items) {
        const order = compareWithNothing(item);
        if (order !== 0)
            return order;
    }
    return 0;
}
function negate(order) {
    return order === 0 ? 0 : order === 1 ? -1 : 1;
}
function compareItems(a, b) {
    if (a === undefined)
        return b === undefined ? 0 : negate(compareWithNothing(b));
    if (b === undefined)
        return compareWithNothing(a);
    switch (a.type) {
        case 'number':
            return b.type === 'number' ? compareDigitRuns(a.digits, b.digits) : 1;
        case 'qualifier':
            return b.type === 'qualifier' ? compareStrings(qualifierRank(a.value), qualifierRank(b.value)) : -1;
        case 'list':
            if (b.type === 'number')
                return -1;
            if (b.type === 'qualifier')
                return 1;
            for (let index = 0; index < Math.max(a.items.length, b.items.length); index++) {
                const order = compareItems(a.items[index], b.items[index]);
                if (order !== 0)
                    return order;
            }
            return 0;
    }
}
const maven = defineOrder('Maven', parseMavenVersion, (a, b) => compareItems(a, b));

;// CONCATENATED MODULE: ./packages/version-order/src/rubygems.ts



// Gem::Version's accepted form: numbers first, then dot-separated alphanumerics, then an optional "-" part.
const GEM_VERSION = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?\s*$/;
const rubygems_DIGITS = /^[0-9]+$/;
function parseGemVersion(version) {
    const match = GEM_VERSION.exec(version);
    if (!match || match[1] === undefined) {
        throw new InvalidVersionError('RubyGems', version, 'expected numbers separated by dots, optionally followed by letters (e.g. 1.2.3, 2.0.0.rc1, 1.0-beta)');
    }
    // "-" reads as ".pre." (1.0-beta is the prerelease 1.0.pre.beta); then digit and letter runs are the segments.
    const segments = match[1]
        .trim()
        .replaceAll('-', '.pre.')
        .match(/[0-9]+|[a-z]+/gi) ?? [];
    const firstWord = segments.findIndex((segment) => !rubygems_DIGITS.test(segment));
    const numbers = firstWord < 0 ? segments : segments.slice(0, firstWord);
    const words = firstWord < 0 ? [] : segments.slice(firstWord);
    return [...withoutTrailingZeros(numbers), ...withoutTrailingZeros(words)];
}
function withoutTrailingZeros(segments) {
    let end = segments.length;
    while (end > 0 && /^0+$/.test(segments[end - 1]))
        end--;
    return segments.slice(0, end);
}
/** Gem::Version#<=>: missing segments count as 0; a word sorts before a number. */
function compareGemSegments(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
        const left = a[index] ?? '0';
        const right = b[index] ?? '0';
        const leftNumber = rubygems_DIGITS.test(left);
        const rightNumber = rubygems_DIGITS.test(right);
        if (leftNumber && rightNumber) {
            const order = compareDigitRuns(left, right);
            if (order !== 0)
                return order;
        }
        else if (leftNumber !== rightNumber) {
            return leftNumber ? 1 : -1;
        }
        else if (left !== right) {
            return compareStrings(left, right);
        }
    }
    return 0;
}
const rubygems = defineOrder('RubyGems', parseGemVersion, compareGemSegments);

;// CONCATENATED MODULE: ./packages/version-order/src/ecosystems.ts









// OSV ecosystem names (the part before any ":" release suffix) and the version rules their packages follow.
const ORDERS = new Map([
    ['Debian', dpkg],
    ['Ubuntu', dpkg],
    ['Alpine', apk],
    ['Wolfi', apk],
    ['Chainguard', apk],
    ['Red Hat', rpm],
    ['AlmaLinux', rpm],
    ['Rocky Linux', rpm],
    ['openSUSE', rpm],
    ['SUSE', rpm],
    ['Mageia', rpm],
    ['npm', semver],
    ['crates.io', semver],
    ['PyPI', pep440],
    ['Go', go],
    ['Maven', maven],
    ['RubyGems', rubygems],
]);
/** The ecosystem without its release or repository suffix: "Debian:12" → "Debian", "Maven:https://…" → "Maven". */
function baseEcosystem(ecosystem) {
    const colon = ecosystem.indexOf(':');
    return colon >= 0 ? ecosystem.slice(0, colon) : ecosystem;
}
/** The version order of an OSV ecosystem name such as "Debian:12", "Alpine:v3.19", "PyPI" or "npm". */
function versionOrderFor(ecosystem) {
    const order = ORDERS.get(baseEcosystem(ecosystem));
    if (!order)
        throw new UnknownEcosystemError(ecosystem, knownEcosystems());
    return order;
}
function knownEcosystems() {
    return [...ORDERS.keys()];
}

;// CONCATENATED MODULE: ./packages/version-order/src/index.ts











;// CONCATENATED MODULE: ./packages/osv-match/src/package-identity.ts

/**
 * Whether an affected[].package names the installed package. Ecosystems match exactly, or the record
 * names the ecosystem without a release ("Debian" covers "Debian:12"); a record for "Debian:11" never
 * matches a "Debian:12" package. PyPI names compare normalised (PEP 503); other names exactly.
 */
function namesPackage(recordPackage, installed) {
    const sameEcosystem = recordPackage.ecosystem === installed.ecosystem ||
        (!recordPackage.ecosystem.includes(':') &&
            recordPackage.ecosystem === baseEcosystem(installed.ecosystem));
    if (!sameEcosystem)
        return false;
    if (baseEcosystem(installed.ecosystem) === 'PyPI')
        return normalizePyPiName(recordPackage.name) === normalizePyPiName(installed.name);
    return recordPackage.name === installed.name;
}
/** PEP 503: case-insensitive, and runs of "-", "_" and "." are one "-". */
function normalizePyPiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}

;// CONCATENATED MODULE: ./packages/osv-match/src/range.ts
const KINDS = ['introduced', 'fixed', 'last_affected', 'limit'];
// Equal versions: "introduced" first, so introduced X with fixed X leaves X unaffected.
const TIE_ORDER = { introduced: 0, last_affected: 1, fixed: 2, limit: 3 };
/** Parses and sorts a range's events; throws the order's InvalidVersionError, or an Error for a malformed event. */
function prepareRange(range, order) {
    const prepared = range.events.map((event, index) => prepareEvent(event, index, order));
    if (!prepared.some((event) => event.kind === 'introduced')) {
        throw new Error('the range has no "introduced" event (the OSV schema requires one)');
    }
    const compare = (a, b) => compareEvents(order, a, b) || TIE_ORDER[a.kind] - TIE_ORDER[b.kind];
    return {
        order,
        events: prepared.filter((event) => event.kind !== 'limit').sort(compare),
        limits: prepared.filter((event) => event.kind === 'limit'),
    };
}
function prepareEvent(event, index, order) {
    const present = KINDS.filter((kind) => event[kind] !== undefined);
    if (present.length !== 1) {
        throw new Error(`event ${index} must have exactly one of ${KINDS.join(', ')} (it has ${present.join(', ') || 'none'})`);
    }
    const kind = present[0];
    const version = event[kind];
    if (kind === 'introduced' && version === '0')
        return { kind, version, parsed: undefined, infinite: 'below-all' };
    if (kind === 'limit' && version.includes('*'))
        return { kind, version, parsed: undefined, infinite: 'above-all' };
    return { kind, version, parsed: order.parse(version) };
}
function compareEvents(order, a, b) {
    if (a.infinite || b.infinite)
        return rank(a) - rank(b);
    return order.compareParsed(a.parsed, b.parsed);
}
function rank(event) {
    return event.infinite === 'below-all' ? -1 : event.infinite === 'above-all' ? 1 : 0;
}
/** The installed version against one event: where it stands relative to the event's version. */
function versionVersusEvent(order, installed, event) {
    if (event.infinite === 'below-all')
        return 1;
    if (event.infinite === 'above-all')
        return -1;
    return order.compareParsed(installed, event.parsed);
}
/**
 * The OSV schema's evaluation: below some limit (if any), then walk the sorted events; "introduced"
 * at or below the version opens, "fixed" at or below closes, "last_affected" below closes.
 */
function evaluateRange(range, installed) {
    const { order } = range;
    if (range.limits.length > 0 &&
        !range.limits.some((limit) => versionVersusEvent(order, installed, limit) < 0)) {
        return undefined;
    }
    let openedAt = -1;
    range.events.forEach((event, index) => {
        const position = versionVersusEvent(order, installed, event);
        if (event.kind === 'introduced' && position >= 0)
            openedAt = index;
        else if (event.kind === 'fixed' && position >= 0)
            openedAt = -1;
        else if (event.kind === 'last_affected' && position > 0)
            openedAt = -1;
    });
    if (openedAt < 0)
        return undefined;
    const closing = range.events.slice(openedAt + 1).find((event) => event.kind !== 'introduced');
    const hit = {
        introduced: range.events[openedAt].version,
        ...(closing && {
            closedBy: { event: closing.kind, version: closing.version },
        }),
    };
    return { hit, closingParsed: closing?.parsed };
}
/** The fixed versions of a range that are above the installed version, for a version listed as affected. */
function fixesAbove(range, installed) {
    return range.events
        .filter((event) => event.kind === 'fixed' && versionVersusEvent(range.order, installed, event) < 0)
        .map((event) => ({ version: event.version, parsed: event.parsed }));
}

;// CONCATENATED MODULE: ./packages/osv-match/src/match.ts



/**
 * Evaluates an OSV record for one installed package exactly as the OSV schema's pseudocode does:
 * affected when the version is listed in versions[] or lies in any ECOSYSTEM or SEMVER range.
 * Throws the version-order errors when the ecosystem is unknown or the installed version is invalid.
 */
function matchVulnerability(record, installed) {
    return matchPackage(installed, [record])[0];
}
/**
 * matchVulnerability for one package against many records (those found for its name), parsing the
 * installed version once. One result per record, in the records' order.
 */
function matchPackage(installed, records) {
    const order = versionOrderFor(installed.ecosystem);
    const version = order.parse(installed.version);
    return records.map((record) => matchParsed(record, installed, { order, version }));
}
function matchParsed(record, installed, { order, version }) {
    const result = { id: record.id, package: installed, matches: [], notes: [] };
    if (record.withdrawn !== undefined) {
        result.notes.push(`${record.id} was withdrawn (${record.withdrawn}); it matches nothing`);
        return { ...result, fixedVersions: [] };
    }
    const fixes = [];
    (record.affected ?? []).forEach((affected, affectedIndex) => {
        if (!affected.package || !namesPackage(affected.package, installed))
            return;
        const where = `affected[${affectedIndex}]`;
        const ranges = evaluateRanges(affected, installed, { order, version }, where, result.notes);
        for (const hit of ranges.hits) {
            result.matches.push({ affectedIndex, reason: hit.reason });
            if (hit.reason.closedBy?.event === 'fixed') {
                const fixed = hit.reason.closedBy.version;
                fixes.push({ version: fixed, parsed: hit.closingParsed, order: hit.order });
            }
        }
        const listed = affected.versions ? listedVersion(order, affected.versions, version) : undefined;
        if (listed !== undefined) {
            result.matches.push({ affectedIndex, reason: { kind: 'versions', version: listed } });
            // A listed version takes the nearest fix above it from the same entry's ranges, if there is one.
            if (ranges.hits.length === 0)
                fixes.push(...ranges.fixesAbove.slice(0, 1));
        }
    });
    return { ...result, fixedVersions: nearestFirst(fixes) };
}
function evaluateRanges(affected, installed, ecosystem, where, notes) {
    const hits = [];
    const above = [];
    (affected.ranges ?? []).forEach((range, rangeIndex) => {
        const label = `${where}.ranges[${rangeIndex}]`;
        if (range.type === 'GIT') {
            notes.push(`${label} is a GIT range, skipped: commit ranges need the repository's history; versions[] is used instead`);
            return;
        }
        if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER') {
            notes.push(`${label} has the unknown range type ${JSON.stringify(range.type)}, skipped`);
            return;
        }
        const order = range.type === 'SEMVER' ? semver : ecosystem.order;
        let prepared;
        let version;
        try {
            prepared = preparedRange(range, order);
            version = order === ecosystem.order ? ecosystem.version : order.parse(installed.version);
        }
        catch (error) {
            notes.push(`${label} could not be evaluated, skipped: ${error.message}`);
            return;
        }
        const inRange = evaluateRange(prepared, version);
        if (inRange) {
            const reason = { kind: 'range', rangeIndex, rangeType: range.type, ...inRange.hit };
            hits.push({ reason, order, closingParsed: inRange.closingParsed });
        }
        above.push(...fixesAbove(prepared, version).map((fix) => ({ ...fix, order })));
    });
    return { hits, fixesAbove: nearestFixes(above) };
}
// Records are matched against many packages; their ranges are parsed and sorted once.
const preparedRanges = new WeakMap();
function preparedRange(range, order) {
    const cached = preparedRanges.get(range);
    if (cached && cached.order === order)
        return cached.range;
    const fresh = prepareRange(range, order);
    preparedRanges.set(range, { order, range: fresh });
    return fresh;
}
// versions[] lists can hold hundreds of versions; each list is parsed once per order.
const parsedVersionLists = new WeakMap();
/** versions[] lists versions as the ecosystem spells them; equal under its order counts (1.0 is 1.0.0 on PyPI). */
function listedVersion(order, listed, installed) {
    let cached = parsedVersionLists.get(listed);
    if (!cached || cached.order !== order) {
        cached = { order, parsed: listed.map((version) => parseOrUndefined(order, version)) };
        parsedVersionLists.set(listed, cached);
    }
    const index = cached.parsed.findIndex((parsed) => parsed !== undefined && order.compareParsed(parsed, installed) === 0);
    return index >= 0 ? listed[index] : undefined;
}
/** A listed version the order cannot read is simply never equal to the installed one. */
function parseOrUndefined(order, version) {
    try {
        return order.parse(version);
    }
    catch {
        return undefined;
    }
}
function nearestFixes(fixes) {
    return [...fixes].sort((a, b) => (a.order === b.order ? a.order.compareParsed(a.parsed, b.parsed) : 0));
}
function nearestFirst(fixes) {
    return [...new Set(nearestFixes(fixes).map((fix) => fix.version))];
}

;// CONCATENATED MODULE: ./packages/osv-match/src/index.ts



;// CONCATENATED MODULE: ./packages/vuln-scan/src/match.ts



function groupPackages(packages) {
    const groups = new Map();
    for (const ref of packages) {
        const key = queryKey(ref);
        let group = groups.get(key);
        if (!group) {
            group = { key, ecosystem: ref.ecosystem, name: ref.name, version: ref.version, copies: [] };
            groups.set(key, group);
        }
        group.copies.push({
            name: ref.installed.name,
            version: ref.installed.version,
            ...(ref.installed.purl ? { purl: ref.installed.purl } : {}),
            location: ref.location,
        });
    }
    return [...groups.values()];
}
const ADVISORY_TYPES = ['ADVISORY', 'WEB', 'REPORT'];
/**
 * Each group's records evaluated exactly (osv-match): a finding per (record, package version) that
 * is affected. Withdrawn records match nothing. The severity is the highest the record states for
 * the affected entries that matched.
 */
function matchGroups(groups, recordsOf) {
    const outcome = { findings: [], notScanned: [], notes: [] };
    for (const group of groups) {
        const records = recordsOf(group);
        if (records.length === 0)
            continue;
        let matches;
        try {
            matches = matchPackage({ ecosystem: group.ecosystem, name: group.name, version: group.version }, records);
        }
        catch (error) {
            for (const copy of group.copies)
                outcome.notScanned.push({
                    subject: copy.purl ?? `${copy.name}@${copy.version}`,
                    reason: `not matched: ${error.message}`,
                    location: copy.location,
                });
            continue;
        }
        matches.forEach((match, index) => {
            const record = records[index];
            for (const note of match.notes)
                outcome.notes.push(`${record.id}: ${note}`);
            if (match.matches.length === 0)
                return;
            outcome.findings.push(findingOf(record, group, match.matches.map((m) => m.affectedIndex), match.fixedVersions));
        });
    }
    return outcome;
}
function findingOf(record, group, affectedIndexes, fixed) {
    const severity = highestSeverity(record, [...new Set(affectedIndexes)]);
    const level = severity.level === 'none' ? 'low' : severity.level;
    const url = ADVISORY_TYPES.map((type) => record.references?.find((ref) => ref.type === type)?.url).find((found) => typeof found === 'string');
    return {
        id: record.id,
        aliases: [...(record.aliases ?? [])],
        ...(record.summary ? { summary: record.summary } : {}),
        ...(url ? { url } : {}),
        ecosystem: group.ecosystem,
        package: group.name,
        version: group.version,
        installed: group.copies,
        fixed: [...fixed],
        severity: level,
        score: severity.score ?? null,
        ...(severity.vector ? { vector: severity.vector } : {}),
        ...(severity.source ? { severitySource: severity.source } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/vuln-scan/src/data.ts

/**
 * The offline database's records for each group. A record of a release-less ecosystem (`Debian`)
 * covers every release (`Debian:12`), so both names are looked up; duplicates are dropped by id.
 */
function lookupOffline(database, groups) {
    const records = new Map();
    for (const group of groups) {
        const found = new Map();
        const release = group.ecosystem.indexOf(':');
        const names = release > 0 ? [group.ecosystem, group.ecosystem.slice(0, release)] : [group.ecosystem];
        for (const ecosystem of names)
            for (const record of database.lookup(ecosystem, group.name))
                if (!found.has(record.id))
                    found.set(record.id, record);
        records.set(group.key, [...found.values()]);
    }
    return { records, readAt: new Date() };
}
/**
 * The OSV API's records for each group: querybatch (paged, in order) then vulns/{id}. A data
 * error is returned, not thrown, so the caller's `on-data-error` decides: every group is then
 * unread (a scan with part of an answer would hide which part).
 */
async function lookupApi(client, groups) {
    const records = new Map();
    try {
        const { perPackage, records: byId } = await client.lookup(groups.map((group) => ({ ecosystem: group.ecosystem, name: group.name, version: group.version })));
        groups.forEach((group, index) => {
            const refs = perPackage[index] ?? [];
            records.set(group.key, refs.map((ref) => byId.get(ref.id)).filter((record) => record !== undefined));
        });
        return { records, readAt: new Date() };
    }
    catch (error) {
        if (!(error instanceof OsvDataError))
            throw error;
        return { records, failure: { error, unread: [...groups] }, readAt: new Date() };
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/vuln-scan/src/ignore-file.ts


const ignore_file_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * The ignore file: a YAML list (or `ignore:` holding one) of `{id, package?, reason, expires?}`.
 * Every mistake is a ConfigurationError naming the input, the entry and the fix; nothing is
 * half-read. Ids and names are shown quoted (JSON) since they come from the repository.
 */
function parseIgnoreFile(text, file, input = 'ignore-file') {
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Input "${input}": ${file} is not YAML (${error.message.split('\n')[0]}); write a list of entries with id and reason.`, input);
    }
    if (document === null || document === undefined)
        return [];
    const list = ignore_file_isObject(document) && 'ignore' in document ? document.ignore : document;
    if (!Array.isArray(list))
        throw new src/* ConfigurationError */.j1(`Input "${input}": ${file} must be a YAML list of entries (- id: CVE-…, reason: …), or hold one under "ignore:".`, input);
    const problems = [];
    const entries = [];
    list.forEach((item, index) => {
        const position = index + 1;
        const where = `entry ${position}`;
        if (!ignore_file_isObject(item)) {
            problems.push(`${where} is not a mapping with id and reason`);
            return;
        }
        const id = typeof item.id === 'string' ? item.id.trim() : '';
        if (!id) {
            problems.push(`${where} has no id (the vulnerability id or alias, e.g. CVE-2024-1234 or GHSA-…)`);
            return;
        }
        const label = `${where} (${JSON.stringify(id)})`;
        const reason = typeof item.reason === 'string' ? item.reason.trim() : '';
        if (!reason)
            problems.push(`${label} has no reason: say why the risk is accepted`);
        if (item.package !== undefined && (typeof item.package !== 'string' || item.package.trim() === ''))
            problems.push(`${label} has a package that is not a name`);
        const expires = expiryOf(item.expires);
        if (expires === null)
            problems.push(`${label} has expires ${JSON.stringify(String(item.expires))}, which is not a date (YYYY-MM-DD)`);
        const unknown = Object.keys(item).filter((key) => !['id', 'package', 'reason', 'expires'].includes(key));
        if (unknown.length > 0)
            problems.push(`${label} has unknown field(s) ${unknown.map((key) => JSON.stringify(key)).join(', ')}`);
        entries.push({
            id,
            reason,
            position,
            ...(typeof item.package === 'string' && item.package.trim() ? { package: item.package.trim() } : {}),
            ...(typeof expires === 'string' ? { expires } : {}),
        });
    });
    if (problems.length > 0)
        throw new src/* ConfigurationError */.j1(`Input "${input}": ${file}: ${problems.join('; ')}. Each entry needs id and reason; package and expires (YYYY-MM-DD) are optional.`, input);
    return entries;
}
/** A string date, undefined when absent, null when unreadable. */
function expiryOf(value) {
    if (value === undefined || value === null)
        return undefined;
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (typeof value !== 'string')
        return null;
    const text = value.trim();
    if (DATE.test(text))
        return Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? null : text;
    return Number.isNaN(Date.parse(text)) || !/^\d{4}-\d{2}-\d{2}T/.test(text) ? null : text;
}
/** The first instant the entry no longer holds: the day after a date, or the instant given. */
function expiryInstant(entry) {
    if (!entry.expires)
        return undefined;
    if (DATE.test(entry.expires))
        return Date.parse(`${entry.expires}T00:00:00Z`) + 86_400_000;
    return Date.parse(entry.expires);
}
const isExpired = (entry, now) => {
    const end = expiryInstant(entry);
    return end !== undefined && now.getTime() >= end;
};
/** Whether the entry names this finding: its id or an alias, and its package when the entry gives one. */
function ignoreMatches(entry, finding) {
    if (entry.id !== finding.id && !finding.aliases.includes(entry.id))
        return false;
    if (entry.package === undefined)
        return true;
    return (entry.package === finding.package ||
        finding.installed.some((copy) => copy.name === entry.package || copy.purl === entry.package));
}

;// CONCATENATED MODULE: ./packages/vuln-scan/src/vex.ts

const STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
const vex_isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (...values) => values.filter((value) => typeof value === 'string' && value !== '');
/** The identifiers of a product or subcomponent: its @id, and identifiers.purl. */
function identifiers(value) {
    if (typeof value === 'string')
        return [value];
    if (!vex_isObject(value))
        return [];
    const ids = vex_isObject(value.identifiers) ? value.identifiers : {};
    return strings(value['@id'], ids.purl);
}
/** An OpenVEX document's statements (v0.2.0, and v0.0.1's string vulnerability and products). */
function parseVex(text, file, input = 'vex') {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Input "${input}": ${file} is not JSON (${error.message}); give an OpenVEX document.`, input);
    }
    if (!vex_isObject(document) ||
        typeof document['@context'] !== 'string' ||
        !document['@context'].startsWith('https://openvex.dev/ns') ||
        !Array.isArray(document.statements))
        throw new src/* ConfigurationError */.j1(`Input "${input}": ${file} is not an OpenVEX document (an "@context" of https://openvex.dev/ns/… and "statements").`, input);
    const documentTime = Date.parse(typeof document.timestamp === 'string' ? document.timestamp : '') || 0;
    return document.statements.map((statement, index) => {
        const where = `${file} statement ${index + 1}`;
        if (!vex_isObject(statement))
            throw new src/* ConfigurationError */.j1(`Input "${input}": ${where} is not an object.`, input);
        const vulnerability = statement.vulnerability;
        const names = vex_isObject(vulnerability)
            ? strings(vulnerability.name, vulnerability['@id'], ...(Array.isArray(vulnerability.aliases) ? vulnerability.aliases : []))
            : strings(vulnerability);
        if (names.length === 0)
            throw new src/* ConfigurationError */.j1(`Input "${input}": ${where} names no vulnerability.`, input);
        if (typeof statement.status !== 'string' || !STATUSES.includes(statement.status))
            throw new src/* ConfigurationError */.j1(`Input "${input}": ${where} has status ${JSON.stringify(statement.status)}; OpenVEX's are ${STATUSES.join(', ')}.`, input);
        const products = (Array.isArray(statement.products) ? statement.products : []).map((product) => ({
            ids: identifiers(product),
            subcomponents: (vex_isObject(product) && Array.isArray(product.subcomponents) ? product.subcomponents : [])
                .map(identifiers)
                .filter((ids) => ids.length > 0),
        }));
        if (products.length === 0)
            throw new src/* ConfigurationError */.j1(`Input "${input}": ${where} names no product.`, input);
        return {
            names,
            products,
            status: statement.status,
            explanation: strings(statement.justification, statement.impact_statement, statement.action_statement).join('; '),
            timestamp: Date.parse(typeof statement.timestamp === 'string' ? statement.timestamp : '') || documentTime,
            document: file,
        };
    });
}
/** A purl without qualifiers and subpath, percent-decoded, type lower-cased: what identity is compared on. */
function purlIdentity(purl) {
    if (!purl.startsWith('pkg:'))
        return undefined;
    const bare = purl.split(/[?#]/)[0] ?? '';
    const at = bare.lastIndexOf('@');
    const slash = bare.lastIndexOf('/');
    const [path, version] = at > slash ? [bare.slice(0, at), bare.slice(at + 1)] : [bare, undefined];
    let decoded;
    try {
        decoded = decodeURIComponent(path);
    }
    catch {
        decoded = path;
    }
    const [rawType = '', ...rest] = decoded.slice(4).split('/');
    const type = rawType.toLowerCase();
    // PyPI names compare PEP 503-normalised, as the purl spec says for the pypi type.
    const name = type === 'pypi'
        ? rest
            .join('/')
            .toLowerCase()
            .replace(/[-_.]+/g, '-')
        : rest.join('/');
    return {
        base: `pkg:${type}/${name}`,
        ...(version ? { version: safeDecode(version) } : {}),
    };
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Same package, and same version unless the VEX purl leaves the version out (all versions). */
function samePackage(vexPurl, installedPurl) {
    if (!installedPurl)
        return false;
    const vex = purlIdentity(vexPurl);
    const installed = purlIdentity(installedPurl);
    if (!vex || !installed || vex.base !== installed.base)
        return false;
    return vex.version === undefined || vex.version === installed.version;
}
/** The image's digest named by an id: `sha256:…` itself, or a pkg:oci purl's version. */
function namesImage(id, digest) {
    if (!digest)
        return false;
    if (id === digest)
        return true;
    const identity = purlIdentity(id);
    return identity?.base.startsWith('pkg:oci/') === true && identity.version === digest;
}
// purl types of the OSV ecosystems whose names map one to one (Debian and Alpine name source packages).
const PURL_TYPES = {
    npm: 'npm',
    PyPI: 'pypi',
    Go: 'golang',
    Maven: 'maven',
    'crates.io': 'cargo',
    RubyGems: 'gem',
};
/** The purl of the package OSV was asked about, for lockfile entries that carry none. */
function osvPackagePurl(finding) {
    const type = PURL_TYPES[finding.ecosystem];
    if (!type)
        return undefined;
    const name = type === 'maven'
        ? finding.package.replace(':', '/')
        : type === 'pypi'
            ? finding.package.toLowerCase().replace(/[-_.]+/g, '-')
            : finding.package;
    const version = type === 'golang' && /^\d/.test(finding.version) ? `v${finding.version}` : finding.version;
    return `pkg:${type}/${name}@${version}`;
}
function productCovers(product, finding, imageDigest) {
    const purls = [...finding.installed.map((copy) => copy.purl), osvPackagePurl(finding)];
    const packageNamed = (ids) => ids.some((id) => purls.some((purl) => samePackage(id, purl)));
    if (packageNamed(product.ids))
        return true;
    if (!product.ids.some((id) => namesImage(id, imageDigest)))
        return false;
    return product.subcomponents.length === 0 || product.subcomponents.some(packageNamed);
}
/**
 * The statement that decides a finding: the latest of those naming its vulnerability (id or an
 * alias) and a product covering it (its package purl, or the scanned image by digest, limited to
 * the subcomponents listed). Undefined when none does.
 */
function vexDecision(statements, finding, imageDigest) {
    const names = new Set([finding.id, ...finding.aliases]);
    let latest;
    for (const statement of statements) {
        if (!statement.names.some((name) => names.has(name)))
            continue;
        if (!statement.products.some((product) => productCovers(product, finding, imageDigest)))
            continue;
        if (!latest || statement.timestamp >= latest.timestamp)
            latest = statement;
    }
    return latest;
}
const suppresses = (statement) => statement.status === 'not_affected' || statement.status === 'fixed';

;// CONCATENATED MODULE: ./packages/vuln-attestation/src/predicate.ts
/**
 * The vulnerability-scan attestation as vuln-gate signs it and image-verify reads it: an in-toto
 * statement about an image digest with cosign's vuln predicate type, the scan result included.
 */
const VULN_SCAN_PREDICATE_TYPE = 'https://cosign.sigstore.dev/attestation/vuln/v1';
/** The builder.id vuln-gate writes into the invocation. */
const VULN_GATE_BUILDER_ID = 'shipchain vuln-gate';
/** Worst first; `unknown` (no score or rating in the data) is a level of its own, listed last. */
const predicate_SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
/**
 * What the gate did with a finding. `ignored` (an ignore-file entry) and `suppressed` (a VEX
 * statement) do not count; the others are effective findings.
 */
const FINDING_STATUSES = ['gated', 'below-threshold', 'ignored', 'suppressed', 'no-fix'];
const VERDICTS = ['pass', 'fail'];

;// CONCATENATED MODULE: ./packages/vuln-attestation/src/parse.ts

/** A predicate that does not have the vuln/v1 shape; `field` is the path of the first wrong field. */
class VulnScanPredicateError extends Error {
    field;
    name = 'VulnScanPredicateError';
    constructor(field, problem) {
        super(`the vuln-scan predicate's ${field || '(whole predicate)'} ${problem}`);
        this.field = field;
    }
}
// RFC 3339 date-time (section 5.6), upper or lower case T and Z, fractional seconds optional.
const parse_RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
/** Milliseconds since the epoch of an RFC 3339 date-time, or undefined when it is not one. */
function rfc3339Time(value) {
    if (typeof value !== 'string' || !parse_RFC3339.test(value))
        return undefined;
    const time = Date.parse(value.toUpperCase());
    return Number.isNaN(time) ? undefined : time;
}
function shown(value) {
    const text = value === undefined ? 'missing' : `${JSON.stringify(value)}`;
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
class Reader {
    value;
    path;
    constructor(value, path) {
        this.value = value;
        this.path = path;
    }
    fail(expected) {
        throw new VulnScanPredicateError(this.path, `is ${shown(this.value)}: expected ${expected}`);
    }
    object() {
        if (this.value === null || typeof this.value !== 'object' || Array.isArray(this.value))
            this.fail('an object');
        return this.value;
    }
    at(key) {
        return new Reader(this.object()[key], this.path ? `${this.path}.${key}` : key);
    }
    record() {
        return this.object();
    }
    string() {
        if (typeof this.value !== 'string')
            this.fail('a string');
        return this.value;
    }
    nullableString() {
        if (this.value === null)
            return null;
        if (typeof this.value !== 'string')
            this.fail('a string or null');
        return this.value;
    }
    nullableNumber() {
        if (this.value === null)
            return null;
        if (typeof this.value !== 'number' || !Number.isFinite(this.value))
            this.fail('a number or null');
        return this.value;
    }
    count() {
        if (typeof this.value !== 'number' || !Number.isSafeInteger(this.value) || this.value < 0)
            this.fail('a whole number, 0 or more');
        return this.value;
    }
    oneOf(allowed) {
        if (typeof this.value !== 'string' || !allowed.includes(this.value))
            this.fail(`one of ${allowed.join(', ')}`);
        return this.value;
    }
    time() {
        if (rfc3339Time(this.value) === undefined)
            this.fail('an RFC 3339 time such as 2026-01-02T03:04:05Z');
        return this.value;
    }
    list() {
        if (!Array.isArray(this.value))
            this.fail('an array');
        return this.value.map((item, index) => new Reader(item, `${this.path}[${index}]`));
    }
}
function readCounts(reader) {
    reader.record();
    const counts = {};
    for (const severity of predicate_SEVERITIES)
        counts[severity] = reader.at(severity).count();
    return counts;
}
function readFinding(reader) {
    return {
        id: reader.at('id').string(),
        aliases: reader
            .at('aliases')
            .list()
            .map((alias) => alias.string()),
        package: reader.at('package').string(),
        ecosystem: reader.at('ecosystem').string(),
        installed: reader.at('installed').string(),
        fixed: reader.at('fixed').nullableString(),
        severity: reader.at('severity').oneOf(predicate_SEVERITIES),
        score: reader.at('score').nullableNumber(),
        status: reader.at('status').oneOf(FINDING_STATUSES),
        reason: reader.at('reason').string(),
    };
}
/**
 * The predicate of a vuln/v1 attestation, checked field by field; throws a VulnScanPredicateError
 * naming the first field that is missing or of the wrong kind. Unknown extra fields are kept out.
 */
function parseVulnScanPredicate(value) {
    const root = new Reader(value, '');
    const invocation = root.at('invocation');
    const readInvocation = {
        uri: invocation.at('uri').string(),
        event_id: invocation.at('event_id').string(),
        'builder.id': invocation.at('builder.id').string(),
        parameters: invocation.at('parameters').record(),
    };
    const scanner = root.at('scanner');
    const scannerHead = { uri: scanner.at('uri').string(), version: scanner.at('version').string() };
    const db = scanner.at('db');
    const readDb = { uri: db.at('uri').string(), version: db.at('version').time() };
    const result = scanner.at('result');
    const readResult = {
        verdict: result.at('verdict').oneOf(VERDICTS),
        failOn: result.at('failOn').string(),
        counts: readCounts(result.at('counts')),
        findings: result.at('findings').list().map(readFinding),
    };
    const metadata = root.at('metadata');
    const predicate = {
        invocation: readInvocation,
        scanner: { ...scannerHead, db: readDb, result: readResult },
        metadata: {
            scanStartedOn: metadata.at('scanStartedOn').time(),
            scanFinishedOn: metadata.at('scanFinishedOn').time(),
        },
    };
    if ((rfc3339Time(predicate.metadata.scanStartedOn) ?? 0) >
        (rfc3339Time(predicate.metadata.scanFinishedOn) ?? 0))
        throw new VulnScanPredicateError('metadata.scanFinishedOn', `(${predicate.metadata.scanFinishedOn}) is before metadata.scanStartedOn (${predicate.metadata.scanStartedOn})`);
    return predicate;
}
/**
 * vuln-gate's `counts` output read back (e.g. by pipeline-report): a JSON object of the five
 * severities, each a whole number; a missing severity is 0, an unknown key is refused by name.
 */
function parseVulnCounts(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new Error(`counts must be a JSON object such as {"critical":0,"high":1,"medium":2,"low":0,"unknown":0}`);
    const counts = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
    for (const [key, count] of Object.entries(value)) {
        if (!SEVERITIES.includes(key))
            throw new Error(`counts has the key ${JSON.stringify(key).slice(0, 60)}; the keys are ${SEVERITIES.join(', ')}`);
        if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)
            throw new Error(`counts.${key} must be a whole number, 0 or more`);
        counts[key] = count;
    }
    return counts;
}

;// CONCATENATED MODULE: ./packages/vuln-attestation/src/severity.ts

const severity_RANK = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };
/** critical 4, high 3, medium 2, low 1, unknown 0: higher is worse; unknown is below every rated level. */
function severityRank(severity) {
    return severity_RANK[severity];
}
/** Whether a finding with this status counts (ignore-file entries and VEX suppressions do not). */
function isEffective(status) {
    return status !== 'ignored' && status !== 'suppressed';
}
function zeroCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}
/** The counts of the effective findings. */
function countFindings(findings) {
    const counts = zeroCounts();
    for (const finding of findings)
        if (isEffective(finding.status))
            counts[finding.severity]++;
    return counts;
}
/** `critical 1, high 2, medium 0, low 0, unknown 3`: every level, worst first. */
function formatCounts(counts) {
    return SEVERITIES.map((severity) => `${severity} ${counts[severity]}`).join(', ');
}
/** Worst first: by severity, then by score (a scored finding before an unscored one), then by id. */
function compareFindings(a, b) {
    return (severityRank(b.severity) - severityRank(a.severity) ||
        (b.score ?? -1) - (a.score ?? -1) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

;// CONCATENATED MODULE: ./packages/vuln-attestation/src/build.ts



const iso = (time) => (typeof time === 'string' ? time : time.toISOString());
/**
 * The predicate vuln-gate signs: counts computed from the findings (effective ones only), findings
 * worst first, times as RFC 3339. The result is read back through the parser, so a producer cannot
 * sign what image-verify would refuse as malformed.
 */
function buildVulnScanPredicate(input) {
    const findings = [...input.findings].sort(compareFindings).map((finding) => ({
        ...finding,
        aliases: [...finding.aliases],
    }));
    return parseVulnScanPredicate({
        invocation: {
            uri: input.invocationUri,
            event_id: input.eventId,
            'builder.id': VULN_GATE_BUILDER_ID,
            parameters: input.parameters,
        },
        scanner: {
            uri: input.scanner.uri,
            version: input.scanner.version,
            db: { uri: input.db.uri, version: iso(input.db.version) },
            result: {
                verdict: input.verdict,
                failOn: input.failOn,
                counts: countFindings(findings),
                findings,
            },
        },
        metadata: { scanStartedOn: iso(input.startedOn), scanFinishedOn: iso(input.finishedOn) },
    });
}

;// CONCATENATED MODULE: ./packages/vuln-attestation/src/index.ts





;// CONCATENATED MODULE: ./packages/vuln-scan/src/gate.ts



const FAIL_ON = (/* unused pure expression or super */ null && (['critical', 'high', 'medium', 'low', 'any', 'never']));
/** The levels `fail-on` gates: `any` includes unknown; a named level does not (unknown is not low). */
function gatedLevels(failOn) {
    if (failOn === 'never')
        return new Set();
    if (failOn === 'any')
        return new Set(predicate_SEVERITIES);
    return new Set(predicate_SEVERITIES.slice(0, predicate_SEVERITIES.indexOf(failOn) + 1));
}
const STATUS_ORDER = {
    gated: 0,
    'below-threshold': 1,
    'no-fix': 2,
    ignored: 3,
    suppressed: 4,
};
/**
 * Decides every finding, in this order: an OpenVEX statement that suppresses it (not_affected,
 * fixed), an unexpired ignore entry, `only-fixed` without a fix, then the `fail-on` threshold.
 * An expired ignore entry ignores nothing and fails the gate by name.
 */
function decide(findings, policy) {
    const gated = gatedLevels(policy.failOn);
    const used = new Set();
    const expired = policy.ignores.filter((entry) => isExpired(entry, policy.now));
    const decisions = findings.map((finding) => {
        const statement = vexDecision(policy.vex, finding, policy.imageDigest);
        if (statement && suppresses(statement))
            return {
                finding,
                status: 'suppressed',
                reason: `VEX ${statement.status}${statement.explanation ? ` (${statement.explanation})` : ''} in ${statement.document}`,
            };
        const entries = policy.ignores.filter((entry) => ignoreMatches(entry, finding));
        entries.forEach((entry) => used.add(entry));
        const holding = entries.find((entry) => !isExpired(entry, policy.now));
        if (holding)
            return {
                finding,
                status: 'ignored',
                reason: `ignore entry ${holding.position}: ${holding.reason}${holding.expires ? ` (until ${holding.expires})` : ''}`,
            };
        const expiredEntry = entries.find((entry) => isExpired(entry, policy.now));
        const expiredNote = expiredEntry ? `; its ignore entry expired on ${expiredEntry.expires}` : '';
        const underInvestigation = statement?.status === 'under_investigation' ? '; VEX: under investigation (does not suppress)' : '';
        if (policy.onlyFixed && finding.fixed.length === 0)
            return {
                finding,
                status: 'no-fix',
                reason: `no fixed version yet (only-fixed)${expiredNote}${underInvestigation}`,
            };
        if (gated.has(finding.severity))
            return {
                finding,
                status: 'gated',
                reason: `${finding.severity} is at or above fail-on ${policy.failOn}${expiredNote}${underInvestigation}`,
            };
        return {
            finding,
            status: 'below-threshold',
            reason: `${finding.severity} is below fail-on ${policy.failOn}${expiredNote}${underInvestigation}`,
        };
    });
    decisions.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        severityRank(b.finding.severity) - severityRank(a.finding.severity) ||
        (b.finding.score ?? -1) - (a.finding.score ?? -1) ||
        a.finding.package.localeCompare(b.finding.package) ||
        a.finding.id.localeCompare(b.finding.id));
    const counts = countFindings(decisions.map(({ finding, status }) => ({ severity: finding.severity, status })));
    const ignored = decisions.filter((decision) => !isEffective(decision.status)).length;
    const gatedCount = decisions.filter((decision) => decision.status === 'gated').length;
    const failures = [];
    if (gatedCount > 0)
        failures.push(`${gatedCount} finding(s) at or above fail-on ${policy.failOn}`);
    for (const entry of expired)
        failures.push(`ignore entry ${entry.position} (${JSON.stringify(entry.id)}) expired on ${entry.expires}: renew it with a new date and reason, or fix the vulnerability`);
    return {
        verdict: failures.length > 0 ? 'fail' : 'pass',
        decisions,
        counts,
        effective: decisions.length - ignored,
        ignored,
        expired,
        stale: policy.ignores.filter((entry) => !used.has(entry)),
        failures,
    };
}

;// CONCATENATED MODULE: ./packages/vuln-scan/src/report.ts
/** The installed version as the user knows it: the first copy's own version. */
function reportedFinding({ finding, status, reason, }) {
    return {
        id: finding.id,
        aliases: finding.aliases,
        package: finding.package,
        ecosystem: finding.ecosystem,
        installed: finding.installed[0]?.version ?? finding.version,
        fixed: finding.fixed[0] ?? null,
        severity: finding.severity,
        score: finding.score,
        status,
        reason,
    };
}
function scanReport(context, gate, notScanned, dataErrors) {
    return {
        reportType: 'https://github.com/shipchain/shipchain/actions/vuln-gate/report/v1',
        target: context.target,
        scanner: context.scanner,
        db: { uri: context.db.uri, version: context.db.readAt.toISOString() },
        scanStartedOn: context.startedOn.toISOString(),
        scanFinishedOn: context.finishedOn.toISOString(),
        verdict: gate.verdict,
        failOn: context.failOn,
        onlyFixed: context.onlyFixed,
        failures: gate.failures,
        counts: gate.counts,
        ignored: gate.ignored,
        findings: gate.decisions.map((decision) => {
            const { finding } = decision;
            return {
                ...reportedFinding(decision),
                ...(finding.summary ? { summary: finding.summary } : {}),
                ...(finding.url ? { url: finding.url } : {}),
                allFixed: finding.fixed,
                ...(finding.vector ? { vector: finding.vector } : {}),
                ...(finding.severitySource ? { severitySource: finding.severitySource } : {}),
                packages: finding.installed.map((copy) => ({
                    name: copy.name,
                    version: copy.version,
                    ...(copy.purl ? { purl: copy.purl } : {}),
                    file: copy.location.file,
                    ...(copy.location.line ? { line: copy.location.line } : {}),
                })),
            };
        }),
        notScanned: [...notScanned],
        ignoreEntries: { expired: gate.expired, stale: gate.stale },
        dataErrors: [...dataErrors],
    };
}

;// CONCATENATED MODULE: ./packages/vuln-scan/src/predicate.ts


/**
 * The scan as the predicate of an in-toto statement about the image digest (cosign's vuln/v1),
 * built and checked by @shipchain/vuln-attestation, the one definition image-verify reads back.
 */
function vulnPredicate(context, gate) {
    return buildVulnScanPredicate({
        invocationUri: context.invocation.uri,
        eventId: context.invocation.eventId,
        parameters: { 'fail-on': context.failOn, 'only-fixed': context.onlyFixed },
        scanner: { uri: context.scanner.uri, version: context.scanner.version },
        db: { uri: context.db.uri, version: context.db.readAt },
        verdict: gate.verdict,
        failOn: context.failOn,
        findings: gate.decisions.map(reportedFinding),
        startedOn: context.startedOn,
        finishedOn: context.finishedOn,
    });
}

;// CONCATENATED MODULE: ./packages/vuln-scan/src/sarif.ts


// GitHub code scanning reads security-severity as a CVSS-like score; levels without a score get
// the middle of their CVSS band, unknown gets none (shown as a plain warning).
const LEVEL_SCORE = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
    unknown: undefined,
};
const RESULT_LEVEL = {
    gated: 'error',
    'below-threshold': 'warning',
    'no-fix': 'warning',
    ignored: 'note',
    suppressed: 'note',
};
const fixedText = (finding) => finding.fixed.length > 0 ? `fixed in ${finding.fixed.join(', ')}` : 'no fixed version known';
/** The rule's help: the advisory, the package, severity and fix, every untrusted part escaped. */
function helpMarkdown(finding) {
    const title = finding.url ? (0,src/* markdownLink */.iQ)(finding.id, finding.url) : (0,src/* markdownCode */.D9)(finding.id);
    const lines = [
        `**${title}**${finding.summary ? `: ${(0,src/* markdownText */.p7)(finding.summary)}` : ''}`,
        '',
        `- Package: ${(0,src/* markdownCode */.D9)(finding.package)} (${(0,src/* markdownText */.p7)(finding.ecosystem)})`,
        `- Severity: ${finding.severity}${finding.score !== null ? ` (CVSS ${finding.score.toFixed(1)})` : ''}`,
        `- Fix: ${finding.fixed.length > 0 ? finding.fixed.map(src/* markdownCode */.D9).join(', ') : 'none known yet'}`,
    ];
    if (finding.aliases.length > 0)
        lines.push(`- Aliases: ${finding.aliases.map(src/* markdownCode */.D9).join(', ')}`);
    return lines.join('\n');
}
function helpText(finding) {
    return `${finding.id}${finding.summary ? `: ${finding.summary}` : ''}. Package ${finding.package} (${finding.ecosystem}); severity ${finding.severity}; ${fixedText(finding)}.`;
}
/** Same finding, same place, same fingerprint across runs (GitHub tracks alerts by it). */
function fingerprint(finding, copy, location) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([finding.id, finding.ecosystem, finding.package, copy.name, copy.version, location.uri].join('\u0000'))
        .digest('hex');
}
/**
 * A SARIF 2.1.0 log for GitHub code scanning: a rule per vulnerability (help text and markdown,
 * security-severity), a result per installed copy located by `locate` (the lockfile entry, the
 * Dockerfile's FROM line, or the SBOM), with partialFingerprints. Ignored and suppressed findings
 * are results with an accepted external suppression, so they close rather than vanish.
 */
function sarifLog(context, gate, locate) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const decision of gate.decisions) {
        const { finding } = decision;
        if (!ruleIndex.has(finding.id)) {
            ruleIndex.set(finding.id, rules.length);
            const score = finding.score !== null ? finding.score.toFixed(1) : LEVEL_SCORE[finding.severity];
            rules.push({
                id: finding.id,
                name: finding.id.replace(/[^A-Za-z0-9]/g, ''),
                shortDescription: { text: finding.summary ?? `${finding.id} in ${finding.package}` },
                fullDescription: { text: helpText(finding) },
                ...(finding.url ? { helpUri: finding.url } : {}),
                help: { text: helpText(finding), markdown: helpMarkdown(finding) },
                defaultConfiguration: {
                    level: finding.severity === 'critical' || finding.severity === 'high' ? 'error' : 'warning',
                },
                properties: {
                    tags: ['security', 'vulnerability', finding.severity, finding.ecosystem],
                    precision: 'very-high',
                    ...(score !== undefined ? { 'security-severity': score } : {}),
                },
            });
        }
        for (const copy of finding.installed) {
            const location = locate(copy);
            results.push({
                ruleId: finding.id,
                ruleIndex: ruleIndex.get(finding.id),
                level: RESULT_LEVEL[decision.status],
                message: {
                    text: `${copy.name} ${copy.version} is affected by ${finding.id} (${finding.severity}); ${fixedText(finding)}. ${decision.status}: ${decision.reason}.`,
                },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: location.uri },
                            ...(location.line ? { region: { startLine: location.line } } : {}),
                        },
                    },
                ],
                partialFingerprints: { 'vulnerabilityPackage/v1': fingerprint(finding, copy, location) },
                ...(decision.status === 'ignored' || decision.status === 'suppressed'
                    ? { suppressions: [{ kind: 'external', status: 'accepted', justification: decision.reason }] }
                    : {}),
                properties: { status: decision.status, installed: copy.version, fixed: finding.fixed },
            });
        }
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: context.scanner.name,
                        informationUri: context.scanner.uri,
                        semanticVersion: context.scanner.version,
                        rules,
                    },
                },
                automationDetails: { id: `vuln-gate/${context.target.kind}/` },
                invocations: [
                    {
                        executionSuccessful: true,
                        startTimeUtc: context.startedOn.toISOString(),
                        endTimeUtc: context.finishedOn.toISOString(),
                    },
                ],
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./packages/vuln-scan/src/markdown.ts


const bytes = (text) => Buffer.byteLength(text, 'utf8');
const SUMMARY_CHARACTERS = 160;
/** An advisory's summary cut to a table cell's worth, at a character (not a UTF-16 unit) boundary. */
function shortened(text) {
    const characters = [...text];
    return characters.length > SUMMARY_CHARACTERS
        ? `${characters.slice(0, SUMMARY_CHARACTERS - 1).join('')}…`
        : text;
}
const STATUS_WORDS = {
    gated: '**gated**',
    'below-threshold': 'below threshold',
    'no-fix': 'no fix',
    ignored: 'ignored',
    suppressed: 'suppressed (VEX)',
};
function findingRow({ finding, status, reason }) {
    const link = finding.url ? (0,src/* markdownLink */.iQ)(finding.id, finding.url) : (0,src/* markdownCode */.D9)(finding.id);
    const id = finding.summary ? `${link}<br>${(0,src/* markdownText */.p7)(shortened(finding.summary))}` : link;
    const installed = [...new Set(finding.installed.map((copy) => `${copy.name} ${copy.version}`))];
    return [
        finding.severity + (finding.score !== null ? ` ${finding.score.toFixed(1)}` : ''),
        id,
        `${(0,src/* markdownCode */.D9)(finding.package)} (${(0,src/* markdownText */.p7)(finding.ecosystem)})`,
        installed.map(src/* markdownText */.p7).join('<br>'),
        finding.fixed.length > 0 ? finding.fixed.map(src/* markdownCode */.D9).join(', ') : 'none',
        STATUS_WORDS[status],
        (0,src/* markdownText */.p7)(reason),
    ];
}
/** A table cut between rows to fit `budget` bytes, with a line counting the rows left out. */
function fittedTable(headers, rows, budget, what, where) {
    const head = (0,src/* markdownTable */.Qj)(headers, []);
    const note = (left) => `\n\n> ${left} more ${what} not shown here: ${where}.`;
    let used = bytes(head) + bytes(note(rows.length));
    const kept = [];
    for (const row of rows) {
        const line = `\n${(0,src/* markdownTableRow */.Sy)(row)}`;
        if (used + bytes(line) > budget)
            break;
        kept.push(line);
        used += bytes(line);
    }
    if (kept.length === 0 && rows.length > 0)
        return note(rows.length).trimStart();
    return head + kept.join('') + (kept.length < rows.length ? note(rows.length - kept.length) : '');
}
const entryText = (entry) => `entry ${entry.position}: ${(0,src/* markdownCode */.D9)(entry.id)}${entry.package ? ` in ${(0,src/* markdownCode */.D9)(entry.package)}` : ''}${entry.expires ? ` (expires ${(0,src/* markdownText */.p7)(entry.expires)})` : ''}`;
/**
 * The gate as markdown within `budgetBytes` (job summary, PR comment): the verdict and why, the
 * counts, every finding with why it gated, was ignored, was below the threshold or had no fix,
 * what was not scanned, stale and expired ignore entries. Tables are cut between rows and say how
 * many rows were left out.
 */
function gateMarkdown(inputs, budgetBytes) {
    const { gate } = inputs;
    const where = inputs.reportPath
        ? `all are in ${(0,src/* markdownCode */.D9)(inputs.reportPath)}`
        : 'all are in the JSON report';
    const top = [
        `## Vulnerability gate: ${gate.verdict === 'pass' ? '✅ pass' : '❌ fail'} — ${(0,src/* markdownCode */.D9)(inputs.target)}`,
    ];
    if (gate.failures.length > 0)
        top.push(gate.failures.map((line) => `- ${(0,src/* markdownText */.p7)(line)}`).join('\n'));
    top.push((0,src/* markdownTable */.Qj)(['', ...predicate_SEVERITIES], [['findings', ...predicate_SEVERITIES.map((level) => String(gate.counts[level]))]]) +
        `\n\nfail-on: ${(0,src/* markdownCode */.D9)(inputs.failOn)}; ${gate.effective} finding(s) count, ${gate.ignored} ignored or suppressed.`);
    if (inputs.sbomAttestation)
        top.push(`Scanned the SBOM attestation ${(0,src/* markdownCode */.D9)(inputs.sbomAttestation.ref)}, its signer verified: ${(0,src/* markdownCode */.D9)(inputs.sbomAttestation.identity)}.`);
    const tail = [];
    if (gate.expired.length > 0)
        tail.push(`### Expired ignore entries\n\n${gate.expired.map((e) => `- ${entryText(e)}`).join('\n')}`);
    if (gate.stale.length > 0)
        tail.push(`### Stale ignore entries (matched nothing)\n\n${gate.stale.map((e) => `- ${entryText(e)}`).join('\n')}`);
    if (inputs.dataErrors.length > 0)
        tail.push(`### Data errors\n\n${inputs.dataErrors.map((e) => `- ${(0,src/* markdownText */.p7)(e)}`).join('\n')}`);
    if (inputs.attestation)
        tail.push('refs' in inputs.attestation
            ? `Attested: ${inputs.attestation.refs.map(src/* markdownCode */.D9).join('<br>')}`
            : `Not attested: ${(0,src/* markdownText */.p7)(inputs.attestation.skipped)}.`);
    const fixed = [...top, ...tail].map((part) => part + '\n\n').join('');
    let room = budgetBytes - bytes(fixed) - 200;
    const parts = [...top];
    if (gate.decisions.length > 0) {
        const table = fittedTable(['severity', 'vulnerability', 'package', 'installed', 'fixed in', 'status', 'why'], gate.decisions.map(findingRow), Math.max(0, room - (inputs.notScanned.length > 0 ? Math.min(room / 4, 4096) : 0)), 'finding(s)', where);
        parts.push(`### Findings\n\n${table}`);
        room -= bytes(table) + 16;
    }
    else
        parts.push('No known vulnerability affects the packages scanned.');
    if (inputs.notScanned.length > 0) {
        const table = fittedTable(['not scanned', 'why'], inputs.notScanned.map((entry) => [(0,src/* markdownCode */.D9)(entry.subject), (0,src/* markdownText */.p7)(entry.reason)]), Math.max(0, room), 'package(s) not scanned', where);
        parts.push(`### Not scanned (${inputs.notScanned.length})\n\n${table}`);
    }
    return [...parts, ...tail].join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/vuln-scan/src/index.ts










;// CONCATENATED MODULE: ./packages/provenance/src/statement.ts
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** The predicate types SBOM attestations use (cosign attest --type cyclonedx / spdxjson writes these). */
const CYCLONEDX_BOM_PREDICATE = 'https://cyclonedx.org/bom';
const SPDX_DOCUMENT_PREDICATE = 'https://spdx.dev/Document';
const SBOM_PREDICATE_TYPES = [CYCLONEDX_BOM_PREDICATE, SPDX_DOCUMENT_PREDICATE];
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** `owner/repo/.github/workflows/release.yml@refs/heads/main` → `.github/workflows/release.yml`. */
function workflowPath(workflowRef, repository) {
    const withoutRef = workflowRef.slice(0, workflowRef.lastIndexOf('@'));
    return withoutRef.startsWith(`${repository}/`) ? withoutRef.slice(repository.length + 1) : withoutRef;
}
/**
 * SLSA v1 provenance in the GitHub Actions workflow build type. The builder is the workflow
 * that ran the job (`job_workflow_ref`): for a reusable workflow that is the reusable one,
 * which is what makes an isolated build-and-attest workflow verifiable as the builder.
 */
function buildProvenance(input) {
    const { claims } = input;
    const server = input.serverUrl.replace(/\/+$/, '');
    const repositoryUrl = `${server}/${claims.repository}`;
    const metadata = {
        invocationId: `${repositoryUrl}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
    };
    if (input.startedOn)
        metadata.startedOn = input.startedOn.toISOString();
    if (input.finishedOn)
        metadata.finishedOn = input.finishedOn.toISOString();
    return {
        _type: STATEMENT_TYPE,
        subject: input.subjects,
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: GITHUB_WORKFLOW_BUILD_TYPE,
                externalParameters: {
                    workflow: {
                        ref: claims.ref,
                        repository: repositoryUrl,
                        path: workflowPath(claims.workflow_ref, claims.repository),
                    },
                },
                internalParameters: {
                    github: {
                        event_name: claims.event_name,
                        repository_id: claims.repository_id,
                        repository_owner_id: claims.repository_owner_id,
                        runner_environment: claims.runner_environment,
                    },
                },
                resolvedDependencies: [
                    { uri: `git+${repositoryUrl}@${claims.ref}`, digest: { gitCommit: claims.sha } },
                ],
            },
            runDetails: {
                builder: { id: `${server}/${claims.job_workflow_ref}` },
                metadata,
            },
        },
    };
}
/**
 * The SLSA Build level this provenance can honestly claim: L3 needs the provenance made by
 * a builder isolated from the build's own steps, i.e. a reusable workflow distinct from
 * the calling workflow; made inside the caller's own job it is L2.
 */
function slsaBuildLevel(claims) {
    return claims.job_workflow_ref !== claims.workflow_ref ? 3 : 2;
}

;// CONCATENATED MODULE: ./packages/provenance/src/subjects.ts






const SHA256_HEX = /^[0-9a-f]{64}$/;
/** `name@sha256:…` → subject named by the repository (the form cosign and GitHub use). */
function imageSubject(reference, input = 'subject') {
    const parsed = parseImageReference(reference, input);
    if (!parsed.digest)
        throw new ConfigurationError(`Input "${input}" has ${JSON.stringify(reference)} without a digest: attest images by digest (image-build's "image" output).`, input);
    return { name: repositoryName(parsed), digest: { sha256: parsed.digest.slice('sha256:'.length) } };
}
/** sha256 of a file, read as a stream (any size, constant memory). */
async function sha256File(path, open) {
    const options = { highWaterMark: 1024 * 1024 };
    const stream = open ? (await open(path)).createReadStream(options) : createReadStream(path, options);
    return new Promise((resolve, reject) => {
        const hash = createHash('sha256');
        stream
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** Files as subjects named by their workspace-relative path, hashed a few at a time. */
async function fileSubjects(paths, workspace, concurrency = 4, open) {
    const subjects = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const index = next++;
            const path = paths[index];
            subjects[index] = {
                name: relative(workspace, path).split('\\').join('/'),
                digest: { sha256: await sha256File(path, open) },
            };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
    return subjects;
}
/** A `sha256sum` file: `<hex>  <name>` (or `<hex> *<name>` in binary mode) per line. */
async function checksumSubjects(path, input = 'subject-checksums', open) {
    const read = async () => {
        if (!open)
            return readFile(path, 'utf8');
        const handle = await open(path);
        try {
            return await handle.readFile('utf8');
        }
        finally {
            await handle.close();
        }
    };
    const text = await read().catch((error) => {
        // A refusal (a link leading out) says why itself; anything else is unreadable.
        if (isConfigurationError(error))
            throw error;
        throw new ConfigurationError(`Input "${input}" names ${path}, which cannot be read.`, input);
    });
    const subjects = [];
    for (const [index, raw] of text.split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const match = /^([0-9a-fA-F]{64})\s+\*?(.+)$/.exec(line);
        if (!match || !SHA256_HEX.test(match[1].toLowerCase()))
            throw new ConfigurationError(`Input "${input}": line ${index + 1} of ${path} is not "<sha256 hex>  <name>" (the sha256sum format).`, input);
        subjects.push({ name: match[2], digest: { sha256: match[1].toLowerCase() } });
    }
    return subjects;
}
/** One subject per name and digest: duplicates from overlapping inputs are merged. */
function uniqueSubjects(subjects) {
    const seen = new Set();
    return subjects.filter((subject) => {
        const key = `${subject.name}\u0000${subject.digest.sha256}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/provenance/src/index.ts




;// CONCATENATED MODULE: ./packages/signing/src/subject.ts


/** The subject of an image reference already holding its digest. */
function referenceSubject(reference) {
    return {
        registry: reference.registry,
        repository: reference.repository,
        name: reference_repositoryName(reference),
        digest: reference.digest,
    };
}
/**
 * `name@sha256:…` → subject. A tag is refused: a tag can move after signing, so the
 * signature would vouch for whatever it points at later.
 */
function digestSubject(text, input = 'image') {
    const reference = parseImageReference(text, input);
    if (!reference.digest)
        throw new ConfigurationError(`Input "${input}" is ${JSON.stringify(text)}, which has no digest: sign and verify by digest, e.g. the "image" output of image-build (name@sha256:…), never a tag that can move.`, input);
    return referenceSubject({ ...reference, digest: reference.digest });
}

// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(80668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./packages/signing/src/cosign-key.ts



/** cosign's encrypted key PEM types (`cosign generate-key-pair`), newer and older. */
const COSIGN_PEM = /-----BEGIN (ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;
const isCosignEncryptedKey = (pem) => COSIGN_PEM.test(pem);
/**
 * Open a cosign-encrypted private key: scrypt derives a 32-byte key from the password,
 * NaCl secretbox (XSalsa20-Poly1305) decrypts the PKCS#8 DER inside.
 */
function openCosignKey(pem, password, input = 'key') {
    const match = COSIGN_PEM.exec(pem);
    if (!match)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is not a cosign encrypted private key.`, input);
    if (!password)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is a cosign encrypted private key: set "key-password" too.`, `${input}-password`);
    let encrypted;
    try {
        encrypted = JSON.parse(Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" looks like a cosign key but its content is not readable.`, input);
    }
    if (encrypted.kdf?.name !== 'scrypt' || encrypted.cipher?.name !== 'nacl/secretbox')
        throw new src/* ConfigurationError */.j1(`Input "${input}" uses ${encrypted.kdf?.name ?? '?'}/${encrypted.cipher?.name ?? '?'}; only cosign's scrypt + nacl/secretbox keys are supported.`, input);
    const { N, r, p } = encrypted.kdf.params;
    const secret = (0,external_node_crypto_.scryptSync)(password, Buffer.from(encrypted.kdf.salt, 'base64'), 32, {
        N,
        r,
        p,
        maxmem: 256 * N * r + 1024 * 1024,
    });
    const opened = nacl_fast_default().secretbox.open(Buffer.from(encrypted.ciphertext, 'base64'), Buffer.from(encrypted.cipher.nonce, 'base64'), secret);
    if (!opened)
        throw new src/* ConfigurationError */.j1(`Input "key-password" does not open the cosign key in "${input}": check the password.`, `${input}-password`);
    return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}

;// CONCATENATED MODULE: ./packages/signing/src/keys.ts




/**
 * A key input is the PEM itself or a path to it (workflows pass secrets as content,
 * checked-in public keys as paths). Only ECDSA P-256 is accepted: it is what cosign and
 * Sigstore verifiers expect by default.
 */
async function readKeyInput(value, workspace, input) {
    if (value.includes('-----BEGIN'))
        return value;
    try {
        return await (0,promises_.readFile)(value.startsWith('/') ? value : `${workspace}/${value}`, 'utf8');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" is neither a PEM key (-----BEGIN …) nor a readable file path: pass the key's content (from a secret) or its path in the workspace.`, input);
    }
}
function loadPrivateKey(pem, input = 'key', password) {
    if (isCosignEncryptedKey(pem)) {
        const opened = openCosignKey(pem, password, input);
        requireP256(opened, input);
        return opened;
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(password ? { key: pem, passphrase: password } : pem);
    }
    catch (error) {
        const encrypted = /ENCRYPTED/.test(pem) && !password;
        throw new src/* ConfigurationError */.j1(encrypted
            ? `Input "${input}" is an encrypted private key: set "key-password" too.`
            : `Input "${input}" is not a readable PEM private key (${error.message}): give a PKCS#8 ECDSA P-256 key, e.g. from openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256.`, input);
    }
    requireP256(key, input);
    return key;
}
function loadPublicKey(pem, input = 'key') {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Input "${input}" is not a readable PEM public key (${error.message}).`, input);
    }
    requireP256(key, input);
    return key;
}
function requireP256(key, input) {
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
        throw new src/* ConfigurationError */.j1(`Input "${input}" is a ${key.asymmetricKeyType ?? 'unknown'} key${key.asymmetricKeyDetails?.namedCurve ? ` on ${key.asymmetricKeyDetails.namedCurve}` : ''}; only ECDSA P-256 keys are accepted.`, input);
}
/** ECDSA-SHA256 over `payload`, DER-encoded, as cosign stores it (base64). */
function signBytes(key, payload) {
    return sign('sha256', payload, key).toString('base64');
}
function keys_verifyBytes(key, payload, signatureBase64) {
    const signature = Buffer.from(signatureBase64, 'base64');
    if (signature.length === 0)
        return false;
    try {
        return verify('sha256', payload, key, signature);
    }
    catch {
        return false;
    }
}
const publicKeyPem = (key) => (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'pem' }).toString();
/**
 * The key as a @sigstore/sign signer: the bundle builders call it to sign (a message or a
 * DSSE encoding) and record the public key, with its sha256 as the hint.
 */
function keys_keySigner(key) {
    const publicKey = publicKeyPem(key);
    const hint = (0,external_node_crypto_.createHash)('sha256').update(publicKey).digest('base64');
    return {
        sign: (bytes) => Promise.resolve({
            signature: (0,external_node_crypto_.sign)('sha256', bytes, key),
            key: { $case: 'publicKey', publicKey, hint },
        }),
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/cosign-storage.ts

/** cosign's names (its signature spec): the layer type and the annotations a verifier reads. */
/** cosign's layer type for an attestation in its `.att` tag. */
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const cosign_storage_CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
const cosign_storage_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
/** `sha256-<hex>.sig`: where cosign (and containers/image's sigstore support) look for signatures. */
const signatureTag = (digest) => `${digest.replace(':', '-')}.sig`;
/** `sha256-<hex>.att`: where cosign keeps attestations (DSSE envelopes). */
const attestationTag = (digest) => `${digest.replace(':', '-')}.att`;
const COSIGN_SIGNATURES = { tag: signatureTag, mediaType: SIMPLE_SIGNING_MEDIA_TYPE };
const COSIGN_ATTESTATIONS = {
    tag: attestationTag,
    mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
};
/**
 * Add a signature to the image's `.sig` manifest, keeping every signature already there
 * and those that concurrent signers add meanwhile. Returns the `.sig` reference.
 */
async function attachCosignSignature(client, repository, digest, signature, kind = COSIGN_SIGNATURES) {
    const tag = kind.tag(digest);
    await client.pushBlob(repository, signature.payload);
    const layer = {
        mediaType: kind.mediaType,
        size: signature.payload.length,
        digest: sha256Of(signature.payload),
        annotations: { ...signature.annotations, [SIGNATURE_ANNOTATION]: signature.signature },
    };
    const added = await addUnderTag(layer, {
        what: `The signature tag ${tag} of ${repository}`,
        keyOf: (entry) => `${entry.digest} ${entry.annotations?.[SIGNATURE_ANNOTATION] ?? ''}`,
        read: async () => {
            const manifest = await readSignatureManifest(client, repository, tag);
            return { entries: manifest?.layers ?? [], version: manifest?.digest ?? '' };
        },
        version: async () => (await client.headManifest(repository, tag))?.digest ?? '',
        write: async (layers) => {
            const config = signatureConfig(layers);
            await client.pushBlob(repository, config);
            const manifest = {
                schemaVersion: 2,
                mediaType: OCI_MANIFEST,
                config: {
                    mediaType: 'application/vnd.oci.image.config.v1+json',
                    size: config.length,
                    digest: sha256Of(config),
                },
                layers,
            };
            return client.putManifest(repository, tag, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
        },
    });
    return { tag, added };
}
/** Every signature stored for `digest` (none when there is no `.sig` tag). */
async function readCosignSignatures(client, repository, digest, kind = COSIGN_SIGNATURES) {
    const manifest = await readSignatureManifest(client, repository, kind.tag(digest));
    const signatures = [];
    for (const layer of manifest?.layers ?? []) {
        if (layer.mediaType !== kind.mediaType)
            continue;
        const { [SIGNATURE_ANNOTATION]: value = '', ...rest } = layer.annotations ?? {};
        signatures.push({
            payload: await client.getBlob(repository, layer.digest),
            signature: value,
            annotations: rest,
        });
    }
    return signatures;
}
async function readSignatureManifest(client, repository, tag) {
    const head = await client.headManifest(repository, tag);
    if (!head)
        return undefined;
    const manifest = JSON.parse((await client.getManifest(repository, head.digest)).bytes.toString('utf8'));
    return { layers: Array.isArray(manifest.layers) ? manifest.layers : [], digest: head.digest };
}
/** An image config listing the layers, as cosign writes one (the payloads are not a filesystem). */
function signatureConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
        config: {},
    }));
}

;// CONCATENATED MODULE: ./packages/signing/src/verify-key.ts


/**
 * Check cosign signatures of `subject` against a public key: the signature must verify over
 * the exact payload bytes, and the payload must name exactly this digest (and this
 * repository). The first signature that passes wins; every rejection keeps its reason.
 */
function verifyWithKey(subject, signatures, key) {
    const rejected = [];
    for (const [index, signature] of signatures.entries()) {
        if (!verifyBytes(key, signature.payload, signature.signature)) {
            rejected.push({
                index,
                reason: 'the signature does not verify with the given key over the stored payload (wrong key, or payload/signature altered)',
            });
            continue;
        }
        let payload;
        try {
            payload = parsePayload(signature.payload);
        }
        catch (error) {
            rejected.push({ index, reason: error.message });
            continue;
        }
        if (payload.digest !== subject.digest) {
            rejected.push({
                index,
                reason: `the signed payload names ${payload.digest}, not ${subject.digest} (a signature copied from another image)`,
            });
            continue;
        }
        if (payload.dockerReference !== '' && payload.dockerReference !== subject.name) {
            rejected.push({
                index,
                reason: `the signed payload names ${payload.dockerReference}, not ${subject.name}`,
            });
            continue;
        }
        return { matched: { index, annotations: payload.annotations }, rejected };
    }
    return { rejected };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./packages/signing/src/keyless.ts



const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/**
 * Keyless signing: an ephemeral key, a Fulcio certificate for the job's identity, then a
 * transparency-log entry and/or an RFC 3161 timestamp proving the signature was made while
 * the certificate was valid.
 */
async function signKeyless(data, options) {
    const { signer, witnesses } = keylessParts(options);
    const built = bundleToJSON(await new MessageSignatureBundleBuilder({ signer, witnesses }).create({ data }));
    const bundle = toV03(built);
    const leaf = bundle.verificationMaterial.certificate?.rawBytes ?? '';
    const certificate = new X509Certificate(Buffer.from(leaf, 'base64'));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    const signature = bundle.messageSignature?.signature ??
        (() => {
            throw new Error('the signer returned a bundle without a message signature');
        })();
    return {
        bundle,
        signature,
        certificatePem: certificate.toString(),
        identity: uriSan(certificate),
        ...(entry ? { logIndex: entry.logIndex, rekorBundle: keyless_cosignRekorBundle(entry) } : {}),
    };
}
/**
 * The Fulcio signer for the job's token and the witnesses asked for: Rekor (an entry of
 * `entryType`; the default suits message signatures) and/or a timestamp authority.
 */
function keylessParts(options, entryType) {
    const witnesses = [];
    if (options.rekorUrl)
        witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL: options.rekorUrl, ...(entryType ? { entryType } : {}) }));
    if (options.tsaUrl)
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: options.tsaUrl }));
    const signer = new sign_dist/* FulcioSigner */.$o({
        fulcioBaseURL: options.fulcioUrl,
        identityProvider: { getToken: () => Promise.resolve(options.token) },
    });
    return { signer, witnesses };
}
/** v0.2 carries the certificate as a one-element chain; v0.3 as `certificate` (same bytes). */
function toV03(bundle) {
    const material = bundle.verificationMaterial;
    const leaf = material.x509CertificateChain?.certificates[0];
    if (!leaf)
        return { ...bundle, mediaType: BUNDLE_V03_MEDIA_TYPE };
    return {
        ...bundle,
        mediaType: BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: {
            certificate: leaf,
            x509CertificateChain: undefined,
            publicKey: undefined,
            tlogEntries: material.tlogEntries ?? [],
            timestampVerificationData: material.timestampVerificationData,
        },
    };
}
function uriSan(certificate) {
    const san = certificate.subjectAltName ?? '';
    const uri = /URI:([^,\s]+)/.exec(san);
    const email = /email:([^,\s]+)/.exec(san);
    return uri?.[1] ?? email?.[1] ?? '';
}
/** The Rekor "bundle" cosign puts in its annotation: the signed entry timestamp and the entry. */
function keyless_cosignRekorBundle(entry) {
    return JSON.stringify({
        SignedEntryTimestamp: entry.inclusionPromise?.signedEntryTimestamp ?? '',
        Payload: {
            body: entry.canonicalizedBody,
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
        },
    });
}

;// CONCATENATED MODULE: ./packages/signing/src/bundle-storage.ts


/** The empty config OCI 1.1 artifacts use. */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/**
 * Attach a Sigstore bundle to the image as an OCI 1.1 referrer: an artifact manifest whose
 * `subject` is the image and whose one layer is the bundle JSON. Registries without the
 * referrers API get the `sha256-<hex>` tag-schema index instead (see oci-client).
 */
async function attachBundle(client, repository, subject, bundle) {
    const bytes = Buffer.from(JSON.stringify(bundle));
    await client.pushBlob(repository, EMPTY_CONFIG);
    await client.pushBlob(repository, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: BUNDLE_V03_MEDIA_TYPE,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: sha256Of(EMPTY_CONFIG), size: EMPTY_CONFIG.length },
        layers: [{ mediaType: BUNDLE_V03_MEDIA_TYPE, digest: sha256Of(bytes), size: bytes.length }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'dev.sigstore.bundle.content': 'message-signature' },
    };
    return client.pushReferrer(repository, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
}
/** Every Sigstore bundle attached to `digest` (referrers API, or the tag-schema fallback). */
async function readBundles(client, repository, digest) {
    const { descriptors } = await client.listReferrers(repository, digest, BUNDLE_V03_MEDIA_TYPE);
    const bundles = [];
    for (const descriptor of descriptors) {
        const manifest = JSON.parse((await client.getManifest(repository, descriptor.digest)).bytes.toString('utf8'));
        const layer = manifest.layers?.find((candidate) => candidate.mediaType === BUNDLE_V03_MEDIA_TYPE);
        if (!layer)
            continue;
        bundles.push({
            ref: descriptor.digest,
            bundle: JSON.parse((await client.getBlob(repository, layer.digest)).toString('utf8')),
        });
    }
    return bundles;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./packages/signing/src/verification-failure.ts


const messageOf = (value) => {
    const message = value?.message;
    return typeof message === 'string' ? message : String(value);
};
/**
 * Why @sigstore/verify refused `bundle`, said so that whoever reads it knows which check failed
 * and what to look at. The library's own words stay in parentheses. `artifact` is the signed
 * bytes, as given to the verifier (undefined for DSSE).
 */
function verificationFailure(error, bundle, artifact) {
    const failure = (error ?? {});
    const code = typeof failure.code === 'string' ? failure.code : '';
    const message = messageOf(error);
    const cause = failure.cause === undefined ? '' : messageOf(failure.cause);
    const detail = cause ? `${message}: ${cause}` : message;
    switch (code) {
        case 'UNTRUSTED_SIGNER_ERROR':
            return untrustedSigner(message);
        case 'CERTIFICATE_ERROR':
            if (message === 'Failed to verify certificate chain')
                return (certificateOutsideItsValidity(bundle, artifact) ??
                    `the certificate does not chain to a certificate authority of the trusted root (${detail}): check "trusted-root" is the root of the Sigstore instance that signed`);
            if (message === 'SCT verification failed' || /SCTs?\b/.test(message))
                return `the certificate has no valid SCT from a certificate transparency log of the trusted root (${detail})`;
            return `the certificate was refused (${detail})`;
        case 'TIMESTAMP_ERROR':
            if (/^expected \d+ timestamps?, got 0$/.test(message))
                return `the bundle has no trusted time: neither a transparency-log entry with an inclusion promise nor an RFC 3161 timestamp, so its short-lived certificate cannot be checked (${detail})`;
            return `the RFC 3161 timestamp is not signed by a timestamp authority of the trusted root (${detail})`;
        case 'TLOG_BODY_ERROR':
            return `the transparency-log entry records other content or another signature than the bundle holds, so the content was changed after it was logged (${detail})`;
        case 'TLOG_INCLUSION_PROMISE_ERROR':
            return `the transparency-log entry's inclusion promise is not signed by a log of the trusted root (${detail})`;
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return `the transparency-log entry's inclusion proof does not verify against a log of the trusted root (${detail})`;
        case 'TLOG_ERROR':
            return `the transparency-log entries do not satisfy the verifier (${detail})`;
        case 'SIGNATURE_ERROR':
            return `the signature does not verify over the signed content with the certificate's key: the content was changed after signing (${detail})`;
        case 'PUBLIC_KEY_ERROR':
            return `the signing key is not valid for the signature's time (${detail})`;
        default:
            return detail;
    }
}
/** The policy errors name what was expected and what the certificate says: turn that around. */
function untrustedSigner(message) {
    const identity = /^certificate identity error - expected (.*), got (.*)$/s.exec(message);
    if (identity)
        return `the certificate was issued to ${identity[2]}, which is not the identity required (${identity[1]}) (${message})`;
    const extension = /^invalid certificate extension - expected (\w+)=(.*), got \1=(.*)$/s.exec(message);
    if (extension?.[1] === 'issuer')
        return `the certificate's OIDC issuer is ${extension[3]}, not ${extension[2]} (${message})`;
    return `the certificate does not meet the identity policy (${message})`;
}
/**
 * When the chain check failed because a trusted time of the signature (the log's integrated
 * time, a timestamp authority's time) lies outside the certificate's validity, say so with the
 * times; undefined when every time is inside it (the chain failed for another reason).
 */
function certificateOutsideItsValidity(bundle, artifact) {
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)((0,bundle_dist.bundleFromJSON)(bundle), artifact);
    }
    catch {
        return undefined;
    }
    if (entity.key.$case !== 'certificate')
        return undefined;
    const { notBefore, notAfter } = entity.key.certificate;
    for (const timestamp of entity.timestamps) {
        let at;
        let source;
        if (timestamp.$case === 'transparency-log') {
            if (!timestamp.tlogEntry.inclusionPromise)
                continue; // not a time the verifier uses
            at = new Date(Number(timestamp.tlogEntry.integratedTime) * 1000);
            source = "the transparency log's integrated time";
        }
        else {
            at = timestamp.timestamp.signingTime;
            source = "the timestamp authority's time";
        }
        const window = `valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}`;
        if (at > notAfter)
            return `the signing certificate had expired when the signature was made: it was ${window}, and the signature was made at ${at.toISOString()} (${source})`;
        if (at < notBefore)
            return `the signing certificate was not yet valid when the signature was made: it was ${window}, and the signature was made at ${at.toISOString()} (${source})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/signing/src/verify-keyless.ts






const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * Verify a bundle over `artifact` with @sigstore/verify: signature over the exact bytes,
 * certificate chain to the trusted root, its SCT, the transparency-log entry (when the
 * bundle has one) and a trusted time within the certificate's validity, then the identity
 * and issuer policy. Throws an Error whose message names the failed check in plain words
 * (verificationFailure), the library's error as its cause.
 */
function verifyBundle(bundle, 
/** The signed bytes for a message signature; undefined for a DSSE bundle (they are inside). */
artifact, trustedRoot, policy) {
    const verifier = new verify_dist/* Verifier */.BL((0,verify_dist/* toTrustMaterial */.jO)(protobuf_specs_dist.TrustedRoot.fromJSON(trustedRoot)), {
        tlogThreshold: (bundle.verificationMaterial.tlogEntries?.length ?? 0) > 0 ? 1 : 0,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    });
    let signer;
    try {
        // A string policy would be read by @sigstore/verify as an unanchored pattern (a policy for
        // refs/heads/main would pass refs/heads/main-evil): an exact identity is compared below.
        signer = verifier.verify((0,verify_dist/* toSignedEntity */.DC)((0,bundle_dist.bundleFromJSON)(bundle), artifact), {
            ...(policy.identity === undefined && policy.identityRegexp
                ? { subjectAlternativeName: policy.identityRegexp }
                : {}),
            extensions: { issuer: policy.issuer },
        });
    }
    catch (error) {
        throw new Error(verificationFailure(error, bundle, artifact), { cause: error });
    }
    const identity = signer.identity?.subjectAlternativeName ?? '';
    if (policy.identity !== undefined && identity !== policy.identity)
        throw new Error(`the certificate was issued to ${identity || '(no identity)'}, which is not the identity required (${policy.identity})`);
    return { identity };
}
/**
 * A keyless cosign signature (certificate and Rekor bundle annotations) as a Sigstore
 * bundle over its payload, so the same verifier checks both formats. Undefined for a
 * signature without a certificate (key-based).
 */
function cosignSignatureAsBundle(signature) {
    const pem = signature.annotations?.[CERTIFICATE_ANNOTATION];
    if (!pem)
        return undefined;
    const certificate = new X509Certificate(pem);
    const rekor = signature.annotations?.[BUNDLE_ANNOTATION];
    const tlogEntries = [];
    if (rekor) {
        const parsed = JSON.parse(rekor);
        const body = JSON.parse(Buffer.from(parsed.Payload.body, 'base64').toString('utf8'));
        tlogEntries.push({
            logIndex: String(parsed.Payload.logIndex),
            logId: { keyId: Buffer.from(parsed.Payload.logID, 'hex').toString('base64') },
            kindVersion: { kind: body.kind ?? 'hashedrekord', version: body.apiVersion ?? '0.0.1' },
            integratedTime: String(parsed.Payload.integratedTime),
            inclusionPromise: { signedEntryTimestamp: parsed.SignedEntryTimestamp },
            inclusionProof: undefined,
            canonicalizedBody: parsed.Payload.body,
        });
    }
    // Bundle v0.1: the only version whose log entries may carry a signed entry timestamp
    // without an inclusion proof, which is all cosign's annotation has.
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            certificate: undefined,
            x509CertificateChain: { certificates: [{ rawBytes: certificate.raw.toString('base64') }] },
            publicKey: undefined,
            tlogEntries,
            timestampVerificationData: undefined,
        },
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: createHash('sha256').update(signature.payload).digest('base64'),
            },
            signature: signature.signature,
        },
        dsseEnvelope: undefined,
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/key-tlog.ts




/**
 * A key-based signature recorded in a transparency log, as `cosign sign --key` does by
 * default: Rekor stores a hashedrekord entry with the public key, so anyone can see that
 * this key signed this digest, and when.
 */
async function signWithKeyAndLog(key, data, rekorUrl) {
    const signer = keySigner(key);
    const bundle = bundleToJSON(await new MessageSignatureBundleBuilder({
        signer,
        witnesses: [new RekorWitness({ rekorBaseURL: rekorUrl })],
    }).create({
        data,
    }));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    if (!entry || !bundle.messageSignature)
        throw new Error('the transparency log returned no entry for the signature');
    return {
        signature: bundle.messageSignature.signature,
        logIndex: entry.logIndex,
        rekorBundle: cosignRekorBundle(entry),
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/attestation.ts





const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Sign an in-toto statement as a DSSE envelope, keylessly: the signature covers the DSSE
 * pre-authentication encoding of the statement, and is logged (Rekor `intoto` entry, as cosign attest records them) and/or
 * timestamped like any keyless signature.
 */
async function attestKeyless(statement, options) {
    const { signer, witnesses } = keylessParts(options, 'intoto');
    const bundle = (0,bundle_dist.bundleToJSON)(await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({
        data: statement,
        type: IN_TOTO_PAYLOAD_TYPE,
    }));
    const envelope = bundle.dsseEnvelope;
    const leaf = bundle.verificationMaterial.certificate?.rawBytes ??
        bundle.verificationMaterial.x509CertificateChain?.certificates[0]?.rawBytes;
    if (!envelope || !leaf)
        throw new Error('the signer returned no DSSE envelope or certificate');
    const certificate = new external_node_crypto_.X509Certificate(Buffer.from(leaf, 'base64'));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    return {
        bundle,
        envelope: Buffer.from(JSON.stringify(envelope)),
        certificatePem: certificate.toString(),
        identity: uriSan(certificate),
        ...(entry ? { logIndex: entry.logIndex } : {}),
    };
}
/** The statement inside a DSSE bundle, when its payload is in-toto. */
function statementOf(bundle) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return undefined;
    return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
}
/** DSSE's pre-authentication encoding: what the signature actually covers. */
function preAuthEncoding(payloadType, payload) {
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `),
        payload,
    ]);
}
/** A key-signed DSSE attestation, logged in Rekor when `rekorUrl` is given (as `cosign attest --key`). */
async function attestWithKey(statement, key, rekorUrl) {
    const signer = keys_keySigner(key);
    const witnesses = rekorUrl
        ? [new sign_dist/* RekorWitness */.fU({ rekorBaseURL: rekorUrl, entryType: 'intoto' })]
        : [];
    const bundle = (0,bundle_dist.bundleToJSON)(await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({
        data: statement,
        type: IN_TOTO_PAYLOAD_TYPE,
    }));
    if (!bundle.dsseEnvelope)
        throw new Error('the signer returned no DSSE envelope');
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    return {
        bundle,
        envelope: Buffer.from(JSON.stringify(bundle.dsseEnvelope)),
        ...(entry ? { logIndex: entry.logIndex } : {}),
    };
}
/** Whether one of the envelope's signatures verifies with `key` over the DSSE encoding. */
function dsseSignedBy(bundle, key) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope)
        return false;
    const encoded = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
    return envelope.signatures.some((signature) => {
        try {
            return (0,external_node_crypto_.verify)('sha256', encoded, key, Buffer.from(signature.sig, 'base64'));
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./packages/signing/src/image-attestation.ts





/**
 * The signer the inputs ask for, checked before any work is done. `idToken` is only called for
 * keyless signing, so a key-signed run needs no `id-token: write`.
 */
async function attestationSigner(values, workspace, idToken) {
    if (values.key) {
        const pem = await readKeyInput(values.key, workspace, 'key');
        return {
            key: loadPrivateKey(pem, 'key', values['key-password']),
            ...(values.tlog ? { rekorUrl: values['rekor-url'] } : {}),
        };
    }
    // Without a log entry or a timestamp nobody could later check the short-lived certificate was valid.
    if (!values.tlog && !values['tsa-url'])
        throw new src/* ConfigurationError */.j1('Input "tlog" is false and "tsa-url" is empty: a keyless attestation needs a transparency-log entry or a timestamp.', 'tlog');
    return {
        keyless: {
            fulcioUrl: values['fulcio-url'],
            ...(values.tlog ? { rekorUrl: values['rekor-url'] } : {}),
            ...(values['tsa-url'] ? { tsaUrl: values['tsa-url'] } : {}),
        },
        idToken,
    };
}
/**
 * The signer of an action's `attest` stage, decided before any work so that a missing permission
 * or a bad key fails in a second: a key, or keyless when the job may ask for an OIDC token.
 * `attestWas` says how attest came to be true (e.g. `the default for an image`), for the error.
 */
async function imageAttestationSigner(values, env, workspace, idToken, attestWas) {
    if (!values.key && !(0,src/* idTokenAvailable */.wl)(env))
        throw new src/* ConfigurationError */.j1(`Input "attest" is true${attestWas ? ` (${attestWas})` : ''} but this job cannot request an OIDC token for keyless signing: add \`permissions: id-token: write\` to the job, give "key", or set "attest: false".`, 'attest');
    return attestationSigner(values, workspace, idToken);
}
/**
 * The job's OIDC token for Sigstore (audience `sigstore`), asked for only when called (a token
 * fetched ahead of a long scan could expire) and masked through the toolkit the moment it arrives;
 * `input` names what to fix when the job cannot ask for one.
 */
function sigstoreIdTokenSource(toolkit, input) {
    return async () => {
        const token = await (0,src/* requestIdToken */.gj)(toolkit.env(), 'sigstore', input);
        toolkit.setSecret(token);
        return token;
    };
}
/** Sign an in-toto statement as a DSSE envelope. */
async function signStatement(statement, signer) {
    const bytes = Buffer.from(JSON.stringify(statement));
    const { predicateType } = statement;
    if ('key' in signer) {
        const { bundle, envelope } = await attestWithKey(bytes, signer.key, signer.rekorUrl);
        return { bundle, envelope, identity: 'key', predicateType };
    }
    const { bundle, envelope, identity, certificatePem } = await attestKeyless(bytes, {
        ...signer.keyless,
        token: await signer.idToken(),
    });
    return { bundle, envelope, identity, certificatePem, predicateType };
}
/**
 * Attach a signed attestation to an image the registry has. Returns where it went: the
 * referrer as `name@digest`, the cosign tag as `name:sha256-<hex>.att`. `input` names the
 * input that gave the image, for the error when the registry does not have it.
 */
async function attachAttestation(client, subject, attestation, format, input) {
    const manifest = await client.headManifest(subject.repository, subject.digest);
    if (!manifest)
        throw new src/* ConfigurationError */.j1(`Input "${input}" names ${subject.name}@${subject.digest}, which ${subject.registry} does not have.`, input);
    const refs = [];
    if (format !== 'cosign') {
        const referrer = await attachBundle(client, subject.repository, manifest, attestation.bundle);
        refs.push(`${subject.name}@${referrer.digest}`);
    }
    if (format !== 'bundle') {
        const { tag } = await attachCosignSignature(client, subject.repository, subject.digest, {
            payload: attestation.envelope,
            // cosign keeps a DSSE attestation's signature inside the envelope, not in the annotation.
            signature: '',
            annotations: {
                predicateType: attestation.predicateType,
                ...(attestation.certificatePem ? { [cosign_storage_CERTIFICATE_ANNOTATION]: attestation.certificatePem } : {}),
            },
        }, COSIGN_ATTESTATIONS);
        refs.push(`${subject.name}:${tag}`);
    }
    return refs;
}

;// CONCATENATED MODULE: ./packages/signing/src/index.ts












;// CONCATENATED MODULE: ./actions/vuln-gate/src/target.ts




/** The image digest a target is about (an image, or the image whose attested SBOM is scanned). */
function targetDigest(target) {
    return target.kind === 'image' || target.kind === 'attested-sbom' ? target.reference.digest : undefined;
}
const GIVE_ONE = 'give exactly one: "sbom" (a CycloneDX or SPDX JSON file), "image" (name@sha256:…) or "path" (a checkout directory with lockfiles)';
function chooseTarget(inputs, workspace) {
    if (inputs.sbom === 'attested')
        return attestedTarget(inputs);
    const given = ['sbom', 'image', 'path'].filter((name) => inputs[name]);
    if (given.length !== 1)
        throw new src/* ConfigurationError */.j1(given.length === 0
            ? `None of "sbom", "image" and "path" is set; ${GIVE_ONE}.`
            : `Inputs ${given.map((name) => `"${name}"`).join(' and ')} are all set; ${GIVE_ONE}.`, given[1] ?? 'sbom');
    if (inputs.sbom)
        return { kind: 'sbom', file: workspaceFile(inputs.sbom, workspace, 'sbom'), shown: inputs.sbom };
    if (inputs.image)
        return { kind: 'image', reference: parseDigestReference(inputs.image, 'image'), shown: inputs.image };
    return {
        kind: 'path',
        directory: (0,src/* workspaceDirectory */.xq)(inputs.path, workspace, 'path'),
        shown: inputs.path,
    };
}
/** `sbom: attested`: the SBOM attestation of the image named by digest in "image". */
function attestedTarget(inputs) {
    if (inputs.path)
        throw new src/* ConfigurationError */.j1('Inputs "sbom" (attested) and "path" are both set: "sbom: attested" reads the SBOM attestation of the image in "image"; remove "path".', 'path');
    if (!inputs.image)
        throw new src/* ConfigurationError */.j1('Input "sbom" is "attested" but "image" is empty: name the image whose SBOM attestation to scan by digest (image: name@sha256:…, as the sbom action attested it).', 'image');
    return {
        kind: 'attested-sbom',
        reference: parseDigestReference(inputs.image, 'image'),
        shown: `${inputs.image} (attested SBOM)`,
    };
}
/** The real path of a file in the workspace; links leading out of it are refused. */
function workspaceFile(path, workspace, input) {
    return (0,src/* confinedFiles */.U3)({
        roots: [{ path: workspace, name: 'the workspace' }],
        symlinks: 'inside',
        input,
    }).check(path);
}
/** A path inside the workspace as the repository names it (forward slashes), for SARIF. */
function repositoryPath(absolute, workspace) {
    return (0,external_node_path_.relative)(external_node_fs_.realpathSync.native(workspace), absolute).split('\\').join('/');
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/attest.ts





/**
 * Decided before the scan, so a missing permission or a bad key fails in a second. `attest`
 * unset means true for an image and false otherwise; true for an SBOM or a checkout is refused
 * (there is no digest to attach the statement to).
 */
async function planAttestation(attest, target, signing, toolkit, workspace) {
    if (attest === false)
        return { skipped: 'attest is false' };
    if (targetDigest(target) === undefined) {
        if (attest === true)
            throw new src/* ConfigurationError */.j1(`Input "attest" is true, but "${target.kind}" has no image digest to attach the scan to: scan the image (input "image"), or remove "attest".`, 'attest');
        return {
            skipped: `a ${target.kind === 'sbom' ? 'SBOM file' : 'checkout'} has no image digest to attest`,
        };
    }
    return {
        signer: await imageAttestationSigner(signing, toolkit.env(), workspace, sigstoreIdTokenSource(toolkit, 'attest'), attest === true ? undefined : 'the default for an image'),
    };
}
/** The scan signed as an in-toto statement about the image digest (the image scanned, or whose attested SBOM was), attached as a referrer and in cosign's .att. */
async function attestScan(client, reference, predicate, signer) {
    const subject = referenceSubject(reference);
    const statement = {
        _type: STATEMENT_TYPE,
        subject: [{ name: subject.name, digest: { sha256: subject.digest.slice('sha256:'.length) } }],
        predicateType: VULN_SCAN_PREDICATE_TYPE,
        predicate,
    };
    const signed = await signStatement(statement, signer);
    return {
        refs: await attachAttestation(client, subject, signed, 'both', 'image'),
        identity: signed.identity,
    };
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/data.ts





/**
 * The records for every query group: from the offline database (`osv-db`), or from the OSV API
 * with records kept across runs in the runner cache. A data error fails the step (naming the
 * server) unless on-data-error is warn: then it is a warning and its packages are not scanned.
 */
async function readRecords(groups, settings, log) {
    if (settings.osvDb) {
        const path = offlinePath(settings.osvDb, settings.workspace);
        const database = await OfflineDatabase.load(path);
        const looked = lookupOffline(database, groups);
        for (const skipped of database.skipped)
            log.warning((0,src/* guardLogText */.NR)(`osv-db: ${skipped.file} skipped: ${skipped.reason}`));
        log.info(`osv-db: ${database.size} records indexed from ${(0,external_node_path_.basename)(path)}`);
        return { looked, dbUri: `file:${(0,external_node_path_.basename)(settings.osvDb)}`, dataErrors: [], unread: [] };
    }
    const cache = await restoreRunnerRecordCache({ env: settings.env });
    log.info(`OSV record cache: ${cache.source}`);
    const client = new OsvClient({
        url: settings.osvUrl,
        store: cache.store,
        onRetry: ({ url, attempt, delayMs }) => log.info(`Retrying ${url} (attempt ${attempt + 1}) in ${delayMs} ms`),
    });
    const looked = await lookupApi(client, groups);
    const { querybatch, vulns, retries, cacheHits } = client.counts;
    log.info(`OSV API ${settings.osvUrl}: ${querybatch} querybatch and ${vulns} vulns request(s), ${retries} retried, ${cacheHits} record(s) from the cache`);
    const saved = await cache.save(settings.env.GITHUB_RUN_ID ?? 'local', settings.env.GITHUB_RUN_ATTEMPT ?? '1');
    if (saved)
        log.warning(saved);
    if (!looked.failure)
        return { looked, dbUri: settings.osvUrl, dataErrors: [], unread: [] };
    const { error, unread } = looked.failure;
    if (settings.onDataError === 'fail')
        throw error;
    log.warning(`${error.message} on-data-error is warn: ${unread.length} package(s) are not scanned.`);
    return {
        looked,
        dbUri: settings.osvUrl,
        dataErrors: [error.message],
        unread: unread.flatMap((group) => group.copies.map((copy) => ({
            subject: copy.purl ?? `${copy.name}@${copy.version}`,
            reason: 'the OSV server failed (see data errors)',
            location: copy.location,
        }))),
    };
}
/** `osv-db` as a directory or a zip inside the workspace. */
function offlinePath(path, workspace) {
    if (path.endsWith('.zip'))
        return workspaceFile(path, workspace, 'osv-db');
    return (0,src/* workspaceDirectory */.xq)(path, workspace, 'osv-db');
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/locations.ts


/** The 1-based line of the last FROM instruction (the stage that becomes the image), if any. */
function lastFromLine(text) {
    let found;
    text.split(/\r?\n/).forEach((line, index) => {
        if (/^\s*FROM\s/i.test(line))
            found = index + 1;
    });
    return found;
}
/** The line of the SBOM where the package's purl appears (as JSON writes it), for each purl asked about. */
function purlLines(text) {
    const lines = text.split('\n');
    const cache = new Map();
    return (purl) => {
        if (!cache.has(purl)) {
            const needle = JSON.stringify(purl);
            // The purl field itself (CycloneDX and SPDX's referenceLocator); else any line naming it (bom-ref).
            let index = lines.findIndex((line) => line.includes(needle) && /"(purl|referenceLocator)"/.test(line));
            if (index < 0)
                index = lines.findIndex((line) => line.includes(needle));
            cache.set(purl, index >= 0 ? index + 1 : undefined);
        }
        return cache.get(purl);
    };
}
/** The Dockerfile's last FROM line (checked inside the workspace when the inputs are read). */
function dockerfileLocation(dockerfile, workspace) {
    const real = workspaceFile(dockerfile, workspace, 'dockerfile');
    const line = lastFromLine((0,external_node_fs_.readFileSync)(real, 'utf8'));
    return { uri: repositoryPath(real, workspace), ...(line ? { line } : {}) };
}
/**
 * Where SARIF results point: the lockfile entry (path); for an image, the Dockerfile's last FROM
 * line when `dockerfile` is given, else the package's line in the SBOM catalogued; for an SBOM,
 * the package's line in it.
 */
function sarifLocator(sbom, dockerfile) {
    if (dockerfile)
        return () => dockerfile;
    if (sbom) {
        const lineOf = purlLines(sbom.text);
        return (copy) => {
            const line = copy.purl ? lineOf(copy.purl) : undefined;
            return { uri: sbom.file, ...(line ? { line } : {}) };
        };
    }
    return (copy) => ({ uri: copy.location.file, ...(copy.location.line ? { line: copy.location.line } : {}) });
}

;// CONCATENATED MODULE: ./packages/attestation-verify/src/trust.ts



const IMAGE_VERIFY_NAMING = { keyInput: 'key', purpose: 'key-based signatures' };
/**
 * Read the trust inputs once for every requirement (the trusted root may come over the
 * network through TUF): the public key, else certificate identity + issuer + trusted root.
 */
async function resolveTrust(inputs, workspace, tufCachePath, naming = IMAGE_VERIFY_NAMING) {
    const { keyInput } = naming;
    if (inputs.key) {
        const pem = await readKeyInput(inputs.key, workspace, keyInput);
        if (/PRIVATE KEY/.test(pem))
            throw new src/* ConfigurationError */.j1(`Input "${keyInput}" is a private key: verification needs only the public key (image-sign's "public-key" output, or openssl pkey -pubout). Rotate that private key if it was exposed in a workflow file.`, keyInput);
        return { key: loadPublicKey(pem, keyInput) };
    }
    const identity = identityPolicy(inputs['certificate-identity'], inputs['certificate-identity-regexp'], inputs['certificate-oidc-issuer'], naming);
    return { identity, trustedRoot: await readTrustedRoot(inputs['trusted-root'], workspace, tufCachePath) };
}
/** The identity policy from the inputs; one of the two identity inputs is required. */
function identityPolicy(identity, pattern, issuer, naming = IMAGE_VERIFY_NAMING) {
    if (identity)
        return { identity, issuer };
    if (pattern) {
        try {
            return { identityRegexp: new RegExp(pattern), issuer };
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`Input "certificate-identity-regexp" is not a valid regular expression: ${(0,src/* errorMessage */.gJ)(error)}.`, 'certificate-identity-regexp');
        }
    }
    throw new src/* ConfigurationError */.j1(`Give "${naming.keyInput}" (${naming.purpose}) or "certificate-identity" / "certificate-identity-regexp" (keyless: whose workflow must have signed, e.g. https://github.com/OWNER/REPO/.github/workflows/release.yml@refs/heads/main).`, 'certificate-identity');
}
/**
 * The trusted root: JSON content or a path; empty means the public-good Sigstore instance,
 * whose root is fetched and checked through its TUF repository (as cosign and sigstore-js do).
 */
async function readTrustedRoot(value, workspace, tufCachePath) {
    if (!value) {
        const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 84423));
        try {
            return await getTrustedRoot({ cachePath: tufCachePath });
        }
        catch (error) {
            throw new src/* ConfigurationError */.j1(`Input "trusted-root" is empty and the public-good Sigstore trusted root could not be fetched through TUF (${(0,src/* errorMessage */.gJ)(error)}): check network access to tuf-repo-cdn.sigstore.dev, or pass the trusted root JSON (a private or test instance's) in "trusted-root".`, 'trusted-root');
        }
    }
    const text = value.trimStart().startsWith('{')
        ? value
        : await (0,promises_.readFile)(value.startsWith('/') ? value : `${workspace}/${value}`, 'utf8').catch(() => {
            throw new src/* ConfigurationError */.j1(`Input "trusted-root" is neither JSON nor a readable file: ${value}.`, 'trusted-root');
        });
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Input "trusted-root" is not valid JSON: ${(0,src/* errorMessage */.gJ)(error)}.`, 'trusted-root');
    }
}

;// CONCATENATED MODULE: ./packages/attestation-verify/src/statements.ts


/** Whether the statement names the image's digest among its subjects. */
function namesDigest(statement, digest) {
    return (statement.subject ?? []).some((subject) => `sha256:${subject.digest?.sha256 ?? ''}` === digest);
}
/**
 * Every DSSE bundle referrer of one of `predicateTypes`, its signature checked against the trusted
 * key or identity, lazily (a caller that stops early verifies no more). Attestations of other
 * types (an SBOM when provenance is wanted) are skipped.
 */
function* signedStatements(bundles, subject, trust, predicateTypes) {
    for (const { ref, bundle } of bundles) {
        const statement = statementOf(bundle);
        if (!statement || !predicateTypes.includes(statement.predicateType ?? ''))
            continue;
        const where = `${subject.name}@${ref}`;
        try {
            let identity;
            if ('key' in trust) {
                if (!dsseSignedBy(bundle, trust.key))
                    throw new Error('the DSSE signature does not verify with the given key');
                identity = 'the given key';
            }
            else
                identity = verifyBundle(bundle, undefined, trust.trustedRoot, trust.identity).identity;
            yield { ref: where, identity, statement };
        }
        catch (error) {
            yield { ref: where, reason: (0,src/* errorMessage */.gJ)(error) };
        }
    }
}
/**
 * The first attestation of one of `predicateTypes` that is signed by the trusted key or identity
 * and whose statement `problems` finds nothing wrong with.
 */
function verifyAttestations(bundles, subject, trust, predicateTypes, problems) {
    const rejected = [];
    let checked = 0;
    for (const signed of signedStatements(bundles, subject, trust, predicateTypes)) {
        checked++;
        if ('reason' in signed) {
            rejected.push(signed);
            continue;
        }
        const found = problems(signed.statement);
        if (found.length === 0)
            return { matched: signed, rejected, checked };
        rejected.push({ ref: signed.ref, reason: found.join('; ') });
    }
    return { rejected, checked };
}

;// CONCATENATED MODULE: ./packages/attestation-verify/src/sbom.ts


/**
 * An SBOM attestation (CycloneDX or SPDX) of this digest signed by the trusted key or identity.
 * The document itself is not judged here: that it exists, signed, for this digest is the gate.
 */
function verifySbom(bundles, subject, trust) {
    return verifyAttestations(bundles, subject, trust, SBOM_PREDICATE_TYPES, (statement) => {
        const problems = [];
        if (!namesDigest(statement, subject.digest))
            problems.push(`no subject has the digest ${subject.digest} (an SBOM of another image)`);
        if (statement.predicate === null || typeof statement.predicate !== 'object')
            problems.push('the predicate is not an SBOM document (not a JSON object)');
        return problems;
    });
}

;// CONCATENATED MODULE: ./packages/attestation-verify/src/index.ts




;// CONCATENATED MODULE: ./actions/vuln-gate/src/attested-sbom.ts





/** Which trust inputs a refused signer should make the user look at. */
function trustInput(trust) {
    return 'key' in trust ? 'public-key' : 'certificate-identity';
}
/**
 * The image's SBOM attestation (CycloneDX or SPDX, as the sbom action attaches it), trusted only
 * once its signature verifies under `trust` and it names this digest: the check image-verify's
 * `require: sbom` makes, by the same code. No attestation, an unsigned one or another signer's is
 * a configuration error naming the input to fix; nothing is written then.
 */
async function readAttestedSbom(client, reference, trust, outputDirectory, log) {
    const subject = referenceSubject(reference);
    const image = `${subject.name}@${subject.digest}`;
    const outcome = verifySbom(await readBundles(client, subject.repository, subject.digest), subject, trust);
    for (const { ref, reason } of outcome.rejected)
        log.warning(`SBOM attestation not trusted: ${ref}: ${reason}`);
    if (!outcome.matched) {
        if (outcome.checked === 0)
            throw new src/* ConfigurationError */.j1(`Input "sbom" is "attested", but ${image} has no SBOM attestation (no CycloneDX or SPDX in-toto bundle referrer): attest it with the sbom action first, or scan the image itself (remove "sbom").`, 'sbom');
        const input = trustInput(trust);
        throw new src/* ConfigurationError */.j1(`Input "sbom" is "attested", but no SBOM attestation of ${image} is signed by the trusted ${input === 'public-key' ? 'key (input "public-key")' : 'identity (inputs "certificate-identity" / "certificate-identity-regexp", "certificate-oidc-issuer", "trusted-root")'} (${outcome.checked} checked):\n${outcome.rejected.map((r) => `- ${r.ref}: ${r.reason}`).join('\n')}\nName the signer that attested the SBOM, or attest it again with that signer.`, input);
    }
    const { ref, identity, statement } = outcome.matched;
    const cyclonedx = statement.predicateType === CYCLONEDX_BOM_PREDICATE;
    const path = (0,external_node_path_.join)(outputDirectory, cyclonedx ? 'sbom.cdx.json' : 'sbom.spdx.json');
    const text = `${JSON.stringify(statement.predicate, null, 2)}\n`;
    (0,src/* writeWholeFile */.R0)(path, text);
    log.info(`SBOM attestation verified: ${ref} (${statement.predicateType ?? ''}), signed by ${identity}.`);
    return { path, text, ref, identity };
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/packages.ts








/** The packages to look up: from the SBOM, the image catalogued on the fly, or the checkout's lockfiles. */
async function readPackages(target, settings, log) {
    if (target.kind === 'sbom') {
        const text = (0,external_node_fs_.readFileSync)(target.file, 'utf8');
        const file = repositoryPath(target.file, settings.workspace);
        return { list: sbomPackages(text, file, 'sbom'), sbom: { file, text } };
    }
    if (target.kind === 'path') {
        const list = await checkoutPackages(target.directory);
        const base = repositoryPath(target.directory, settings.workspace);
        for (const entry of [...list.packages, ...list.notScanned])
            entry.location = {
                ...entry.location,
                file: base ? `${base}/${entry.location.file}` : entry.location.file,
            };
        return { list };
    }
    const client = await registryClientFromEnv(target.reference.registry, settings.env, settings.registryInsecure);
    if (target.kind === 'attested-sbom') {
        if (!settings.sbomTrust)
            throw new Error('sbom: attested without a trust policy');
        const sbom = await readAttestedSbom(client, target.reference, settings.sbomTrust, settings.outputDirectory, log);
        const file = repositoryPath(sbom.path, settings.workspace);
        return {
            list: sbomPackages(sbom.text, file, 'sbom'),
            sbom: { file, text: sbom.text },
            image: { reference: target.reference, client },
            sbomAttestation: { ref: sbom.ref, identity: sbom.identity },
        };
    }
    const description = await describeImage(client, target.reference, settings.platform);
    log.info(`Reading ${description.layers.length} layers of ${description.platform} (${description.manifestDigest})`);
    const found = catalog(await readImageFiles(client, description, wantedByCatalogers()));
    for (const unread of found.unread)
        log.warning(`Not read: ${unread.path}: ${unread.reason}`);
    const document = cycloneDxDocument({
        subject: { kind: 'image', image: description },
        catalog: found,
        created: new Date(),
        tool: { name: 'shipchain-vuln-gate', version: settings.version },
    });
    const path = (0,external_node_path_.join)(settings.outputDirectory, 'sbom.cdx.json');
    const text = `${JSON.stringify(document, null, 2)}\n`;
    (0,src/* writeWholeFile */.R0)(path, text);
    const file = repositoryPath(path, settings.workspace);
    return {
        list: sbomPackages(text, file, 'image'),
        sbom: { file, text },
        image: { reference: description.reference, client },
    };
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/policy.ts



/** The gate's policy from the inputs: the ignore file and VEX documents read (inside the workspace) and checked now. */
function readPolicy(inputs, workspace, imageDigest) {
    const ignoreFile = inputs['ignore-file'];
    const ignores = ignoreFile
        ? parseIgnoreFile((0,external_node_fs_.readFileSync)(workspaceFile(ignoreFile, workspace, 'ignore-file'), 'utf8'), ignoreFile)
        : [];
    const vex = inputs.vex.flatMap((file) => parseVex((0,external_node_fs_.readFileSync)(workspaceFile(file, workspace, 'vex'), 'utf8'), file));
    return {
        failOn: inputs['fail-on'],
        onlyFixed: inputs['only-fixed'],
        ignores,
        vex,
        now: new Date(),
        ...(imageDigest ? { imageDigest } : {}),
    };
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/publish.ts

/** The runner's own event (GitHub writes that file, never the pull request). */
async function runnerEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        return JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return {};
    }
}
/**
 * The pull request to comment on: a pull_request event's own; in a workflow_run companion (the
 * fork-safe path: it runs in the base repository with a token that may write), the one GitHub's
 * event or API says has the reported run's head commit. Undefined for other events, with why.
 */
async function pullRequestToComment(client, env, repository) {
    const event = await runnerEvent(env);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (eventName === 'workflow_run' && event.workflow_run) {
        const { resolveWorkflowRunPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 84902));
        const resolution = await resolveWorkflowRunPullRequest(client, {
            ...repository,
            workflowRun: event.workflow_run,
            ...(typeof event.repository?.id === 'number' ? { repositoryId: event.repository.id } : {}),
        });
        return resolution.number === undefined
            ? { reason: resolution.reason }
            : { number: resolution.number, fromFork: false };
    }
    if (!eventName.startsWith('pull_request'))
        return undefined;
    const number = event.pull_request?.number;
    if (typeof number !== 'number')
        return undefined;
    const head = event.pull_request?.head?.repo?.full_name;
    const base = event.pull_request?.base?.repo?.full_name;
    return { number, fromFork: typeof head === 'string' && typeof base === 'string' && head !== base };
}
/**
 * One sticky comment per pull request and target, edited in place on every run. A token that may
 * not comment (a fork's pull request) gets a notice, not a failure: the job summary has it all,
 * and a workflow_run companion can comment with the base repository's token.
 */
async function commentOnPullRequest(token, env, key, render, log) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (!owner || !repo || !(eventName.startsWith('pull_request') || eventName === 'workflow_run'))
        return undefined;
    // Loaded only when there is a pull request to write to.
    const { COMMENT_LIMIT, githubClient, isPermissionError, upsertStickyComment } = await Promise.all(/* import() */[__webpack_require__.e(479), __webpack_require__.e(902)]).then(__webpack_require__.bind(__webpack_require__, 84902));
    const client = githubClient(token, env.GITHUB_API_URL ?? 'https://api.github.com');
    const pull = await pullRequestToComment(client, env, { owner, repo });
    if (!pull)
        return undefined;
    if ('reason' in pull) {
        log.warning(`No pull request comment: ${pull.reason}. The results are in the job summary.`);
        return undefined;
    }
    try {
        const result = await upsertStickyComment(client, {
            owner,
            repo,
            issueNumber: pull.number,
            key,
            body: render(COMMENT_LIMIT - 200),
        });
        if (result.action === 'skipped')
            return undefined;
        log.info(`PR comment ${result.action}: ${result.url}`);
        return result.url;
    }
    catch (error) {
        if (!isPermissionError(error))
            throw error;
        log.notice(`The token may not comment on the pull request (needs pull-requests: write)${pull.fromFork ? ' — this is a pull request from a fork: comment from a workflow_run workflow that scans the same checkout' : ''}. The results are in the job summary.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/results.ts




/** The JSON report and the SARIF log, each written whole in the output directory. */
function writeResults(directory, context, gate, notScanned, dataErrors, locate) {
    const reportPath = (0,external_node_path_.join)(directory, 'vuln-report.json');
    const sarifPath = (0,external_node_path_.join)(directory, 'vuln-results.sarif');
    (0,src/* writeWholeFile */.R0)(reportPath, `${JSON.stringify(scanReport(context, gate, notScanned, dataErrors), null, 2)}\n`);
    (0,src/* writeWholeFile */.R0)(sarifPath, `${JSON.stringify(sarifLog(context, gate, locate), null, 2)}\n`);
    return { reportPath, sarifPath };
}
/** verdict, counts (JSON and one output per level), findings, ignored and the file paths. */
function setGateOutputs(outputs, gate, paths) {
    outputs.set('verdict', gate.verdict);
    outputs.set('counts', JSON.stringify(gate.counts));
    for (const level of predicate_SEVERITIES)
        outputs.set(level, String(gate.counts[level]));
    outputs.set('findings', String(gate.effective));
    outputs.set('ignored', String(gate.ignored));
    outputs.set('report-path', paths.reportPath);
    outputs.set('sarif-path', paths.sarifPath);
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/sbom-trust.ts





const TRUST_INPUTS = [
    'public-key',
    'certificate-identity',
    'certificate-identity-regexp',
    'trusted-root',
];
/**
 * Whose SBOM attestation counts with `sbom: attested`: the same trust, read by the same code, as
 * image-verify's `require: sbom`. Read before anything is fetched; set without `sbom: attested`,
 * these inputs are refused rather than silently unused.
 */
async function sbomTrust(inputs, target, workspace, env) {
    if (target.kind !== 'attested-sbom') {
        const given = TRUST_INPUTS.find((name) => inputs[name]);
        if (given)
            throw new src/* ConfigurationError */.j1(`Input "${given}" is set, but it only checks the signer of an attested SBOM: set "sbom: attested" with "image", or remove "${given}".`, given);
        return undefined;
    }
    return resolveTrust({
        key: inputs['public-key'],
        'certificate-identity': inputs['certificate-identity'],
        'certificate-identity-regexp': inputs['certificate-identity-regexp'],
        'certificate-oidc-issuer': inputs['certificate-oidc-issuer'],
        'trusted-root': inputs['trusted-root'],
    }, workspace, 
    // This run's own TUF cache (made only when the public-good root is fetched): no path shared with another scan.
    (0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), `sigstore-tuf-${(0,external_node_crypto_.randomUUID)()}`), { keyInput: 'public-key', purpose: 'sbom: attested, the SBOM attestation signed with a key' });
}

;// CONCATENATED MODULE: ./actions/vuln-gate/src/main.ts











const SCANNER = {
    name: 'shipchain vuln-gate',
    uri: 'https://github.com/shipchain/shipchain/actions/vuln-gate',
    version: '0.1.0',
};
async function main(context) {
    const startedOn = new Date();
    const { inputs, outputs, log, toolkit } = context;
    const env = toolkit.env();
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    // Every input is checked before anything is fetched: the target, the policy files, the signer.
    const target = chooseTarget(inputs, workspace);
    const policy = readPolicy(inputs, workspace, targetDigest(target));
    const sbomSigner = await sbomTrust(inputs, target, workspace, env);
    const plan = await planAttestation(inputs.attest, target, inputs, toolkit, workspace);
    const outputDirectory = (0,src/* workspaceDirectory */.xq)(inputs.output, workspace, 'output', true);
    const dockerfile = inputs.dockerfile ? dockerfileLocation(inputs.dockerfile, workspace) : undefined;
    const scanned = await readPackages(target, {
        platform: inputs.platform,
        registryInsecure: inputs['registry-insecure'],
        env,
        workspace,
        outputDirectory,
        version: SCANNER.version,
        ...(sbomSigner ? { sbomTrust: sbomSigner } : {}),
    }, log);
    const groups = groupPackages(scanned.list.packages);
    log.info(`${scanned.list.packages.length} packages (${groups.length} to look up), ${scanned.list.notScanned.length} not scanned`);
    const data = await readRecords(groups, {
        osvUrl: inputs['osv-url'],
        osvDb: inputs['osv-db'],
        onDataError: inputs['on-data-error'],
        workspace,
        env,
    }, log);
    const matched = matchGroups(groups, (group) => data.looked.records.get(group.key) ?? []);
    for (const note of matched.notes)
        log.debug(note);
    const gate = decide(matched.findings, policy);
    const notScanned = [...scanned.list.notScanned, ...matched.notScanned, ...data.unread];
    const scan = {
        target: {
            kind: target.kind,
            name: target.shown,
            ...(targetDigest(target) ? { digest: targetDigest(target) } : {}),
        },
        scanner: SCANNER,
        db: { uri: data.dbUri, readAt: data.looked.readAt },
        startedOn,
        finishedOn: new Date(),
        failOn: policy.failOn,
        onlyFixed: policy.onlyFixed,
        invocation: invocationOf(env),
    };
    const paths = writeResults(outputDirectory, scan, gate, notScanned, data.dataErrors, sarifLocator(scanned.sbom, dockerfile));
    setGateOutputs(outputs, gate, paths);
    logDecisions(context, gate);
    const attestation = await attest(context, plan, scanned, vulnPredicate(scan, gate));
    outputs.set('attestation-refs', 'refs' in attestation ? attestation.refs.join('\n') : '');
    const render = (budget) => gateMarkdown({
        target: target.shown,
        gate,
        failOn: policy.failOn,
        notScanned,
        dataErrors: data.dataErrors,
        reportPath: paths.reportPath,
        attestation,
        ...(scanned.sbomAttestation ? { sbomAttestation: scanned.sbomAttestation } : {}),
    }, budget);
    await publish(context, target, render);
    if (gate.verdict === 'fail')
        toolkit.setFailed(`vuln-gate failed: ${gate.failures.join('; ')}.`);
}
/** The workflow run as the attestation's invocation: its URL and id, empty outside a runner. */
function invocationOf(env) {
    const runId = env.GITHUB_RUN_ID ?? '';
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const uri = runId && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}` : '';
    return { uri, eventId: runId };
}
function logDecisions({ log }, gate) {
    for (const { finding, status, reason } of gate.decisions)
        log.info(`${status}: ${finding.id} ${finding.package} ${finding.version} (${finding.severity}): ${reason}`);
    for (const entry of gate.stale)
        log.warning(`Ignore entry ${entry.position} (${JSON.stringify(entry.id)}) matched no finding: it is stale, remove it.`);
    log.info(`Verdict ${gate.verdict}: ${gate.effective} finding(s) count ${JSON.stringify(gate.counts)}, ${gate.ignored} ignored or suppressed`);
}
/** The scan signed and attached to the image, or why not. */
async function attest({ log }, plan, scanned, predicate) {
    if ('skipped' in plan || !scanned.image) {
        const reason = 'skipped' in plan ? plan.skipped : 'not an image';
        log.info(`Not attested: ${reason}.`);
        return { skipped: reason };
    }
    const { refs, identity } = await attestScan(scanned.image.client, scanned.image.reference, predicate, plan.signer);
    log.info(`Attested the scan as ${identity}: ${refs.join(', ')}`);
    return { refs };
}
/** The job summary, and the sticky comment of a pull_request run when a token is given. */
async function publish({ inputs, toolkit }, target, render) {
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath) {
        await (0,src/* appendStepSummary */.Jc)(summaryPath, render);
    }
    if (inputs['github-token'])
        await commentOnPullRequest(inputs['github-token'], toolkit.env(), `vuln-gate:${target.kind}:${target.shown}`, render, toolkit);
}


/***/ })

};
