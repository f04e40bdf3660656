/**
 * The calendar: days as integers, bank holidays, working days, months, periods and ages.
 * Time-zone-proof: nothing depends on the machine's time zone or reads the clock.
 *
 * @module
 */

export type { Day } from "./day";
export {
  addDays,
  dayParts,
  daysInMonth,
  formatDay,
  isLeapYear,
  isoWeekday,
  isWeekend,
  makeDay,
  maxDay,
  minDay,
  parseDay,
  toDay,
} from "./day";
export { addMonths } from "./months";
export {
  AUTHORITATIVE_BANK_HOLIDAY_YEARS,
  bankHolidaysOf,
  easterSunday,
  isBankHoliday,
  standingBankHolidaysOf,
} from "./bank-holidays";
export type { WorkingCalendar } from "./working-days";
export { createWorkingCalendar } from "./working-days";
export type { Period, PeriodKind } from "./periods";
export { daysIn, financialYearOf, periodContaining, periodsOverlapping } from "./periods";
export type { AgeBasis, SchoolPhase } from "./school-age";
export { academicYearAgeDay, ageOn, schoolAgeOn, schoolPhaseOn } from "./school-age";
