package org.stepwise.staff;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a program. Weekly hours run from 6 (adolescent IOP) to 19; adult IOP is 9 to 19,
 * and 20 or more is partial hospitalization, not IOP (docs iop-domain section 1). Length of stay runs from two weeks
 * to a year.
 */
public record ProgramDetails(
        @NotBlank(message = "Enter the program's name.")
        @Size(max = 120, message = "Keep the name to 120 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String name,
        @NotNull(message = "Choose what the program treats.") @Nullable ProgramKind kind,
        @NotNull(message = "Enter the default weekly hours, from 6 to 19.")
        @DecimalMin(value = "6", message = "Weekly hours must be at least 6 (adult IOP is 9 to 19).")
        @DecimalMax(value = "19", message = "Weekly hours must be at most 19: 20 or more is partial hospitalization.")
        @Digits(integer = 2, fraction = 1, message = "Enter hours in steps of a tenth, such as 9 or 9.5.")
        @Nullable BigDecimal weeklyHours,
        @NotNull(message = "Enter the default length of stay in days, from 14 to 366.")
        @Min(value = 14, message = "The length of stay must be at least 14 days.")
        @Max(value = 366, message = "The length of stay must be at most 366 days.") @Nullable Integer lengthOfStayDays,
        // careplan (issue 5): the plan review rule; left empty, the default of 30 days.
        @Min(value = 7, message = "Plans are reviewed at most every 7 days: enter 7 to 60.")
        @Max(value = 60, message = "Plans are reviewed at least every other month: enter 7 to 60 days.")
        @Nullable Integer planReviewDays,
        // followup (issue 7): the days after discharge to follow up on, as typed ("7, 30, 90"); empty, the default.
        // Checked by FollowUpDays.problem, beside the field.
        @Size(max = 200, message = "Keep the follow-up days to a short list, such as 7, 30, 90.") @Nullable String followUpDays) {

    /** Plans are reviewed every 30 days unless the program says otherwise. */
    public static final int DEFAULT_PLAN_REVIEW_DAYS = 30;

    public ProgramDetails {
        name = Text.trimmed(name);
    }

    /** A program with the default follow-up days. */
    public ProgramDetails(@Nullable String name, @Nullable ProgramKind kind, @Nullable BigDecimal weeklyHours,
            @Nullable Integer lengthOfStayDays, @Nullable Integer planReviewDays) {
        this(name, kind, weeklyHours, lengthOfStayDays, planReviewDays, null);
    }

    /** The follow-up days to store: those typed, or the default (7, 30, 90). */
    public java.util.List<Integer> followUpDaysOrDefault() {
        return FollowUpDays.parseOrDefault(followUpDays);
    }

    /** A program with the default plan review rule. */
    public ProgramDetails(@Nullable String name, @Nullable ProgramKind kind, @Nullable BigDecimal weeklyHours,
            @Nullable Integer lengthOfStayDays) {
        this(name, kind, weeklyHours, lengthOfStayDays, null, null);
    }

    /** The review rule to store: the one entered, or the default. */
    public int planReviewDaysOrDefault() {
        return planReviewDays == null ? DEFAULT_PLAN_REVIEW_DAYS : planReviewDays;
    }
}
