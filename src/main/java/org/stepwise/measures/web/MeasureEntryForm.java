package org.stepwise.measures.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One administration as entered on the chart: the chosen value of each item ({@code answers[0]} is item 1), the
 * options some instruments need, the day, and the id of this submission (so that a double click stores one).
 */
record MeasureEntryForm(
        @NotBlank(message = "Choose an instrument.")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "Choose one of the instruments listed.")
        @Nullable String instrument,
        @Size(max = 200, message = "Too many answers for any instrument.") @Nullable List<@Nullable String> answers,
        @Size(max = 10, message = "Choose female or male.") @Nullable String sex,
        @Size(max = 5, message = "Choose yes or no.") @Nullable String recentBehavior,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate administeredOn,
        @Nullable UUID submission) {

    static MeasureEntryForm blank(String instrument, LocalDate today) {
        return new MeasureEntryForm(instrument, List.of(), null, null, today, UUID.randomUUID());
    }

    /** The answers for scoring: a whole number where one was chosen, the text as sent otherwise, null when none. */
    List<@Nullable Object> values(int items) {
        List<@Nullable Object> values = new ArrayList<>();
        List<@Nullable String> given = answers == null ? List.of() : answers;
        for (int i = 0; i < Math.max(items, given.size()); i++) {
            String text = i < given.size() ? given.get(i) : null;
            if (text == null || text.isBlank()) {
                values.add(null);
            } else {
                try {
                    values.add(Integer.valueOf(text.strip()));
                } catch (NumberFormatException e) {
                    values.add(text);
                }
            }
        }
        return values;
    }

    /** The chosen value of item {@code index} (from 0), as text, for showing the form again. */
    public @Nullable String answer(int index) {
        return answers != null && index < answers.size() ? answers.get(index) : null;
    }

    @Nullable Boolean recent() {
        if (recentBehavior == null || recentBehavior.isBlank()) {
            return null;
        }
        return Boolean.valueOf(recentBehavior.equals("true"));
    }

    @Nullable String sexOrNull() {
        return sex == null || sex.isBlank() ? null : sex;
    }
}
