package org.stepwise.staff.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.CredentialDetails;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffChanges;
import org.stepwise.staff.StaffRecord;

/** The form records of the staff pages. */
final class StaffForms {

    private StaffForms() {}

    /** An edit of a staff record; an unticked "active" box is not sent, which means inactive. */
    record StaffForm(@Nullable String displayName, @Nullable Role role, @Nullable UUID site, @Nullable String email,
            @Nullable Boolean active, @Nullable Integer version) {

        static StaffForm of(StaffRecord record) {
            return new StaffForm(record.displayName(), record.role(), record.site() == null ? null : record.site().value(),
                    record.email(), record.active(), record.version());
        }

        StaffChanges changes() {
            return new StaffChanges(displayName, role, site == null ? null : new SiteId(site), email,
                    Boolean.TRUE.equals(active));
        }

        StaffForm withVersion(int newVersion) {
            return new StaffForm(displayName, role, site, email, active, newVersion);
        }
    }

    record CredentialForm(@Nullable String licenceType, @Nullable String licenceNumber, @Nullable String issuingState,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn,
            @Nullable Boolean requiresCosignature) {

        static CredentialForm blank() {
            return new CredentialForm("", "", "", null, false);
        }

        CredentialDetails details() {
            return new CredentialDetails(licenceType, licenceNumber, issuingState, expiresOn,
                    Boolean.TRUE.equals(requiresCosignature));
        }
    }
}
