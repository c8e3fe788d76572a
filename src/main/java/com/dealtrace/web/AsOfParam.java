package com.dealtrace.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.dealtrace.change.AsOf;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * The {@code ?asOf=YYYY-MM-DD} of the deal pages, as typed: a day up to today shows the deal as it stood then; a
 * blank one today's record; anything else today's record with the value kept beside the date picker and marked (422).
 */
public record AsOfParam(String typed, LocalDate day, boolean rejected) {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    public static AsOfParam read(String typed) {
        if (typed == null || typed.isBlank()) {
            return new AsOfParam(null, null, false);
        }
        try {
            var day = LocalDate.parse(typed.strip());
            if (day.isAfter(LocalDate.now(ZoneOffset.UTC)) || day.isBefore(EARLIEST)) {
                return new AsOfParam(typed, null, true);
            }
            return new AsOfParam(day.toString(), day, false);
        }
        catch (DateTimeParseException e) {
            return new AsOfParam(typed, null, true);
        }
    }

    /** The day to read the record as of, null for today's record. */
    public AsOf asOf() {
        return day == null ? null : new AsOf(day);
    }

    /** Puts the day, the value typed and whether it was refused in the model; a refused value answers 422. */
    public void addTo(Model model, HttpServletResponse response) {
        model.addAttribute("asOf", day);
        model.addAttribute("asOfTyped", typed);
        model.addAttribute("asOfRejected", rejected);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        if (rejected) {
            FormOutcome.rejected(response);
        }
    }

    /** The page saying the deal had no record on that day (404), with the way back to today. */
    public static String notRecorded(AsOf.NotRecorded missing, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("missing", missing);
        return "deal/not-recorded";
    }
}
