package com.dealtrace.web;

/** How much of an event's date is known: "26 February 2024", "June 2025" or "2025". */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
