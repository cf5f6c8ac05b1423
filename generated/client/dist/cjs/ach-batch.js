"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.achBatchFormat = exports.AchBatchFileError = void 0;
exports.buildAchBatchFile = buildAchBatchFile;
exports.validateAchBatchFile = validateAchBatchFile;
const ach_batch_validator_js_1 = require("./ach-batch-validator.js");
const batch = __importStar(require("./runtime/ach-batch.js"));
var ach_batch_js_1 = require("./runtime/ach-batch.js");
Object.defineProperty(exports, "AchBatchFileError", { enumerable: true, get: function () { return ach_batch_js_1.AchBatchFileError; } });
exports.achBatchFormat = {
    columns: ["effectiveEntryDate", "companyName", "standardEntryClassCode", "companyEntryDescription", "transactionType", "accountType", "routingNumber", "DFIAccountNumber", "amount", "currency", "individualName", "reference", "webhookUrl", "individualIdNumber", "discretionaryData", "companyDiscretionaryData"],
    restKey: "addenda",
    fileNamePattern: new RegExp("^\\d{4}_\\d{2}_\\d{2}_[0-9A-Z]{1}\\.csv$", 'u'),
    validateRow: ach_batch_validator_js_1.achBatchFileRow,
};
/**
 * The file name (`YYYY_MM_DD_#.csv`) and content of a batch file; throws AchBatchFileError listing every bad row
 * and column before writing anything.
 *
 * @example
 * ```ts
 * const { fileName, content } = buildAchBatchFile(rows, '2023-06-28', 1);
 * ```
 */
function buildAchBatchFile(rows, date, sequence) {
    return batch.buildAchBatchFile(exports.achBatchFormat, rows, date, sequence);
}
/** Every problem of a batch file (and of its name, when given), each with its line and column; empty when valid. */
function validateAchBatchFile(content, fileName) {
    return batch.validateAchBatchFile(exports.achBatchFormat, content, fileName);
}
