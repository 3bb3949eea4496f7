package org.stepwise.clients.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding a staff member to a care team. */
record CareTeamForm(
        @Nullable @NotBlank(message = "Choose an active clinician, prescriber, nurse, case manager or program director from the list.") @Size(max = 40, message = "Choose a staff member from the list.") String staffId,
        @Nullable @NotBlank(message = "Say what this person does for the client (for example primary clinician).") @Size(max = 60, message = "Use at most 60 characters.") String roleOnTeam) {}
