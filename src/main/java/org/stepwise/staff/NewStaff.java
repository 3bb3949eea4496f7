package org.stepwise.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.SiteId;

/** A new staff member's record. The username is trimmed and lower-cased, as sign-in treats it. */
public record NewStaff(
        @NotBlank(message = "Enter a username.")
        @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) @Nullable String username,
        @NotBlank(message = "Enter the person's name as colleagues should see it.")
        @Size(max = 120, message = "Keep the name to 120 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String displayName,
        @NotNull(message = "Choose a role.") @Nullable Role role,
        @Nullable SiteId site,
        @Size(max = 200, message = "Keep the email address to 200 characters or fewer.")
        @Email(regexp = EMAIL, message = EMAIL_MESSAGE) @Nullable String email) {

    public static final String USERNAME = "[a-z0-9._-]{3,40}";
    public static final String USERNAME_MESSAGE =
            "Use 3 to 40 characters: lower-case letters, digits, dots, hyphens or underscores (such as j.rivera).";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String EMAIL_MESSAGE = "Enter an email address such as name@clinic.org, or leave it empty.";

    public NewStaff {
        username = username == null ? null : Text.trimmed(username.toLowerCase(Locale.ROOT));
        displayName = Text.trimmed(displayName);
        email = Text.trimmed(email);
    }
}
