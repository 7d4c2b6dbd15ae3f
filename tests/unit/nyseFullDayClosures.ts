/**
 * Every weekday the NYSE was (or is scheduled to be) closed for the whole day, year by year, written
 * by hand from the exchange's published holiday history, for checking the calendar module against.
 * Nothing here is computed, and nothing is taken from the module.
 *
 * What the list follows:
 * - New Year's Day; on a Sunday the Monday after. On a Saturday nothing is closed: the Friday
 *   before is the last session of the old year (31 Dec 1999, 2004, 2021 were trading days).
 * - Martin Luther King Jr. Day (third Monday of January) only from 1998: the NYSE first closed for
 *   it on 19 Jan 1998, though it has been a federal holiday since 1986.
 * - Washington's Birthday (third Monday of February), Good Friday, Memorial Day (last Monday of
 *   May), Independence Day, Labor Day (first Monday of September), Thanksgiving (fourth Thursday of
 *   November) and Christmas Day.
 * - Juneteenth from 2022 (a federal holiday from 17 Jun 2021; the exchange first closed in 2022).
 * - A fixed-date holiday other than New Year's Day on a Saturday closes the Friday before, on a
 *   Sunday the Monday after.
 * - The one-off closures below (ONE_OFF_CLOSURES); early closes (half days) are not closures.
 *
 * The years: 1995-2001 (before and after the first MLK closure, the Saturday New Year's Day of 2000,
 * the Saturday Christmas of 1999 and the closures of September 2001), 2004, 2007 and 2012 (for their
 * one-off closures) and 2018-2026.
 */
