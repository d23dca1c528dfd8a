package org.genobay.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.genobay.errors.GenobayException;
import org.genobay.errors.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the pages' form posts answer: the action's page on success, the form's page with the error's message
 * otherwise (the message names the field and value, as in the API). Nothing is saved when the action fails.
 */
public final class Forms {

    private Forms() {}

    public static String attempt(RedirectAttributes flash, String back, String message, Supplier<String> action) {
        try {
            String next = action.get();
            flash.addFlashAttribute("message", message);
            return "redirect:" + next;
        } catch (GenobayException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:" + back;
        }
    }

    /** A datetime-local field, read in the server's time zone, which is the institution's. */
    public static Instant instant(String field, String value) {
        try {
            return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not a date and time");
        }
    }
}
