package org.stepwise.staff.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.AccountStatus;
import org.stepwise.staff.AccountStatuses;
import org.stepwise.staff.Credential;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffCredentials;
import org.stepwise.staff.StaffFilter;
import org.stepwise.staff.StaffManagement;
import org.stepwise.staff.StaffRecord;

/** {@code GET /api/v1/staff}: staff records for administrators' integrations, never a secret. */
@RestController
class StaffApi {

    private final StaffManagement staff;
    private final StaffCredentials credentials;
    private final ObjectProvider<AccountStatuses> accountStatuses;

    StaffApi(StaffManagement staff, StaffCredentials credentials, ObjectProvider<AccountStatuses> accountStatuses) {
        this.staff = staff;
        this.credentials = credentials;
        this.accountStatuses = accountStatuses;
    }

    record StaffList(List<StaffView> staff) {}

    record StaffView(UUID id, String username, String displayName, String role, @Nullable UUID siteId,
            @Nullable String siteName, @Nullable String email, boolean active, Instant createdAt, int version,
            @Nullable AccountView account, List<CredentialView> credentials) {}

    record AccountView(boolean locked, boolean mfaEnabled, boolean mfaRequired, @Nullable Instant lastSignInAt) {}

    record CredentialView(UUID id, String licenceType, String licenceNumber, @Nullable String issuingState,
            @Nullable LocalDate expiresOn, boolean requiresCosignature, boolean expired) {}

    @GetMapping("/api/v1/staff")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    StaffList list(@RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable Boolean active) {
        List<StaffRecord> members = staff.list(new StaffFilter(role, active, false));
        AccountStatuses provider = accountStatuses.getIfAvailable();
        Map<StaffId, AccountStatus> accounts =
                provider == null ? Map.of() : provider.of(members.stream().map(StaffRecord::id).toList());
        Map<StaffId, List<Credential>> held = credentials.byStaff();
        LocalDate today = credentials.today();
        return new StaffList(members.stream().map(m -> view(m, accounts.get(m.id()),
                held.getOrDefault(m.id(), List.of()), today)).toList());
    }

    private static StaffView view(StaffRecord m, @Nullable AccountStatus account, List<Credential> held,
            LocalDate today) {
        return new StaffView(m.id().value(), m.username(), m.displayName(), m.role().name(),
                m.site() == null ? null : m.site().value(), m.siteName(), m.email(), m.active(), m.createdAt(),
                m.version(),
                account == null ? null : new AccountView(account.locked(), account.mfaEnabled(), account.mfaRequired(),
                        account.lastSignInAt()),
                held.stream().map(c -> new CredentialView(c.id(), c.licenceType(), c.licenceNumber(), c.issuingState(),
                        c.expiresOn(), c.requiresCosignature(), c.expiredOn(today))).toList());
    }
}
