/**
 * Reports of an evaluation: CSV tables, a Markdown summary and a self-contained HTML
 * report. Pure functions from an evaluation (and the dataset) to text; no I/O.
 *
 * @packageDocumentation
 */
export { CHANGE_COLUMNS, changesCsv, changesCsvAsync } from "./changes-csv";
export { changesHtmlReport, changesHtmlReportAsync, changesLead, renderChangesHtmlBody, renderChangesHtmlSection } from "./changes-html";
export { changesMarkdown, changesMarkdownAsync } from "./changes-markdown";
export { csvField, formulaSafe, toCsv } from "./csv";
export { BASIS_MEANING } from "./basis";
export {
  BASIS_COLUMNS, BREACH_COLUMNS, OBLIGATION_COLUMNS, basisCsv, basisCsvAsync, breachesCsv, breachesCsvAsync, obligationsCsv, obligationsCsvAsync,
} from "./csv-tables";
export { DUE_COLUMNS, dueCsv, dueText } from "./due";
export { escapeHtml, escapeMarkdown } from "./escape";
export { escapeControl } from "../text/escape-control";
export { htmlReport, htmlReportAsync } from "./html";
export type { HtmlReportAsyncOptions, HtmlReportOptions, HtmlSection } from "./html";
export { markdownSummary, markdownSummaryAsync } from "./markdown";
export { createOrgLookup } from "./org";
export type { OrgLookup, Placement, ReportDataset } from "./org";
export { escalationsByRecipient, gradeDistribution, quarterLabel, surveyQuarters } from "./report-data";
export type { Recipient, SurveyQuarter } from "./report-data";
export { countBy, summarise } from "./summary";
export type { BasisCount, EvaluationSummary, RuleBreachCount } from "./summary";
export { rejectionCauseLine, summariseRejections } from "./rejection-causes";
export type { RejectionCause } from "./rejection-causes";
export { WARN_REJECTED_SHARE, incompleteWarning, lossWarning, rejectionLosses } from "./rejection-losses";
export type { CollectionLoss } from "./rejection-losses";
export type { SlicedOptions } from "../util/sliced";
export { barChart, columnChart } from "./svg";
export type { BarRow, Column, Series } from "./svg";
export { textSummary, textSummaryAsync } from "./text";
export {
  SCORECARD_COLUMNS, monthOfRow, placeMonths, placeTotals, ratioText, scorecardCsv, scorecardCsvAsync, scorecardMarkdown, scorecardMarkdownAsync,
  scorecardRowCells, scorecardText, scorecardTextAsync,
} from "./scorecard";
export type { PlaceTotal } from "./scorecard";
export { scorecardHtml, scorecardHtmlAsync } from "./scorecard-html";
