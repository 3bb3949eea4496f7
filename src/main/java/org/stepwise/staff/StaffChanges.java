package org.stepwise.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.SiteId;

/** An edit of a staff record: everything but the username, which never changes. */
public record StaffChanges(
        @NotBlank(message = "Enter the person's name as colleagues should see it.")
        @Size(max = 120, message = "Keep the name to 120 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String displayName,
        @NotNull(message = "Choose a role.") @Nullable Role role,
        @Nullable SiteId site,
        @Size(max = 200, message = "Keep the email address to 200 characters or fewer.")
        @Email(regexp = NewStaff.EMAIL, message = NewStaff.EMAIL_MESSAGE) @Nullable String email,
        boolean active) {

    public StaffChanges {
        displayName = Text.trimmed(displayName);
        email = Text.trimmed(email);
    }
}