export const NYSE_FULL_DAY_CLOSURES: Readonly<Record<number, readonly string[]>> = {
  1995: [
    '1995-01-02', // New Year's Day (a Sunday)
    // No MLK Day: 16 Jan 1995 was a trading day.
    '1995-02-20', // Washington's Birthday
    '1995-04-14', // Good Friday
    '1995-05-29', // Memorial Day
    '1995-07-04', // Independence Day
    '1995-09-04', // Labor Day
    '1995-11-23', // Thanksgiving
    '1995-12-25', // Christmas
  ],
  1996: [
    '1996-01-01', // New Year's Day
    // No MLK Day: 15 Jan 1996 was a trading day.
    '1996-02-19', // Washington's Birthday
    '1996-04-05', // Good Friday
    '1996-05-27', // Memorial Day
    '1996-07-04', // Independence Day
    '1996-09-02', // Labor Day
    '1996-11-28', // Thanksgiving
    '1996-12-25', // Christmas
  ],
  1997: [
    '1997-01-01', // New Year's Day
    // No MLK Day: 20 Jan 1997 was a trading day.
    '1997-02-17', // Washington's Birthday
    '1997-03-28', // Good Friday
    '1997-05-26', // Memorial Day
    '1997-07-04', // Independence Day
    '1997-09-01', // Labor Day
    '1997-11-27', // Thanksgiving
    '1997-12-25', // Christmas
  ],
  1998: [
    '1998-01-01', // New Year's Day
    '1998-01-19', // Martin Luther King Jr. Day, the first the NYSE closed for
    '1998-02-16', // Washington's Birthday
    '1998-04-10', // Good Friday
    '1998-05-25', // Memorial Day
    '1998-07-03', // Independence Day (a Saturday)
    '1998-09-07', // Labor Day
    '1998-11-26', // Thanksgiving
    '1998-12-25', // Christmas
  ],
  1999: [
    '1999-01-01', // New Year's Day
    '1999-01-18', // Martin Luther King Jr. Day
    '1999-02-15', // Washington's Birthday
    '1999-04-02', // Good Friday
    '1999-05-31', // Memorial Day
    '1999-07-05', // Independence Day (a Sunday)
    '1999-09-06', // Labor Day
    '1999-11-25', // Thanksgiving
    '1999-12-24', // Christmas (a Saturday)
    // Not 31 Dec 1999: New Year's Day 2000 was a Saturday, and the exchange traded that Friday.
  ],
  2000: [
    // No New Year's Day closure (a Saturday).
    '2000-01-17', // Martin Luther King Jr. Day
    '2000-02-21', // Washington's Birthday
    '2000-04-21', // Good Friday
    '2000-05-29', // Memorial Day
    '2000-07-04', // Independence Day
    '2000-09-04', // Labor Day
    '2000-11-23', // Thanksgiving
    '2000-12-25', // Christmas
  ],
  2001: [
    '2001-01-01', // New Year's Day
    '2001-01-15', // Martin Luther King Jr. Day
    '2001-02-19', // Washington's Birthday
    '2001-04-13', // Good Friday
    '2001-05-28', // Memorial Day
    '2001-07-04', // Independence Day
    '2001-09-03', // Labor Day
    '2001-09-11', // the September 11 attacks, and the three days after
    '2001-09-12',
    '2001-09-13',
    '2001-09-14',
    '2001-11-22', // Thanksgiving
    '2001-12-25', // Christmas
  ],
  2004: [
    '2004-01-01', // New Year's Day
    '2004-01-19', // Martin Luther King Jr. Day
    '2004-02-16', // Washington's Birthday
    '2004-04-09', // Good Friday
    '2004-05-31', // Memorial Day
    '2004-06-11', // national day of mourning, President Reagan
    '2004-07-05', // Independence Day (a Sunday)
    '2004-09-06', // Labor Day
    '2004-11-25', // Thanksgiving
    '2004-12-24', // Christmas (a Saturday)
    // Not 31 Dec 2004: New Year's Day 2005 was a Saturday.
  ],
  2007: [
    '2007-01-01', // New Year's Day
    '2007-01-02', // national day of mourning, President Ford
    '2007-01-15', // Martin Luther King Jr. Day
    '2007-02-19', // Washington's Birthday
    '2007-04-06', // Good Friday
    '2007-05-28', // Memorial Day
    '2007-07-04', // Independence Day
    '2007-09-03', // Labor Day
    '2007-11-22', // Thanksgiving
    '2007-12-25', // Christmas
  ],
  2012: [
    '2012-01-02', // New Year's Day (a Sunday)
    '2012-01-16', // Martin Luther King Jr. Day
    '2012-02-20', // Washington's Birthday
    '2012-04-06', // Good Friday
    '2012-05-28', // Memorial Day
    '2012-07-04', // Independence Day
    '2012-09-03', // Labor Day
    '2012-10-29', // Hurricane Sandy, two days
    '2012-10-30',
    '2012-11-22', // Thanksgiving
    '2012-12-25', // Christmas
  ],
  2018: [
    '2018-01-01', // New Year's Day
    '2018-01-15', // Martin Luther King Jr. Day
    '2018-02-19', // Washington's Birthday
    '2018-03-30', // Good Friday
    '2018-05-28', // Memorial Day
    '2018-07-04', // Independence Day
    '2018-09-03', // Labor Day
    '2018-11-22', // Thanksgiving
    '2018-12-05', // national day of mourning, President George H. W. Bush
    '2018-12-25', // Christmas
  ],
  2019: [
    '2019-01-01', // New Year's Day
    '2019-01-21', // Martin Luther King Jr. Day
    '2019-02-18', // Washington's Birthday
    '2019-04-19', // Good Friday
    '2019-05-27', // Memorial Day
    '2019-07-04', // Independence Day
    '2019-09-02', // Labor Day
    '2019-11-28', // Thanksgiving
    '2019-12-25', // Christmas
  ],
  2020: [
    '2020-01-01', // New Year's Day
    '2020-01-20', // Martin Luther King Jr. Day
    '2020-02-17', // Washington's Birthday
    '2020-04-10', // Good Friday
    '2020-05-25', // Memorial Day
    '2020-07-03', // Independence Day (a Saturday)
    '2020-09-07', // Labor Day
    '2020-11-26', // Thanksgiving
    '2020-12-25', // Christmas
  ],
  2021: [
    '2021-01-01', // New Year's Day
    '2021-01-18', // Martin Luther King Jr. Day
    '2021-02-15', // Washington's Birthday
    '2021-04-02', // Good Friday
    '2021-05-31', // Memorial Day
    // No Juneteenth yet (19 Jun 2021 was a Saturday; 18 Jun was a trading day).
    '2021-07-05', // Independence Day (a Sunday)
    '2021-09-06', // Labor Day
    '2021-11-25', // Thanksgiving
    '2021-12-24', // Christmas (a Saturday)
    // Not 31 Dec 2021: New Year's Day 2022 was a Saturday.
  ],
  2022: [
    // No New Year's Day closure (a Saturday).
    '2022-01-17', // Martin Luther King Jr. Day
    '2022-02-21', // Washington's Birthday
    '2022-04-15', // Good Friday
    '2022-05-30', // Memorial Day
    '2022-06-20', // Juneteenth (a Sunday), the first the NYSE closed for
    '2022-07-04', // Independence Day
    '2022-09-05', // Labor Day
    '2022-11-24', // Thanksgiving
    '2022-12-26', // Christmas (a Sunday)
  ],
  2023: [
    '2023-01-02', // New Year's Day (a Sunday)
    '2023-01-16', // Martin Luther King Jr. Day
    '2023-02-20', // Washington's Birthday
    '2023-04-07', // Good Friday
    '2023-05-29', // Memorial Day
    '2023-06-19', // Juneteenth
    '2023-07-04', // Independence Day
    '2023-09-04', // Labor Day
    '2023-11-23', // Thanksgiving
    '2023-12-25', // Christmas
  ],
  2024: [
    '2024-01-01', // New Year's Day
    '2024-01-15', // Martin Luther King Jr. Day
    '2024-02-19', // Washington's Birthday
    '2024-03-29', // Good Friday
    '2024-05-27', // Memorial Day
    '2024-06-19', // Juneteenth
    '2024-07-04', // Independence Day
    '2024-09-02', // Labor Day
    '2024-11-28', // Thanksgiving
    '2024-12-25', // Christmas
  ],
  2025: [
    '2025-01-01', // New Year's Day
    '2025-01-09', // national day of mourning, President Carter
    '2025-01-20', // Martin Luther King Jr. Day
    '2025-02-17', // Washington's Birthday
    '2025-04-18', // Good Friday
    '2025-05-26', // Memorial Day
    '2025-06-19', // Juneteenth
    '2025-07-04', // Independence Day
    '2025-09-01', // Labor Day
    '2025-11-27', // Thanksgiving
    '2025-12-25', // Christmas
  ],
  2026: [
    '2026-01-01', // New Year's Day
    '2026-01-19', // Martin Luther King Jr. Day
    '2026-02-16', // Washington's Birthday
    '2026-04-03', // Good Friday
    '2026-05-25', // Memorial Day
    '2026-06-19', // Juneteenth
    '2026-07-03', // Independence Day (a Saturday)
    '2026-09-07', // Labor Day
    '2026-11-26', // Thanksgiving
    '2026-12-25', // Christmas
  ],
};

/** The closures above that no holiday rule gives: announced one at a time. */
export const ONE_OFF_CLOSURES: ReadonlySet<string> = new Set([
  '2001-09-11',
  '2001-09-12',
  '2001-09-13',
  '2001-09-14',
  '2004-06-11',
  '2007-01-02',
  '2012-10-29',
  '2012-10-30',
  '2018-12-05',
  '2025-01-09',
]);
