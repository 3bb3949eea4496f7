package org.stepwise.aftercare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.aftercare.rules.AftercareRules;
import org.stepwise.consents.ConsentRules;
import org.stepwise.consents.Consents;
import org.stepwise.consents.NewConsent;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeFixtures;
import org.stepwise.episodes.Discharges;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Clients of the test's own, admitted into a track of the test's own in a demo program of a chosen kind (a substance use
 * program makes every episode a Part 2 record) with the demo clinician and case manager on the care team; their support
 * people and consents.
 */
record AftercareFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions,
        Discharges discharges, Consents consents) {

    StaffMember clinician() {
        return SignedIn.demoAccount(staff, Role.CLINICIAN);
    }

    StaffMember caseManager() {
        return SignedIn.demoAccount(staff, Role.CASE_MANAGER);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    DischargeFixtures.Admitted admit(ProgramKind kind, String family) {
        UUID track = UUID.randomUUID();
        int made = jdbc.sql("""
                INSERT INTO track (id, program_id, name, period, capacity)
                SELECT ?, id, ?, 'DAY', 12 FROM program WHERE kind = ? ORDER BY name LIMIT 1""")
                .params(track, "Aftercare track " + track.toString().substring(0, 8), kind.name()).update();
        if (made != 1) {
            throw new IllegalStateException("The demo clinic has no " + kind + " program");
        }
        return new DischargeFixtures(jdbc, clock, staff, admissions, discharges)
                .admit(new TrackId(track), family, 40, clinician(), caseManager());
    }

    UUID supportPerson(ClientId client, String name, String relationship) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO support_person (id, client_id, position, name, relationship, phone, may_contact)
                VALUES (?, ?, (SELECT count(*) FROM support_person WHERE client_id = ?), ?, ?, '555-0101', true)""")
                .params(id, client.value(), client.value(), name, relationship).update();
        return id;
    }

    /** A consent signed by the client (Robin {@code family}), recorded by the demo clinician. */
    void consent(ClientId client, String family, String kind, List<String> categories, List<String> recipientNames,
            List<String> recipientClasses, List<String> purposes) {
        NewConsent consent = new NewConsent(null, kind, null, "Stepwise IOP", categories, "The aftercare plan and what "
                + "it names", recipientNames, recipientClasses, purposes, "Aftercare", 
                ConsentRules.DEFAULT_REVOCATION_STATEMENT, today().plusYears(1).toString(), null, "CLIENT",
                "Robin " + family, null, true);
        SignedIn.as(clinician(), () -> consents.sign(client, consent));
    }

    static AftercareContent content(@Nullable String provider, @Nullable String prescriber) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("nextLevel", "1");
        if (provider != null) {
            form.put("providerName", provider);
            form.put("providerPhone", "555-0142");
            form.put("providerAddress", "12 Harbor Street, Springfield");
            form.put("firstAppointment", "2026-12-01T10:30");
        }
        form.put("groups[0].name", "SMART Recovery");
        form.put("groups[0].when", "Thursdays 19:00");
        form.put("groups[0].where", "Library annex");
        form.put("alumniGroup", "Tuesday alumni group");
        form.put("alumniDay", "TUESDAY");
        form.put("alumniTime", "18:00");
        if (prescriber != null) {
            form.put("prescriber", prescriber);
            form.put("medicationsContinued", "Sertraline 100 mg daily");
            form.put("refillPlan", "30-day refills until the end of March");
        }
        form.put("referrals[0].kind", "VOCATIONAL");
        form.put("referrals[0].agency", "State vocational rehabilitation office");
        form.put("referrals[0].contact", "Jo Park, 555-0100");
        form.put("referrals[0].status", "MADE");
        form.put("crisisNotes", "Call my sister Mara first, then 988.");
        AftercareRules.Read read = AftercareRules.read(form);
        if (read.content() == null) {
            throw new IllegalStateException(read.errors().toString());
        }
        return read.content();
    }
}
