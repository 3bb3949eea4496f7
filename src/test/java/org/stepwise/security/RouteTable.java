package org.stepwise.security;

import static org.stepwise.security.Permission.*;
import static org.stepwise.security.RouteAccess.*;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every route the application serves and who may call it: the single statement the route-walking test checks the
 * server against. Add a route here in the same change that adds it (the test fails on a route missing from the table).
 */
final class RouteTable {

    static final Map<String, RouteAccess> ROUTES = new TreeMap<>();

    private static void route(String methodAndPath, RouteAccess access) {
        if (ROUTES.put(methodAndPath, access) != null) {
            throw new IllegalStateException("Listed twice: " + methodAndPath);
        }
    }

    static {
        // Sign-in, errors, the Today page
        route("GET /login", open());
        route("GET /login/mfa", mfaPending());
        route("POST /login/mfa", mfaPending());
        route("POST /api/v1/auth/token", open());
        route("GET /api/v1/me", signedIn());
        route("GET /", signedIn());
        route("* /error", open());
        route("* /error/403", open());

        // Own account
        route("GET /account", signedIn());
        route("POST /account/password", signedIn());
        route("POST /account/mfa/setup", signedIn());
        route("POST /account/mfa/confirm", signedIn());
        route("POST /account/mfa/disable", signedIn());

        // Organisation
        route("GET /api/v1/organisation", signedIn());
        route("GET /admin/organisation", needs(ORGANISATION_ADMIN));
        route("GET /admin/organisation/sites/new", needs(ORGANISATION_ADMIN));
        route("POST /admin/organisation/sites", needs(ORGANISATION_ADMIN));
        route("GET /admin/organisation/sites/{id}/edit", needs(ORGANISATION_ADMIN));
        route("POST /admin/organisation/sites/{id}", needs(ORGANISATION_ADMIN));
        route("GET /admin/organisation/sites/{siteId}/programs/new", needs(ORGANISATION_ADMIN));
        route("POST /admin/organisation/sites/{siteId}/programs", needs(ORGANISATION_ADMIN));
        route("GET /admin/organisation/programs/{id}/edit", needs(ORGANISATION_ADMIN));
        route("POST /admin/organisation/programs/{id}", needs(ORGANISATION_ADMIN));
        route("GET /admin/organisation/programs/{programId}/tracks/new", needs(ORGANISATION_ADMIN));
        route("POST /admin/organisation/programs/{programId}/tracks", needs(ORGANISATION_ADMIN));
        route("GET /admin/organisation/tracks/{id}/edit", needs(ORGANISATION_ADMIN));
        route("POST /admin/organisation/tracks/{id}", needs(ORGANISATION_ADMIN));
        route("GET /admin/organisation/sites/{siteId}/rooms/new", needs(ORGANISATION_ADMIN));
        route("POST /admin/organisation/sites/{siteId}/rooms", needs(ORGANISATION_ADMIN));
        route("GET /admin/organisation/rooms/{id}/edit", needs(ORGANISATION_ADMIN));
        route("POST /admin/organisation/rooms/{id}", needs(ORGANISATION_ADMIN));

        // Staff and accounts
        route("GET /api/v1/staff", needs(STAFF_ADMIN));
        route("GET /admin/staff", needs(STAFF_ADMIN));
        route("GET /admin/staff/new", needs(STAFF_ADMIN));
        route("POST /admin/staff", needs(STAFF_ADMIN));
        route("GET /admin/staff/{id}", needs(STAFF_ADMIN));
        route("POST /admin/staff/{id}", needs(STAFF_ADMIN));
        route("POST /admin/staff/{id}/deactivate", needs(STAFF_ADMIN));
        route("POST /admin/staff/{id}/credentials", needs(STAFF_ADMIN));
        route("POST /admin/staff/{id}/credentials/{credentialId}/remove", needs(STAFF_ADMIN));
        route("GET /admin/staff/{id}/password", needs(STAFF_ADMIN));
        route("POST /admin/staff/{id}/password", needs(STAFF_ADMIN));
        route("POST /admin/staff/{id}/unlock", needs(STAFF_ADMIN));
        route("POST /admin/staff/{id}/mfa/reset", needs(STAFF_ADMIN));
        route("GET /staff/credentials", needs(STAFF_ADMIN, PROGRAM_OVERSIGHT));

        // Security policy
        route("GET /admin/security", needs(SECURITY_ADMIN));
        route("POST /admin/security/mfa", needs(SECURITY_ADMIN));

        // Client registry, support network, care team, break-glass
        route("GET /clients/{id}/break-glass", needs(CLIENT_VIEW));
        route("POST /clients/{id}/break-glass", needs(CLIENT_VIEW));
        route("GET /clients/break-glass", needs(PROGRAM_OVERSIGHT));
        route("POST /clients/break-glass/{accessId}/review", needs(PROGRAM_OVERSIGHT));
        route("GET /clients/{id}/care-team/new", needs(PROGRAM_OVERSIGHT));
        route("POST /clients/{id}/care-team", needs(PROGRAM_OVERSIGHT));
        route("POST /clients/{id}/care-team/{staffId}/remove", needs(PROGRAM_OVERSIGHT));
        route("GET /api/v1/clients", needs(CLIENT_SEARCH));
        route("POST /api/v1/clients", needs(CLIENT_CREATE));
        route("GET /api/v1/clients/{id}", needs(CLIENT_VIEW));
        route("PUT /api/v1/clients/{id}", needs(CLIENT_EDIT));
        route("DELETE /api/v1/clients/{id}", needs(CLIENT_DELETE));
        route("POST /api/v1/clients/{id}/break-glass", needs(CLIENT_VIEW));
        route("GET /clients", needs(CLIENT_SEARCH));
        route("GET /clients/{id}", needs(CLIENT_VIEW));
        route("GET /clients/new", needs(CLIENT_CREATE));
        route("POST /clients/new", needs(CLIENT_CREATE));
        route("GET /clients/{id}/edit", needs(CLIENT_EDIT));
        route("POST /clients/{id}/edit", needs(CLIENT_EDIT));
        route("GET /clients/{id}/delete", needs(CLIENT_DELETE));
        route("POST /clients/{id}/delete", needs(CLIENT_DELETE));
        route("POST /api/v1/clients/{id}/support-network", needs(CLIENT_EDIT));
        route("GET /api/v1/clients/{id}/support-network/{personId}", needs(CLIENT_VIEW));
        route("PUT /api/v1/clients/{id}/support-network/{personId}", needs(CLIENT_EDIT));
        route("DELETE /api/v1/clients/{id}/support-network/{personId}", needs(CLIENT_EDIT));
        route("GET /clients/{id}/support-network/new", needs(CLIENT_EDIT));
        route("POST /clients/{id}/support-network", needs(CLIENT_EDIT));
        route("GET /clients/{id}/support-network/{personId}/edit", needs(CLIENT_EDIT));
        route("POST /clients/{id}/support-network/{personId}", needs(CLIENT_EDIT));
        route("POST /clients/{id}/support-network/{personId}/remove", needs(CLIENT_EDIT));

        // Audit log
        route("GET /audit", needs(AUDIT_READ));
        route("GET /audit/export.csv", needs(AUDIT_READ));
        route("GET /audit/verify", needs(AUDIT_READ));
        route("GET /api/v1/audit/events", needs(AUDIT_READ));
        route("GET /api/v1/audit/verification", needs(AUDIT_READ));

        // Level-of-care placement
        route("POST /api/v1/level-of-care/recommendation", signedIn());
        route("POST /api/v1/clients/{clientId}/placements", needs(CLINICAL_WRITE));
        route("GET /api/v1/clients/{clientId}/placements", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/placements", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/placement/new", needs(CLINICAL_WRITE, INTAKE));
        route("POST /clients/{clientId}/placement/recommendation", needs(CLINICAL_WRITE, INTAKE));
        route("POST /clients/{clientId}/placements", needs(CLINICAL_WRITE, INTAKE));

        // Referrals and the intake pipeline
        route("GET /intake/referrals", needs(INTAKE));
        route("GET /intake/referrals/new", needs(INTAKE));
        route("POST /intake/referrals/new", needs(INTAKE));
        route("GET /intake/referrals/{id}", needs(INTAKE));
        route("POST /intake/referrals/{id}/moves", needs(INTAKE));
        route("POST /intake/referrals/{id}/link", needs(INTAKE));
        // INTAKE and CLIENT_CREATE: the roles holding both are exactly those holding CLIENT_CREATE.
        route("POST /intake/referrals/{id}/client", needs(CLIENT_CREATE));
        route("GET /clients/{clientId}/referrals", needs(INTAKE));
        route("POST /api/v1/referrals", needs(INTAKE));
        route("GET /api/v1/referrals", needs(INTAKE));
        route("GET /api/v1/referrals/{id}", needs(INTAKE));
        route("POST /api/v1/referrals/{id}/moves", needs(INTAKE));

        // Instruments and administrations
        route("GET /api/v1/instruments", signedIn());
        route("GET /api/v1/instruments/{code}", signedIn());
        route("POST /api/v1/instruments/{code}/score", signedIn());
        route("POST /api/v1/clients/{clientId}/measures", needs(CLINICAL_WRITE));
        route("GET /api/v1/clients/{clientId}/measures", needs(CLINICAL_READ));
        // Measurement-based care (issue 6, branch measures-mbc): schedules, due lists, scores over time
        route("GET /measures/schedules", needs(PROGRAM_OVERSIGHT));
        route("GET /measures/schedules/new", needs(PROGRAM_OVERSIGHT));
        route("POST /measures/schedules", needs(PROGRAM_OVERSIGHT));
        route("GET /measures/schedules/{id}/edit", needs(PROGRAM_OVERSIGHT));
        route("POST /measures/schedules/{id}", needs(PROGRAM_OVERSIGHT));
        route("GET /measures/due", needs(CLINICAL_READ));
        route("GET /sessions/{sessionId}/measures-due", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/measure-trends", needs(CLINICAL_READ));
        route("GET /api/v1/clients/{clientId}/measures/{instrument}/trend", needs(CLINICAL_READ));

        // Consents and 42 CFR Part 2
        route("GET /clients/{clientId}/consents", needs(CLIENT_VIEW));
        route("GET /clients/{clientId}/consents/new", needs(CONSENT_MANAGE));
        route("POST /clients/{clientId}/consents", needs(CONSENT_MANAGE));
        route("GET /clients/{clientId}/consents/{consentId}", needs(CLIENT_VIEW));
        route("POST /clients/{clientId}/consents/{consentId}/revocation", needs(CONSENT_MANAGE));
        route("POST /clients/{clientId}/consents/{consentId}/expiry-event", needs(CONSENT_MANAGE));
        route("GET /clients/{clientId}/disclosures", needs(CLIENT_VIEW));
        route("POST /clients/{clientId}/disclosures", needs(CONSENT_MANAGE));
        route("GET /api/v1/clients/{clientId}/consents", needs(CLIENT_VIEW));
        route("POST /api/v1/clients/{clientId}/consents", needs(CONSENT_MANAGE));
        route("GET /api/v1/consents/{id}", needs(CLIENT_VIEW));
        route("POST /api/v1/consents/{id}/revocation", needs(CONSENT_MANAGE));
        route("POST /api/v1/consents/{id}/expiry-event", needs(CONSENT_MANAGE));
        route("POST /api/v1/clients/{clientId}/disclosure-checks", needs(CLIENT_VIEW));
        route("POST /api/v1/clients/{clientId}/disclosures", needs(CONSENT_MANAGE));
        route("GET /api/v1/clients/{clientId}/disclosures", needs(CLIENT_VIEW));
        route("GET /api/v1/redisclosure-notice", signedIn());
        route("GET /clients/{clientId}/measures", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/measures/new", needs(CLINICAL_WRITE, INTAKE));
        route("POST /clients/{clientId}/measures", needs(CLINICAL_WRITE, INTAKE));
        route("GET /clients/{clientId}/measures/{administrationId}", needs(CLINICAL_READ, INTAKE));

        // Safety alerts
        route("GET /safety/alerts", needs(CLINICAL_READ));
        route("GET /safety/alerts/{alertId}", needs(CLINICAL_READ));
        route("POST /safety/alerts/{alertId}/resolve", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/safety-alerts", needs(CLINICAL_READ));
        route("GET /api/v1/safety/alerts", needs(CLINICAL_READ));
        route("GET /api/v1/clients/{clientId}/safety-alerts", needs(CLINICAL_READ));
        route("POST /api/v1/safety/alerts/{alertId}/resolution", needs(CLINICAL_WRITE));
        // Admission, episodes of care, tracks and rosters
        route("GET /clients/{clientId}/admission", needs(INTAKE));
        route("POST /clients/{clientId}/admission", needs(INTAKE));
        route("GET /clients/{clientId}/episodes", needs(CLIENT_VIEW));
        route("GET /tracks", needs(SCHEDULE_VIEW, INTAKE));
        route("GET /tracks/{trackId}/roster", needs(SCHEDULE_VIEW, INTAKE));
        route("POST /api/v1/clients/{clientId}/admissions", needs(INTAKE));
        route("GET /api/v1/episodes/{id}", needs(CLIENT_VIEW));
        route("GET /api/v1/clients/{clientId}/episodes", needs(CLIENT_VIEW));
        route("GET /api/v1/tracks/{trackId}/roster", needs(SCHEDULE_VIEW, INTAKE));
        // Length of stay (issue 6, signals branch)
        route("POST /clients/{clientId}/episodes/{episodeId}/length", needs(CLINICAL_WRITE));
        route("POST /api/v1/episodes/{id}/length", needs(CLINICAL_WRITE));
        // Level-of-care signals (issue 6, signals branch)
        route("GET /clients/{clientId}/signals", needs(CLINICAL_READ));
        route("GET /signals", needs(CLINICAL_READ));
        route("GET /signals/{signalId}", needs(CLINICAL_READ));
        route("POST /signals/{signalId}/actions", needs(CLINICAL_WRITE, PROGRAM_OVERSIGHT));
        route("GET /api/v1/signals", needs(CLINICAL_READ));
        route("GET /api/v1/clients/{clientId}/signals", needs(CLINICAL_READ));
        route("POST /api/v1/signals/{signalId}/actions", needs(CLINICAL_WRITE, PROGRAM_OVERSIGHT));

        // Planning a week with the optimizer
        route("GET /schedule/weeks/{week}/plan", needs(SCHEDULE_PLAN));
        route("POST /schedule/weeks/{week}/plan", needs(SCHEDULE_PLAN));
        route("GET /schedule/runs/{id}", needs(SCHEDULE_PLAN));
        route("GET /schedule/runs/{id}/progress", needs(SCHEDULE_PLAN));
        route("POST /schedule/runs/{id}/stop", needs(SCHEDULE_PLAN));
        route("POST /schedule/runs/{id}/accept", needs(SCHEDULE_PLAN));
        route("POST /schedule/runs/{id}/discard", needs(SCHEDULE_PLAN));
        route("POST /api/v1/schedule/weeks/{week}/runs", needs(SCHEDULE_PLAN));
        route("GET /api/v1/schedule/runs/{id}", needs(SCHEDULE_PLAN));
        route("POST /api/v1/schedule/runs/{id}/accept", needs(SCHEDULE_PLAN));
        route("POST /api/v1/schedule/runs/{id}/discard", needs(SCHEDULE_PLAN));
        // Calendar feeds (scheduling.calendar): the secret URL is open; making and revoking feeds is not
        route("GET /calendar/{token}.ics", open());
        route("GET /clients/{clientId}/calendar-feed", needs(SCHEDULE_MANAGE));
        route("POST /clients/{clientId}/calendar-feed", needs(SCHEDULE_MANAGE));
        route("POST /clients/{clientId}/calendar-feed/revoke", needs(SCHEDULE_MANAGE));
        route("GET /account/calendar-feed", signedIn());
        route("POST /account/calendar-feed", signedIn());
        route("POST /account/calendar-feed/revoke", signedIn());
        route("GET /admin/staff/{id}/calendar-feed", needs(STAFF_ADMIN));
        route("POST /admin/staff/{id}/calendar-feed/revoke", needs(STAFF_ADMIN));
        // Schedule planning (issue 4): session types, track templates, weeks, sessions, availability, notices
        route("GET /schedule", needs(SCHEDULE_VIEW));
        route("GET /schedule/weeks/{week}", needs(SCHEDULE_VIEW));
        route("POST /schedule/weeks/{week}/generate", needs(SCHEDULE_PLAN));
        route("GET /schedule/session-types", needs(SCHEDULE_PLAN));
        route("GET /schedule/session-types/{id}/edit", needs(SCHEDULE_PLAN));
        route("POST /schedule/session-types/{id}", needs(SCHEDULE_PLAN));
        route("GET /schedule/tracks/{trackId}/template", needs(SCHEDULE_PLAN));
        route("GET /schedule/tracks/{trackId}/blocks/new", needs(SCHEDULE_PLAN));
        route("POST /schedule/tracks/{trackId}/blocks", needs(SCHEDULE_PLAN));
        route("GET /schedule/tracks/{trackId}/blocks/{blockId}/edit", needs(SCHEDULE_PLAN));
        route("POST /schedule/tracks/{trackId}/blocks/{blockId}", needs(SCHEDULE_PLAN));
        route("POST /schedule/tracks/{trackId}/blocks/{blockId}/deactivate", needs(SCHEDULE_PLAN));
        route("POST /schedule/tracks/{trackId}/blocks/{blockId}/reactivate", needs(SCHEDULE_PLAN));
        route("POST /schedule/tracks/{trackId}/topics", needs(SCHEDULE_PLAN));
        route("POST /schedule/tracks/{trackId}/topics/{topicId}/remove", needs(SCHEDULE_PLAN));
        route("POST /schedule/tracks/{trackId}/topics/{topicId}/move", needs(SCHEDULE_PLAN));
        route("GET /schedule/sessions/{id}", needs(SCHEDULE_VIEW));
        route("POST /schedule/sessions/{id}/cancel", needs(SCHEDULE_MANAGE));
        route("POST /schedule/sessions/{id}/facilitator", needs(SCHEDULE_MANAGE));
        route("POST /schedule/sessions/{id}/room", needs(SCHEDULE_MANAGE));
        route("POST /schedule/sessions/{id}/time", needs(SCHEDULE_MANAGE));
        route("POST /schedule/sessions/{id}/bookings", needs(SCHEDULE_MANAGE));
        route("POST /schedule/sessions/{id}/bookings/{episodeId}/cancel", needs(SCHEDULE_MANAGE));
        route("GET /schedule/notices", needs(SCHEDULE_VIEW));
        route("POST /schedule/notices/read", needs(SCHEDULE_VIEW));
        route("GET /clients/{clientId}/availability", needs(SCHEDULE_VIEW));
        route("POST /clients/{clientId}/availability", needs(SCHEDULE_MANAGE));
        route("GET /clients/{clientId}/schedule", needs(SCHEDULE_VIEW));
        route("POST /clients/{clientId}/schedule/bookings", needs(SCHEDULE_MANAGE));
        route("POST /clients/{clientId}/schedule/bookings/{sessionId}/cancel", needs(SCHEDULE_MANAGE));
        route("GET /api/v1/session-types", needs(SCHEDULE_VIEW));
        route("GET /api/v1/schedule/weeks/{week}", needs(SCHEDULE_VIEW));
        route("GET /api/v1/sessions/{id}", needs(SCHEDULE_VIEW));
        route("GET /api/v1/episodes/{id}/availability", needs(SCHEDULE_VIEW));
        route("PUT /api/v1/episodes/{id}/availability", needs(SCHEDULE_MANAGE));
        // Attendance: check-in, a client's week, attendance alerts
        route("GET /attendance", needs(CHECK_IN));
        route("GET /sessions/{sessionId}/attendance", needs(CHECK_IN));
        route("POST /sessions/{sessionId}/attendance", needs(CHECK_IN));
        route("POST /sessions/{sessionId}/attendance/walk-ins", needs(CHECK_IN));
        route("GET /clients/{clientId}/weeks/{week}", needs(SCHEDULE_VIEW));
        route("GET /attendance/alerts", needs(SCHEDULE_VIEW));
        route("POST /attendance/alerts/{alertId}/close", needs(SCHEDULE_MANAGE));
        route("GET /api/v1/sessions/{sessionId}/attendance", needs(CHECK_IN));
        route("POST /api/v1/sessions/{sessionId}/attendance", needs(CHECK_IN));
        route("GET /api/v1/episodes/{episodeId}/weeks/{week}", needs(SCHEDULE_VIEW));
        // Notes (issue 5), notes-individual: individual, family and medication notes, the PDF of a note, a program's
        // note format
        route("GET /clients/{clientId}/notes/new", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/notes", needs(CLINICAL_WRITE));
        route("GET /notes/{noteId}/edit", needs(CLINICAL_WRITE));
        route("POST /notes/{noteId}/edit", needs(CLINICAL_WRITE));
        route("GET /notes/{noteId}/pdf", needs(CLINICAL_READ));
        route("POST /api/v1/clients/{clientId}/notes", needs(CLINICAL_WRITE));
        route("PUT /api/v1/notes/{noteId}", needs(CLINICAL_WRITE));
        route("POST /admin/organisation/programs/{id}/note-format", needs(ORGANISATION_ADMIN));

        // Treatment plans (careplan, issue 5)
        route("GET /clients/{clientId}/plan", needs(CLINICAL_READ));
        route("POST /clients/{clientId}/plan/draft", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/plan/edit", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/plan", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/plan/signatures", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/plan/review", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/plan/reviews", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/plan/versions/{number}", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/plan/versions/{number}/pdf", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/plan/compare", needs(CLINICAL_READ));
        route("GET /api/v1/episodes/{id}/plan", needs(CLINICAL_READ));
        route("PUT /api/v1/episodes/{id}/plan", needs(CLINICAL_WRITE));
        route("POST /api/v1/episodes/{id}/plan/draft", needs(CLINICAL_WRITE));
        route("POST /api/v1/episodes/{id}/plan/signatures", needs(CLINICAL_WRITE));
        route("POST /api/v1/episodes/{id}/plan/reviews", needs(CLINICAL_WRITE));
        route("GET /api/v1/episodes/{id}/plan/versions/{number}", needs(CLINICAL_READ));
        // Notes (issue 5, notes): group notes, any note's page, signing, co-signature, addenda
        route("GET /sessions/{sessionId}/note", needs(CLINICAL_WRITE));
        route("POST /sessions/{sessionId}/note", needs(CLINICAL_WRITE));
        route("POST /sessions/{sessionId}/note/sign", needs(CLINICAL_WRITE));
        route("GET /notes/{id}", needs(CLINICAL_READ));
        route("POST /notes/{id}/sign", needs(CLINICAL_WRITE));
        route("POST /notes/{id}/cosign", needs(NOTE_COSIGN));
        route("POST /notes/{id}/addenda", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/notes", needs(CLINICAL_READ));
        route("GET /api/v1/notes/{id}", needs(CLINICAL_READ));
        route("GET /api/v1/clients/{clientId}/notes", needs(CLINICAL_READ));
        route("POST /api/v1/notes/{id}/signature", needs(CLINICAL_WRITE));
        route("POST /api/v1/notes/{id}/cosignature", needs(NOTE_COSIGN));
        route("POST /api/v1/notes/{id}/addenda", needs(CLINICAL_WRITE));
        route("DELETE /api/v1/notes/{id}", needs(CLINICAL_WRITE));

        // Safety plans, relapse prevention plans, drug screens, home environment (safety, issue 6)
        route("GET /clients/{clientId}/safety-plan", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/safety-plan/edit", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/safety-plan", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/safety-plan/signatures", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/safety-plan/versions/{number}", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/safety-plan/versions/{number}/pdf", needs(CLINICAL_READ));
        route("GET /api/v1/clients/{clientId}/safety-plan", needs(CLINICAL_READ));
        route("PUT /api/v1/clients/{clientId}/safety-plan", needs(CLINICAL_WRITE));
        route("POST /api/v1/clients/{clientId}/safety-plan/signatures", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/relapse-plan", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/relapse-plan/edit", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/relapse-plan", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/relapse-plan/signatures", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/relapse-plan/versions/{number}", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/relapse-plan/versions/{number}/pdf", needs(CLINICAL_READ));
        route("GET /api/v1/clients/{clientId}/relapse-plan", needs(CLINICAL_READ));
        route("PUT /api/v1/clients/{clientId}/relapse-plan", needs(CLINICAL_WRITE));
        route("POST /api/v1/clients/{clientId}/relapse-plan/signatures", needs(CLINICAL_WRITE));
        route("GET /clients/{clientId}/drug-screens", needs(CLINICAL_READ));
        route("POST /clients/{clientId}/drug-screens", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/prescribed-substances", needs(CLINICAL_WRITE));
        route("POST /clients/{clientId}/prescribed-substances/{prescriptionId}/stop", needs(CLINICAL_WRITE));
        route("GET /drug-screens/due", needs(CLINICAL_READ));
        route("GET /api/v1/clients/{clientId}/drug-screens", needs(CLINICAL_READ));
        route("POST /api/v1/clients/{clientId}/drug-screens", needs(CLINICAL_WRITE));
        route("POST /api/v1/clients/{clientId}/prescribed-substances", needs(CLINICAL_WRITE));
        route("GET /api/v1/drug-screens/due", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/home-environment", needs(CLINICAL_READ));
        route("POST /clients/{clientId}/home-environment", needs(CLINICAL_WRITE));
        route("GET /api/v1/clients/{clientId}/home-environment", needs(CLINICAL_READ));
        route("POST /api/v1/clients/{clientId}/home-environment", needs(CLINICAL_WRITE));
        // (end of safety, issue 6)

        // Follow-ups after discharge (followup, issue 7)
        route("GET /follow-ups", needs(FOLLOW_UP));
        route("GET /follow-ups/{id}", needs(FOLLOW_UP));
        route("POST /follow-ups/{id}/attempts", needs(FOLLOW_UP));
        route("POST /follow-ups/{id}/reengaged", needs(FOLLOW_UP));
        route("GET /api/v1/follow-ups", needs(FOLLOW_UP));
        route("GET /api/v1/follow-ups/{id}", needs(FOLLOW_UP));
        route("POST /api/v1/follow-ups/{id}/attempts", needs(FOLLOW_UP));
        // (end of followup, issue 7)
        // Issue 7, discharge-effects: admitting a waiting client offered a place, from the track's roster
        route("POST /tracks/{trackId}/waitlist/{entryId}/admit", needs(INTAKE));
        // (end of discharge-effects, issue 7)
        // Discharge page and discharge summary (issue 7, module discharge)
        route("GET /clients/{clientId}/episodes/{episodeId}/discharge", needs(DISCHARGE));
        route("POST /clients/{clientId}/episodes/{episodeId}/discharge", needs(DISCHARGE));
        route("GET /clients/{clientId}/episodes/{episodeId}/discharge-summary", needs(CLINICAL_READ));
        route("POST /clients/{clientId}/episodes/{episodeId}/discharge-summary", needs(DISCHARGE));
        route("POST /clients/{clientId}/episodes/{episodeId}/discharge-summary/redraft", needs(DISCHARGE));
        route("POST /clients/{clientId}/episodes/{episodeId}/discharge-summary/sign", needs(DISCHARGE));
        route("GET /clients/{clientId}/episodes/{episodeId}/discharge-summary/pdf", needs(CLINICAL_READ));
        route("GET /clients/{clientId}/discharge-summaries", needs(CLINICAL_READ));
        route("POST /api/v1/episodes/{episodeId}/discharge", needs(DISCHARGE));
        route("GET /api/v1/episodes/{episodeId}/discharge-summary", needs(CLINICAL_READ));
        route("PUT /api/v1/episodes/{episodeId}/discharge-summary", needs(DISCHARGE));
        route("POST /api/v1/episodes/{episodeId}/discharge-summary/redraft", needs(DISCHARGE));
        route("POST /api/v1/episodes/{episodeId}/discharge-summary/sign", needs(DISCHARGE));
        route("GET /api/v1/episodes/{episodeId}/discharge-summary/pdf", needs(CLINICAL_READ));
        // (end of discharge, issue 7)
        // Aftercare plans (aftercare, issue 7): CLINICAL_READ reads; clinicians and case managers (FOLLOW_UP) write,
        // review, share and refer
        route("GET /clients/{clientId}/aftercare-plan", needs(CLINICAL_READ));
        route("GET /episodes/{episodeId}/aftercare-plan", needs(CLINICAL_READ));
        route("GET /episodes/{episodeId}/aftercare-plan/edit", needs(CLINICAL_WRITE, FOLLOW_UP));
        route("POST /episodes/{episodeId}/aftercare-plan", needs(CLINICAL_WRITE, FOLLOW_UP));
        route("POST /episodes/{episodeId}/aftercare-plan/review", needs(CLINICAL_WRITE, FOLLOW_UP));
        route("POST /episodes/{episodeId}/aftercare-plan/share", needs(CLINICAL_WRITE, FOLLOW_UP));
        route("POST /episodes/{episodeId}/aftercare-plan/referral", needs(CLINICAL_WRITE, FOLLOW_UP));
        route("GET /episodes/{episodeId}/aftercare-plan/referrals/{referralId}", needs(CLINICAL_READ));
        route("GET /episodes/{episodeId}/aftercare-plan/referrals/{referralId}/pdf", needs(CLINICAL_READ));
        route("GET /episodes/{episodeId}/aftercare-plan/versions/{number}/pdf", needs(CLINICAL_READ));
        route("GET /api/v1/episodes/{episodeId}/aftercare-plan", needs(CLINICAL_READ));
        route("PUT /api/v1/episodes/{episodeId}/aftercare-plan", needs(CLINICAL_WRITE, FOLLOW_UP));
        route("POST /api/v1/episodes/{episodeId}/aftercare-plan/review", needs(CLINICAL_WRITE, FOLLOW_UP));
        route("POST /api/v1/episodes/{episodeId}/aftercare-plan/share", needs(CLINICAL_WRITE, FOLLOW_UP));
        route("POST /api/v1/episodes/{episodeId}/aftercare-plan/referral", needs(CLINICAL_WRITE, FOLLOW_UP));
        // (end of aftercare, issue 7)
        // Alumni (issue 7): the roster, alumni groups on the schedule, who came
        route("GET /alumni", needs(FOLLOW_UP));
        route("POST /alumni", needs(FOLLOW_UP));
        route("POST /alumni/{id}/left", needs(FOLLOW_UP));
        route("POST /alumni/{id}/contact", needs(FOLLOW_UP));
        route("GET /alumni/groups", needs(CHECK_IN, FOLLOW_UP, SCHEDULE_MANAGE));
        route("POST /alumni/groups", needs(SCHEDULE_MANAGE));
        route("GET /alumni/sessions/{sessionId}", needs(CHECK_IN, FOLLOW_UP));
        route("POST /alumni/sessions/{sessionId}/attendance", needs(CHECK_IN, FOLLOW_UP));
        route("GET /api/v1/alumni", needs(FOLLOW_UP));
        route("POST /api/v1/alumni/sessions/{sessionId}/attendance", needs(CHECK_IN, FOLLOW_UP));
        // (end of alumni, issue 7)
    }

    private RouteTable() {}
}
